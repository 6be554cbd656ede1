"""The ONE shared HTTP session of biblio (requests): timeouts, retries, limits, user agent, cache.

STABLE API (other lookups, e.g. Wikidata, build on it; keep these signatures):

- ``make_session(config: NetConfig | None = None, *, cache: ResponseCache | None = None,
  sleep=time.sleep) -> HttpSession`` - ``config`` defaults to :func:`load_net_config` (environment);
  the cache defaults to ``config.cache_dir`` when set.
- ``HttpSession.get(url, *, params=None, accept="", use_cache=True, fresh=False) -> Response``
- ``HttpSession.get_json(url, *, params=None, accept="application/json") -> Any``
- ``HttpSession.close()``; the session is also a context manager. Use one session per thread
  (requests sessions are not thread-safe); the cache may be shared.
- ``user_agent(contact_email) -> str`` - ``biblio/<version> (mailto:<contact>)``.
- Errors: :class:`biblio.errors.InputError` for a URL that is not http/https;
  :class:`HttpStatusError` (a NetworkError with ``.status``) for 4xx/5xx answers;
  :class:`biblio.errors.NetworkError` for everything else (unreachable, timeout, redirect loop,
  oversized body, offline and not cached). Every message is one line and names the URL.

Behaviour: only http/https (also for every redirect hop); at most ``max_redirects`` redirects, a loop is
reported as such; ``timeout`` seconds for connecting and for each read; ``retries`` more attempts on
connection errors, timeouts, 429 and 5xx, waiting ``backoff * 2**attempt`` or the server's Retry-After
(capped by ``max_wait``: a longer demand fails at once); bodies over ``max_bytes`` are refused. Successful
(2xx) answers are cached; online, a cached answer younger than ``cache_max_age`` is reused (``fresh=True``
skips it); offline, any cached answer is served and a miss is a NetworkError.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode, urljoin, urlsplit

from biblio import __version__
from biblio.errors import BiblioError, InputError, NetworkError
from biblio.net.cache import ResponseCache, cache_key
from biblio.net.config import NetConfig, load_net_config
from biblio.net.response import Response

if TYPE_CHECKING:
    import requests

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK = 64 * 1024
Params = Mapping[str, str | int]
T = TypeVar("T")


class HttpStatusError(NetworkError):
    """The server answered with an error status (404, 410, 429 after retries, 5xx ...)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class _Retry(Exception):
    """An attempt failed in a way worth trying again; ``error`` is what to raise when giving up."""

    def __init__(self, error: NetworkError, wait: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.wait = wait


def user_agent(contact_email: str = "") -> str:
    """The User-Agent header: ``biblio/<version> (mailto:<contact>)``."""
    return f"biblio/{__version__} (mailto:{contact_email})" if contact_email else f"biblio/{__version__}"


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL, else InputError."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InputError(f"{url}: not a valid URL") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url}: only http:// and https:// URLs can be fetched")
    return url


def build_url(url: str, params: Params | None = None) -> str:
    """``url`` with ``params`` appended as a query string (sorted, so cache keys are stable)."""
    if not params:
        return url
    query = urlencode(sorted((k, str(v)) for k, v in params.items()))
    return f"{url}{'&' if urlsplit(url).query else '?'}{query}"


def retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date); None if unreadable."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


