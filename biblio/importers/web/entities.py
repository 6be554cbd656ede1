"""Character references left in page text: ``doesn&#8217;t``, ``&nbsp;``, double-escaped ``&amp;#8217;``.

The HTML parser decodes references once; JSON-LD strings are not decoded at all, and CMSs often escape
twice, so titles and names arrive with ``&#8217;`` or ``&amp;quot;`` still in them. :func:`clean_text`
decodes until nothing is left to decode (at most three rounds) and folds every kind of space, the
no-break space included, into one plain space.
"""

from __future__ import annotations

import html
import re

_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_ROUNDS = 3


def decode_entities(text: str) -> str:
    """``text`` with character references decoded, repeatedly for double escaping."""
    for _ in range(_ROUNDS):
        if "&" not in text or not _REFERENCE.search(text):
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def clean_text(text: str) -> str:
    """One line of display text: references decoded, whitespace (no-break spaces too) collapsed, trimmed."""
    return " ".join(decode_entities(text).split())
