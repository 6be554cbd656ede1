"""Is a text BibTeX? Format detection imports this module only, not the parser (CLI start-up stays fast)."""

from __future__ import annotations

import re

# A block start that bibtexparser also honours inside an unclosed entry: `@name{` at a line start.
BLOCK_START = re.compile(r"^[ \t]*@\w*[ \t]*[{(]", re.M)
# comment lines, then ``@type{``; each repetition must end at a newline, so there is one way to match (linear time)
_FIRST_CONTENT = re.compile(r"\A(?:[ \t\r\n\f\v]*%[^\n]*\n)*[ \t\r\n\f\v]*@[ \t]*\w+[ \t]*[{(]")


# How far the first entry may stand: bibliographies open with a header of % lines (Beebe's TeX Live files, the
# most widely installed .bib files, spend 4-10 KB on theirs before the first @Preamble); each pattern is linear.
HEAD = 65536


def sniff_bibtex(text: str) -> float:
    """High when the first non-comment content is ``@type{``; lower if an entry start appears later."""
    head = text[:HEAD]
    if _FIRST_CONTENT.match(head):
        return 0.95
    return 0.5 if BLOCK_START.search(head) else 0.0
