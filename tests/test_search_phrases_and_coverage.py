"""A quoted phrase no clause holds (searched as its words, with a warning) and keyword mode's order (the
clauses holding more of the query's own words before those reached through two glossary terms)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from api.app import create_app
from api.cli import cli
from api.settings import Settings
from index.build import build_index
from index.embed import FakeEmbedder
from index.glossary import parse_glossary
from index.search import Index
from ingest.types import Block, Clause, Document

CLAIM = 'Is it true the city will spend 10 billion yuan on a "compute city"?'


DOCS = [
    Document("kr-act", "Framework Act on Artificial Intelligence", "en", [Block("text")], date="2025-01-21"),
    Document("qd-speech", "在全市人工智能和算力产业发展大会上的讲话", "zh", [Block("正文")], date="2026-03-01"),
    Document("farm", "Farm subsidy rules", "en", [Block("text")], date="2019-03-01"),
    Document("notes", "Notes", "en", [Block("text")], date="2020-01-01"),
]


def _clause(i: int, doc: str, text: str) -> Clause:
    lang = "zh" if doc == "qd-speech" else "en"
    return Clause(f"{doc}#{i}", doc, "", "", text, 0, len(text), ordinal=i, lang=lang)


def _index(tmp_path, clauses, glossary_text):
    build_index(tmp_path, DOCS, clauses, FakeEmbedder())
    return Index.open(tmp_path, FakeEmbedder(), glossary=parse_glossary(glossary_text))


GLOSSARY = ("人工智能 = artificial intelligence | AI\n"
            "评估 | 考核 | 绩效考核 = assessment | evaluation | performance appraisal\n"
            "基本权利 = fundamental rights\n")


def test_keyword_mode_ranks_a_clause_with_every_word_above_one_reached_through_two_glossary_terms(tmp_path):
    clauses = [
        # a short Chinese clause that holds 人工智能 and 考核 (twice): bm25 put it first
        _clause(0, "qd-speech", "三要强化督导考核。将人工智能纳入综合绩效考核。"),
        _clause(1, "kr-act", "Article 35 (Impact Assessment on High-Impact Artificial Intelligence) (1) A business "
                             "operator providing high-impact artificial intelligence shall endeavour to conduct an "
                             "impact assessment of its effects on the fundamental rights of persons in advance, "
                             "and the Government shall support the business operators concerned with "
                             "the necessary methods, procedures and expenses for the assessment."),
        # English words that many clauses hold weigh less in bm25 than Chinese terms few clauses hold
        *(_clause(2 + i, "kr-act", f"Providers of artificial intelligence shall respect fundamental rights "
                                   f"and report on impact ({i}).") for i in range(6)),
        *(_clause(8 + i, "farm", f"Farmers may apply for subsidy number {i} for irrigation.") for i in range(8)),
    ]
    with _index(tmp_path, clauses, GLOSSARY) as index:
        query = "high-impact artificial intelligence impact assessment fundamental rights"
        found = [h.clause.clause_id for h in index.search(query, k=10, mode="keyword")]
        # the article first, the English clauses holding five of its words next, the Chinese one after them
        assert found[:8] == ["kr-act#1", *(f"kr-act#{2 + i}" for i in range(6)), "qd-speech#0"]
        # a Chinese question the other way round: the Chinese clause that holds its words comes first
        found = [h.clause.clause_id for h in index.search("人工智能 绩效考核", k=2, mode="keyword")]
        assert found == ["qd-speech#0", "kr-act#1"]
        # and a clause reached through the glossary alone is still found where no clause holds the words
        (hit,) = index.search("performance appraisal", k=1, mode="keyword")
        assert hit.clause.clause_id == "qd-speech#0" and "«绩效考核»" in hit.highlight


def test_keyword_mode_orders_clauses_holding_as_many_words_by_bm25(tmp_path):
    # the count of words held decides first; among equals, bm25 (a short clause holding a rare word wins)
    clauses = [
        _clause(0, "notes", "Farmers may apply for subsidies for irrigation equipment and drought resistant seed, "
                           "and the ministry will publish the list of approved suppliers each year."),
        _clause(1, "notes", "Irrigation subsidies."),
        _clause(2, "notes", "Drought relief for farmers."),
        *(_clause(3 + i, "kr-act", f"Article {i} sets out the duties of providers.") for i in range(6)),
    ]
    with _index(tmp_path, clauses, "") as index:
        found = [h.clause.clause_id for h in index.search("irrigation subsidies drought", k=3, mode="keyword")]
        assert found == ["notes#0", "notes#1", "notes#2"]
        scores = [h.score for h in index.search("irrigation subsidies drought", k=3, mode="keyword")]
        assert 3 <= scores[0] < 4 and 2 <= scores[1] < 3 and 1 <= scores[2] < 2


def test_a_filter_that_leaves_nothing_blames_no_phrase(tmp_path):
    clauses = [_clause(0, "farm", "Farmers may apply for subsidies for irrigation.")]
    with _index(tmp_path, clauses, "") as index:
        hits = index.search('"compute city" farmers', doc="kr-act")
        assert list(hits) == [] and hits.warnings == []
        hits = index.search('"compute city" farmers', mode="keyword")
        assert [h.clause.clause_id for h in hits] == ["farm#0"] and "compute city" in hits.warnings[0]
        assert json.dumps(hits.warnings)  # plain strings, as the API joins them


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    data = tmp_path_factory.mktemp("phrases") / "data"
    clauses = [_clause(0, "qd-speech", "有观点认为青岛将投入100亿元建设“算力城”，这一说法不实。"),
               _clause(1, "kr-act", "The Government shall spend 10 billion won on compute for the city."),
               _clause(2, "farm", "Farmers may apply for subsidies for irrigation.")]
    build_index(data, DOCS, clauses, FakeEmbedder())
    return data


def test_http_search_with_a_phrase_no_clause_holds_searches_its_words_and_warns(data):
    with TestClient(create_app(Settings(data=data, model="fake")), raise_server_exceptions=False) as c:
        body = c.get("/search", params={"q": CLAIM, "k": 5}).json()
        assert [h["clause_id"] for h in body["results"]][:1] == ["kr-act#1"]  # was {"results": []}, no why
        assert body["warning"] == ('no clause holds the quoted phrase "compute city": '
                                   "searched for the words without the quotes")
        # a phrase a clause holds still restricts the hits, and the answer keeps its three keys
        held = c.get("/search", params={"q": '"算力城" 青岛', "k": 5}).json()
        assert [h["clause_id"] for h in held["results"]] == ["qd-speech#0"] and "warning" not in held


def test_cli_search_with_a_phrase_no_clause_holds_warns(data):
    result = CliRunner().invoke(cli, ["--data", str(data), "search", CLAIM, "-k", "1", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0 and json.loads(result.stdout)["clause_id"] == "kr-act#1"
    assert "no clause matched" not in result.stderr
    assert 'warning: no clause holds the quoted phrase "compute city"' in result.stderr
    held = CliRunner().invoke(cli, ["--data", str(data), "search", '"算力城"', "-k", "3"], catch_exceptions=False)
    assert "qd-speech#0" in held.stdout and "warning" not in held.stderr
