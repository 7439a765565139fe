"""A city's 政府工作报告 read whole: its cover lines are metadata, its review of last year reports results, and its
goals for the year are dated by the year its title names."""

from __future__ import annotations

from ingest.parse import parse
from ingest.plan_period import plan_horizon, review_year
from ingest.segment import segment
from ingest.tag import tag_clauses

_REPORT = ("<html><head><title>2026年东莞市政府工作报告</title></head><body><div class='article'>"
           "<h1>2026年东莞市政府工作报告</h1>"
           "<p>发布时间：2026-01-23 09:00 来源：东莞日报</p>"
           "<p>政 府 工 作 报 告</p>"
           "<p>——2026年1月18日在东莞市第十七届人民代表大会第六次会议上</p>"
           "<p>东莞市市长 韩　明</p><p>各位代表：</p>"
           "<p>现在，我代表市人民政府，向大会报告工作，请予审议。</p>"
           "<h2>一、2025年工作回顾</h2>"
           "<p>民生福祉持续增进。全年民生类支出占一般公共预算支出比重保持在75%以上，城镇新增就业11.8万人。</p>"
           "<h2>四、2026年重点工作</h2>"
           "<p>（五）持续保障和改善民生。新增公办中小学学位3万个，新增托位3000个，民生类支出占比保持在75%以上。</p>"
           "</div></body></html>")


def test_a_work_reports_cover_lines_are_metadata():
    # the spaced-out "政 府 工 作 报 告" stopped the cover's reading: dateline, speaker and address were a clause,
    # and the newspaper that carried it was the issuer
    doc = parse(_REPORT, "report.html")
    assert doc.issuer == "东莞市人民政府"
    assert doc.meta["speaker"] == "东莞市市长 韩明"
    assert doc.date_written == "2026-01-18"
    assert doc.meta["addressee"] == "各位代表"
    assert doc.meta["opening"] == "现在，我代表市人民政府，向大会报告工作，请予审议。"  # no clause: no measure of it
    assert doc.kind == "report" and segment(doc)[0].text.startswith("民生福祉持续增进。")


def test_its_review_reports_results_and_its_plans_are_the_years_goals():
    doc = parse(_REPORT, "report.html")
    clauses = tag_clauses(segment(doc), "2026-01-23", horizon=plan_horizon(doc.title))
    review = next(c for c in clauses if c.text.startswith("民生福祉"))
    plans = next(c for c in clauses if c.text.startswith("（五）"))
    assert review.targets == []  # last year's results, not 2026's goals
    assert [(t.value, t.year) for t in plans.targets] == [(3, 2026), (3000, 2026), (75, 2026)]


def test_the_year_a_section_looks_back_on():
    assert review_year(["一、2025年工作回顾"], "2026-01-23") == 2025
    assert review_year(["一、过去一年工作回顾"], "2026-01-23") == 2025
    assert review_year(["四、2026年重点工作"], "2026-01-23") is None
    assert plan_horizon("2026年东莞市政府工作报告") == 2026


def test_a_list_of_goals_under_its_own_heading_line():
    from ingest.targets import extract_targets

    text = ("三、2026年经济社会发展的主要预期目标\n2026年是“十五五”开局之年。今年经济社会发展的主要预期目标是："
            "地区生产总值增长5%左右；城镇新增就业11万人以上；居民消费价格涨幅2%左右；单位地区生产总值能耗完成省下达任务。")
    got = [(t.value, t.year, t.comparator) for t in extract_targets(text, "2026-01-23")]
    assert got == [(5, 2026, "~"), (11, 2026, ">="), (2, 2026, "~")]
