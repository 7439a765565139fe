"""index/listings.py: /targets lists a goal once across documents, where an official instrument states it."""

from __future__ import annotations

from index.store import Store, write_store
from ingest.types import Block, Clause, Document, Target

MEASURES = Document("nj", "南京市工业和信息化局关于印发《南京市促进人工智能产业高质量发展若干政策措施》的通知", "zh",
                    [Block("x")], doc_number="宁工信规〔2025〕4号", kind="notice")
OPINIONS = Document("gf", "国务院关于深入实施“人工智能+”行动的意见", "zh", [Block("x")],
                    doc_number="国发〔2025〕11号", kind="notice")


def _goal(value, unit, year, metric, comparator=">="):
    return Target(value, unit, year, metric, f"{value}{unit}", comparator, 0, 5)


def _clause(cid, doc_id, text, ordinal, *targets):
    return Clause(cid, doc_id, cid, "", text, 0, len(text), ordinal=ordinal, lang="zh", targets=list(targets))


def _listed(tmp_path, docs, clauses):
    """(clause_id, doc_kind, restated_in) of each row GET /targets lists for these documents."""
    write_store(tmp_path / "s.sqlite", docs, clauses)
    s = Store(tmp_path / "s.sqlite")
    try:
        return [(t["clause_id"], t["doc_kind"], t.get("restated_in")) for t in s.targets()]
    finally:
        s.close()


def test_targets_list_a_goal_a_jiedu_restates_once_as_the_instruments(tmp_path):
    # the measures and their 政策解读 both gave 1500亿元 and 1000家 for 2027: each was listed twice
    jiedu = Document("jd", "《南京市促进人工智能产业高质量发展若干政策措施》政策解读", "zh", [Block("x")], kind="news")
    clauses = [
        _clause("nj-p1", "nj", "到2027年，全市人工智能核心产业规模突破1500亿元，集聚人工智能企业1000家以上。", 0,
                _goal(1500, "亿元", 2027, "全市人工智能核心产业规模", ">"),
                _goal(1000, "家", 2027, "集聚人工智能企业")),
        _clause("jd-2", "jd", "二、主要目标\n到2027年，全市人工智能核心产业规模突破1500亿元，集聚企业1000家以上。", 0,
                _goal(1500, "亿元", 2027, "人工智能核心产业规模", ">"), _goal(1000, "家", 2027, "集聚人工智能企业")),
        # a figure the 解读 alone gives is its own claim, still listed, as news
        _clause("jd-3", "jd", "力争到2028年培育独角兽企业10家。", 1, _goal(10, "家", 2028, "培育独角兽企业", "~")),
    ]
    assert _listed(tmp_path, [MEASURES, jiedu], clauses) == [
        ("nj-p1", "notice", ["jd-2"]), ("nj-p1", "notice", ["jd-2"]), ("jd-3", "news", None)]


def test_targets_list_a_goal_a_press_conference_restates_once_by_its_doc_number(tmp_path):
    # a 答记者问 of no known kind names the 意见 by its 文号 and shortens the metric (应用普及率)
    qa = Document("qa", "国家发展改革委举行新闻发布会", "zh", [Block("x")])
    clauses = [
        _clause("gf-1-2", "gf", "到2027年，智能体等应用普及率超过70%；到2030年，超过90%。", 0,
                _goal(70, "%", 2027, "智能体等应用普及率", ">"), _goal(90, "%", 2030, "智能体等应用普及率", ">")),
        _clause("gf-3-10", "gf", "到2027年，全国智能算力规模超过150 EFLOPS。", 1,
                _goal(150, "EFLOPS", 2027, "全国智能算力规模", ">")),
        _clause("qa-p1", "qa", "介绍《国务院关于深入实施“人工智能+”行动的意见》（国发〔2025〕11号）有关情况。", 0),
        _clause("qa-q1", "qa", "答：到2027年，应用普及率超过70%；到2030年，应用普及率超过90%。", 1,
                _goal(70, "%", 2027, "应用普及率", ">"), _goal(90, "%", 2030, "应用普及率", ">")),
        _clause("qa-q2", "qa", "答：到2027年全国智能算力规模超过150 EFLOPS。", 2,
                _goal(150, "EFLOPS", 2027, "全国智能算力规模", ">")),
    ]
    assert _listed(tmp_path, [OPINIONS, qa], clauses) == [
        ("gf-1-2", "notice", ["qa-q1"]), ("gf-3-10", "notice", ["qa-q2"]), ("gf-1-2", "notice", ["qa-q1"])]


