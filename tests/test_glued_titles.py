"""PDF text: a bare numbered title over one paragraph where what follows shows it titles it, and a table's unit
line over its header row (round 27, 1b: 起草说明 四、主要内容, 申报指南 3．…, 分配表 单位：万元)."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment


def _clauses(text: str) -> dict[str, tuple[str, list[str]]]:
    return {c.path: (c.text, c.headings) for c in segment(parse(text, "notice.txt"))}


EXPLANATION = """关于《某市算力基础设施行动方案（征求意见稿）》的起草说明

　　一、起草背景
　　算力是数字经济时代的核心生产力。
　　近年来，我市算力基础设施建设取得积极进展。
　　同时，我市智能算力发展仍存在一些短板。
　　二、主要内容
　　《行动方案》共分为总体要求、重点任务、保障措施三个部分。
　　（一）总体要求
　　《行动方案》提出，到2028年，全市智能算力规模达到1.5万PFLOPS。
　　（二）重点任务
　　《行动方案》围绕六个方面部署了18项重点任务。
　　一是优化算力空间布局。推动存量数据中心改造升级。
　　二是提升算力供给能力。到2027年建成万卡级智算集群3个。
　　（三）保障措施
　　《行动方案》从加强统筹协调等四个方面提出保障措施。
　　三、需要说明的问题
　　（一）关于发展目标的设定
　　《行动方案》提出的目标，是在2025年底的基础上测算确定的。
　　（二）关于补贴标准
　　《行动方案》提出继续实施算力券政策。
"""


def test_a_bare_title_over_a_paragraph_before_its_items_heads_them():
    clauses = _clauses(EXPLANATION)
    assert clauses["二 > ¶1"] == ("《行动方案》共分为总体要求、重点任务、保障措施三个部分。", ["二、主要内容"])
    assert "二" not in clauses  # "二、主要内容⏎《行动方案》共分为…" was one clause, with no heading


def test_a_bare_title_over_one_paragraph_heads_it_beside_a_sibling_that_heads_its_section():
    clauses = _clauses(EXPLANATION)
    text, headings = clauses["二 > （一） > ¶1"]
    assert text.startswith("《行动方案》提出") and headings == ["二、主要内容", "（一）总体要求"]
    assert clauses["二 > （三） > ¶1"][1] == ["二、主要内容", "（三）保障措施"]


def test_titles_over_one_paragraph_each_with_no_sibling_heading_stay_one_clause_with_it():
    clauses = _clauses(EXPLANATION)
    text, headings = clauses["三 > （一）"]
    assert text.startswith("（一）关于发展目标的设定\n《行动方案》提出的目标") and headings == ["三、需要说明的问题"]


GUIDE = """关于组织申报项目的通知
　　请按要求组织申报。
　　附件1-1
　　形式审查条件要求
　　申报项目须符合以下形式审查条件要求。
　　1．推荐程序和填写要求
　　（1）由指南规定的推荐单位在规定时间内出具推荐函。
　　（2）申报单位同一项目须通过单个推荐单位申报。
　　2．申报人应具备的资格条件
　　（1）项目负责人应具有高级职称或博士学位。
　　（2）项目负责人限申报1个项目。
　　3．申报单位应具备的资格条件
　　在中国大陆境内登记注册的科研院所、高等学校和企业等法人单位。国家机关不得作为申报单位进行申报。
"""


def test_the_last_title_of_a_run_of_headings_heads_its_one_paragraph():
    clauses = _clauses(GUIDE)
    text, headings = clauses["附件1-1 > 3 > ¶1"]
    assert text.startswith("在中国大陆境内登记注册") and headings[-1] == "3．申报单位应具备的资格条件"


ALLOCATION = """关于下达资金的通知
各市财政局：
　　现下达资金，详见附件。

附件1
        资金分配表
                    单位：万元
序号
地区（单位）
奖补资金
券补贴
合计
1
甲市
2000
1700
3700
2
乙市
1000
200
1200
"""


def test_a_unit_line_over_a_header_row_is_no_clause_and_heads_the_rows():
    clauses = _clauses(ALLOCATION)
    assert not any("单位：万元" in text for text, _ in clauses.values())
    assert clauses["附件1 > 1"] == ("1 | 甲市 | 2000 | 1700 | 3700",
                                   ["附件1 资金分配表", "单位：万元", "序号 | 地区（单位） | 奖补资金 | 券补贴 | 合计"])


def test_a_form_fields_line_with_the_unit_goes_too():
    text = ALLOCATION.replace("附件1\n        资金分配表\n                    单位：万元",
                              "附件1\n\n资金分配表\n\n填报单位（盖章）：　　　　　　单位：万元")
    clauses = _clauses(text)
    assert not any("填报单位" in t for t, _ in clauses.values())
    assert clauses["附件1 > 2"][1][-2:] == ["单位：万元", "序号 | 地区（单位） | 奖补资金 | 券补贴 | 合计"]


def test_a_line_with_more_than_the_unit_over_a_header_row_stays():
    text = ALLOCATION.replace("                    单位：万元", "说明：以下资金用于算力券兑付，单位：万元")
    clauses = _clauses(text)
    assert any("说明：以下资金用于算力券兑付" in t for t, _ in clauses.values())
