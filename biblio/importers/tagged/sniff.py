"""Is a text in one of the line-tagged formats (EndNote/Refer, RefWorks, RIS, NoteExpress, Web of Science)?
Sniffers only.

Format detection imports this module, not the readers and record builders (CLI start-up stays fast).
Each sniffer reads at most the first 8,000 characters, with patterns anchored at line starts (linear time).
"""

from __future__ import annotations

import re

_REFER_TAG = re.compile(r"^%([A-Z0-9@+!#$&()*>^~|?\[\]<])(?:\s+(.*))?$")
_REFWORKS_TAG = re.compile(r"^([A-Z][A-Z0-9]) (?!\s*-)\S")
_RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])\s{1,2}-(?: (.*)|$)")
_WOS_LINE = re.compile(r"^(?:[A-Z][A-Z0-9] (?!\s*-)\S|   |E[RF]$)")  # a tag line, a continuation, ER / EF
_NOTEEXPRESS_TAG = re.compile(r"^\{([^{}\n]{1,40})\}\s*[:：]")


def count_tag_lines(text: str, pattern: re.Pattern[str], limit: int = 60) -> tuple[int, int]:
    """(tag lines, non-blank lines) among the first ``limit`` non-blank lines: the base of every sniff."""
    lines = [ln for ln in text[:8000].splitlines() if ln.strip()][:limit]
    return sum(1 for ln in lines if pattern.match(ln)), len(lines)


def sniff_refer(text: str) -> float:
    """Lines of ``%X value``, with ``%0`` or ``%T`` among them."""
    text = text.lstrip("\ufeff \n")
    tagged, total = count_tag_lines(text, _REFER_TAG)
    if not total:
        return 0.0
    share = tagged / total
    if not re.search(r"(?m)^%[0T] ", text[:8000]):  # no type or title line: only a file of nothing but tags
        return 0.6 if share == 1.0 else 0.0
    return 0.9 if share > 0.5 else 0.4 if share > 0.2 else 0.0


def _marked_share(text: str, tag: re.Pattern[str], marker: str) -> float:
    """The share of tag lines among the first lines, or -1 when no line in the head matches ``marker``."""
    text = text.lstrip("\ufeff \n")
    tagged, total = count_tag_lines(text, tag)
    if not total or not re.search(marker, text[:8000]):
        return -1.0
    return tagged / total


def sniff_refworks(text: str) -> float:
    """An ``RT`` line and mostly ``XX value`` tag lines."""
    share = _marked_share(text, _REFWORKS_TAG, r"(?m)^RT \S")
    return 0.0 if share < 0 else 0.9 if share > 0.5 else 0.3


def sniff_wos(text: str) -> float:
    """A Web of Science ``PT`` line (J, B, S, P) and mostly ``XX value`` tag lines (continuations indented)."""
    text = text.lstrip("\ufeff \n")
    if not re.search(r"(?m)^PT [A-Z]\s*$", text[:8000]):
        return 0.0
    read, total = count_tag_lines(text, _WOS_LINE)
    return 0.95 if read / total > 0.8 else 0.4


def sniff_ris(text: str) -> float:
    """A majority of ``XX  - `` tag lines, with a ``TY`` line (else a little less sure: a file without one)."""
    text = text.lstrip("\ufeff \n")
    tagged, total = count_tag_lines(text, _RIS_TAG)
    if not total:
        return 0.0
    share = tagged / total
    if re.search(r"(?m)^TY\s{1,2}- ", text[:8000]):
        return 0.95 if share > 0.5 else 0.5
    return 0.8 if share > 0.5 and tagged >= 3 else 0.0


def sniff_noteexpress(text: str) -> float:
    """``{Reference Type}:`` and ``{Title}:`` lines."""
    share = _marked_share(text, _NOTEEXPRESS_TAG, r"(?m)^\{(?:Reference Type|Title)\}\s*[:：]")
    return 0.0 if share < 0 else 0.95 if share > 0.5 else 0.5
