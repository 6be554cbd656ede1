"""CSL-JSON recognised by its shape and keys, not by ``type`` + ``title``; wrappers; fuzzing for crashes and time.

Inputs: ``tests/data/realworld/csl-no-type-title.json`` (items shaped like the CSL processor test suite's,
without ``type`` or ``title``: 99 of its 845 files were refused as "unrecognised format") and
``bbt-csl.json`` (two items of Better BibTeX's CSL-JSON, see SOURCES.md).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.export.csl_json import format_csl_json
from biblio.importers.csl.importer import CslJsonImporter
from biblio.importers.csl.shape import csl_score, head_keys, unwrap
from biblio.importers.registry import choose_importer

REAL = Path(__file__).parent.parent.parent / "data" / "realworld"


def test_items_without_type_or_title_are_csl() -> None:
    text = (REAL / "csl-no-type-title.json").read_text(encoding="utf-8")
    assert choose_importer(text).name == "csl-json"
    result = CslJsonImporter().parse(text)
    assert [r.key for r in result.records] == ["ITEM-1", "ITEM-2"]
    assert result.records[0].authors[0].family == "Doe"
    assert result.records[0].date == "1965-06-01"
    assert result.records[1].container[0].value == "Journal of Irreproducible Results"


@pytest.mark.parametrize(
    "text",
    [
        '[{"id": "a", "author": [{"family": "X"}]}]',
        '{"id": "a", "issued": {"date-parts": [[2000]]}}',
        '{"id": "a", "container-title": "J"}\n{"id": "b", "page": "1-2"}\n',
        '{"items": [{"id": "a", "title": "T"}]}',
        '{"ITEM-1": {"title": "T", "author": [{"literal": "Org"}]}}',
        '\ufeff  [ {"id": "x", "type": "book", "publisher": "P"} ]',
    ],
)
def test_shapes_of_csl_json(text: str) -> None:
    assert csl_score(text) >= 0.6
    assert choose_importer(text).name == "csl-json"
    assert CslJsonImporter().parse(text).records


@pytest.mark.parametrize(
    "text", ['{"name": "x", "version": 1}', "[1, 2, 3]", '{"a": {"b": "c"}}', '["title"]', '{"itemType": "book"}']
)
def test_other_json_scores_low(text: str) -> None:
    assert csl_score(text) <= 0.1


def test_wrapper_items_and_its_other_keys_are_reported() -> None:
    result = CslJsonImporter().parse('{"items": [{"id": "a", "title": "A"}, {"id": "b"}], "version": 3}')
    assert [r.key for r in result.records] == ["a", "b"]
    assert [r.provenance.locator for r in result.records if r.provenance] == ["item 1", "item 2"]
    [warning] = result.problems
    assert warning.severity == "warning" and "version" in warning.message


def test_an_item_is_never_taken_for_a_wrapper() -> None:
    item = {"id": "a", "author": [{"family": "X", "given": "Y"}], "issued": {"date-parts": [[2000]]}}
    assert unwrap(item) is None
    id_map = {"k1": {"title": "A"}, "k2": {"title": "B"}}
    assert unwrap(id_map) == ([{"id": "k1", "title": "A"}, {"id": "k2", "title": "B"}], [])


def test_better_bibtex_csl_keeps_every_value() -> None:
    """Better BibTeX's CSL-JSON (EDTF dates with circa, citation-key): import -> export loses nothing."""
    text = (REAL / "bbt-csl.json").read_text(encoding="utf-8")
    original = json.loads(text)
    exported = json.loads(format_csl_json(CslJsonImporter().parse(text).records))
    for item, got in zip(original, exported, strict=True):
        assert {k: got.get(k) for k in item} == item


def test_head_keys_skips_strings_whole() -> None:
    assert head_keys('{"a": "b: \\"c\\": d", "e" : 1, "f": ["g", "h"]}') == ["a", "e", "f"]


@pytest.mark.parametrize("text", ['["' + "\\" * 100_000, "[" + '"a",' * 50_000, "{" + '"' * 100_000, "[" * 100_000])
def test_sniff_is_bounded(text: str) -> None:
    start = time.perf_counter()
    csl_score(text)
    assert time.perf_counter() - start < 0.5


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "type", "title", "author", "family", "issued", "date-parts", "items", "x", "page"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_JSON)
def test_fuzz_structured_json_never_crashes(value: object) -> None:
    text = json.dumps(value)
    start = time.perf_counter()
    try:
        CslJsonImporter().parse(text)
    except InputError:
        pass
    csl_score(text)
    assert time.perf_counter() - start < 2.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='[]{}":,\\ ab1\n', max_size=200))
def test_fuzz_broken_json_only_raises_input_error(text: str) -> None:
    try:
        CslJsonImporter().parse(text)
    except InputError:
        pass
    csl_score(text)
