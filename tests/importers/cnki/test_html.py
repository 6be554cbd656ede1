"""The saved CNKI detail page importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.cnki.html import CnkiHtmlImporter
from biblio.importers.cnki.text import CnkiTextImporter
from biblio.model import EntryType, LinkKind, in_lang

PAGE = Path(__file__).parents[2] / "data" / "cnki" / "detail_page.html"


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return CnkiHtmlImporter().parse(PAGE.read_text(encoding="utf-8"))


def test_titles_authors_affiliations(result: ImportResult) -> None:
    record = result.records[0]
    assert record.type == EntryType.ARTICLE
    assert [(t.value, t.lang) for t in record.title] == [
        ("中亚国家多元平衡外交：机遇与风险并存", "zh"),
        ("Pluralistic and Balanced Diplomacy of Central Asian Countries: Coexisting Opportunities and Risks", "en"),
    ]
    assert [a.display() for a in record.authors] == ["张宁", "李明"]
    assert record.extra["affiliation"] == "中国社会科学院俄罗斯东欧中亚研究所; 兰州大学中亚研究所"


def test_source_and_counters(result: ImportResult) -> None:
    record = result.records[0]
    assert in_lang(record.container, "zh") == "俄罗斯学刊"
    assert in_lang(record.container, "en") == "Academic Journal of Russian Studies"
    assert (record.date, record.volume, record.number) == ("2024", "14", "6")
    assert (record.pages, record.pagetotal) == ("5-23", "19")
    assert record.identifiers["cnki:downloads"] == "1523"


def test_abstracts_keywords_funding(result: ImportResult) -> None:
    record = result.records[0]
    assert in_lang(record.abstract, "zh").startswith("2020年后，中亚国家")
    assert in_lang(record.abstract, "en").startswith("After 2020, Central Asian")
    assert [k.value for k in record.keywords if k.lang == "zh"] == ["中亚", "多元外交", "人类命运共同体", "平衡外交"]
    assert [k.value for k in record.keywords if k.lang == "en"][2] == "a community with a shared future for mankind"
    assert [(f.funder, f.project, f.grant) for f in record.funding] == [
        ("国家社会科学基金", "百年变局与中国周边安全新态势研究", "23&ZD331")
    ]


def test_identifiers(result: ImportResult) -> None:
    record = result.records[0]
    assert record.doi == "10.3969/j.issn.1674-4519.2024.06.001"
    assert record.identifiers["cnki:filename"] == "ELSX202406001"
    assert record.identifiers["cnki:dbcode"] == "CJFD"
    assert record.identifiers["cnki:album"] == "社会科学Ⅰ辑"
    assert record.identifiers["cnki:topic"] == "中国政治与国际政治"
    assert record.identifiers["clc"] == "D836"


def test_references_but_not_similar_works(result: ImportResult) -> None:
    record = result.records[0]
    assert len(result.records) == 3
    assert [link.kind for link in record.links] == [LinkKind.CITES, LinkKind.CITES]
    assert [r.main_title() for r in result.records[1:]] == ["历史的地理枢纽", "和平地理学"]


def test_sniff() -> None:
    html = PAGE.read_text(encoding="utf-8")
    assert CnkiHtmlImporter().sniff(html) >= 0.9
    assert CnkiTextImporter().sniff(html) < CnkiHtmlImporter().sniff(html)
    assert CnkiHtmlImporter().sniff("<html><body><p>hello</p></body></html>") < 0.2
    assert CnkiHtmlImporter().sniff("摘要 x\n关键词 y\n作者 z") == 0.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                '<div class="wx-tit">',
                "<h1>",
                "</h1>",
                '<h3 id="authorpart">',
                "<a>",
                "</a>",
                '<span class="abstract-text">',
                '<p class="keywords">',
                '<div class="top-tip">',
                "</div>",
                "<li>",
                "参考文献",
                '<span class="rowtit">',
                "DOI：",
                "</span>",
                "<ul>",
            ]
        )
        | st.text(max_size=20),
        max_size=30,
    )
)
def test_fuzz_never_crashes(parts: list[str]) -> None:
    try:
        CnkiHtmlImporter().parse("<html>" + "".join(parts))
    except InputError:
        pass
