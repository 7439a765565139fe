"""Tests for ingest.fetch against a real HTTP server on 127.0.0.1 (no mocks, no internet)."""

from __future__ import annotations

import codecs
import gzip
import time
import tracemalloc
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler

import pytest
from localserver import LocalServer, reply

from ingest.errors import FetchError, RobotsDisallowed, TooLarge
from ingest.fetch import Fetcher, FetchSettings, parse_retry_after


def settings(**kw) -> FetchSettings:
    base = dict(delay=0.0, backoff=0.01, connect_timeout=2.0, read_timeout=2.0, total_timeout=20.0)
    return FetchSettings(**(base | kw))


@pytest.fixture
def server():
    s = LocalServer()
    yield s
    s.close()


def test_fetch_returns_page_with_text_hash_and_user_agent(server):
    server.add("/doc.html", "<p>广东省 政策</p>".encode(), ETag='"v1"')
    with Fetcher(settings()) as f:
        page = f.fetch(server.url + "/doc.html#section-2")
    assert page.url == page.final_url == server.url + "/doc.html"
    assert page.status == 200 and not page.unchanged
    assert page.text == "<p>广东省 政策</p>" and page.encoding == "utf-8"
    assert len(page.sha256) == 64 and page.etag == '"v1"'
    assert server.hits("/doc.html")[0][2]["User-Agent"].startswith("policykb/0.1")


def test_fetch_non_text_body_kept_raw(server):
    server.add("/a.pdf", b"%PDF-1.7 \x00\xff", Content_Type="application/pdf")
    with Fetcher(settings()) as f:
        page = f.fetch(server.url + "/a.pdf")
    assert page.raw == b"%PDF-1.7 \x00\xff" and page.text == ""


def test_fetch_404_raises_with_status(server):
    with Fetcher(settings()) as f, pytest.raises(FetchError) as e:
        f.fetch(server.url + "/missing.html")
    assert e.value.status == 404


def test_fetch_robots_disallow_and_allow(server):
    server.add("/robots.txt", b"User-agent: policykb\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n",
               Content_Type="text/plain")  # fmt: skip
    server.add("/private/a.html", b"secret")
    server.add("/public.html", b"ok")
    with Fetcher(settings()) as f:
        with pytest.raises(RobotsDisallowed):
            f.fetch(server.url + "/private/a.html")
        assert f.fetch(server.url + "/public.html").raw == b"ok"
        assert not f.allowed(server.url + "/private/b.html")
    assert server.hits("/private/a.html") == []
    assert len(server.hits("/robots.txt")) == 1  # read once per host


def test_fetch_robots_404_allows_all(server):
    server.add("/page.html", b"ok")
    with Fetcher(settings()) as f:
        assert f.fetch(server.url + "/page.html").raw == b"ok"
    assert len(server.hits("/robots.txt")) == 1


def test_fetch_robots_500_disallows_everything(server):
    server.add("/robots.txt", b"oops", status=500)
    server.add("/page.html", b"ok")
    with Fetcher(settings(retries=0)) as f:
        for _ in range(2):
            with pytest.raises(RobotsDisallowed, match="robots.txt could not be read"):
                f.fetch(server.url + "/page.html")
    assert server.hits("/page.html") == []
    assert len(server.hits("/robots.txt")) == 1


def test_fetch_robots_unreachable_disallows():
    s = LocalServer()
    url = s.url
    s.close()  # nothing listens on that port any more
    with Fetcher(settings(retries=0, connect_timeout=0.5)) as f, pytest.raises(RobotsDisallowed):
        f.fetch(url + "/page.html")


def test_fetch_per_host_delay_between_requests(server):
    for name in ("a", "b", "c"):
        server.add(f"/{name}.html", b"x")
    with Fetcher(settings(delay=0.2)) as f:
        for name in ("a", "b", "c"):
            f.fetch(f"{server.url}/{name}.html")
    times = [t for _, t, _ in server.requests]
    assert len(times) == 4  # robots.txt, then the three pages
    assert all(later - earlier >= 0.2 for earlier, later in zip(times, times[1:], strict=False))


def flaky(statuses: list[tuple[int, dict]], body: bytes = b"finally") -> Callable:
    """A route that answers the scripted statuses in turn, then 200."""
    calls = iter(statuses)

    def route(h: BaseHTTPRequestHandler) -> None:
        status, headers = next(calls, (200, {}))
        reply(h, status, body if status == 200 else b"busy", headers)

    return route


def test_fetch_retries_503_honouring_retry_after(server):
    server.routes["/busy.html"] = flaky([(503, {"Retry-After": "1"})])
    with Fetcher(settings(backoff=0.01)) as f:
        page = f.fetch(server.url + "/busy.html")
    assert page.raw == b"finally"
    first, second = (t for _, t, _ in server.hits("/busy.html"))
    assert second - first >= 1.0  # the backoff alone would have waited 0.01 s


def test_fetch_retries_429_then_succeeds(server):
    server.routes["/limited.html"] = flaky([(429, {}), (429, {"Retry-After": "0"})])
    with Fetcher(settings()) as f:
        assert f.fetch(server.url + "/limited.html").raw == b"finally"
    assert len(server.hits("/limited.html")) == 3


def test_fetch_gives_up_after_retries(server):
    server.add("/down.html", b"down", status=503)
    with Fetcher(settings(retries=2)) as f, pytest.raises(FetchError) as e:
        f.fetch(server.url + "/down.html")
    assert e.value.status == 503
    assert len(server.hits("/down.html")) == 3


