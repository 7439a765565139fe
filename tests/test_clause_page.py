"""The clause's citation page (GET /clauses/{id} in a browser): what a reader of a journalist's link sees."""

from __future__ import annotations

import re
from html import escape

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request

from api.app import create_app
from api.clause_page import breadcrumb, render_clause, render_missing, target_label, wants_html
from api.settings import Settings

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


def _request(accept: str | None, query: str = "") -> Request:
    headers = [(b"accept", accept.encode())] if accept is not None else []
    return Request({"type": "http", "method": "GET", "path": "/clauses/x", "query_string": query.encode(),
                    "headers": headers})


@pytest.mark.parametrize(("accept", "query", "html"), [
    (BROWSER_ACCEPT, "", True),
    ("text/html", "", True),
    (BROWSER_ACCEPT, "format=json", False),  # the page's own JSON link
    (None, "", False),  # a tool that sends no Accept
    ("*/*", "", False),  # curl, httpx, requests
    ("application/json", "", False),
    ("application/json, text/html", "", False),  # asks for JSON first
    ("*/*", "format=html", True),  # a tool that wants the page asks for it
    # q-values decide before the order: the page was refused to a client preferring it at a lower place
    ("application/json;q=0.5,text/html;q=0.9", "", True),
    ("text/html;q=0.2, application/json", "", False),
    ("text/html;q=0", "", False),
])
def test_only_a_browser_gets_the_page(accept, query, html):
    assert wants_html(_request(accept, query)) is html


@pytest.mark.parametrize(("target", "label"), [
    ({"metric": "覆盖率", "comparator": ">=", "value": 80.0, "unit": "%", "year": 2023}, "覆盖率: ≥ 80 % by 2023"),
    ({"metric": "人数", "comparator": "=", "value": 4.66, "unit": "人", "year": 2025}, "人数: 4.66 人 by 2025"),
    ({"metric": "compute", "comparator": ">", "value": 20000.0, "unit": "EFLOPS", "year": None},
     "compute: > 20,000 EFLOPS"),
    ({"metric": "", "comparator": "~", "value": 3, "unit": "", "year": 2030}, ": ≈ 3 by 2030"),
])
def test_a_target_reads_as_a_reader_writes_it(target, label):
    assert target_label(target) == label


@pytest.fixture(scope="module")
def client(small_kb):
    with TestClient(create_app(Settings(data=small_kb, model="fake"))) as c:
        yield c


def _hit(client, q: str) -> dict:
    return client.get("/search", params={"q": q}).json()["results"][0]


def test_a_browser_reads_the_clause_its_document_and_how_to_cite_it(client):
    hit = _hit(client, "每万常住人口家庭医生数")
    r = client.get(f"/clauses/{hit['clause_id']}", headers={"accept": BROWSER_ACCEPT})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert r.headers["vary"] == "Accept"
    page = r.text
    assert '<html lang="zh">' in page
    assert hit["text"].split("\n")[0] in page  # the clause itself
    assert hit["title"] in page
    doc = client.get(f"/clauses/{hit['clause_id']}").json()["document"]
    assert doc["date"] and doc["date"] in page and doc["issuer"] in page
    # its public source, linked, and a line to paste with the permalink
    assert 'href="http://wjw.gz.gov.cn/gkmlpt/content/9/9306/post_9306638.html"' in page
    assert "Cite as:" in page and f"http://testserver/clauses/{hit['clause_id']}?v=" in page
    cite = page.split("Cite as: ", 1)[1].split("<br>", 1)[0]  # who, what, number, when, and the versioned link
    assert cite.startswith(doc["issuer"]) and doc["doc_number"] and doc["doc_number"] in cite and doc["date"] in cite
    assert f"/clauses/{hit['clause_id']}?v=" in cite
    assert 'rel="prev"' in page or 'rel="next"' in page
    assert '<a href="?format=json">' in page


