"""The JSON the endpoints answer, as schemas for /docs and /openapi.json.

The endpoints build this JSON themselves (app.hit_json, app.tag_json, app.document_json: FastAPI's encoder
cost ~1.3 ms a search); these models document it for the tools that call the API (each route names its
model as its 200 answer), and a test checks that what the service answers fits them field for field.
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
    comparator: str = Field(description="how the value binds: '>=' (at least, 不低于, 以上), '>' (more than, "
                                        "超过, 突破), '<=' (at most, 不超过, 以内), '<' (less than, 低于), '=' "
                                        "(exactly, or stated plainly) or '~' (about, 约, 左右; also a goal striven "
                                        "for, 力争, 争取, 'strive to'): the pages show ≥, >, ≤, <, nothing, ≈")
    value_std: float | None = Field(description="the same quantity in its dimension's standard unit: 3e11 for "
                                    "'300 billion yuan', 12000 for '1.2万名'; null where unit_std is")
    unit_std: str | None = Field(description="the standard unit: an ISO currency code (CNY, EUR, USD, GBP, INR…), "
                                 "EFLOPS, GW, TWh, ms, days, working days, months, years, %, 'percentage points', "
                                 "'times', or a Chinese count's measure word (名, 家); null where none applies (an "
                                 "English count's noun, an unknown unit, a '$' of no known country)")


class AgenciesOut(BaseModel):
    lead: list[str] = Field(description="lead agencies (牵头), normalised: 市人力资源社会保障局")
    supporting: list[str] = Field(description="supporting agencies (配合)")
    row: str = Field("", description="present when the agencies were taken from a row of a table of tasks "
                                     "(任务分工表) that restates this measure: that row's clause id")
    note: str = Field("", description="present when the clause has one: the note the agencies were read from, "
                                      "as written (（市人社局牵头，市卫生健康委配合）, or the row's 牵头单位/配合单位)")


# what `expired` says, wherever a document's state is given (hits, clauses, documents, targets)
EXPIRED = ("the document is no longer in force: the day its source gives as 失效日期 once that day has passed "
           "(YYYY-MM-DD), or its 文件状态 (失效, 废止) when it gives no such day, or \"revoked\" when another "
           "document here calls it revoked; \"\" when in force or not known")


class ClauseFields(BaseModel):
    """The fields a search hit and GET /clauses/{clause_id} share: the clause itself, never the whole document."""

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
    source_url: str = Field(description="the document's public address when known, else where it was read")
    lang: str = Field(description="zh or en")
    excerpt_from: str = Field(description="for a catalogue's excerpt, the table and row that quote it")
    doc_kind: str = Field(description="the document's kind: 'news' for a press article, 'draft' for a draft not in "
                          "force, 'regulation', …")
    expired: str = Field(description=EXPIRED)
    version: str = Field(description="the wording's version: GET /clauses/{clause_id}?v=VERSION is the "
                                     "permalink that says if the clause later changes")


class HitOut(ClauseFields):
    """One clause found."""

    score: float
    highlight: str = Field(description="the text with the matched parts marked «like this»")
    matched: list[str] = Field(description="what found it: dense, keyword, citation")


class SearchOut(BaseModel):
    query: str
    results: list[HitOut]
    took_ms: float
    warning: str | None = Field(None, description="present only when the knowledge base changed after the "
                                                 "index was built (the results do not see those changes yet) or "
                                                 "when no clause holds a quoted phrase of the query (its words "
                                                 "were searched without the quotes); both, joined by '; '")


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
        "first, each with version, text, replaced, now_at, now_revised and now_parts"))


class ErrorBody(BaseModel):
    """Every error the API answers: {"error": {"status", "type", "message"}}."""

    error: ErrorDetail


class TargetRowOut(TargetOut):
    """One goal of GET /targets: the target, the clause that states it and the document to cite."""

    start: int = Field(description="where the words it was read from start in the clause's text")
    end: int = Field(description="where they end")
    clause_id: str
    doc_id: str
    clause_text: str = Field(description="the whole clause")
    title: str = Field(description="the document's title")
    doc_kind: str = Field(description="the document's kind: 'news' for a press article, 'draft' for a draft not in "
                          "force, 'regulation', …")
    source_url: str = Field(description="the document's public address when known, else where it was read")
    restated_in: list[str] | None = Field(None, description="present when the document states the goal again: "
                                                            "the clauses that restate it")
    expired: str = Field(description=EXPIRED)


class TargetsOut(BaseModel):
    targets: list[TargetRowOut] = Field(description="by year, then document and place in it")


class TagLabelOut(BaseModel):
    en: str = Field(description="the tag's English label")
    zh: str = Field(description="its Chinese label")
    description: str


class TagsOut(BaseModel):
    overall: dict[str, int] = Field(description="clauses carrying each tag, the most frequent first")
    documents: dict[str, dict[str, int]] = Field(description="for each document id, its clauses per tag")
    labels: dict[str, TagLabelOut] = Field(description="every tag of the taxonomy: what it means")


class AgencyCountOut(BaseModel):
    name: str = Field(description="the agency, normalised: 市人力资源社会保障局")
    lead: int = Field(description="measures it leads (牵头)")
    supporting: int = Field(description="measures it supports (配合)")


class AgencyListOut(BaseModel):
    agencies: list[AgencyCountOut] = Field(description="those that lead most first")


class SourceGoneOut(BaseModel):
    """The document's public source answered an HTTP error when checked, and its stored copy was read."""

    status: int = Field(description="the HTTP status it answered: 404, 410")
    checked: str = Field(description="the day it answered so, YYYY-MM-DD")
    fetched: str = Field(description="the day the copy read instead was fetched, YYYY-MM-DD")


