"""Regular expressions compiled on first use: some (case-insensitive Cyrillic, long alternations) take
10+ ms each to compile, which would count against CLI start-up if done at import time."""

from __future__ import annotations

import re
from functools import cache


@cache
def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """The compiled form of ``source``, compiled once per process."""
    return re.compile(source, flags)