def test_the_same_link_gives_a_tool_json(client):
    hit = _hit(client, "每万常住人口家庭医生数")
    for headers in ({}, {"accept": "*/*"}, {"accept": "application/json"}):
        r = client.get(f"/clauses/{hit['clause_id']}", headers=headers)
        assert r.headers["content-type"] == "application/json" and r.json()["clause_id"] == hit["clause_id"]
    r = client.get(f"/clauses/{hit['clause_id']}?format=json", headers={"accept": BROWSER_ACCEPT})
    assert r.json()["text"] == hit["text"]


@pytest.mark.parametrize("query", ["format=xml", "fromat=json", "v=" + "x" * 65])
def test_a_clause_link_refuses_what_it_cannot_answer(client, query):
    # ?format=xml answered JSON without a word
    hit = _hit(client, "每万常住人口家庭医生数")
    r = client.get(f"/clauses/{hit['clause_id']}?{query}")
    assert r.status_code == 422, r.text


def test_next_and_previous_walk_the_document_in_outline_order(client):
    hit = _hit(client, "每万常住人口家庭医生数")
    doc = client.get(f"/documents/{hit['doc_id']}").json()
    ids = [c["clause_id"] for c in doc["clauses"]]
    at = ids.index(hit["clause_id"])
    page = client.get(f"/clauses/{ids[at]}", headers={"accept": BROWSER_ACCEPT}).text
    if at:
        assert f'href="/clauses/{ids[at - 1]}" rel="prev"' in page
    if at + 1 < len(ids):
        assert f'href="/clauses/{ids[at + 1]}" rel="next"' in page
    first = client.get(f"/clauses/{ids[0]}", headers={"accept": BROWSER_ACCEPT}).text
    assert 'rel="prev"' not in first


def test_the_page_escapes_what_the_document_says_and_hides_server_paths():
    out = {"clause_id": "d-1", "doc_id": "d", "text": "<script>alert(1)</script> & more", "path": "1",
           "headings": ["<b>"], "tags": ["governance"], "evidence": {"governance": 'a "quote"'},
           "targets": [], "agencies": {"lead": [], "supporting": []}, "lang": "en",
           "source_url": "/srv/policykb/corpus/secret/plan.md",
           "document": {"title": "A <plan>", "issuer": "", "doc_number": "", "date": ""}}
    page = render_clause(out, "http://h/clauses/d-1", (None, None))
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "A &lt;plan&gt;" in page
    assert "/srv/policykb" not in page and "plan.md (a local copy)" in page
    assert "the document's only clause" in page


@pytest.mark.parametrize(("title", "number", "cited"), [
    # a bill named by its number: "Senate Bill No. 53, Senate Bill No. 53, CHAPTER 138 > (b)"
    ("Senate Bill No. 53", "Senate Bill No. 53", "State of California, Senate Bill No. 53, 2025-09-29, Sec. 3"),
    ("Executive Order 14110 of October 30, 2023", "Executive Order 14110",
     "State of California, Executive Order 14110 of October 30, 2023, 2025-09-29, Sec. 3"),
    ("Transparency in Frontier AI Act", "Senate Bill No. 53",
     "State of California, Transparency in Frontier AI Act, Senate Bill No. 53, 2025-09-29, Sec. 3"),
])
def test_the_cite_line_names_a_number_its_title_says_once(title, number, cited):
    out = {"clause_id": "d-1", "doc_id": "d", "text": "x", "path": "Sec. 3", "tags": [], "targets": [],
           "agencies": {"lead": [], "supporting": []}, "lang": "en", "source_url": "sb53.txt",
           "document": {"title": title, "issuer": "State of California", "doc_number": number, "date": "2025-09-29"}}
    page = render_clause(out, "http://h/clauses/d-1", (None, None))
    assert page.split("Cite as: ", 1)[1].split(". http://h/", 1)[0] == cited


