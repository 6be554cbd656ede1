"""``biblio add page.html`` and ``biblio add URL`` (a real HTTP server on 127.0.0.1) end to end.

Checks what a user sees: the record (title, date, outlet, body), the warnings on stderr for an
empty body and for undecodable bytes, a page behind a crawler's wrapper line, and that CLI
start-up does not import trafilatura or lxml.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from biblio.cli.main import main

LAYOUTS = Path(__file__).parents[2] / "data" / "web" / "layouts"
EMPTY_PAGE = (
    "<!DOCTYPE html><html><head><title>Live: election results by region | Example News</title></head>"
    "<body><div id='app'></div><script>window.__STATE__ = {};</script></body></html>"
)


@dataclass
class Result:
    """Exit code and captured output of one command."""

    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture
def biblio(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run ``biblio --library <tmp> ARGS`` in-process."""

    def run(*args: str) -> Result:
        code = main(["--library", str(tmp_path / "lib"), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def server(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """News pages served as a site would; the network settings point nowhere else."""
    for name, value in (("TIMEOUT", "2"), ("RETRIES", "1"), ("BACKOFF", "0")):
        monkeypatch.setenv(f"BIBLIO_NET_{name}", value)
    monkeypatch.delenv("BIBLIO_OFFLINE", raising=False)
    ria = (LAYOUTS / "ria.html").read_bytes()
    httpserver.expect_request("/20240305/kazakhstan.html").respond_with_data(
        ria, content_type="text/html; charset=utf-8"
    )
    gbk = (
        (LAYOUTS / "people_new.html")
        .read_text(encoding="utf-8")
        .replace("UTF-8", "GBK")
        .encode("gbk", "xmlcharrefreplace")
    )
    httpserver.expect_request("/people.html").respond_with_data(gbk, content_type="text/html")
    httpserver.expect_request("/live.html").respond_with_data(EMPTY_PAGE, content_type="text/html")
    return httpserver


def _added(biblio: Runner, source: str) -> tuple[dict[str, Any], Result]:
    result = biblio("add", source, "--json")
    assert result.code == 0, result.err
    key = json.loads(result.out)["added"][0]
    shown: dict[str, Any] = json.loads(biblio("show", key, "--format", "json").out)
    return shown, result


def test_add_saved_page(biblio: Runner, tmp_path: Path) -> None:
    page = tmp_path / "gov.html"
    page.write_bytes((LAYOUTS / "gov_trs.html").read_bytes())
    record, result = _added(biblio, str(page))
    assert record["title"][0]["value"] == "国务院办公厅关于加快发展外贸新业态新模式的意见"
    assert record["date"] == "2024-03-05T14:02:00"
    assert {"value": "中国政府网", "lang": "zh"} in record["container"]
    assert str(record["fulltext"]).startswith("各省、自治区、直辖市人民政府")
    assert "今天是" not in str(record["fulltext"])
    assert "warning" not in result.err


def test_page_without_body_is_added_with_a_warning(biblio: Runner, tmp_path: Path) -> None:
    page = tmp_path / "live.html"
    page.write_text(EMPTY_PAGE, encoding="utf-8")
    record, result = _added(biblio, str(page))
    assert record["title"][0]["value"] == "Live: election results by region"
    assert "no article text found" in result.err


def test_bad_bytes_are_replaced_with_a_warning(biblio: Runner, tmp_path: Path) -> None:
    text = (LAYOUTS / "xinhua_new.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gbk"')
    data = text.encode("gbk", "xmlcharrefreplace")
    cut = data.index("吉方官员".encode("gbk"))
    page = tmp_path / "xinhua.html"
    page.write_bytes(data[:cut] + b"\xff" + data[cut:])  # one invalid byte in a GBK page
    record, result = _added(biblio, str(page))
    assert record["title"][0]["value"] == "中吉乌铁路项目进入全面实施阶段"
    assert "吉方官员表示" in str(record["fulltext"])
    assert "undecodable bytes in gb18030 text at 1 place" in result.err


def test_page_behind_a_crawler_wrapper_line(biblio: Runner, tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    wrapper = "http://www.cssn.cn/gjgxx/202403/t20240305_5738291.shtml\t2024-03-06 08:12:45\n"
    page.write_bytes(wrapper.encode() + (LAYOUTS / "cssn.html").read_bytes())
    record, _ = _added(biblio, str(page))
    assert record["title"][0]["value"] == "中亚区域合作的历史与现状"
    assert record["provenance"]["importer"] == "web-html"


def test_add_url(server: HTTPServer, biblio: Runner) -> None:
    record, _ = _added(biblio, server.url_for("/20240305/kazakhstan.html"))
    assert record["title"][0]["value"] == "Казахстан увеличит экспорт зерна в Китай"
    assert record["date"] == "2024-03-05T14:02:00"
    assert str(record["fulltext"]).startswith("АСТАНА, 5 мар — РИА Новости.")
    assert record["url"].endswith("/20240305/kazakhstan.html")


def test_add_url_gbk_without_header_charset(server: HTTPServer, biblio: Runner) -> None:
    record, _ = _added(biblio, server.url_for("/people.html"))
    assert record["title"][0]["value"] == "上合组织成员国加强数字经济合作"
    assert record["type"] == "newspaper"


def test_add_url_without_body_warns(server: HTTPServer, biblio: Runner) -> None:
    _, result = _added(biblio, server.url_for("/live.html"))
    assert "no article text found" in result.err


def test_cli_start_up_does_not_import_trafilatura() -> None:
    code = (
        "import sys, biblio.cli.main as m; m.build_parser();"
        "import biblio.importers.web.html_importer, biblio.importers.registry as r; r.all_importers();"
        "heavy = ('trafilatura', 'lxml', 'htmldate', 'justext', 'courlan', 'dateparser');"
        "print(sorted({k.split('.')[0] for k in sys.modules if k.split('.')[0] in heavy}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