class HttpSession:
    """A requests session with biblio's policies; see the module docstring."""

    def __init__(
        self,
        config: NetConfig,
        cache: ResponseCache | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import requests  # lazy: the CLI must start without it

        self.config = config
        self.cache = cache if cache is not None else (ResponseCache(config.cache_dir) if config.cache_dir else None)
        self._sleep = sleep
        self._http = requests.Session()
        self._http.headers["User-Agent"] = user_agent(config.contact_email)

    def close(self) -> None:
        """Release the connection pool."""
        self._http.close()

    def __enter__(self) -> HttpSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_json(self, url: str, *, params: Params | None = None, accept: str = "application/json") -> Any:
        """GET and parse JSON (see :meth:`get`); an answer that is not JSON is an error and is not cached."""
        return self.get_checked(url, Response.json, params=params, accept=accept)[0]

    def get(
        self, url: str, *, params: Params | None = None, accept: str = "", use_cache: bool = True, fresh: bool = False
    ) -> Response:
        """GET ``url`` (with ``params``) following the policies; raises NetworkError/InputError."""
        return self.get_checked(url, _as_is, params=params, accept=accept, use_cache=use_cache, fresh=fresh)[1]

    def get_checked(
        self,
        url: str,
        check: Callable[[Response], T],
        *,
        params: Params | None = None,
        accept: str = "",
        use_cache: bool = True,
        fresh: bool = False,
    ) -> tuple[T, Response]:
        """GET ``url`` and ``check`` the answer (parse it, validate its shape): (what check returned, the answer).

        Only an answer that passes ``check`` is cached; if ``check`` raises, the error propagates and nothing
        is kept. A cached answer that fails it (cached by an older biblio) is dropped and fetched again.
        """
        full = check_url(build_url(url, params))
        key = cache_key(full, accept)
        cache = self.cache if use_cache else None
        if cache is not None and not (fresh and not self.config.offline):
            hit = cache.get(key, None if self.config.offline else self.config.cache_max_age)
            if hit is not None:
                try:
                    return check(hit), hit
                except BiblioError:
                    if self.config.offline:
                        raise
                    cache.drop(key)
        if self.config.offline:
            raise NetworkError(f"{full}: offline and not in the cache")
        response = self._with_retries(full, accept, time.monotonic() + self.config.deadline)
        value = check(response)
        if cache is not None:
            cache.put(key, response)
        return value, response

    def _with_retries(self, url: str, accept: str, deadline: float) -> Response:
        attempt = 0
        while True:
            try:
                return self._follow(url, accept, deadline)
            except _Retry as retry:
                if attempt >= self.config.retries:
                    raise retry.error from None
                wait = retry.wait if retry.wait is not None else self.config.backoff * 2**attempt
                if wait > self.config.max_wait:
                    raise NetworkError(f"{retry.error} (the server asks to wait {wait:.0f}s)") from None
                if time.monotonic() + wait >= deadline:
                    left = f"no time left to retry within {self._deadline_text()}"
                    raise NetworkError(f"{retry.error} ({left})") from None
                self._sleep(wait)
                attempt += 1

    def _deadline_text(self) -> str:
        return f"the {self.config.deadline:g}s deadline"

    def _follow(self, url: str, accept: str, deadline: float) -> Response:
        seen = {url}
        current = url
        for _ in range(self.config.max_redirects + 1):
            raw = self._send(current, accept, deadline)
            if not raw.is_redirect:
                return self._read(raw, current, deadline)
            location = urljoin(current, raw.headers.get("location", ""))
            raw.close()
            check_url(location)
            if location in seen:
                raise NetworkError(f"{url}: redirect loop (back to {location})")
            seen.add(location)
            current = location
        raise NetworkError(f"{url}: more than {self.config.max_redirects} redirects")

    def _send(self, url: str, accept: str, deadline: float) -> requests.Response:
        import requests

        headers = {"Accept": accept} if accept else {}
        timeout = self._wait_limit(url, deadline)
        try:
            return self._http.get(url, headers=headers, timeout=timeout, stream=True, allow_redirects=False)
        except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as exc:
            raise InputError(f"{url}: not a valid URL ({_reason(exc)})") from None
        except requests.Timeout:
            self._wait_limit(url, deadline)  # the deadline passed: say so rather than "timeout"
            raise _Retry(NetworkError(f"{url}: no answer within {timeout:g}s (timeout)")) from None
        except requests.ConnectionError as exc:
            raise _Retry(NetworkError(f"{url}: cannot connect ({_reason(exc)})")) from None
        except requests.RequestException as exc:
            raise NetworkError(f"{url}: request failed ({_reason(exc)})") from None

    def _wait_limit(self, url: str, deadline: float) -> float:
        """Seconds one socket wait may take: the timeout, cut to what is left of the deadline (passed: error)."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise NetworkError(f"{url}: no complete answer within {self._deadline_text()}")
        return min(self.config.timeout, left)

    def _read(self, raw: requests.Response, url: str, deadline: float) -> Response:
        with raw:
            status = raw.status_code
            headers = {k.lower(): v for k, v in raw.headers.items()}
            if status in RETRY_STATUSES:
                wait = retry_after(headers.get("retry-after", ""))
                raise _Retry(HttpStatusError(f"{url}: {_status_text(status)}", status), wait)
            if status >= 400:
                raise HttpStatusError(f"{url}: {_status_text(status)}", status)
            body = self._body(raw, url, headers, deadline)
        return Response(url=url, status=status, content=body, headers=headers)

    def _body(self, raw: requests.Response, url: str, headers: dict[str, str], deadline: float) -> bytes:
        """The body, read in chunks as they arrive; the whole GET must end before ``deadline`` (monotonic)."""
        from urllib3.exceptions import HTTPError as Urllib3Error

        limit = self.config.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise NetworkError(f"{url}: the answer is too large ({int(declared)} bytes, limit {limit})")
        stream = raw.raw
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                _socket_timeout(stream, self._wait_limit(url, deadline))
                chunk = stream.read1(CHUNK, decode_content=True)
                if not chunk:
                    return b"".join(chunks)
                size += len(chunk)
                if size > limit:
                    raise NetworkError(f"{url}: the answer is too large (over the limit of {limit} bytes)")
                chunks.append(chunk)
        except (Urllib3Error, OSError) as exc:
            self._wait_limit(url, deadline)
            raise _Retry(NetworkError(f"{url}: the answer broke off ({_reason(exc)})")) from None


def _as_is(response: Response) -> Response:
    return response


def _socket_timeout(stream: Any, seconds: float) -> None:
    """Let the next read of ``stream`` (a urllib3 response) wait at most ``seconds`` for data."""
    sock = getattr(getattr(stream, "connection", None), "sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def _reason(exc: BaseException) -> str:
    """A short reason for a requests exception (the innermost cause, one line)."""
    inner: BaseException = exc
    while inner.__context__ is not None and inner.__context__ is not inner:
        inner = inner.__context__
    text = str(inner) or type(inner).__name__
    return " ".join(text.split())[:160]


def make_session(
    config: NetConfig | None = None,
    *,
    cache: ResponseCache | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> HttpSession:
    """The shared session factory; ``config`` defaults to the environment (:func:`load_net_config`)."""
    return HttpSession(config if config is not None else load_net_config(), cache=cache, sleep=sleep)
