"""Tests for ingest.zh_periodic_report: a Chinese body's periodic report saved from PDF (a central bank's quarterly
report), its cover, page furniture, parts and boxes, full-width table; and the central bank and the financial
regulators as agencies (人民银行会同…, 由人民银行牵头，会同…)."""

from __future__ import annotations

from ingest.agencies import normalize_agency, subject_agencies
from ingest.parse import parse
from ingest.segment import segment
from ingest.text_table import fullwidth_rows
from ingest.types import CELL
from ingest.zh_periodic_report import periodic_report

_W = "\u3000"
_HEADER = f"中国区域金融运行报告{_W * 14}2025年第三季度"
_PAGE = " " * 37 + "{}\n" + _HEADER + "\n"

def _wrapped(text: str, width: int = 38) -> str:
    """A paragraph as a PDF's text sets it: indented by two full-width spaces, cut every width characters."""
    text = _W * 2 + text
    return "\n".join(text[k:k + width] for k in range(0, len(text), width))


_CUT = ("人民银行会同国家发展改革委、工业和信息化部，建立区域重点项目融资对接机制，推动金融机构加大对中西部地区算力基础"
        "设施和先进制造业的信贷投放")
REPORT = f"""

                中国区域金融运行报告

                2025年第三季度

                中国人民银行货币政策分析小组

                2025年11月20日


{_HEADER}

内容摘要
{_wrapped("2025年前三季度，各地区经济运行总体平稳，金融支持实体经济力度加大，区域信贷结构持续优化，东中西部地区贷款增速"
          "差距进一步收窄，为经济稳定增长营造了良好的货币金融环境。")}

{" " * 37}Ⅰ
{_HEADER}

第一部分{_W}区域金融运行概况
{_wrapped("前三季度，各地区贷款平稳增长，信贷结构持续优化，普惠小微和科技型企业贷款增长较快，金融服务质效提升。")}
一、贷款平稳增长
{_wrapped("9月末，东部地区贷款余额152.3万亿元，同比增长6.8%；中部地区贷款余额48.6万亿元，同比增长7.4%；西部地区贷款"
          "余额46.1万亿元，同比增长7.9%。")}
{_W * 2}表1{_W}2025年前三季度分地区人民币贷款
{_W * 24}单位：亿元
地区{_W * 15}前三季度新增{_W * 3}同比多增
东部地区{_W * 16}52310{_W * 9}1180
中部地区{_W * 17}18620{_W * 9}-240
西部地区{_W * 16}17930{_W * 10}650
{_W * 2}注：东部地区包括北京、天津、河北等十个省（市）。
二、金融服务质效提升
{_wrapped(_CUT)}

{_PAGE.format(1)}
力度。
专栏1{_W}金融支持区域算力枢纽建设
{_wrapped("人民银行将会同金融监管总局、中国证监会，引导金融机构加大对国家算力枢纽节点建设的中长期资金支持力度。")}
{_wrapped("由人民银行牵头，会同国家数据局研究制定金融支持算力枢纽建设的指导意见。")}

{_PAGE.format(2)}
第二部分{_W}区域金融展望
一、下一阶段工作思路
{_wrapped("继续实施好适度宽松的货币政策，保持流动性充裕，推动区域协调发展，加大对重点领域和薄弱环节的金融支持。")}

{" " * 37}3
"""


def _read(text: str = REPORT):
    doc = parse(text, "report.txt")
    return doc, segment(doc)


def test_the_cover_gives_title_with_its_period_issuer_date_and_kind() -> None:
    doc, clauses = _read()
    assert doc.title == "中国区域金融运行报告（2025年第三季度）"
    assert (doc.issuer, doc.date_published, doc.kind) == ("中国人民银行", "2025-11-20", "report")
    assert doc.meta["department"] == "货币政策分析小组"
    assert "2025年11月20日" in doc.meta["cover"]
    said = " ".join(c.text for c in clauses)
    assert "分析小组" not in said and "2025年11月20日" not in said


def test_running_header_and_page_numbers_are_dropped_and_a_cut_sentence_joined() -> None:
    _, clauses = _read()
    assert not any("中国区域金融运行报告" in c.text for c in clauses)
    assert all(c.text.strip() not in {"Ⅰ", "1", "2", "3"} and not c.text.endswith(("\n1", "\n3"))
               for c in clauses)
    cut = [c for c in clauses if "信贷投放力度。" in c.text]
    assert len(cut) == 1 and "国家发展改革委" in cut[0].text