PLAN = "关于加快算力发展的若干措施\n\n一、重点任务\n（一）建设算力枢纽。到2027年全省算力规模超过50EFLOPS。\n"
TALENT = "加强算力人才培养。每年培养算力工程师2000名。\n"


def _revise(tmp_path, plan: str, revised: str):
    """A knowledge base of plan, then of its revision, indexed: its data directory and plan's talent clause."""
    from index.build import build_kb_index
    from index.embed import get_embedder
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    page, data = tmp_path / "plan.txt", tmp_path / "data"
    page.write_text(plan, encoding="utf-8")
    ingest([str(page)], data)
    talent = next(c for c in KnowledgeBase(data).clauses() if "人才" in c.text)
    page.write_text(revised, encoding="utf-8")
    ingest([str(page)], data)
    build_kb_index(data, get_embedder("fake"))
    return data, talent


def test_a_link_to_a_revised_clause_says_it_changed_and_where_its_words_went(tmp_path):
    from ingest.history import text_version

    inserted = "（二）建设算力调度平台，统筹全省算力资源。\n"
    data, talent = _revise(tmp_path, PLAN + "（二）" + TALENT, PLAN + inserted + "（三）" + TALENT)
    cited = text_version(talent.text)
    with TestClient(create_app(Settings(data=data, model="fake"))) as client:
        now = client.get(f"/clauses/{talent.clause_id}", params={"v": cited}).json()
        assert "调度平台" in now["text"] and now["version"] != cited
        assert now["cited"]["current"] is False and now["cited"]["text"] == talent.text
        moved = now["cited"]["now_at"]
        assert "人才" in client.get(f"/clauses/{moved}").json()["text"]
        assert [h["version"] for h in now["history"]] == [cited]
        page = client.get(f"/clauses/{talent.clause_id}", params={"v": cited}, headers={"accept": BROWSER_ACCEPT})
        assert 'class="warn"' in page.text and "This link cited an earlier text" in page.text
        assert f'href="/clauses/{moved}"' in page.text and "每年培养算力工程师2000名" in page.text
        # the page's own permalink names the wording it shows now, which is current
        assert f"?v={now['version']}" in page.text
        # the day given is the day the knowledge base re-read the page, not a day the government revised it
        day = now["history"][0]["replaced"][:10]
        assert f"When this knowledge base re-read the document on {day}, it had been revised." in page.text
        assert "was revised on" not in page.text
        fresh = client.get(f"/clauses/{talent.clause_id}", params={"v": now["version"]}).json()
        assert fresh["cited"] == {"version": now["version"], "current": True, "known": True}
        assert now["cited"]["known"] is True
        # what GET /clauses/{id} answers with history and a cited earlier version fits ClauseOut, its schema
        from test_api import fits

        from api.schemas import ClauseOut

        assert now["history"] and fits(ClauseOut, now) and fits(ClauseOut, fresh)


def test_a_link_naming_a_version_the_clause_never_had_says_it_is_unknown_not_changed(tmp_path):
    # ?v=deadbeef00 answered {"current": false, "text": null}, which a tool reads as "the clause changed"
    inserted = "（二）建设算力调度平台，统筹全省算力资源。\n"
    data, talent = _revise(tmp_path, PLAN + "（二）" + TALENT, PLAN + inserted + "（三）" + TALENT)
    with TestClient(create_app(Settings(data=data, model="fake"))) as client:
        unknown = client.get(f"/clauses/{talent.clause_id}", params={"v": "deadbeef00"}).json()["cited"]
        assert unknown == {"version": "deadbeef00", "current": False, "known": False, "text": None}
        page = client.get(f"/clauses/{talent.clause_id}", params={"v": "deadbeef00"},
                          headers={"accept": BROWSER_ACCEPT}).text
        assert "a version of the clause this knowledge base does not know" in page
        assert "This link cited an earlier text" not in page


