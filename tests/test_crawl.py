"""Tests for ingest.crawl: the raw store, link following, failures, re-crawls, sources.toml."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from localserver import LocalServer, reply

from ingest.crawl import RawStore, crawl, crawl_sources, extract_links, load_sources, normalize_url
from ingest.errors import ParseError
from ingest.fetch import Fetcher, FetchSettings, Page

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def server():
    s = LocalServer()
    yield s
    s.close()


@pytest.fixture
def fetcher():
    with Fetcher(FetchSettings(delay=0.0, backoff=0.01, retries=0, read_timeout=2.0)) as f:
        yield f


def page(url: str, raw: bytes, **kw) -> Page:
    import hashlib

    fields = dict(url=url, final_url=url, status=200, content_type="text/html", encoding="utf-8", raw=raw,
                  text=raw.decode(), fetched_at="2025-01-01T00:00:00+00:00",
                  sha256=hashlib.sha256(raw).hexdigest())  # fmt: skip
    return Page(**(fields | kw))


def test_rawstore_is_content_addressed_and_reloads(tmp_path):
    store = RawStore(tmp_path / "raw")
    a = store.put(page("http://x/a", b"same body"))
    store.put(page("http://x/b", b"same body"))
    assert len(store.objects()) == 1
    assert store.objects()[0] == tmp_path / "raw" / "objects" / a.sha256[:2] / a.sha256
    lines = (tmp_path / "raw" / "manifest.jsonl").read_text().splitlines()
    assert [json.loads(line)["url"] for line in lines] == ["http://x/a", "http://x/b"]
    again = RawStore(tmp_path / "raw")
    assert [e.url for e in again.entries()] == ["http://x/a", "http://x/b"]
    assert again.read("http://x/b") == b"same body" and again.read("http://x/none") is None


def test_crawl_records_404_and_keeps_going(server, fetcher, tmp_path):
    server.add("/ok.html", "<p>ok</p>")
    store = RawStore(tmp_path)
    report = crawl([server.url + "/missing.html", server.url + "/ok.html"], store, fetcher)
    assert report.fetched == [server.url + "/ok.html"]
    [failure] = report.failures
    assert failure.url == server.url + "/missing.html" and failure.status == 404 and "404" in failure.reason
    assert store.read(server.url + "/ok.html") == b"<p>ok</p>"
    assert server.url + "/missing.html" not in store


def test_crawl_follows_links_within_hosts_patterns_and_depth(server, fetcher, tmp_path):
    other = LocalServer()
    try:
        server.add(
            "/list/",
            f"""<html><body>
            <a href="/doc/1.html">one</a>
            <a href="/doc/2.html#part">two</a> <a href="doc/../../doc/2.html">two again</a>
            <a href="/about.html">not a document</a>
            <a href="{other.url}/doc/3.html">another host</a>
            <a href="mailto:x@example.org">mail</a></body></html>""",
        )
        server.add("/doc/1.html", '<a href="/doc/deep.html">too deep</a>')
        server.add("/doc/2.html", "<p>two</p>")
        server.add("/doc/deep.html", "<p>deep</p>")
        server.add("/about.html", "<p>about</p>")
        other.add("/doc/3.html", "<p>three</p>")
        report = crawl([server.url + "/list/"], RawStore(tmp_path), fetcher, follow=True,
                       url_patterns=[r"/doc/\d+\.html$"], max_depth=1)  # fmt: skip
    finally:
        other.close()
    assert server.paths() == ["/list/", "/doc/1.html", "/doc/2.html"]
    assert other.requests == []
    assert report.failures == [] and len(report.fetched) == 3


def test_crawl_depth_two_and_max_pages(server, fetcher, tmp_path):
    server.add("/", '<a href="/p1.html">1</a><a href="/p2.html">2</a>')
    server.add("/p1.html", '<a href="/p3.html">3</a>')
    server.add("/p2.html", "two")
    server.add("/p3.html", "three")
    crawl([server.url + "/"], RawStore(tmp_path / "a"), fetcher, follow=True, max_depth=2)
    assert sorted(server.paths()) == ["/", "/p1.html", "/p2.html", "/p3.html"]
    report = crawl(
        [server.url + "/"], RawStore(tmp_path / "b"), fetcher, follow=True, max_depth=2, max_pages=2
    )
    assert len(report.fetched) == 2


def test_crawl_without_follow_fetches_only_seeds(server, fetcher, tmp_path):
    server.add("/", '<a href="/p1.html">1</a>')
    report = crawl([server.url + "/", server.url + "/#again"], RawStore(tmp_path), fetcher)
    assert server.paths() == ["/"] and report.fetched == [server.url + "/"]


def test_crawl_conditional_refetch_adds_nothing(server, fetcher, tmp_path):
    def etagged(body: bytes, tag: str) -> Callable:
        def route(h):
            if h.headers.get("If-None-Match") == tag:
                reply(h, 304, b"", {"ETag": tag})
            else:
                reply(h, 200, body, {"ETag": tag})

        return route

    server.routes["/list/"] = etagged(b'<a href="/doc/1.html">1</a>', '"list-v1"')
    server.routes["/doc/1.html"] = etagged(b"<p>one</p>", '"doc-v1"')
    store = RawStore(tmp_path)
    first = crawl([server.url + "/list/"], store, fetcher, follow=True)
    objects, manifest = store.objects(), (tmp_path / "manifest.jsonl").read_text()
    second = crawl([server.url + "/list/"], RawStore(tmp_path), fetcher, follow=True)
    assert len(first.fetched) == 2 and first.unchanged == []
    # The unchanged list page's stored links are still followed, and the document is unchanged too.
    assert second.fetched == [] and second.unchanged == [server.url + "/list/", server.url + "/doc/1.html"]
    assert RawStore(tmp_path).objects() == objects
    assert [json.loads(x)["sha256"] for x in manifest.splitlines()] == [
        e.sha256 for e in RawStore(tmp_path).entries()
    ]
    assert [h.get("If-None-Match") for p, _, h in server.requests if p == "/doc/1.html"] == [None, '"doc-v1"']


def test_extract_links_resolves_base_and_drops_fragments():
    html = '<base href="http://h/dir/"><a href="a.html#x">a</a><A HREF="/b.html">b</A><a name="c">c</a>'
    assert extract_links(html, "http://ignored/") == ["http://h/dir/a.html", "http://h/b.html"]
    assert normalize_url("HTTP://Example.ORG:80/p#frag") == "http://example.org/p"


def test_load_sources_reads_the_real_corpus_file():
    sources = load_sources(REPO / "corpus" / "sources.toml")
    assert sources[0].url == "http://www.gd.gov.cn/gkmlpt/content/4/4436/post_4436455.html"
    assert not sources[0].follow
    listings = [s for s in sources if s.follow]
    assert {"www.gd.gov.cn", "www.gz.gov.cn"} <= {s.url.split("/")[2] for s in listings}
    for s in listings:
        assert s.allow and s.max_depth == 1
        assert not any(re.search(p, s.url) for p in s.allow)  # listing pages themselves are not documents
    assert any(re.search(p, "http://www.gd.gov.cn/gkmlpt/content/4/4436/post_4436455.html")
               for s in listings for p in s.allow)  # fmt: skip
    local = sources[-1]
    assert local.url == "" and local.path == (REPO / ".." / "shared" / "corpus").resolve()


def test_load_sources_rejects_malformed_entries(tmp_path):
    toml = tmp_path / "sources.toml"
    toml.write_text('[[source]]\nname = "both"\nurl = "http://x/"\npath = "docs"\n')
    with pytest.raises(ParseError, match="exactly one of url or path"):
        load_sources(toml)
    toml.write_text('[[source]]\nname = "bad"\nurl = "http://x/"\nallow = ["("]\n')
    with pytest.raises(ParseError, match="bad allow pattern"):
        load_sources(toml)
    toml.write_text("[[source]\n")
    with pytest.raises(ParseError):
        load_sources(toml)


def test_crawl_sources_skips_paths_and_fetches_each_url_once(server, fetcher, tmp_path):
    server.add("/doc.html", "<p>doc</p>")
    server.add("/list/", '<a href="/doc.html">doc</a>')
    toml = tmp_path / "sources.toml"
    toml.write_text(f"""
[[source]]
name = "doc"
url = "{server.url}/doc.html"

[[source]]
name = "list"
url = "{server.url}/list/"
follow = true
allow = ['/doc\\.html$']

[[source]]
name = "local"
path = "files"
""")
    sources = load_sources(toml)
    assert sources[2].path == tmp_path / "files"
    report = crawl_sources(sources, RawStore(tmp_path / "raw"), fetcher)
    assert server.paths() == ["/doc.html", "/list/"]
    assert report.fetched == [server.url + "/doc.html", server.url + "/list/"]
