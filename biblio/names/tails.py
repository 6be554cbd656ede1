"""Searching for something written at the end of a name ("et al.", life dates, a role word) in linear time.

A pattern of the shape ``[separators]*MARKER$`` searched over a whole string retries from every position of a
long run of separators, and each try scans to the end of the run: quadratic (``"a" + ", " * 760 + "x"`` took
0.5 s, 10,000 characters minutes). What such a pattern describes is short, so only the string's last
characters are searched; what the pattern's leading separators would have taken is stripped by the caller.
"""

from __future__ import annotations

import re

TAIL = 80


def search_end(regex: re.Pattern[str], text: str, width: int = TAIL) -> int:
    """The index in ``text`` where ``regex`` (anchored at the end) matches in the last ``width`` characters,
    or -1."""
    offset = max(0, len(text) - width)
    match = regex.search(text, offset)
    return -1 if match is None else match.start()
