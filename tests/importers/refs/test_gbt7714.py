"""GB/T 7714 reference strings: the CNKI seed's three references, every type code, the tricky forms."""

from __future__ import annotations

import pytest

from biblio.importers.refs import parse_reference
from biblio.model import EntryType


def test_mackinder_with_nationality_and_double_dot() -> None:
    parsed = parse_reference("1(英)哈·麦金德著..历史的地理枢纽[M].北京:商务印书馆,1985:71.")
    record = parsed.record
    assert parsed.style == "gbt7714"
    assert record.type is EntryType.BOOK
    (author,) = record.authors
    assert (author.family, author.given, author.nationality) == ("麦金德", "哈", "英")
    assert record.main_title() == "历史的地理枢纽"
    assert record.title[0].lang == "zh"
    assert (record.place, record.publisher, record.date, record.pages) == ("北京", "商务印书馆", "1985", "71")
    assert record.language == "zh"
    assert record.extra["rawref"].startswith("1(英)")
    assert record.provenance is not None and record.provenance.importer == "refs-gbt7714"


def test_spykman_original_name_and_translator() -> None:
    record = parse_reference("2(美)斯皮克曼(N.J.Spykman)著,刘愈之译..和平地理学[M].北京:商务印书馆,1965:112.").record
    (author,) = record.authors
    assert author.family == "斯皮克曼"
    assert author.nationality == "美"
    assert author.original.replace(" ", "") == "N.J.Spykman"
    (translator,) = record.translators
    assert (translator.family, translator.given) == ("刘", "愈之")
    assert (record.main_title(), record.date, record.pages) == ("和平地理学", "1965", "112")


def test_brzezinski_corporate_translator() -> None:
    text = (
        "3(美)兹比格纽·布热津斯基著,中国国际问题研究所译.."
        "大棋局:美国的首要地位及其地缘战略[M].上海:上海人民出版社,2007:175."
    )
    record = parse_reference(text).record
    (author,) = record.authors
    assert (author.family, author.nationality) == ("布热津斯基", "美")
    (translator,) = record.translators
    assert translator.literal == "中国国际问题研究所"
    assert record.main_title() == "大棋局:美国的首要地位及其地缘战略"
    assert (record.place, record.publisher, record.date, record.pages) == ("上海", "上海人民出版社", "2007", "175")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("J", EntryType.ARTICLE),
        ("M", EntryType.BOOK),
        ("C", EntryType.PROCEEDINGS),
        ("G", EntryType.COLLECTION),
        ("D", EntryType.THESIS),
        ("R", EntryType.REPORT),
        ("N", EntryType.NEWSPAPER),
        ("S", EntryType.STANDARD),
        ("P", EntryType.PATENT),
        ("Z", EntryType.MISC),
        ("A", EntryType.MISC),  # without a host: GB/T 7714-2015's archive (档案)
        ("EB/OL", EntryType.ONLINE),
        ("DB", EntryType.DATASET),
        ("DB/OL", EntryType.DATASET),
        ("CP", EntryType.MISC),
        ("M/OL", EntryType.BOOK),
        ("J/OL", EntryType.ARTICLE),
    ],
)
def test_every_type_code(code: str, expected: EntryType) -> None:
    record = parse_reference(f"王明. 一个题名[{code}]. 北京: 某某出版社, 2010.").record
    assert record.type is expected
    assert record.main_title() == "一个题名"


def test_journal_volume_issue_pages_and_doi() -> None:
    text = (
        "张宁. 中亚国家的多元平衡外交：机遇与风险并存[J]. 俄罗斯学刊, 2024, 14(6): 5-23. "
        "DOI:10.3969/j.issn.2095-2538.2024.06.001."
    )
    record = parse_reference(text).record
    assert record.container[0].value == "俄罗斯学刊"
    assert (record.date, record.volume, record.number, record.pages) == ("2024", "14", "6", "5-23")
    assert record.doi == "10.3969/j.issn.2095-2538.2024.06.001"
    assert record.main_title() == "中亚国家的多元平衡外交：机遇与风险并存"


