"""Queries made of a document number or figures rank the keyword leg's matches first (index/figure_queries.py)."""

from __future__ import annotations

import pytest

from index.build import build_index
from index.embed import FakeEmbedder
from index.figure_queries import is_figure_query
from index.glossary import parse_glossary
from index.search import Index
from ingest.types import Block, Clause, Document

GLOSSARY = parse_glossary("# --- compute ---\n算力券 = compute voucher\n")
DEBRIS = "Total Financing | 162.00"


class NearDebris(FakeEmbedder):
    """A model that does not read figures: each figure query embeds as a short table line of figures does."""

    def _vector(self, text):
        return super()._vector(DEBRIS if is_figure_query(text) else text)


def _clause(doc: str, i: int, text: str, lang: str) -> Clause:
    return Clause(f"{doc}#{i}", doc, "", "", text, 0, len(text), ordinal=i, lang=lang)


DOCS = [Document("pad", "Kenya Digital and AI Skills Project", "en", [Block("x")], issuer="World Bank"),
        Document("nc", "南昌人工智能计算中心（二期）项目专项债券资金使用实施方案", "zh", [Block("x")]),
        Document("farm", "Farm subsidy rules", "en", [Block("x")])]
CLAUSES = [
    _clause("pad", 0, DEBRIS, "en"),
    _clause("pad", 1, "of which IDA | 150.00", "en"),
    _clause("pad", 2, "Law number | Act No. 53 of 2025", "en"),
    _clause("nc", 0, "经测算，项目债券存续期内本息覆盖倍数为1.32倍，项目收益能够覆盖债券本息。", "zh"),
    _clause("nc", 1, "项目已取得南昌市发展和改革委员会批复（洪发改审批〔2026〕21号）。", "zh"),
    _clause("nc", 2, "项目建设内容包括智算机房楼1栋、动力中心1栋。", "zh"),
    *(_clause("farm", i, f"Farmers may apply for subsidy number {i} for irrigation.", "en") for i in range(8)),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    data = tmp_path_factory.mktemp("kb")
    build_index(data, DOCS, CLAUSES, NearDebris())
    with Index.open(data, NearDebris(), glossary=GLOSSARY) as idx:
        idx.dense_weight = 0.8  # a fusion that trusts the dense leg, as the learned one does for these lines
        yield idx


def ids(hits):
    return [h.clause.clause_id for h in hits]


def test_a_figure_or_document_number_query_finds_the_clause_that_holds_it_before_dense_only_lines(index):
    assert ids(index.search("本息覆盖倍数 1.32倍", k=1)) == ["nc#0"]
    assert ids(index.search("洪发改审批〔2026〕21号", k=1)) == ["nc#1"]
    hits = index.search("本息覆盖倍数 1.32倍", k=5)
    assert hits[0].matched == ["dense", "keyword"]
    # only the clauses that hold the figure come first: "subsidy number 1", a keyword match of "1", does not
    holds = ["1.32" in h.clause.text for h in hits]
    assert holds == sorted(holds, reverse=True) and holds.count(True) == 1
    # the order and scores of the first hits do not depend on k
    assert [(h.clause.clause_id, h.score) for h in index.search("本息覆盖倍数 1.32倍", k=2)] == \
        [(h.clause.clause_id, h.score) for h in hits[:2]]


def test_a_query_in_words_is_ranked_as_the_fusion_says(index):
    # the same model, asked in words, still finds the debris first: only figure queries change
    assert not is_figure_query("How is the total financing of the Kenya project split between IDA and others?")
    assert ids(index.search("Total Financing | 162.00 Kenya project financing split IDA", k=1)) == ["pad#0"]


def test_which_queries_are_figure_queries():
    for query in ("洪发改审批〔2026〕21号", "合数资函〔2026〕18号 算力券", "本息覆盖倍数 1.32倍", "PAD5871",
                  "NSF 26-517"):
        assert is_figure_query(query), query
    for query in ("算力券 监管", "Dongguan 2026 computing power vouchers", "东莞市 2026 智能算力规模 目标",
                  "低保标准 2025",  # a year alone is when, no figure to find
                  "Korea plans to secure how many GPUs (MSIT)"):
        assert not is_figure_query(query), query
