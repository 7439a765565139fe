"""Tests for a Chinese notice from PDF with forms and tables in its annexes: ids, titles, forms, tables, contacts."""

from __future__ import annotations

from ingest.segment import segment
from ingest.types import Block, Document


def _doc(texts: list[str], doc_id: str = "d1") -> Document:
    return Document(doc_id=doc_id, title="t", lang="zh", blocks=[Block(t) for t in texts])


def test_a_clause_with_no_path_never_takes_its_documents_id():
    # short lines, each over a longer one, read as headings over nothing: units with no path
    clauses = segment(_doc(["联系人 手机号码", "投资协议签订时间 协议约定投资额",
                            "实际到位资金（万元） 营业收入（万元）", "纳税总额（万元） 其中区级财力贡献（万元）",
                            "本表由企业如实填写，所有金额以万元为单位，保留两位小数，并加盖公章后报送。"]))
    ids = [c.clause_id for c in clauses]
    assert "d1" not in ids
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("d1-") for i in ids)


def _annex(title: str, lines: list[str]) -> list:
    lead = "申报企业应按要求如实填写申报表，并提交有关材料，逐级报送审核。"
    return segment(_doc(["一、申报要求", lead, "附件1", title, *lines]))


FORM = ["企业名称 统一社会信用代码", "注册地址 所属镇（街道）", "联系人 手机号码",
        "投资协议签订时间 协议约定投资额（万元）", "实际到位资金（万元） 2025年营业收入（万元）",
        "（盖章）", "年 月 日区级主管部门审核意见："]


def test_a_forms_labels_stay_in_its_annex_and_head_nothing():
    clauses = _annex("双流区2025年度招商引资政策兑现申报表（人工智能和算力产业专项）", FORM)[1:]
    assert "".join(c.text for c in clauses).count("\n") + len(clauses) == len(FORM)  # every line, in the annex
    assert all(c.path.startswith("附件1 > ¶") for c in clauses)
    assert all(c.heading.startswith("附件1") for c in clauses)


def test_an_annex_that_is_no_form_keeps_its_sub_headings():
    clauses = _annex("双流区算力产业发展工作方案",
                     ["工作目标", "到2026年，全区智能算力规模达到3000PFLOPS以上，培育一批人工智能骨干企业和应用场景。"])
    assert any(c.heading == "工作目标" for c in clauses)


def _table(lines: list[str]) -> tuple[int, list[str], int]:
    from ingest.text_table import flattened_table
    return flattened_table(lines)


_HEAD = ["序号", "企业名称", "申报事项", "申报金额", "备注"]
_ROWS = ["1", "甲公司", "算力租用补贴", "480", "2", "乙公司", "项目落地奖励", "1080"]


def test_a_flattened_tables_blank_remarks_and_its_total_row_are_read():
    start, rows, end = _table([*_HEAD, *_ROWS, "合计", "—", "—", "1560", "注：本表由各镇汇总填报。"])
    assert rows == ["序号 | 企业名称 | 申报事项 | 申报金额 | 备注", "1 | 甲公司 | 算力租用补贴 | 480",
                    "2 | 乙公司 | 项目落地奖励 | 1080", "合计 | — | — | 1560"]
    assert (start, end) == (0, 17)


def test_a_flattened_table_with_some_remarks_or_no_remarks_column_is_left_alone():
    # one row's remark filled in: the rows are not all one cell short, no reading is safe
    assert _table([*_HEAD, *_ROWS, "已审核", "注：…"])[1] == []
    # a last column that is no remarks' one: a row short of a cell leaves the lines as they are
    assert _table([*_HEAD[:4], "初审金额", *_ROWS, "注：…"])[1] == []


def test_a_total_row_under_numbered_rows_is_a_row_of_its_own():
    from ingest.parse import parse
    text = "\n".join(["关于下达资金的通知", "", "各有关单位：", "现将资金分配情况通知如下。", "",
                      *_HEAD, *_ROWS, "合计", "—", "—", "1560", "注：本表由各镇汇总填报。"])
    paths = {c.path: c.text for c in segment(parse(text, "t.txt"))}
    assert paths.get("合计") == "合计 | — | — | 1560"
    assert paths.get("2") == "2 | 乙公司 | 项目落地奖励 | 1080"


def test_contact_lines_naming_an_office_go_to_meta():
    from ingest.parse import parse
    text = "\n".join(["关于组织开展申报工作的通知", "", "各有关企业：", "现将有关事项通知如下。", "",
                      "一、联系方式",
                      "政策咨询：区投资促进局项目服务科，联系人：李女士，联系电话：028-85812345；",
                      "资金拨付咨询：区财政局经济建设科，联系人：赵女士，联系电话：028-85834567。",
                      "二、其他事项", "各镇（街道）要明确专人负责，联系人名单于5月15日前报区投资促进局。"])
    doc = parse(text, "t.txt")
    texts = [c.text for c in segment(doc)]
    assert "李女士" in doc.meta["contact"] and "赵女士" in doc.meta["contact"]
    assert not any("联系电话" in t for t in texts)
    assert any("联系人名单" in t for t in texts)  # a sentence that names a 联系人 stays a clause


def test_a_joint_notices_issuers_printed_over_its_title_are_no_part_of_it():
    from ingest.letterhead_zh import title_from_about
    glued = "成都市双流区投资促进局 成都市双流区经济和信息化局成都市双流区财政局关于组织开展申报工作的通知"
    assert title_from_about(glued) == "关于组织开展申报工作的通知"
    assert title_from_about("四川省财政厅 四川省经济和信息化厅关于下达资金的通知") == "关于下达资金的通知"
    # one issuer, or a body that is no list of issuers, stays
    for title in ("北京市经济和信息化局关于组织开展申报工作的通知", "关于组织开展申报工作的通知",
                  "广东省人民代表大会常务委员会执法检查组关于检查的报告"):
        assert title_from_about(title) == title
