"""A failed add keeps nothing: no source row, no kept source file without a record pointing at it.

The failure is a real SQLite failure: a trigger makes every record insert abort (as a full disk or a
constraint violation would), after the source file has already been written to ``sources/``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from biblio.library import Library
from tests.library.conftest import snapshot

RIS = "TY  - JOUR\nAU  - 张宁\nTI  - 中亚国家多元平衡外交\nPY  - 2024\nER  - \n"


def _fail_record_inserts(library: Library) -> None:
    library.store.db.execute(
        "CREATE TRIGGER fail_insert BEFORE INSERT ON records BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )


def test_a_failed_first_write_leaves_no_kept_source(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "new.ris"
    source.write_text(RIS, encoding="utf-8")
    _fail_record_inserts(library)
    before = snapshot(library)
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        library.add_file(source)
    assert snapshot(library) == before
    assert not (library.root / "sources").exists() or not any((library.root / "sources").rglob("*.*"))


def test_a_source_kept_before_stays_when_a_later_add_of_it_fails(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "new.ris"
    source.write_text(RIS, encoding="utf-8")
    library.add_file(source)
    kept = sorted((library.root / "sources").rglob("*.ris"))
    library.store.db.execute("DELETE FROM records")  # the record is gone, its source row and file stay
    _fail_record_inserts(library)
    with pytest.raises(sqlite3.IntegrityError):
        library.add_file(source)
    assert sorted((library.root / "sources").rglob("*.ris")) == kept  # not deleted: it was there before
    assert library.check().problems == []


def test_the_source_is_kept_with_the_records(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "new.ris"
    source.write_text(RIS, encoding="utf-8")
    report = library.add_file(source)
    record = library.get(report.added[0])
    assert record.provenance is not None
    assert (library.root / record.provenance.source).read_bytes() == source.read_bytes()
    assert library.check().problems == []