def test_targets_keep_a_press_goal_that_names_no_instrument_or_another_metric(tmp_path):
    # another city's article, the same figure and metric, naming no instrument: its own goal, not Nanjing's
    other_city = Document("sz", "深圳人工智能产业加速发展", "zh", [Block("x")], kind="news")
    # an article naming the measures, the same figure but another measure: not the measures' goal
    named = Document("jd", "《南京市促进人工智能产业高质量发展若干政策措施》政策解读", "zh", [Block("x")], kind="news")
    # an official instrument quoting another is no restatement of it
    city_plan = Document("np", "南京市人工智能产业行动方案", "zh", [Block("x")], kind="notice")
    goal = _goal(1500, "亿元", 2027, "全市人工智能核心产业规模", ">")
    clauses = [
        _clause("nj-p1", "nj", "到2027年，全市人工智能核心产业规模突破1500亿元。", 0, goal),
        _clause("sz-1", "sz", "到2027年，全市人工智能核心产业规模突破1500亿元。", 0, goal),
        _clause("jd-3", "jd", "《若干政策措施》提出到2027年，设立总规模1500亿元的产业基金。", 0,
                _goal(1500, "亿元", 2027, "设立总规模的产业基金")),
        _clause("np-1", "np", "落实宁工信规〔2025〕4号，到2027年全市人工智能核心产业规模突破1500亿元。", 0, goal),
    ]
    assert _listed(tmp_path, [MEASURES, other_city, named, city_plan], clauses) == [
        ("jd-3", "news", None), ("nj-p1", "notice", None), ("np-1", "notice", None), ("sz-1", "news", None)]


def test_targets_list_an_english_goal_its_indicator_table_restates_in_other_words_once(tmp_path):
    # a strategy's goals of 100,000 by 2028 (two of them) and its KPI table's rows: each row was listed again
    plan = Document("ae", "National AI Strategy 2031: 2026 update", "en", [Block("x")], kind="notice")
    clauses = [
        _clause("ae-1", "ae", "The Reserve will hold at least 100,000 advanced AI accelerators by 2028.", 0,
                _goal(100000, "advanced", 2028, "advanced AI accelerators")),
        _clause("ae-2", "ae", "The UAE will train 100,000 UAE nationals in AI and data skills by 2028.", 1,
                _goal(100000, "nationals", 2028, "UAE nationals", "=")),
        _clause("ae-3", "ae", "National Sovereign Compute Reserve | 18,000 accelerators | 100,000 accelerators | 2028",
                2,
                _goal(100000, "accelerators", 2028, "National Sovereign Compute Reserve", "=")),
        _clause("ae-4", "ae", "UAE nationals trained in AI and data skills | 22,000 | 100,000 | 2028", 3,
                _goal(100000, "", 2028, "UAE nationals trained in AI and data skills", "=")),
        # two sentences' goals of the same figure and year are two goals, words in common or not
        _clause("ae-5", "ae", "The UAE will certify 100,000 AI engineers by 2028.", 4,
                _goal(100000, "engineers", 2028, "AI engineers", "=")),
    ]
    assert _listed(tmp_path, [plan], clauses) == [
        ("ae-1", "notice", ["ae-3"]), ("ae-2", "notice", ["ae-4"]), ("ae-5", "notice", None)]
