"""On-disk cache of successful GET responses, kept in the library folder (``<library>/cache/http``).

STABLE API (shared with other lookups, e.g. Wikidata):

- ``ResponseCache(root: Path)`` - ``root`` is the cache folder (``NetConfig.cache_dir``).
- ``cache_key(url, accept="") -> str`` - the key of a request (full URL with query, plus Accept).
- ``ResponseCache.get(key, max_age=None) -> Response | None`` - a hit younger than ``max_age`` seconds
  (any age when ``max_age`` is None), returned with ``from_cache=True``.
- ``ResponseCache.put(key, response) -> None`` - store a response (written atomically).
- ``ResponseCache.drop(key) -> None`` - forget a response.

The session (:mod:`biblio.net.session`) uses it for you; call it directly only for custom requests.
Each entry is two files: ``<sha>.json`` (url, status, headers, fetched_at) and ``<sha>.body``.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

from biblio.atomic import atomic_write
from biblio.net.response import Response

HTTP_SUBDIR = "http"


def cache_key(url: str, accept: str = "") -> str:
    """A stable key for a GET of ``url`` (query included) asking for ``accept``."""
    return hashlib.sha256(f"GET {url}\nAccept: {accept}".encode()).hexdigest()


class ResponseCache:
    """A folder of cached responses; a damaged entry is treated as a miss, never an error."""

    def __init__(self, root: Path) -> None:
        self.root = root / HTTP_SUBDIR

    def _paths(self, key: str) -> tuple[Path, Path]:
        folder = self.root / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def get(self, key: str, max_age: float | None = None) -> Response | None:
        """The cached response for ``key`` if present (and not older than ``max_age`` seconds)."""
        meta_path, body_path = self._paths(key)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
            age = time.time() - float(meta["fetched_at"])
            response = Response(
                url=str(meta["url"]),
                status=int(meta["status"]),
                content=body,
                headers={str(k): str(v) for k, v in dict(meta["headers"]).items()},
                from_cache=True,
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if max_age is not None and age > max_age:
            return None
        return response

    def put(self, key: str, response: Response) -> None:
        """Store ``response`` under ``key`` (body first, so a torn write leaves no metadata behind)."""
        meta_path, body_path = self._paths(key)
        meta = {"url": response.url, "status": response.status, "headers": response.headers, "fetched_at": time.time()}
        atomic_write(body_path, response.content)
        atomic_write(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))

    def drop(self, key: str) -> None:
        """Forget the response under ``key`` (a cached answer that no longer passes its check)."""
        for path in self._paths(key):
            path.unlink(missing_ok=True)
