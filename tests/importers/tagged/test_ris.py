"""RIS, including CNKI's Chinese RIS export."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType, in_lang

FILE = Path(__file__).parents[2] / "data" / "tagged" / "cnki.ris"


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return RisImporter().parse(FILE.read_text(encoding="utf-8"))


def test_cnki_article(result: ImportResult) -> None:
    article = result.records[0]
    assert article.type == EntryType.ARTICLE
    assert article.main_title() == "中亚国家多元平衡外交:机遇与风险并存"
    assert [a.display() for a in article.authors] == ["张宁"]
    assert in_lang(article.container, "zh") == "俄罗斯学刊"
    assert (article.date, article.volume, article.number, article.pages) == ("2024", "14", "6", "5-23")
    assert [k.value for k in article.keywords] == ["中亚", "多元外交", "人类命运共同体", "平衡外交"]
    assert article.issn == "1674-4519" and article.doi == "10.3969/j.issn.1674-4519.2024.06.001"
    assert article.identifiers["cn"] == "23-1563/D"
    assert article.language == "zh"
    assert article.extra["affiliation"] == "中国社会科学院俄罗斯东欧中亚研究所"
    assert article.provenance is not None and article.provenance.locator == "line 1"


def test_thesis_is_a_thesis(result: ImportResult) -> None:
    thesis = result.records[1]
    assert thesis.type == EntryType.THESIS
    assert (thesis.institution, thesis.genre, thesis.publisher) == ("吉林大学", "博士学位论文", "")
    assert thesis.extra["advisor"] == "李明"


def test_english_article_with_wrapped_abstract(result: ImportResult) -> None:
    article = result.records[3]
    assert article.main_title() == "Great Games, Local Rules: The New Great Power Contest in Central Asia"
    assert article.date == "2012-06-15"
    assert article.doi == "10.1016/j.euras.2012.03.001"
    assert in_lang(article.abstract, "en").endswith("states manage great power competition.")
    assert article.language == "en"


def test_record_without_type_is_kept_with_a_warning_naming_its_line(result: ImportResult) -> None:
    """No TY line: still a RIS record (its values are kept), typed by its fields, with a warning."""
    assert len(result.records) == 4
    orphan = result.records[2]
    assert orphan.type == EntryType.MISC and [a.display() for a in orphan.authors] == ["孤立的作者"]
    [problem] = result.problems
    assert problem.line == 36 and problem.severity == "warning"
    assert "without a TY line" in problem.message and "孤立的作者" in problem.raw


def test_generic_types_and_genre() -> None:
    text = "TY  - GEN\nTI  - 论文\nM3  - 硕士\nPB  - 北京大学\nER  - \n"
    [record] = RisImporter().parse(text).records
    assert record.type == EntryType.THESIS and record.institution == "北京大学"


def test_sniff() -> None:
    assert RisImporter().sniff(FILE.read_text(encoding="utf-8")) >= 0.9
    assert RisImporter().sniff("RT Journal Article\nA1 张宁\n") == 0.0
    assert RisImporter().sniff("@article{x, title={TY  - JOUR}}") == 0.0


def test_empty_and_recordless_input() -> None:
    assert RisImporter().parse("").records == []
    with pytest.raises(InputError):
        RisImporter().parse("ER  - \n")


_TAGS = st.sampled_from(["TY  - ", "AU  - ", "TI  - ", "PY  - ", "SP  - ", "EP  - ", "KW  - ", "ER  - ", "M3  - ", ""])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TAGS, st.text(max_size=30)), max_size=25))
def test_fuzz_never_crashes(lines: list[tuple[str, str]]) -> None:
    try:
        RisImporter().parse("\n".join(tag + value for tag, value in lines))
    except InputError:
        pass
