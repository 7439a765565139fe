"""Bring the knowledge base's clause artifact (ingest/kb.py) up to date from files, folders, URLs and
sources.toml, and take documents out of it.

Ingests into one data directory take turns: each reads, merges and saves the files under DATA/.kb.lock,
so a second ingest waits and then merges on top of the first instead of overwriting it.
Pages that cannot be read or parsed are reported in the IngestReport with their source and reason,
and skipped.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from ingest.agencies import ALIASES_PATH
from ingest.charset import decode
from ingest.crawl import RawStore, Source, crawl_sources, load_sources, normalize_url
from ingest.ep_report import drop_proposed_targets
from ingest.errors import ParseError, PolicyKBError
from ingest.folders import DATA_SUFFIXES, document_files, ignored_files, unread_files
from ingest.kb import KnowledgeBase, kb_lock
from ingest.metadata import reference_date, reported_year
from ingest.parse import parse_documents
from ingest.plan_period import plan_horizon
from ingest.reread import merge
from ingest.revocations import mark_revoked
from ingest.segment import segment
from ingest.standard_text import drop_example_targets
from ingest.tag import TAGGED_LANGS, tag_clauses
from ingest.taxonomy import load_taxonomy
from ingest.types import Clause, Document

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50_000_000
GONE = {404, 410}  # a URL that answers these was taken down (not a server's passing trouble)


@dataclass
class Problem:
    """One input that was skipped, and why."""

    source: str
    reason: str


@dataclass
class IngestReport:
    """What an ingest run read, kept, skipped and wrote."""

    read: int = 0  # inputs turned into documents this run
    unchanged: int = 0  # documents read this run that the knowledge base already held as they are
    merged: int = 0  # documents recognised as one already known (dedup)
    documents: int = 0  # documents in the knowledge base after the run
    clauses: int = 0  # clauses in the knowledge base after the run
    added: int = 0  # clause ids the run added,
    changed: int = 0  # whose text it changed,
    removed: int = 0  # and that it removed (their words are in the history)
    problems: list[Problem] = field(default_factory=list)
    offline: list[str] = field(default_factory=list)  # URL sources that could not be reached
    # URLs that failed this run (unreachable, or an HTTP error such as 404) whose copy stored by an
    # earlier run was read instead: kept, not skipped
    kept_stored: list[Problem] = field(default_factory=list)
    # a folder's files in no format read here, passed over (images, code, LICENSE): not hidden ones
    ignored: list[str] = field(default_factory=list)
    # documents in a language the tagger does not read (fr, de, es): in the index, with no tags or targets
    untagged: list[str] = field(default_factory=list)
    # pairs of documents, one read this run and one held, that read alike but say they are two (another title,
    # issuer or 文号): a copy held from before a change in how its title is read, perhaps, to `remove` if stale
    alike: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "read": self.read,
            "unchanged": self.unchanged,
            "merged": self.merged,
            "documents": self.documents,
            "clauses": self.clauses,
            "clauses_added": self.added,
            "clauses_changed": self.changed,
            "clauses_removed": self.removed,
            "skipped": len(self.problems),
            "problems": [vars(p) for p in self.problems],
            "offline": self.offline,
            "kept_stored": [vars(p) for p in self.kept_stored],
            "ignored": self.ignored,
            "untagged": self.untagged,
            "alike": [list(pair) for pair in self.alike],
        }


def ingest(
    inputs: Iterable[str],
    data_dir: Path,
    *,
    fetcher_factory: Callable[[], object] | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read every input (file, folder, URL, or a folder with sources.toml), merge it into DATA/kb."""
    report = IngestReport()
    inputs = list(inputs)
    urls = [item for item in inputs if _is_url(item)]
    for bad in [u for u in urls if not _valid_url(u)]:  # "http://exa mple/": no host could answer it
        report.problems.append(Problem(bad, "not a valid URL: its host name has a space or a character no host "
                                            "name may have"))
        urls.remove(bad)
    fresh = _from_urls(urls, data_dir, report, fetcher_factory) if urls else []
    for item in inputs:
        if not _is_url(item):
            fresh += _from_path(Path(item), data_dir, report, fetcher_factory, progress)
    with kb_lock(data_dir, progress):
        kb = KnowledgeBase(data_dir)
        known = kb.documents()
        held = {d.doc_id: d.to_dict() for d in known}
        rows = list(kb.iter_clause_dicts()) if kb.clauses_path.exists() else []
        said = {c["clause_id"]: c["text"] for c in rows}
        fresh_ids = {d.doc_id for d in fresh}
        documents = _merge(known, fresh, report)
        mark_revoked(documents)  # what the documents now held say of each other
        rules = rules_version()
        # a document held as it is, cut by these same rules, keeps its clauses: not cut and tagged again
        as_before = _clauses_by_document(rows) if kb.rules() == rules else {}
        as_before = {d.doc_id: as_before[d.doc_id] for d in documents
                     if d.doc_id in as_before and held.get(d.doc_id) == d.to_dict()}
        clauses = segment_and_tag(documents, report, as_before)
        kb.save(documents, clauses, rules=rules)
    report.documents, report.clauses = len(documents), len(clauses)
    report.unchanged = sum(1 for d in documents if d.doc_id in fresh_ids and held.get(d.doc_id) == d.to_dict())
    says = {c.clause_id: c.text for c in clauses}
    report.added, report.removed = len(says.keys() - said.keys()), len(said.keys() - says.keys())
    report.changed = sum(1 for cid in says.keys() & said.keys() if says[cid] != said[cid])
    return report


