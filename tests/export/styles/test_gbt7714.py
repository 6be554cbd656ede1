"""GB/T 7714-2015 output: the seed references exactly, every type code, the name rules."""

from __future__ import annotations

import pytest

from biblio.export.styles import format_citation
from biblio.model import EntryType, Name, Record
from tests.export.styles.builders import rec, west, zh


def gbt(record: Record) -> str:
    return format_citation(record, style="gbt7714")


def test_seed_books_match_biblatex_gb7714(mackinder_zh: Record, spykman_zh: Record, brzezinski_zh: Record) -> None:
    assert gbt(mackinder_zh) == "哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71."
    assert gbt(spykman_zh) == "斯皮克曼. 和平地理学[M]. 刘愈之, 译. 北京: 商务印书馆, 1965: 112."
    assert gbt(brzezinski_zh) == (
        "兹比格纽·布热津斯基. 大棋局: 美国的首要地位及其地缘战略[M]. 中国国际问题研究所, 译. "
        "上海: 上海人民出版社, 2007: 175."
    )


def test_seed_article_uses_primary_title_and_ascii_colon(zhang_article: Record) -> None:
    assert gbt(zhang_article) == "张宁. 中亚国家的多元平衡外交: 机遇与风险并存[J]. 俄罗斯学刊, 2024(6): 5-23."


def test_english_book_upper_case_family_initials_and_sentence_case(brzezinski_en: Record) -> None:
    assert gbt(brzezinski_en) == (
        "BRZEZINSKI Z. The grand chessboard: American primacy and its geostrategic imperatives[M]. "
        "New York: Basic Books, 1997."
    )


def test_russian_name_follows_the_latin_rule(brzezinski_ru: Record) -> None:
    assert gbt(brzezinski_ru) == "БЖЕЗИНСКИЙ З. Великая шахматная доска[M]. Москва: Международные отношения, 1998."


def test_nationality_and_original_name_are_not_printed(spykman_zh: Record) -> None:
    out = gbt(spykman_zh)
    assert "美" not in out and "Spykman" not in out


def test_article_volume_issue_pages_and_doi_at_the_end(mackinder_en: Record) -> None:
    assert gbt(mackinder_en) == (
        "MACKINDER H J. The geographical pivot of history[J]. The Geographical Journal, 1904, 23(4): 421-437. "
        "DOI: 10.2307/1775498."
    )


def test_more_than_three_authors_then_deng_or_et_al() -> None:
    names = [zh("张", "三"), zh("李", "四"), zh("王", "五"), zh("赵", "六")]
    chinese = rec(EntryType.ARTICLE, "题名", "zh", authors=names, container="刊名", date="2020", pages="1-2")
    assert gbt(chinese) == "张三, 李四, 王五, 等. 题名[J]. 刊名, 2020: 1-2."
    people = [west("Smith", "John"), west("Doe", "Jane Ann"), west("Roe", "R."), west("Poe", "Edgar")]
    english = rec(EntryType.ARTICLE, "A title", "en", authors=people, container="Journal", date="2020")
    assert gbt(english) == "SMITH J, DOE J A, ROE R, et al. A title[J]. Journal, 2020."


def test_three_authors_are_all_printed() -> None:
    names = [zh("张", "三"), zh("李", "四"), Name(literal="中国社会科学院")]
    record = rec(EntryType.BOOK, "书名", "zh", authors=names, publisher="出版社", date="2020")
    assert gbt(record) == "张三, 李四, 中国社会科学院. 书名[M]. 出版社, 2020."


def test_corporate_western_name_is_not_upper_cased() -> None:
    record = rec(EntryType.REPORT, "Annual report", "en", authors=[Name(literal="World Bank")], date="2020")
    assert gbt(record) == "World Bank. Annual report[R]. 2020."


def test_particles_and_hyphenated_given_names() -> None:
    record = rec(EntryType.BOOK, "Le titre", "fr", authors=[west("Gaulle", "Charles-André", particle="de")])
    assert gbt(record) == "De GAULLE C A. Le titre[M]."  # as biblatex-gb7714-2015 prints it


def test_edition_and_editors_without_role_word() -> None:
    editors = [zh("王", "五"), zh("张", "三")]
    record = rec(EntryType.BOOK, "书名", "zh", editors=editors, edition="2", date="2010", publisher="社")
    assert gbt(record) == "王五, 张三. 书名[M]. 2版. 社, 2010."
    english = rec(EntryType.BOOK, "Title", "en", editors=[west("Roe", "Ann")], edition="3", date="2010")
    assert gbt(english) == "ROE A. Title[M]. 3rd ed. 2010."