def test_a_link_to_an_id_a_revision_removed_says_what_it_said_and_where_its_words_went(tmp_path):
    from ingest.history import text_version
    from ingest.kb import KnowledgeBase

    vouchers = "（二）发放算力券。每年安排不少于5亿元算力券。\n"
    data, third = _revise(tmp_path, PLAN + vouchers + "（三）" + TALENT, PLAN + "（二）" + TALENT)
    with TestClient(create_app(Settings(data=data, model="fake")), raise_server_exceptions=False) as client:
        r = client.get(f"/clauses/{third.clause_id}")
        assert r.status_code == 404 and r.headers["vary"] == "Accept"
        error = r.json()["error"]
        moved = next(c for c in KnowledgeBase(data).clauses() if "人才" in c.text).clause_id
        # the error every route answers, with what the id said: a tool learns the words, not only where
        # they went, as a browser does
        assert set(r.json()) == {"error"} and error["status"] == 404 and error["type"] == "not_found"
        (said,) = error["history"]
        assert said["text"] == third.text and said["now_at"] == moved
        assert said["version"] == text_version(third.text) and said["replaced"]
        message, day = error["message"], said["replaced"][:10]
        assert "revised" in message and repr(moved) in message and "加强算力人才培养" in message
        assert f"re-read the document on {day}" in message and said["replaced"] not in message
        page = client.get(f"/clauses/{third.clause_id}", headers={"accept": BROWSER_ACCEPT})
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
        assert f'href="/clauses/{moved}"' in page.text and "每年培养算力工程师2000名" in page.text
        assert f"When this knowledge base re-read the document on {day}, it had been revised" in page.text
        assert "was revised on" not in page.text
        assert client.get("/clauses/never-was").json()["error"] == {
            "status": 404, "type": "not_found", "message": "no clause 'never-was'"}


def test_a_browser_asking_for_an_id_no_clause_has_gets_a_page_saying_so(client):
    # it got the raw JSON error, while an id a revision removed got a page
    r = client.get("/clauses/never-was", headers={"accept": BROWSER_ACCEPT})
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert r.headers["vary"] == "Accept"
    assert "No clause has the id never-was" in r.text and '<a href="/">Search the clauses</a>' in r.text
    assert "<style>" in r.text and 'class="warn"' in r.text  # the clause page's look
    tool = client.get("/clauses/never-was")  # the same link's JSON: a shared cache must keep the two apart
    assert tool.headers["content-type"] == "application/json" and tool.headers["vary"] == "Accept"
    assert "<script>" not in render_missing("<script>x") and "&lt;script&gt;x" in render_missing("<script>x")


def test_the_page_labels_each_agency_s_role(client):
    # the supporting agencies were chips with no label beside "lead: 各区政府": they read as leads too
    hits = client.get("/search", params={"q": "有序扩大家庭医生来源", "k": 10}).json()["results"]
    hit = next(h for h in hits if h["agencies"]["lead"] and h["agencies"]["supporting"])
    page = client.get(f"/clauses/{hit['clause_id']}", headers={"accept": BROWSER_ACCEPT}).text
    chips = re.findall(r'<span class="(role|agency)">([^<]*)</span>', page)
    assert chips == [("role", "lead:"), *(("agency", a) for a in hit["agencies"]["lead"]),
                     ("role", "supporting:"), *(("agency", a) for a in hit["agencies"]["supporting"])]


