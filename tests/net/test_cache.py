"""The on-disk response cache."""

from __future__ import annotations

from pathlib import Path

from biblio.net.cache import ResponseCache, cache_key
from biblio.net.response import Response


def test_round_trip_and_age(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = cache_key("http://x/a?b=1", "application/json")
    stored = Response("http://x/final", 200, "中文".encode(), {"content-type": "text/html; charset=utf-8"})
    cache.put(key, stored)
    found = cache.get(key)
    assert found is not None
    assert (found.url, found.status, found.content, found.headers) == (
        stored.url,
        200,
        stored.content,
        stored.headers,
    )
    assert found.from_cache
    assert cache.get(key, max_age=-1) is None
    assert cache.get(key, max_age=60) is not None


def test_keys_differ_by_url_and_accept() -> None:
    assert cache_key("http://x/a") != cache_key("http://x/b")
    assert cache_key("http://x/a", "text/html") != cache_key("http://x/a", "application/json")


def test_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    key = cache_key("http://x/a")
    cache.put(key, Response("http://x/a", 200, b"body"))
    meta = next((tmp_path / "http").rglob("*.json"))
    meta.write_text("{not json", encoding="utf-8")
    assert cache.get(key) is None
    assert ResponseCache(tmp_path / "missing").get(key) is None
