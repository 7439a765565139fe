"""Crawl seed URLs into a RawStore: crawl(seeds, store, fetcher, ...) -> CrawlReport; sources.toml.

A RawStore is a directory holding each page body once, content-addressed by its sha256
(``objects/ab/abcdef...``), and ``manifest.jsonl``: one JSON object per URL, sorted by URL,
rewritten atomically after each page (url, final_url, status, fetched_at, checked_at, sha256,
etag, last_modified, content_type, encoding). Re-crawling sends conditional requests built from
the manifest, so unchanged pages cost a 304 and add nothing to the store.

crawl() fetches the seeds and, with ``follow``, the links of HTML pages breadth-first: only
links on allowed hosts whose URL matches one of ``url_patterns`` (re.search), at most
``max_depth`` links away from a seed, each URL once (fragments dropped). A FetchError is
recorded in the report (URL, reason, status) and the crawl goes on.

load_sources() reads ``corpus/sources.toml``: each ``[[source]]`` has a ``name`` and either a
``url`` (optional ``follow``, ``allow``, ``max_depth``, ``hosts``) or a ``path`` relative to the
toml file's folder. crawl_sources() crawls the URL sources; path sources are read elsewhere.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import tempfile
import tomllib
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlsplit

from ingest.charset import decode
from ingest.errors import FetchError, ParseError
from ingest.fetch import Fetcher, Page
from ingest.html import extract_links

log = logging.getLogger(__name__)

MANIFEST = "manifest.jsonl"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class Entry:
    """One manifest line: where a URL's body is stored and what the server said about it."""

    url: str
    final_url: str
    status: int
    fetched_at: str  # when the stored body was downloaded (ISO 8601, UTC)
    checked_at: str  # when the server was last asked (a 304 moves this, not fetched_at)
    sha256: str  # names the body file under objects/
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""
    encoding: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entry:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


class RawStore:
    """A directory of fetched page bodies (content-addressed) and their manifest, keyed by URL."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._entries: dict[str, Entry] = {}
        manifest = self.root / MANIFEST
        if manifest.exists():
            for n, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        entry = Entry.from_dict(json.loads(line))
                    except (ValueError, TypeError, KeyError) as e:
                        raise ParseError(str(manifest), f"line {n} is not a manifest entry ({e})") from e
                    self._entries[entry.url] = entry

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, url: object) -> bool:
        return url in self._entries

    def entries(self) -> list[Entry]:
        """Every manifest entry, sorted by URL."""
        return [self._entries[url] for url in sorted(self._entries)]

    def get(self, url: str) -> Entry | None:
        """The manifest entry of a URL, or None if it was never fetched."""
        return self._entries.get(url)

    def object_path(self, sha256: str) -> Path:
        """Where the body with this hash lives (or would live)."""
        return self.root / "objects" / sha256[:2] / sha256

    def read(self, entry: Entry | str) -> bytes | None:
        """The stored body of an entry (or URL); None if unknown or its file is missing."""
        if isinstance(entry, str):
            entry = self._entries.get(entry)  # type: ignore[assignment]
            if entry is None:
                return None
        path = self.object_path(entry.sha256)
        return path.read_bytes() if path.is_file() else None

    def put(self, page: Page) -> Entry:
        """Record a fetched page: store its body once, update its manifest entry, return the entry."""
        old = self._entries.get(page.url)
        entry = Entry(
            url=page.url,
            final_url=page.final_url,
            status=old.status if page.unchanged and old else page.status,
            fetched_at=old.fetched_at if page.unchanged and old else page.fetched_at,
            checked_at=page.fetched_at,
            sha256=page.sha256,
            etag=page.etag,
            last_modified=page.last_modified,
            content_type=page.content_type,
            encoding=page.encoding,
        )
        if page.raw is not None:
            path = self.object_path(page.sha256)
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                _write_atomic(path, page.raw)
        self._entries[page.url] = entry
        lines = (json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in self.entries())
        _write_atomic(self.root / MANIFEST, "".join(lines).encode("utf-8"))
        return entry

    def objects(self) -> list[Path]:
        """Every stored body file."""
        return sorted(p for p in (self.root / "objects").glob("*/*") if p.is_file())


@dataclass(slots=True)
class Failure:
    """A URL that could not be fetched, and why."""

    url: str
    reason: str
    status: int | None = None


@dataclass(slots=True)
class CrawlReport:
    """What a crawl did: URLs fetched (new or changed), unchanged (304), and failures."""

    fetched: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def merge(self, other: CrawlReport) -> None:
        """Add another report's URLs to this one."""
        self.fetched += other.fetched
        self.unchanged += other.unchanged
        self.failures += other.failures

    def to_dict(self) -> dict[str, Any]:
        return {
            "fetched": self.fetched,
            "unchanged": self.unchanged,
            "failures": [dataclasses.asdict(f) for f in self.failures],
        }


@dataclass(slots=True)
class Source:
    """One [[source]] of sources.toml: a URL to crawl or a local file/folder to read."""

    name: str
    url: str = ""
    path: Path | None = None  # absolute
    follow: bool = False
    allow: list[str] = field(default_factory=list)  # regexes a followed link must match (re.search)
    max_depth: int = 1
    hosts: list[str] = field(default_factory=list)  # hosts links may lead to; default: the URL's
    extra: dict[str, Any] = field(default_factory=dict)  # any other keys, kept for later stages


