"""Fetch one URL politely: Fetcher(settings).fetch(url, previous=entry) -> Page, or a FetchError.

Polite means: robots.txt is obeyed (read once per origin with protego; a 4xx robots.txt allows
everything, a 5xx or unreachable one forbids everything on that origin); requests to one host
are serialised and spaced by ``delay`` seconds (or the robots.txt Crawl-delay, if longer)
counted from the end of the previous request; 429, 5xx and network errors are retried with
exponential backoff, honouring Retry-After; bodies are streamed and stopped at a cap on the
bytes on the wire and another on the bytes after gzip/deflate is undone (a gzip bomb stops at
the cap, never inflated in full); redirects are followed by hand, up to a cap, and a loop is
named as such. Given the manifest entry of an earlier fetch, the request is conditional
(If-None-Match / If-Modified-Since) and a 304 yields ``Page(unchanged=True, raw=None)``.

Errors: FetchError (with ``status`` for HTTP errors, including a final 404), RobotsDisallowed,
TooLarge, all from ingest.errors.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx
from protego import Protego

from ingest.charset import decode
from ingest.errors import FetchError, RobotsDisallowed, TooLarge

log = logging.getLogger(__name__)

REDIRECTS = frozenset({301, 302, 303, 307, 308})
TEXT_TYPES = ("text/", "html", "xml", "json", "javascript")
CHUNK = 64 * 1024


@dataclass(slots=True)
class FetchSettings:
    """Every knob of the fetcher; the defaults are polite enough for government sites."""

    user_agent: str = "policykb/0.1 (+https://example.org/policykb)"
    delay: float = 1.0  # seconds from the end of one request to the start of the next, per host
    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # longest silence while waiting for bytes
    total_timeout: float = 120.0  # longest a body may take to arrive in full
    max_raw_bytes: int = 20 * 2**20  # the body as sent on the wire (possibly compressed)
    max_decoded_bytes: int = 50 * 2**20  # the body once Content-Encoding is undone
    max_redirects: int = 5
    retries: int = 3  # further attempts after the first, on 429, 5xx and network errors
    backoff: float = 0.5  # first wait between attempts; doubles on each further attempt
    max_backoff: float = 30.0
    max_retry_after: float = 60.0  # a server's Retry-After is honoured up to this many seconds
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay is honoured up to this many seconds
    robots_max_bytes: int = 512 * 1024  # a longer robots.txt counts as unreadable
    obey_robots: bool = True


@dataclass(slots=True)
class Page:
    """One fetched page. ``raw`` is the body with Content-Encoding undone (None when unchanged)."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int  # 2xx, or 304 when unchanged
    content_type: str  # the Content-Type header as sent, charset included
    encoding: str  # the codec the text was decoded with ("" for non-text bodies)
    raw: bytes | None
    text: str  # "" for non-text bodies (PDF, ...) and for unchanged pages
    fetched_at: str  # ISO 8601, UTC
    sha256: str  # of raw; for an unchanged page, the hash of the earlier fetch
    etag: str = ""
    last_modified: str = ""
    unchanged: bool = False


