"""Zotero item JSON: sniffed over CSL-JSON (and not for CSL items), every type and field read, nothing silent.

Inputs: ``tests/data/zotero/*.json`` (Zotero's own expected items from its translator tests, see
SOURCES.md) and items written here for types and fields those files lack.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.registry import choose_importer
from biblio.importers.zotero.importer import ZoteroJsonImporter
from biblio.importers.zotero.sniff import sniff_zotero_json
from biblio.importers.zotero.types import KEPT_TYPES, TYPES
from biblio.model import EntryType

DATA = Path(__file__).parent.parent.parent / "data" / "zotero"


def _parse(items: object) -> ImportResult:
    return ZoteroJsonImporter().parse(json.dumps(items, ensure_ascii=False))


def test_cnki_article_from_zotero() -> None:
    text = (DATA / "cnki-refer-00.json").read_text(encoding="utf-8")
    assert choose_importer(text, ".json").name == "zotero-json"
    (record,) = ZoteroJsonImporter().parse(text).records
    assert record.type is EntryType.ARTICLE
    assert record.container[0].value == "食品工业科技"
    assert [a.family + a.given for a in record.authors][:2] == ["张会佳", "侯相竹"]
    assert record.authors[0].family == "张"  # a single-field Chinese name is split
    assert record.doi == "10.13386/j.issn1002-0306.2023090315" and record.issn == "1002-0306"
    assert record.language == "zh-CN" and "响应面" in [k.value for k in record.keywords]


def test_english_article_date_and_names() -> None:
    text = (DATA / "referbibix-00.json").read_text(encoding="utf-8")
    (record,) = ZoteroJsonImporter().parse(text).records
    expected = json.loads(text)[0]
    assert record.type is EntryType.ARTICLE and record.date == expected["date"]
    assert record.container[0].value == expected["publicationTitle"]
    assert [a.family + a.given for a in record.authors] == [c["lastName"] for c in expected["creators"]]


def test_patent_fields() -> None:
    (record,) = ZoteroJsonImporter().parse((DATA / "cnki-refworks-09-patent.json").read_text("utf-8")).records
    assert record.type is EntryType.PATENT and record.date == "2020-04-17" and record.number == "CN111020404A"
    assert record.place == "中国" and record.extra["applicationnumber"] == "发明公开"
    assert len(record.authors) == 2 and record.note == "genre: 发明公开"


def test_legal_and_media_types_keep_their_types_and_unparsed_dates() -> None:
    result = ZoteroJsonImporter().parse((DATA / "ris-02-legal.json").read_text("utf-8"))
    kinds = {r.csl_extra.get("type"): r for r in result.records}
    assert set(kinds) == {"bill", "legal_case", "motion_picture", "legislation", "hearing"}
    case = kinds["legal_case"]
    assert case.type is EntryType.MISC and case.latex["@type"] == "jurisdiction"
    assert case.title[0].value == "Abbreviated Case Name" and case.institution == "Court"
    assert case.volume == "Reporter Volume"
    assert not case.date and case.extra["date_unparsed"] == "Year Date"
    assert any("date_unparsed" in p.message for p in result.problems)


def test_every_listed_type_maps() -> None:
    items = [{"itemType": kind, "title": kind} for kind in [*TYPES, *KEPT_TYPES]]
    result = _parse(items)
    assert [r.title[0].value for r in result.records] == [*TYPES, *KEPT_TYPES]
    assert not result.problems
    for record in result.records[len(TYPES) :]:
        assert record.type is EntryType.MISC and record.csl_extra["type"]


def test_fields_creators_extra_and_warnings() -> None:
    item = {
        "itemType": "bookSection",
        "title": "Ch",
        "bookTitle": "Book",
        "creators": [
            {"firstName": "Anna", "lastName": "Ivanova", "creatorType": "author"},
            {"name": "World Bank", "creatorType": "editor"},
            {"lastName": "欧阳修", "firstName": "", "creatorType": "translator", "fieldMode": 1},
            {"firstName": "B.", "lastName": "Series", "creatorType": "seriesEditor"},
            {"firstName": "C.", "lastName": "Odd", "creatorType": "novelRole"},
        ],
        "date": "March 2001",
        "accessDate": "2023-09-07 10:22:33",
        "extra": "original-date: 1905\nPMID: 123\nfree line",
        "series": "S1",
        "seriesTitle": "S2",
        "numberOfVolumes": "3",
        "callNumber": "QA1",
        "mysteryField": "x",
        "tags": [{"tag": "t1"}, {"tag": "t2", "type": 1}],
        "notes": [{"note": "<p>mine</p>"}],
    }
    result = _parse([item])
    (record,) = result.records
    assert record.type is EntryType.INCOLLECTION and record.container[0].value == "Book"
    assert record.authors[0].family == "Ivanova" and record.authors[0].given == "Anna"
    assert record.editors[0].literal == "World Bank"
    assert record.translators[0].family == "欧阳" and record.translators[0].given == "修"
    assert record.extra["serieseditor"] == "Series, B."
    assert record.date == "2001-03" and record.urldate == "2023-09-07T10:22:33" and record.origdate == "1905"
    assert record.identifiers == {"pmid": "123", "callnumber": "QA1"} and record.note == "free line"
    assert record.series == "S1" and record.extra["seriestitle"] == "S2" and record.extra["volumes"] == "3"
    assert record.extra["zotero-mysteryField"] == "x" and record.extra["zotero-novelRole"] == "Odd, C."
    assert [k.value for k in record.keywords] == ["t1", "t2"] and record.user_note == "<p>mine</p>"
    warned = " ".join(p.message for p in result.problems)
    for name in ("seriestitle", "zotero-mysteryField", "zotero-novelRole"):
        assert name in warned


def test_web_api_entries_and_non_works() -> None:
    entries = {"items": [{"key": "AB12", "data": {"itemType": "book", "title": "T", "key": "AB12"}}]}
    entries["items"] += [{"itemType": "note", "note": "n"}, {"title": "no type"}]
    result = _parse(entries)
    assert [r.identifiers.get("zotero") for r in result.records] == ["AB12"]
    assert [p.severity for p in result.problems] == ["warning", "error"]


@pytest.mark.parametrize(
    "text",
    [
        '[{"itemType": "book", "title": "T", "creators": []}]',
        '{"itemType": "journalArticle", "creators": [{"lastName": "X"}], "DOI": "10.1/x", "volume": "1"}',
        '[{"key": "K", "version": 3, "data": {"itemType": "book", "title": "T"}}]',
    ],
)
def test_zotero_wins_over_csl(text: str) -> None:
    assert choose_importer(text, ".json").name == "zotero-json"


@pytest.mark.parametrize(
    "text",
    [
        '[{"id": "a", "type": "book", "title": "T", "author": [{"family": "X"}]}]',
        '{"id": "a", "issued": {"date-parts": [[2000]]}, "title": "T"}',
        '{"items": [{"id": "a", "title": "T", "container-title": "J"}]}',
    ],
)
def test_csl_still_wins_for_csl(text: str) -> None:
    assert sniff_zotero_json(text) == 0.0
    assert choose_importer(text, ".json").name == "csl-json"


@pytest.mark.parametrize("text", ["", "[", "nope", '"str"', "[1e999999]", "[" * 100000])
def test_bad_json_is_input_error(text: str) -> None:
    try:
        result = ZoteroJsonImporter().parse(text)
    except InputError as exc:
        assert str(exc).startswith("not Zotero JSON")
    else:
        assert not result.records and result.problems


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
_KEYS = st.sampled_from(["itemType", "creators", "title", "date", "extra", "tags", "notes", "data", "fieldMode"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(_KEYS | st.text(max_size=8), _JSON, max_size=6), max_size=4), st.text(max_size=30))
def test_fuzz_only_input_errors(items: list[dict[str, object]], noise: str) -> None:
    for text in (json.dumps(items), json.dumps(items)[:-1] + noise):
        try:
            ZoteroJsonImporter().parse(text)
        except InputError:
            pass


@pytest.mark.parametrize("unit", ['{"itemType": "book", "title": "T", "date": "%s"},', '"x",'])
def test_linear_time(unit: str) -> None:
    def cost(n: int) -> float:
        text = "[" + (unit % ("9" * 50) if "%s" in unit else unit) * n + '{"itemType": "book"}]'
        start = time.perf_counter()
        ZoteroJsonImporter().parse(text)
        sniff_zotero_json(text)
        return time.perf_counter() - start

    small, large = cost(500), cost(5000)
    assert large < 30 * small + 0.2
