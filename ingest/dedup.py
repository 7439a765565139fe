"""Keep each document once: same doc_id, same title and date, or nearly the same body text is one document;
a catalogue's excerpt whose words another document holds is that document."""

from __future__ import annotations

import dataclasses
import logging
import re
import zlib
from collections import Counter

from ingest.catalogue import EXCERPT_FMT
from ingest.text import norm_key
from ingest.types import Document

log = logging.getLogger(__name__)

SHINGLE = 5  # characters per shingle
SAMPLE_MOD = 4  # keep the shingles whose hash is 0 modulo this: a sample that is the same for every copy
NEAR_DUP = 0.8  # Jaccard similarity of sampled shingles above which two bodies are one document
MIN_BODY = 200  # bodies shorter than this (compacted) are compared by id and title only
QUOTED = 0.9  # share of an excerpt's shingles another document holds for the excerpt to be that document
_FILLABLE = ("title", "issuer", "doc_number", "date", "date_written", "date_published", "kind", "source_url")


def dedup(docs: list[Document], fresh: int | None = None, held: set[str] | None = None,
          alike: list[tuple[str, str]] | None = None) -> list[Document]:
    """Documents with duplicates merged: the richest copy kept, every copy's sources recorded in `sources`.
    With `fresh`, the first `fresh` documents were read in this run and the rest before: a copy just read
    (not a catalogue's excerpt) is kept over older ones, however rich, since it is what its source says now.
    `held`: the ids of the documents the knowledge base held; a merged document keeps one of them. `alike`
    gathers the pairs (one just read, one held) that read alike but say they are two: perhaps a copy held from
    before a change in how its title is read, for the user to look at.

    Order follows each document's first appearance. Two documents are one when they share a doc_id, or a
    normalised title and a date, or when their bodies overlap almost entirely (NEAR_DUP), unless their
    文号, issuers or titles say they are two (_distinct).
    """
    parent = list(range(len(docs)))
    members = {i: [i] for i in range(len(docs))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, why: str) -> None:
        a, b = find(i), find(j)
        if a == b:
            return
        # one copy alike to two documents that say they are two (a reprint without its 文号, like both
        # the 3号 and the 8号 issuance) joins one of them, never both: no two distinct ones become one
        if why in ("same text", "title+date") and any(_distinct(docs[x], docs[y]) for x in members[a]
                                                      for y in members[b]):
            log.info("dedup: %s and %s read alike but are not one document", docs[i].doc_id, docs[j].doc_id)
            if alike is not None and fresh is not None and (i < fresh) != (j < fresh):
                alike.append((docs[min(i, j)].doc_id, docs[max(i, j)].doc_id))  # (the one just read first)
            return
        parent[max(a, b)] = min(a, b)
        members[min(a, b)] += members.pop(max(a, b))
        log.info("dedup: %s", _merged(docs[i], docs[j], why))

    first_by: dict[tuple[str, str], int] = {}
    for i, doc in enumerate(docs):
        keys = [("id", doc.doc_id)]
        title = norm_key(doc.title)
        if title and doc.date:
            keys.append(("title+date", f"{title}|{doc.date}"))
        for key in keys:
            if key in first_by:
                union(first_by[key], i, key[0])
            else:
                first_by[key] = i

    shingles = [_shingles(doc) for doc in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            a, b = shingles[i], shingles[j]
            if not a or not b or find(i) == find(j):
                continue
            if min(len(a), len(b)) < NEAR_DUP * max(len(a), len(b)):
                continue  # the Jaccard index cannot reach NEAR_DUP
            if len(a & b) / len(a | b) > NEAR_DUP:
                union(i, j, "same text")

    _merge_quoted(docs, union)

    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(find(i), []).append(i)
    read_now = set(range(len(docs) if fresh is None else fresh))
    out = [_merge([docs[k] for k in members], [k in read_now for k in members], held) for members in groups.values()]
    merged = len(docs) - len(out)
    if merged:
        log.info("dedup: %d documents in, %d kept, %d merged", len(docs), len(out), merged)
    return out


def _merged(a: Document, b: Document, why: str) -> str:
    """What a merge does, for the log: a catalogue's row joins the page it quotes, a document read twice is
    kept once, two ids are one document (never "X and X are one document", which read as a self-merge)."""
    why = {"id": "same id", "title+date": "same title and date"}.get(why, why)
    excerpt, page = (a, b) if a.fmt == EXCERPT_FMT else (b, a)
    if excerpt.fmt == EXCERPT_FMT and page.fmt != EXCERPT_FMT:
        row = excerpt.meta.get("excerpt_from") or excerpt.source_url
        return f"catalogue {row} merged into the page it describes, {page.doc_id} at {_where(page)} ({why})"
    if a.doc_id == b.doc_id:
        return f"{a.doc_id} read twice, kept once: {_where(a)} and {_where(b)} ({why})"
    return f"{a.doc_id} and {b.doc_id} are one document ({why})"


def _where(doc: Document) -> str:
    return (doc.sources or [doc.source_url])[0] or doc.fmt


def _distinct(a: Document, b: Document) -> bool:
    """Whether two documents that read alike say they are two: another 文号, or, without one 文号 for both,
    another issuer or title (neither contains the other: "条例" and "市场主体登记管理条例（全文）" may be
    one), or another day it was written (成文日期, the day signed: a copy keeps its document's). Districts
    issue the same measures under their own names and numbers, a council adopts a neighbour's strategy, a
    notice is issued again next year: each is a document of its own, however alike the text."""
    def differ(x: str, y: str) -> bool:
        x, y = norm_key(x), norm_key(y)
        return bool(x and y) and x not in y and y not in x

    if a.doc_number and norm_key(a.doc_number) == norm_key(b.doc_number):
        return False  # one 文号 is one document, however its copies spell the issuer or the title
    if a.source_url.startswith(("http://", "https://")) and a.source_url == b.source_url:
        # one public page read twice, its title or date read otherwise the second time (a saved copy read again
        # after an upgrade that reads its headline, where it read the page's <title>): one document
        return False
    return (differ(a.doc_number, b.doc_number) or differ(a.issuer, b.issuer) or differ(a.title, b.title)
            or bool(a.date_written and b.date_written) and a.date_written != b.date_written)


def _merge_quoted(docs: list[Document], union) -> None:
    """A catalogue's excerpt whose words another document already holds (QUOTED of its shingles, all
    of them, not a sample: excerpts are short) is that document: one copy of each sentence in the kb."""
    excerpts = {i: _all_shingles(d) for i, d in enumerate(docs) if d.fmt == EXCERPT_FMT}
    wanted = set().union(*excerpts.values()) if excerpts else set()
    holders: dict[str, list[int]] = {}  # an excerpt's shingle -> the other documents that hold it
    for j, doc in enumerate(docs):
        if doc.fmt != EXCERPT_FMT and wanted:
            for shingle in _all_shingles(doc) & wanted:
                holders.setdefault(shingle, []).append(j)
    for i, mine in excerpts.items():
        held = Counter(j for shingle in mine for j in holders.get(shingle, ()))
        if held:
            j, n = held.most_common(1)[0]
            if n >= QUOTED * len(mine) and _names_the_same(docs[i], docs[j]):
                union(j, i, f"its words quoted ({n / len(mine):.0%})")


def _names_the_same(excerpt: Document, doc: Document) -> bool:
    """Whether the row describes the document that holds its words, not one that quotes them (a press
    report of the rules it quotes): the same address, the same 文号, or the same title."""
    def address(url: str) -> str:
        return re.sub(r"^https?://(?:www\.)?", "", url.strip()).rstrip("/")

    urls = {address(u) for u in [doc.source_url, *doc.sources, doc.meta.get("url", "")] if u}
    return (address(excerpt.source_url) in urls
            or bool(excerpt.doc_number) and norm_key(excerpt.doc_number) == norm_key(doc.doc_number)
            or bool(norm_key(excerpt.title)) and norm_key(excerpt.title) == norm_key(doc.title))


def _all_shingles(doc: Document) -> set[str]:
    text = _body_key(doc)
    return {text[k:k + SHINGLE] for k in range(len(text) - SHINGLE + 1)}


def _shingles(doc: Document) -> set[int]:
    text = _body_key(doc)
    if len(text) < MIN_BODY:
        return set()
    hashes = (zlib.crc32(text[k:k + SHINGLE].encode("utf-8")) for k in range(len(text) - SHINGLE + 1))
    return {h for h in hashes if h % SAMPLE_MOD == 0}


def _body_key(doc: Document) -> str:
    """The body's letters and digits, lower-cased (norm_key), as one string."""
    return "".join(norm_key(b.text) for b in doc.blocks)


def _same_words(a: Document, b: Document) -> bool:
    """Whether each copy's text, headings aside, is in the other's: one may only outline it better."""
    def holds(doc: Document, other: Document) -> bool:
        key = _body_key(doc)
        return all(norm_key(x.text) in key for x in other.blocks if x.kind != "heading")

    return holds(a, b) and holds(b, a)


def _richness(doc: Document) -> tuple[int, int, int]:
    headings = sum(1 for b in doc.blocks if b.kind == "heading")
    return headings, len(doc.text), len(doc.blocks)


def _merge(copies: list[Document], read_now: list[bool] | None = None, held: set[str] | None = None) -> Document:
    """The richest copy (of those just read, when a full one was; of those fetched from a public address,
    when a local copy's words differ), with the sources of all and the metadata it lacks from the others."""
    if len(copies) == 1:
        doc = copies[0]
        sources = _sources(copies)
        return doc if sources == doc.sources else dataclasses.replace(doc, sources=sources)
    now = [k for k in range(len(copies)) if (read_now is None or read_now[k]) and copies[k].fmt != EXCERPT_FMT]
    pool = now if now and len(now) < len(copies) else range(len(copies))
    best = max(pool, key=lambda k: (_richness(copies[k]), -k))
    # A copy fetched from its public address is what the address says: a local file whose words differ (a
    # saved page, edited) is not cited under that address in its place, read before or after (`policykb
    # ingest URL` reads the address again); one with the same words may lend its richer outline
    fetched = [k for k in range(len(copies)) if _public((copies[k].sources or [""])[0])
               and copies[k].fmt != EXCERPT_FMT]
    if fetched and best not in fetched and not any(_same_words(copies[best], copies[k]) for k in fetched):
        best = max([k for k in pool if k in fetched] or fetched, key=lambda k: (_richness(copies[k]), -k))
    keep = copies[best]
    fill: dict[str, object] = {}
    for f in _FILLABLE:
        if not getattr(keep, f):
            fill[f] = next((getattr(c, f) for c in copies if getattr(c, f)), "")
    meta = {}
    for c in copies:
        if c.fmt == EXCERPT_FMT and keep.fmt != EXCERPT_FMT:
            continue  # a catalogue row's notes ("excerpt_from", 序号) describe the row, not the page kept
        meta.update({k: v for k, v in c.meta.items() if v})
    meta.update({k: v for k, v in keep.meta.items() if v})
    log.info("dedup: kept %s (%s) for %d copies", keep.doc_id, keep.source_url or keep.fmt, len(copies))
    if not _public(keep.source_url):  # cited by a public address when any copy has one, not a local path
        fill["source_url"] = next((c.source_url for c in copies if _public(c.source_url)), keep.source_url)
    # a document the knowledge base held keeps its id when another copy of it is read (a reprint without its
    # 文号 gets another id of its own): every link to its clauses goes on working
    if held is None:  # the copies read before are the documents held
        held = {c.doc_id for k, c in enumerate(copies) if read_now is not None and not read_now[k]}
    ids = [c.doc_id for c in copies if c.doc_id in held and c.fmt != EXCERPT_FMT]
    if ids and keep.doc_id not in held:
        fill["doc_id"] = ids[0]
    # the kept copy's own sources first: the first is where it was read from (pipeline._merge)
    return dataclasses.replace(keep, sources=_sources([keep, *(c for c in copies if c is not keep)]), meta=meta,
                               **fill)


def _public(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def _sources(copies: list[Document]) -> list[str]:
    seen: dict[str, None] = {}
    for c in copies:
        for s in c.sources or [c.source_url]:  # where each was read from, not the address it is cited by
            if s:
                seen.setdefault(s, None)
    return list(seen)
