"""ingest.validity: until when a document is in force, from its own closing provision in English."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.validity import text_end, text_start

BILL = ("# Substitute Senate Bill 1234\n\n## Sec. 1. Findings.\n\nThe legislature finds that a task force is "
        "needed.\n\n## Sec. 2. Expiration.\n\n{closing}\n")


@pytest.mark.parametrize(("closing", "end"), [
    ("This act expires July 1, 2026.", "2026-07-01"),
    ("This Act shall expire on 30 June 2027.", "2027-06-30"),
    ("This Act shall expire at the end of 31 December 2027.", "2027-12-31"),
    ("This Regulation shall cease to have effect on 31 March 2028.", "2028-03-31"),
    ("This act sunsets on June 30, 2029.", "2029-06-30"),
    ("This Order remains in effect until December 31, 2026.", "2026-12-31"),
    # as India writes a day, and "till", "up to"
    ("This scheme shall remain in force until the 31st March, 2029.", "2029-03-31"),
    ("These Rules shall remain in force up to the 31st March, 2027.", "2027-03-31"),
    # a California act's sunset: repealed on the day it names, so in force until the day before
    ("This act shall remain in effect only until January 1, 2026, and as of that date is repealed.", "2025-12-31"),
    # a term of years, counted from the day its start is stated
    ("This Regulation shall apply for five years from 1 January 2025.", "2029-12-31"),
    ("This Decision shall apply for a period of 5 years from its entry into force on 1 March 2024.",
     "2029-02-28"),
])
def test_an_english_closing_provision_gives_the_last_day_in_force(closing, end):
    doc = parse(BILL.format(closing=closing), "bill.md")
    assert doc.meta.get("失效日期") == end
    assert doc.meta["失效日期依据"] in closing  # the words it was read from


@pytest.mark.parametrize("closing", [
    "This section expires July 1, 2026.",  # a section's, not the act's
    "This section shall remain in effect only until January 1, 2026, and as of that date is repealed.",
    "The authority under section 3 expires July 1, 2026.",
    'RCW 43.10.300 is amended to read: "This act expires July 1, 2026."',  # a section amending another law
    "Section 5 of chapter 12, Laws of 2019 expires June 30, 2025.",
    "This Regulation shall apply for five years.",  # a term, but from when it does not say
    "This act takes effect July 1, 2026.",
])
def test_what_is_not_the_documents_own_end_is_not_read_as_one(closing):
    doc = parse(BILL.format(closing=closing), "bill.md")
    assert "失效日期" not in doc.meta


def test_the_last_provision_that_says_so_wins():
    lines = ["This Act shall expire on 30 June 2027.", "This act expires July 1, 2028."]
    assert text_end(lines) == ("2028-07-01", "This act expires July 1, 2028")


MEASURES = ("Several Measures of Testville on Compute\n\n1. Testville will support compute centres with grants of up "
            "to RMB 5 million.\n\n2. {closing}\n")


@pytest.mark.parametrize(("closing", "end"), [
    # "These Measures", the subject of a translated 若干措施, and its kin
    ("These Measures shall apply for five years from 1 January 2020.", "2024-12-31"),
    ("These Measures shall expire on 31 December 2022.", "2022-12-31"),
    ("These Implementing Rules shall remain in force until 30 June 2025.", "2025-06-30"),
    # a start and a term in one sentence, as 自…起施行，有效期3年 is translated
    ("These Measures shall come into effect on 1 January 2024 and remain valid for three years.", "2026-12-31"),
    ("These Measures shall come into effect on 1 January 2020 and shall be valid for 3 years.", "2022-12-31"),
    ("The present Provisions shall take effect on 1 March 2021 and remain in force until 28 February 2023.",
     "2023-02-28"),
    ("This Plan shall come into force on 15 May 2022 and be valid for 2 years.", "2024-05-14"),
])
def test_a_translated_closing_provision_gives_the_last_day_in_force(closing, end):
    doc = parse(MEASURES.format(closing=closing), "measures.txt")
    assert doc.meta.get("失效日期") == end
    assert doc.meta["失效日期依据"] in closing


@pytest.mark.parametrize("closing", [
    "These provisions shall expire on 31 December 2022.",  # some provisions of the text, not the text
    "This section shall come into effect on 1 January 2024 and remain valid for three years.",
    "These Measures shall come into effect on 1 January 2024.",  # a start, no end
    "The licences shall come into effect on 1 January 2024 and remain valid for three years.",
])
def test_a_translated_provision_that_is_not_the_documents_end_is_not_read_as_one(closing):
    assert "失效日期" not in parse(MEASURES.format(closing=closing), "measures.txt").meta


def test_a_start_on_the_day_of_issue_counts_from_the_documents_date():
    lines = ["These Measures shall come into effect on the date of issuance and remain valid for 5 years."]
    assert text_end(lines, "2023-12-25")[0] == "2028-12-24"
    assert text_end(lines) is None  # from a day not known


NOTICE = ("深圳市科技创新委员会关于印发《算力券管理实施细则》的通知\n\n各有关单位：\n\n"
          "现将《算力券管理实施细则》印发给你们，请遵照执行。\n\n附件：1.算力券申请表\n\n2.算力服务机构名单\n\n"
          "深圳市科技创新委员会\n\n2022年3月18日\n\n算力券管理实施细则\n\n"
          "第一条 为降低中小企业算力使用成本，制定本细则。\n\n第二条 算力券按照合同金额的50%予以抵扣。\n\n"
          "第三条 本细则自2022年4月1日起施行，有效期2年。\n\n{annexes}")
ANNEXES = ("附件1\n\n算力券申请表\n\n单位名称：\n\n联系人：\n\n联系电话：\n\n申请金额（万元）：\n\n"
           "附件2\n\n算力服务机构名单\n\n1. 鹏城实验室\n\n2. 国家超级计算深圳中心\n\n3. 深圳市智能计算中心\n\n"
           "4. 某某算力公司\n\n5. 某某云计算公司\n\n6. 某某数据中心\n\n7. 某某智算中心\n\n8. 某某超算中心\n")


@pytest.mark.parametrize("annexes", ["", ANNEXES])
def test_a_notices_closing_provision_is_read_before_its_attachments(annexes):
    # 附件1 (a form) and 附件2 (a list) follow the closing provision, as in most notices
    doc = parse(NOTICE.format(annexes=annexes), "notice.txt")
    assert (doc.meta.get("失效日期"), doc.meta.get("失效日期依据")) == ("2024-03-31", "自2022年4月1日起施行，有效期2年")



def test_text_start_reads_the_day_its_own_closing_provision_takes_effect():
    assert text_start(["第一条 为了……制定本条例。", "第七十条 本条例自2022年11月1日起施行。"]) == "2022-11-01"
    assert text_start(["本办法自印发之日起施行。"]) == ""  # no day named
    assert text_start(["《管理办法》自2020年1月1日起施行的规定同时废止。"]) == ""  # another document's


def test_an_order_in_full_force_and_effect_until_a_day_ends_that_day():
    line = ("This Executive Order shall be effective upon its signing and shall remain in full force and effect "
            "until June 30, 2028, unless amended or rescinded.")
    assert text_end([line])[0] == "2028-06-30"
    assert text_end(["This Order shall remain in full force and effect until 31 March 2027."])[0] == "2027-03-31"


SCHEME = ("IndiaAI Compute Subsidy Scheme, 2026\n\n"
          "1. Short title and commencement.—(1) This scheme may be called the IndiaAI Compute Subsidy Scheme, 2026.\n\n"
          "(2) It shall come into force on the date of its publication in the Official Gazette.\n\n"
          "(3) {term}\n\n2. Definitions.—(1) In this scheme, \"GPU\" means a graphics processing unit.\n\n"
          "3. Objectives.—The objectives of the scheme are to make available GPUs.\n\n"
          "4. Review.—The Ministry shall review the scheme.\n\n5. Outlay.—The outlay shall be ₹10 crore.\n\n"
          "6. Audit.—The accounts shall be audited.\n\n7. Records.—Records shall be kept.\n\n"
          "8. Reports.—The agency shall report each year.\n")


def test_the_commencement_provision_under_a_short_title_gives_the_last_day_in_force():
    # "It" is the scheme its short title names, in the first paragraph, far from the closing lines
    doc = parse(SCHEME.format(term="It shall remain in force until the 31st March, 2029."), "scheme.txt")
    assert doc.meta.get("失效日期") == "2029-03-31"
    assert doc.meta["失效日期依据"] == "(3) It shall remain in force until the 31st March, 2029"


def test_an_it_with_no_short_title_before_it_is_no_documents_end():
    doc = parse(SCHEME.replace("This scheme may be called", "This scheme is").format(
        term="It shall remain in force until the 31st March, 2029."), "scheme.txt")
    assert "失效日期" not in doc.meta
