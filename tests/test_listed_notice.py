"""Tests for ingest.listed_notice: a listed company's announcement (上市公司公告) saved from PDF as text, its exchange
header line, title centred under it, board's signature and 报备文件; and its table's caption over its unit line."""

from __future__ import annotations

from ingest.listed_notice import listed_notice
from ingest.parse import parse
from ingest.segment import segment

_W = "\u3000"


def _wrapped(text: str, width: int = 38) -> str:
    """A paragraph as a PDF's text sets it: indented by two full-width spaces, cut every width characters."""
    text = _W * 2 + text
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


NOTICE = f"""证券代码：300999{_W * 4}证券简称：云岭算力{_W * 4}公告编号：2026-052
{_W * 12}云南云岭算力科技股份有限公司
{_W * 6}关于对外投资设立全资子公司建设边缘计算节点的公告
{_wrapped("本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。")}
一、对外投资概述
{_wrapped("公司拟以自有资金出资人民币20000万元设立全资子公司，在昆明市建设边缘计算节点，规划算力规模约500PFLOPS。具体构成如下：")}
{_W * 14}表1{_W}投资构成表
单位：万元
序号
项目
金额
占比
1
设备购置
15000
75.00%
2
机房改造
4000
20.00%
3
铺底流动资金
1000
5.00%
合计
—
20000
100.00%
注：各项之和与合计数的尾差系四舍五入所致。


第 1 页 共 2 页
\f
二、风险提示
{_wrapped("本次投资尚需办理工商登记等手续，项目建设进度存在不确定性。公司将按规定及时履行信息披露义务。")}
{_W * 2}特此公告。
{_W * 18}云南云岭算力科技股份有限公司董事会
{_W * 24}2026年8月3日
报备文件
{_W * 2}1．公司第二届董事会第九次会议决议；
{_W * 2}2．子公司设立可行性分析报告。

第 2 页 共 2 页
"""


def _doc():
    return parse(NOTICE, "notice.txt")


def test_header_line_gives_codes_and_number_not_the_title() -> None:
    doc = _doc()
    assert doc.title == "云南云岭算力科技股份有限公司关于对外投资设立全资子公司建设边缘计算节点的公告"
    assert doc.doc_number == "2026-052"
    assert doc.meta["证券代码"] == "300999" and doc.meta["证券简称"] == "云岭算力"
    assert doc.kind == "notice"
    assert not any("证券代码" in c.text for c in segment(doc))


def test_company_is_the_issuer_its_board_signs_and_dates() -> None:
    doc = _doc()
    assert doc.issuer == "云南云岭算力科技股份有限公司"
    assert doc.date == "2026-08-03"
    assert doc.meta["signed"] == "云南云岭算力科技股份有限公司董事会 2026年8月3日"


def test_filings_under_the_signature_go_to_meta_not_the_last_item() -> None:
    doc = _doc()
    assert doc.meta["报备文件"] == "1．公司第二届董事会第九次会议决议；\n2．子公司设立可行性分析报告。"
    clauses = segment(doc)
    assert not any("报备文件" in c.text or "董事会决议" in c.text or "2026年8月3日" in c.text for c in clauses)
    assert not any("第九次会议决议" in c.text for c in clauses)


def test_caption_and_unit_line_head_the_table_not_the_paragraph_before() -> None:
    clauses = segment(_doc())
    before = next(c for c in clauses if "具体构成如下" in c.text)
    assert "表1" not in before.text and "单位" not in before.text
    rows = [c for c in clauses if "表1" in c.path]
    assert [c.text for c in rows][:2] == ["1 | 设备购置 | 15000 | 75.00%", "2 | 机房改造 | 4000 | 20.00%"]
    assert rows[0].heading == "表1 投资构成表 单位：万元"
    assert "序号 | 项目 | 金额 | 占比" in rows[0].headings
    assert not any(c.text.startswith("序号") for c in clauses)


def test_signer_gives_the_company_where_no_name_line_heads_the_title() -> None:
    text = NOTICE.replace(f"{_W * 12}云南云岭算力科技股份有限公司\n", "")
    _, found = listed_notice(text)
    assert found is not None and found.title == "关于对外投资设立全资子公司建设边缘计算节点的公告"
    assert found.issuer == "云南云岭算力科技股份有限公司"


def test_other_texts_are_left_alone() -> None:
    # a government notice from PDF: no exchange header, its signature read as before (the office the issuer)
    text = f"""{_W * 6}关于开展算力券申报工作的通知
{_wrapped("各区县工业和信息化主管部门：为加快算力应用，现就算力券申报有关事项通知如下。请按时申报。")}

— 1 —
\f
{_wrapped("算力券用于支持企业购买算力服务，每家企业每年申领额度不超过100万元。")}
{_W * 18}昆明市工业和信息化局
{_W * 20}2026年8月3日
（此件公开发布）

— 2 —
"""
    assert listed_notice(text) == (text, None)
    doc = parse(text, "notice.txt")
    assert doc.issuer == "昆明市工业和信息化局" and "证券代码" not in doc.meta and not doc.doc_number
    # the date under its signature goes on in no unindented line after it
    assert doc.date == "2026-08-03" and doc.meta["publicity"] == "（此件公开发布）"
    # a line that only mentions a code in its text is no header
    prose = "公司股票（证券代码：300999）自2026年8月3日起停牌。\n其他内容。\n"
    assert listed_notice(prose) == (prose, None)
