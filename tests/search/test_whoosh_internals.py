"""Every Whoosh internal that ``biblio/search/`` relies on: that it exists, has the shape we use, and
behaves as we rely on, on a real index. A Whoosh release that changes one fails here by name.

pyproject.toml pins whoosh-reloaded exactly. To upgrade it: change the pin, run this file, and adapt
the module each failure names (docs/search.md, "Which Whoosh", lists what each module uses and why).

Private names used (and where): ``W3LeafMatcher._ids/_i/_values/_read_ids/_read_values/_next_block``
(counting.py: posting lists read block by block), ``FilterMatcher.child`` (counting.py: deleted
documents are subtracted as a set), ``Searcher.subsearchers`` (counting.py: one segment at a time),
``whoosh.filedb.compound.BufferFile`` and the attributes ``BufferFile.__init__`` sets (zerocopy.py),
``MpWriter._new_task`` and the attributes it passes on (workers.py), a writer's ``WRITELOCK`` and
``MAIN.tmp`` (builds.py), the ``_MAIN_<generation>.toc`` file name (index.py: a folder holds an index).
"""

from __future__ import annotations

import importlib.metadata
import inspect
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh import query as q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.filedb import compound, structfile
from whoosh.matching.wrappers import FilterMatcher

from biblio.search.counting import _leaf, _leaf_ids, _positions, _reads_blocks, count_matches, matching_docnums
from biblio.search.documents import make_romanizer, record_document
from biblio.search.index import SearchIndex, _whoosh_index
from biblio.search.zerocopy import install
from tests.search.generated import generated_records

ROOT = Path(__file__).resolve().parents[2]
FIRST, SECOND = 700, 300  # two segments; "central" (in every title) spans six blocks of 128 in the first
DELETED = {f"uid-{i:06d}" for i in range(0, FIRST, 7)}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A Whoosh searcher over two segments (the second added without merging) with deleted documents."""
    index = SearchIndex(tmp_path_factory.mktemp("internals"))
    index.rebuild(generated_records(FIRST), FIRST, generation=1)
    state = index._read_state()
    assert state is not None
    ix = _whoosh_index().open_dir(str(index.directory / state.dir))
    writer = ix.writer()
    romanize = make_romanizer()
    for record in generated_records(SECOND, start=FIRST):
        writer.add_document(**record_document(record, romanize))
    for uid in DELETED:
        writer.delete_by_term("uid", uid)
    writer.commit(merge=False)
    found = ix.searcher()
    yield found
    found.close()
    ix.close()


def live_uids(searcher: Any, word: str, field: str = "title") -> set[str]:
    """Through Whoosh's public API: the uids of the live documents holding ``word`` in ``field``."""
    return {searcher.stored_fields(doc)["uid"] for doc in searcher.docs_for_query(q.Term(field, word))}


# -- the pin ------------------------------------------------------------------------------------------


def test_the_installed_whoosh_is_the_pinned_one() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = [d for d in dependencies if d.replace(" ", "").startswith("whoosh-reloaded")]
    assert len(pins) == 1 and re.fullmatch(r"whoosh-reloaded==[\d.]+", pins[0].replace(" ", "")), pins
    installed = importlib.metadata.version("whoosh-reloaded")
    assert pins[0].split("==")[1] == installed, f"pyproject pins {pins[0]} but {installed} is installed"
    assert f"**Whoosh-Reloaded {installed}**" in (ROOT / "docs" / "search.md").read_text(encoding="utf-8")


# -- zerocopy.py ----------------------------------------------------------------------------------------


def test_compound_storage_opens_sub_files_through_its_module_global_bufferfile() -> None:
    """zerocopy replaces ``compound.BufferFile``: that only works while open_file looks the name up there."""
    assert hasattr(compound, "BufferFile"), "whoosh.filedb.compound.BufferFile is gone"
    assert "BufferFile" in compound.CompoundStorage.open_file.__code__.co_names
    assert list(inspect.signature(compound.CompoundStorage).parameters)[:2] == ["dbfile", "use_mmap"]


def test_bufferfile_shape_is_what_the_in_place_class_replaces() -> None:
    original = structfile.BufferFile
    assert list(inspect.signature(original.__init__).parameters) == ["self", "buf", "name", "onclose"]
    assert list(inspect.signature(original.subset).parameters) == ["self", "position", "length", "name"]
    install()
    in_place = compound.BufferFile
    assert in_place is not original and issubclass(in_place, original)
    # the in-place constructor sets every attribute Whoosh's does (StructFile's methods read them)
    assert set(vars(in_place(b"abc", name="n"))) == set(vars(original(b"abc", name="n")))
    for method in ("read", "seek", "tell", "read_varint", "read_pickle", "get", "get_array", "close"):
        assert callable(getattr(in_place(b"abc"), method, None)), method


# -- counting.py ----------------------------------------------------------------------------------------


def test_searcher_subsearchers_are_segments_with_offsets(searcher: Any) -> None:
    parts = searcher.subsearchers
    assert isinstance(parts, list) and len(parts) == 2, "expected one (searcher, offset) per segment"
    offsets = [offset for _, offset in parts]
    assert offsets == [0, parts[0][0].reader().doc_count_all()]
    assert all(sub.reader().is_atomic() for sub, _ in parts)