def remove(keys: Iterable[str], data_dir: Path,
           progress: Callable[[str], None] | None = None) -> tuple[list[Document], list[str]]:
    """Remove documents, each named by its id or by the one source it was read from (a path or URL), with
    their clauses; what their clauses said stays in the history. Returns (the documents removed, why keys
    could not be taken: naming no document, or one copy of a document read from several). Nothing is
    removed unless every key names a document by itself."""
    keys = list(dict.fromkeys(keys))
    with kb_lock(data_dir, progress):
        kb = KnowledgeBase(data_dir)
        documents = kb.documents()

        def named(doc: Document, key: str) -> bool:
            return key == doc.doc_id or any(_named_by(s, key) for s in {*(doc.sources or []), doc.source_url})

        problems = [f"no document has the id or source {k!r}" for k in keys
                    if not any(named(d, k) for d in documents)]
        for k in keys:  # a copy of a document read from other copies too: its id says the whole is meant
            problems += [f"{k!r} is one of {len(d.sources)} copies of document {d.doc_id} (also read from "
                         f"{', '.join(s for s in d.sources if not _named_by(s, k))}): remove it by its id"
                         for d in documents if k != d.doc_id and named(d, k) and len(d.sources) > 1]
        if problems:
            return [], problems
        gone = [d for d in documents if any(named(d, k) for k in keys)]
        ids = {d.doc_id for d in gone}
        kept = [d for d in documents if d.doc_id not in ids]
        mark_revoked(kept)  # a document revoked only by one removed is not any more
        kb.save(kept, [c for c in kb.clauses() if c.doc_id not in ids], withdrawn=ids)
    return gone, []


def _named_by(source: str, key: str) -> bool:
    """Whether a document's source is the file or URL a user named (a path in any spelling)."""
    return source == key or (not _is_url(key) and source == str(Path(key).expanduser().resolve()))


