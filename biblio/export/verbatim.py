"""Values of verbatim fields (url, doi, eprint, file, ...) made inert for every TeX tool chain.

BibTeX styles copy a url or doi into the .bbl as it is, and some read it as a macro argument:
gbt7714.bst with hyperref writes ``\\def\\doi#1{\\href{https://doi.org/#1}{\\nolinkurl{#1}}}``, so the
DOI is tokenized like any text and TeX's ``^^5c`` notation becomes a backslash
(``10.1/x^^5ccsname^^20@@input^^5cendcsname^^20/etc/passwd`` read /etc/passwd). Escaping with
backslashes is no help in a verbatim field (it would be printed and linked), so every character
outside a set that is inert in TeX and legal in a URL is percent-encoded (UTF-8): ``^``, ``\\``, braces,
``"``, ``|``, spaces, control and line-separator characters, a ``%`` that does not start a
``%XX`` escape, and (in a DOI, or a URL's second ``#``) ``#``; ``\\_`` (a habit of .bib files) and the
other escaped specials ``\\% \\# \\& \\$`` stay, as TeX reads them as characters. Letters of other scripts stay for
biblatex (biber writes them as ``\\verb``) and are encoded for classic BibTeX (ASCII, pdflatex).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_URL_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?@!$&'()*+,;=[]")
_DOI_SAFE = _URL_SAFE | frozenset("<>")  # SICI DOIs: 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0
_ESCAPED_SPECIALS = frozenset("_%#&$")  # a backslash before one of these makes a TeX character, nothing else
_HEX_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_OTHER_SCRIPT_OK = frozenset("LMN")  # letters, marks and digits of other scripts (biblatex only)
FILE_UNSAFE = re.compile(r"[\^\x00-\x1f\x7f\u0085\u2028\u2029]")


_EPRINT_SAFE = _URL_SAFE | {" "}  # an eprint is an id, not a URL: spaces are inert in TeX ("PubMed Central")
URL_FIELDS = frozenset({"url", "eprint", "urlraw"})


def verbatim_field(name: str, value: str, *, ascii_only: bool) -> str:
    """The value of verbatim field ``name`` made inert: a DOI, a URL-like value or a path-like one."""
    if name == "doi":
        return safe_doi(value, ascii_only=ascii_only)
    if name == "eprint":
        return _encode(value.strip(), _EPRINT_SAFE, ascii_only, fragment=True)
    if name in URL_FIELDS:
        return safe_url(value, ascii_only=ascii_only)
    return safe_file_value(value)


def safe_url(value: str, *, ascii_only: bool) -> str:
    """A URL (or eprint id) that TeX cannot read as anything but characters; see the module doc."""
    return _encode(value.strip(), _URL_SAFE, ascii_only, fragment=True)


def safe_doi(value: str, *, ascii_only: bool) -> str:
    """A DOI made inert like :func:`safe_url`; a ``#`` is always encoded (``\\doi`` takes it as a macro argument)."""
    return _encode(value.strip(), _DOI_SAFE, ascii_only, fragment=False)


def safe_file_value(value: str) -> str:
    """A file path or other verbatim value no style prints: braces, backslashes and line breaks out, ``^`` encoded."""
    clean = value.replace("{", "").replace("}", "").replace("\\", "")
    return FILE_UNSAFE.sub(percent_match, clean) if FILE_UNSAFE.search(clean) else clean


def percent_match(match: re.Match[str]) -> str:
    """The matched character percent-encoded (for ``re.sub``)."""
    return _percent(match.group())


def _encode(value: str, safe: frozenset[str], ascii_only: bool, *, fragment: bool) -> str:
    if all(ch in safe for ch in value):
        return value
    out: list[str] = []
    hash_seen = not fragment
    index, length = 0, len(value)
    while index < length:
        ch = value[index]
        if ch in safe:
            out.append(ch)
        elif ch == "\\" and value[index + 1 : index + 2] in _ESCAPED_SPECIALS:  # news\_1: a BibTeX habit
            out.append(value[index : index + 2])
            index += 2
            continue
        elif ch == "%" and _HEX_ESCAPE.match(value, index):
            out.append(value[index : index + 3])
            index += 3
            continue
        elif ch == "#" and not hash_seen:
            hash_seen = True
            out.append(ch)
        elif not ascii_only and not ch.isascii() and _other_script(ch):
            out.append(ch)
        else:
            out.append(_percent(ch))
        index += 1
    return "".join(out)


@cache
def _other_script(ch: str) -> bool:
    return unicodedata.category(ch)[0] in _OTHER_SCRIPT_OK


def _percent(ch: str) -> str:
    return "".join(f"%{byte:02X}" for byte in ch.encode("utf-8", "surrogatepass"))
