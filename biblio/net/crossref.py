"""Crossref's REST API: a work by DOI, and the bibliographic query used to match a parsed reference.

Answers are checked by shape (:mod:`biblio.net.shape`) before they are read; only answers that pass are cached.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from biblio.errors import NetworkError
from biblio.net.config import NetConfig
from biblio.net.csl import clean_csl
from biblio.net.response import Response
from biblio.net.session import HttpSession
from biblio.net.shape import CSL_ITEM, bad_fields, checked, has_text

NAME = "crossref"


def _message(response: Response) -> Any:
    payload = response.json()
    if not isinstance(payload, dict) or "message" not in payload:
        raise NetworkError(f"{response.url}: not a Crossref answer")
    return payload["message"]


def _work(response: Response) -> dict[str, Any]:
    work = checked(_message(response), CSL_ITEM, "a Crossref work", response.url)
    if not has_text(work.get("title")):
        raise NetworkError(f"{response.url}: not a Crossref work (no title)")
    return clean_csl(work)


def _works(response: Response) -> list[dict[str, Any]]:
    message = checked(_message(response), {}, "a Crossref list of works", response.url)
    items = message.get("items")
    if not isinstance(items, list):
        raise NetworkError(f"{response.url}: not a Crossref list of works")
    return [clean_csl(item) for item in items if _usable(item)]


def _usable(item: Any) -> bool:
    """A listed work of the right shape, with a title (the others cannot be candidates and are left out)."""
    return isinstance(item, dict) and not bad_fields(item, CSL_ITEM) and has_text(item.get("title"))


def work_by_doi(session: HttpSession, config: NetConfig, doi: str) -> tuple[dict[str, Any], bytes]:
    """The CSL item of the Crossref work with this DOI and the raw answer (HttpStatusError 404 if unknown)."""
    url = f"{config.crossref_url}/works/{quote(doi, safe='/')}"
    item, response = session.get_checked(url, _work, accept="application/json")
    return item, response.content


def query_bibliographic(session: HttpSession, config: NetConfig, text: str, rows: int = 5) -> list[dict[str, Any]]:
    """CSL items of Crossref's best matches for a free-text reference, best first.

    Listed works of the wrong shape or without a title are left out (they cannot be candidates).
    """
    url = f"{config.crossref_url}/works"
    params: dict[str, str | int] = {"query.bibliographic": text, "rows": rows}
    return session.get_checked(url, _works, params=params, accept="application/json")[0]
