"""Network settings: endpoint base URLs, contact e-mail, limits and the offline switch.

Every value can be set in the library's ``config.toml`` (section ``[network]``, keys named as the
``NetConfig`` fields: ``crossref_url = "…"``, ``contact_email = "…"``, ``timeout = 5`` …) and, overriding
that, by an environment variable, so tests point the lookups at a local server:

========================  ===============================  ===========================
variable                  setting                          default
========================  ===============================  ===========================
BIBLIO_CROSSREF_URL       ``crossref_url``                 https://api.crossref.org
BIBLIO_DOI_URL            ``doi_url``                      https://doi.org
BIBLIO_OPENLIBRARY_URL    ``openlibrary_url``              https://openlibrary.org
BIBLIO_WIKIDATA_URL       ``wikidata_url``                 https://www.wikidata.org
BIBLIO_CONTACT_EMAIL      ``contact_email``                (none)
BIBLIO_OFFLINE            ``offline`` (1/true/yes)         off
BIBLIO_NET_TIMEOUT        ``timeout`` (seconds)            10
BIBLIO_NET_DEADLINE       ``deadline`` (seconds, a GET)    30
BIBLIO_NET_RETRIES        ``retries``                      3
BIBLIO_NET_BACKOFF        ``backoff`` (seconds)            0.5
BIBLIO_NET_MAX_WAIT       ``max_wait`` (Retry-After cap)   30
BIBLIO_NET_MAX_BYTES      ``max_bytes``                    20 MiB
BIBLIO_NET_MAX_REDIRECTS  ``max_redirects``                10
BIBLIO_CACHE_MAX_AGE      ``cache_max_age`` (seconds)      86400
========================  ===============================  ===========================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from biblio.errors import UsageError

CACHE_DIR = "cache"
LIBRARY_CONFIG = "config.toml"
_TRUE = frozenset({"1", "true", "yes", "on"})


ENV_NAMES = {
    "crossref_url": "BIBLIO_CROSSREF_URL",
    "doi_url": "BIBLIO_DOI_URL",
    "openlibrary_url": "BIBLIO_OPENLIBRARY_URL",
    "wikidata_url": "BIBLIO_WIKIDATA_URL",
    "contact_email": "BIBLIO_CONTACT_EMAIL",
    "offline": "BIBLIO_OFFLINE",
    "timeout": "BIBLIO_NET_TIMEOUT",
    "deadline": "BIBLIO_NET_DEADLINE",
    "retries": "BIBLIO_NET_RETRIES",
    "backoff": "BIBLIO_NET_BACKOFF",
    "max_wait": "BIBLIO_NET_MAX_WAIT",
    "max_bytes": "BIBLIO_NET_MAX_BYTES",
    "max_redirects": "BIBLIO_NET_MAX_REDIRECTS",
    "cache_max_age": "BIBLIO_CACHE_MAX_AGE",
}


@dataclass(frozen=True, slots=True)
class NetConfig:
    """Everything the session and the lookups need to know; immutable, passed in."""

    crossref_url: str = "https://api.crossref.org"
    doi_url: str = "https://doi.org"
    openlibrary_url: str = "https://openlibrary.org"
    wikidata_url: str = "https://www.wikidata.org"
    contact_email: str = ""
    offline: bool = False
    timeout: float = 10.0
    deadline: float = 30.0  # the whole GET (redirects, retries, the body) must be done within it
    retries: int = 3
    backoff: float = 0.5
    max_wait: float = 30.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 10
    cache_max_age: float = 86400.0
    cache_dir: Path | None = None

    def with_library(self, library: Path) -> NetConfig:
        """The same settings with the response cache in ``<library>/cache``."""
        return replace(self, cache_dir=library / CACHE_DIR)

    def with_offline(self, offline: bool) -> NetConfig:
        """The same settings, offline when ``offline`` is true (an explicit switch wins over the env)."""
        return replace(self, offline=self.offline or offline)


def library_settings(library: Path | None) -> dict[str, str]:
    """The ``[network]`` section of ``<library>/config.toml`` as environment-style names and strings."""
    path = library / LIBRARY_CONFIG if library is not None else None
    if path is None or not path.is_file():
        return {}
    import tomllib  # lazy: only when a library config exists

    try:
        section = tomllib.loads(path.read_text(encoding="utf-8")).get("network", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the network settings ({exc})") from None
    if not isinstance(section, dict):
        raise UsageError(f"{path}: [network] must be a table")
    unknown = sorted(set(section) - set(ENV_NAMES))
    if unknown:
        raise UsageError(f"{path}: unknown network setting {unknown[0]!r}")
    return {
        ENV_NAMES[key]: str(value).lower() if isinstance(value, bool) else str(value) for key, value in section.items()
    }


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"{name}={raw!r} is not a number") from None
    if value < 0:
        raise UsageError(f"{name}={raw!r} must not be negative")
    return value


def _url(env: Mapping[str, str], name: str, default: str) -> str:
    return (env.get(name, "").strip() or default).rstrip("/")


def load_net_config(env: Mapping[str, str] | None = None, library: Path | None = None) -> NetConfig:
    """Settings from ``<library>/config.toml`` overridden by the environment (``os.environ`` unless ``env``
    is given); the cache in ``<library>/cache``."""
    given = os.environ if env is None else env
    env = {**library_settings(library), **{k: v for k, v in given.items() if v.strip()}}
    base = NetConfig()
    return NetConfig(
        crossref_url=_url(env, "BIBLIO_CROSSREF_URL", base.crossref_url),
        doi_url=_url(env, "BIBLIO_DOI_URL", base.doi_url),
        openlibrary_url=_url(env, "BIBLIO_OPENLIBRARY_URL", base.openlibrary_url),
        wikidata_url=_url(env, "BIBLIO_WIKIDATA_URL", base.wikidata_url),
        contact_email=env.get("BIBLIO_CONTACT_EMAIL", "").strip(),
        offline=env.get("BIBLIO_OFFLINE", "").strip().lower() in _TRUE,
        timeout=_number(env, "BIBLIO_NET_TIMEOUT", base.timeout),
        deadline=_number(env, "BIBLIO_NET_DEADLINE", base.deadline),
        retries=int(_number(env, "BIBLIO_NET_RETRIES", base.retries)),
        backoff=_number(env, "BIBLIO_NET_BACKOFF", base.backoff),
        max_wait=_number(env, "BIBLIO_NET_MAX_WAIT", base.max_wait),
        max_bytes=int(_number(env, "BIBLIO_NET_MAX_BYTES", base.max_bytes)),
        max_redirects=int(_number(env, "BIBLIO_NET_MAX_REDIRECTS", base.max_redirects)),
        cache_max_age=_number(env, "BIBLIO_CACHE_MAX_AGE", base.cache_max_age),
        cache_dir=library / CACHE_DIR if library is not None else None,
    )
