"""Name lists for BibTeX: ``von Last, Jr, First``, corporate bodies braced, CJK names unsplit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from biblio.export.latex_escape import escape_latex
from biblio.export.latex_safety import BIBER_LETTERS
from biblio.model import Name
from biblio.model.script import has_cjk

_CJK_SCRIPTS = frozenset({"Hani", "Jpan", "Hang"})


def format_names(names: Sequence[Name], ascii_only: bool = False) -> str:
    """The value of an author/editor/translator field."""
    return " and ".join(format_name(n, ascii_only) for n in names if _has_content(n))


def format_name(name: Name, ascii_only: bool = False) -> str:
    """One name in BibTeX form (parses back to the same parts with our importer)."""
    if name.literal:
        if name.literal == "others":
            return "others"
        return "{" + _escape_name(name.literal, ascii_only) + "}"
    if _is_cjk(name):
        written = name.written or f"{name.family}{name.given}"
        return _protected(_escape_name(written, ascii_only))
    written = _parts(name, ascii_only)
    if written.count(",") > 2:  # biber counts commas inside braces too and skips the entry ("too many commas")
        whole = name.written or " ".join(p for p in (name.given, name.particle, name.family, name.suffix) if p)
        return "{" + _escape_name(whole, ascii_only) + "}"
    return written


def _parts(name: Name, ascii_only: bool) -> str:
    """``von Last, Jr, First`` with each part braced where it holds a comma or an ``and``."""
    family = _protected(_escape_name(name.family, ascii_only))
    last = f"{_escape_name(name.particle, ascii_only)} {family}" if name.particle else family
    given = _protected(_escape_name(name.given, ascii_only))
    if name.suffix:
        return f"{last}, {_protected(_escape_name(name.suffix, ascii_only))}, {given}"
    if given:
        return f"{last}, {given}"
    return f"{last}," if " " in name.family.strip() else last


_ONE_COMMAND = re.compile(r"\{\\([A-Za-z]+)\}")


def _escape_name(text: str, ascii_only: bool) -> str:
    """:func:`escape_latex` for a name part: for biber (not ``ascii_only``, classic BibTeX's mode, whose special
    characters are ``{\\cmd}``) a symbol's command is written ``\\cmd{}``, not ``{\\cmd}``, which biber makes an
    empty initial of (``{{\\textbackslash}x}`` broke the .bbl: "Extra }";
    :func:`biblio.export.latex_safety.name_kept_is_safe`)."""
    escaped = escape_latex(text, ascii_only)
    if ascii_only or "{\\" not in escaped:
        return escaped
    return _ONE_COMMAND.sub(lambda m: m.group(0) if m.group(1) in BIBER_LETTERS else f"\\{m.group(1)}{{}}", escaped)


def _protected(text: str) -> str:
    """Brace a part holding a comma or a word ``and`` (which would split the name)."""
    if "," in text or " and " in f" {text.lower()} ":
        return "{" + text + "}"
    return text


def _is_cjk(name: Name) -> bool:
    if name.script:
        return name.script in _CJK_SCRIPTS
    return has_cjk(name.written or name.family + name.given)


def _has_content(name: Name) -> bool:
    return bool(name.literal or name.family or name.given or name.written)
