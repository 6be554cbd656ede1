"""Repairs of two common faults that make a whole BibTeX entry unreadable, so its values are not lost.

- An entry without a key (EndNote and some web exports: ``@article{ author = {…}, …}``): an empty key is
  inserted; the library then gives the record a key from its pattern.
- An empty field slot (``title = {…},  , number = {…}``, written by some clipboard exporters): the
  stray comma is dropped.

BibTeX itself stops at both. A repair is tried only on an entry the parser refused, and each one is
reported as a warning. One pass over the text, tracking braces and quotes: linear on any input.
"""

from __future__ import annotations

import re

# `@type{` (or `(`) followed directly by `name =`: the key is missing
_KEYLESS_HEAD = re.compile(r"[ \t]*@[ \t]*\w+[ \t]*[{(]")
_FIELD_START = re.compile(r"\s*[^\s=,{}()\"#@]+\s*=")
MISSING_KEY = "entry without a key: read with an empty key (the record gets one from the key pattern)"
EMPTY_FIELD = "empty field (a stray comma) skipped"


def repair_entry(piece: str) -> tuple[str, list[str]]:
    """``piece`` with a missing key supplied and stray commas between fields dropped; what was repaired."""
    head = _KEYLESS_HEAD.match(piece)
    if head is None:
        return piece, []
    repairs: list[str] = []
    body_start = head.end()
    if _FIELD_START.match(piece, body_start):
        repairs.append(MISSING_KEY)
        piece = piece[:body_start] + "," + piece[body_start:]
        body_start += 1
    text, dropped = _drop_stray_commas(piece, body_start, piece[body_start - 1 - bool(repairs)] == "(")
    if dropped:
        repairs.append(EMPTY_FIELD if dropped == 1 else f"{dropped} empty fields (stray commas) skipped")
    return text, repairs


def _drop_stray_commas(piece: str, start: int, parenthesized: bool) -> tuple[str, int]:
    """Drop commas that follow another comma (only whitespace between) at the entry's top level."""
    out: list[str] = []
    depth, quoted, last_comma, dropped = 0, False, False, 0
    copied = start
    for index in range(start, len(piece)):
        ch = piece[index]
        if ch in "{}" and index and piece[index - 1] == "\\":
            last_comma = False
            continue  # an escaped brace, as bibtexparser reads it
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                break  # the entry's closing brace
            depth -= 1
        elif ch == ")" and parenthesized and depth == 0 and not quoted:
            break
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "," and depth == 0 and not quoted:
            if last_comma:
                out.append(piece[copied:index])
                copied = index + 1
                dropped += 1
            last_comma = True
            continue
        if not ch.isspace():
            last_comma = False
    if not dropped:
        return piece, 0
    out.append(piece[copied:])
    return piece[:start] + "".join(out), dropped
