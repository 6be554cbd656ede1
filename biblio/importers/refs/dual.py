"""A string kept twice, as written and normalised, cut in step so spans found in one slice the other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.importers.refs.common import normalize


@dataclass(slots=True)
class Dual:
    """``orig`` as the source wrote it; ``norm`` the same length with ASCII punctuation."""

    orig: str
    norm: str

    @classmethod
    def of(cls, text: str) -> Dual:
        """Wrap a string."""
        return cls(text, normalize(text))

    def cut(self, start: int, end: int) -> Dual:
        """The part between two positions."""
        return Dual(self.orig[start:end], self.norm[start:end])

    def without(self, start: int, end: int) -> Dual:
        """The string with a part removed (replaced by one space)."""
        return Dual(self.orig[:start] + " " + self.orig[end:], self.norm[:start] + " " + self.norm[end:])

    def take(self, pattern: re.Pattern[str], group: int = 1, needs: tuple[str, ...] = ()) -> tuple[str, Dual]:
        """Remove the first match of ``pattern`` (searched in ``norm``); return its group (as written) and the rest.

        ``needs``: substrings (lower case) one of which any match contains; without them the search is skipped.
        """
        if needs:
            lowered = self.norm.lower()
            if not any(word in lowered for word in needs):
                return "", self
        match = pattern.search(self.norm)
        if not match:
            return "", self
        value = self.orig[match.start(group) : match.end(group)] if match.group(group) is not None else ""
        return value, self.without(match.start(), match.end())

    def group(self, match: re.Match[str], name: str | int) -> str:
        """A group of a match on ``norm``, as written in ``orig`` (``""`` if it did not take part)."""
        start, end = match.span(name)
        return self.orig[start:end] if start >= 0 else ""

    def strip(self) -> Dual:
        """Both strings stripped of spaces and separators at the ends, in step."""
        start, end = 0, len(self.norm)
        while start < end and self.norm[start] in " .,;:":
            start += 1
        while end > start and self.norm[end - 1] in " .,;":
            end -= 1
        return self.cut(start, end)
