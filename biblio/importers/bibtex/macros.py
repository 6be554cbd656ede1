"""``@string`` macros, ``#`` concatenation and the bound on what they may expand to.

A few hundred bytes of ``@string{s1 = s0 # s0}``, ``@string{s2 = s1 # s1}`` … double at every line
(a 1 KB file grew to 2.6 GB), and a crossref parent's long field is copied into every child. Every
value that comes from elsewhere than its own place in the input (a macro's value, an inherited
field) is charged to one :class:`Budget` per parse: at most ``EXPANSION_FACTOR`` times the input,
and never less than ``EXPANSION_FLOOR`` characters. Real files stay far below it (the 7,166-entry
file of Better BibTeX's import cases expands its macros to 0.03 times its size).
"""

from __future__ import annotations

from collections.abc import Iterator

EXPANSION_FACTOR = 16  # expanded characters allowed per input character
EXPANSION_FLOOR = 16 * 1024 * 1024  # ... and at least this many, whatever the input size


class ExpansionLimitError(Exception):
    """Expanding a value would pass the budget (an internal signal: the caller reports it)."""


class Budget:
    """What is left of the characters a parse may copy from macros and crossref parents."""

    __slots__ = ("left", "limit")

    def __init__(self, input_size: int) -> None:
        self.limit = max(EXPANSION_FACTOR * input_size, EXPANSION_FLOOR)
        self.left = self.limit

    def charge(self, size: int) -> None:
        """Take ``size`` characters, or raise :class:`ExpansionLimitError` (nothing taken)."""
        if size > self.left:
            raise ExpansionLimitError(self.describe())
        self.left -= size

    def describe(self) -> str:
        """The limit in words, for messages."""
        mib = self.limit / (1024 * 1024)
        return f"more than {mib:.0f} MiB ({EXPANSION_FACTOR} times the input, at least {EXPANSION_FLOOR >> 20} MiB)"


class Macros(dict[str, str]):
    """The ``@string`` macros of a text (lower-case names) and the expansion budget of its parse."""

    def __init__(self, budget: Budget) -> None:
        super().__init__()
        self.budget = budget


def evaluate(expression: str, macros: dict[str, str], *, strip: bool = True) -> str:
    """The LaTeX content of a raw value: enclosing removed, ``#`` parts joined, macros expanded.

    Whitespace inside a part's delimiters is content (``{a space }`` # ``"and this"`` keeps its space);
    only the whole field value is stripped, as BibTeX does. ``@string`` values (``strip=False``) keep
    their edges, since they may be joined to other parts. Macro values are charged to the budget of
    ``macros`` when it is a :class:`Macros` (:class:`ExpansionLimitError` past it).
    """
    text = expression.strip()
    if "#" not in text:
        value = _part(text, macros)
    else:
        parts = [_part(p, macros) for p in _concat_parts(text)]
        value = "".join(parts)
    return value.strip() if strip else value


def expand_word(word: str, macros: dict[str, str]) -> str:
    """A bare word's value: a number as written, a macro's value (charged), else the word itself."""
    if word.isdigit():
        return word
    value = macros.get(word.lower())
    if value is None:
        return word
    if isinstance(macros, Macros):
        macros.budget.charge(len(value))
    return value


def _part(text: str, macros: dict[str, str]) -> str:
    text = text.strip()
    if len(text) >= 2 and ((text[0] == "{" and text[-1] == "}") or (text[0] == '"' and text[-1] == '"')):
        return text[1:-1]
    return expand_word(text, macros)


def _concat_parts(text: str) -> Iterator[str]:
    """Split at ``#`` outside braces and quotes."""
    depth, quoted, start = 0, False, 0
    for index, ch in enumerate(text):
        if ch in "{}" and index and text[index - 1] == "\\":
            pass  # an escaped brace
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            yield text[start:index]
            start = index + 1
    yield text[start:]
