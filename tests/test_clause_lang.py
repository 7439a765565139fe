"""ingest.clause_lang: a clause in another language than its document's is labelled, searched and filtered so."""

from __future__ import annotations

import pytest

from index.build import build_index
from index.embed import FakeEmbedder
from index.search import Index
from ingest.clause_lang import clause_lang
from ingest.segment import segment
from ingest.tag import tag_clauses
from ingest.types import Block, Document

# a Minister's Mandarin passage in an English Hansard, as the debate page gives it
PASSAGE = ("（译文）议长先生，人工智能的发展离不开强大的算力。这项法案的目的，不是限制企业发展，而是确保算力设施安全、"
           "可靠、节能。我们将通过资讯通信媒体发展局（IMDA）为大型人工智能算力设施发放执照，并培养人工智能人才。")


@pytest.mark.parametrize(("text", "doc_lang", "want"), [
    (PASSAGE, "en", "zh"),
    (PASSAGE, "fr", "zh"),
    # an English paragraph quoting a Chinese title stays English
    ("China's State Council issued the 《新一代人工智能发展规划》 (New Generation Artificial Intelligence "
     "Development Plan) in July 2017, setting goals for 2030.", "en", "en"),
    ("人工智能 (Artificial Intelligence)", "en", "en"),
    # an English abstract or reference in a Chinese document
    ("This standard specifies the requirements for the energy efficiency of data centres and the methods of "
     "measuring their power usage effectiveness.", "zh", "en"),
    ("[3] ISO/IEC 30134-2:2016 Information technology—Data centres—Key performance indicators—Part 2: Power "
     "usage effectiveness (PUE)", "zh", "en"),
    # a Chinese clause full of acronyms and units, a row of them, an English name quoted in Chinese: Chinese
    ("到2027年，新建大型数据中心PUE降至1.25以下，GPU、NPU、ASIC等AI芯片算力达到500 EFLOPS。", "zh", "zh"),
    ("GPU | NPU | PUE ≤1.2 | 500 EFLOPS", "zh", "zh"),
    ("支持OpenAI、Google DeepMind、Anthropic and Meta AI Research等机构在本市设立研发中心。", "zh", "zh"),
    ("Mr Speaker, the Bill sets a threshold of 20 megawatts.", "en", "en"),
])
def test_clause_lang_flips_only_on_a_clear_majority(text, doc_lang, want):
    assert clause_lang(text, doc_lang) == want


def _hansard() -> Document:
    speeches = [f"Mr Speaker, Sir, clause {i} of the Bill deals with licensing and the duties of operator {i}."
                for i in range(60)]
    return Document("hansard", "AI Compute Infrastructure Bill", "en",
                    [Block(t) for t in [*speeches[:30], PASSAGE, *speeches[30:]]])


def _rules() -> Document:
    topics = ["医疗保险缴费", "家庭医生签约", "农村道路养护", "义务教育经费", "住房公积金提取", "养老服务补贴",
              "水利工程建设", "文物保护修缮", "消防安全检查", "食品安全抽检"]
    items = [f"{i}.关于{topics[i % 10]}的规定：各区县应当按照本办法第{i}条做好{topics[(i + 3) % 10]}工作。"
             for i in range(60)]
    answer = "61.到2027年，全市算力总规模达到10EFLOPS，人工智能算力安全保障能力显著增强。"
    return Document("rules", "算力发展办法", "zh", [Block(t) for t in [*items, answer]])


def test_segment_labels_a_chinese_passage_of_an_english_debate_chinese():
    clauses = segment(_hansard())
    [passage] = [c for c in clauses if c.text.startswith("（译文）")]
    assert passage.lang == "zh"
    assert {c.lang for c in clauses if c is not passage} == {"en"}  # the debate's own paragraphs stay English
    assert {c.lang for c in segment(_rules())} == {"zh"}  # a Chinese document's clauses stay Chinese


def test_the_chinese_passage_is_tagged_by_the_chinese_rules():
    [passage] = [c for c in tag_clauses(segment(_hansard())) if c.text.startswith("（译文）")]
    assert "compute" in passage.tags


def test_a_chinese_query_ranks_the_passage_on_relevance_and_lang_zh_finds_it(tmp_path):
    # Labelled English, the passage was centred on the English clauses' mean, which a Chinese query
    # shares nothing with: it won every Chinese question about AI or compute, over the clause that answers
    docs = [_hansard(), _rules()]
    build_index(tmp_path, docs, [c for d in docs for c in segment(d)], FakeEmbedder())
    with Index.open(tmp_path, FakeEmbedder()) as index:
        first = lambda q, **kw: index.search(q, k=3, **kw)[0].clause.clause_id  # noqa: E731
        assert first("人工智能 算力 安全") == "rules-61"
        assert "hansard-p31" not in [h.clause.clause_id for h in index.search("算力总规模", k=5)]
        assert first("人工智能算力设施执照") == "hansard-p31"  # still found for what it says
        assert first("算力设施执照", lang="zh") == "hansard-p31"
        assert "hansard-p31" not in [h.clause.clause_id for h in index.search("operator licensing", k=10, lang="en")]
