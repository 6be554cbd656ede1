"""JSON from untrusted sources (CSL-JSON files, ``parse-ref --batch`` lines, network answers), parsed safely.

:func:`json.loads` alone lets hostile input through three ways: a nesting bomb (``[[[[…``) raises
RecursionError, a number of more than 4,300 digits raises a ValueError from ``int`` (and a float
like ``1e999`` silently becomes ``inf``), and a ``\\udc00`` escape yields a lone surrogate that fails
much later with UnicodeEncodeError when the value is written to SQLite or printed. Here nesting is
checked before parsing (in linear time), every failure is a :class:`JsonError` (a ValueError) with a
one-line message, and lone surrogates are replaced by U+FFFD and counted so the caller can warn.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

MAX_DEPTH = 100
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?')  # a JSON string (unrolled: no backtracking)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_MAY_HAVE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class JsonError(ValueError):
    """Input that is not safe, valid JSON; the message is one line for the user."""


class JsonTooDeep(JsonError):
    """JSON whose arrays and objects nest deeper than the limit (a nesting bomb, or not data we read)."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """A parsed JSON value and how many lone surrogates in its strings were replaced by U+FFFD."""

    value: Any
    replaced: int = 0

    def warning(self, what: str) -> str:
        """The message for the user when surrogates were replaced ("" when none were)."""
        if not self.replaced:
            return ""
        return f"{what}: {self.replaced} invalid \\u escape(s) (lone surrogates) replaced by {REPLACEMENT!r}"


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON text (brackets inside strings do not count)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets), initial=0))


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    """JsonError if ``text`` nests arrays/objects deeper than ``max_depth``."""
    if text.count("[") + text.count("{") <= max_depth:
        return  # cannot nest that deep: skip the scan
    depth = nesting_depth(text)
    if depth > max_depth:
        raise JsonTooDeep(f"JSON nested {depth} levels deep (the limit is {max_depth})")


def load(text: str | bytes, max_depth: int = MAX_DEPTH) -> Loaded:
    """Parse JSON text safely (see the module docstring); raises JsonError."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JsonError(f"JSON is not valid UTF-8 (byte {exc.start})") from None
    check_depth(text, max_depth)
    try:
        value = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise JsonTooDeep(f"JSON nested too deeply (the limit is {max_depth})") from None
    except ValueError as exc:
        raise JsonError(_one_line(exc)) from None
    return clean_surrogates(value) if _MAY_HAVE_SURROGATE.search(text) else Loaded(value)


def loads(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """:func:`load` without the count of replaced surrogates."""
    return load(text, max_depth).value


def decode_item(
    decoder: Callable[[str, int], tuple[Any, int]], text: str, start: int, max_depth: int = MAX_DEPTH
) -> tuple[Loaded, int]:
    """One value decoded by ``decoder`` (a :meth:`json.JSONDecoder.raw_decode`) at ``start``; raises JsonError.

    The caller must have checked the whole text's depth (:func:`check_depth`) once; this catches the rest.
    """
    try:
        value, end = decoder(text, start)
    except RecursionError:
        raise JsonTooDeep(f"JSON nested too deeply (the limit is {max_depth})") from None
    except ValueError as exc:
        raise JsonError(_one_line(exc)) from None
    return clean_surrogates(value) if _MAY_HAVE_SURROGATE.search(text, start, end) else Loaded(value), end


def clean_surrogates(value: Any) -> Loaded:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD; iterative."""
    count = 0

    def fix(text: str) -> str:
        nonlocal count
        fixed, found = _SURROGATE.subn(REPLACEMENT, text)
        count += found
        return fixed

    root: list[Any] = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, slot = stack.pop()
        item = container[slot]
        if isinstance(item, str):
            container[slot] = fix(item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
        elif isinstance(item, dict):
            renamed = {fix(k) if isinstance(k, str) else k: v for k, v in item.items()}
            item.clear()
            item.update(renamed)
            stack.extend((item, k) for k in item)
    return Loaded(root[0], count)


def _reject_constant(name: str) -> Any:
    raise JsonError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if number in (float("inf"), float("-inf")):
        raise JsonError(f"number out of range: {text[:40]}")
    return number


def _one_line(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "integer string conversion" in message:
        return f"a number longer than {sys.get_int_max_str_digits()} digits"
    return message[:200]