def test_the_page_says_a_document_is_no_longer_in_force_where_it_is_cited(tmp_path, shared_corpus, monkeypatch):
    # 穗人社规字〔2019〕6号 (失效日期 2024-10-15) was shown and cited as if in force
    import datetime

    from test_api import expiring_kb

    from api import in_force

    monkeypatch.setattr(in_force, "today", lambda: datetime.date(2025, 6, 1))
    data = expiring_kb(tmp_path / "data", shared_corpus)
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        hits = c.get("/search", params={"q": "就业见习基地 住房保障", "k": 30}).json()["results"]
        internship = next(h for h in hits if h["doc_id"] == "e091cfa4469d")
        housing = next(h for h in hits if "住房保障" in h["title"])
        page = c.get(f"/clauses/{internship['clause_id']}", headers={"accept": BROWSER_ACCEPT}).text
        # seen just above the line to cite it by, and said in that line too
        notice = '<div class="warn expired">No longer in force: it expired on 2024-10-15.</div>\n<div class="cite">'
        assert notice in page
        cite = page.split("Cite as: ", 1)[1].split("<br>", 1)[0]
        assert "(no longer in force: it expired on 2024-10-15). https://www.gz.gov.cn/" in cite
        # the housing rules are in force until 2029-03-03: nothing said
        page = c.get(f"/clauses/{housing['clause_id']}", headers={"accept": BROWSER_ACCEPT}).text
        assert "Cite as:" in page and "No longer in force" not in page


def test_the_page_says_the_public_source_is_gone_and_which_copy_it_shows(tmp_path, shared_corpus):
    # a source that now answers 404 was linked and cited as if it still held the text
    from test_api import gone_kb

    data = gone_kb(tmp_path / "data", shared_corpus)
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        docs = {d["doc_kind"]: d["doc_id"] for d in c.get("/documents").json()["documents"]}
        for kind, said in (("notice", True), ("news", False)):
            clause = c.get(f"/documents/{docs[kind]}").json()["clauses"][0]["clause_id"]
            page = c.get(f"/clauses/{clause}", headers={"accept": BROWSER_ACCEPT}).text
            notice = ('<div class="warn gone">The public source answered HTTP 404 on 2025-06-01; this is the copy '
                      'fetched on 2024-11-20.</div>\n<div class="cite">')
            assert (notice in page) is said, kind
            assert "Cite as:" in page and ("answered HTTP" in page) is said


def test_the_source_gone_notice_escapes_what_it_is_given():
    out = {"clause_id": "d-1", "doc_id": "d", "text": "x", "path": "1", "tags": [], "targets": [],
           "agencies": {"lead": [], "supporting": []}, "lang": "en", "source_url": "https://example.org/a",
           "source_gone": {"status": 410, "checked": "<b>", "fetched": ""},
           "document": {"title": "A plan", "issuer": "", "doc_number": "", "date": ""}}
    page = render_clause(out, "http://h/clauses/d-1", (None, None))
    assert "The public source answered HTTP 410 on &lt;b&gt;; this is the copy fetched before." in page


@pytest.mark.parametrize(("headings", "path", "where"), [
    # the breadcrumb read "第三章 产业基础设施 › 第三章 > 第十二条": the chapter twice
    (["第三章 产业基础设施"], "第三章 > 第十二条", "第三章 产业基础设施 > 第十二条"),
    (["CHAPTER IV TRANSPARENCY OBLIGATIONS", "Article 50 Transparency obligations"], "CHAPTER IV > Article 50 > 1",
     "CHAPTER IV TRANSPARENCY OBLIGATIONS > Article 50 Transparency obligations > 1"),
    (["Background"], "Background > ¶1", "Background > ¶1"),
    (["20. Annexes"], "2 > (a)", "20. Annexes › 2 > (a)"),  # "20." opens no part "2"
    (["十一、保障措施"], "十 > （一）", "十一、保障措施 › 十 > （一）"),
    (["一、重点任务"], "一 > （一）", "一、重点任务 > （一）"),
    ([], "¶1", "¶1"),
])
def test_the_breadcrumb_gives_each_numbered_part_once_with_its_title(headings, path, where):
    assert breadcrumb(headings, path) == where
    out = {"clause_id": "d-1", "doc_id": "d", "text": "x", "path": path, "headings": headings, "tags": [],
           "targets": [], "agencies": {"lead": [], "supporting": []}, "lang": "zh", "document": {"title": "t"}}
    assert f'<div class="path">{escape(where)}</div>' in render_clause(out, "http://h/clauses/d-1", (None, None))
