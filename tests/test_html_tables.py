"""A cell that spans rows stands in each row of figures it spans (ingest.html_tables.spread_rows)."""

from __future__ import annotations

import lxml.html

from ingest.html_blocks import Walker


def _rows(table: str) -> list[str]:
    return [b.text for b in Walker().run(lxml.html.fragment_fromstring(table, create_parent="div"))]


def test_a_category_spanning_rows_stands_in_each_of_them():
    rows = _rows("""<table>
<tr><td>指标类别</td><td>序号</td><td>指标内容</td><td>分值</td><td>备注</td></tr>
<tr><td rowspan="3">三、年度薪酬（基础分）</td><td>8</td><td>100万元及以上</td><td>30</td>
<td rowspan="3">以个人所得税纳税记录为准</td></tr>
<tr><td>9</td><td>50万元（含）至100万元</td><td>25</td></tr>
<tr><td>10</td><td>30万元（含）至50万元</td><td>15</td></tr>
<tr><td>四、创新成果（加分）</td><td>12</td><td>获得国家科学技术奖</td><td>40</td><td>按最高项计分</td></tr>
</table>""")
    assert rows[2] == "三、年度薪酬（基础分） | 9 | 50万元（含）至100万元 | 25 | 以个人所得税纳税记录为准"
    assert rows[3].startswith("三、年度薪酬（基础分） | 10 |")
    assert rows[4] == "四、创新成果（加分） | 12 | 获得国家科学技术奖 | 40 | 按最高项计分"  # the span ended


def test_a_spanning_row_number_or_header_corner_is_not_repeated():
    # a task's further lines under its number go on that row: no second "1"
    rows = _rows("""<table>
<tr><td>序号</td><td>重点任务</td><td>具体内容</td><td>牵头单位</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">扩大家庭医生来源。</td>
<td>加大公开招聘力度，到2025年新增500名。</td><td>各区政府</td></tr>
<tr><td>推动人才资源向基层倾斜，2024年完成培训200人。</td><td>市卫生健康委</td></tr>
</table>""")
    assert rows[2] == "推动人才资源向基层倾斜，2024年完成培训200人。 | 市卫生健康委"
    # a header's rows under a tall corner cell: labels, no figures, each as written
    rows = _rows("""<table>
<tr><td rowspan="2">（本列数据的勾稽关系）</td><td colspan="2">申请人情况</td></tr>
<tr><td>自然人</td><td>法人或其他组织</td></tr>
<tr><td>一、本年新收申请数量</td><td>31</td><td>12</td></tr>
</table>""")
    assert rows[1] == "自然人 | 法人或其他组织"
