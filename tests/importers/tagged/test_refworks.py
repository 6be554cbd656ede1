"""RefWorks tagged format as CNKI exports it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.model import EntryType, in_lang

FILE = Path(__file__).parents[2] / "data" / "tagged" / "cnki_refworks.txt"


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return RefWorksImporter().parse(FILE.read_text(encoding="utf-8"))


def test_cnki_article(result: ImportResult) -> None:
    article = result.records[0]
    assert article.type == EntryType.ARTICLE
    assert article.main_title() == "中亚国家多元平衡外交:机遇与风险并存"
    assert [a.display() for a in article.authors] == ["张宁"]
    assert in_lang(article.container, "zh") == "俄罗斯学刊"
    assert (article.date, article.volume, article.number, article.pages) == ("2024", "14", "6", "5-23")
    assert [k.value for k in article.keywords] == ["中亚", "多元外交", "人类命运共同体", "平衡外交"]
    assert (article.issn, article.language) == ("1674-4519", "zh")
    assert article.identifiers["cn"] == "23-1563/D"


def test_thesis_with_degree_in_vo(result: ImportResult) -> None:
    thesis = result.records[1]
    assert thesis.type == EntryType.THESIS
    assert (thesis.institution, thesis.genre, thesis.volume) == ("吉林大学", "博士学位论文", "")
    assert thesis.extra["advisor"] == "李明"


def test_start_and_other_pages(result: ImportResult) -> None:
    article = result.records[2]
    assert (article.pages, article.volume, article.number, article.language) == ("210-231", "39", "2", "en")
    assert len(article.authors) == 2


def test_record_without_rt_is_a_problem(result: ImportResult) -> None:
    assert len(result.records) == 3
    [problem] = result.problems
    assert problem.line == 31 and "RT" in problem.message


def test_continuation_lines_starting_with_capitals_stay_in_the_abstract() -> None:
    text = "RT Journal Article\nT1 Title\nAB The EU and\nUS policy in Asia\nYR 2020\n"
    [record] = RefWorksImporter().parse(text).records
    assert record.abstract[0].value == "The EU and US policy in Asia"


def test_sniff() -> None:
    assert RefWorksImporter().sniff(FILE.read_text(encoding="utf-8")) >= 0.9
    assert RefWorksImporter().sniff("TY  - JOUR\nRT  - x\n") == 0.0
    assert RefWorksImporter().sniff("%0 Journal Article\n%T x\n") == 0.0


_TAGS = st.sampled_from(["RT ", "A1 ", "T1 ", "YR ", "SP ", "OP ", "K1 ", "VO ", "PB ", ""])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TAGS, st.text(max_size=30)), max_size=25))
def test_fuzz_never_crashes(lines: list[tuple[str, str]]) -> None:
    try:
        RefWorksImporter().parse("\n".join(tag + value for tag, value in lines))
    except InputError:
        pass