def test_full_width_punctuation_keeps_the_written_title() -> None:
    record = parse_reference(
        "［16］ 丁晓星．中亚国家独立以来的政治发展：回顾［Ｊ］．现代国际关系，2011（9）：24-30．"
    ).record
    assert record.type is EntryType.ARTICLE
    assert record.main_title() == "中亚国家独立以来的政治发展：回顾"
    assert (record.number, record.pages) == ("9", "24-30")


def test_online_dates_and_url() -> None:
    text = "外交部. 中国同哈萨克斯坦的关系[EB/OL]. (2023-04-01)[2024-01-15]. https://www.mfa.gov.cn/web/x/."
    record = parse_reference(text).record
    assert record.type is EntryType.ONLINE
    assert (record.date, record.urldate, record.url) == ("2023-04-01", "2024-01-15", "https://www.mfa.gov.cn/web/x/")
    assert record.authors[0].literal == "外交部"


def test_chapter_in_edited_book() -> None:
    text = "赵可金. 中亚地区安全治理[M]//王缉思, 李强. 大国关系与中国外交. 北京: 北京大学出版社, 2015: 121-145."
    record = parse_reference(text).record
    assert record.type is EntryType.INCOLLECTION
    assert [n.family + n.given for n in record.editors] == ["王缉思", "李强"]
    assert record.container[0].value == "大国关系与中国外交"
    assert record.pages == "121-145"


def test_thesis_institution_and_newspaper_page() -> None:
    thesis = parse_reference("郑润宇. 中亚地区能源合作研究[D]. 北京: 中国社会科学院研究生院, 2012.").record
    assert (thesis.type, thesis.institution, thesis.publisher) == (EntryType.THESIS, "中国社会科学院研究生院", "")
    news = parse_reference("习近平. 弘扬人民友谊[N]. 人民日报, 2013-09-08(3).").record
    assert (news.type, news.date, news.pages, news.container[0].value) == (
        EntryType.NEWSPAPER,
        "2013-09-08",
        "3",
        "人民日报",
    )


def test_et_al_editors_and_edition() -> None:
    record = parse_reference("王海运, 赵常庆, 李建民, 等. 某题名[J]. 欧亚经济, 2014(4): 5-58.").record
    assert len(record.authors) == 3
    assert record.extra.get("authors_et_al") == "true"
    edited = parse_reference("孙壮志主编. 中亚国家发展报告[M]. 2版. 北京: 社会科学文献出版社, 2020.").record
    assert [n.family for n in edited.editors] == ["孙"]
    assert not edited.authors
    assert edited.edition == "2"


def test_translators_after_the_title_2005_form() -> None:
    record = parse_reference("基辛格. 世界秩序[M]. 胡利平, 林华, 译. 北京: 中信出版社, 2015: 125.").record
    assert [n.family for n in record.authors] == ["基辛格"]
    assert len(record.translators) == 2
    assert record.publisher == "中信出版社"


def test_western_and_russian_works_in_gbt_form() -> None:
    record = parse_reference("BRZEZINSKI Z. The grand chessboard[M]. New York: Basic Books, 1997.").record
    assert record.language == "en"
    assert record.authors[0].family.lower() == "brzezinski"
    assert (record.place, record.publisher, record.date) == ("New York", "Basic Books", "1997")
    russian = parse_reference("ДУГИН А Г. Основы геополитики[M]. М.: Арктогея-центр, 2000: 125.").record
    assert (russian.language, russian.place, russian.pages) == ("ru", "Москва", "125")


def test_standard_and_patent_numbers() -> None:
    std = parse_reference(
        "全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015."
    )
    assert std.record.number == "GB/T 7714—2015"
    assert std.record.main_title() == "信息与文献 参考文献著录规则"
    patent = parse_reference("刘加加. 带附件的防盗锁: CN201520187382.5[P]. 2015-08-19.").record
    assert (patent.number, patent.date) == ("CN201520187382.5", "2015-08-19")


def test_without_type_code_guesses() -> None:
    parsed = parse_reference("张宁. 中亚能源与大国博弈. 长春: 长春出版社, 2009.")
    assert parsed.record.type is EntryType.BOOK
    assert parsed.record.publisher == "长春出版社"
    assert parsed.warnings


