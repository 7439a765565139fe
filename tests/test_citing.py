"""A citation cites the part of the document it names, and nothing where that document is not here."""

from __future__ import annotations

import pytest

from index import references
from index.build import build_index
from index.citing import Citations
from index.embed import FakeEmbedder
from index.names import DocumentNames, issuer_acronyms
from index.number_forms import number_keys
from index.references import PathIndex
from index.search import Index
from ingest.kb import KnowledgeBase
from ingest.pipeline import ingest

MEMO = """EXECUTIVE OFFICE OF THE PRESIDENT
OFFICE OF MANAGEMENT AND BUDGET

March 12, 2026

MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES

1. Background

Agencies reported 1,757 AI use cases in 2024, and access to computing capacity is the main obstacle.

2. Scope

(a) This memorandum applies to all agencies.

3. Agency Responsibilities

(a) Each agency shall designate a Chief AI Officer within 60 days.

(d) Each agency shall train at least 25 percent of its technical workforce in AI by the end of fiscal year 2027.
"""

ORDER = """COMMONWEALTH OF VIRGINIA
OFFICE OF THE GOVERNOR

EXECUTIVE ORDER NUMBER FIFTY-ONE (2025)

ESTABLISHING AN ARTIFICIAL INTELLIGENCE WORKFORCE INITIATIVE

WHEREAS, artificial intelligence is transforming the economy of the Commonwealth;

NOW, THEREFORE, I, Glenn Youngkin, Governor of the Commonwealth of Virginia, do hereby order:

1. The Secretary of Administration shall publish an inventory of all AI systems used by executive branch agencies.

2. VITA shall launch an AI pilot program in at least 10 executive branch agencies.

3. The Secretary of Labor shall train 25,000 Virginians in AI skills by December 31, 2027.

4. The Secretary of Education shall ensure that every public high school offers an AI literacy course.

5. Agencies shall not spend more than $5 million in total on AI pilot programs in fiscal year 2026.

EFFECTIVE DATE

This Executive Order shall be effective upon its signing and shall remain in force until June 30, 2028.
"""

WORK_POINTS = """2026年浙江省人工智能产业发展工作要点

一、强化基础支撑

（一）建设算力设施。全年新增智能算力规模10000P。

（二）攻关大模型和芯片。支持研发面向行业的垂直大模型20个以上。

二、推动融合应用

（三）推进“人工智能+制造”。新培育智能工厂50家。

（四）建设高质量数据集。年内建成行业高质量数据集100个。
"""

