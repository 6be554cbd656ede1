"""Fixtures for the network tests: a NetConfig pointing at the local pytest-httpserver, short timeouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from biblio.net.config import NetConfig


@pytest.fixture
def sleeps() -> list[float]:
    """Collects the waits the session asked for (pass ``sleep=sleeps.append``) instead of sleeping."""
    return []


@pytest.fixture
def net_config(httpserver: HTTPServer, tmp_path: Path) -> NetConfig:
    """Every endpoint on the local server; short timeout, two retries, cache under tmp_path."""
    base = httpserver.url_for("").rstrip("/")
    return NetConfig(
        crossref_url=f"{base}/crossref",
        doi_url=f"{base}/doi",
        openlibrary_url=f"{base}/openlibrary",
        wikidata_url=f"{base}/wikidata",
        contact_email="test@example.org",
        timeout=0.3,
        retries=2,
        backoff=0.01,
        max_wait=5.0,
        max_bytes=4096,
        max_redirects=5,
        cache_dir=tmp_path / "cache",
    )
