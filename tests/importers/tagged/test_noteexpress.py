"""NoteExpress tagged format: the CNKI export that carries the translated title and journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.tagged.noteexpress import NoteExpressImporter
from biblio.model import EntryType, in_lang

FILE = Path(__file__).parents[2] / "data" / "tagged" / "cnki_noteexpress.net"


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return NoteExpressImporter().parse(FILE.read_text(encoding="utf-8"))


def test_article_with_translated_title_and_journal(result: ImportResult) -> None:
    article = result.records[0]
    assert article.type == EntryType.ARTICLE
    assert [(t.value, t.lang) for t in article.title] == [
        ("中亚国家多元平衡外交:机遇与风险并存", "zh"),
        ("Pluralistic and Balanced Diplomacy of Central Asian Countries: Coexisting Opportunities and Risks", "en"),
    ]
    assert [(c.value, c.lang) for c in article.container] == [
        ("俄罗斯学刊", "zh"),
        ("Academic Journal of Russian Studies", "en"),
    ]
    assert [a.display() for a in article.authors] == ["张宁"]
    assert article.authors[0].romanized == "Zhang Ning"
    assert (article.date, article.volume, article.number, article.pages) == ("2024", "14", "6", "5-23")
    assert [k.value for k in article.keywords] == ["中亚", "多元外交", "人类命运共同体", "平衡外交"]
    assert [(f.funder, f.grant) for f in article.funding] == [("国家社会科学基金", "23&ZD331")]
    assert article.identifiers["clc"] == "D836" and article.identifiers["cn"] == "23-1563/D"
    assert article.note == "" and article.language == "zh"


def test_thesis(result: ImportResult) -> None:
    thesis = result.records[1]
    assert thesis.type == EntryType.THESIS
    assert (thesis.institution, thesis.genre, thesis.date) == ("吉林大学", "博士学位论文", "2019")
    assert thesis.extra["advisor"] == "李明"
    assert in_lang(thesis.abstract, "zh").startswith("俄罗斯远东地区资源丰富")


def test_several_authors_on_one_line(result: ImportResult) -> None:
    assert [a.display() for a in result.records[3].authors] == ["赵明", "孙丽华", "周伟"]


def test_record_without_title_is_kept_with_a_warning(result: ImportResult) -> None:
    assert len(result.records) == 4
    untitled = result.records[2]
    assert [a.display() for a in untitled.authors] == ["刘洋", "陈静"] and untitled.pages == "112-120"
    [problem] = result.problems
    assert (problem.line, problem.severity) == (33, "warning") and "{Title}" in problem.message


def test_record_with_nothing_but_keywords_is_an_error() -> None:
    result = NoteExpressImporter().parse("{Reference Type}: Book\n{Keywords}: 中亚\n")
    assert not result.records
    [problem] = result.problems
    assert problem.severity == "error" and "without content" in problem.message


def test_sniff() -> None:
    assert NoteExpressImporter().sniff(FILE.read_text(encoding="utf-8")) >= 0.9
    assert NoteExpressImporter().sniff('{"title": "x", "type": "book"}') == 0.0
    assert NoteExpressImporter().sniff("@book{key,\n title = {x}\n}") == 0.0


_TAGS = st.sampled_from(
    [
        "{Reference Type}: ",
        "{Title}: ",
        "{Author}: ",
        "{Year}: ",
        "{Keywords}: ",
        "{Type of Work}: ",
        "{Translated Author}: ",
        "{Pages}: ",
        "",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TAGS, st.text(max_size=30)), max_size=25))
def test_fuzz_never_crashes(lines: list[tuple[str, str]]) -> None:
    try:
        NoteExpressImporter().parse("\n".join(tag + value for tag, value in lines))
    except InputError:
        pass