PLAN = """佛山市推动人工智能与机器人产业高质量发展实施方案

一、总体要求

到2027年，全市人工智能与机器人产业规模达到1000亿元。

二、重点任务

（一）培育企业主体。每年新增规模以上企业20家。

（二）强化创新能力。建设创新平台10个。

（三）拓展应用场景。开放城市场景不少于50个。

（四）建设数据资源。开放高质量数据集30个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory, shared_corpus):
    data = tmp_path_factory.mktemp("citing") / "data"
    files = {"omb-m-26-07-shared-compute.txt": MEMO, "va-eo-51.txt": ORDER, "zj-work-points.txt": WORK_POINTS,
             "fs-robot-plan.txt": PLAN}
    for name, text in files.items():
        (data.parent / name).write_text(text, encoding="utf-8")
    us = shared_corpus / "en/us"
    ingest([*(str(data.parent / name) for name in files), str(us / "us-eo-14110-ai-2023-10-30.md"),
            str(us / "2022-08-25-executive-order-on-the-implementation-of-the-chips-act-of-2022.md"),
            str(us / "2026-01-14-adjusting-imports-of-semiconductors-semiconductor-manufacturing-equip.md")], data)
    knowledge = KnowledgeBase(data)
    build_index(data, knowledge.documents(), knowledge.clauses(), FakeEmbedder())
    with Index.open(data, FakeEmbedder()) as index:
        yield index


def _cited(hits):
    return [h for h in hits if "citation" in h.matched]


def test_number_forms_read_one_number_however_written():
    assert set(number_keys("OMB memo M-26-07 Sec. 3(d)")) == {"m-26-07"}
    assert set(number_keys("us-omb-m-26-07-federal-ai-compute-memo.txt")) == {"m-26-07"}
    assert set(number_keys("GB/T 45654—2025 的 5.2")) == set(number_keys("GB 45654-2025")) == {"gb 45654"}
    assert set(number_keys("32024R1689")) == set(number_keys("Regulation (EU) 2024/1689")) == {"eu 2024/1689"}
    assert number_keys("gbt-2025-draft.txt") == {} and number_keys("M-26 budget, 2026-07") == {}


def test_a_document_number_none_here_has_names_a_document_not_here():
    # "M-26-07 Sec. 3(d)" cited three executive orders' Sec. 3(d): a memo's number was no document's number
    names = DocumentNames([
        ("memo", "M-26-07", "Accelerating Federal Use of AI", []),
        ("memo2", "", "Memorandum on shared compute", ["/docs/us-omb-m-25-21-memo.txt"]),
        ("std", "GB/T 45654—2025", "智能算力中心能效评价指南", []),
        ("eu", "Regulation (EU) 2024/1689", "Regulation (EU) 2024/1689 laying down harmonised rules on AI and "
         "amending Regulations (EU) 2018/858 and (EU) 2019/2144", []),
        ("gd", "粤府〔2024〕12号", "广东省若干措施", []),
    ])
    assert names.named("M-26-07 Sec. 3(d)") == {"memo"} and names.named("OMB memo M-25-21 section 4") == {"memo2"}
    assert names.named("GB/T 45654 5.2") == {"std"} and names.named("32024R1689 Article 5") == {"eu"}
    assert names.named("〔2024〕12号 第三条") == {"gd"}  # a 文号 without its issuer
    for query in ("M-26-07 Sec. 3(d)", "GB/T 45654—2025 5.2", "〔2024〕12号 第三条", "32024R1689"):
        assert not names.unheld(query), query
    for query in ("M-26-08 Sec. 3(d)", "GB/T 45655—2025 5.2", "〔2025〕12号 第三条", "32019R0881 Article 5",
                  "Regulation (EU) 2019/2144 Article 5", "EO 99999 Sec. 2"):
        assert names.named(query) == set() and names.unheld(query), query


def test_a_memo_number_cites_the_memo_s_part_or_nothing(kb):
    hits = kb.search("M-26-07 Sec. 3(d)", k=5)  # the memo's number is in its file's name only
    assert hits[0].clause.path.endswith("3 > (d)") and hits[0].clause.text.startswith("(d) Each agency")
    assert all(h.clause.doc_id == hits[0].clause.doc_id for h in _cited(hits))
    for query in ("M-25-21 Sec. 3(d)", "GB/T 45654—2025 Sec. 3(d)", "EO 99999 Sec. 3(d)", "〔2025〕12号 Sec. 3(d)"):
        assert not _cited(kb.search(query, k=5)), query  # the executive orders' Sec. 3(d) are not asked for


def test_a_quoted_title_names_the_document_whose_title_holds_most_of_it():
    # the memo's SUBJECT with "section 3(d)" cited EO 14110's Sec. 3(d): its title has "Use of Artificial Intelligence"
    eo = ("eo", "", "Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial "
          "Intelligence", [])
    memo = ("memo", "", "Accelerating Federal Use of Artificial Intelligence through Shared Compute and Workforce "
            "Readiness", [])
    query = "Accelerating Federal Use of Artificial Intelligence through Shared Compute"
    assert DocumentNames([eo, memo]).named(query) == {"memo"}
    without = DocumentNames([eo])
    assert without.named(query) == set() and without.unheld(query)
    # a title quoted whole, or most of it, still names; and in lower case the run alone is the quote
    assert without.named("Trustworthy Development and Use of Artificial Intelligence") == {"eo"}
    assert without.named("Safe Secure Development and Use of Artificial Intelligence") == {"eo"}
    assert without.named("reporting duties under use of artificial intelligence") == {"eo"}
    assert not without.unheld("Trustworthy Development and Use of Artificial Intelligence")


def test_a_title_none_here_has_cites_nothing(kb):
    hits = kb.search("Accelerating Federal Use of Artificial Intelligence through Shared Compute section 3(d)", k=5)
    assert not any(h.title.startswith("Executive Order on the Safe") and "citation" in h.matched for h in hits)


def test_a_governor_s_numbered_order_is_cited_in_the_order_named(kb):
    # "Executive Order 51 (2025) paragraph 5" gave a tariff proclamation's (5); "… section 3" the effective date
    for query, want in (("Executive Order 51 (2025) paragraph 5", "5."), ("Executive Order Number Fifty-One "
                        "section 3", "3."), ("EO 51 order 2", "2."), ("Executive Order No. 51 item 4", "4.")):
        hits = kb.search(query, k=3)
        assert hits[0].clause.text.startswith(want) and "citation" in hits[0].matched, query
        assert hits[0].title.startswith("Establishing an Artificial Intelligence Workforce"), query
        assert len({h.clause.doc_id for h in _cited(hits)}) == 1, query
    # a paragraph of no document named, or of one that numbers none, cites nothing
    for query in ("paragraph 5", "paragraph 5 tariffs", "Executive Order 14110 paragraph 5"):
        assert not _cited(kb.search(query, k=5)), query
    assert kb.search("Executive Order 14110 Sec. 3(d)", k=1)[0].clause.path == "Sec. 3 > (d)"  # its sections stay


def test_a_chinese_item_is_cited_in_the_document_named_only(kb):
    # "工作要点 第四项 高质量数据集" marked another plan's （四） as cited: an item is numbered alike in every plan
    assert not _cited(kb.search("工作要点 第四项 高质量数据集", k=5))
    assert kb.search("工作要点 第四项 高质量数据集", k=1)[0].clause.text.startswith("（四）")  # found by its words
    for query, title in (("2026年浙江省人工智能产业发展工作要点 第四项", "2026年浙江省"),
                         ("佛山市推动人工智能与机器人产业高质量发展实施方案 （四）", "佛山市")):
        cited = _cited(kb.search(query, k=5))
        assert cited and all(h.title.startswith(title) for h in cited), query
        assert cited[0].clause.text.startswith("（四）"), query


def _citations(docs, paths, issuers=None) -> Citations:
    return Citations(PathIndex(paths), DocumentNames(docs, issuers=issuers))


def test_a_wenhao_with_another_issuer_s_prefix_cites_nothing():
    # "京经信发〔2026〕12号 第二项" cited Zhejiang's （二） of 浙经信人工智能〔2026〕12号, and
    # "京政发〔2026〕4号 第二项" Chengdu's of 成府发〔2026〕4号: every body numbers its documents from 1 each year
    cite = _citations([("zj", "浙经信人工智能〔2026〕12号", "2026年浙江省人工智能产业发展工作要点", []),
                       ("cd", "成府发〔2026〕4号", "成都市数字经济和人工智能发展规划", [])],
                      [(0, "一 > （二）", "zj"), (1, "三 > （二）", "cd")])
    for query in ("京经信发〔2026〕12号 第二项", "沪经信〔2026〕12号 第二项", "京政发〔2026〕4号 第二项"):
        assert cite.resolve(query)[0] == {}, query
    for query in ("浙经信人工智能〔2026〕12号 第二项", "〔2026〕12号 第二项", "关于浙经信人工智能（2026）12号 第二项"):
        assert cite.resolve(query)[0] == {0: 1.0}, query  # its own prefix, or none
    assert cite.resolve("成府发〔2026〕4号 （二）")[0] == {1: 1.0}


def test_a_documents_own_number_alone_cites_the_document_from_its_start():
    # "合数资函〔2026〕18号" pasted alone put no clause of that reply in the top 3
    cite = _citations([("hf", "合数资函〔2026〕18号", "关于市政协提案的答复", []),
                       ("zj", "浙经信人工智能〔2026〕12号", "2026年浙江省人工智能产业发展工作要点", [])],
                      [(0, "¶1", "hf"), (1, "一", "hf"), (2, "一 > （二）", "zj")])
    assert cite.resolve("合数资函〔2026〕18号") == ({0: 1.0, 1: 1.0}, "")
    assert cite.resolve("“合数资函〔2026〕18号”")[0] == {0: 1.0, 1: 1.0}
    assert cite.resolve("合数资函〔2026〕18号 算力券")[0] == {}  # it asks something of the document: searched
    assert cite.resolve("京经信发〔2026〕12号")[0] == {}  # a number no document here has


def test_an_issuer_is_named_by_its_acronym():
    assert issuer_acronyms("United States Government Accountability Office") == {"usgao", "gao"}
    assert issuer_acronyms("Office of Management and Budget") == {"omb"}
    assert issuer_acronyms("The White House") == set()  # two initials name nothing
    assert {"miit", "nda"} <= issuer_acronyms("Ministry of Industry and Information Technology; National Data "
                                              "Administration")
    names = DocumentNames([("gao", "", "Report to Congressional Requesters", [])],
                          issuers={"gao": "United States Government Accountability Office"})
    assert names.named("GAO report") == {"gao"} and names.named("gao report") == set()


def test_a_recommendation_of_another_report_the_query_names_cites_nothing():
    # "GAO Recommendation 4 HHS compute plan" cited the Australian Senate committee's Recommendation 4
    docs = [("senate", "", "Sovereign compute for an AI-ready Australia", []),
            ("gao", "", "Report to Congressional Requesters", [])]
    issuers = {"senate": "Senate Select Committee on Sovereign AI Capability",
               "gao": "United States Government Accountability Office"}
    paths = [(0, "Recommendations > Recommendation 2", "senate"), (1, "Recommendations > Recommendation 4", "senate"),
             (2, "¶25", "gao")]
    cite = _citations(docs, paths, issuers)
    alone = _citations(docs[:1], paths[:2], issuers)  # the report the query quotes is not here
    for query in ("GAO Recommendation 4 HHS compute plan", "Federal AI Compute GAO report Recommendation 2",
                  "Artificial Intelligence: Agencies Need Better Plans to Acquire and Share Computing Resources "
                  "Recommendation 2"):
        assert cite.resolve(query)[0] == {} and alone.resolve(query)[0] == {}, query
    # a bare recommendation, or the report's own title, still cites it
    for query in ("Recommendation 4", "Recommendation 4 data centres",
                  "Sovereign compute for an AI-ready Australia Recommendation 4"):
        assert cite.resolve(query)[0] == {1: 1.0}, query


def test_a_short_title_quoted_whole_with_its_year_names_its_document():
    # "The 2026-27 Budget paragraph 115" cited nothing: naming took three English words of substance
    docs = [("hk", "", "The 2026-27 Budget", []), ("speech", "", "Budget Speech", [])]
    paths = [(0, "Developing Innovation and Technology > Artificial Intelligence > 115", "hk"),
             (1, "Public Finances > 165", "hk"), (2, "Measures > 115", "speech")]
    cite = _citations(docs, paths)
    for query in ("The 2026-27 Budget paragraph 115", "2026-27 Budget Speech paragraph 115",
                  "The 2026-27 Budget Speech by the Financial Secretary paragraph 115"):
        assert cite.resolve(query)[0] == {0: 1.0}, query
    # two words, or the title's year and a word of it, name nothing
    for query in ("Budget Speech paragraph 115", "budget paragraph 115", "2026 Budget paragraph 115"):
        assert cite.resolve(query)[0] == {}, query


def test_a_standard_s_clause_is_cited_with_di_tiao_or_as_a_two_level_number_of_the_standard_named():
    # "…指南 第4.1.2条" cited nothing (4.2.1 came first), nor did "…指南 4.3", whose path part carries its title
    assert references.parse_query("智能算力中心能效评价指南 第4.1.2条") == [[("section", "4.1.2")]]
    assert references.parse_query("按4.3条评价") == [[("section", "4.3")]]
    assert ("section", "4.3") in references.path_keys("4 评价指标 > 4.3 算力利用率 > ¶1")
    cite = _citations([("std", "", "信息技术 人工智能 智能算力中心能效评价指南", []),
                       ("uk", "", "UK Compute Roadmap", [])],
                      [(0, "4 评价指标 > 4.1 一般要求 > 4.1.2", "std"), (1, "4 评价指标 > 4.2 能效等级 > 4.2.1", "std"),
                       (2, "4 评价指标 > 4.3 算力利用率 > ¶1", "std"), (3, "1 > 1.3", "uk"),
                       (4, "5 评价方法 > 5.1", "std")])
    assert cite.resolve("智能算力中心能效评价指南 第4.1.2条") == ({0: 1.0}, "")
    for query in ("GB/T 智能算力中心能效评价指南 4.3", "智能算力中心能效评价指南4.3",
                  "智能算力中心能效评价指南 第4.3条"):
        assert cite.resolve(query) == ({2: 1.0}, ""), query
    assert cite.resolve("UK Compute Roadmap 1.3") == ({3: 1.0}, "")
    # a two-level number elsewhere is a quantity, searched with the query: of no document named, beside other words,
    # or of a section the document named lacks
    for query in ("PUE 1.3", "智能算力中心能效评价指南 PUE 1.25", "智能算力中心能效评价指南 1.25",
                  "UK Compute Roadmap 1.3 billion"):
        assert cite.resolve(query) == ({}, ""), query


def test_a_gazette_notification_s_numbered_paragraph_is_cited_as_a_rule_or_clause():
    # "G.S.R. 176(E) rule 3" put paragraph 3 outside the top 30, where "… paragraph 3" cited it
    cite = _citations([("gz", "", "IndiaAI Compute Subsidy Scheme, 2026", ["/w/in-meity-2026-gsr-176e-gazette.txt"]),
                       ("va", "", "Executive Order Number Fifty-One (2025)", [])],
                      [(0, "¶1", "gz"), (1, "1 > (1)", "gz"), (2, "3", "gz"), (3, "3 > (b)", "gz"), (4, "3", "va")])
    for query in ("G.S.R. 176(E) rule 3", "G.S.R. 176(E) clause 3", "G.S.R. 176(E) para 3",
                  "G.S.R. 176(E) paragraph 3"):
        assert cite.resolve(query) == ({2: 1.0, 3: 1.0}, ""), query
    assert cite.resolve("IndiaAI Compute Subsidy Scheme rule 3(b)")[0] == {2: 0.5, 3: 1.0}
    # as a paragraph of a document's own, a rule is cited in a document named only
    assert cite.resolve("rule 3")[0] == {} and cite.resolve("rule 3 compute subsidy")[0] == {}
