"""GET /tags, /agencies and /targets: what the clauses hold across documents; POST /tag: any text tagged."""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query
from fastapi.responses import Response

from api.dependencies import IndexDep, once
from api.in_force import docs_in_force, with_expired
from api.params import AgenciesParams, TagBody, TagsParams, TargetsParams, check_date, check_doc, check_tag
from api.render import CSV_BOM, tag_json, tag_labels, targets_csv
from api.responses import BAD_BODY, ERRORS, NOT_FOUND, ok
from api.schemas import AgencyListOut, TagOut, TagsOut, TargetsOut
from ingest.tag import tag_text


def add_routes(app: FastAPI) -> None:
    """GET /tags, /agencies and /targets; POST /tag."""

    @app.get("/tags", tags=["tags"], response_model=None, dependencies=[once(TagsParams)],
             responses={**ok(TagsOut, "clause counts per tag, and the tags' labels"), **ERRORS, **NOT_FOUND})
    def tags(index: IndexDep, params: Annotated[TagsParams, Query()]) -> dict:
        """How many clauses carry each tag, overall and per document, and what each tag means."""
        return {**index.tag_counts(doc=check_doc(index.store, params.doc)), "labels": tag_labels()}

    @app.get("/agencies", tags=["agencies"], response_model=None, dependencies=[once(AgenciesParams)],
             responses={**ok(AgencyListOut, "each agency and its measures"), **ERRORS, **NOT_FOUND})
    def agencies(index: IndexDep, params: Annotated[AgenciesParams, Query()]) -> dict:
        """Who leads and who supports: each agency with its counts of measures, over a tag or a document."""
        return {"agencies": index.agencies(tag=check_tag(index.store, params.tag),
                                           doc=check_doc(index.store, params.doc),
                                           docs=docs_in_force(index.store) if params.in_force else None)}

    @app.get("/targets", tags=["targets"], response_model=None, dependencies=[once(TargetsParams)], responses={
        **ERRORS, **NOT_FOUND, 200: {"description": "the targets, as JSON or (format=csv) as CSV",
                                       "model": TargetsOut, "content": {"text/csv": {}}}})
    def targets(index: IndexDep, params: Annotated[TargetsParams, Query()]) -> dict | Response:
        """Every quantified target, filterable by tag, year, document and unit (standard or as written), each
        with its standard reading (value_std, unit_std); CSV with format=csv (a file to save, starting with a
        UTF-8 byte-order mark so that a spreadsheet reads its Chinese)."""
        found = index.targets(tag=check_tag(index.store, params.tag), year=params.year,
                              doc=check_doc(index.store, params.doc), unit=params.unit)
        rows = with_expired(index.store, found, params.in_force)
        if params.format == "csv":
            return Response(CSV_BOM + targets_csv(rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="targets.csv"'})
        return {"targets": rows}

    @app.post("/tag", tags=["tags"], responses={**ERRORS, **BAD_BODY}, response_model=TagOut)
    def tag(body: TagBody) -> dict:
        """Tags (with evidence) and quantified targets for any text."""
        return tag_json(tag_text(body.text, date=check_date(body.date)), body.text)
