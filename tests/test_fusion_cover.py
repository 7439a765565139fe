"""The fusion's coverage feature: the share of the query's words a clause holds, across languages too."""

from __future__ import annotations

import numpy as np
import pytest

from index import coverage, fusion
from index.build import build_index
from index.embed import CombinedEmbedder, FakeEmbedder
from index.glossary import parse_glossary
from index.search import Index
from ingest.types import Block, Clause, Document

QUERY = "新建数据中心 PUE 不高于1.25 要求"
GLOSSARY = "数据中心 = data centre\n"
TEXTS = [("zh", "zh", "新建大型及以上数据中心电能利用效率（PUE）不高于1.25。"),
         ("en", "en", "Plan for energy: integrate data centre demand and report each site's PUE."),
         ("en", "en", "Farm subsidies for wheat growers were raised this year."),
         ("zh", "zh", "农业补贴政策继续实施。")]


@pytest.fixture
def pue_kb(tmp_path):
    docs = [Document("zh", "通知", "zh", [Block("正文")]), Document("en", "Plan", "en", [Block("text")])]
    clauses = [Clause(f"{d}#{i}", d, "", "", t, 0, len(t), ordinal=i, lang=lang)
               for i, (d, lang, t) in enumerate(TEXTS)]
    embedder = CombinedEmbedder([FakeEmbedder(64), FakeEmbedder(32)], [0.5, 0.5])
    build_index(tmp_path, docs, clauses, embedder)
    return tmp_path, embedder


def test_share_of_the_query_words_a_clause_holds_itself_or_through_the_glossary(pue_kb):
    data, embedder = pue_kb
    glossary = parse_glossary(GLOSSARY)
    with Index.open(data, embedder, glossary=glossary) as index:
        ids = [cid for cid, _ in index.store.fetch("SELECT id, clause_id FROM clauses ORDER BY id")]
        share = coverage.shares(index.store, QUERY, glossary.expand(QUERY), glossary, ids)
    near, across, other_en, other_zh = (share[c] for c in ids)
    # the Chinese clause holds all but 建数 and 要求; the English one 数据中心 (through data centre) and PUE
    assert near > across > 0 and other_en == other_zh == 0
    assert 0 < near <= 1


def test_the_share_is_a_feature_of_the_fusion_and_orders_by_words_held(pue_kb, monkeypatch):
    data, embedder = pue_kb
    glossary = parse_glossary(GLOSSARY)
    weights = [0.0] * (3 * 2 + 5 + len(fusion.ANSWERS))
    weights[5] = 1.0  # keyword across languages: the English clause first ...
    monkeypatch.setitem(fusion.WEIGHTS, fusion.model_key(embedder.name), tuple(weights))
    with Index.open(data, embedder, glossary=glossary) as index:
        assert index.search(QUERY, k=1)[0].clause.clause_id == "en#1"
    weights[7] = 5.0  # ... unless the share of the query's words held counts more
    monkeypatch.setitem(fusion.WEIGHTS, fusion.model_key(embedder.name), tuple(weights))
    with Index.open(data, embedder, glossary=glossary) as index:
        assert index.search(QUERY, k=1)[0].clause.clause_id == "zh#0"
        ids, x, _ = index.fusion_table(QUERY)
        shares = coverage.shares(index.store, QUERY, glossary.expand(QUERY), glossary, ids)
        np.testing.assert_allclose(x[:, 7], [shares[c] for c in ids])


def test_an_english_query_counts_its_words_not_its_stopwords(pue_kb):
    data, embedder = pue_kb
    with Index.open(data, embedder) as index:
        ids = dict((clause_id, cid) for cid, clause_id in index.store.fetch("SELECT id, clause_id FROM clauses"))
        farm, plan = ids["en#2"], ids["en#1"]
        share = coverage.shares(index.store, "wheat farm subsidies in the energy", [], index.glossary, [farm, plan])
    assert share[farm] == pytest.approx(3 / 4) and share[plan] == pytest.approx(1 / 4)  # "in", "the" are no words