def test_parse_retry_after_seconds_and_http_date():
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_fetch_read_timeout_raises_fetch_error(server):
    def slow(h):
        time.sleep(1.5)
        reply(h, 200, b"late")

    server.routes["/slow.html"] = slow
    with Fetcher(settings(read_timeout=0.5, retries=0)) as f, pytest.raises(FetchError, match="Timeout"):
        f.fetch(server.url + "/slow.html")


def test_fetch_raw_cap_by_content_length(server):
    server.add("/big.html", b"x" * 300_000)
    with Fetcher(settings(max_raw_bytes=100_000)) as f, pytest.raises(TooLarge, match="raw cap"):
        f.fetch(server.url + "/big.html")


def test_fetch_raw_cap_while_streaming_without_length(server):
    def endless(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()  # no Content-Length: the body ends when the connection closes
        for _ in range(40):
            h.wfile.write(b"y" * 16_384)

    server.routes["/stream.html"] = endless
    with Fetcher(settings(max_raw_bytes=100_000)) as f, pytest.raises(TooLarge, match="raw cap"):
        f.fetch(server.url + "/stream.html")


def test_fetch_gzip_body_is_decoded(server):
    server.add("/z.html", gzip.compress("<p>压缩的页面</p>".encode()), Content_Encoding="gzip")
    with Fetcher(settings()) as f:
        page = f.fetch(server.url + "/z.html")
    assert page.text == "<p>压缩的页面</p>"
    assert server.hits("/z.html")[0][2]["Accept-Encoding"] == "gzip, deflate"


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_fetch_deflate_body_is_decoded(server, wbits):
    z = zlib.compressobj(wbits=wbits)
    server.add("/d.html", z.compress("<p>政策</p>".encode()) + z.flush(), Content_Encoding="deflate")
    with Fetcher(settings()) as f:
        assert f.fetch(server.url + "/d.html").text == "<p>政策</p>"


def test_fetch_unsupported_content_encoding(server):
    server.add("/br.html", b"\x00\x01", Content_Encoding="br")
    with Fetcher(settings()) as f, pytest.raises(FetchError, match="unsupported Content-Encoding"):
        f.fetch(server.url + "/br.html")


def test_fetch_gzip_bomb_stops_at_decoded_cap(server):
    bomb = gzip.compress(b"\0" * 20_000_000, 9)
    assert len(bomb) < 100_000
    server.add("/bomb.html", bomb, Content_Encoding="gzip")
    tracemalloc.start()
    try:
        with Fetcher(settings(max_raw_bytes=1_000_000, max_decoded_bytes=1_000_000)) as f:
            with pytest.raises(TooLarge, match="decoded body passed the cap of 1000000"):
                f.fetch(server.url + "/bomb.html")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000  # never inflated in full (20 MB)


def test_fetch_follows_redirects(server):
    server.add("/old.html", status=301, Location="/new.html")
    server.add("/new.html", b"moved here")
    with Fetcher(settings()) as f:
        page = f.fetch(server.url + "/old.html")
    assert page.url == server.url + "/old.html"
    assert page.final_url == server.url + "/new.html" and page.raw == b"moved here"


def test_fetch_redirect_loop_named(server):
    server.add("/a.html", status=302, Location="/b.html")
    server.add("/b.html", status=302, Location=server.url + "/a.html")
    with Fetcher(settings()) as f, pytest.raises(FetchError, match="redirect loop"):
        f.fetch(server.url + "/a.html")
    assert len(server.hits("/a.html")) == 1


def test_fetch_too_many_redirects(server):
    for i in range(8):
        server.add(f"/r{i}", status=307, Location=f"/r{i + 1}")
    with Fetcher(settings(max_redirects=5)) as f, pytest.raises(FetchError, match="more than 5 redirects"):
        f.fetch(server.url + "/r0")
    assert server.hits("/r7") == []


def test_fetch_gb2312_page_with_gbk_characters(server):
    html = '<html><head><meta charset="gb2312"></head><body>朱镕基 董祎</body></html>'
    server.add("/gb.html", html.encode("gbk"), Content_Type="text/html; charset=gb2312")
    with Fetcher(settings()) as f:
        page = f.fetch(server.url + "/gb.html")
    assert "朱镕基 董祎" in page.text and page.encoding == "gb18030"


def test_fetch_bom_wins_over_header(server):
    server.add("/bom.html", codecs.BOM_UTF8 + "<p>中文</p>".encode(), Content_Type="text/html; charset=gbk")
    with Fetcher(settings()) as f:
        page = f.fetch(server.url + "/bom.html")
    assert page.text == "<p>中文</p>" and page.encoding == "utf-8"


def test_fetch_conditional_304_downloads_nothing(server):
    stamp = "Wed, 01 Jan 2025 00:00:00 GMT"

    def cached(h):
        if h.headers.get("If-None-Match") == '"v1"':
            reply(h, 304, b"", {"ETag": '"v1"'})
        else:
            reply(h, 200, b"<p>v1</p>", {"ETag": '"v1"', "Last-Modified": stamp})

    server.routes["/c.html"] = cached
    with Fetcher(settings()) as f:
        first = f.fetch(server.url + "/c.html")
        previous = {"etag": first.etag, "last_modified": first.last_modified, "sha256": first.sha256,
                    "content_type": first.content_type, "encoding": first.encoding}  # fmt: skip
        second = f.fetch(server.url + "/c.html", previous=previous)
    assert second.unchanged and second.raw is None and second.status == 304
    assert second.sha256 == first.sha256 and second.last_modified == stamp
    sent = server.hits("/c.html")[1][2]
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == stamp


def test_fetch_rejects_non_http_url():
    with Fetcher(settings()) as f, pytest.raises(FetchError, match="not an http"):
        f.fetch("file:///etc/passwd")
