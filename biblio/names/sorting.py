"""The sort name of a record: its first author romanized, family first."""

from __future__ import annotations

from biblio.model import Record


def sort_name(record: Record) -> str:
    """The first author's name romanized, family first, for sorting (pinyin order for Chinese names)."""
    name = record.first_author()
    if name is None:
        return ""
    from biblio.names.romanize import name_sort_key

    return name_sort_key(name, record.effective_language())
