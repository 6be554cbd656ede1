"""EndNote/Refer tagged text as CNKI exports it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.tagged.refer import ReferImporter
from biblio.model import EntryType, in_lang

FILE = Path(__file__).parents[2] / "data" / "tagged" / "cnki_endnote.enw"


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return ReferImporter().parse(FILE.read_text(encoding="utf-8"))


def test_cnki_article(result: ImportResult) -> None:
    article = result.records[0]
    assert article.type == EntryType.ARTICLE
    assert article.main_title() == "中亚国家多元平衡外交:机遇与风险并存"
    assert [a.display() for a in article.authors] == ["张宁"]
    assert in_lang(article.container, "zh") == "俄罗斯学刊"
    assert (article.date, article.volume, article.number, article.pages) == ("2024", "14", "6", "5-23")
    assert len(article.keywords) == 4 and article.keywords[3].value == "平衡外交"
    assert in_lang(article.abstract, "zh").endswith("新发展阶段,提出新的发展思路和任务目标。")
    assert article.issn == "1674-4519"
    assert article.doi == "10.3969/j.issn.1674-4519.2024.06.001"
    assert article.url.startswith("https://kns.cnki.net/")
    assert article.identifiers["cn"] == "23-1563/D"
    assert article.extra["affiliation"] == "中国社会科学院俄罗斯东欧中亚研究所"


def test_thesis(result: ImportResult) -> None:
    thesis = result.records[1]
    assert thesis.type == EntryType.THESIS
    assert (thesis.institution, thesis.genre, thesis.date) == ("华东师范大学", "硕士学位论文", "2015")
    assert thesis.extra["advisor"] == "刘显忠"


def test_english_book(result: ImportResult) -> None:
    book = result.records[3]
    assert book.type == EntryType.BOOK
    assert (book.publisher, book.place, book.date, book.language) == ("Basic Books", "New York", "1997", "en")
    assert book.main_title().startswith("The Grand Chessboard: American Primacy")


def test_record_without_title_is_kept_with_a_warning(result: ImportResult) -> None:
    assert len(result.records) == 4
    untitled = result.records[2]
    assert [a.display() for a in untitled.authors] == ["赵明", "孙丽华"] and untitled.date == "2023"
    [problem] = result.problems
    assert (problem.line, problem.severity) == (29, "warning") and "%T" in problem.message


def test_record_with_nothing_is_an_error() -> None:
    result = ReferImporter().parse("%0 Journal Article\n%T 有题名\n\n%0 Book\n%K 关键词\n")
    assert len(result.records) == 1
    [problem] = result.problems
    assert (problem.line, problem.severity) == (4, "error")


def test_classic_refer_without_type_line() -> None:
    text = "%A 张宁\n%T 中亚研究\n%J 俄罗斯学刊\n%V 14\n%D 2024\n\n%A 王某\n%T 一本书\n%I 商务印书馆\n%D 1985\n"
    records = ReferImporter().parse(text).records
    assert [r.type for r in records] == [EntryType.ARTICLE, EntryType.BOOK]


def test_sniff() -> None:
    assert ReferImporter().sniff(FILE.read_text(encoding="utf-8")) >= 0.9
    assert ReferImporter().sniff("TY  - JOUR\nTI  - x\n") == 0.0
    assert ReferImporter().sniff("50% of %T cases\nplain text here\nmore text\nand more") == 0.0


_TAGS = st.sampled_from(["%0 ", "%A ", "%T ", "%D ", "%P ", "%K ", "%9 ", "%I ", "%Y ", ""])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TAGS, st.text(max_size=30)), max_size=25))
def test_fuzz_never_crashes(lines: list[tuple[str, str]]) -> None:
    try:
        ReferImporter().parse("\n".join(tag + value for tag, value in lines))
    except InputError:
        pass