def normalize_url(url: str) -> str:
    """The URL used to deduplicate: no fragment, lower-case scheme and host, no default port."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    return f"{parts.scheme.lower()}://{host}{path}" + (f"?{parts.query}" if parts.query else "")


def crawl(
    seeds: Iterable[str],
    store: RawStore,
    fetcher: Fetcher,
    *,
    follow: bool = False,
    allowed_hosts: Iterable[str] | None = None,
    url_patterns: Iterable[str] = (),
    max_depth: int = 1,
    max_pages: int | None = None,
    seen: set[str] | None = None,
) -> CrawlReport:
    """Fetch the seeds (and with ``follow`` their links) into the store; failures go in the report.

    ``allowed_hosts`` holds host names ("www.gd.gov.cn", any port) or host:port; by default the
    seeds' host:port. ``max_pages`` caps fetch attempts. ``seen`` (normalised URLs) may be shared between
    crawls so that a URL is fetched once per run.
    """
    seeds = list(seeds)
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts is not None else None
    if hosts is None:
        hosts = {urlsplit(s).netloc.lower() for s in seeds}
    patterns = [re.compile(p) for p in url_patterns]
    seen = set() if seen is None else seen
    queue: deque[tuple[str, int]] = deque()
    for seed in seeds:
        if normalize_url(seed) not in seen:
            seen.add(normalize_url(seed))
            queue.append((urldefrag(seed.strip())[0], 0))
    report = CrawlReport()
    attempts = 0
    while queue:
        if max_pages is not None and attempts >= max_pages:
            log.info("stopping at max_pages=%d with %d URLs queued", max_pages, len(queue))
            break
        url, depth = queue.popleft()
        attempts += 1
        try:
            previous = store.get(url)
            if previous and not store.object_path(previous.sha256).is_file():
                previous = None  # body lost: a 304 would leave us with nothing, so fetch in full
            page = fetcher.fetch(url, previous=previous)
        except FetchError as e:
            log.info("skipped %s: %s", url, e.reason)
            report.failures.append(Failure(url, e.reason, e.status))
            continue
        store.put(page)
        seen.add(normalize_url(page.final_url))
        (report.unchanged if page.unchanged else report.fetched).append(url)
        if not follow or depth >= max_depth:
            continue
        text = page.text
        if page.unchanged and _is_html(page.content_type) and page.sha256:
            text = _stored_text(store, url)  # links of an unchanged page still count
        if not text or not _is_html(page.content_type):
            continue
        for link in extract_links(text, page.final_url):
            key = normalize_url(link)
            if key in seen or not _wanted(link, hosts, patterns):
                continue
            seen.add(key)
            queue.append((link, depth + 1))
    log.info(
        "crawl: %d fetched, %d unchanged, %d failed",
        len(report.fetched), len(report.unchanged), len(report.failures),
    )  # fmt: skip
    return report


def load_sources(path: str | os.PathLike[str]) -> list[Source]:
    """Read sources.toml; ``path`` entries are resolved against the toml file's folder."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ParseError(str(path), f"cannot read sources: {e}") from e
    sources = []
    for i, item in enumerate(data.get("source", [])):
        where = f"[[source]] #{i + 1}"
        item = dict(item)
        name = item.pop("name", None)
        url, local = item.pop("url", ""), item.pop("path", "")
        if not name or bool(url) == bool(local):
            raise ParseError(str(path), f"{where} needs a name and exactly one of url or path")
        src = Source(name=name, url=url)
        if local:
            src.path = (path.parent / local).resolve()
        src.follow = bool(item.pop("follow", False))
        src.allow = list(item.pop("allow", []))
        src.max_depth = int(item.pop("max_depth", 1))
        src.hosts = list(item.pop("hosts", []))
        src.extra = item
        for pattern in src.allow:
            try:
                re.compile(pattern)
            except re.error as e:
                raise ParseError(str(path), f"{where} ({name}): bad allow pattern {pattern!r}: {e}") from e
        sources.append(src)
    return sources


def crawl_sources(
    sources: Iterable[Source], store: RawStore, fetcher: Fetcher, *, max_pages: int | None = None
) -> CrawlReport:
    """Crawl every URL source (path sources are skipped) into one report; each URL at most once."""
    report, seen = CrawlReport(), set[str]()
    for src in sources:
        if not src.url:
            continue
        log.info("crawling source %r: %s", src.name, src.url)
        host = urlsplit(src.url).hostname or ""
        part = crawl(
            [src.url], store, fetcher, follow=src.follow, allowed_hosts=src.hosts or [host],
            url_patterns=src.allow, max_depth=src.max_depth, max_pages=max_pages, seen=seen,
        )  # fmt: skip
        report.merge(part)
    return report


def _is_html(content_type: str) -> bool:
    ctype = content_type.split(";")[0].strip().lower()
    return ctype in HTML_TYPES or not ctype


def _wanted(url: str, hosts: set[str], patterns: list[re.Pattern[str]]) -> bool:
    parts = urlsplit(url)
    if (parts.hostname or "").lower() not in hosts and parts.netloc.lower() not in hosts:
        return False
    return not patterns or any(p.search(url) for p in patterns)


def _stored_text(store: RawStore, url: str) -> str:
    entry, raw = store.get(url), store.read(url)
    return decode(raw, entry.content_type)[0] if entry and raw is not None else ""


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