def test_postings_of_a_segment_with_deletions_are_a_filter_over_the_leaf(searcher: Any) -> None:
    reader = searcher.subsearchers[0][0].reader()
    assert reader.has_deletions() and isinstance(reader.deleted_docs_set, (set, frozenset))
    assert {reader.stored_fields(doc)["uid"] for doc in reader.deleted_docs_set} == DELETED
    wrapped = reader.postings("title", "central")
    assert isinstance(wrapped, FilterMatcher) and isinstance(wrapped.child, W3LeafMatcher)
    assert isinstance(_leaf(reader, "title", "central"), W3LeafMatcher)


def test_leaf_matchers_expose_the_block_attributes(searcher: Any) -> None:
    reader = searcher.subsearchers[1][0].reader()
    matcher = _leaf(reader, "title", "central")
    assert _reads_blocks(matcher), "W3LeafMatcher lost a block attribute: counting would fall back to slow"
    assert matcher._i == 0 and (matcher._ids is None or len(matcher._ids) >= 1)
    matcher._read_ids()
    assert all(isinstance(doc, int) for doc in matcher._ids)
    matcher._read_values()
    assert len(matcher._values) == len(matcher._ids)


@pytest.mark.parametrize("part", [0, 1])
def test_block_by_block_ids_equal_the_matchers_own(searcher: Any, part: int) -> None:
    reader = searcher.subsearchers[part][0].reader()
    for word in ("central", "asia", "oil", "border", "trade"):  # stemmed forms: Snowball keeps these
        postings = reader.postings("title", word)
        raw = postings.child if isinstance(postings, FilterMatcher) else postings  # deleted ones included
        assert _leaf_ids(_leaf(reader, "title", word)) == list(raw.all_ids()), word
    # every title has "central": its list spans several blocks (the filter may already have stepped the
    # leaf past leading deleted documents, which is why counting reads from ``_i`` and subtracts them)
    central = set(_leaf_ids(_leaf(reader, "title", "central")))
    assert central - reader.deleted_docs_set == set(reader.all_doc_ids()) and len(central) > 2 * 128


def test_a_matcher_moved_inside_a_block_continues_from_there(searcher: Any) -> None:
    """``_i`` is the position in the current block: after skip_to, the ids read start at the target."""
    reader = searcher.subsearchers[0][0].reader()
    everything = _leaf_ids(_leaf(reader, "title", "central"))
    target = everything[200]  # in the second block
    matcher = _leaf(reader, "title", "central")
    matcher.skip_to(target)
    assert matcher._i > 0
    assert _leaf_ids(matcher) == everything[200:]


def test_positions_read_by_block_equal_the_matchers_values(searcher: Any) -> None:
    reader = searcher.subsearchers[0][0].reader()
    field_format = reader.schema["abstract"].format
    assert field_format.supports("positions")
    decode = field_format.decoder("positions")
    wanted = set(_leaf_ids(_leaf(reader, "abstract", "asia"))[::3])
    ours = _positions(reader, "abstract", "asia", wanted, decode)
    theirs = {}
    matcher = _leaf(reader, "abstract", "asia")
    while matcher.is_active():
        if matcher.id() in wanted:
            theirs[matcher.id()] = decode(matcher.value())
        matcher.next()
    assert ours == theirs and len(ours) == len(wanted) > 100
    assert all(positions == sorted(positions) and positions for positions in ours.values())


def test_prefix_and_range_expand_to_the_index_terms(searcher: Any) -> None:
    reader = searcher.subsearchers[1][0].reader()
    prefix = {text for _, text in q.Prefix("title", "word7").expanded_terms(reader)}
    assert prefix == {t for t in reader.lexicon("title") if t.startswith(b"word7")} and len(prefix) > 10
    years = {text for _, text in q.TermRange("year", "2000", "2004").expanded_terms(reader)}
    assert years == {str(y).encode() for y in range(2000, 2005)}


def test_query_objects_have_the_attributes_counting_reads() -> None:
    assert isinstance(q.NullQuery, q.Query) and not isinstance(q.NullQuery, type)  # compared with `is`
    phrase = q.Phrase("title", ["central", "asia"])
    assert phrase.words == ["central", "asia"] and phrase.slop == 1 and phrase.fieldname == "title"
    assert q.ConstantScoreQuery(phrase).child is phrase and q.Not(phrase).query is phrase
    assert q.AndNot(phrase, q.Term("title", "oil")).a is phrase
    assert q.And([phrase, phrase]).subqueries == [phrase, phrase]
    assert q.Or([phrase]).subqueries == [phrase]


@pytest.mark.parametrize(
    "text", ["central", "central asia", '"central asia"', "word7*", "year:1995..2000", "oil -river", "NOT asia"]
)
def test_counting_agrees_with_whoosh_over_segments_and_deletions(searcher: Any, text: str) -> None:
    from biblio.search.analyzers import MultiScriptAnalyzer
    from biblio.search.query import QueryCompiler

    parsed = QueryCompiler(MultiScriptAnalyzer(stem=True), MultiScriptAnalyzer(stem=False, names=True)).parse(text)
    expected = sorted(searcher.docs_for_query(parsed.query))
    assert matching_docnums(searcher, parsed.query) == expected
    assert count_matches(searcher, parsed.query) == len(expected)
    assert not any(searcher.stored_fields(doc)["uid"] in DELETED for doc in expected)


