"""Issue 7 end to end: the three news-page seeds through `biblio add`, `show`, `search`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import Runner

WEB = Path(__file__).resolve().parent.parent / "data" / "web"


def _show(biblio: Runner, key: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(biblio("show", key, "--format", "json").out)
    return data


def test_news_seeds_become_searchable_records(biblio: Runner) -> None:
    added = {}
    for name in ("netease_000.txt", "netease_001.txt", "english_003.txt"):
        result = biblio("add", str(WEB / name), "--json")
        assert result.code == 0, result.err
        added[name] = json.loads(result.out)["added"]

    first = _show(biblio, added["netease_000.txt"][0])
    assert first["title"] == [{"value": "亚洲五国元首飞抵美国,特朗普将借这个机会,好好给中俄上眼药?", "lang": "zh"}]
    assert first["date"] == "2026-02-25T18:47:00" and first["language"] == "zh"
    assert {"value": "网易号", "lang": "zh"} in first["container"]
    body = str(first["fulltext"])
    assert "中亚地区是名副其实的“资源宝库”" in body
    assert not any(chrome in body for chrome in ("网易首页", "分享至", "特别声明", "相关推荐", "热点推荐", "文章数"))

    article, cited = (_show(biblio, key) for key in added["netease_001.txt"])
    assert article["extra"]["title_derived"] == "true"
    assert article["title"][0]["value"].startswith("中美日三方现在风波不断")
    assert "![]()" not in str(article["fulltext"])
    assert cited["title"] == [{"value": "中俄两军组织实施第10次联合空中战略巡航", "lang": "zh"}]
    assert cited["date"] == "2025-12-09T18:06:40"
    assert {"value": "央视网", "lang": "zh"} in cited["container"]
    assert article["links"][0]["key"] == cited["key"]

    english = _show(biblio, added["english_003.txt"][0])
    assert english["title"][0]["value"].startswith("As the confrontation between Russia and Japan escalates")
    assert english["language"] == "en"
    assert "한어" not in str(english["fulltext"]) and "Zakharova explicitly stated" in str(english["fulltext"])

    middle = json.loads(biblio("search", '"控制这些关键资源的源头"', "--json").out)
    assert [hit["key"] for hit in middle] == added["netease_000.txt"]
    english_phrase = json.loads(biblio("search", '"spokesperson of the United States"', "--json").out)
    assert [hit["key"] for hit in english_phrase] == added["english_003.txt"]
