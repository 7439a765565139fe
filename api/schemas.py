"""The JSON the search and tagging endpoints answer, as schemas for /docs and /openapi.json.

The endpoints build this JSON themselves (app.hit_json, app.tag_json: FastAPI's encoder cost ~1.3 ms a
search); these models document it for the tools that call the API, and a test checks that what the
service answers fits them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class TargetOut(BaseModel):
    """A quantified goal: 'computing power to surpass 40 EFLOPS by 2025'."""

    value: float = Field(description="the number as written: 300 for '300 billion yuan'")
    unit: str = Field(description="the unit with its scale word: 'billion yuan', '万人', '%', 'EFLOPS'")
    year: int | None = Field(description="the year it is to be reached by, relative years resolved; null if none")
    metric: str = Field(description="what is measured: '全市人工智能核心产业规模', 'computing power'")
    text: str = Field(description="the words it was read from")
    comparator: str = Field(description="'>=', '>', '<=', '<', '=' or '~' (about, 力争)")


class AgenciesOut(BaseModel):
    lead: list[str] = Field(description="lead agencies (牵头), normalised: 市人力资源社会保障局")
    supporting: list[str] = Field(description="supporting agencies (配合)")
    row: str = Field("", description="present when the agencies were taken from a row of a table of tasks "
                                     "(任务分工表) that restates this measure: that row's clause id")
    note: str = Field("", description="present when the clause has one: the note the agencies were read from, "
                                      "as written (（市人社局牵头，市卫生健康委配合）, or the row's 牵头单位/配合单位)")


class HitOut(BaseModel):
    """One clause found: the clause itself, never the whole document."""

    clause_id: str = Field(description="the stable id to cite: GET /clauses/{clause_id}")
    doc_id: str
    title: str = Field(description="the document's title")
    text: str = Field(description="the clause")
    path: str = Field(description="its place in the outline: '二 > （一） > 1', 'Article 5 > 1 > (e)'")
    heading: str
    headings: list[str]
    tags: list[str]
    evidence: dict[str, str] = Field(description="for each tag, the terms (or targets) that gave it")
    targets: list[TargetOut]
    agencies: AgenciesOut
    score: float
    source_url: str = Field(description="the document's public address when known, else where it was read")
    lang: str = Field(description="zh or en")
    highlight: str = Field(description="the text with the matched parts marked «like this»")
    matched: list[str] = Field(description="what found it: dense, keyword, citation")
    excerpt_from: str = Field(description="for a catalogue's excerpt, the table and row that quote it")
    doc_kind: str = Field(description="the document's kind: 'news' for a press article, 'regulation', …")
    expired: str = Field(description="the document is no longer in force: the day its source gives as 失效日期 "
                                     "once that day has passed (YYYY-MM-DD), or its 文件状态 (失效, 废止) when "
                                     "it gives no such day; \"\" when in force or not known")
    version: str = Field(description="the wording's version: GET /clauses/{clause_id}?v=VERSION is the "
                                     "permalink that says if the clause later changes")


class SearchOut(BaseModel):
    query: str
    results: list[HitOut]
    took_ms: float
    warning: str | None = Field(None, description="present only when the knowledge base changed after the "
                                                 "index was built: the results do not see those changes yet")


class TagOut(BaseModel):
    tags: list[str]
    evidence: dict[str, str]
    targets: list[TargetOut]


class ErrorDetail(BaseModel):
    status: int
    type: str
    message: str
    history: list[dict[str, Any]] | None = Field(None, description=(
        "for a clause id a revision or removal took away (GET /clauses/{id}): the texts it held, oldest "
        "first, each with version, text, replaced and now_at"))


class ErrorBody(BaseModel):
    """Every error the API answers: {"error": {"status", "type", "message"}}."""

    error: ErrorDetail
