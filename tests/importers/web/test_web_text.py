"""The web-text importer on the seed page copies (NetEase 000 and 001, the English 003)."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.errors import InputError
from biblio.importers.web.text_importer import WebTextImporter
from biblio.model import EntryType, LinkKind, Record

CHROME_000 = (
    "网易首页",
    "申请入驻",
    "分享至",
    "托卡耶夫9月下旬会见特朗普",  # image captions
    "2023年拜登主持召开",
    "阿斯塔纳一列轻轨列车被吊装到轨道上",
    "声明:个人原创",
    "特别声明",
    "Notice: The content above",
    "相关推荐",
    "热点推荐",
    "8000元相亲餐男子尿遁逃单",
    "今朝牛马",
    "2026-02-01 21:14:04",
    "胡麒牧博士",
    "文章数",
    "往期回顾",
    "头条要闻",
    "美官员称6个月内三国政府",
    "态度原创",
    "无障碍浏览",
    "进入关怀版",
    "incentive-icons",
)


def _article(importer: WebTextImporter, path: Path) -> tuple[Record, list[Record]]:
    result = importer.parse(path.read_text(encoding="utf-8"))
    assert not result.problems
    return result.records[0], result.records[1:]


def test_netease_000_metadata(text_importer: WebTextImporter, data: Path) -> None:
    article, cited = _article(text_importer, data / "netease_000.txt")
    assert article.type is EntryType.ONLINE
    assert article.main_title() == "亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?"
    assert "title_derived" not in article.extra
    assert [a.display() for a in article.authors] == ["胡麒牧博士"]
    assert article.authors[0].is_corporate  # an account name is not split into family/given
    assert article.date == "2026-02-25T18:47:00"  # its own, not one of the related headlines'
    assert article.container[0].value == "网易号"
    assert article.publisher == "网易"
    assert article.language == "zh"
    assert article.urldate == "2026-03-01"
    assert article.extra["account_description"].startswith("中国数实融合50人论坛副秘书长")
    assert article.provenance is not None and article.provenance.importer == "web-text"
    assert cited == []


def test_netease_000_body_is_the_article_alone(text_importer: WebTextImporter, data: Path) -> None:
    article, _ = _article(text_importer, data / "netease_000.txt")
    body = article.fulltext
    assert body.startswith("当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。")
    assert "今年6月,第二届中国—中亚峰会在哈成功举行,双方签署了《永久睦邻友好合作条约》" in body
    assert "9月,哈萨克斯坦与美国达成协议,将在未来十年斥资40亿美元采购美国机车" in body
    assert body.endswith("中亚的未来,将是这一宏大叙事的最佳注脚。")
    assert len(body.split("\n\n")) == 17
    for chrome in CHROME_000:
        assert chrome not in body, chrome
    assert article.main_title() not in body


def test_netease_001_without_title_line(text_importer: WebTextImporter, data: Path) -> None:
    article, _ = _article(text_importer, data / "netease_001.txt")
    title = article.main_title()
    assert title == "中美日三方现在风波不断,尤其是美日“联盟”,日本一直在等美国出手,美国则始终无所作为"
    assert article.extra["title_derived"] == "true"
    assert article.date == ""  # the page shows no publication date; 12月16日 is an event in the text
    assert article.container[0].value == "网易号"
    assert article.authors == []


def test_netease_001_body(text_importer: WebTextImporter, data: Path) -> None:
    article, _ = _article(text_importer, data / "netease_001.txt")
    body = article.fulltext
    assert body.startswith("中美日三方现在风波不断,尤其是美日“联盟”")
    assert "12月7日,日本派侦察机前往黄海领域,中国雷达照射警告" in body
    assert "日本所认为的外援主要有两个,一个以美国为首的G7集团,另一个是东南亚各国。" in body
    assert body.endswith("美国也算是少有地放低姿态了,估计还会进行进一步协商。")
    for chrome in ("![]()", "参考资料", "央视网", "特别声明", "Notice: The content above", "NetEase Hao"):
        assert chrome not in body, chrome
    assert len(body.split("\n\n")) == 26


def test_netease_001_source_list_becomes_cited_record(text_importer: WebTextImporter, data: Path) -> None:
    article, cited = _article(text_importer, data / "netease_001.txt")
    [source] = cited
    assert source.main_title() == "中俄两军组织实施第10次联合空中战略巡航"
    assert source.container[0].value == "央视网"
    assert source.date == "2025-12-09T18:06:40"
    assert source.type is EntryType.ONLINE
    assert source.language == "zh"
    assert source.provenance is not None and source.provenance.locator == "reference 1"
    assert [(link.kind, link.target) for link in article.links] == [(LinkKind.CITES, source.uid)]


def test_english_003(text_importer: WebTextImporter, data: Path) -> None:
    article, cited = _article(text_importer, data / "english_003.txt")
    assert article.main_title().startswith(
        "As the confrontation between Russia and Japan escalates, Putin's government"
    )
    assert article.main_title().endswith("the situation becomes more delicate")
    assert article.language == "en"
    assert article.title[0].lang == "en"
    body = article.fulltext
    assert body.startswith("At the critical moment when the situation on the Russian-Ukrainian front was tense")
    assert "Objectively speaking, the Russian Foreign Ministry's concerns are necessary." in body
    assert body.endswith("which is to exert influence on behalf of the United States.")
    for chrome in ("한어", "Русский язык", "English", "Français", "Sanskrit", "Latina", "five countries gather"):
        assert chrome not in body, chrome
    assert len(body.split("\n\n")) == 4
    assert cited == []
    assert article.date == ""


def test_default_access_date_is_today(data: Path) -> None:
    from datetime import UTC, datetime

    article = WebTextImporter().parse((data / "english_003.txt").read_text(encoding="utf-8")).records[0]
    assert article.urldate == datetime.now(UTC).date().isoformat()


def test_parse_page_takes_url_and_access_date(text_importer: WebTextImporter, data: Path) -> None:
    text = (data / "english_003.txt").read_text(encoding="utf-8")
    result = text_importer.parse_page(text, url="https://www.reuters.com/world/x", accessed="2026-01-02")
    article = result.records[0]
    assert (article.url, article.urldate) == ("https://www.reuters.com/world/x", "2026-01-02")
    assert article.container[0].value == "Reuters"


def test_head_byline_date_and_source() -> None:
    text = (
        "Лавров: Россия продолжит развивать партнерство с Центральной Азией\n"
        "16 декабря 2025, 14:05\n"
        "Источник: ТАСС\n"
        "Автор: Иван Петров\n\n"
        "МОСКВА, 16 декабря. Россия продолжит развивать отношения со странами Центральной Азии, заявил министр.\n"
        "Читайте также: Захарова прокомментировала планы Японии\n"
        "По словам Лаврова, товарооборот России со странами региона по итогам года может превысить $45 млрд.\n"
    )
    article = WebTextImporter(accessed="2026-03-01").parse(text).records[0]
    assert article.main_title().startswith("Лавров: Россия")
    assert article.date == "2025-12-16T14:05:00"
    assert article.container[0].value == "ТАСС"
    assert [(a.family, a.given) for a in article.authors] == [("Петров", "Иван")]
    assert article.language == "ru"
    assert "Читайте также" not in article.fulltext
    assert article.fulltext.endswith("может превысить $45 млрд.")


def test_head_date_without_year_takes_it_from_the_page() -> None:
    text = (
        "中方回应美方言论\n12月16日 10:30 来源：新华网\n\n"
        "外交部发言人16日在例行记者会上回答了有关问题,强调中方立场是一贯的、明确的。\n"
        "参考资料:\n外交部例行记者会 新华网 2025年12月16日 18:00:00\n"
    )
    result = WebTextImporter(accessed="2026-03-01").parse(text)
    article = result.records[0]
    assert article.date == "2025-12-16T10:30:00"
    assert article.extra["date_year_inferred"] == "true"
    assert article.container[0].value == "新华网"
    assert result.records[1].container[0].value == "新华网"


def test_newspaper_edition_line_makes_a_newspaper_record() -> None:
    text = (
        "深化务实合作 共促地区繁荣\n本报记者 李明\n\n"
        "中亚地区地处亚欧大陆腹地,是古丝绸之路的重要通道。近年来,中国同中亚国家的合作不断走深走实。\n"
        "《 人民日报 》（ 2025年12月17日 03 版）\n"
    )
    article = WebTextImporter(accessed="2026-03-01").parse(text).records[0]
    assert article.type is EntryType.NEWSPAPER
    assert (article.container[0].value, article.pages, article.date) == ("人民日报", "3", "2025-12-17")
    assert [(a.family, a.given) for a in article.authors] == [("李", "明")]
    assert "人民日报" not in article.fulltext


@pytest.mark.parametrize("text", ["", "   \n\n", "0\n分享至\n![]()\n"])
def test_nothing_to_import_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        WebTextImporter().parse(text)


def test_netease_copy_with_date_and_account_under_the_title() -> None:
    text = (
        "网易首页 > 网易号 > 正文 申请入驻\n\n亚洲五国元首飞抵美国\n\n"
        "2026-02-25 18:47:00　来源: 胡麒牧博士\n\n0\n分享至\n\n"
        "当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。\n\n"
        "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。\n"
    )
    article = WebTextImporter(accessed="2026-03-01").parse(text).records[0]
    assert (article.main_title(), article.date) == ("亚洲五国元首飞抵美国", "2026-02-25T18:47:00")
    assert [a.display() for a in article.authors] == ["胡麒牧博士"]
    assert article.container[0].value == "网易号"
    assert article.fulltext == "当中亚五国元首相继飞抵华盛顿,一场备受瞩目的地缘政治大戏拉开帷幕。"


def test_english_copy_with_byline_and_closing_date() -> None:
    text = (
        "Central Asian leaders head to Washington\n"
        "By Jane Doe and Olzhas Auyezov\n\n"
        "The leaders of five Central Asian states arrived in Washington on Thursday for a summit.\n\n"
        "Kazakhstan agreed in September to buy U.S. locomotives worth $4 billion over the next decade.\n\n"
        "Dec. 16, 2025\n\nRead more: Uzbekistan signs Boeing deal\n"
    )
    article = WebTextImporter(accessed="2026-03-01").parse(text).records[0]
    assert [(a.family, a.given) for a in article.authors] == [("Doe", "Jane"), ("Auyezov", "Olzhas")]
    assert article.date == "2025-12-16"
    assert article.fulltext.endswith("over the next decade.")
    assert "Read more" not in article.fulltext


def test_markup_is_never_a_title() -> None:
    from biblio.importers.web.textpage import is_title_line

    assert not is_title_line('<html><head><meta charset="gbk"><title>中亚</title>')
    assert not is_title_line("<!DOCTYPE html>")
    assert is_title_line("Tariffs <5% in Central Asian trade, says the ministry")


def test_html_given_as_text_is_read_as_a_page() -> None:
    page = (
        "http://www.example.cn/a.html\n<!DOCTYPE html><html><head><title>中亚天然气管道D线建设取得新进展_新闻</title>"
        "</head><body><h1>中亚天然气管道D线建设取得新进展</h1><div class='article'>"
        + "<p>中国—中亚天然气管道D线塔吉克斯坦段近日完成了关键路段的施工，预计将于明年实现全线贯通。</p>" * 3
        + "</div></body></html>"
    )
    article = WebTextImporter(accessed="2026-03-01").parse(page).records[0]
    assert article.main_title() == "中亚天然气管道D线建设取得新进展"
    assert "<" not in article.fulltext and "DOCTYPE" not in article.fulltext
