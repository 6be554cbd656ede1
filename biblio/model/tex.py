"""TeX source text as BibTeX and TeX read it: white space, and brace groups. Shared by the BibTeX importer
(reading values and names) and the exporter (writing kept LaTeX back)."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*")  # a blank line: TeX's paragraph break
_SPACES = re.compile(r"[ \t\r\n]+")  # not \s: a ~ decodes to a no-break space, which stays


def tex_spaces(text: str) -> str:
    """A line break and the next line's indentation are one space (a title wrapped over lines is one line),
    a run of spaces is one, a blank line is a paragraph break (abstracts keep theirs)."""
    if "\n" not in text and "  " not in text and "\t" not in text and "\r" not in text:
        return text
    return "\n\n".join(_SPACES.sub(" ", part).strip() for part in _PARAGRAPH.split(text))


def braced_whole(raw: str) -> bool:
    """``{...}`` whose first brace closes at its end (an escaped brace does not count): a corporate name."""
    if not (raw.startswith("{") and raw.endswith("}")):
        return False
    depth = 0
    for index, ch in enumerate(raw):
        if ch == "{" and (index == 0 or raw[index - 1] != "\\"):
            depth += 1
        elif ch == "}" and raw[index - 1] != "\\":
            depth -= 1
            if depth == 0 and index != len(raw) - 1:
                return False
    return depth == 0
