"""Text from a PDF of a 资金下达 notice: its annexes' tables over page lines, their titles, and a joint 红头."""

from __future__ import annotations

from ingest.parse import parse
from ingest.pdf_text import read_pdf_text
from ingest.segment import segment

HEAD = "序号\n地区\n奖补资金\n券补贴\n合计\n"


def _rows(*rows: tuple[str, ...]) -> str:
    return "".join("\n".join(r) + "\n" for r in rows)


# a 分配表 whose 合计 "3700" is the last line before one page line and the first after the next: a cell, no
# running header
PAGE = "                          — {} —\n"
SPLIT_TOTALS = ("        关于下达资金的通知\n各市财政局：\n　　现下达资金，详见附件。\n" + PAGE.format(1) + "\n"
                "附件1\n        资金分配表\n" + HEAD
                + _rows(("1", "甲市", "2000", "1700", "3700"), ("2", "乙市", "1000", "200", "1200"),
                        ("3", "丙市", "3000", "700"))
                + "\n                          — 2 —\n\n"
                + _rows(("3700",), ("4", "丁市", "900", "300", "1200"), ("5", "戊市", "3000", "700", "3700"))
                + "\n                          — 3 —\n")


def _clauses(text: str) -> dict[str, str]:
    return {c.path: c.text for c in segment(parse(text, "notice.txt"))}


def test_a_table_cell_repeated_beside_two_page_lines_is_kept_and_the_rows_read():
    clauses = _clauses(SPLIT_TOTALS)
    assert clauses["附件1 > 3"] == "3 | 丙市 | 3000 | 700 | 3700"  # its 合计 was dropped as a running header
    assert clauses["附件1 > 5"] == "5 | 戊市 | 3000 | 700 | 3700"
    assert sum(t.count("3700") for t in clauses.values()) == 3


def test_a_running_header_beside_the_page_lines_of_a_table_still_goes():
    header = "某某省资金分配方案"
    text = SPLIT_TOTALS.replace("— 2 —\n\n", f"— 2 —\n{header}\n\n").replace("— 1 —\n\n", f"— 1 —\n{header}\n\n")
    clauses = _clauses(text)
    assert not any(header in t for t in clauses.values())
    assert clauses["附件1 > 3"] == "3 | 丙市 | 3000 | 700 | 3700"


def test_a_figure_beside_two_page_lines_outside_a_table_is_no_running_header():
    lines = ["正文第一段，现下达资金。", "2026", "— 1 —", "2026", "正文第二段，请抓紧实施。", "— 2 —"]
    paragraphs, _ = read_pdf_text(lines)
    assert paragraphs.count("2026") == 2


NOTICE = """        某某省财政厅文件
        某某省经济和信息化厅
        某财建〔2026〕38号

        某某省财政厅 某某省经济和信息化厅
        关于下达2026年省级工业发展资金的通知

各市（州）财政局、经济和信息化局：
　　现下达2026年省级工业发展资金（人工智能和算力基础设施方向）
48600万元，请按规定使用。

附件：1．2026年省级工业发展资金（人工智能和算力基础设施
方向）分配表
　　　2．2026年省级工业发展资金（人工智能和算力基础设施
方向）区域绩效目标表

                    某某省财政厅　　　　某某省经济和信息化厅
                    2026年3月27日

                          — 1 —

附件1
        2026年省级工业发展资金（人工智能和算力基础设施方向）分配表
""" + HEAD + _rows(("1", "甲市", "2000", "1700", "3700"), ("2", "乙市", "1000", "200", "1200"),
                   ("3", "丙市", "3000", "700", "3700")) + """注：甲市含高新区。

                          — 2 —

附件2
        2026年省级工业发展资金（人工智能和算力基础设施方向）区域绩效目标表
专项名称：省级工业发展资金
年度总体目标：支持建设智能算力中心12个，惠及企业和机构480家以上。
序号
一级指标
二级指标
三级指标
指标值
1
产出指标
数量指标
支持智能算力中心数量
≥12个
2
产出指标
数量指标

                          — 3 —

算力券惠及企业和机构数
≥480家
3
满意度指标
服务对象满意度指标
项目单位满意度
≥90%

                          — 4 —
"""


def test_an_annex_label_keeps_its_long_title_and_heads_its_table():
    clauses = _clauses(NOTICE)
    assert clauses["附件1 > 1"] == "1 | 甲市 | 2000 | 1700 | 3700"  # was "附件12026年…分配表" glued, rows under 附件
    assert not any(t.startswith("附件1") for t in clauses.values())
    assert clauses["附件"].startswith("附件：1．") and "序号" not in clauses["附件"]


def test_a_second_annex_after_the_first_table_s_note_is_read_as_a_table_too():
    doc = parse(NOTICE, "notice.txt")
    clauses = {c.path: c for c in segment(doc)}
    assert clauses["附件2 > 2"].text == "2 | 产出指标 | 数量指标 | 算力券惠及企业和机构数 | ≥480家"
    assert clauses["附件2 > 3"].headings[-1] == "序号 | 一级指标 | 二级指标 | 三级指标 | 指标值"
    assert clauses["附件2 > 3"].heading == "附件2 2026年省级工业发展资金（人工智能和算力基础设施方向）区域绩效目标表"
    # the facts under the title are no part of it
    assert any(c.text.startswith("专项名称：") for c in clauses.values())


def test_a_joint_letterhead_s_second_issuer_is_no_part_of_the_number():
    doc = parse(NOTICE, "notice.txt")
    assert doc.doc_number == "某财建〔2026〕38号"
    assert doc.meta["letterhead"] == "某某省财政厅文件; 某某省经济和信息化厅"
    # (the issuers printed over 关于 are who issues it, no part of its title)
    assert doc.title == "关于下达2026年省级工业发展资金的通知"
    assert doc.issuer == "某某省财政厅、某某省经济和信息化厅"


def test_a_letterhead_over_a_blank_line_and_the_issuers_takes_no_issuer_line():
    one = NOTICE.replace("        某某省经济和信息化厅\n        某财建", "        某财建")
    doc = parse(one, "notice.txt")
    assert doc.meta["letterhead"] == "某某省财政厅文件"
    assert doc.title.startswith("关于") and doc.issuer == "某某省财政厅、某某省经济和信息化厅"


def test_a_text_cell_repeated_beside_two_page_lines_is_kept():
    # a 项目清单 whose 支持类别 "算力中心奖补" ends one page and opens the page after the next
    text = ("附件3\n        项目清单\n序号\n项目名称\n支持类别\n补助金额\n"
            + _rows(("1", "甲项目", "算力中心奖补", "3000"), ("2", "乙项目", "算力中心奖补"))
            + "\n" + PAGE.format(1) + "\n" + _rows(("2800",), ("3", "丙项目", "应用示范", "500"), ("4", "丁项目"))
            + "\n" + PAGE.format(2) + "\n" + _rows(("算力中心奖补",), ("1500",), ("5", "戊项目", "应用示范", "400"))
            + "\n" + PAGE.format(3))
    paragraphs, _ = read_pdf_text(text.split("\n"))
    assert "2 | 乙项目 | 算力中心奖补 | 2800" in paragraphs
    assert "4 | 丁项目 | 算力中心奖补 | 1500" in paragraphs