def test_parts_head_their_sections_and_a_box_ends_at_the_next_part() -> None:
    _, clauses = _read()
    loans = next(c for c in clauses if "东部地区贷款余额" in c.text)
    assert loans.path == "第一部分 区域金融运行概况 > 一"
    box = next(c for c in clauses if "国家算力枢纽节点" in c.text)
    assert box.path.startswith("第一部分 区域金融运行概况 > 专栏1 > ")
    outlook = next(c for c in clauses if "继续实施好适度宽松" in c.text)
    assert outlook.path == "第二部分 区域金融展望 > 一" and "专栏" not in outlook.path


def test_a_table_parted_by_full_width_spaces_is_read_into_rows() -> None:
    _, clauses = _read()
    rows = [c for c in clauses if CELL in c.text]
    # one row a clause, each under the table's caption (a header of column names heads them, no clause of its own)
    assert [c.text for c in rows] == [f"东部地区{CELL}52310{CELL}1180", f"中部地区{CELL}18620{CELL}-240",
                                      f"西部地区{CELL}17930{CELL}650"]
    assert all(c.path.startswith("第一部分 区域金融运行概况 > 表1 > row ") for c in rows)
    assert any(c.text.startswith("注：东部地区") for c in clauses)


def test_fullwidth_rows_leave_text_and_a_single_gap_alone() -> None:
    lines = [f"第一部分{_W}概况", f"　　前三季度，{_W}贷款增长。", f"项目{_W * 4}数值", f"甲{_W * 4}1"]
    assert fullwidth_rows(lines) == lines  # two rows are too few; a heading's one full-width space is no gap


def test_the_central_bank_and_regulators_lead_and_support() -> None:
    found = subject_agencies("人民银行会同国家发展改革委、工业和信息化部、国家数据局建立融资对接清单。")
    assert (found.lead, found.supporting) == (["中国人民银行"], ["国家发展改革委", "工业和信息化部", "国家数据局"])
    found = subject_agencies("下一步，人民银行将会同金融监管总局、中国证监会，引导金融机构加大支持力度。")
    assert (found.lead, found.supporting) == (["中国人民银行"], ["国家金融监督管理总局", "中国证监会"])
    found = subject_agencies("由人民银行牵头，会同国家数据局、工业和信息化部研究制定指导意见。")
    assert (found.lead, found.supporting) == (["中国人民银行"], ["国家数据局", "工业和信息化部"])
    # one name each, however written: the bank in full, the regulators in full
    assert normalize_agency("人民银行") == normalize_agency("中国人民银行") == "中国人民银行"
    assert normalize_agency("金融监管总局") == normalize_agency("国家金融监管总局") == "国家金融监督管理总局"
    assert normalize_agency("中国证券监督管理委员会") == normalize_agency("证监会") == "中国证监会"


def test_a_bank_branch_or_a_bureau_of_another_body_is_no_central_bank() -> None:
    assert not subject_agencies("人民银行广州分行组织辖内金融机构开展培训。")
    # a central issuer's bare bureau is its own, the financial regulator is no bureau of it
    found = subject_agencies("由科技创新局牵头，会同金融监管总局研究。", "国务院国资委")
    assert found.lead == ["国资委科技创新局"] and found.supporting == ["国家金融监督管理总局"]


def test_other_pdf_texts_are_no_periodic_report() -> None:
    # a running header that is not the cover's title (a 实施方案 with page lines), and no page numbers
    plan = REPORT.replace(_HEADER, f"某市人民政府办公室文件{_W * 10}2025年")
    assert periodic_report(plan)[1] is None
    unpaged = REPORT.replace(" " * 37 + "1\n", "").replace(" " * 37 + "2\n", "").replace(" " * 37 + "3\n", "")
    unpaged = unpaged.replace(" " * 37 + "Ⅰ\n", "")
    assert periodic_report(unpaged)[1] is None
    doc, _ = _read(plan)
    assert doc.kind != "report" and doc.issuer != "中国人民银行"


def test_a_level_prefix_stays_before_an_alias_that_opens_as_it_does() -> None:
    # 市 + 市场监督管理局 is 市市场监管局, not 市场监管局 (only 国家 over an alias that holds 国家 is said once)
    assert normalize_agency("市市场监督管理局") == "市市场监管局"
