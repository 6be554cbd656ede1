"""Structured personal and corporate names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Name:
    """One person or corporate body as named by a record.

    Either ``literal`` (a corporate body such as 中国国际问题研究所, or a name that must not be split)
    or ``family``/``given``. ``script`` is the ISO 15924 code of the name as written (``Hani``,
    ``Cyrl``, ``Latn``, ``Jpan``). ``romanized`` is a Latin form where known ("Zhang Ning").
    ``nationality`` keeps the marker of Chinese references ("英" from "(英)"). ``original`` is the
    name in its original script when the source gives it ("N.J.Spykman" after 斯皮克曼).
    ``written`` is the name exactly as the source wrote it ("哈·麦金德", "张宁"), so exports can
    reproduce the author's form.
    """

    family: str = ""
    given: str = ""
    literal: str = ""
    particle: str = ""
    suffix: str = ""
    script: str = ""
    romanized: str = ""
    nationality: str = ""
    original: str = ""
    written: str = ""

    @property
    def is_corporate(self) -> bool:
        """True for a literal (corporate or unsplittable) name."""
        return bool(self.literal)

    def display(self) -> str:
        """A human-readable form: the written form if any, else family-first for CJK, given-first otherwise."""
        if self.literal:
            return self.literal
        if self.written:
            return self.written
        if self.script in ("Hani", "Jpan", "Hang"):
            return f"{self.family}{self.given}"
        parts = [self.given, self.particle, self.family]
        text = " ".join(p for p in parts if p)
        return f"{text}, {self.suffix}" if self.suffix else text

    def sort_form(self) -> str:
        """Family name first, for listing ("Brzezinski, Zbigniew", "张宁")."""
        if self.literal:
            return self.literal
        if self.script in ("Hani", "Jpan", "Hang"):
            foreign = any(dot in self.written for dot in "·・•‧")  # 哈·麦金德: a transliterated Western name
            return f"{self.family}, {self.given}" if foreign and self.given else f"{self.family}{self.given}"
        family = f"{self.particle} {self.family}".strip()
        return f"{family}, {self.given}" if self.given else family