def test_western_translators() -> None:
    people = [west("Smith", "John"), west("Doe", "Jane")]
    record = rec(EntryType.BOOK, "Title", "en", authors=[west("Spykman", "Nicholas John")], translators=people)
    record.place, record.publisher, record.date = "New York", "Harcourt", "1942"
    assert gbt(record) == "SPYKMAN N J. Title[M]. Trans. by SMITH J, DOE J. New York: Harcourt, 1942."


def test_report_number_before_the_publisher() -> None:
    record = rec(EntryType.REPORT, "Report title", "en", authors=[west("Bank", "World")], number="12")
    record.place, record.institution, record.date = "Washington", "World Bank", "2020"
    assert gbt(record) == "BANK W. Report title[R]. 12. Washington: World Bank, 2020."


@pytest.mark.parametrize(
    ("entry_type", "code"),
    [
        (EntryType.ARTICLE, "J"),
        (EntryType.MAGAZINE, "J"),
        (EntryType.BOOK, "M"),
        (EntryType.INBOOK, "M"),
        (EntryType.INCOLLECTION, "M"),
        (EntryType.INPROCEEDINGS, "C"),
        (EntryType.PROCEEDINGS, "C"),
        (EntryType.COLLECTION, "G"),
        (EntryType.THESIS, "D"),
        (EntryType.REPORT, "R"),
        (EntryType.ONLINE, "EB/OL"),
        (EntryType.NEWSPAPER, "N"),
        (EntryType.STANDARD, "S"),
        (EntryType.PATENT, "P"),
        (EntryType.DATASET, "DS"),
        (EntryType.MISC, "Z"),
    ],
)
def test_every_type_code(entry_type: EntryType, code: str) -> None:
    for lang, title in (("zh", "题名"), ("en", "Title")):
        record = rec(entry_type, title, lang, authors=[zh("张", "三")], date="2020")
        assert f"{title}[{code}]" in gbt(record)


def test_thesis() -> None:
    record = rec(
        EntryType.THESIS,
        "论文题名",
        "zh",
        authors=[zh("李", "四")],
        place="北京",
        institution="北京大学",
        genre="博士学位论文",
        date="2010",
    )
    assert gbt(record) == "李四. 论文题名[D]. 北京: 北京大学, 2010."


def test_newspaper_date_and_page() -> None:
    record = rec(
        EntryType.NEWSPAPER,
        "报道题名",
        "zh",
        authors=[zh("王", "五")],
        container="人民日报",
        date="2020-01-01",
        pages="3",
    )
    assert gbt(record) == "王五. 报道题名[N]. 人民日报, 2020-01-01(3)."


def test_incollection_with_double_slash() -> None:
    record = rec(
        EntryType.INCOLLECTION,
        "1998年长江洪水的成因与减灾对策",
        "zh",
        authors=[zh("程", "根伟")],
        editors=[zh("许", "厚泽"), zh("赵", "其国")],
        container="长江流域洪涝灾害与科技对策",
        place="北京",
        publisher="科学出版社",
        date="1999",
        pages="32-36",
    )
    assert gbt(record) == (
        "程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策. "
        "北京: 科学出版社, 1999: 32-36."
    )


def test_inproceedings_without_editors() -> None:
    record = rec(
        EntryType.INPROCEEDINGS,
        "Paper",
        "en",
        authors=[west("Smith", "John")],
        container="Proceedings of the Conference",
        place="Berlin",
        publisher="Springer",
        date="2001",
        pages="1--10",
    )
    assert gbt(record) == "SMITH J. Paper[C]//Proceedings of the Conference. Berlin: Springer, 2001: 1-10."


def test_online_with_dates_and_url() -> None:
    record = rec(
        EntryType.ONLINE,
        "出版业信息化迈入快车道",
        "zh",
        authors=[zh("萧", "钰")],
        date="2001-12-19",
        urldate="2002-04-15T10:00:00",
        url="http://www.creader.com/news/20011219/200112190019.html",
    )
    assert gbt(record) == (
        "萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. "
        "http://www.creader.com/news/20011219/200112190019.html."
    )


def test_online_access_date_only() -> None:
    record = rec(EntryType.ONLINE, "Page", "en", url="https://example.org/x", urldate="2020-01-01")
    assert gbt(record) == "Page[EB/OL]. [2020-01-01]. https://example.org/x."