class _DocumentFields(BaseModel):
    doc_id: str
    title: str
    lang: str = Field(description="zh or en")
    source_url: str = Field(description="the public address to cite when known, else where it was read")
    sources: list[str] = Field(description="where each copy of it was read from")
    issuer: str = Field(description="发布机构, the issuing body; \"\" when not known")
    doc_number: str = Field(description="文号: 穗卫函〔2023〕1930号, Regulation (EU) 2024/1689")
    date: str = Field(description="the date that dates it: 成文日期, else 发布日期, else the article's date")
    date_written: str = Field(description="成文日期")
    date_published: str = Field(description="发布日期")
    kind: str = Field(description="the document's kind, as doc_kind (kept for the clients that read it)")
    doc_kind: str = Field(description="the document's kind, named as search hits name it: 'regulation', "
                                      "'notice', 'news' (a press article or a publicity piece), 'faq', 'guide', "
                                      "'draft' (a 征求意见稿 or a bill: not in force) or \"\" when unknown")
    fmt: str = Field(description="the format it was read from: gkmlpt, gzgov, eurlex, markdown, text, …")
    meta: dict[str, Any] = Field(description="what else its source gives: 索引号, 实施日期, 失效日期, author, …")
    expired: str = Field(description=EXPIRED)
    source_gone: SourceGoneOut | None = Field(description="when its public source answered an HTTP error (404, "
                                                          "410) and the copy fetched before was read; else null")


class DocumentOut(_DocumentFields):
    """A document as GET /documents lists it: its metadata, without its text."""

    clauses: int = Field(description="how many clauses it has")


class DocumentsOut(BaseModel):
    documents: list[DocumentOut] = Field(description="newest first")


class DocumentClauseOut(BaseModel):
    """A clause of GET /documents/{doc_id}: a search hit's fields less those of its document and its score."""

    clause_id: str
    doc_id: str
    text: str
    path: str
    heading: str
    headings: list[str]
    tags: list[str]
    evidence: dict[str, str]
    targets: list[TargetOut]
    agencies: AgenciesOut
    lang: str
    version: str


class DocumentWithClausesOut(_DocumentFields):
    """GET /documents/{doc_id}: the document and its clauses in outline order."""

    clauses: list[DocumentClauseOut]


class HealthOut(BaseModel):
    """GET /health: the live index, what it holds and how it was built."""

    status: str = Field(description="ok")
    kb_newer: bool = Field(description="the knowledge base changed after this index was built")
    warning: str | None = Field(None, description="present only when kb_newer: what to run")
    generation: str = Field(description="the live index generation: gen-000042")
    model: str = Field(description="the embedder the index was built with, and its version")
    model_spec: str = Field(description="the model's name as POLICYKB_MODEL takes it")
    dim: int = Field(description="the vectors' dimension")
    documents: int
    clauses: int
    faiss_index: str
    recall_at_10: float | None = Field(description="an approximate index checked against exact; null when exact")
    created_at: str = Field(description="when the index was built (ISO 8601)")
    schema_version: int = Field(description="the store's schema: another one is refused, rebuild the index")
    embedded: int = Field(description="clauses this build embedded")
    reused: int = Field(description="clauses whose vectors came from the embedding cache")
    extra: dict[str, Any] = Field(description="how the build went: its seconds, the languages centred, …")
    tags: int = Field(description="distinct tags on its clauses")
    tagged_clauses: int
    targets: int
    languages: dict[str, int] = Field(description="clauses per language")


class RevisionOut(BaseModel):
    """An earlier wording of a clause id (ingest/history.py)."""

    version: str = Field(description="that wording's version, as ?v= names it")
    text: str = Field(description="what the clause said")
    replaced: str = Field(description="when an ingest replaced it (ISO 8601)")
    now_at: str | None = Field(description="the clause id those words are at now; null when they are nowhere")
    now_revised: bool = Field(False, description="true when the clause at now_at words them otherwise: a revision of "
                                                 "them (a measure renumbered and a figure changed)")
    now_parts: list[str] = Field([], description="when a later read cut those words in parts (a paragraph now two "
                                                 "clauses): the clause ids that say them between them, in order, "
                                                 "now_at the first; else []")


class CitedOut(BaseModel):
    """For a link with ?v=VERSION: whether the clause still says what that version said."""

    version: str = Field(description="the version the link cited")
    current: bool = Field(description="the clause still reads so")
    known: bool = Field(description="the clause ever read so: false for a version it never had (a mistyped link)")
    text: str | None = Field(None, description="present when not current: the words cited (null when not known)")
    replaced: str | None = Field(None, description="present when known and not current: when those words went")
    now_at: str | None = Field(None, description="present when known and not current: the clause id they are at "
                                                 "now, or null")
    now_revised: bool | None = Field(None, description="present when known and not current: true when now_at holds a "
                                                       "revision of those words")
    now_parts: list[str] | None = Field(None, description="present when known and not current: the clause ids that "
                                                          "say those words between them when they were cut in parts")


class ClauseOut(ClauseFields):
    """GET /clauses/{clause_id} as JSON: a search hit's fields less its score and `matched` (its `highlight` is its
    text), with its document, its source's state and its earlier wordings."""

    highlight: str = Field(description="the text, unmarked")
    source_gone: SourceGoneOut | None = Field(description="as its document's: its public source answered an HTTP "
                                                          "error and the copy fetched before was read; else null")
    document: DocumentOut = Field(description="its document, as GET /documents lists it")
    history: list[RevisionOut] = Field(description="the clause id's earlier wordings, oldest first")
    cited: CitedOut | None = Field(None, description="present for a link with ?v=VERSION")
