"""CNKI's EndNote/Refer and RefWorks exports: the failure classes of issue 12, one record each.

The inputs are trimmed excerpts of real CNKI exports (``tests/data/cnki/exports/SOURCE.md`` names the
repository, files and licence); Zotero's CNKI translators are the reference for what each should give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.base import ImportResult
from biblio.importers.registry import choose_importer
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.model import EntryType, Record, in_lang

DATA = Path(__file__).parents[2] / "data" / "cnki" / "exports"


@pytest.fixture(scope="module")
def refer() -> ImportResult:
    return ReferImporter().parse((DATA / "refer.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def refworks() -> ImportResult:
    return RefWorksImporter().parse((DATA / "refworks.txt").read_text(encoding="utf-8"))


def _by_title(result: ImportResult, start: str) -> Record:
    return next(r for r in result.records if r.main_title().startswith(start))


def test_detection_picks_each_format() -> None:
    for name, want in (("refer.txt", "refer"), ("refworks.txt", "refworks")):
        assert choose_importer((DATA / name).read_text(encoding="utf-8"), ".txt").name == want


def test_refer_records_and_no_false_problem(refer: ImportResult) -> None:
    assert len(refer.records) == 6
    assert not [p for p in refer.problems if p.severity == "error"]  # no false "record without title"


def test_blank_lines_inside_the_abstract_keep_it_whole(refer: ImportResult) -> None:
    thesis = _by_title(refer, "中西方高校人文教育")
    abstract = thesis.abstract[0].value
    assert abstract.startswith("隨著上個世紀70年代") and "\n論文第一部分" in abstract  # both paragraphs
    assert (thesis.type, thesis.institution, thesis.extra["advisor"]) == (EntryType.THESIS, "大連理工大學", "董鋒")
    assert thesis.identifiers["database"] == "CNKI"


def test_isbn_in_volume_is_the_isbn_and_the_yearbook_a_chapter(refer: ImportResult) -> None:
    entry = _by_title(refer, "国家统配煤炭工业")
    assert (entry.type, entry.isbn, entry.volume, entry.pages) == (EntryType.INCOLLECTION, "7-203-03520-4", "", "156")
    assert entry.date == "1995-01-01"


def test_standard_number_and_page_count(refer: ImportResult) -> None:
    standard = _by_title(refer, "船舶及海洋工程用")
    assert (standard.type, standard.number, standard.pagetotal) == (EntryType.STANDARD, "GB/T 43109-2023", "12")
    assert standard.volume == "" and standard.pages == ""
    assert len(standard.authors) == 8  # the drafting bodies, which Zotero drops


def test_newspaper_page_without_leading_zeros(refer: ImportResult) -> None:
    news = _by_title(refer, "灭绝物种RNA")
    assert (news.type, news.pages, news.date) == (EntryType.NEWSPAPER, "4", "2023-09-21")
    assert news.doi == "10.28502/n.cnki.nkjrb.2023.005521"


def test_patent_number_from_the_isbn_slot_and_country(refer: ImportResult) -> None:
    patent = _by_title(refer, "Font generating device")
    assert (patent.type, patent.number, patent.place, patent.isbn) == (EntryType.PATENT, "US11651140", "美国", "")
    assert [a.display() for a in patent.authors] == ["Jaeyoung Choi", "Geunho Jeong"]
    assert patent.extra["annotation"] == "PageCount-页码 0"  # a stray line after a one-line field: kept, with a warning
    assert any("kept as a note" in p.message for p in refer.problems if p.severity == "warning")


def test_conference_page_count_beside_the_range_and_organizer(refer: ImportResult) -> None:
    paper = _by_title(refer, "中医理论与现代药理学")
    assert (paper.type, paper.pages, paper.pagetotal) == (EntryType.INPROCEEDINGS, "269-273", "5")
    assert (paper.place, paper.extra["organization"]) == ("中国广西南宁", "中国药学会")
    assert in_lang(paper.container, "zh") == "2013年中国药学大会暨第十三届中国药师周"


def test_refworks_records(refworks: ImportResult) -> None:
    assert len(refworks.records) == 7
    assert not [p for p in refworks.problems if p.severity == "error"]


def test_lower_case_volume_tag_is_not_glued_to_the_issue(refworks: ImportResult) -> None:
    article = _by_title(refworks, "多芯片联合分析")
    assert (article.volume, article.number, article.pages) == ("49", "12", "1106-1111, 1117")
    assert article.abstract[0].value.endswith("GSE85192、GSE")  # the wrapped abstract line kept


def test_tag_directly_followed_by_chinese_keeps_the_author(refworks: ImportResult) -> None:
    thesis = _by_title(refworks, "黄瓜共表达基因模块")
    assert [a.display() for a in thesis.authors] == ["林行众"]
    assert (thesis.type, thesis.genre, thesis.institution) == (EntryType.THESIS, "硕士学位论文", "南京农业大学")
    assert thesis.extra["advisor"] == "黄三文; 杨清"


def test_url_and_database_lines_are_their_own_fields(refworks: ImportResult) -> None:
    yearbook = _by_title(refworks, "大事记")
    assert [k.value for k in yearbook.keywords] == ["大事记"]
    assert yearbook.url.startswith("https://kns.cnki.net/kcms2/")
    assert yearbook.type == EntryType.INCOLLECTION  # DB 年鉴 decides over RT Standard


def test_newspaper_end_page_alone_is_the_page(refworks: ImportResult) -> None:
    news = _by_title(refworks, "灭绝物种RNA")
    assert (news.pages, news.date, news.identifiers["cn"]) == ("4", "2023-09-21", "11-0315")


def test_patent_from_refworks(refworks: ImportResult) -> None:
    patent = _by_title(refworks, "不锈钢管的制造方法")
    assert (patent.type, patent.number, patent.place, patent.genre) == (
        EntryType.PATENT,
        "CN111020404A",
        "中国",
        "发明公开",
    )
    assert [a.display() for a in patent.authors] == ["施吉庆", "杨亮华"]


def test_scientific_result_is_a_report(refworks: ImportResult) -> None:
    report = _by_title(refworks, "25MW/100MWh")
    assert (report.type, report.genre, report.date) == (EntryType.REPORT, "科技成果", "2023-02-01")


def test_refworks_standard(refworks: ImportResult) -> None:
    standard = _by_title(refworks, "信息与文献")
    assert (standard.type, standard.number, standard.date) == (EntryType.STANDARD, "GB/T 7714-2015", "2015-05-15")
    assert standard.extra["refworks-u4"] == "2015-12-01"  # no slot: kept verbatim
    assert "=&uniplatform=" in standard.url  # the &amp; entity decoded