def test_standard_and_patent_carry_their_number() -> None:
    standard = rec(
        EntryType.STANDARD,
        "信息与文献 参考文献著录规则",
        "zh",
        authors=[Name(literal="全国信息与文献标准化技术委员会")],
        number="GB/T 7714—2015",
        place="北京",
        publisher="中国标准出版社",
        date="2015",
    )
    assert gbt(standard) == (
        "全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015."
    )
    patent = rec(
        EntryType.PATENT, "全智能节电器", "zh", authors=[zh("邓", "一刚")], number="200610171314.3", date="2006-12-13"
    )
    assert gbt(patent) == "邓一刚. 全智能节电器: 200610171314.3[P]. 2006-12-13."


def test_report_and_missing_parts_are_left_out() -> None:
    record = rec(EntryType.REPORT, "报告", "zh", institution="国务院发展研究中心", date="2019")
    assert gbt(record) == "报告[R]. 国务院发展研究中心, 2019."
    assert gbt(Record()) == "[Z]."


def test_translators_come_before_the_edition() -> None:
    record = rec(
        EntryType.BOOK,
        "国家间政治: 权力斗争与和平",
        "zh",
        authors=[zh("摩根索")],
        translators=[zh("徐", "昕"), zh("郝", "望"), zh("李", "保平")],
        edition="7",
        place="北京",
        publisher="北京大学出版社",
        date="2006",
    )
    assert (
        gbt(record) == "摩根索. 国家间政治: 权力斗争与和平[M]. 徐昕, 郝望, 李保平, 译. 7版. 北京: 北京大学出版社, 2006."
    )


def test_more_than_three_translators_deng_yi() -> None:
    people = [zh("周", "琪"), zh("刘", "绯"), zh("张", "立平"), zh("王", "五")]
    record = rec(EntryType.BOOK, "书名", "zh", authors=[zh("亨廷顿")], translators=people, date="2010")
    assert gbt(record) == "亨廷顿. 书名[M]. 周琪, 刘绯, 张立平, 等译. 2010."


def test_et_al_recorded_by_the_importer() -> None:
    record = rec(EntryType.ARTICLE, "题名", "zh", authors=[zh("顾", "炜")], container="刊", date="2015", number="2")
    record.extra["authors_et_al"] = "true"
    assert gbt(record) == "顾炜, 等. 题名[J]. 刊, 2015(2)."
    english = rec(EntryType.BOOK, "Title", "en", authors=[west("Smith", "John")], date="2015")
    english.extra["authors_et_al"] = "true"
    assert gbt(english) == "SMITH J, et al. Title[M]. 2015."


def test_url_makes_an_electronic_resource() -> None:
    url = "https://kns.cnki.net/kcms/detail/11.5904.D.20210615.1012.002.html"
    record = rec(
        EntryType.ARTICLE,
        "上海合作组织20年: 成就、挑战与前景",
        "zh",
        authors=[zh("李", "进峰")],
        container="俄罗斯东欧中亚研究",
        date="2021",
        number="3",
        pages="1-22",
        urldate="2021-08-01",
        url=url,
    )
    assert gbt(record) == (
        f"李进峰. 上海合作组织20年: 成就、挑战与前景[J/OL]. 俄罗斯东欧中亚研究, 2021(3): 1-22[2021-08-01]. {url}."
    )
    record.urldate = ""
    assert gbt(record) == f"李进峰. 上海合作组织20年: 成就、挑战与前景[J/OL]. 俄罗斯东欧中亚研究, 2021(3): 1-22. {url}."
    record.url = ""
    assert gbt(record) == "李进峰. 上海合作组织20年: 成就、挑战与前景[J]. 俄罗斯东欧中亚研究, 2021(3): 1-22."


def test_book_and_newspaper_online() -> None:
    book = rec(
        EntryType.BOOK,
        "书",
        "zh",
        place="北京",
        publisher="人民出版社",
        date="2018",
        urldate="2020-01-05",
        url="http://x.cn/b",
    )
    assert gbt(book) == "书[M/OL]. 北京: 人民出版社, 2018[2020-01-05]. http://x.cn/b."
    news = rec(
        EntryType.NEWSPAPER,
        "新趋势",
        "zh",
        container="经济日报",
        date="2019-06-05",
        pages="9",
        urldate="2019-07-01",
        url="http://x.cn/n",
    )
    assert gbt(news) == "新趋势[N/OL]. 经济日报, 2019-06-05(9)[2019-07-01]. http://x.cn/n."


