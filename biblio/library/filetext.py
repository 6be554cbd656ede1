"""The text of attached files for search: what the index reads, and the pages a snippet is cut from.

The index gets each record's attached page texts joined (in its ``fulltext`` field, after a web
article's kept body); a page separator keeps phrases from running across pages. Snippets read the
pages lazily, one at a time, so a hit in a 300-page book costs the pages up to its first match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from biblio.search.snippets import Passage
from biblio.store import files as stored_files

if TYPE_CHECKING:
    from biblio.library.core import Library
    from biblio.model import Record

MAX_SQL_PARAMS = 900  # hits asked about at once (SQLite's parameter limit is 999 on old builds)
PAGE_SEPARATOR = " \u2029 "  # between pages in the index: no phrase is meant to cross it


def file_text_source(library: Library) -> Callable[[Record], str]:
    """A function giving the text of a record's attached files, for the index (one query per record with text)."""
    db = library.store.db
    with_text = stored_files.uids_with_text(db)

    def file_text(record: Record) -> str:
        if record.uid not in with_text:
            return ""
        attached = stored_files.attached_texts(db, [record.uid]).get(record.uid, [])
        return PAGE_SEPARATOR.join(page for item in attached for page in item.pages if page)

    return file_text


def uids_with_pages(library: Library, uids: list[str]) -> set[str]:
    """Those of ``uids`` whose records have attached page text (so the others skip the page lookup)."""
    return stored_files.uids_with_text_among(library.store.db, uids[:MAX_SQL_PARAMS])


def page_passages(library: Library, uid: str) -> Iterator[Passage]:
    """The pages of a record's attached files as snippet passages (``p. 14``), read lazily."""
    for description, page, text, files in stored_files.iter_pages(library.store.db, uid):
        yield Passage(text, page, description if files > 1 else "")
