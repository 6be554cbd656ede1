"""Hostile JSON answers from a service: a nesting bomb, a huge number or bad bytes are a NetworkError in one
line, never a RecursionError or ValueError reaching the user (issue 16). Against the local server."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer

from biblio.errors import NetworkError
from biblio.net import crossref
from biblio.net.config import NetConfig
from biblio.net.session import make_session

DOI = "10.1234/abc"


@pytest.mark.parametrize(
    "body",
    [
        b'{"message": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"message": {"volume": ' + b"9" * 4400 + b"}}",
        b'{"message": {"title": ["a"], "volume": NaN}}',
    ],
    ids=["nesting-bomb", "huge-number", "nan"],
)
def test_a_hostile_answer_is_a_network_error(httpserver: HTTPServer, net_config: NetConfig, body: bytes) -> None:
    httpserver.expect_request(f"/crossref/works/{DOI}").respond_with_data(body, content_type="application/json")
    config = replace(net_config, max_bytes=1 << 16)
    with (
        make_session(config) as session,
        pytest.raises(NetworkError, match=r"not valid JSON|nested too deeply") as caught,
    ):
        crossref.work_by_doi(session, config, DOI)
    assert "\n" not in str(caught.value)


def test_lone_surrogates_in_an_answer_are_replaced(httpserver: HTTPServer, net_config: NetConfig) -> None:
    body = b'{"message": {"type": "book", "title": ["Great \\ud800Games"], "DOI": "10.1234/abc"}}'
    httpserver.expect_request(f"/crossref/works/{DOI}").respond_with_data(body, content_type="application/json")
    with make_session(net_config) as session:
        item = crossref.work_by_doi(session, net_config, DOI)
    assert "Great \ufffdGames" in str(item)
    str(item).encode("utf-8")
