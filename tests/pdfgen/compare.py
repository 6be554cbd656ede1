"""How much of a source text an extracted text holds: words found, and words found in order.

Tokens are words of letters and digits (lower case, ё folded to е) and single CJK characters, so
Chinese is compared character by character and spaces a PDF reader puts between Han characters and
digits do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W_\u3400-\u9fff\uf900-\ufaff]+")


def tokens(text: str) -> list[str]:
    """The comparable tokens of a text."""
    return [t.lower().replace("ё", "е") for t in _TOKEN.findall(text)]


def words_found(source: str, extracted: str) -> float:
    """The share of the source's tokens (with repeats) that the extracted text holds."""
    wanted = Counter(tokens(source))
    have = Counter(tokens(extracted))
    total = sum(wanted.values())
    return sum(min(n, have[t]) for t, n in wanted.items()) / total if total else 1.0


def found_in_order(source: str, extracted: str) -> float:
    """The share of the source's tokens found in the same order (longest matching blocks)."""
    a, b = tokens(source), tokens(extracted)
    if not a:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(a)