@dataclass(slots=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes | None  # read only for 2xx answers


@dataclass(slots=True)
class _Robots:
    rules: Protego | None  # None: everything allowed
    error: str = ""  # set when robots.txt could not be read: nothing allowed


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def is_text(content_type: str) -> bool:
    """Whether a body of this Content-Type is decoded to text (HTML, XML, plain text, JSON)."""
    ctype = content_type.split(";")[0].strip().lower()
    return not ctype or any(t in ctype for t in TEXT_TYPES)


class _Inflater:
    """Undo a Content-Encoding chunk by chunk, never producing more than the room left."""

    def __init__(self, coding: str, url: str):
        codings = [c.strip().lower() for c in coding.split(",") if c.strip().lower() not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise FetchError(url, f"unsupported Content-Encoding {coding!r}")
        self.url = url
        self.coding = codings[0] if codings else ""
        self._z: Any = zlib.decompressobj(16 + zlib.MAX_WBITS) if "gzip" in self.coding else None

    def feed(self, data: bytes, room: int) -> bytes:
        if not self.coding:
            out = data
        else:
            if self._z is None:  # deflate: zlib-wrapped as the RFC says, or raw as some servers send
                wrapped = len(data) > 1 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
                self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
            buf = bytearray()
            try:
                while data and not self._z.eof:
                    buf += self._z.decompress(data, room - len(buf) + 1)
                    if len(buf) > room:
                        break
                    data = self._z.unconsumed_tail
            except zlib.error as e:
                raise FetchError(self.url, f"corrupt {self.coding} body: {e}") from e
            out = bytes(buf)
        if len(out) > room:
            raise TooLarge(self.url, "decoded body passed its cap")
        return out


class Fetcher:
    """A polite HTTP client; use as a context manager, or call close()."""

    def __init__(
        self, settings: FetchSettings | None = None, *, transport: httpx.BaseTransport | None = None
    ):
        self.settings = s = settings or FetchSettings()
        self._client = httpx.Client(
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            follow_redirects=False,
            transport=transport,
        )
        self._lock = threading.Lock()  # guards the dicts below
        self._robots_lock = threading.Lock()  # one robots.txt download at a time
        self._host_locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}  # host -> time.monotonic() at the end of its last request
        self._delays: dict[str, float] = {}  # host -> delay from robots.txt Crawl-delay
        self._robots: dict[str, _Robots] = {}  # origin -> rules

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def fetch(self, url: str, *, previous: Mapping[str, Any] | object | None = None) -> Page:
        """Fetch a URL; conditionally when ``previous`` (a manifest entry or dict) has etag/last_modified."""
        url = _check_url(url, url)
        s = self.settings
        prev = _Previous(previous)
        headers: dict[str, str] = {}
        if prev.etag:
            headers["If-None-Match"] = prev.etag
        if prev.last_modified:
            headers["If-Modified-Since"] = prev.last_modified
        final, resp = self._follow(url, headers, s.max_raw_bytes, s.max_decoded_bytes, robots=s.obey_robots)
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        etag = resp.headers.get("etag", "")
        last_modified = resp.headers.get("last-modified", "")
        if resp.status == 304 and headers and prev.sha256:
            log.debug("unchanged: %s", url)
            return Page(
                url=url, final_url=final, status=304, content_type=prev.content_type,
                encoding=prev.encoding, raw=None, text="", fetched_at=fetched_at, sha256=prev.sha256,
                etag=etag or prev.etag, last_modified=last_modified or prev.last_modified, unchanged=True,
            )  # fmt: skip
        if not 200 <= resp.status < 300 or resp.body is None:
            where = f" (at {final})" if final != url else ""
            raise FetchError(url, f"HTTP {resp.status}{where}", status=resp.status)
        ctype = resp.headers.get("content-type", "")
        text, encoding = decode(resp.body, ctype) if is_text(ctype) else ("", "")
        log.debug("fetched %s (%d bytes, %s)", final, len(resp.body), encoding or ctype)
        return Page(
            url=url, final_url=final, status=resp.status, content_type=ctype, encoding=encoding,
            raw=resp.body, text=text, fetched_at=fetched_at, sha256=hashlib.sha256(resp.body).hexdigest(),
            etag=etag, last_modified=last_modified,
        )  # fmt: skip

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch the URL (reading robots.txt if not read yet)."""
        try:
            self._check_robots(url)
        except RobotsDisallowed:
            return False
        return True

    # -- redirects and robots ------------------------------------------------------------------

    def _follow(
        self, url: str, headers: dict[str, str], max_raw: int, max_decoded: int, *, robots: bool
    ) -> tuple[str, _Response]:
        chain = [url]
        while True:
            if robots:
                self._check_robots(chain[-1])
            resp = self._exchange(chain[-1], headers, max_raw, max_decoded)
            location = resp.headers.get("location", "").strip()
            if resp.status not in REDIRECTS or not location:
                return chain[-1], resp
            target = _check_url(urljoin(chain[-1], location), url)
            if target in chain:
                raise FetchError(url, "redirect loop: " + " -> ".join([*chain, target]))
            if len(chain) > self.settings.max_redirects:
                raise FetchError(url, f"more than {self.settings.max_redirects} redirects")
            log.debug("redirect %d: %s -> %s", resp.status, chain[-1], target)
            chain.append(target)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            robots = self._robots.get(origin)
            if robots is None:
                robots = self._robots[origin] = self._load_robots(origin, parts.hostname or "")
        if robots.error:
            raise RobotsDisallowed(url, f"robots.txt could not be read ({robots.error}); not fetching")
        if robots.rules is not None and not robots.rules.can_fetch(url, self.settings.user_agent):
            raise RobotsDisallowed(url, "robots.txt disallows it")

    def _load_robots(self, origin: str, host: str) -> _Robots:
        s = self.settings
        try:
            _, resp = self._follow(
                origin + "/robots.txt", {}, s.max_raw_bytes, s.robots_max_bytes, robots=False
            )
        except FetchError as e:
            log.warning("robots.txt of %s unreadable: %s", origin, e.reason)
            return _Robots(None, e.reason)
        if 400 <= resp.status < 500 and resp.status != 429:
            return _Robots(None)  # no robots.txt: everything is allowed
        if not 200 <= resp.status < 300 or resp.body is None:
            log.warning("robots.txt of %s answered HTTP %d", origin, resp.status)
            return _Robots(None, f"HTTP {resp.status}")
        rules = Protego.parse(decode(resp.body, resp.headers.get("content-type"))[0])
        crawl_delay = rules.crawl_delay(s.user_agent)
        if crawl_delay:
            with self._lock:
                self._delays[host] = min(float(crawl_delay), s.max_crawl_delay)
        return _Robots(rules)

    # -- one request, with politeness and retries -----------------------------------------------

    def _host_lock(self, host: str) -> threading.Lock:
        with self._lock:
            return self._host_locks.setdefault(host, threading.Lock())

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            last = self._last.get(host)
            delay = max(self.settings.delay, self._delays.get(host, 0.0))
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)

    def _retry_wait(self, attempt: int, resp: _Response | None) -> float:
        s = self.settings
        after = parse_retry_after(resp.headers.get("retry-after")) if resp is not None else None
        if after is not None:
            return min(after, s.max_retry_after)
        return min(s.backoff * 2**attempt, s.max_backoff)

    def _exchange(self, url: str, headers: dict[str, str], max_raw: int, max_decoded: int) -> _Response:
        host = urlsplit(url).hostname or ""
        with self._host_lock(host):
            attempt = 0
            while True:
                self._wait_turn(host)
                resp, error = None, ""
                try:
                    resp = self._send(url, headers, max_raw, max_decoded)
                except httpx.TransportError as e:
                    error = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
                finally:
                    with self._lock:
                        self._last[host] = time.monotonic()
                if resp is not None and resp.status != 429 and resp.status < 500:
                    return resp
                if attempt >= self.settings.retries:
                    if resp is None:
                        raise FetchError(url, f"{error} (after {attempt + 1} attempts)")
                    return resp
                wait = self._retry_wait(attempt, resp)
                why = error or f"HTTP {resp.status if resp else '?'}"
                log.info("%s: %s; retrying in %.1f s", url, why, wait)
                time.sleep(wait)
                attempt += 1

    def _send(self, url: str, headers: dict[str, str], max_raw: int, max_decoded: int) -> _Response:
        deadline = time.monotonic() + self.settings.total_timeout
        with self._client.stream("GET", url, headers=headers) as r:
            if not 200 <= r.status_code < 300:
                return _Response(r.status_code, r.headers, None)
            length = r.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_raw:
                raise TooLarge(url, f"Content-Length {length} is over the raw cap of {max_raw} bytes")
            inflater = _Inflater(r.headers.get("content-encoding", ""), url)
            seen, body = 0, bytearray()
            for chunk in r.iter_raw(CHUNK):
                seen += len(chunk)
                if seen > max_raw:
                    raise TooLarge(url, f"body passed the raw cap of {max_raw} bytes")
                try:
                    body += inflater.feed(chunk, max_decoded - len(body))
                except TooLarge:
                    raise TooLarge(url, f"decoded body passed the cap of {max_decoded} bytes") from None
                if time.monotonic() > deadline:
                    raise FetchError(url, f"body took longer than {self.settings.total_timeout} s")
            return _Response(r.status_code, r.headers, bytes(body))


class _Previous:
    """The fields of an earlier fetch that a conditional request needs, from a dict or an object."""

    def __init__(self, previous: Mapping[str, Any] | object | None):
        def field(name: str) -> str:
            if isinstance(previous, Mapping):
                return str(previous.get(name) or "")
            return str(getattr(previous, name, "") or "")

        self.etag, self.last_modified, self.sha256 = field("etag"), field("last_modified"), field("sha256")
        self.content_type, self.encoding = field("content_type"), field("encoding")


def _check_url(url: str, asked: str) -> str:
    """The URL without its fragment, or a FetchError if it is not http(s)."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(asked, f"not an http(s) URL: {url!r}")
    return url
