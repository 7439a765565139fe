"""The clause's citation page: what a browser gets at GET /clauses/{id}, the link the search page's "cite"
gives. A reader who opens a journalist's link sees the clause, where it sits in its document, the document's
title, issuer, number and date, and its public source (with a notice when that now answers an HTTP error and
the page shows the copy fetched before, api/source_gone.py), with no script; a tool gets the same URL as JSON.
Its permalink names the wording it cites (?v=): when a revision of the document has given the clause other
words since, the page says so, shows the words cited, and links where they are now (ingest/history.py)."""

from __future__ import annotations

from html import escape
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from starlette.requests import Request

from api.in_force import DRAFT, DRAFT_NOTICE, notice
from api.source_gone import gone_notice
from ingest.history import text_version
from ingest.text import HAN_CHAR

_STYLE = """
body { font: 16px/1.6 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0 auto;
       max-width: 820px; padding: 12px 24px 48px; color: #1d232a; }
.doc { font-size: 20px; font-weight: 600; margin: 16px 0 2px; }
.docmeta, .path, .nav, .foot { color: #556; font-size: 14px; }
blockquote { white-space: pre-wrap; margin: 16px 0; padding: 8px 16px; border-left: 4px solid #1a5fb4;
             background: #f6f7f9; }
.chips span { display: inline-block; font-size: 13px; background: #e8eef8; color: #1a4a8a; border-radius: 10px;
              padding: 1px 8px; margin: 2px 4px 2px 0; }
.chips span.target { background: #e6f4ea; color: #1e6b34; }
.chips span.agency { background: #f5ebe0; color: #7a4a12; }
.chips span.role { background: none; color: #556; padding: 1px 0; margin: 2px 4px 2px 4px; }
.kind { background: #fde8c8; color: #6b4a12; border-radius: 3px; padding: 0 5px; font-size: 13px; }
.cite { background: #fffbe6; border: 1px solid #eedc82; border-radius: 6px; padding: 8px 12px; font-size: 14px; }
.warn { background: #fdecea; border: 1px solid #e0a39b; border-radius: 6px; padding: 8px 12px; margin: 12px 0; }
a { color: #1a5fb4; }
"""


def wants_html(request: Request) -> bool:
    """True for a browser (its Accept names text/html before any JSON); a tool that sends */*, no Accept
    or application/json, or asks ?format=json, gets JSON; ?format=html asks for the page."""
    asked = request.query_params.get("format")
    if asked in ("json", "html"):
        return asked == "html"
    weights = _accepted(request.headers.get("accept", ""))
    html, json_ = weights.get("text/html"), weights.get("application/json")
    if html is None or html[0] == 0:
        return False
    # the higher q wins ("application/json;q=0.5,text/html;q=0.9": the page); at equal q, the first named
    return json_ is None or html[0] > json_[0] or html[0] == json_[0] and html[1] < json_[1]


def _accepted(accept: str) -> dict[str, tuple[float, int]]:
    """Each media type an Accept header names, with its q (1 unless given) and its place in the header."""
    out: dict[str, tuple[float, int]] = {}
    for place, part in enumerate(accept.lower().split(",")):
        kind, *params = [p.strip() for p in part.split(";")]
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            out.setdefault(kind, (float(q), place))
        except ValueError:
            out.setdefault(kind, (0.0, place))
    return out


def revisions(text: str, history: list[dict[str, Any]], cited: str | None) -> dict[str, Any]:
    """The clause's `version`, its earlier wordings (`history`: version, text, until when, and where those
    words are now), and, for a link that names the version it cited (?v=), `cited`: whether the clause
    still says it ("current"), whether it ever said it ("known": false for a version it never had) and,
    if it said it once, the words it cited and where they are now."""
    version = text_version(text)
    earlier = [{**{k: h.get(k, False) for k in ("version", "text", "replaced", "now_at", "now_revised")},
                "now_parts": h.get("now_parts") or []} for h in history if h["version"] != version]
    out: dict[str, Any] = {"version": version, "history": earlier}
    if cited:
        # `known` tells a version this clause never had (a mistyped link) from one it had and changed
        record = next((h for h in reversed(earlier) if h["version"] == cited), None)
        if cited == version:
            out["cited"] = {"version": cited, "current": True, "known": True}
        elif record:
            out["cited"] = {"version": cited, "current": False, "known": True, **record}
        else:
            out["cited"] = {"version": cited, "current": False, "known": False, "text": None}
    return out


