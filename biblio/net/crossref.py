"""Crossref's REST API: a work by DOI, and the bibliographic query used to match a parsed reference."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from biblio.errors import NetworkError
from biblio.net.config import NetConfig
from biblio.net.csl import clean_csl
from biblio.net.session import HttpSession

NAME = "crossref"


def _message(payload: Any, url: str) -> Any:
    if not isinstance(payload, dict) or "message" not in payload:
        raise NetworkError(f"{url}: not a Crossref answer")
    return payload["message"]


def work_by_doi(session: HttpSession, config: NetConfig, doi: str) -> tuple[dict[str, Any], bytes]:
    """The CSL item of the Crossref work with this DOI and the raw answer (HttpStatusError 404 if unknown)."""
    url = f"{config.crossref_url}/works/{quote(doi, safe='/')}"
    response = session.get(url, accept="application/json")
    message = _message(response.json(), url)
    if not isinstance(message, dict):
        raise NetworkError(f"{url}: not a Crossref work")
    return clean_csl(message), response.content


def query_bibliographic(session: HttpSession, config: NetConfig, text: str, rows: int = 5) -> list[dict[str, Any]]:
    """CSL items of Crossref's best matches for a free-text reference (best first)."""
    url = f"{config.crossref_url}/works"
    message = _message(session.get_json(url, params={"query.bibliographic": text, "rows": rows}), url)
    items = message.get("items") if isinstance(message, dict) else None
    if not isinstance(items, list):
        raise NetworkError(f"{url}: not a Crossref list of works")
    return [clean_csl(item) for item in items if isinstance(item, dict)]
