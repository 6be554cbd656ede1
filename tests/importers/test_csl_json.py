"""The CSL-JSON importer: golden file, variable mapping, input forms, problems, fuzzing.

Regenerate the golden file after an intended change with
``BIBLIO_REGEN_GOLDEN=1 pytest tests/importers/test_csl_json.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.csl.importer import CslJsonImporter
from biblio.importers.registry import choose_importer, get_importer
from biblio.model import EntryType, Funding, LangText, Name, Record
from biblio.model.serialize import record_to_dict

DATA = Path(__file__).parent.parent / "data" / "csl"
SAMPLE = DATA / "sample.json"


def _parse(text: str) -> ImportResult:
    return CslJsonImporter().parse(text)


def _one(item: dict[str, Any]) -> Record:
    result = _parse(json.dumps(item, ensure_ascii=False))
    assert not result.problems
    [record] = result.records
    return record


def test_golden_sample() -> None:
    result = _parse(SAMPLE.read_text(encoding="utf-8"))
    records = []
    for record in result.records:
        data = record_to_dict(record)
        data.pop("uid")
        records.append(data)
    got = {"records": records, "problems": [{"line": p.line, "message": p.message} for p in result.problems]}
    expected_path = DATA / "sample.expected.json"
    if os.environ.get("BIBLIO_REGEN_GOLDEN"):
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_registry_provides_the_importer() -> None:
    importer = get_importer("csl-json")
    assert isinstance(importer, CslJsonImporter)
    assert choose_importer(SAMPLE.read_text(encoding="utf-8"), ".json") is importer


def test_article_maps_every_slot() -> None:
    record = _one(
        {
            "id": "zhang2024",
            "type": "article-journal",
            "title": "中亚国家的多元平衡外交",
            "container-title": "俄罗斯学刊",
            "author": [{"family": "张", "given": "宁"}, {"literal": "中国国际问题研究所"}],
            "translator": [{"family": "Smith", "given": "Jane"}],
            "issued": {"date-parts": [[2024, 6, 15]]},
            "accessed": {"date-parts": [[2025, 1, 2]]},
            "original-date": {"date-parts": [[1997], [1998]]},
            "volume": "14",
            "issue": "6",
            "page": "5-23",
            "number-of-pages": "19",
            "publisher": "Pub",
            "publisher-place": "北京",
            "URL": "https://example.org",
            "DOI": "10.1/x",
            "ISSN": "1674-0122",
            "abstract": "摘要",
            "keyword": "中亚, 外交",
            "note": "n",
            "genre": "g",
            "collection-title": "S",
            "language": "zh",
        }
    )
    assert (record.key, record.type, record.language) == ("zhang2024", EntryType.ARTICLE, "zh")
    assert record.title == (LangText("中亚国家的多元平衡外交", "zh"),)
    assert record.container == (LangText("俄罗斯学刊", "zh"),)
    assert record.authors == [
        Name(family="张", given="宁", script="Hani", written="张宁"),
        Name(literal="中国国际问题研究所", script="Hani", written="中国国际问题研究所"),
    ]
    assert record.translators[0].family == "Smith"
    assert (record.date, record.urldate, record.origdate) == ("2024-06-15", "2025-01-02", "1997/1998")
    assert (record.volume, record.number, record.pages, record.pagetotal) == ("14", "6", "5-23", "19")
    assert (record.publisher, record.place, record.url, record.doi, record.issn) == (
        "Pub",
        "北京",
        "https://example.org",
        "10.1/x",
        "1674-0122",
    )
    assert [k.value for k in record.keywords] == ["中亚", "外交"]
    assert (record.note, record.genre, record.series) == ("n", "g", "S")
    assert record.abstract == (LangText("摘要", "zh"),)
    assert record.csl_extra == {}


def test_biblio_extensions_are_read_back() -> None:
    record = _one(
        {
            "id": "zhang2024",
            "type": "article-journal",
            "title": "Pluralistic Diplomacy",
            "container-title": "俄罗斯学刊",
            "language": "zh",
            "keyword": "中亚, 外交",
            "author": [
                {"family": "张", "given": "宁", "multi": {"_key": {"zh-Latn": {"family": "Zhang", "given": "Ning"}}}},
                {"family": "斯皮克曼", "biblio-nationality": "美", "biblio-original": "N. J. Spykman"},
            ],
            "multi": {
                "main": {"title": "en"},
                "_keys": {"title": {"zh": "中亚国家的多元平衡外交"}, "keyword": {"en": "Central Asia, diplomacy"}},
            },
            "biblio-funding": [{"funder": "国家社会科学基金", "grant": "23&ZD331"}],
            "biblio-identifiers": {"cnki:filename": "ELSX202406001"},
        }
    )
    assert record.title == (LangText("Pluralistic Diplomacy", "en"), LangText("中亚国家的多元平衡外交", "zh"))
    assert record.container == (LangText("俄罗斯学刊", "zh"),)
    assert [(k.value, k.lang) for k in record.keywords] == [
        ("中亚", "zh"),
        ("外交", "zh"),
        ("Central Asia", "en"),
        ("diplomacy", "en"),
    ]
    assert record.authors[0].romanized == "Zhang Ning"
    assert (record.authors[1].nationality, record.authors[1].original) == ("美", "N. J. Spykman")
    assert record.funding == [Funding(funder="国家社会科学基金", grant="23&ZD331")]
    assert record.identifiers == {"cnki:filename": "ELSX202406001"}
    assert record.csl_extra == {}


def test_unmapped_and_odd_values_are_kept_verbatim() -> None:
    record = _one(
        {
            "id": 7,
            "type": "map",
            "title": "Map",
            "issued": {"literal": "Spring 2020"},
            "volume": 12,
            "citation-key": "k",
            "custom": {"a": [1]},
        }
    )
    assert (record.key, record.type, record.volume, record.date) == ("7", EntryType.MISC, "12", "2020")
    assert record.extra["season"] == "spring"  # the year and season of a date in words
    assert record.csl_extra == {
        "type": "map",
        "issued": {"literal": "Spring 2020"},
        "volume": 12,
        "citation-key": "k",
        "custom": {"a": [1]},
    }


def test_number_and_issue_follow_the_type() -> None:
    article = _one({"id": "a", "type": "article-journal", "issue": "3", "number": "X"})
    report = _one({"id": "r", "type": "report", "number": "WB-1", "issue": "2"})
    assert (article.number, article.csl_extra) == ("3", {"number": "X"})
    assert (report.number, report.csl_extra) == ("WB-1", {"issue": "2"})


def test_json_lines_and_single_object() -> None:
    lines = '{"id": "a", "type": "book", "title": "A"}\n{"id": "b", "type": "book", "title": "B"}\n'
    result = _parse(lines)
    assert [r.key for r in result.records] == ["a", "b"]
    assert [r.provenance.locator for r in result.records if r.provenance] == ["line 1", "line 2"]
    assert [r.key for r in _parse('{"id": "only", "type": "book"}').records] == ["only"]


def test_bad_items_become_problems_with_lines() -> None:
    result = _parse(SAMPLE.read_text(encoding="utf-8"))
    assert [(p.line, p.raw) for p in result.problems] == [(63, '"not an item"')]
    assert len(result.records) == 6


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("@article{k, title={x}}", "expected a JSON array or object"),
        ('[{"id": "a"}, oops]', "line 1"),
        ('[{"id": "a"}', "expected ',' or ']'"),
        ('{"id": "a",\n "title": }', "line 2"),
    ],
)
def test_not_json_raises_input_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match="not CSL-JSON") as info:
        _parse(text)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_sniff() -> None:
    importer = CslJsonImporter()
    assert importer.sniff(SAMPLE.read_text(encoding="utf-8")) >= 0.9
    assert importer.sniff('{"id": "a", "type": "book", "title": "T"}') >= 0.9
    assert importer.sniff('{"name": "package.json"}') < 0.2
    assert importer.sniff("@article{k, title = {T}}") == 0.0


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)
_VARIABLES = st.sampled_from(
    [
        "id",
        "type",
        "title",
        "author",
        "editor",
        "issued",
        "accessed",
        "volume",
        "issue",
        "number",
        "page",
        "keyword",
        "language",
        "container-title",
        "URL",
        "publisher",
        "other",
        "multi",
        "biblio-funding",
        "biblio-identifiers",
    ]
)


@settings(max_examples=300)
@given(st.lists(st.dictionaries(_VARIABLES, _JSON, max_size=6) | _JSON, max_size=4))
def test_fuzz_structured(items: list[Any]) -> None:
    result = _parse(json.dumps(items))
    assert len(result.records) + len(result.problems) == len(items)


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_fuzz_text(text: str) -> None:
    try:
        _parse(text)
    except InputError:
        pass


def test_a_season_is_read_and_written_back() -> None:
    """CSL's ``season`` (1-4 or a name) beside a year: kept for every export (it sat unread in csl_extra, so the
    BibLaTeX export printed the year alone)."""
    from biblio.export.bibtex import format_bibtex
    from biblio.export.csl_json import record_to_csl

    text = '[{"id": "q", "type": "article-journal", "title": "T", "issued": {"date-parts": [[2003]], "season": 3}}]'
    record = CslJsonImporter().parse(text).records[0]
    assert (record.date, record.extra["season"], record.csl_extra) == ("2003", "autumn", {})
    assert record_to_csl(record)["issued"] == {"date-parts": [[2003]], "season": 3}
    assert "date = {2003-23}" in format_bibtex([record], "biblatex")


@pytest.mark.parametrize(
    ("issued", "date", "season"),
    [
        ({"literal": "Spring 2003"}, "2003", "spring"),
        ({"raw": "May 2003"}, "2003-05", ""),
        ({"literal": "Winter 1998"}, "1998", "winter"),
        ({"literal": "1998-1999"}, "", ""),  # two years: no one date (kept verbatim, below)
        ({"literal": "n.d."}, "", ""),
    ],
)
def test_a_date_written_in_words_gives_its_year_and_is_written_back_as_it_came(
    issued: dict[str, str], date: str, season: str
) -> None:
    """A ``literal``/``raw`` date in words gave no date at all, so the BibLaTeX export had none and the record sorted
    without a year; the CSL form is still written back verbatim."""
    from biblio.export.csl_json import record_to_csl

    item = {"id": "q", "type": "article-journal", "title": "T", "issued": issued}
    record = CslJsonImporter().parse(json.dumps([item])).records[0]
    assert (record.date, record.extra.get("season", "")) == (date, season)
    assert record_to_csl(record)["issued"] == issued
