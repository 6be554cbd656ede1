"""Record builders for the citation-style tests."""

from __future__ import annotations

from typing import Any

from biblio.model import EntryType, LangText, Name, Record


def zh(family: str, given: str = "", written: str = "", **kw: str) -> Name:
    """A Chinese-script personal name."""
    return Name(family=family, given=given, script="Hani", written=written or family + given, **kw)


def west(family: str, given: str = "", script: str = "Latn", **kw: str) -> Name:
    """A Western (Latin or Cyrillic) personal name."""
    return Name(family=family, given=given, script=script, **kw)


def rec(entry_type: EntryType, title: str, lang: str, **kw: Any) -> Record:
    """A record with a title in ``lang``; keyword arguments set the other fields."""
    record = Record(type=entry_type, title=(LangText(title, lang),), language=lang)
    for name, value in kw.items():
        setattr(record, name, (LangText(value, lang),) if name == "container" else value)
    return record
