"""GET /clauses/{clause_id}, /documents and /documents/{doc_id}: a clause to cite, and the documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api.clause_page import removed_error, render_clause, render_missing, render_removed, revisions, wants_html
from api.dependencies import IndexDep, once
from api.in_force import expired
from api.params import ClauseParams, DocumentsParams
from api.render import document_json, hit_json
from api.responses import ERRORS, NOT_FOUND, ok
from api.schemas import ClauseOut, DocumentsOut, DocumentWithClausesOut
from api.source_gone import source_gone
from index.manifest import KB_NEWER, kb_newer
from ingest.errors import NotFound
from ingest.types import Hit


def add_routes(app: FastAPI) -> None:
    """GET /clauses/{clause_id}, /documents and /documents/{doc_id}."""

    @app.get("/clauses/{clause_id}", tags=["clauses"], response_model=None, dependencies=[once(ClauseParams)],
             responses={
        **ERRORS, **NOT_FOUND, 200: {"description": "the clause, as JSON, or as a page for a browser",
                                       "model": ClauseOut, "content": {"text/html": {}}}})
    def clause(index: IndexDep, clause_id: str, request: Request,
               params: Annotated[ClauseParams, Query()]) -> Response:
        """One clause with its document's title and source: the stable link to cite. A browser (Accept:
        text/html) gets it as a page to read and cite from; anything else, or ?format=json, gets JSON
        (?format=html, the page).
        `version` names its wording and `history` its earlier ones; a link with ?v=VERSION is told in
        `cited` whether the clause still says what it cited (`known`: false for a version it never had), and
        where those words are now if not. An id a revision removed is a 404 that says what it said and where
        its words went (under "error", `history`; a page saying so, for a browser); a browser asking for an
        id no clause had gets a page saying so, with a link to search."""
        try:
            c = index.get_clause(clause_id)
        except NotFound:
            history = index.clause_history(clause_id)
            if not history:
                # an index behind its knowledge base may not hold the clause yet: say so, not "no such id"
                behind = kb_newer(index.data_dir, index.manifest)
                if wants_html(request):
                    return HTMLResponse(render_missing(clause_id, behind), status_code=404, headers={"Vary": "Accept"})
                if behind:
                    raise NotFound(f"no clause {clause_id!r} in this index; {KB_NEWER} (`policykb index`)") from None
                raise
            # its document gone as well, and its words nowhere: removed (policykb remove), not revised
            withdrawn = not history[-1].get("now_at") and not index.store.documents(history[-1]["doc_id"])
            if wants_html(request):
                return HTMLResponse(render_removed(clause_id, history, withdrawn), status_code=404,
                                    headers={"Vary": "Accept"})
            return JSONResponse(removed_error(clause_id, history, withdrawn), status_code=404,
                                headers={"Vary": "Accept"})
        doc = index.document_meta(c.doc_id)
        hit = Hit(clause=c, score=0.0, title=doc["title"], source_url=doc["source_url"], highlight=c.text,
                  excerpt_from=doc.get("meta", {}).get("excerpt_from", ""), doc_kind=doc.get("kind", ""))
        out = hit_json(hit, expired(doc.get("meta")))
        out.pop("score"), out.pop("matched")
        out["source_gone"] = source_gone(doc.get("meta"))
        out["document"] = document_json(doc)
        out.update(revisions(c.text, index.clause_history(clause_id), params.v))
        headers = {"Vary": "Accept"}
        if not wants_html(request):
            return JSONResponse(out, headers=headers)
        ids = [other.clause_id for other in index.document(c.doc_id)[1]]
        at = ids.index(clause_id)
        neighbours = (ids[at - 1] if at else None, ids[at + 1] if at + 1 < len(ids) else None)
        permalink = str(request.url.remove_query_params("format").include_query_params(v=out["version"]))
        return HTMLResponse(render_clause(out, permalink, neighbours), headers=headers)

    @app.get("/documents", tags=["documents"], response_model=None, dependencies=[once(DocumentsParams)],
             responses={**ok(DocumentsOut, "every document, newest first"), **ERRORS})
    def documents(index: IndexDep, params: Annotated[DocumentsParams, Query()]) -> dict:
        """Every document with its metadata and clause count. It takes no filter (one is refused); format=json
        is taken."""
        return {"documents": [document_json(d) for d in index.documents()]}

    @app.get("/documents/{doc_id}", tags=["documents"], response_model=None, dependencies=[once(DocumentsParams)],
             responses={
        **ok(DocumentWithClausesOut, "the document and its clauses in outline order"), **ERRORS, **NOT_FOUND})
    def document(index: IndexDep, doc_id: str, params: Annotated[DocumentsParams, Query()]) -> dict:
        """One document and its clauses in outline order. An id the knowledge base held and no longer holds
        is a 404 that says when it went, and where its words are now if anywhere."""
        try:
            meta, clauses = index.document(doc_id)
        except NotFound:
            gone = index.store.document_gone(doc_id)
            if gone is None:
                raise
            when, now = gone[0][:10], gone[1]
            raise NotFound(f"no document {doc_id!r} now: " + (
                f"when this knowledge base re-read it on {when}, its words went to document {now!r}" if now else
                f"it was removed from this knowledge base on {when}")) from None
        hits = [Hit(clause=c, score=0.0, title=meta["title"], source_url=meta["source_url"]) for c in clauses]
        rows = []
        for h in hits:
            row = hit_json(h)
            for key in ("score", "matched", "highlight", "title", "source_url", "excerpt_from", "doc_kind", "expired"):
                row.pop(key)
            rows.append(row)
        return {**document_json(meta), "clauses": rows}