def breadcrumb(headings: list[str], path: str) -> str:
    """Where the clause sits: its path, each number that opens a heading given with that heading's title
    ("第三章 产业基础设施 > 第十二条", not "第三章 产业基础设施 › 第三章 > 第十二条"); a heading the path does not
    number goes before it ("Background › ¶1" stays "Background > ¶1" where the path names it)."""
    parts = [p for p in path.split(" > ") if p]
    before = []
    for heading in headings:
        at = next((i for i, part in enumerate(parts) if _opens(heading, part)), None)
        if at is None:
            before.append(heading)
        else:
            parts[at] = heading
    return " › ".join([*before, " > ".join(parts)]).strip(" ›")


def _opens(heading: str, part: str) -> bool:
    """Whether the heading is the path part, or opens with it as a number: "第三章 产业基础设施" with "第三章",
    "2. Strategic actions" with "2" (not "20. …"), "（一）建设算力枢纽" with "（一）"."""
    if not heading.startswith(part):
        return False
    rest = heading[len(part):]
    return not rest or not rest[0].isalnum() or not part[-1].isalnum() or part[-1] in "编章节条"


def render_clause(out: dict[str, Any], permalink: str, neighbours: tuple[str | None, str | None]) -> str:
    """The page for one clause, from the JSON GET /clauses/{id} answers; `neighbours` are the ids of the
    clauses before and after it in its document (None at either end)."""
    doc = out["document"]
    title = doc.get("title") or out["doc_id"]
    source = out.get("source_url") or ""
    public = source.startswith(("http://", "https://"))
    where = breadcrumb(out.get("headings", []), out.get("path", ""))
    facts = [doc.get("issuer", ""), doc.get("doc_number", ""), doc.get("date", "")]
    excerpt = out.get("excerpt_from") or ""
    lang = "zh" if out.get("lang") == "zh" else "en"
    body = [
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}, {escape(out.get('path', ''))}</title><style>{_STYLE}</style></head><body>",
        '<p class="nav"><a href="/">policykb search</a></p>',
        f'<div class="doc">{_badge(out.get("doc_kind") or "")}{escape(title)}</div>',
        f'<div class="docmeta">{escape(" · ".join(f for f in facts if f))}</div>',
        f'<div class="path">{escape(where)}</div>',
        _revisions(out),
        f"<blockquote>{escape(out['text'])}</blockquote>",
        f'<div class="chips">{_chips(out)}</div>',
    ]
    if excerpt:
        body.append(f'<p class="foot">Quoted in {escape(excerpt)}; the full document may say more.</p>')
    # a copy read from a file with no public address is named by its file name, not the server's path
    source_html = (f'<a href="{escape(source)}" rel="noopener">{escape(source)}</a>' if public
                   else f"{escape(PurePath(source).name)} (a local copy)" if source else "")
    # who, what, which number, when, where in it; the public source; the permalink that names this wording
    parts = [doc.get("issuer", ""), title, _number_unsaid(doc.get("doc_number", ""), title), doc.get("date", ""),
             out.get("path", "")]
    expired = out.get("expired") or ""
    draft = out.get("doc_kind") == DRAFT
    # a regulation that has lapsed is not cited as if in force: said after its date and place, before the links
    # and a draft is not cited as if it were the rules it proposes
    said = notice(expired) or (DRAFT_NOTICE if draft else "")
    lapsed = f" ({said[:1].lower()}{said[1:]})" if said else ""
    citation = ", ".join(p for p in parts if p) + f"{lapsed}. {source + '. ' if public else ''}{permalink}"
    body += [
        f'<p class="foot">Source: {source_html or "not known"}</p>',
        *([f'<div class="warn expired">{escape(notice(expired))}{_revoker(doc)}.</div>'] if expired else []),
        *([f'<div class="warn draft">{escape(DRAFT_NOTICE)}.</div>'] if draft else []),
        # the link in the line to cite answers an error now: the reader is told which copy this is
        *([f'<div class="warn gone">{escape(gone)}</div>'] if (gone := gone_notice(out.get("source_gone"))) else []),
        f'<div class="cite">Cite as: {escape(citation)}<br>Link: <a href="{escape(permalink)}">'
        f"{escape(permalink)}</a></div>",
        f'<p class="nav">{_nav(neighbours)} · <a href="?format=json">JSON</a></p>',
        "</body></html>",
    ]
    return "\n".join(body)