# -- index.py --------------------------------------------------------------------------------------------


def test_index_folders_are_recognised_by_their_toc(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path)
    index.rebuild(generated_records(3), 3, generation=1)
    state = index._read_state()
    assert state is not None
    assert [p.name for p in (tmp_path / state.dir).glob("_MAIN_*.toc")] == ["_MAIN_1.toc"]


def test_the_errors_and_results_api_search_uses() -> None:
    from whoosh import index, searching

    assert issubclass(index.EmptyIndexError, index.IndexError) and issubclass(index.IndexVersionError, index.IndexError)
    for name in ("scored_length", "has_exact_length", "estimated_min_length"):
        assert callable(getattr(searching.Results, name, None)), name
    assert callable(getattr(searching.Searcher, "up_to_date", None))


# -- workers.py ------------------------------------------------------------------------------------------


def test_mpwriter_starts_its_processes_in_new_task_with_these_arguments(tmp_path: Path) -> None:
    from whoosh.multiproc import MpWriter, SubWriterTask

    from biblio.search.schema import build_schema

    assert list(inspect.signature(SubWriterTask.__init__).parameters) == [
        "self", "storage", "indexname", "jobqueue", "resultqueue", "kwargs", "multisegment",
    ]  # fmt: skip
    assert "SubWriterTask" in MpWriter._new_task.__code__.co_names  # the one place tasks are made...
    assert "_new_task" in MpWriter._enqueue.__code__.co_names  # ...and it is what add_document reaches
    ix = _whoosh_index().create_in(str(tmp_path), build_schema())
    writer = MpWriter(ix, procs=2, multisegment=True, limitmb=16)
    try:
        for name in ("storage", "indexname", "jobqueue", "resultqueue", "subargs", "multisegment"):
            assert hasattr(writer, name), f"MpWriter.{name} is gone (workers.BoundMpWriter passes it on)"
        assert writer.tasks == [] and writer.multisegment is True
    finally:
        writer.cancel()
        ix.close()


def test_the_bound_writer_builds_the_same_index_as_whooshs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from whoosh import multiproc

    import biblio.search.index as index_module
    from biblio.search import workers

    monkeypatch.setattr(index_module, "MULTIPROCESS_THRESHOLD", 300)
    records = generated_records(900)
    ours = SearchIndex(tmp_path / "ours")
    ours.rebuild(records, len(records), generation=1)
    monkeypatch.setattr(workers, "BoundMpWriter", multiproc.MpWriter)
    theirs = SearchIndex(tmp_path / "theirs")
    theirs.rebuild(records, len(records), generation=1)
    for text in ("central", '"平衡外交"', "unique77", "year:2000..2004"):
        # every hit: which batch went to which writer process varies, and so do ties' order
        mine, whooshs = (ix.search(text, limit=len(records), snippets=False) for ix in (ours, theirs))
        assert (mine.total, {h.uid for h in mine.hits}) == (whooshs.total, {h.uid for h in whooshs.hits}), text
    assert len(ours._current_searcher().subsearchers) == 2  # two writer processes, two segments


# -- builds.py -------------------------------------------------------------------------------------------


def test_a_writer_holds_the_lock_and_temp_folder_the_sweep_checks(tmp_path: Path) -> None:
    from whoosh.index import TOC, clean_files

    from biblio.search.builds import WHOOSH_TEMP

    index = SearchIndex(tmp_path)
    index.rebuild(generated_records(5), 5, generation=1)
    state = index._read_state()
    assert state is not None
    ix = _whoosh_index().open_dir(str(tmp_path / state.dir))
    writer = ix.writer()
    try:
        assert (tmp_path / state.dir / WHOOSH_TEMP).is_dir(), "Whoosh's writer temp folder is no longer MAIN.tmp"
        assert not ix.lock("WRITELOCK").acquire(blocking=False), "a writer no longer holds ix.lock('WRITELOCK')"
    finally:
        writer.cancel()
    lock = ix.lock("WRITELOCK")
    assert lock.acquire(blocking=False)
    lock.release()
    toc = TOC.read(ix.storage, ix.indexname)
    assert toc.generation == 1 and len(toc.segments) == 1
    assert list(inspect.signature(clean_files).parameters) == ["storage", "indexname", "gen", "segments"]
    ix.close()


# -- spelling.py (public API, checked because "did you mean" silently finds nothing if it changes) ---------


def test_terms_within_and_distance_behave_as_spelling_expects(searcher: Any) -> None:
    from whoosh.support.levenshtein import distance

    reader = searcher.subsearchers[0][0].reader()
    assert distance("steppe", "stepe") == 1 and distance("oil", "oil") == 0
    near = set(reader.terms_within("spell", "centrl", 1, prefix=1))
    assert near == {"central"}, near
