"""The article's own source list -> cited records."""

from __future__ import annotations

from biblio.importers.web.sources import cited_record, split_sources
from biblio.model import EntryType


def test_split_at_heading_until_chrome() -> None:
    paragraphs = ["正文一。", "正文二。", "参考资料:", "标题甲 央视网 2025年12月09日 18:06:40", "特别声明:以上内容……"]
    body, sources = split_sources(paragraphs)
    assert body == ["正文一。", "正文二。"]
    assert sources == ["标题甲 央视网 2025年12月09日 18:06:40"]


def test_heading_with_entry_on_the_same_line() -> None:
    body, sources = split_sources(["正文。", "参考资料：《标题乙》，新华网，2025-12-10"])
    assert (body, sources) == (["正文。"], ["《标题乙》，新华网，2025-12-10"])


def test_no_heading_keeps_everything() -> None:
    assert split_sources(["a", "b"]) == (["a", "b"], [])


def test_title_outlet_date() -> None:
    record = cited_record("中俄两军组织实施第10次联合空中战略巡航 央视网 2025年12月09日 18:06:40", 1, "web-text", "1")
    assert record is not None
    assert record.main_title() == "中俄两军组织实施第10次联合空中战略巡航"
    assert (record.container[0].value, record.date, record.type) == ("央视网", "2025-12-09T18:06:40", EntryType.ONLINE)


def test_separated_fields_and_newspaper_type() -> None:
    record = cited_record("《中亚合作迈上新台阶》，人民日报，2025-12-10", 2, "web-text", "1")
    assert record is not None
    assert (record.main_title(), record.container[0].value) == ("中亚合作迈上新台阶", "人民日报")
    assert (record.type, record.date) == (EntryType.NEWSPAPER, "2025-12-10")
    assert record.provenance is not None and record.provenance.locator == "reference 2"


def test_english_entry_with_url() -> None:
    line = "Japan plans Central Asia summit, The Guardian, 16 December 2025, https://www.theguardian.com/world/x"
    record = cited_record(line, 1, "web-html", "1")
    assert record is not None
    assert record.main_title() == "Japan plans Central Asia summit"
    assert (record.container[0].value, record.type) == ("The Guardian", EntryType.NEWSPAPER)
    assert (record.date, record.url, record.language) == ("2025-12-16", "https://www.theguardian.com/world/x", "en")


def test_unknown_outlet_kept_as_written() -> None:
    record = cited_record("Статья о Центральной Азии, Эксперт, 16.12.2025", 1, "web-text", "1")
    assert record is not None
    assert (record.main_title(), record.container[0].value, record.date) == (
        "Статья о Центральной Азии",
        "Эксперт",
        "2025-12-16",
    )


def test_line_without_title_gives_nothing() -> None:
    assert cited_record("2025-12-09", 1, "web-text", "1") is None
    assert cited_record("央视网", 1, "web-text", "1") is None
