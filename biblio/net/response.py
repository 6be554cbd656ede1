"""The answer of an HTTP GET as plain data (what the session returns and the cache stores)."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from biblio import jsonsafe
from biblio.errors import NetworkError


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
        """The body parsed as JSON; a body that is not JSON is a NetworkError naming the URL."""
        try:
            return jsonsafe.loads(self.content.decode(self.charset or "utf-8", errors="replace"))
        except (ValueError, LookupError):
            raise NetworkError(f"{self.url}: the answer is not valid JSON") from None
