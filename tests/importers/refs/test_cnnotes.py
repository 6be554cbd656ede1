"""Chinese note-style references (注释体): title in 《》, publisher "出版社2007年版", journal "2005年第6期"."""

# ruff: noqa: E501  (reference strings are long lines)
from __future__ import annotations

import pytest

from biblio.importers.refs import parse_reference
from biblio.model import EntryType


def test_translated_book_with_corporate_translator() -> None:
    text = "①[美]兹比格纽·布热津斯基：《大棋局》，中国国际问题研究所译，上海人民出版社2007年版，第175页。"
    parsed = parse_reference(text)
    record = parsed.record
    assert parsed.style == "note"
    assert record.type is EntryType.BOOK
    assert (record.authors[0].family, record.authors[0].nationality) == ("布热津斯基", "美")
    assert record.translators[0].literal == "中国国际问题研究所"
    assert (record.main_title(), record.publisher, record.date, record.pages) == (
        "大棋局",
        "上海人民出版社",
        "2007",
        "175",
    )


def test_journal_article_chapter_and_newspaper() -> None:
    article = parse_reference("赵华胜：《上海合作组织：评析和展望》，《国际问题研究》2005年第6期，第1-8页。").record
    assert (article.type, article.container[0].value, article.number, article.pages) == (
        EntryType.ARTICLE,
        "国际问题研究",
        "6",
        "1-8",
    )
    chapter = parse_reference(
        "孙壮志：《中亚安全》，载李进峰主编：《发展报告》，社会科学文献出版社2018年版，第45—60页。"
    ).record
    assert chapter.type is EntryType.INCOLLECTION
    assert chapter.editors[0].family + chapter.editors[0].given == "李进峰"
    assert (chapter.container[0].value, chapter.pages) == ("发展报告", "45-60")
    news = parse_reference("习近平：《弘扬人民友谊》，《人民日报》2013年9月8日，第3版。").record
    assert (news.type, news.date, news.pages) == (EntryType.NEWSPAPER, "2013-09-08", "3")


def test_web_page_with_url() -> None:
    text = "外交部：《西安宣言》，外交部网站，2023年5月19日，https://www.mfa.gov.cn/zyxw/t1.shtml。"
    record = parse_reference(text).record
    assert (record.type, record.date, record.url) == (
        EntryType.ONLINE,
        "2023-05-19",
        "https://www.mfa.gov.cn/zyxw/t1.shtml",
    )


# --- failure classes of the 《中国社会科学》 form, on strings written for these tests ---


def _person(name: object) -> str:
    from biblio.model import Name

    assert isinstance(name, Name)
    return name.literal or f"{name.family}|{name.given}"


@pytest.mark.parametrize(
    ("text", "place", "publisher", "date"),
    [
        ("王明珂：《华夏边缘：历史记忆与族群认同》，北京：社会科学文献出版社，2006年，第41页。", "北京", "社会科学文献出版社", "2006"),
        ("姚大力：《追寻“我们”的根源》，北京：生活·读书·新知三联书店，2018年，第7页。", "北京", "生活·读书·新知三联书店", "2018"),
        ("马大正：《中国边疆经略史》，郑州：中州古籍出版社2000年版，第12页。", "郑州", "中州古籍出版社", "2000"),
    ],
)  # fmt: skip
def test_full_width_colon_separates_place_and_publisher(text: str, place: str, publisher: str, date: str) -> None:
    parsed = parse_reference(text)
    assert parsed.style == "note"
    record = parsed.record
    assert (record.type, record.place, record.publisher, record.date) == (EntryType.BOOK, place, publisher, date)


@pytest.mark.parametrize(
    ("text", "container", "editors", "volume", "pages"),
    [
        ("罗新：《从大都到上都》，载荣新江主编：《唐研究》第21卷，北京：北京大学出版社，2015年，第3页。",
         "唐研究", ["荣|新江"], "21", "3"),
        ("华涛：《喀喇汗王朝的历史》，见余太山、李锦绣主编：《欧亚学刊》第二辑，北京：中华书局，2000年，第5—9页。",
         "欧亚学刊", ["余|太山", "李|锦绣"], "2", "5-9"),
        ("恩格斯：《家庭、私有制和国家的起源》，载《马克思恩格斯文集》第4卷，北京：人民出版社，2009年，第15页。",
         "马克思恩格斯文集", [], "4", "15"),
    ],
)  # fmt: skip
def test_zai_and_jian_introduce_the_host_and_its_editors(
    text: str, container: str, editors: list[str], volume: str, pages: str
) -> None:
    record = parse_reference(text).record
    assert record.type is EntryType.INCOLLECTION
    assert (record.container[0].value, record.volume, record.pages) == (container, volume, pages)
    assert [_person(n) for n in record.editors] == editors


