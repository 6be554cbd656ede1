"""The web-html importer on saved pages in the layouts of NetEase, Xinhua, People's Daily, TASS, RIA, Reuters, BBC."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.errors import InputError
from biblio.importers.web.html_importer import WebHtmlImporter, parse_html
from biblio.model import EntryType, LinkKind, Record

ACCESSED = "2026-03-01"


def _page(data: Path, name: str) -> bytes:
    return (data / "html" / f"{name}.html").read_bytes()


def _expected(data: Path, name: str) -> list[str]:
    text = (data / "html" / f"{name}.expected.txt").read_text(encoding="utf-8")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _records(data: Path, name: str, url: str = "") -> list[Record]:
    return parse_html(_page(data, name), url=url, accessed=ACCESSED).records


@pytest.mark.parametrize("name", ["netease", "xinhua", "people", "tass", "ria", "english", "bbc"])
def test_body_is_exactly_the_article_paragraphs(data: Path, name: str) -> None:
    article = _records(data, name)[0]
    assert article.fulltext.split("\n\n") == _expected(data, name)


NETEASE_CHROME = (
    "网易首页", "申请入驻", "分享至", "美国国防部大楼资料图", "特别声明", "Notice:", "相关推荐",
    "日本防卫省再提预算", "网友评论", "热点推荐", "上海楼市放大招", "文章数", "版权所有", "进入关怀版",
)  # fmt: skip


def test_netease(data: Path) -> None:
    records = _records(data, "netease")
    article, cited = records[0], records[1:]
    assert article.main_title() == "美方爆出消息,中美两军高层秘密会晤,日本等来的却是坏消息"
    assert article.date == "2025-12-17T09:12:45+08:00"
    assert [a.display() for a in article.authors] == ["兵说天下"]  # the 网易号 account from "来源:"
    assert (article.container[0].value, article.publisher, article.type) == ("网易号", "网易", EntryType.ONLINE)
    assert article.url == "https://www.163.com/dy/article/KH5Q0A7N0556ABCD.html"
    assert article.urldate == ACCESSED
    for chrome in NETEASE_CHROME:
        assert chrome not in article.fulltext, chrome
    [source] = cited
    assert (source.main_title(), source.container[0].value, source.date) == (
        "中俄两军组织实施第10次联合空中战略巡航",
        "央视网",
        "2025-12-09T18:06:40",
    )
    assert article.links[0].kind is LinkKind.CITES and article.links[0].target == source.uid


def test_xinhua_gbk_page(data: Path) -> None:
    raw = _page(data, "xinhua")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = _records(data, "xinhua")[0]
    assert article.main_title() == "中国与中亚五国举行外长会晤 推动共建“一带一路”高质量发展"
    assert article.container[0].value == "新华网"
    assert article.date == "2025-12-16"
    assert article.language == "zh"
    for chrome in ("12月16日，中国—中亚外长第六次会晤在阿斯塔纳举行", "责任编辑", "相关新闻", "热点推荐", "Copyright"):
        assert chrome not in article.fulltext, chrome


def test_charset_from_headers_and_latin1_repair(data: Path) -> None:
    raw = _page(data, "xinhua")
    by_header = parse_html(raw, headers_charset="GBK", accessed=ACCESSED).records[0]
    assert by_header.main_title().startswith("中国与中亚五国举行外长会晤")
    misdecoded = raw.decode("latin-1")  # what requests does for text/html without a charset
    repaired = parse_html(misdecoded, headers_charset="ISO-8859-1", accessed=ACCESSED).records[0]
    assert repaired.fulltext == by_header.fulltext


def test_people_daily_print_edition(data: Path) -> None:
    article = _records(data, "people")[0]
    assert article.type is EntryType.NEWSPAPER
    assert (article.container[0].value, article.pages, article.date) == ("人民日报", "3", "2025-12-17")
    assert [(a.family, a.given) for a in article.authors] == [("李", "明")]
    for chrome in ("人民日报 》", "责编", "相关新闻", "网友留言", "排行榜", "版 权 所 有", "图为阿拉木图轻轨项目"):
        assert chrome not in article.fulltext, chrome


def test_tass_json_ld(data: Path) -> None:
    article = _records(data, "tass")[0]
    assert article.main_title() == "Лавров: Россия продолжит развивать стратегическое партнерство с Центральной Азией"
    assert article.date == "2025-12-16T14:05:00+03:00"
    assert article.container[0].value == "ТАСС"
    assert article.authors == []  # the agency as author is the outlet, not a person
    assert article.language == "ru"
    assert article.abstract[0].value.startswith("Министр иностранных дел РФ")
    for chrome in ("Читайте также", "Захарова прокомментировала", "Популярное", "Шойгу", "Все права защищены"):
        assert chrome not in article.fulltext, chrome


def test_ria_div_paragraphs(data: Path) -> None:
    article = _records(data, "ria")[0]
    assert article.main_title() == "Захарова ответила на планы Японии провести саммит в Центральной Азии"
    assert article.date == "2025-12-16T18:30:00"
    assert article.container[0].value == "РИА Новости"
    for chrome in ("Япония объявила", "Комментарии", "Все правильно сказала", "Лента новостей", "Поделиться"):
        assert chrome not in article.fulltext, chrome


def test_reuters_style(data: Path) -> None:
    article = _records(data, "english")[0]
    assert article.main_title() == "Central Asian leaders head to Washington as US seeks minerals deals"
    assert [(a.family, a.given) for a in article.authors] == [("Doe", "Jane"), ("Auyezov", "Olzhas")]
    assert article.date == "2025-11-06T05:12:33Z"
    assert (article.container[0].value, article.language) == ("Reuters", "en")
    for chrome in ("Advertisement", "Kazakh President Kassym-Jomart Tokayev attends", "Read Next", "Most Read",
                   "Trust Principles", "All quotes delayed", "Subscribe"):  # fmt: skip
        assert chrome not in article.fulltext, chrome


def test_bbc_style(data: Path) -> None:
    article = _records(data, "bbc")[0]
    assert article.container[0].value == "BBC News"
    assert article.date == "2025-12-16T06:01:22Z"
    assert [a.display() for a in article.authors] == ["Anna Smith"]
    for chrome in ("Related topics", "More on this story", "Tokyo correspondent", "Japan's prime minister met"):
        assert chrome not in article.fulltext, chrome


def test_url_gives_platform_and_outlet() -> None:
    html = "<html><head><title>Headline | Site</title></head><body><p>" + "Some article text, long enough. " * 5
    html += "</p></body></html>"
    article = parse_html(html, url="https://www.163.com/dy/article/X.html", accessed=ACCESSED).records[0]
    assert article.container[0].value == "网易号"
    assert article.main_title() == "Headline"
    article = parse_html(html, url="https://www.kommersant.ru/doc/1", accessed=ACCESSED).records[0]
    assert (article.container[0].value, article.type) == ("Коммерсантъ", EntryType.NEWSPAPER)


def test_sniff() -> None:
    importer = WebHtmlImporter()
    assert importer.sniff("<!DOCTYPE html><html><body><p>x</p></body></html>") == 0.8
    assert importer.sniff("<html><body>x</body></html>") == 0.5
    assert importer.sniff("中美日三方现在风波不断。") == 0.0
    assert importer.sniff("@article{x, title={<p>}}") == 0.0


@pytest.mark.parametrize("html", ["", "<html></html>", "<html><body><script>var a=1;</script></body></html>"])
def test_empty_page_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError):
        WebHtmlImporter().parse(html)


def _warnings(html: str | bytes) -> list[str]:
    result = parse_html(html, accessed=ACCESSED)
    return [p.message for p in result.problems if p.severity == "warning"]


def test_page_without_article_text_is_a_warning_not_silence() -> None:
    html = "<html><head><title>Results live | Site</title></head><body><div id='app'></div></body></html>"
    result = parse_html(html, accessed=ACCESSED)
    assert result.records[0].main_title() == "Results live"
    assert result.records[0].fulltext == ""
    [warning] = [p for p in result.problems if p.severity == "warning"]
    assert "no article text found" in warning.message


def test_short_body_is_a_warning() -> None:
    html = "<html><head><title>Brief</title></head><body><article><p>Only one short sentence here.</p></article>"
    assert any("suspiciously short (5 words)" in w for w in _warnings(html))


def test_full_body_has_no_warning(data: Path) -> None:
    for name in ("netease", "xinhua", "people", "tass", "ria", "english", "bbc"):
        assert _warnings(_page(data, name)) == [], name


def test_bad_bytes_in_a_page_are_a_warning(data: Path) -> None:
    raw = _page(data, "xinhua")
    cut = raw.index("中亚".encode("gbk"))
    warnings = _warnings(raw[:cut] + b"\xff" + raw[cut:])
    assert any("undecodable bytes" in w for w in warnings)


def test_body_extractor_is_recorded(data: Path) -> None:
    assert _records(data, "netease")[0].extra["body_extractor"] == "rule:NetEase"
    assert _records(data, "english")[0].extra["body_extractor"] in {"biblio", "trafilatura"}


def test_headline_repeated_as_first_paragraph_is_dropped() -> None:
    body = "".join(f"<p>Paragraph {n} of the post, with enough words in it to be article prose.</p>" for n in range(8))
    post = f"<div class='post'><h3 class='post-title'>On steppe archives</h3>{body}</div>"
    html = f"<html><head><title>Blog: On steppe archives</title></head><body>{post}</body></html>"
    article = parse_html(html, accessed=ACCESSED).records[0]
    assert article.main_title() == "On steppe archives"
    assert article.fulltext.startswith("Paragraph 0")
