"""Repairs of two common faults that make a whole BibTeX entry unreadable, so its values are not lost.

- An entry without a key (EndNote and some web exports: ``@article{ author = {…}, …}``): an empty key is
  inserted; the library then gives the record a key from its pattern.
- An empty field slot (``title = {…},  , number = {…}``, written by some clipboard exporters): the
  stray comma is dropped.

- An unbalanced brace inside a value of an entry written one field a line (Scopus writes abstracts with
  ``∼}7×`` or ``{&lt;10-3`` from mangled markup): the stray brace is escaped (``\\}``), so it reads as the
  character it is. Only when every line of the entry is a whole ``name={value},`` line: then a line's own
  braces are all it has, and a value that goes on over several lines is never touched.

BibTeX itself stops at all three. A repair is tried only on an entry the parser refused, and each one is
reported as a warning. One pass over the text, tracking braces and quotes: linear on any input.
"""

from __future__ import annotations

import re

# `@type{` (or `(`) followed directly by `name =`: the key is missing
_KEYLESS_HEAD = re.compile(r"[ \t]*@[ \t]*\w+[ \t]*[{(]")
_FIELD_START = re.compile(r"\s*[^\s=,{}()\"#@]+\s*=")
MISSING_KEY = "entry without a key: read with an empty key (the record gets one from the key pattern)"
EMPTY_FIELD = "empty field (a stray comma) skipped"
STRAY_BRACE = "unbalanced brace in a value read as a character"
# one whole field on its line: `name={value},` (or `}` for the last); group 2 is the value
_FIELD_LINE = re.compile(r"([ \t]*[^\s=,{}()\"#@]+[ \t]*=[ \t]*\{)(.*)(\}[ \t]*,?[ \t]*)")
_CLOSE_LINE = re.compile(r"[ \t]*[})][ \t]*")


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
    text, escaped = _escape_stray_braces(text)
    if escaped:
        repairs.append(STRAY_BRACE if escaped == 1 else f"{escaped} unbalanced braces in values read as characters")
    return text, repairs


def _escape_stray_braces(piece: str) -> tuple[str, int]:
    """Escape the braces a one-field-a-line entry's values leave unmatched; the count escaped."""
    head, newline, body = piece.partition("\n")
    lines = body.split("\n")
    fields = [_FIELD_LINE.fullmatch(line) for line in lines]
    if not newline or not any(fields):
        return piece, 0
    pairs = zip(fields, lines, strict=True)
    if any(m is None and line.strip() and not _CLOSE_LINE.fullmatch(line) for m, line in pairs):
        return piece, 0  # a value over several lines, or something else: not this fault
    nets = [net for m in fields if m and (net := _net_braces(m.group(2)))]
    if len(nets) > 1 and sum(nets) == 0:
        return piece, 0  # lines that open and close each other's braces: one value over lines, not a stray
    escaped = 0
    for index, found in enumerate(fields):
        if found is None:
            continue
        value, count = _escape_unmatched(found.group(2))
        if count:
            lines[index] = found.group(1) + value + found.group(3)
            escaped += count
    return (head + newline + "\n".join(lines), escaped) if escaped else (piece, 0)


def _net_braces(value: str) -> int:
    """Opening minus closing braces, escaped ones not counted."""
    unescaped = value.replace("\\{", "").replace("\\}", "")
    return unescaped.count("{") - unescaped.count("}")


def _escape_unmatched(value: str) -> tuple[str, int]:
    """``value`` with each brace that has no partner escaped (``a}b{c`` -> ``a\\}b\\{c``)."""
    opened: list[int] = []
    stray: list[int] = []
    for index, ch in enumerate(value):
        if ch not in "{}" or (index and value[index - 1] == "\\"):
            continue
        if ch == "{":
            opened.append(index)
        elif opened:
            opened.pop()
        else:
            stray.append(index)
    marks = sorted(stray + opened)
    if not marks:
        return value, 0
    parts: list[str] = []
    last = 0
    for index in marks:
        parts += (value[last:index], "\\")
        last = index
    parts.append(value[last:])
    return "".join(parts), len(marks)


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
