"""A report on a year published after it (a 统计公报, a 年度报告): its 全年 is the year it reports on, and its
figures are results, not goals."""

from __future__ import annotations

import pytest

from ingest.metadata import reported_year
from ingest.targets import extract_targets


@pytest.mark.parametrize(("title", "date", "year"), [
    ("2025年杭州市国民经济和社会发展统计公报", "2026-03-18", 2025),
    ("苏州市数据局2025年政府信息公开工作年度报告", "2026-01-18", 2025),
    ("Annual Report 2024", "2025-06-01", 2024),
    ("2026年政府工作报告", "2026-03-05", None),  # a report on the year it is given in: 全年 is that year anyway
    ("关于无锡市2025年预算执行情况与2026年预算草案的报告", "2026-01-13", None),  # it looks ahead as well
    ("关于印发《2025年工作要点》的通知", "2026-01-13", None),  # no report
    # a 白皮书 gives an account of what was done up to the year it comes out in
    ("《新时代的中国人工智能发展》白皮书", "2026-04-28", 2025),
    ("AI Compute and Skills White Paper", "2026-03-01", None),  # a UK White Paper proposes policy
])
def test_the_year_a_report_reports_on(title, date, year):
    assert reported_year(title, date) == year


def test_a_reports_full_year_figures_are_results():
    # "全年累计发放算力券3.2亿元" in a bulletin of 2026-03-18 on 2025 was a 2026 goal
    text = "全年累计发放算力券3.2亿元，惠及企业615家。年末累计建成5G基站6.8万个。"
    assert [(t.value, t.year) for t in extract_targets(text, "2026-03-18")] == [(3.2, 2026), (6.8, 2026)]  # alone
    assert extract_targets(text, "2026-03-18", period=2025) == []
    # a goal the report sets for the year ahead stays one
    plan = "2026年，我局将力争重要政策文件解读率达到100%，2026年底前新增开放数据集200个以上。"
    assert [(t.value, t.year) for t in extract_targets(plan, "2026-01-18", period=2025)] == [(100, 2026), (200, 2026)]


def test_a_bulletin_ingested_lists_no_goals(tmp_path):
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    page = ("2025年杭州市国民经济和社会发展统计公报\n\n杭州市统计局\n\n2026年3月18日\n\n一、综合\n\n"
            "全年全市地区生产总值23100亿元，比上年增长5.6%。全年城镇新增就业32.6万人。\n\n"
            "二、数字经济\n\n全年累计发放算力券3.2亿元，惠及企业615家。\n")
    (tmp_path / "bulletin.txt").write_text(page, encoding="utf-8")
    ingest([str(tmp_path / "bulletin.txt")], tmp_path / "data")
    clauses = KnowledgeBase(tmp_path / "data").clauses()
    assert any("算力券" in c.text for c in clauses) and not any(c.targets for c in clauses)


def test_a_white_papers_undated_figures_are_results_and_its_later_goals_goals():
    period = reported_year("《新时代的中国人工智能发展》白皮书", "2026-04-28")
    done = ("全国已有500余所高校开设人工智能本科专业，每年培养相关专业毕业生超过10万人。"
            "庆阳、中卫集群新建数据中心绿电直供比例超过60%。")
    assert [t.value for t in extract_targets(done, "2026-04-28")] == [10, 60]  # read alone: goals (were, in the paper)
    assert extract_targets(done, "2026-04-28", period=period) == []
    ahead = "到2027年，全国算力总规模超过500EFLOPS，智能算力占比不低于60%。"
    assert [(t.value, t.year) for t in extract_targets(ahead, "2026-04-28", period=period)] == [(500, 2027), (60, 2027)]
