"""doi.org content negotiation: CSL-JSON for any registered DOI (Crossref, DataCite, mEDRA ...)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from biblio.errors import NetworkError
from biblio.net.config import NetConfig
from biblio.net.csl import clean_csl
from biblio.net.session import HttpSession

NAME = "doi.org"
CSL_JSON = "application/vnd.citationstyles.csl+json"


def csl_by_doi(session: HttpSession, config: NetConfig, doi: str) -> tuple[dict[str, Any], bytes]:
    """The CSL item doi.org (via the registration agency it redirects to) gives for this DOI, and the raw answer."""
    url = f"{config.doi_url}/{quote(doi, safe='/')}"
    response = session.get(url, accept=CSL_JSON)
    data = response.json()
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]
    if not isinstance(data, dict):
        raise NetworkError(f"{url}: not a CSL-JSON item")
    return clean_csl(data), response.content
