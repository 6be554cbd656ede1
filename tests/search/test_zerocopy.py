"""biblio.search.zerocopy: compound segments are read in place (nothing copied when a searcher opens),
and searching through it gives exactly what Whoosh's own copying ``BufferFile`` gives."""

from __future__ import annotations

import io
import mmap
import shutil
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.filedb import compound
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile

from biblio.search import zerocopy
from biblio.search.index import SearchIndex
from biblio.search.zerocopy import MemoryViewReader, install
from tests.search.generated import generated_records

RECORDS = 1500  # one compound segment of ~3 MB: postings and terms are most of it
QUERIES = ["central asia", "中亚国家", '"平衡外交"', "политика", "word7*", "year:1995..2000", "unique42", "oil -river"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The live Whoosh folder (``ix-…``) of an index of the generated records."""
    index = SearchIndex(tmp_path_factory.mktemp("zerocopy"))
    index.rebuild(generated_records(RECORDS), RECORDS, generation=1)
    state = index._read_state()
    assert state is not None
    return index.directory / state.dir


def use_copying_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whoosh's own BufferFile (which copies every sub-file) until the test ends; install() made a no-op
    (SearchIndex calls it whenever it opens an index)."""
    monkeypatch.setattr(compound, "BufferFile", BufferFile)
    monkeypatch.setattr(zerocopy, "install", lambda: None)


def sub_files(folder: Path) -> Iterator[tuple[str, Any]]:
    """(name, opened file) for every sub-file of every compound segment, opened as Whoosh opens them."""
    storage = FileStorage(str(folder))
    for name in sorted(storage.list()):
        if name.endswith(".seg"):
            segment = compound.CompoundStorage(storage.open_file(name))
            for sub in sorted(segment.list()):
                yield f"{name}/{sub}", segment.open_file(sub)


def results(folder: Path) -> list[tuple[str, list[tuple[str, float]], int]]:
    """Every query's hits (uid, score) and total, from a fresh SearchIndex on ``folder``'s parent."""
    with SearchIndex(folder.parent) as index:
        found = [index.search(q, limit=30, snippets=False) for q in QUERIES]
    return [(q, [(h.uid, round(h.score, 9)) for h in r.hits], r.total) for q, r in zip(QUERIES, found, strict=True)]


def test_install_swaps_the_class_once() -> None:
    install()
    patched = compound.BufferFile
    install()
    assert compound.BufferFile is patched, "install() must be idempotent"
    assert patched is not BufferFile and issubclass(patched, BufferFile)


def test_segment_files_are_views_of_the_mapping(folder: Path) -> None:
    install()
    opened = list(sub_files(folder))
    assert len(opened) >= 4  # postings, terms, lengths, stored fields at least
    for name, file in opened:
        assert isinstance(file.file, MemoryViewReader), name
        assert isinstance(file.file._view.obj, mmap.mmap), f"{name} is not read from the mapped file"


def test_the_same_bytes_as_the_copying_path(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install()
    in_place = {name: (file.read(), file.subset(3, 40).read()) for name, file in sub_files(folder)}
    use_copying_path(monkeypatch)
    copied = {name: (file.read(), file.subset(3, 40).read()) for name, file in sub_files(folder)}
    assert all(isinstance(file.file, io.BytesIO) for _, file in sub_files(folder))  # really the other path
    assert in_place == copied


def _traced_open_and_search(folder: Path) -> int:
    """Bytes allocated (peak) while a fresh index opens and answers one query."""
    tracemalloc.start()
    try:
        with SearchIndex(folder.parent) as index:
            index.search("central", limit=5, snippets=False)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_opening_copies_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install()
    segments = sum(p.stat().st_size for p in folder.glob("*.seg"))
    _traced_open_and_search(folder)  # warm: imports and caches are not what is measured
    in_place = _traced_open_and_search(folder)
    use_copying_path(monkeypatch)
    copying = _traced_open_and_search(folder)
    # measured: 1.6 MB in place against 5.4 MB copying for 5.7 MB of segments
    assert copying - in_place > segments // 3, (in_place, copying, segments)


def test_search_results_equal_the_copying_path(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install()
    in_place = results(folder)
    use_copying_path(monkeypatch)
    copied = results(folder)
    assert compound.BufferFile is BufferFile  # the copying path really ran
    assert copied == in_place
    assert all(hits for _, hits, _ in in_place[:-1])  # the queries do find something


def test_a_reader_keeps_working_when_a_merge_deletes_its_segment(folder: Path, tmp_path: Path) -> None:
    from whoosh import index as windex
    from whoosh.query import Term

    install()
    copy = tmp_path / "ix"
    shutil.copytree(folder, copy)
    ix = windex.open_dir(str(copy))
    searcher = ix.searcher()
    before = [searcher.stored_fields(doc)["uid"] for doc in searcher.docs_for_query(Term("title", "central"))]
    old_segments = set(copy.glob("*.seg"))
    writer = ix.writer()
    writer.add_document(uid="new", title="central")
    writer.commit(optimize=True)  # one new segment: the old ones are deleted
    assert old_segments and not any(path.exists() for path in old_segments)
    after = [searcher.stored_fields(doc)["uid"] for doc in searcher.docs_for_query(Term("title", "central"))]
    assert after == before and len(before) == RECORDS
    searcher.close()
    ix.close()


# -- MemoryViewReader behaves as io.BytesIO for everything Whoosh does with a file -----------------

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.one_of(st.none(), st.integers(-1, 80))),
        st.tuples(st.just("readline"), st.one_of(st.none(), st.integers(-1, 80))),
        st.tuples(st.just("readinto"), st.integers(0, 80)),
        st.tuples(st.just("seek"), st.tuples(st.integers(0, 120), st.just(0))),
        st.tuples(st.just("seek"), st.tuples(st.integers(-60, 60), st.sampled_from([1, 2]))),
        st.tuples(st.just("tell"), st.none()),
    ),
    max_size=25,
)


def _apply(file: Any, name: str, argument: Any) -> Any:
    if name == "readinto":
        buffer = bytearray(argument)
        return file.readinto(buffer), bytes(buffer)
    if name == "seek":
        return file.seek(*argument)  # relative seeks below 0 stop at 0 in both
    return file.tell() if name == "tell" else getattr(file, name)(argument)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200).map(lambda b: b.replace(b"\x00", b"\n")), OPERATIONS)
def test_memoryview_reader_matches_bytesio(data: bytes, operations: list[tuple[str, Any]]) -> None:
    ours, theirs = MemoryViewReader(memoryview(data)), io.BytesIO(data)
    for name, argument in operations:
        assert _apply(ours, name, argument) == _apply(theirs, name, argument), (name, argument)
        assert ours.tell() == theirs.tell()
