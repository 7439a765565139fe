"""store.sqlite: what write_store keeps and what Store reads back, including the FTS5 keyword index."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index import keyword
from index.store import Filters, Store, write_store
from ingest.errors import BadQuery, IndexError_, NotFound
from ingest.types import Agencies, Block, Clause, Document, Target

DOC = Document(
    "gz-1",
    "广州市公共租赁住房保障办法",
    "zh",
    [Block("第一章 总则", "heading", 1), Block("正文")],
    source_url="https://example.gov.cn/1",
    sources=["a", "b"],
    issuer="广州市人民政府办公厅",
    doc_number="穗府办规〔2024〕13号",
    date="2024-05-01",
    kind="regulation",
    fmt="gkmlpt",
    meta={"索引号": "007"},
)
CLAUSES = [
    Clause(
        "gz-1#a",
        "gz-1",
        "第二条",
        "第二条",
        "申请家庭人均住房建筑面积低于15平方米。",
        10,
        30,
        ordinal=2,
        lang="zh",
        agencies=Agencies(
            lead=["市住房城乡建设局"], supporting=["各区政府"], note="（市住房城乡建设局牵头）"
        ),
        tags=["housing", "eligibility"],
        evidence={"housing": "住房"},
        targets=[Target(15, "m2", None, "floor area", "低于15平方米", "<", 12, 19)],
    ),
    Clause(
        "gz-1#b",
        "gz-1",
        "第一条",
        "第一条",
        "为了规范公共租赁住房管理，制定本办法。",
        0,
        10,
        ordinal=1,
        lang="zh",
        tags=["housing"],
    ),
]


@pytest.fixture
def store(tmp_path):
    write_store(tmp_path / "store.sqlite", [DOC], CLAUSES)
    s = Store(tmp_path / "store.sqlite")
    yield s
    s.close()


def test_store_round_trips_clauses_and_documents(store):
    assert store.clause("gz-1#a") == CLAUSES[0]
    doc, clauses = store.document("gz-1")
    assert doc == DOC
    assert [c.clause_id for c in clauses] == ["gz-1#b", "gz-1#a"]  # outline order
    [meta] = store.documents()
    assert meta["clauses"] == 2 and meta["doc_number"] == DOC.doc_number and "blocks" not in meta
    with pytest.raises(NotFound):
        store.clause("missing")


def test_store_tables_for_tags_and_targets(tmp_path, store):
    con = sqlite3.connect(tmp_path / "store.sqlite")
    assert con.execute("SELECT tag, clause FROM clause_tags ORDER BY tag, clause").fetchall() == [
        ("eligibility", 0),
        ("housing", 0),
        ("housing", 1),
    ]
    assert con.execute("SELECT value, unit, comparator FROM targets").fetchall() == [(15.0, "m2", "<")]
    assert store.tag_counts()["overall"] == {"housing": 2, "eligibility": 1}
    [t] = store.targets(tag="eligibility")
    assert t["clause_id"] == "gz-1#a" and t["year"] is None and t["title"] == DOC.title
    assert store.agencies() == [{"name": "市住房城乡建设局", "lead": 1, "supporting": 0},
                                {"name": "各区政府", "lead": 0, "supporting": 1}]
    assert store.agencies(tag="housing") == store.agencies() and store.agencies(tag="funding") == []


def test_store_is_read_only(store):
    with pytest.raises(IndexError_):
        store.fetch("DELETE FROM clauses")
    assert store.clause("gz-1#a")


def test_store_keyword_ranks_by_bm25_within_filters(store):
    hits = store.keyword(keyword.match_expression("住房面积"), Filters(), 10)
    assert [i for i, _ in hits][0] == 0 and hits[0][1] > 0
    assert store.keyword(keyword.match_expression("住房"), Filters(tags=["eligibility"]), 10)[0][0] == 0
    assert [
        i for i, _ in store.keyword(keyword.match_expression("住房"), Filters(agency="各区政府"), 10)
    ] == [0]
    assert store.keyword(keyword.match_expression("住房"), Filters(date_to="2023"), 10) == []


def test_store_keyword_skips_terms_in_half_the_rows_or_more(tmp_path):
    # bm25 floors the idf of a term in half the rows or more at 1e-6: it adds nothing to a score, so
    # the keyword leg leaves it out (it would only make every row it is in a candidate to score)
    texts = ["The policy supports chips.", "The policy supports talent.", "The policy on housing.",
             "Rules on fishing."]
    clauses = [Clause(f"en-1#{i}", "gz-1", f"({i})", "", t, 0, len(t), ordinal=i, lang="en")
               for i, t in enumerate(texts)]
    write_store(tmp_path / "s.sqlite", [DOC], clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        both = s.keyword(keyword.match_expression("policy chips"), Filters(), 10)
        alone = s.keyword(keyword.match_expression("chips"), Filters(), 10)
        assert [i for i, _ in both] == [i for i, _ in alone] == [0]
        assert both[0][1] == pytest.approx(alone[0][1], abs=1e-4)
        # a query of such terms only still finds the rows that hold them
        assert sorted(i for i, _ in s.keyword(keyword.match_expression("policy"), Filters(), 10)) == [0, 1, 2]
    finally:
        s.close()


def test_store_phrase_ids_checks_the_exact_text(store):
    assert store.phrase_ids("15平方米", Filters()) == {0}
    assert store.phrase_ids("平方米15", Filters()) == set()
    assert store.phrase_ids("公共租赁住房", Filters()) == {1}


def test_store_bad_fts_syntax_is_a_bad_query(store):
    with pytest.raises(BadQuery):
        store.keyword('"unclosed', Filters(), 5)


def test_store_connections_per_thread(store):
    out = []
    threads = [threading.Thread(target=lambda: out.append(store.clause("gz-1#b").text)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [CLAUSES[1].text] * 4


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=30) | st.text("第条房 3a\"*()", min_size=1, max_size=8))
def test_match_expression_never_breaks_fts5(tmp_path_factory, text):
    # Whatever a user types, the keyword leg either searches or searches nothing: never a syntax error.
    path = tmp_path_factory.getbasetemp() / "fuzz.sqlite"
    if not path.exists():
        write_store(path, [DOC], CLAUSES)
    s = Store(path)
    try:
        expr, chars = keyword.match_expression(text), keyword.chars_expression(text)
        if expr or chars:
            s.keyword(expr, Filters(), 5, chars=chars)
        for phrase in keyword.parse_query(text).phrases:
            s.phrase_ids(phrase, Filters())
    finally:
        s.close()


def test_store_agencies_count_a_measure_and_its_task_row_once(tmp_path):
    """A body measure that took its agencies from a row of the table of tasks is the row's measure: the two
    count once, whichever of them carries the tag asked for."""
    lead = ["各区政府"]
    row = Clause("gz-1-annex2-1", "gz-1", "附件2 > 1", "", "1 | 扩大家庭医生来源。 | 各区政府", 0, 10, ordinal=0,
                 lang="zh", agencies=Agencies(lead, [], "牵头单位：各区政府"), tags=["talent"])
    body = Clause("gz-1-2-1", "gz-1", "二 > 1", "", "1.扩大家庭医生来源。培养全科医生。", 10, 30, ordinal=1,
                  lang="zh", agencies=Agencies(lead, [], "附件2 > 1: 牵头单位：各区政府", "gz-1-annex2-1"),
                  tags=["talent", "sectors"])
    other = Clause("gz-1-2-2", "gz-1", "二 > 2", "", "2.提升服务能力。（各区政府牵头）", 30, 50, ordinal=2,
                   lang="zh", agencies=Agencies(lead, [], "（各区政府牵头）"), tags=["sectors"])
    write_store(tmp_path / "s.sqlite", [DOC], [row, body, other])
    s = Store(tmp_path / "s.sqlite")
    try:
        assert s.agencies() == [{"name": "各区政府", "lead": 2, "supporting": 0}]
        assert s.agencies(tag="talent") == [{"name": "各区政府", "lead": 1, "supporting": 0}]
        assert s.agencies(tag="sectors") == [{"name": "各区政府", "lead": 2, "supporting": 0}]
    finally:
        s.close()


def _listed(tmp_path, clauses: list[Clause]) -> list[dict]:
    """The rows GET /targets lists for these clauses of DOC."""
    write_store(tmp_path / "s.sqlite", [DOC], clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        return s.targets()
    finally:
        s.close()


def test_store_targets_list_a_goal_the_document_states_again_once(tmp_path):
    # the plan's main goals, then its table of indicators: the same goal twice, listed once
    main = Clause("gz-1-1", "gz-1", "一", "", "到2023年，重点人群签约服务覆盖率达到80%，续约率达到80%。", 0, 10,
                  ordinal=0, lang="zh",
                  targets=[Target(80, "%", 2023, "重点人群签约服务覆盖率", "达到80%", "=", 10, 15),
                           Target(80, "%", 2023, "续约率", "达到80%", "=", 20, 25)])
    table = Clause("gz-1-annex1-1", "gz-1", "附件1 > 1", "", "1.重点人群签约服务覆盖率 | 2023年达到80%", 10, 20,
                   ordinal=1, lang="zh",
                   targets=[Target(80, "%", 2023, "重点人群签约服务覆盖率", "达到80%", "=", 5, 10),
                            Target(80, "%", 2023, "签约服务覆盖率", "达到80%", "=", 5, 10)])  # the whole, not the part
    other = Clause("gz-1-annex1-9", "gz-1", "附件1 > 9", "", "9.签约居民满意率 | 2023年达到80%", 20, 30, ordinal=2,
                   lang="zh", targets=[Target(80, "%", 2023, "签约居民满意率", "达到80%", "=", 5, 10)])
    got = [(t["clause_id"], t["metric"], t.get("restated_in")) for t in _listed(tmp_path, [main, table, other])]
    assert got == [("gz-1-1", "重点人群签约服务覆盖率", ["gz-1-annex1-1"]), ("gz-1-1", "续约率", None),
                   ("gz-1-annex1-1", "签约服务覆盖率", None),
                   ("gz-1-annex1-9", "签约居民满意率", None)]  # another metric of the same value stays


def test_store_targets_list_a_goal_its_task_row_restates_once(tmp_path):
    goal = Target(4, "人", 2023, "每万常住人口家庭医生数", "不低于4人", ">=", 10, 15)
    row = Clause("gz-1-annex2-1", "gz-1", "附件2 > 1", "", "1 | 扩大家庭医生来源。 | 到2023年不低于4人 | 各区政府",
                 0, 10, ordinal=1, lang="zh", agencies=Agencies(["各区政府"], [], "牵头单位：各区政府"), targets=[goal])
    body = Clause("gz-1-2-1", "gz-1", "二 > 1", "", "1.扩大家庭医生来源。到2023年不低于4人。", 10, 30, ordinal=0,
                  lang="zh", agencies=Agencies(["各区政府"], [], "附件2 > 1: …", "gz-1-annex2-1"), targets=[goal])
    other = Clause("gz-1-annex1-4", "gz-1", "附件1 > 4", "", "4.家庭医生人数 | 2023年达到4人。", 30, 40, ordinal=2,
                   lang="zh", targets=[Target(4, "人", 2023, "家庭医生人数", "达到4人", "=", 18, 22)])
    # the same figure of another metric in another table, not a restatement
    write_store(tmp_path / "s.sqlite", [DOC], [row, body, other])
    s = Store(tmp_path / "s.sqlite")
    try:
        assert [t["clause_id"] for t in s.targets()] == ["gz-1-2-1", "gz-1-annex1-4"]
        assert s.clause("gz-1-annex2-1").targets == [goal]  # the row keeps its own
    finally:
        s.close()


def test_store_a_goal_restated_without_its_scope_is_listed_once(tmp_path):
    main = Clause("sh-1", "sh", "一", "", "到2027年，全市智能终端产业规模突破1500亿元。", 0, 10, ordinal=0, lang="zh",
                  targets=[Target(1500, "亿元", 2027, "全市智能终端产业规模", "突破1500亿元", ">", 10, 20)])
    row = Clause("sh-1-row", "sh", "一", "", "智能终端产业规模 | 亿元 | 900 | 1500 | 预期性", 10, 20, ordinal=1,
                 lang="zh", targets=[Target(1500, "亿元", 2027, "智能终端产业规模", "1500", "=", 20, 24)])
    part = Clause("sh-1-part", "sh", "一", "", "全市智能终端出口规模 | 亿元 | 900 | 1500", 20, 30, ordinal=2, lang="zh",
                  targets=[Target(1500, "亿元", 2027, "智能终端出口规模", "1500", "=", 20, 24)])
    got = [(t["clause_id"], t.get("restated_in")) for t in _listed(tmp_path, [main, row, part])]
    assert got == [("sh-1", ["sh-1-row"]), ("sh-1-part", None)]


def test_store_agency_filter_keeps_each_city_apart(tmp_path):
    """A full name with its place finds that city's measures (and those whose place no one could tell); a
    short form names no city and finds every city's."""
    def measure(cid, lead, supporting=()):
        return Clause(cid, "gz-1", cid, "", f"支持算力设施建设{cid}。", 0, 10, ordinal=0, lang="zh",
                      agencies=Agencies(list(lead), list(supporting), "n"))
    clauses = [measure("gz", ["广州市发展改革委"], ["广州市财政局"]),
               measure("sz", ["深圳市发展改革委"], ["深圳市财政局"]), measure("bare", ["市发展改革委"])]
    write_store(tmp_path / "s.sqlite", [DOC], clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        def found(agency):
            return {clauses[i].clause_id for i in s.filtered_ids(Filters(agency=agency))}
        assert found("广州市发展改革委") == {"gz", "bare"}
        assert found("深圳市财政局") == {"sz"}
        assert found("市发展改革委") == {"gz", "sz", "bare"}
        assert found("发展改革委") == {"gz", "sz", "bare"}
        assert {a["name"] for a in s.agencies()} == {"广州市发展改革委", "广州市财政局", "深圳市发展改革委",
                                                     "深圳市财政局", "市发展改革委"}
    finally:
        s.close()


def test_store_a_goal_restated_without_its_act_and_level_is_listed_once(tmp_path):
    # a plan's "培育省级以上智能制造示范工厂300家" and its table's "智能制造示范工厂（家） | … | 300": listed twice
    main = Clause("js-2-1", "js", "二 > （一）", "", "（一）培育省级以上智能制造示范工厂300家。", 0, 10, ordinal=0,
                  lang="zh", targets=[Target(300, "家", 2026, "培育省级以上智能制造示范工厂", "培育…", "=", 3, 20)])
    row = Clause("js-2-p4", "js", "二 > ¶4", "", "智能制造示范工厂（家） | 120 | 180 | 300", 10, 20, ordinal=1,
                 lang="zh", targets=[Target(300, "家", 2026, "智能制造示范工厂", "300", "=", 30, 33)])
    other = Clause("js-2-2", "js", "二 > （二）", "", "（二）培育数字化车间300家。", 20, 30, ordinal=2, lang="zh",
                   targets=[Target(300, "家", 2026, "培育数字化车间", "培育数字化车间300家", "=", 3, 13)])
    got = [(t["clause_id"], t.get("restated_in")) for t in _listed(tmp_path, [main, row, other])]
    assert got == [("js-2-1", ["js-2-p4"]), ("js-2-2", None)]


def test_store_lists_an_office_once_under_the_acronym_another_document_gives_it(tmp_path):
    """One document defines "(APNSA)", another names the office without it: /agencies had two rows."""
    apnsa = "Assistant to the President for National Security Affairs"

    def directive(cid, doc_id, lead, supporting=()):
        return Clause(cid, doc_id, cid, "", f"The {lead[0]} shall coordinate.", 0, 10, ordinal=0, lang="en",
                      agencies=Agencies(list(lead), list(supporting), "n"))
    clauses = [directive("m-1", "m", [f"{apnsa} (APNSA)"]), directive("o-1", "o", [apnsa], ["Secretary of Energy"]),
               directive("p-1", "p", ["Secretary of Energy"], [apnsa])]
    docs = [Document(d, "Order", "en", [Block("x")]) for d in "mop"]
    write_store(tmp_path / "s.sqlite", docs, clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        assert s.agencies() == [{"name": f"{apnsa} (APNSA)", "lead": 2, "supporting": 1},
                                {"name": "Secretary of Energy", "lead": 1, "supporting": 1}]
        for asked in (apnsa, "APNSA"):  # either form finds all three
            assert len(s.filtered_ids(Filters(agency=asked))) == 3
        assert s.clause("o-1").agencies.lead == [f"{apnsa} (APNSA)"]
    finally:
        s.close()


def test_store_a_pue_ceiling_stated_three_times_is_listed_once(tmp_path):
    # a plan's text, a box and a table give "PUE ≤1.25 by 2030" with three metrics: it was listed three times
    def goal(cid, ordinal, metric):
        return Clause(cid, "hb", cid, "", f"{metric}不高于1.25。", 0, 10, ordinal=ordinal, lang="zh",
                      targets=[Target(1.25, "", 2030, metric, "不高于1.25", "<=", 0, 8)])
    clauses = [goal("hb-1", 0, "新建大型和超大型数据中心电能利用效率"), goal("hb-box", 1, "PUE"),
               goal("hb-row", 2, "新建大型数据中心电能利用效率")]
    other = Clause("hb-2", "hb", "hb-2", "", "存量数据中心改造后能效比不高于1.25。", 0, 10, ordinal=3, lang="zh",
                   targets=[Target(1.25, "", 2030, "存量数据中心改造后能效比", "不高于1.25", "<=", 0, 8)])
    got = [(t["clause_id"], t.get("restated_in")) for t in _listed(tmp_path, [*clauses, other])]
    assert got == [("hb-1", ["hb-box", "hb-row"]), ("hb-2", None)]


def test_store_a_dated_goal_an_undated_table_row_restates_is_listed_once(tmp_path):
    main = Clause("nc-6-2", "nc", "六", "", "到2027年，新增智能算力规模达到300PFLOPS。", 0, 10, ordinal=0, lang="zh",
                  targets=[Target(300, "PFLOPS", 2027, "新增智能算力规模", "达到300PFLOPS", "=", 0, 8)])
    row = Clause("nc-6-t4-1", "nc", "六 > 表4 > 1", "", "1 | 产出指标 | 数量指标 | 新增智能算力规模 | ≥300PFLOPS",
                 10, 20, ordinal=1, lang="zh",
                 targets=[Target(300, "PFLOPS", None, "新增智能算力规模", "≥300PFLOPS", ">=", 0, 8)])
    other = Clause("nc-6-t4-2", "nc", "六 > 表4 > 2", "", "2 | 产出指标 | 数量指标 | 建设标准机柜数量 | ≥300个", 20, 30,
                   ordinal=2, lang="zh", targets=[Target(300, "个", None, "建设标准机柜数量", "≥300个", ">=", 0, 6)])
    got = [(t["clause_id"], t.get("restated_in")) for t in _listed(tmp_path, [main, row, other])]
    assert got == [("nc-6-2", ["nc-6-t4-1"]), ("nc-6-t4-2", None)]


def test_an_answer_in_a_transcript_is_found_by_the_words_of_the_question_before_it(tmp_path):
    # a senator's question, an officer's answer: the answer held none of the question's words ("helped", "Adopt")
    hearing = Document("au", "Estimates hearing", "en", [Block("x")], kind="faq")
    turns = [("Senator BRAGG", "How many businesses have the AI Adopt Centres helped to date?"),
             ("Mr Murfett", "The five centres had worked with 2,140 businesses by 31 March."),
             ("Senator BRAGG", "Could you provide a breakdown by state?")]
    clauses = [Clause(f"au-{i}", "au", who, who, text, 0, len(text), ordinal=i, lang="en")
               for i, (who, text) in enumerate(turns)]
    write_store(tmp_path / "s.sqlite", [hearing], clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        found = {cid for cid, _ in s.keyword(keyword.match_expression("Adopt Centres helped"), Filters(), 10)}
    finally:
        s.close()
    assert found == {0, 1}  # the question and its answer; not the next question, which answers nothing
    # the same turns in a document of another kind (a report quoting a question) lend no words
    write_store(tmp_path / "r.sqlite", [Document("au", "Report", "en", [Block("x")], kind="report")], clauses)
    s = Store(tmp_path / "r.sqlite")
    try:
        assert {cid for cid, _ in s.keyword(keyword.match_expression("Adopt Centres helped"), Filters(), 10)} == {0}
    finally:
        s.close()
