"""Field-level conversions for BibTeX: keyword lists, verbatim values (dates and language names: model.dates,
model.language)."""

from __future__ import annotations

import re

from biblio.importers.bibtex.latex_decode import decode_latex
from biblio.model.identifiers import bibtex_url_text
from biblio.model.tex import tex_spaces

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_KEYWORD_SEPS = ",;；，、"
_KEYWORD_SPLIT = re.compile("[,;；，、]")


def text_value(raw: str) -> str:
    """A field's text as TeX reads it: LaTeX decoded, its spaces as :func:`tex_spaces` reads them."""
    return tex_spaces(decode_latex(raw))


def split_keywords(raw: str) -> list[str]:
    """Keywords from a LaTeX value, split at , ; ； ， 、 outside braces, each decoded."""
    if "{" not in raw:
        return [w for p in _KEYWORD_SPLIT.split(raw) if (w := decode_latex(p).strip())]
    parts: list[str] = []
    depth, start = 0, 0
    for index, ch in enumerate(raw):
        if ch in "{}" and index and raw[index - 1] == "\\":
            pass  # an escaped brace
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch in _KEYWORD_SEPS:
            parts.append(raw[start:index])
            start = index + 1
    parts.append(raw[start:])
    words = [decode_latex(p).strip() for p in parts]
    return [w for w in words if w]


def decode_verbatim(raw: str) -> str:
    """A URL/DOI-like value: braces dropped, backslash escapes of ``_ % & # $ ~`` undone (model.identifiers)."""
    if "\\" not in raw and "{" not in raw:
        return " ".join(raw.split())
    return re.sub(r"\\([_%&#$])", r"\1", bibtex_url_text(raw))
