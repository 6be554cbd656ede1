"""Records in the store: columns, JSON, links, tags, full text, attachments, matching."""

from __future__ import annotations

from pathlib import Path

from biblio.model import Attachment, Funding, Link, LinkKind, Provenance, Record
from biblio.store import Store
from biblio.store import records as rows
from tests.conftest import make_record


def _insert(store: Store, record: Record) -> int:
    with store.transaction() as db:
        return rows.insert_record(db, record, author_sort="", source_id=None, now="2026-01-01T00:00:00+00:00")


def test_round_trip_keeps_everything(tmp_path: Path, zhang: Record) -> None:
    store = Store(tmp_path / "db.sqlite3")
    zhang.funding = [Funding("国家社会科学基金", "百年变局", "23&ZD331", "基金 ...")]
    zhang.provenance = Provenance("cnki", "1", "page.txt", "sources/ab/x.txt", "", "2026-01-01")
    zhang.tags = ["central-asia", "diplomacy"]
    zhang.fulltext = "正文"
    zhang.attachments = [Attachment("files/zhang/paper.pdf", "application/pdf")]
    zhang.extra = {"usera": "x"}
    _insert(store, zhang)
    loaded = next(rows.load_records(store.db))
    assert loaded.added == loaded.modified == "2026-01-01T00:00:00+00:00"
    loaded.added = loaded.modified = ""
    assert loaded == zhang


def test_links_resolve_by_uid_and_cascade_on_delete(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    cited = make_record("Cited", key="cited")
    citing = make_record("Citing", key="citing", links=[Link(LinkKind.CITES, cited.uid)])
    _insert(store, cited)
    citing_id = _insert(store, citing)
    with store.transaction() as db:
        assert rows.write_links(db, citing_id, citing.links) == []
        missing = rows.write_links(db, citing_id, [Link(LinkKind.CITES, "nope")])
    assert [m.target for m in missing] == ["nope"]
    loaded = {r.key: r for r in rows.load_records(store.db)}
    assert loaded["citing"].links == [Link(LinkKind.CITES, cited.uid)]
    assert rows.citing_uids(store.db, cited.uid) == [citing.uid]
    with store.transaction() as db:
        rows.delete_records(db, [citing_id])
    assert store.db.execute("SELECT count(*) FROM links").fetchone()[0] == 0


def test_find_same_work_by_doi_then_title_and_year(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    _insert(store, make_record("A Study", key="a", doi="10.1/ABC", date="2020"))
    _insert(store, make_record("Another Study!", key="b", date="2021"))
    found = rows.find_same_work(store.db, make_record("Different title", doi="10.1/abc"))
    assert found is not None and found.key == "a"
    found = rows.find_same_work(store.db, make_record("another  study", date="2021"))
    assert found is not None and found.key == "b"
    assert rows.find_same_work(store.db, make_record("another study", date="2022")) is None


def test_content_hash_ignores_provenance(zhang: Record) -> None:
    a = rows.bibliographic_data(zhang)
    zhang.provenance = Provenance("cnki", imported_at="later")
    b = rows.bibliographic_data(zhang)
    assert rows.content_hash(a) == rows.content_hash(b)
    zhang.pages = "5-24"
    assert rows.content_hash(rows.bibliographic_data(zhang)) != rows.content_hash(a)