@pytest.mark.parametrize(
    ("text", "title", "volume", "edition"),
    [
        ("《斯大林全集》第7卷，北京：人民出版社，1958年，第12页。", "斯大林全集", "7", ""),
        ("（清）王先谦：《汉书补注》卷九六，北京：中华书局，1983年影印本，第1600页。", "汉书补注", "96", "影印本"),
        ("（宋）欧阳修：《新唐书》卷二一七下，北京：中华书局，1975年，第6140页。", "新唐书", "217下", ""),
        ("（清）祁韵士：《西陲要略》卷三，道光十七年刻本，第5页。", "西陲要略", "3", "道光十七年刻本"),
        ("《毛泽东著作选读》下册，北京：人民出版社，1986年，第700页。", "毛泽东著作选读", "下", ""),
    ],
)  # fmt: skip
def test_volumes_and_printings(text: str, title: str, volume: str, edition: str) -> None:
    record = parse_reference(text).record
    assert (record.main_title(), record.volume, record.edition) == (title, volume, edition)


def test_journal_volume_issue_and_thesis_and_archive() -> None:
    article = parse_reference("瞿秋白：《赤都心史》，《晨报副刊》第3卷第12号，1923年4月2日。").record
    assert (article.type, article.volume, article.number, article.date) == (EntryType.ARTICLE, "3", "12", "1923-04-02")
    thesis = parse_reference("孟楠：《俄国统治中亚政策研究》，博士学位论文，新疆大学，2000年，第9页。").record
    assert (thesis.type, thesis.institution, thesis.date, thesis.pages) == (EntryType.THESIS, "新疆大学", "2000", "9")
    archive = parse_reference("《杨增新致北京政府电》，1920年5月3日，北洋档案1001—2345，中国第二历史档案馆藏。").record
    assert (archive.number, archive.institution, archive.date) == (
        "北洋档案1001—2345",
        "中国第二历史档案馆",
        "1920-05-03",
    )


def test_online_access_date_and_back_references() -> None:
    web = parse_reference(
        "国家发展改革委：《推动共建丝绸之路经济带和21世纪海上丝绸之路的愿景与行动》，2015年3月28日，"
        "https://www.ndrc.gov.cn/xxgk/zcfb/tz/201503/t20150328.html，2021年6月1日。"
    ).record
    assert (web.type, web.date, web.urldate) == (EntryType.ONLINE, "2015-03-28", "2021-06-01")
    ibid = parse_reference("同上书，第37—38页。")
    assert (ibid.record.pages, ibid.record.title, ibid.style) == ("37-38", (), "note")
    see = parse_reference("参见杜维明：《儒家传统的现代转化》，北京：中国广播电视出版社，1992年，第3页。").record
    assert ([_person(n) for n in see.authors], see.main_title()) == (["杜|维明"], "儒家传统的现代转化")


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("（明）李贽：《焚书》，北京：中华书局，1975年，第3页。", "李", "贽"),
        ("(宋)欧阳修：《新五代史》，北京：中华书局，1974年，第8页。", "欧阳", "修"),
        ("［清］龚自珍：《龚自珍全集》，上海：上海人民出版社，1975年，第106页。", "龚", "自珍"),
        ("[日]岸本美绪：《清代中国的物价与经济波动》，刘迪瑞译，北京：社会科学文献出版社，2010年，第5页。", "岸本", "美绪"),
        ("[日]宫崎市定：《亚洲史论考》，北京：商务印书馆，2017年，第9页。", "宫崎", "市定"),
    ],
)  # fmt: skip
def test_dynasty_and_japanese_markers(text: str, family: str, given: str) -> None:
    author = parse_reference(text).record.authors[0]
    assert (author.family, author.given) == (family, given)
