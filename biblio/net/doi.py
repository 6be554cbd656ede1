"""doi.org content negotiation: CSL-JSON for any registered DOI (Crossref, DataCite, mEDRA ...)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from biblio.errors import NetworkError
from biblio.net.config import NetConfig
from biblio.net.csl import clean_csl
from biblio.net.response import Response
from biblio.net.session import HttpSession
from biblio.net.shape import CSL_ITEM, checked, has_text

NAME = "doi.org"
CSL_JSON = "application/vnd.citationstyles.csl+json"


def _item(response: Response) -> dict[str, Any]:
    data = response.json()
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]
    item = checked(data, CSL_ITEM, "a CSL-JSON item", response.url)
    if not has_text(item.get("title")):
        raise NetworkError(f"{response.url}: not a CSL-JSON item (no title)")
    return clean_csl(item)


def csl_by_doi(session: HttpSession, config: NetConfig, doi: str) -> tuple[dict[str, Any], bytes]:
    """The CSL item doi.org (via the registration agency it redirects to) gives for this DOI, and the raw answer."""
    url = f"{config.doi_url}/{quote(doi, safe='/')}"
    item, response = session.get_checked(url, _item, accept=CSL_JSON)
    return item, response.content
