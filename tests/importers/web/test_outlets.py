"""Known outlets: names, domains, types."""

from __future__ import annotations

from biblio.importers.web.outlets import find_outlet, outlet_at_end, outlet_for_url, outlet_in_text, print_edition
from biblio.model import EntryType


def test_find_by_any_name() -> None:
    for name, stored, kind in [
        ("央视网", "央视网", EntryType.ONLINE),
        ("People's Daily", "人民日报", EntryType.NEWSPAPER),
        ("TASS", "ТАСС", EntryType.ONLINE),
        ("РИА Новости", "РИА Новости", EntryType.ONLINE),
        ("bbc", "BBC News", EntryType.ONLINE),
        ("Известия", "Известия", EntryType.NEWSPAPER),
    ]:
        outlet = find_outlet(name)
        assert outlet is not None and (outlet.name, outlet.kind) == (stored, kind)
    assert find_outlet("无名小站") is None


def test_by_url() -> None:
    cases = {
        "https://www.163.com/dy/article/KH5Q.html": "网易号",
        "https://news.163.com/25/1216/x.html": "网易",
        "http://www.news.cn/world/20251216/x.htm": "新华网",
        "https://tass.ru/politika/1": "ТАСС",
        "https://www.bbc.co.uk/news/world-1": "BBC News",
        "https://paper.people.com.cn/rmrb/x.htm": "人民日报",
        "http://world.people.com.cn/n1/x.html": "人民网",
    }
    for url, name in cases.items():
        outlet = outlet_for_url(url)
        assert outlet is not None and outlet.name == name, url
    assert outlet_for_url("https://example.org/x") is None
    assert outlet_for_url("http://[::1") is None


def test_outlet_at_end_of_a_source_line() -> None:
    found = outlet_at_end("中俄两军组织实施第10次联合空中战略巡航 央视网")
    assert (
        found is not None and found[1].name == "央视网" and found[0].strip() == "中俄两军组织实施第10次联合空中战略巡航"
    )
    assert outlet_at_end("no outlet here") is None


def test_platform_named_by_its_chrome() -> None:
    outlet = outlet_in_text("特别声明:以上内容为自媒体平台“网易号”用户上传并发布")
    assert outlet is not None and (outlet.name, outlet.publisher) == ("网易号", "网易")
    assert outlet_in_text("plain text") is None


def test_print_edition() -> None:
    edition = print_edition("《 人民日报 》（ 2025年12月17日 03 版）")
    assert edition is not None and (edition.paper, edition.page) == ("人民日报", "3")
    assert print_edition("《人民日报》是一份报纸。") is None
