"""The answer of an HTTP GET as plain data (what the session returns and the cache stores)."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from biblio import jsonsafe
from biblio.errors import NetworkError

# Crossref, doi.org and Open Library answers nest 6-8 levels; anything far deeper is not an answer we read.
MAX_JSON_DEPTH = 64


def _param(header: str, name: str) -> str:
    message = Message()
    message["content-type"] = header
    value = message.get_param(name)
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class Response:
    """A complete response: ``url`` is the final URL after redirects; header names are lower case."""

    url: str
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    from_cache: bool = False

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case (``text/html``)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str:
        """The charset named in the Content-Type header, or ``""``."""
        return _param(self.headers.get("content-type", ""), "charset").lower()

    def json(self) -> Any:
        """The body parsed as JSON; not JSON, or nested deeper than ``MAX_JSON_DEPTH``: NetworkError naming the URL."""
        try:
            text = self.content.decode(self.charset or "utf-8", errors="replace")
            return jsonsafe.loads(text, max_depth=MAX_JSON_DEPTH)
        except jsonsafe.JsonTooDeep:
            raise NetworkError(f"{self.url}: the answer is nested too deeply (over {MAX_JSON_DEPTH} levels)") from None
        except (jsonsafe.JsonError, LookupError):  # LookupError: an unknown charset
            raise NetworkError(f"{self.url}: the answer is not valid JSON") from None
