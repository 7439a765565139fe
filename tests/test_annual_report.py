"""Tests for a 政府信息公开工作年度报告 in the State Council template: its tables cite the 条例's articles
("第二十条第（一）项", ingest.numbering) and head their figures with rows of labels (ingest.outline_tables,
ingest.columns)."""

from __future__ import annotations

from ingest.columns import labels_only
from ingest.numbering import read_number
from ingest.parse import parse
from ingest.segment import segment

# the template's parts 二 to 四, each with its table: a cited article's item over a header row and its figures, a
# header of three rows over the 申请 figures, one of two rows over the 复议/诉讼 figures
_REPORT = """<html><head><title>某市数据局2025年政府信息公开工作年度报告</title></head><body>
<h1>某市数据局2025年政府信息公开工作年度报告</h1>
<h2>一、总体情况</h2>
<p>2025年，市数据局持续加大政府信息公开力度，全年主动公开政府信息312条。</p>
<h2>二、主动公开政府信息情况</h2>
<table>
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>2</td><td>11</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">0</td></tr>
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
<table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
<td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>31</td><td>12</td><td>2</td><td>0</td><td>1</td><td>1</td>
<td>47</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>3.危及“三安全一稳定”</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>1</td></tr>
<tr><td>6.属于过程性信息</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>3</td></tr>
</table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
<table>
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>0</td></tr>
</table>
<h2>五、存在的主要问题及改进情况</h2>
<p>2026年，我局将加强政策解读，力争重要政策文件解读率达到100%。</p>
</body></html>"""


def _clauses():
    return segment(parse(_REPORT, "report.html"))


def test_an_article_cited_with_its_item_is_no_heading() -> None:
    assert read_number("第二十条第（一）项") is None
    assert read_number("第十二条第二款规定的情形", heading=True) is None
    num = read_number("第二十条　行政机关应当主动公开本行政机关的下列政府信息：")  # the 条例's own article
    assert num is not None and num.label == "第二十条"
    assert read_number("第五条第一项") is None


def test_parts_after_the_cited_article_are_the_reports() -> None:
    clauses = _clauses()
    assert not any("第二十条" in c.path for c in clauses)
    assert {"一", "二", "三", "四", "五"} == {c.path.split(" > ")[0] for c in clauses}
    rows = [c for c in clauses if c.text.startswith("行政规范性文件 |")]
    assert rows and "第二十条第（一）项" in rows[0].headings  # the cited item heads its table's rows
    assert "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数" in rows[0].headings
    assert not any(c.text.startswith("信息内容 |") for c in clauses)  # the header row is no clause


def test_a_header_of_several_rows_heads_each_row_of_figures() -> None:
    clauses = _clauses()
    assert not any(c.text.startswith(("自然人 |", "商业企业 |", "行政复议 |", "结果维持 |", "（本列数据"))
                   for c in clauses)
    row = next(c for c in clauses if "6.属于过程性信息" in c.text)
    # no item 6, the next row not glued to it; the categories spanning it (rowspan) stand in it
    assert row.text == "（三）不予公开 | 6.属于过程性信息 | 2 | 1 | 0 | 0 | 0 | 0 | 3"
    assert row.path.startswith("三 > ¶")
    assert row.headings[-3:] == ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况",
                                 "自然人 | 法人或其他组织 | 总计",
                                 "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他"]
    assert any(c.text.startswith("四、结转下年度继续办理") and c.path == "三 > ¶4" for c in clauses)
    figures = next(c for c in clauses if c.text.startswith("1 | 0 | 0"))
    assert figures.path == "四 > ¶1"  # a row of figures, no item 1
    assert "行政复议 | 行政诉讼" in figures.headings
    plans = next(c for c in clauses if c.text.startswith("2026年"))
    assert not any("|" in h for h in plans.headings)  # the header ends with its table


def test_one_row_of_labels_over_figures_stays_as_before() -> None:
    text = "<html><body><h2>一、指标</h2><table><tr><td>地区</td><td>规模</td></tr><tr><td>市区</td><td>10</td></tr>" \
           "</table></body></html>"
    clauses = segment(parse(text, "t.html"))
    assert [c.text for c in clauses if "|" in c.text][:1] == ["地区 | 规模"]  # one row: no header of several


def test_count_columns_are_labels() -> None:
    assert labels_only("信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数")
    assert not labels_only("规章 | 建设社区食堂 | 民政局")
