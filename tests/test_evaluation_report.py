"""Tests for a Chinese 绩效评价报告 from PDF text: its cover (issuer line, title, 评价组织单位/报告编号, month) as
metadata, and its annex's scoring table parted by full-width spaces read into rows."""

from __future__ import annotations

from ingest.plaintext import parse_plaintext
from ingest.segment import segment
from ingest.text_table import fullwidth_rows
from ingest.types import CELL

_W = "\u3000\u3000"  # the gap a PDF's text leaves between a table's cells

REPORT = f"""某某省财政厅

2025年度省级某某产业发展专项资金
重点绩效评价报告

评价组织单位：某某省财政厅
评价实施机构：某某会计师事务所有限公司
报告编号：某财绩评〔2026〕3号

二〇二六年五月

一、基本情况

　　2025年，省级财政共安排专项资金8亿元，分四个支持方向下达。

— 1 —

二、评价结论

　　专项资金综合得分84.6分，评价等级为“良”。

附件：绩效评价指标体系及评分表

某某省财政厅
2026年5月20日

— 2 —

附件

绩效评价指标体系及评分表

一级指标{_W}二级指标{_W}三级指标{_W}分值{_W}得分
决策（20分）{_W}项目立项{_W}立项依据充分性{_W}4{_W}4.0
决策（20分）{_W}绩效目标{_W}绩效目标合理性{_W}4{_W}2.6
过程（20分）{_W}资金管理{_W}预算执行率{_W}4{_W}3.5
合计{_W * 5}100{_W}84.6

注：部分三级指标经合并列示，得分合计与正文一致。

— 3 —
"""


def test_the_cover_is_metadata_and_the_title_the_report_s() -> None:
    doc = parse_plaintext(REPORT, "report.txt")
    assert doc.title == "2025年度省级某某产业发展专项资金重点绩效评价报告"  # was the issuer's line
    assert doc.meta["letterhead"] == "某某省财政厅"
    assert doc.meta["评价组织单位"] == "某某省财政厅"
    assert doc.meta["评价实施机构"] == "某某会计师事务所有限公司"
    assert doc.meta["cover_date"] == "二〇二六年五月"
    assert (doc.doc_number, doc.kind) == ("某财绩评〔2026〕3号", "report")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "一、基本情况"  # no cover fact glued into a clause, no month over the body
    assert not any("评价组织单位" in t or t == "二〇二六年五月" for t in texts)


def test_the_annex_s_scoring_table_is_rows_under_its_header_with_its_total() -> None:
    clauses = segment(parse_plaintext(REPORT, "report.txt"))
    rows = [c for c in clauses if CELL in c.text]
    assert [c.text for c in rows] == [
        f"决策（20分）{CELL}项目立项{CELL}立项依据充分性{CELL}4{CELL}4.0",
        f"决策（20分）{CELL}绩效目标{CELL}绩效目标合理性{CELL}4{CELL}2.6",
        f"过程（20分）{CELL}资金管理{CELL}预算执行率{CELL}4{CELL}3.5",
        f"合计{CELL}100{CELL}84.6",  # its own row, no longer glued to the last
    ]
    assert all(f"一级指标{CELL}二级指标{CELL}三级指标{CELL}分值{CELL}得分" in c.headings for c in rows)
    assert all(not c.headings or c.headings[0] != "二〇二六年五月" for c in clauses)


def test_a_plan_s_title_and_lines_of_text_stay_as_they_were() -> None:
    # a cover with no facts keeps its first line: nothing tells an issuer from a title's first line
    plan = REPORT.replace("评价组织单位：", "").replace("评价实施机构：", "").replace("报告编号：", "")
    doc = parse_plaintext(plan, "plan.txt")
    assert doc.title == "某某省财政厅" and doc.kind == "" and doc.doc_number == ""
    # text cut by gaps, rows with no figure at their end, and a 合计 line after no table stay lines
    text = [f"一、总体要求{_W}坚持统筹推进，分步实施。", f"二、主要任务{_W}加快建设，完善机制。",
            f"三、保障措施{_W}强化组织，压实责任。", f"合计{_W}100"]
    assert fullwidth_rows(text) == text
    labels = [f"甲{_W}乙{_W}丙", f"丁{_W}戊{_W}己", f"庚{_W}辛{_W}壬"]
    assert fullwidth_rows(labels) == labels
