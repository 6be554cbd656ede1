"""Field-level conversions for BibTeX: keyword lists, verbatim values (dates and language names: model.dates,
model.language)."""

from __future__ import annotations

import re

from biblio.importers.bibtex.latex_decode import decode_latex
from biblio.model.identifiers import bibtex_url_text

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_KEYWORD_SEPS = ",;；，、"
_KEYWORD_SPLIT = re.compile("[,;；，、]")
_PARAGRAPH = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*")  # a blank line: TeX's paragraph break
_SPACES = re.compile(r"[ \t\r\n]+")  # not \s: a ~ decodes to a no-break space, which stays


def text_value(raw: str) -> str:
    """A field's text as TeX reads it: LaTeX decoded, its spaces as :func:`tex_spaces` reads them."""
    return tex_spaces(decode_latex(raw))


def tex_spaces(text: str) -> str:
    """A line break and the next line's indentation are one space (a title wrapped over lines is one line),
    a run of spaces is one, a blank line is a paragraph break (abstracts keep theirs)."""
    if "\n" not in text and "  " not in text and "\t" not in text and "\r" not in text:
        return text
    return "\n\n".join(_SPACES.sub(" ", part).strip() for part in _PARAGRAPH.split(text))


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
