"""A ministry's article page carrying a joint 通知 that 印发 an action plan: its 主送 line, sent to provincial
departments and a central bank's branches, is metadata; the link to its annex's file over the annex it prints is no
clause; a measure whose own note names its leads keeps the supporting units its row in the 分工表 adds."""

from __future__ import annotations

from ingest.byline_zh import addressees
from ingest.parse import parse
from ingest.segment import segment
from ingest.table_agencies import share_task_agencies
from ingest.types import Agencies, Clause

TITLE = "某部 某委关于印发《某某基础设施高质量发展行动计划》的通知"
ADDRESSEE = ("各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、教育厅（委、局）、卫生健康委，"
             "中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行，相关中央企业：")
PAGE = (f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div class='article'>"
        f"<h1>{TITLE}</h1><div class='content'><p>{ADDRESSEE}</p>"
        "<p>现将《某某基础设施高质量发展行动计划》印发给你们，请结合实际，认真贯彻落实。</p>"
        "<p>某部　某委</p><p>2023年10月8日</p>"
        "<p><strong>一、重点任务</strong></p>"
        "<p>1.优化设施建设布局。推动设施向国家枢纽节点集聚。（某部、某委按职责分工负责）</p>"
        "<p>2.推动结构多元配置。逐步合理提升智能算力占比。</p>"
        "<p>附件：<a href='/files/P0201.docx'>重点任务分工表.docx</a></p>"
        "<p style='text-align:center'>附件</p><p style='text-align:center'>重点任务分工表</p>"
        "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>参与单位</td></tr>"
        "<tr><td>1</td><td>优化设施建设布局</td><td>某部</td><td>某委、某办</td></tr>"
        "<tr><td>2</td><td>推动结构多元配置</td><td>某部</td><td>某局</td></tr></table>"
        "</div></div></body></html>")


def test_an_addressee_line_naming_a_bank_s_headquarters_is_metadata_not_a_clause():
    assert addressees(ADDRESSEE)  # "中国人民银行上海总部" among its groups
    doc = parse(PAGE, "notice.html")
    assert doc.meta["addressee"] == ADDRESSEE.rstrip("：")
    assert not any(c.text.startswith("各省") for c in segment(doc))


def test_the_link_to_an_annex_s_file_over_the_annex_is_no_clause():
    clauses = segment(parse(PAGE, "notice.html"))
    assert not any(".docx" in c.text for c in clauses)
    assert any(c.path.startswith("附件 > ") and "某委、某办" in c.text for c in clauses)  # the annex's rows stay


def test_a_measure_with_its_own_note_keeps_its_row_s_other_supporting_units():
    row = Clause("d-annex-1", "d", "附件 > 1", "", "1 | 优化设施建设布局 | 某部 | 某委、某办", 0, 10,
                 agencies=Agencies(["某部"], ["某委", "某办"], "牵头单位：某部；参与单位：某委、某办"))
    own = Agencies(["某部", "某委"], [], "（某部、某委按职责分工负责）")
    measure = Clause("d-1-1", "d", "一 > 1", "", "1.优化设施建设布局。推动设施向国家枢纽节点集聚。", 20, 40,
                     agencies=own)
    share_task_agencies([measure, row])
    assert measure.agencies.lead == ["某部", "某委"]  # its own note's leads
    assert measure.agencies.supporting == ["某办"]  # the row's 参与单位 it does not name
    assert measure.agencies.note == "（某部、某委按职责分工负责）" and measure.agencies.row == "d-annex-1"
