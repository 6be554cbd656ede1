"""End to end: ``biblio add`` of Zotero item JSON (Zotero's own items, tests/data/zotero/SOURCES.md) needs no
``--format`` and gives the right types, dates, journals and authors, exit 0."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner

DATA = Path(__file__).parent.parent / "data" / "zotero"


def test_add_zotero_items(biblio: Runner, tmp_path: Path) -> None:
    source = tmp_path / "RIS.expected.json"
    source.write_text((DATA / "referbibix-00.json").read_text(encoding="utf-8"), encoding="utf-8")
    done = biblio("add", str(source), str(DATA / "cnki-refworks-09-patent.json"), str(DATA / "ris-02-legal.json"))
    assert done.code == 0, done.err
    assert "added 7" in done.out
    assert "'0000 Year Date' is not a date biblio reads; kept as extra['date_unparsed']" in done.err
    items = {item["title"]: item for item in json.loads(biblio("list", "--format", "csl-json").out)}
    article = items["参考文献管理工具研究"]
    assert article["type"] == "article-journal" and article["issued"] == {"date-parts": [[2009]]}
    assert article["container-title"] == "JOURNAL OF MODERN INFORMATION" and article["volume"] == "29"
    assert [a["family"] + a["given"] for a in article["author"]] == ["余敏", "朱江", "丁照蕾"]
    patent = items["不锈钢管的制造方法"]
    assert patent["type"] == "patent" and patent["issued"] == {"date-parts": [[2020, 4, 17]]}
    assert items["Abbreviated Case Name"]["type"] == "legal_case" and items["Short Title"]["type"] == "legislation"
