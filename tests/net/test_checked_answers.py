"""The session's answer checks: JSON depth, caching only answers that pass, the deadline setting."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from biblio.errors import NetworkError, UsageError
from biblio.jsonsafe import nesting_depth
from biblio.net.cache import ResponseCache, cache_key
from biblio.net.config import NetConfig, load_net_config
from biblio.net.response import MAX_JSON_DEPTH, Response
from biblio.net.session import make_session
from biblio.net.shape import CSL_ITEM, bad_fields, checked


def _nested(depth: int) -> object:
    value: object = 1
    for level in range(depth):
        value = [value] if level % 2 else {"x": value}
    return value


@pytest.mark.parametrize("depth", [0, 1, 2, 7, 40])
def test_json_depth_counts_levels(depth: int) -> None:
    assert nesting_depth(json.dumps(_nested(depth))) == depth
    assert nesting_depth(json.dumps([_nested(depth), 3, _nested(depth // 2)])) == depth + 1


def _response(body: str) -> Response:
    return Response(url="http://example.org/x", status=200, content=body.encode(), headers={})


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 500, 200_000])
def test_too_deep_json_is_one_network_error(depth: int) -> None:
    with pytest.raises(NetworkError, match="nested too deeply"):
        _response("[" * depth + "]" * depth).json()


def test_json_at_the_depth_limit_is_read() -> None:
    read = _response(json.dumps(_nested(MAX_JSON_DEPTH))).json()
    assert read == _nested(MAX_JSON_DEPTH)
    assert nesting_depth(json.dumps(read)) == MAX_JSON_DEPTH


def _must_have_title(response: Response) -> str:
    data = response.json()
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        raise NetworkError(f"{response.url}: no title")
    return str(data["title"])


def test_only_answers_that_pass_the_check_are_cached(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_oneshot_request("/a").respond_with_json({"title": 5})
    httpserver.expect_request("/a").respond_with_json({"title": "Fine"})
    url = httpserver.url_for("/a")
    with make_session(net_config) as session:
        with pytest.raises(NetworkError, match="no title"):
            session.get_checked(url, _must_have_title)
        assert session.cache is not None and session.cache.get(cache_key(url)) is None
        title, response = session.get_checked(url, _must_have_title)
        assert (title, response.from_cache) == ("Fine", False)
        title, response = session.get_checked(url, _must_have_title)
        assert (title, response.from_cache) == ("Fine", True)


def test_a_cached_answer_that_fails_the_check_is_fetched_again(
    httpserver: HTTPServer, net_config: NetConfig, tmp_path: Path
) -> None:
    httpserver.expect_request("/b").respond_with_json({"title": "Fresh"})
    url = httpserver.url_for("/b")
    cache = ResponseCache(tmp_path / "cache")
    cache.put(cache_key(url), Response(url=url, status=200, content=b"{broken", headers={}))
    with make_session(replace(net_config, offline=True), cache=cache) as offline:
        with pytest.raises(NetworkError, match="not valid JSON"):
            offline.get_checked(url, _must_have_title)
    with make_session(net_config, cache=cache) as online:
        assert online.get_checked(url, _must_have_title)[0] == "Fresh"
    assert len(httpserver.log) == 1
    hit = cache.get(cache_key(url))
    assert hit is not None and json.loads(hit.content) == {"title": "Fresh"}


def test_no_retry_is_started_that_the_deadline_would_cut(
    httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]
) -> None:
    httpserver.expect_request("/busy").respond_with_data("busy", status=503, headers={"Retry-After": "3"})
    config = replace(net_config, deadline=2.0, max_wait=10.0)
    with make_session(config, sleep=sleeps.append) as session, pytest.raises(NetworkError) as caught:
        session.get(httpserver.url_for("/busy"))
    assert "no time left to retry within the 2s deadline" in str(caught.value)
    assert sleeps == []


def test_the_deadline_setting() -> None:
    assert NetConfig().deadline == 30.0
    assert load_net_config({"BIBLIO_NET_DEADLINE": "4.5"}).deadline == 4.5
    with pytest.raises(UsageError, match="BIBLIO_NET_DEADLINE"):
        load_net_config({"BIBLIO_NET_DEADLINE": "soon"})


def test_library_config_sets_the_deadline(tmp_path: Path) -> None:
    (tmp_path / "config.toml").write_text("[network]\ndeadline = 12\n", encoding="utf-8")
    assert load_net_config({}, library=tmp_path).deadline == 12.0


@pytest.mark.parametrize(
    ("item", "wrong"),
    [
        ({"title": "T", "author": [{"family": "Li", "given": "Ming"}], "issued": {"date-parts": [[2020, None]]}}, []),
        ({"title": ["T"], "volume": 3, "page": "1-9", "ISSN": ["1234-5678"], "license": [{"any": 1}]}, []),
        ({"title": None, "author": None}, []),  # null is absent
        ({"title": 5, "volume": 3.5, "author": [{"family": ["Li"]}]}, ["title", "volume", "author"]),
        ({"issued": {"date-parts": [2020]}, "abstract": {"jats": "x"}}, ["abstract", "issued"]),
    ],
)
def test_csl_item_shapes(item: dict[str, object], wrong: list[str]) -> None:
    assert sorted(bad_fields(item, CSL_ITEM)) == sorted(wrong)


def test_checked_names_the_first_wrong_fields() -> None:
    with pytest.raises(NetworkError, match=r"^u: not a work \(unexpected title, volume\)$"):
        checked({"title": 5, "volume": True}, CSL_ITEM, "a work", "u")
    with pytest.raises(NetworkError, match=r"a JSON null instead of an object"):
        checked(None, CSL_ITEM, "a work", "u")