def rules_version() -> str:
    """A hash of what turns a document into tagged clauses: the ingest package's code, the taxonomy in
    use and the agency aliases. Clauses made under another version are made again."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in [*sorted(package.glob("*.py")), Path(load_taxonomy().path), ALIASES_PATH]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _clauses_by_document(rows: list[dict]) -> dict[str, list[Clause]]:
    out: dict[str, list[Clause]] = {}
    for row in rows:
        out.setdefault(row["doc_id"], []).append(Clause.from_dict(row))
    return out


def segment_and_tag(documents: list[Document], report: IngestReport | None = None,
                    as_before: dict[str, list[Clause]] | None = None) -> list[Clause]:
    """Cut every document into clauses and label them; a document that fails is reported, not lost.
    as_before: the clauses of documents that need not be cut again (held unchanged, same rules)."""
    out: list[Clause] = []
    for doc in documents:
        if as_before and as_before.get(doc.doc_id):
            out += as_before[doc.doc_id]
            continue
        try:
            clauses = segment(doc)
            if doc.lang in TAGGED_LANGS:
                closing = re.match(r"(?:19|20)\d{2}", doc.meta.get("closing_date", ""))  # a World Bank PAD's
                tag_clauses(clauses, day := reference_date(doc.date, doc.meta), period=reported_year(doc.title, day),
                            horizon=plan_horizon(doc.title), project_end=int(closing.group()) if closing else None)
                drop_example_targets(clauses)  # an informative appendix's worked example is nobody's goal
                drop_proposed_targets(clauses)  # an amendment's Commission column: the proposal's goals
            elif report is not None:  # French, German, Spanish: searched, but no rule reads their words
                report.untagged.append(f"{doc.source_url} ({doc.lang})")
        except Exception as e:  # one bad document must not sink the knowledge base
            log.exception("segmenting %s failed", doc.doc_id)
            if report is not None:
                report.problems.append(Problem(doc.source_url, f"segmenting failed: {e}"))
            continue
        out += clauses
    return out


def read_documents(path: Path) -> list[Document]:
    """Parse one local file into its Document, or for a catalogue table one excerpt Document per row
    (ingest.catalogue); raise ParseError saying why it holds none."""
    return parse_documents(*_read_text(path), content_type=_content_type(path))


def _read_text(path: Path) -> tuple[str, str]:
    """The decoded text of a local file and its name; ParseError when it cannot be a document."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise ParseError(str(path), "empty file")
        if size > MAX_FILE_BYTES:
            raise ParseError(str(path), f"file too large ({size} bytes)")
        raw = path.read_bytes()
    except OSError as e:
        raise ParseError(str(path), f"cannot read: {e.strerror or e}") from e
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(str(path), "binary file, not a document")
    text, _encoding = decode(raw, None)
    return text, str(path)


def _from_path(path, data_dir, report, fetcher_factory, progress) -> list[Document]:
    if not path.exists():
        report.problems.append(Problem(str(path), "no such file or folder"))
        return []
    path = path.resolve()  # "corpus", "./corpus" and its absolute path are one source
    unread = unread_files(path)
    for f in unread:  # a .pdf or .docx in a folder is reported, as it is when named
        report.problems.append(Problem(str(f), f"a {f.suffix.lower()} file: policykb reads HTML, Markdown and "
                                               "text; convert it first"))
    if path.is_file() and path.suffix.lower() in DATA_SUFFIXES:
        report.problems.append(Problem(str(path), f"a {path.suffix.lower()} file is data, not a document: "
                                                  "policykb reads HTML, Markdown and text (and CSV catalogues)"))
        return []
    files = [f for f in document_files(path) if f not in unread]
    report.ignored += [str(f) for f in ignored_files(path)]
    docs: list[Document] = []
    sources = path / "sources.toml" if path.is_dir() else None
    if sources is not None and sources.exists():
        docs += _from_sources(sources, data_dir, report, fetcher_factory, progress)
    for i, f in enumerate(files, 1):
        if progress:
            progress(f"[{i}/{len(files)}] {f}")
        try:
            docs += read_documents(f)
            report.read += 1
        except PolicyKBError as e:
            log.info("skipped %s", e)
            report.problems.append(Problem(str(f), getattr(e, "reason", str(e))))
        except Exception as e:  # a reader's bug on one page must not sink the batch: reported, skipped
            report.problems.append(_unreadable(str(f), e))
    return docs


def _unreadable(source: str, error: Exception) -> Problem:
    log.exception("reading %s failed", source)
    return Problem(source, f"could not be read ({type(error).__name__}: {str(error)[:200]}); please report it")


