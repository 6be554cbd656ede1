"""Shared fixtures: the fixture library (tests/data/search/library.json) and an index built from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.model import Record
from biblio.model.serialize import record_from_dict
from biblio.search.documents import snippet_source
from biblio.search.index import SearchIndex

DATA = Path(__file__).resolve().parent.parent / "data" / "search"


def load_library() -> list[Record]:
    """The fixture records."""
    return [record_from_dict(d) for d in json.loads((DATA / "library.json").read_text(encoding="utf-8"))]


@pytest.fixture(scope="session")
def library() -> list[Record]:
    """The fixture records (do not mutate)."""
    return load_library()


@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory, library: list[Record]) -> Iterator[SearchIndex]:
    """A read-only index over the fixture library, shared by the whole session."""
    by_uid = {record.uid: record for record in library}
    ix = SearchIndex(tmp_path_factory.mktemp("index"), lambda uids: {u: snippet_source(by_uid[u]) for u in uids})
    ix.rebuild(library, len(library), generation=1)
    yield ix
    ix.close()