def test_initials_at_the_start_are_an_abbreviation() -> None:
    text = (
        "U.S. Department of State. Country reports on terrorism[R]. Washington, D.C.: U.S. Department of State, 2020."
    )
    record = parse_reference(text).record
    assert record.authors[0].literal == "U.S. Department of State"
    assert record.main_title() == "Country reports on terrorism"
    assert record.place == "Washington, D.C."


def test_url_followed_by_a_date_and_doubled_doi() -> None:
    online = parse_reference("新华社. 会谈[EB/OL].http://www.xinhuanet.com/c_1124987211.htm,2019-09-11.").record
    assert (online.url, online.date) == ("http://www.xinhuanet.com/c_1124987211.htm", "2019-09-11")
    text = "刘佳. 题名[J/OL]. 某刊, 2019, 4(5): 60-70. https://doi.org/10.19689/j.x.1. DOI: 10.19689/j.x.1."
    record = parse_reference(text).record
    assert (record.doi, record.pages) == ("10.19689/j.x.1", "60-70")


def test_et_al_of_translators_and_editors_is_kept() -> None:
    after = parse_reference("施密特. 某书[M]. 赵一, 钱二, 孙三, 等译. 上海: 某某出版社, 2001.").record
    assert [n.display() for n in after.translators] == ["赵一", "钱二", "孙三"]
    assert after.extra.get("translators_et_al") == "true"
    assert "authors_et_al" not in after.extra
    glued = parse_reference("(德)施密特著,赵一等译.某书[M].上海:某某出版社,2001.").record
    assert [n.display() for n in glued.translators] == ["赵一"]
    assert glued.extra.get("translators_et_al") == "true"
    edited = parse_reference("周五, 吴六等主编. 某书[M]. 上海: 某某出版社, 2001.").record
    assert len(edited.editors) == 2
    assert edited.extra.get("editors_et_al") == "true"
    plain = parse_reference("施密特. 某书[M]. 赵一, 钱二, 译. 上海: 某某出版社, 2001.").record
    assert not any(key.endswith("_et_al") for key in plain.extra)


def test_proof_readers_are_kept_as_biblatex_editora() -> None:
    parsed = parse_reference("施密特. 某书[M]. 赵一, 译. 钱二, 孙三, 校. 上海: 某某出版社, 2001.")
    record = parsed.record
    assert [n.display() for n in record.translators] == ["赵一"]
    assert (record.extra["editora"], record.extra["editoratype"]) == ("钱二 and 孙三", "reviser")
    assert parsed.roles["reviser"] == ["钱二", "孙三"]
    assert record.publisher == "某某出版社"
    cut = parse_reference("施密特. 某书[M]. 赵一, 译. 钱二, 等校. 上海: 某某出版社, 2001.").record
    assert cut.extra["editora"] == "钱二 and others"


@pytest.mark.parametrize(
    ("code", "mark", "medium"),
    [("DB/OL", "DB", None), ("DB", "DB", None), ("CP/DK", "CP", "DK"), ("CM", "CM", None), ("M/CD", None, "CD")],
)
def test_codes_without_an_own_type_are_kept(code: str, mark: str | None, medium: str | None) -> None:
    record = parse_reference(f"某某研究中心. 某数据[{code}]. 北京: 某某出版社, 2018.").record
    assert record.extra.get("mark") == mark
    assert record.extra.get("medium") == medium


def test_code_a_is_a_contribution_with_a_host_and_an_archive_without() -> None:
    old = parse_reference("赵一. 某文[A]. 钱二. 某文集[C]. 北京: 某某出版社, 1990: 1-9.").record
    assert (old.type, old.container[0].value, old.pages) == (EntryType.INCOLLECTION, "某文集", "1-9")
    assert "mark" not in old.extra
    hybrid = parse_reference("赵一. 某文[A]//钱二. 某文集[C]. 北京: 某某出版社, 1990: 1-9.").record
    assert (hybrid.type, [n.display() for n in hybrid.editors]) == (EntryType.INCOLLECTION, ["钱二"])
    archive = parse_reference("某某部. 某声明[A]. 北京: 某某部, 2019.").record
    assert (archive.type, archive.extra.get("mark"), archive.publisher) == (EntryType.MISC, "A", "某某部")
