"""The shared session: user agent, retries, Retry-After, timeouts, redirects, size limit, cache, offline."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from biblio import __version__
from biblio.errors import InputError, NetworkError
from biblio.net.config import NetConfig
from biblio.net.session import HttpStatusError, build_url, check_url, make_session, retry_after, user_agent


def test_user_agent_names_version_and_contact(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/ua").respond_with_handler(lambda r: Response(r.headers.get("User-Agent", "")))
    with make_session(net_config) as session:
        agent = session.get(httpserver.url_for("/ua"), use_cache=False).content.decode()
    assert agent == f"biblio/{__version__} (mailto:test@example.org)"
    assert user_agent("") == f"biblio/{__version__}"


def test_json_and_accept_header(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/j", headers={"Accept": "application/vnd.citationstyles.csl+json"}).respond_with_json(
        {"ok": 1}
    )
    with make_session(net_config) as session:
        found = session.get_json(httpserver.url_for("/j"), accept="application/vnd.citationstyles.csl+json")
    assert found == {"ok": 1}


def test_params_are_sorted_into_the_query() -> None:
    assert build_url("http://x/a", {"b": 2, "a": "é"}) == "http://x/a?a=%C3%A9&b=2"
    assert build_url("http://x/a?z=1", {"b": 2}) == "http://x/a?z=1&b=2"
    assert build_url("http://x/a", None) == "http://x/a"


def test_429_with_retry_after_is_honoured(httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]) -> None:
    httpserver.expect_ordered_request("/busy").respond_with_data("slow down", 429, headers={"Retry-After": "2"})
    httpserver.expect_ordered_request("/busy").respond_with_data("fine")
    with make_session(net_config, sleep=sleeps.append) as session:
        assert session.get(httpserver.url_for("/busy")).content == b"fine"
    assert sleeps == [2.0]


def test_429_gives_up_after_the_retries(httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]) -> None:
    httpserver.expect_request("/busy").respond_with_data("no", 429, headers={"Retry-After": "1"})
    with make_session(net_config, sleep=sleeps.append) as session, pytest.raises(HttpStatusError) as caught:
        session.get(httpserver.url_for("/busy"))
    assert caught.value.status == 429
    assert "HTTP 429 Too Many Requests" in str(caught.value)
    assert sleeps == [1.0, 1.0]


def test_a_long_retry_after_fails_at_once(httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]) -> None:
    httpserver.expect_request("/busy").respond_with_data("no", 429, headers={"Retry-After": "3600"})
    with make_session(net_config, sleep=sleeps.append) as session, pytest.raises(NetworkError, match="wait 3600s"):
        session.get(httpserver.url_for("/busy"))
    assert sleeps == []


def test_server_errors_back_off_exponentially(
    httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]
) -> None:
    httpserver.expect_request("/down").respond_with_data("oops", 503)
    with make_session(net_config, sleep=sleeps.append) as session, pytest.raises(HttpStatusError, match="503"):
        session.get(httpserver.url_for("/down"))
    assert sleeps == [0.01, 0.02]


def test_404_is_not_retried(httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]) -> None:
    httpserver.expect_request("/gone").respond_with_data("missing", 404)
    with make_session(net_config, sleep=sleeps.append) as session, pytest.raises(HttpStatusError) as caught:
        session.get(httpserver.url_for("/gone"))
    assert caught.value.status == 404
    assert str(caught.value) == f"{httpserver.url_for('/gone')}: HTTP 404 Not Found"
    assert sleeps == []


def test_timeout_is_a_network_error(httpserver: HTTPServer, net_config: NetConfig, sleeps: list[float]) -> None:
    release = threading.Event()

    def slow(_request: Request) -> Response:
        release.wait(5)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    config = replace(net_config, retries=0)
    try:
        with make_session(config, sleep=sleeps.append) as session, pytest.raises(NetworkError, match="timeout"):
            session.get(httpserver.url_for("/slow"))
    finally:
        release.set()


def test_unreachable_host_is_a_network_error(net_config: NetConfig, sleeps: list[float]) -> None:
    with make_session(net_config, sleep=sleeps.append) as session, pytest.raises(NetworkError, match="cannot connect"):
        session.get("http://127.0.0.1:9/nothing")
    assert len(sleeps) == 2


def test_redirects_are_followed_and_the_final_url_kept(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/old").respond_with_data("", 301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data("here", content_type="text/plain; charset=GBK")
    with make_session(net_config) as session:
        response = session.get(httpserver.url_for("/old"))
    assert response.url == httpserver.url_for("/new")
    assert (response.content, response.content_type, response.charset) == (b"here", "text/plain", "gbk")


def test_redirect_loop_is_named(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/a").respond_with_data("", 302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", 302, headers={"Location": "/a"})
    with make_session(net_config) as session, pytest.raises(NetworkError, match="redirect loop"):
        session.get(httpserver.url_for("/a"))


def test_too_many_redirects(httpserver: HTTPServer, net_config: NetConfig) -> None:
    for step in range(8):
        httpserver.expect_request(f"/r{step}").respond_with_data("", 302, headers={"Location": f"/r{step + 1}"})
    with make_session(net_config) as session, pytest.raises(NetworkError, match="more than 5 redirects"):
        session.get(httpserver.url_for("/r0"))


def test_redirect_to_another_scheme_is_refused(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/ftp").respond_with_data("", 302, headers={"Location": "ftp://example.org/x"})
    with make_session(net_config) as session, pytest.raises(InputError, match="only http"):
        session.get(httpserver.url_for("/ftp"))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "/relative"])
def test_only_http_and_https(net_config: NetConfig, url: str) -> None:
    with make_session(net_config) as session, pytest.raises(InputError, match="only http"):
        session.get(url)


def test_oversized_body_declared(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    with make_session(net_config) as session, pytest.raises(NetworkError, match="too large"):
        session.get(httpserver.url_for("/big"))


def test_oversized_body_streamed(httpserver: HTTPServer, net_config: NetConfig) -> None:
    def stream(_request: Request) -> Response:
        def chunks() -> Iterator[bytes]:
            for _ in range(10):
                yield b"y" * 1000

        return Response(chunks())

    httpserver.expect_request("/stream").respond_with_handler(stream)
    with make_session(net_config) as session, pytest.raises(NetworkError, match="too large"):
        session.get(httpserver.url_for("/stream"))


def test_cache_serves_a_second_get_and_offline(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_oneshot_request("/once").respond_with_data("first")
    url = httpserver.url_for("/once")
    with make_session(net_config) as session:
        assert session.get(url).from_cache is False
        again = session.get(url)
    assert (again.content, again.from_cache) == (b"first", True)
    with make_session(replace(net_config, offline=True, cache_max_age=0)) as offline:
        assert offline.get(url).content == b"first"
    httpserver.check_assertions()


def test_fresh_skips_the_cache(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_ordered_request("/v").respond_with_data("one")
    httpserver.expect_ordered_request("/v").respond_with_data("two")
    with make_session(net_config) as session:
        session.get(httpserver.url_for("/v"))
        assert session.get(httpserver.url_for("/v"), fresh=True).content == b"two"
        assert session.get(httpserver.url_for("/v")).content == b"two"


def test_offline_miss_is_a_clear_error(net_config: NetConfig) -> None:
    with make_session(replace(net_config, offline=True)) as session, pytest.raises(NetworkError, match="offline"):
        session.get("http://127.0.0.1:9/never")


def test_errors_are_not_cached(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_ordered_request("/flaky").respond_with_data("missing", 404)
    httpserver.expect_ordered_request("/flaky").respond_with_data("now here")
    with make_session(net_config) as session:
        with pytest.raises(HttpStatusError):
            session.get(httpserver.url_for("/flaky"))
        assert session.get(httpserver.url_for("/flaky")).content == b"now here"


def test_retry_after_forms() -> None:
    assert retry_after("7") == 7.0
    assert retry_after("") is None
    assert retry_after("soon") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412490.0) == 0.0


def test_bad_json_is_a_network_error(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/notjson").respond_with_data("<html>")
    with make_session(net_config) as session, pytest.raises(NetworkError, match="not valid JSON"):
        session.get_json(httpserver.url_for("/notjson"))


@pytest.mark.parametrize("url", ["http://[::1/x", "http://exa mple.org:99999999/"])
def test_malformed_urls_are_input_errors(net_config: NetConfig, url: str) -> None:
    with make_session(replace(net_config, retries=0)) as session, pytest.raises(InputError, match="not a valid URL"):
        session.get(url)


@given(st.text(max_size=40))
def test_check_url_raises_only_input_error(text: str) -> None:
    try:
        assert check_url(text) == text
    except InputError:
        return