def test_online_with_publisher() -> None:
    record = rec(
        EntryType.ONLINE,
        "根源",
        "zh",
        authors=[zh("杨", "进")],
        publisher="澎湃新闻",
        date="2022-01-10",
        urldate="2022-02-01",
        url="https://www.thepaper.cn/x",
    )
    assert gbt(record) == "杨进. 根源[EB/OL]. 澎湃新闻, (2022-01-10)[2022-02-01]. https://www.thepaper.cn/x."
    record.place = "上海"
    assert "[EB/OL]. 上海: 澎湃新闻, (2022-01-10)[2022-02-01]. " in gbt(record)
    record.date = ""
    assert gbt(record) == "杨进. 根源[EB/OL]. 上海: 澎湃新闻[2022-02-01]. https://www.thepaper.cn/x."


def test_mark_and_medium_print_like_biblatex_gb7714() -> None:
    program = rec(EntryType.MISC, "软件", "zh", place="武汉", publisher="武汉大学出版社", date="2016")
    program.extra.update(mark="CP", medium="DK")
    assert gbt(program) == "软件[CP/DK]. 武汉: 武汉大学出版社, 2016."
    program.url = "http://x.cn/cp"
    assert gbt(program).startswith("软件[CP/OL]. ")
    book = rec(EntryType.BOOK, "书", "zh", publisher="社", date="2000")
    book.extra["medium"] = "CD"
    assert gbt(book) == "书[M/CD]. 社, 2000."
    book.extra["medium"] = "not a carrier"
    assert gbt(book) == "书[M]. 社, 2000."
    data = rec(EntryType.DATASET, "数据库", "zh", urldate="2022-05-01", url="http://d.cn/db")
    data.extra["mark"] = "DB"
    assert gbt(data) == "数据库[DB/OL]. [2022-05-01]. http://d.cn/db."


def test_revisers_after_the_translators() -> None:
    record = rec(
        EntryType.BOOK,
        "草原帝国",
        "zh",
        authors=[zh("格鲁塞", "勒内", "勒内·格鲁塞")],
        translators=[zh("蓝", "琪")],
        place="北京",
        publisher="商务印书馆",
        date="1998",
    )
    record.extra.update(editora="项英杰 and 王五", editoratype="reviser")
    assert gbt(record) == "勒内·格鲁塞. 草原帝国[M]. 蓝琪, 译. 项英杰, 王五, 校. 北京: 商务印书馆, 1998."
    record.extra["editoratype"] = "compiler"
    assert "校" not in gbt(record)
    english = rec(EntryType.BOOK, "Title", "en", authors=[west("Smith", "John")], date="2000")
    english.extra.update(editora="Doe, Jane and others", editoratype="reviser")
    assert gbt(english) == "SMITH J. Title[M]. Rev. by DOE J, et al. 2000."


def test_dataset_online_and_mark_override() -> None:
    data = rec(EntryType.DATASET, "数据集", "zh", date="2019-03-12", urldate="2021-09-30", url="http://d.cn/x")
    assert gbt(data) == "数据集[DS/OL]. (2019-03-12)[2021-09-30]. http://d.cn/x."
    data.extra["mark"] = "DB/OL"
    assert gbt(data).startswith("数据集[DB/OL]. ")
    program = rec(EntryType.MISC, "软件", "zh", place="武汉", publisher="武汉大学出版社", date="2016")
    program.extra["usera"] = "CP/DK"
    assert gbt(program) == "软件[CP/DK]. 武汉: 武汉大学出版社, 2016."
    program.extra["usera"] = "not a code"
    assert gbt(program).startswith("软件[Z]. ")


def test_cited_pages_of_theses_and_standards_and_dated_misc() -> None:
    thesis = rec(EntryType.THESIS, "论文", "zh", place="上海", institution="华东师范大学", date="2010", pages="45-47")
    assert gbt(thesis) == "论文[D]. 上海: 华东师范大学, 2010: 45-47."
    law = rec(EntryType.MISC, "中华人民共和国反恐怖主义法", "zh", authors=[Name(literal="全国人大常委会")])
    law.date = "2015-12-27"
    assert gbt(law) == "全国人大常委会. 中华人民共和国反恐怖主义法[Z]. 2015-12-27."


def test_doi_with_access_date_is_read_online_through_the_resolver() -> None:
    record = rec(EntryType.ARTICLE, "题名", "zh", container="刊", date="2019", urldate="2020-03-01", doi="10.1/x")
    assert gbt(record) == "题名[J/OL]. 刊, 2019[2020-03-01]. https://doi.org/10.1/x. DOI: 10.1/x."


def test_nationality_marker_on_request(mackinder_zh: Record, brzezinski_en: Record) -> None:
    out = format_citation(mackinder_zh, style="gbt7714", nationality=True)
    assert out == "（英）哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71."
    assert format_citation(brzezinski_en, style="gbt7714", nationality=True).startswith("BRZEZINSKI Z. ")
