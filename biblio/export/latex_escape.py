"""Unicode -> safe LaTeX for BibTeX field values.

Every character TeX treats specially is escaped, so a value can never run a command
(``\\input{/etc/passwd}`` becomes ``\\textbackslash{}input\\textbraceleft{}/etc/passwd\\textbraceright{}``)
or unbalance the entry, and ``^`` never reaches TeX as ``^^`` (its notation for any character). For classic
BibTeX (``ascii_only``) text commands are written in braces (``{\\textbackslash}``): a style that changes
case leaves such a "special character" alone, where ``\\textbackslash{}`` would become the undefined
``\\TEXTBACKSLASH{}``; biber takes the other form (it makes the initial of ``{\\textbackslash}x`` a lone ``}``).
Control characters and line/paragraph separators (U+2028) become spaces: NUL stops biber and DEL is
invalid to TeX. ``--`` becomes ``-{}-`` so it does not turn into a dash. With ``ascii_only`` (classic BibTeX)
accented Latin letters become ``{\\"u}`` and dashes ``--``; other scripts (Han, Cyrillic) stay UTF-8.
The inverse is :func:`biblio.importers.bibtex.latex_decode.decode_latex`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",  # not \{: bibtex and biber count escaped braces too, so a lone \{ breaks the entry
    "}": r"\textbraceright{}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
# classic BibTeX: text commands as "special characters" ({\textbackslash}), which change.case$ leaves alone
_BRACED = {ch: "{" + command.removesuffix("{}") + "}" if command.endswith("{}") else command
           for ch, command in _SPECIALS.items()}  # fmt: skip
_ASCII_EXTRA = {
    "<": r"{\textless}",
    ">": r"{\textgreater}",
    "–": "--",
    "—": "---",
    "\u00a0": "~",
    "…": r"{\ldots}",
    "ß": r"{\ss}",
    "ø": r"{\o}",
    "Ø": r"{\O}",
    "æ": r"{\ae}",
    "Æ": r"{\AE}",
    "œ": r"{\oe}",
    "Œ": r"{\OE}",
    "ł": r"{\l}",
    "Ł": r"{\L}",
    "ı": r"{\i}",
    "ð": r"{\dh}",
    "Ð": r"{\DH}",
    "þ": r"{\th}",
    "Þ": r"{\TH}",
    "§": r"{\S}",
    "¶": r"{\P}",
    "©": r"{\copyright}",
    "«": r"{\guillemotleft}",
    "»": r"{\guillemotright}",
}
_COMBINING = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
}
_TABLE = str.maketrans(_SPECIALS)
_BRACED_TABLE = str.maketrans(_BRACED)
# control characters (NUL stops biber, DEL is invalid to TeX) and line/paragraph separators: a space
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]")
_LINE_AT = re.compile(r"(\n[ \t]*)@")
_ACCENTED_LATIN = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_ASCII_NEEDS = re.compile("[\u00a0-\u024f\u1e00-\u1eff–—…]")


def escape_latex(text: str, ascii_only: bool = False) -> str:
    """``text`` as a LaTeX field value that decodes back to ``text``."""
    if text.isalnum():
        return text if not ascii_only or text.isascii() else _escape_ascii(text)
    if ascii_only and not text.isascii():
        return _escape_ascii(text)
    text = _escape(text, _BRACED_TABLE if ascii_only else _TABLE)
    if ascii_only and ("<" in text or ">" in text):
        text = text.replace("<", _ASCII_EXTRA["<"]).replace(">", _ASCII_EXTRA[">"])
    return text


def _escape(text: str, table: dict[int, str]) -> str:
    if not text.isprintable() and _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    if "\\" in text or "{" in text or "}" in text or "$" in text or "&" in text or "%" in text or "#" in text:
        text = text.translate(table)
    elif "_" in text or "^" in text or "~" in text:  # `in` is much faster than a regex on long text
        text = text.translate(table)
    if "--" in text:
        text = text.replace("--", "-{}-").replace("--", "-{}-")
    return _LINE_AT.sub(r"\1{@}", text) if "\n" in text and "@" in text else text


def _escape_ascii(text: str) -> str:
    escaped = _escape(unicodedata.normalize("NFC", text), _BRACED_TABLE)
    if "<" in escaped or ">" in escaped:
        escaped = escaped.replace("<", _ASCII_EXTRA["<"]).replace(">", _ASCII_EXTRA[">"])
    if not _ASCII_NEEDS.search(escaped):
        return escaped
    return _ASCII_NEEDS.sub(_ascii_match, escaped)


def _ascii_match(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in "–—":
        text, start, end = match.string, match.start(), match.end()
        near = (start and text[start - 1] in "-–—") or (end < len(text) and text[end] in "-–—")
        return "{" + _ASCII_EXTRA[ch] + "}" if near else _ASCII_EXTRA[ch]
    return _ascii_char(ch)


@cache
def _ascii_char(ch: str) -> str:
    """One non-ASCII character in classic BibTeX form (accented Latin as ``{\\"u}``); others unchanged."""
    if ch in _ASCII_EXTRA:
        return _ASCII_EXTRA[ch]
    if not _ACCENTED_LATIN.match(ch):
        return ch
    decomposed = unicodedata.normalize("NFD", ch)
    result, marks = decomposed[0], decomposed[1:]
    if not result.isascii() or not marks or any(m not in _COMBINING for m in marks):
        return ch
    for mark in marks:
        command = _COMBINING[mark]
        simple = not command.isalpha() and len(result) == 1
        result = f"\\{command}{result}" if simple else f"\\{command}{{{result}}}"
    return "{" + result + "}"


def _protect_lines(text: str) -> str:
    """An ``@`` at the start of a line would start a new entry for BibTeX parsers."""
    if "\n" in text and "@" in text:
        return _LINE_AT.sub(r"\1{@}", text)
    return text


def has_accented_latin(text: str) -> bool:
    """True if ``text`` has a non-ASCII Latin letter (not allowed as is in classic BibTeX)."""
    return not text.isascii() and _ACCENTED_LATIN.search(text) is not None