def _badge(kind: str) -> str:
    """The mark a press piece, a draft or a committee's report carries before its title: what it is not (the rules
    in force, or a government's own commitments)."""
    return f"<span class=kind>{kind}</span> " if kind in ("news", DRAFT, "report") else ""


def _number_unsaid(number: str, title: str) -> str:
    """A document's number for its cite line, "" where its title says it already: a bill named by its number
    ("Senate Bill No. 53") was cited "Senate Bill No. 53, Senate Bill No. 53, …"."""
    key = "".join(number.lower().split())
    return "" if key and key in "".join(title.lower().split()) else number


def removed_message(clause_id: str, history: list[dict[str, Any]], withdrawn: bool = False) -> str:
    """Why an id a revision removed answers nothing: what it said last, and where those words are now.
    withdrawn: its whole document was removed from this knowledge base (policykb remove)."""
    last = history[-1]
    if withdrawn:
        return (f"no clause {clause_id!r} now: {_withdrawn(last)}. It said “{_brief(last['text'])}”")
    where = (f"a revision of those words is at {last['now_at']!r}" if last.get("now_revised")
             else f"its words are now in {_listed([repr(p) for p in last['now_parts']])}" if last.get("now_parts")
             else f"those words are now at {last['now_at']!r}" if last.get("now_at")
             else "those words are no longer in it")
    return (f"no clause {clause_id!r} now: when {_reread(last)}, it had been revised and had no such clause. "
            f"It said “{_brief(last['text'])}”; {where}")


def removed_error(clause_id: str, history: list[dict[str, Any]], withdrawn: bool = False) -> dict[str, Any]:
    """The JSON 404 for an id a revision removed: the error shape every route answers (api/errors.py), with
    the texts the id held under "history", oldest first, as GET /clauses/{id} lists a clause's history."""
    earlier = [{**{k: h.get(k, False if k == "now_revised" else None)
                   for k in ("version", "text", "replaced", "now_at", "now_revised")},
                "now_parts": h.get("now_parts") or []} for h in history]
    return {"error": {"status": 404, "type": "not_found",
                      "message": removed_message(clause_id, history, withdrawn), "history": earlier}}


def render_removed(clause_id: str, history: list[dict[str, Any]], withdrawn: bool = False) -> str:
    """The page for an id a revision removed: what it said, until when, and where those words are now."""
    last = history[-1]
    lang = "zh" if HAN_CHAR.search(last["text"]) else "en"
    gone = escape(_withdrawn(last))
    why = (f"{gone[:1].upper()}{gone[1:]}, and with it clause {escape(clause_id)}." if withdrawn else
           f"When {escape(_reread(last))}, it had been revised and had no clause {escape(clause_id)} any more. "
           f"{_where(last)}")
    return "\n".join([
        _head(f"{clause_id}: {'removed' if withdrawn else 'revised'}", lang),
        f'<div class="warn">{why} It said:</div>',
        f"<blockquote>{escape(last['text'])}</blockquote>",
        *(f'<details class="foot"><summary>Earlier text, until {escape(_reread(h))}</summary>'
          f"<blockquote>{escape(h['text'])}</blockquote>{_where(h)}</details>" for h in history[:-1]),
        "</body></html>"])


def render_missing(clause_id: str, behind: bool = False) -> str:
    """The page for an id no clause ever had here (a mistyped or truncated link): a 404 that says so; or,
    when the index is behind its knowledge base (behind), one that says the clause may not be indexed yet."""
    why = (f"The search index has no clause {escape(clause_id)}: the knowledge base changed after the index was "
           "built, and the clause may be among those not indexed yet (`policykb index` brings it up to date)."
           if behind else f"No clause has the id {escape(clause_id)} in this knowledge base. The link may be "
           "mistyped or cut short.")
    return "\n".join([
        _head(f"No clause {clause_id}", "en"),
        f'<div class="warn">{why}</div>',
        '<p><a href="/">Search the clauses</a> to find the one you are looking for.</p>',
        "</body></html>"])


def _head(title: str, lang: str) -> str:
    """The top of a page that is not a clause: its title, the clause page's style, the link to search."""
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>\n"
            '<p class="nav"><a href="/">policykb search</a></p>')


