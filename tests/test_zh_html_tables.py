"""A Chinese page's HTML tables: a captioned table inside an article, and a blank form, row after row."""

from __future__ import annotations

import lxml.html

from ingest.html_blocks import Walker
from ingest.parse import parse
from ingest.segment import segment
from ingest.types import Block, Document

ROWS = ["人才类别 | 申报条件 | 支持标准",
        "顶尖人才 | 中国科学院院士、中国工程院院士 | 给予最高500万元安家补贴",
        "青年人才 | 35周岁以下，具有硕士及以上学位 | 每月给予2000元生活补贴，最长3年"]


def _paths(texts: list[str]) -> dict[str, str]:
    doc = Document(doc_id="d1", title="t", lang="zh", blocks=[Block(t) for t in texts])
    return {c.path: c.text for c in segment(doc)}


def test_a_captioned_table_in_an_article_gives_its_rows_as_clauses_under_it():
    # "第四条 …见下表。" then 表1 and its rows were one clause of 629 characters
    paths = _paths(["第四条 支持对象分为顶尖人才和青年人才两类。各类人才的申报条件和支持标准见下表。",
                    "表1 算力产业人才分类申报条件及支持标准", *ROWS,
                    "第五条 申报人应与我省用人单位签订劳动合同。"])
    assert paths["第四条"] == "第四条 支持对象分为顶尖人才和青年人才两类。各类人才的申报条件和支持标准见下表。"
    assert paths["第四条 > 表1 > row 1"].startswith("顶尖人才 | ")
    assert paths["第四条 > 表1 > row 2"].startswith("青年人才 | ")
    assert paths["第五条"].startswith("第五条")


def test_an_article_with_an_uncaptioned_table_stays_one_clause():
    paths = _paths(["第四条 各类人才的申报条件和支持标准如下：", *ROWS, "第五条 申报人应与我省用人单位签订劳动合同。"])
    assert "青年人才" in paths["第四条"]
    assert not any(">" in p for p in paths)


def _blocks(html: str) -> list[str]:
    """The blocks a clause may hold: a blank form's rows of field names are blocks of kind "field"."""
    return [b.text for b in Walker().run(lxml.html.fragment_fromstring(html, create_parent="div"))
            if b.kind != "field"]


FORM = """<table>
<tr><td>企业名称</td><td></td><td>统一社会信用代码</td><td></td></tr>
<tr><td>海关信用等级</td><td></td><td>海关注册编码</td><td></td></tr>
<tr><td>设计智能算力规模（PFLOPS）</td><td></td><td>已建成算力规模（PFLOPS）</td><td></td></tr>
<tr><td>拟申请措施</td><td colspan="3">□提前申报 □属地查验 □保税维修</td></tr>
<tr><td>企业承诺</td><td colspan="3">本企业承诺所填报信息真实、准确、完整。<br>法定代表人（签字）：<br>
年　月　日</td></tr>
<tr><td>直属海关审核意见</td><td colspan="3"><br>（盖章）<br>年　月　日</td></tr>
</table>"""


def test_a_blank_html_forms_field_rows_are_no_blocks_whatever_their_names():
    # "企业名称 | 统一社会信用代码" was dropped as labels and "海关信用等级 | 海关注册编码" kept (its words name no
    # usual column), so every other row of the form was a clause
    assert _blocks(FORM) == ["拟申请措施 | □提前申报 □属地查验 □保税维修",
                             "企业承诺 | 本企业承诺所填报信息真实、准确、完整。 法定代表人（签字）： 年 月 日"]


def test_a_blank_forms_annex_gives_no_clause_of_field_names_and_is_glued_to_nothing():
    page = f"""<html><head><title>深圳市算力券管理实施细则</title></head><body><div class="nav">首页 &gt; 政策法规</div>
    <div class="news_cont_d_wrap"><h1>深圳市算力券管理实施细则（试行）</h1>
    <p>第一条　为降低中小企业算力使用成本，制定本细则。</p><p>第二条　算力券用于支持中小企业租用算力服务。</p>
    <p>第十三条　申请单位应如实填报申请材料。</p><p>第十四条　本细则自2022年4月1日起施行，有效期2年。</p>
    <p>附件1</p><p style="text-align:center">深圳市算力券申请表</p>{FORM}
    <p>附件2</p><p style="text-align:center">首批算力服务机构名单</p>
    <table><tr><th>序号</th><th>机构名称</th></tr><tr><td>1</td><td>鹏城实验室</td></tr></table></div></body></html>"""
    paths = {c.path: c.text for c in segment(parse(page, "form.html"))}
    assert paths["第十四条"] == "第十四条 本细则自2022年4月1日起施行，有效期2年。"
    texts = "".join(paths.values())
    assert "企业名称" not in texts and "海关信用等级" not in texts and "直属海关审核意见" not in texts
    assert [t for p, t in paths.items() if p.startswith("附件1")] == [
        "拟申请措施 | □提前申报 □属地查验 □保税维修",
        "企业承诺 | 本企业承诺所填报信息真实、准确、完整。 法定代表人（签字）： 年 月 日"]
    assert paths["附件2 > 1"] == "1 | 鹏城实验室"


def test_a_table_whose_blank_cells_are_values_not_given_keeps_its_rows():
    listed = """<table><tr><td>单位名称</td><td>备注</td></tr><tr><td>甲公司</td><td></td></tr>
    <tr><td>乙公司</td><td></td></tr><tr><td>丙公司</td><td>牵头</td></tr></table>"""
    assert _blocks(listed) == ["单位名称 | 备注", "甲公司", "乙公司", "丙公司 | 牵头"]
    figures = """<table><tr><td>序号</td><td>商品名称</td><td>备注</td></tr>
    <tr><td>1</td><td>人工智能推理服务器整机</td><td></td></tr><tr><td>2</td><td>高速互连有源光缆</td><td></td></tr></table>"""
    assert _blocks(figures) == ["序号 | 商品名称 | 备注", "1 | 人工智能推理服务器整机", "2 | 高速互连有源光缆"]