def _from_sources(toml_path: Path, data_dir, report, fetcher_factory, progress) -> list[Document]:
    sources = load_sources(toml_path)
    urls = [s for s in sources if getattr(s, "url", None)]
    docs: list[Document] = []
    if urls:
        docs += _crawl(urls, data_dir, report, fetcher_factory)
    for s in sources:
        local = getattr(s, "path", None)
        if local:
            local = Path(local)
            if not local.is_absolute():
                local = toml_path.parent / local
            if local.resolve() == toml_path.parent.resolve():
                continue  # the corpus folder itself is read by the caller
            docs += _from_path(local, data_dir, report, fetcher_factory, progress)
    return docs


def _from_urls(urls, data_dir, report, fetcher_factory) -> list[Document]:
    return _crawl([Source(name=u, url=u) for u in urls], data_dir, report, fetcher_factory)


def _crawl(sources, data_dir, report, fetcher_factory) -> list[Document]:
    """Fetch URL sources into the raw store, then parse the pages this crawl reached.

    A page that could not be fetched now but was stored on an earlier run is parsed from the store
    (offline, we keep what we have). Listing pages (the seeds of sources that follow links) lead to
    documents but are not ones.
    """
    listings = {normalize_url(s.url) for s in sources if s.follow}
    store = RawStore(Path(data_dir) / "raw")
    with _make_fetcher(fetcher_factory) as fetcher:
        crawl_report = crawl_sources(sources, store, fetcher)
    failed = {normalize_url(f.url): f for f in crawl_report.failures}
    for failure in crawl_report.failures:
        if _is_network_failure(failure):
            report.offline.append(failure.url)
    reached = crawl_report.fetched + crawl_report.unchanged + [f.url for f in crawl_report.failures]
    wanted = {normalize_url(u) for u in reached} - listings
    docs = []
    for entry in store.entries():
        key = normalize_url(entry.url)
        if key not in wanted:
            continue
        raw = store.read(entry)
        if raw is None:
            continue
        try:
            text, _ = decode(raw, entry.content_type)
            read = parse_documents(text, entry.url, url=entry.final_url or entry.url,
                                   content_type=entry.content_type or "")
            report.read += 1
        except PolicyKBError as e:
            report.problems.append(Problem(entry.url, getattr(e, "reason", str(e))))
            continue
        except Exception as e:  # as for a file: one page's reader bug skips that page only
            report.problems.append(_unreadable(entry.url, e))
            continue
        if key in failed:  # failed now: the copy an earlier run stored was read instead
            failure = failed.pop(key)
            report.kept_stored.append(
                Problem(failure.url, f"{failure.reason}; kept the copy fetched {entry.fetched_at[:10]}"))
            if failure.status in GONE:  # taken down: the page and the API say so where it is cited
                for doc in read:
                    doc.meta["source_gone"] = {"status": failure.status, "checked": date.today().isoformat(),
                                               "fetched": entry.fetched_at[:10]}
        docs += read
    report.problems += [Problem(f.url, f.reason) for f in failed.values()]
    return docs


def _make_fetcher(factory):
    if factory is not None:
        return factory()
    from ingest.fetch import Fetcher

    return Fetcher()


def _is_network_failure(failure) -> bool:
    return getattr(failure, "status", None) is None


def _merge(known: list[Document], fresh: list[Document], report: IngestReport) -> list[Document]:
    merged, report.merged = merge(known, fresh, alike=report.alike)
    return merged


def _content_type(path: Path) -> str:
    return {
        ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
        ".md": "text/markdown", ".markdown": "text/markdown", ".csv": "text/csv",
    }.get(path.suffix.lower(), "text/plain")


def _is_url(item: str) -> bool:
    return item.startswith(("http://", "https://"))


# a host name: labels of letters (any script), digits and hyphens, dot-separated
_HOST = re.compile(r"(?:[^\W_](?:[\w-]*[^\W_])?\.)*[^\W_](?:[\w-]*[^\W_])?\.?")


def _valid_url(url: str) -> bool:
    """Whether a URL's host could be looked up: "http://exa mple/" or "http://exa_mple/" could not."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a port out of range or not a number raises ValueError
        host = parts.hostname or ""
    except ValueError:
        return False
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(_HOST.fullmatch(host))
