"""Multilingual values: a piece of text that knows its language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LangText:
    """A value in one language; ``lang`` is a BCP 47 tag (``zh``, ``ru``, ``en``) or ``""`` if unknown."""

    value: str
    lang: str = ""


MultiText = tuple[LangText, ...]


def pick(values: Sequence[LangText], prefer: Iterable[str] = ()) -> str:
    """The value in the first preferred language that exists, else the first value, else ``""``."""
    for lang in prefer:
        for item in values:
            if item.lang == lang:
                return item.value
    return values[0].value if values else ""


def in_lang(values: Sequence[LangText], lang: str) -> str:
    """The value in exactly ``lang``, or ``""``."""
    for item in values:
        if item.lang == lang:
            return item.value
    return ""


def with_value(values: Sequence[LangText], value: str, lang: str = "") -> MultiText:
    """Replace (or add) the value for ``lang``; the primary (first) value if ``lang`` is empty."""
    if not lang:
        lang = values[0].lang if values else ""
        rest = tuple(values[1:])
        return (LangText(value, lang), *rest) if value else rest
    kept = tuple(v for v in values if v.lang != lang)
    if not value:
        return kept
    replaced = [LangText(value, lang) if v.lang == lang else v for v in values]
    return tuple(replaced) if len(kept) != len(values) else (*values, LangText(value, lang))
