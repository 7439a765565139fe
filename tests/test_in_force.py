"""api.in_force with a draft: not expired, yet not in force (search, targets and agencies' in_force), and its clause
page says so."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_margin_notes import DRAFT

from api.app import create_app
from api.settings import Settings

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
# the same measures once issued, by another city: in force
ISSUED = (DRAFT.replace("关于公开征求《某市促进低空经济发展若干措施（征求意见稿）》意见的公告",
                        "另一市促进低空经济发展若干措施")
          .replace("某市", "另一市").replace("（征求意见稿）", "").replace("，现向社会公开征求意见", "")
          .replace("<p>反馈截止日期：2025年8月31日。</p>", "")
          .replace("有效期至2027年12月31日", "有效期至2099年12月31日"))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from index.build import build_index
    from index.embed import get_embedder
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("drafts")
    (root / "draft.html").write_text(DRAFT, encoding="utf-8")
    (root / "issued.html").write_text(ISSUED, encoding="utf-8")
    data = root / "data"
    ingest([str(root / "draft.html"), str(root / "issued.html")], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), get_embedder("fake"))
    with TestClient(create_app(Settings(data=data, model="fake"))) as c:
        yield c


def _kinds(rows: list[dict]) -> set[str]:
    return {r["doc_kind"] for r in rows}


def test_a_draft_is_listed_as_one_and_not_expired(client):
    docs = {d["title"]: d for d in client.get("/documents").json()["documents"]}
    draft = next(d for t, d in docs.items() if "征求意见稿" in t)
    assert draft["doc_kind"] == "draft" and draft["expired"] == ""


def test_in_force_leaves_out_a_draft_s_clauses_and_goals(client):
    # a 征求意见稿's goals were listed as current targets, and its measures ranked beside rules in force
    q = {"q": "低空经济 规模 500亿元", "k": 20}
    assert "draft" in _kinds(client.get("/search", params=q).json()["results"])
    kept = client.get("/search", params={**q, "in_force": "true"}).json()["results"]
    assert kept and "draft" not in _kinds(kept)
    assert "draft" in _kinds(client.get("/targets").json()["targets"])
    goals = client.get("/targets", params={"in_force": "true"}).json()["targets"]
    assert goals and "draft" not in _kinds(goals)


def test_a_draft_s_clause_page_says_it_is_not_in_force(client):
    hit = next(h for h in client.get("/search", params={"q": "低空经济 规模", "k": 20}).json()["results"]
               if h["doc_kind"] == "draft")
    page = client.get(f"/clauses/{hit['clause_id']}", headers={"accept": BROWSER_ACCEPT}).text
    assert "<span class=kind>draft</span>" in page
    assert '<div class="warn draft">Draft for comment, not in force.</div>' in page
    assert "(draft for comment, not in force)." in page.split("Cite as: ", 1)[1]
    issued = next(h for h in client.get("/search", params={"q": "低空经济 规模", "k": 20}).json()["results"]
                  if h["doc_kind"] != "draft")
    page = client.get(f"/clauses/{issued['clause_id']}", headers={"accept": BROWSER_ACCEPT}).text
    assert "not in force" not in page