def _revisions(out: dict[str, Any]) -> str:
    """A warning when the link cited words this clause no longer holds (?v=), and a note of every earlier
    text of the clause, with where those words are now."""
    cited, parts = out.get("cited"), []
    if cited and not cited.get("current"):
        if not cited.get("known"):
            parts.append('<div class="warn">This link names a version of the clause this knowledge base does not '
                         "know; what the clause says now is below.</div>")
        else:
            parts.append(f'<div class="warn">This link cited an earlier text of this clause. '
                         f"When {escape(_reread(cited))}, it had been revised. {_where(cited)} The cited text:"
                         f"<blockquote>{escape(cited['text'])}</blockquote>What the clause says now:</div>")
    shown = cited.get("version") if cited else None
    for h in out.get("history", []):
        if h["version"] != shown:
            parts.append(f'<details class="foot"><summary>Earlier text, until {escape(_reread(h))}'
                         f"</summary><blockquote>{escape(h['text'])}</blockquote>{_where(h)}</details>")
    return "\n".join(parts)


def _reread(record: dict[str, Any]) -> str:
    """When a wording was found replaced: the day (the record keeps the time, in UTC) this knowledge base
    re-read the document, which is not the day its government revised it (that may be any time before)."""
    day = (record.get("replaced") or "")[:10]
    return f"this knowledge base re-read the document {'on ' + day if day else 'later'}"


def _withdrawn(record: dict[str, Any]) -> str:
    day = (record.get("replaced") or "")[:10]
    return f"its document was removed from this knowledge base{' on ' + day if day else ''}"


def _brief(text: str, limit: int = 60) -> str:
    """The start of a clause's words, on one line, for a message."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[:limit].rstrip() + "…"


def _where(record: dict[str, Any]) -> str:
    now_at = record.get("now_at")
    if now_at and record.get("now_revised"):
        return f'A revision of those words is at <a href="/clauses/{quote(now_at)}">{escape(now_at)}</a>.'
    if record.get("now_parts"):  # a later read cut them in parts
        links = [f'<a href="/clauses/{quote(p)}">{escape(p)}</a>' for p in record["now_parts"]]
        return f"Those words are now in {_listed(links)}."
    if now_at:
        return f'Those words are now at <a href="/clauses/{quote(now_at)}">{escape(now_at)}</a>.'
    return "Those words are no longer in the document."


def _listed(items: list[str]) -> str:
    """"X and Y", "X, Y and Z"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


_COMPARATORS = {">=": "≥ ", "<=": "≤ ", ">": "> ", "<": "< ", "~": "≈ ", "=": ""}


def _revoker(doc: dict[str, Any]) -> str:
    """Which document calls this one revoked, and its words, linked ("" when none does)."""
    by = (doc.get("meta") or {}).get("revoked_by")
    if not isinstance(by, dict) or not by.get("doc_id"):
        return ""
    when = f" ({escape(str(by.get('date')))})" if by.get("date") else ""
    return (f': <a href="/documents/{quote(str(by["doc_id"]), safe="")}">{escape(str(by.get("title") or by["doc_id"]))}'
            f"</a>{when}: “{escape(str(by.get('words') or ''))}”")


def target_label(t: dict[str, Any]) -> str:
    """A target as a reader writes it: "重点人群签约服务覆盖率: ≥ 80 % by 2023", not ">=80.0 %"."""
    value = t.get("value")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = f"{value:,}" if isinstance(value, int) and abs(value) >= 10_000 else str(value)
    comparator = _COMPARATORS.get(t.get("comparator") or "=", f"{t.get('comparator')} ")
    year = f" by {t['year']}" if t.get("year") else ""
    return f"{t.get('metric') or ''}: {comparator}{shown} {t.get('unit') or ''}".rstrip() + year


def _chips(out: dict[str, Any]) -> str:
    evidence = out.get("evidence", {})
    chips = [f'<span title="{escape(str(evidence.get(t, "")))}">{escape(t)}</span>' for t in out.get("tags", [])]
    chips += [f'<span class="target">{escape(target_label(t))}</span>' for t in out.get("targets", [])]
    agencies = out.get("agencies", {})
    # each role labelled once before its agencies: a supporting agency is not taken for a lead
    for role in ("lead", "supporting"):
        if agencies.get(role):
            chips.append(f'<span class="role">{role}:</span>')
            chips += [f'<span class="agency">{escape(a)}</span>' for a in agencies[role]]
    return "".join(chips)


def _nav(neighbours: tuple[str | None, str | None]) -> str:
    before, after = neighbours
    links = []
    if before:
        links.append(f'<a href="/clauses/{quote(before)}" rel="prev">← previous clause</a>')
    if after:
        links.append(f'<a href="/clauses/{quote(after)}" rel="next">next clause →</a>')
    return " · ".join(links) or "the document's only clause"
