"""The TUI's pure helpers: column layout, cell fitting, export paths, edit form, ranked search."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from biblio.config import Config
from biblio.errors import UsageError
from biblio.library import Library
from biblio.library.browsing import SORTS, ListFilter, Reader, records_by_id
from biblio.model import Record
from biblio.tui.exporting import export_path
from biblio.tui.query import Searcher, ranked_uids
from biblio.tui.screens.edit import apply_form, form_fields
from biblio.tui.widgets.filters import parse_year
from biblio.tui.widgets.record_list import column_widths, fit
from tests.tui.fixture_library import CITED_KEYS, CITING_KEY, CNKI_KEY


@pytest.mark.parametrize("width", [40, 78, 100, 200])
def test_columns_fill_the_width(width: int) -> None:
    widths = column_widths(width)
    assert len(widths) == 6 and min(widths) >= 3
    assert sum(widths) + 2 + 5 <= max(width, 47)


def test_fit_counts_wide_characters() -> None:
    assert fit("中亚国家的多元平衡外交", 9) == "中亚国家…"
    assert cell_len(fit("中亚国家的多元平衡外交", 10)) == 10
    assert fit("abc", 5) == "abc  "
    assert fit("abcdef", 4) == "abc…"


def test_export_path(tmp_path: Path) -> None:
    assert export_path(tmp_path, "out", "biblatex") == tmp_path / "exports" / "out.bib"
    assert export_path(tmp_path, "out", "csl-json") == tmp_path / "exports" / "out.json"
    assert export_path(tmp_path, "sub/x.txt", "bibtex") == tmp_path / "exports" / "sub" / "x.txt"
    assert export_path(tmp_path, str(tmp_path / "abs.bib"), "bibtex") == tmp_path / "abs.bib"
    with pytest.raises(UsageError):
        export_path(tmp_path, "  ", "bibtex")


def test_parse_year() -> None:
    assert parse_year(" 2020 ") == 2020 and parse_year("-50") == -50
    assert parse_year("") is None and parse_year("20x") is None


def test_edit_form_applies_only_changed_fields(library: Library) -> None:
    record = library.get(CNKI_KEY)
    fields = form_fields(record)
    ids = {f.widget_id for f in fields}
    assert {"field-title-zh", "field-title-en", "field-abstract-zh", "field-abstract-en"} <= ids
    edited, errors = apply_form(record, fields, {"field-title-en": "A New Title", "field-doi-x": "bad"})
    assert errors == {"field-doi-x": "invalid DOI 'bad': a DOI starts with 10."}
    edited, errors = apply_form(record, fields, {"field-title-en": "A New Title"})
    assert not errors and edited.title[1].value == "A New Title" and edited.title[0] == record.title[0]
    assert edited.authors == record.authors  # untouched fields are not re-parsed


def test_records_by_id_keeps_the_order(library: Library) -> None:
    reader = Reader(library.store.path)
    ids = reader.ordered_ids(ListFilter(), "year")
    records = records_by_id(library, list(reversed(ids)))
    assert [r.key for r in records][-1] == CITING_KEY and all(isinstance(r, Record) for r in records)
    reader.close()


def test_searcher_builds_a_missing_index_then_ranks(library_root: Path) -> None:
    config = Config(library=library_root)
    reader = Reader(library_root / "biblio.sqlite3")
    searcher = Searcher(config)
    outcome = searcher.run(reader, "中亚", ListFilter(), "relevance")
    keys = {r.key for r in reader.summaries(outcome.ids).values()}
    assert keys == {CNKI_KEY, CITING_KEY, CITED_KEYS[2]} and outcome.total == 3 and outcome.complete
    found = ranked_uids(searcher.index, "Mackinder", 10)
    assert found.total == 1 and len(found.uids) == 1 and found.exact
    found = ranked_uids(searcher.index, "中亚 OR Brzezinski", 10)
    assert found.uids == [hit.uid for hit in searcher.index.search("中亚 OR Brzezinski", 10).hits]
    assert found.total == 4
    limited = searcher.run(reader, "中亚", ListFilter(), "relevance", limit=1)
    assert len(limited.ids) == 1 and limited.total == 3 and not limited.complete and limited.exact
    estimate = ranked_uids(searcher.index, "中亚", 2, exact=False)
    assert len(estimate.uids) == 2  # the count may be an estimate (or exact, if the index counts that cheaply)
    assert estimate.total == 3 if estimate.exact else estimate.total >= 2
    quick = searcher.run(reader, "中亚", ListFilter(), "relevance", quick=True)
    assert quick.complete and quick.exact and quick.total == 3  # fewer hits than the quick limit: exact
    searcher.close()
    reader.close()


def test_ranked_uids_are_the_search_hits_without_snippets(library_root: Path) -> None:
    reader = Reader(library_root / "biblio.sqlite3")
    searcher = Searcher(Config(library=library_root))
    searcher.ensure_index(reader)
    for query in ("中亚", "中亚 OR Brzezinski", "Mackinder", "year:2024"):
        for limit in (1, 10):
            ranked = ranked_uids(searcher.index, query, limit)
            full = searcher.index.search(query, limit)
            assert (ranked.uids, ranked.total, ranked.exact) == ([hit.uid for hit in full.hits], full.total, True)
    searcher.close()
    reader.close()


@pytest.mark.parametrize("sort", ["relevance", "added", "year", "author", "title", "unknown"])
@pytest.mark.parametrize(
    "flt", [ListFilter(), ListFilter(languages=("zh", "en")), ListFilter(year_from=2000), ListFilter(tag="eurasia")]
)
def test_search_hits_are_listed_like_the_whole_list(library: Library, sort: str, flt: ListFilter) -> None:
    """Hits sorted by a column come in the whole list's order; by relevance (or unknown) in hit order."""
    reader = Reader(library.store.path)
    every = [r.uid for r in library.records()]
    by_uid = {r.uid: reader.ordered_ids(ListFilter(), "added", [r.uid])[0] for r in library.records()}
    passing = reader.ordered_ids(flt, sort if sort in SORTS else "added")
    for hits in (every[::-1], every[1::2], every[:1], [every[2], "no-such-uid", every[0], every[2]], []):
        listed = reader.ordered_ids(flt, sort, hits)
        wanted = {by_uid[u] for u in hits if u in by_uid} & set(passing)
        if sort in SORTS:
            assert listed == [i for i in passing if i in wanted]
        else:
            assert listed == list(dict.fromkeys(by_uid[u] for u in hits if u in by_uid and by_uid[u] in wanted))
        assert reader.ordered_ids(flt, sort, hits, limit=1) == listed[:1]
    reader.close()
