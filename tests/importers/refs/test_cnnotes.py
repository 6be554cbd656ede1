"""Chinese note-style references (注释体): title in 《》, publisher "出版社2007年版", journal "2005年第6期"."""

from __future__ import annotations

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
