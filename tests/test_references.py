"""Citations in queries ("Article 5(1)(e)", "第十七条", "Sec. 3(c)") find the clauses they name."""

from __future__ import annotations

import pytest

from index.build import build_index
from index.embed import FakeEmbedder
from index.glossary import parse_glossary
from index.names import DocumentNames
from index.references import (
    PathIndex,
    cited_keys,
    cross_reference_titles,
    heading_titles,
    parse_query,
    path_keys,
    rest,
)
from index.search import Index
from ingest.kb import KnowledgeBase
from ingest.pipeline import ingest


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("Article 5(1)(e)", [[("article", "5"), ("item", "1"), ("item", "e")]]),
        ("AI Act Art. 50 transparency", [[("article", "50")]]),
        ("第17条", [[("article", "17")]]),
        ("登记管理条例第十七条第二款", [[("article", "17"), ("item", "2")]]),
        ("Sec. 4.2(b)(iv) of EO 14110", [[("section", "4"), ("section", "4.2"), ("item", "b"), ("item", "iv")]]),
        ("§ 3(a)", [[("section", "3"), ("item", "a")]]),
        ("Annex III", [[("annex", "3")]]),
        ("Article 6 paragraph 3", [[("article", "6"), ("item", "3")]]),
        ("Art. 5 paragraph 1, point (e)", [[("article", "5"), ("item", "1"), ("item", "e")]]),
        ("Annex III point 4", [[("annex", "3"), ("item", "4")]]),
        ("Annex III(4)", [[("annex", "3"), ("item", "4")]]),
        ("附件2的任务清单", [[("annex", "2")]]),
        ("本條例第十七條第二款", [[("article", "17"), ("item", "2")]]),  # traditional: 條 is 条
        ("recital (40)", [[("recital", "40")]]),
        ("第三章 and Chapter IX", [[("chapter", "3")], [("chapter", "9")]]),
        ("what this section of the order says about artificial intelligence", []),
        ("Chapters I and II apply from", []),
    ],
)
def test_parse_query_reads_citations_in_both_languages(query, want):
    assert parse_query(query) == want


def test_a_numbered_paragraph_is_cited_by_its_decimal_number():
    assert parse_query("paragraph 3.1") == [[("section", "3.1")]]
    assert parse_query("para 3.1 of the roadmap") == [[("section", "3.1")]]
    assert parse_query("para. 12.4") == [[("section", "12.4")]]
    # the EU's paragraphs and points stay items of their article
    assert parse_query("Article 6(1)") == [[("article", "6"), ("item", "1")]]
    assert parse_query("Article 6 paragraph 3") == [[("article", "6"), ("item", "3")]]
    # a paragraph alone is a document's own numbered paragraph, cited only in a document the query names
    # (test_a_governor_s_numbered_order_is_cited_in_the_order_named)
    assert parse_query("paragraph 3") == [[("top", "3")]]
    paths = PathIndex([(0, "UK Compute Roadmap > 3 > 3.1", "uk"), (1, "UK Compute Roadmap > 3 > 3.2", "uk"),
                       (2, "Annex B: Glossary > ¶2", "uk")])
    assert paths.match(parse_query("paragraph 3.1")) == {0: 1.0}


def test_path_keys_spell_numbers_one_way():
    assert path_keys("CHAPTER IX > SECTION 3 > Article 79 > 6 > (d)") == [
        ("chapter", "9"), ("section", "3"), ("article", "79"), ("item", "6"), ("item", "d")]
    assert path_keys("第五章 > 第四十五条") == [("chapter", "5"), ("article", "45")]
    assert path_keys("Sec. 4 > 4.2 > (b) > (i)") == [("section", "4"), ("section", "4.2"), ("item", "b"), ("item", "i")]
    assert path_keys("Recitals > (72) [2]") == [("recital", "72")]
    assert path_keys("七 > （三）") == [("item", "7"), ("zhitem", "3")]  # a Chinese item, cited as （三） or 第三项
    assert path_keys("附件2 > 16") == [("annex", "2"), ("item", "16")]
    assert path_keys("第一章 > 第二條") == [("chapter", "1"), ("article", "2")]  # a traditional text's path as written


def test_rest_is_what_the_query_asks_besides_its_citations():
    assert rest("Article 50") == "" and rest("第17条") == ""
    assert rest("fines in Article 99(4)") == "fines in"
    assert rest("資助上限 第十條") == "資助上限"  # the rest as written


def test_path_index_scores_the_share_of_a_citation_matched():
    paths = PathIndex([(0, "CHAPTER II > Article 5 > 1", "eu"), (1, "CHAPTER II > Article 5 > 1 > (e)", "eu"),
                       (2, "CHAPTER II > Article 6 > 1 > (e)", "eu"), (3, "第一章 > 第五条", "zh")])
    found = paths.match(parse_query("Article 5(1)(e)"))
    assert found == {0: pytest.approx(2 / 3), 1: 1.0, 3: pytest.approx(1 / 3)}  # never Article 6's (e)
    assert paths.doc(3) == "zh"


@pytest.fixture(scope="module")
def eu_kb(tmp_path_factory, shared_corpus):
    data = tmp_path_factory.mktemp("refs") / "data"
    ingest([str(shared_corpus / "en/eu/eu-ai-act-2024-1689.md"),
            str(shared_corpus / "zh/gz-scjgj-state-council-decree-746-market-entity-registration.html")], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), FakeEmbedder())
    with Index.open(data, FakeEmbedder()) as index:
        yield index


def test_a_bare_citation_reads_the_article_from_its_first_paragraph(eu_kb):
    hits = eu_kb.search("Article 50", k=5)
    assert [h.clause.path for h in hits[:2]] == ["CHAPTER IV > Article 50 > 1", "CHAPTER IV > Article 50 > 2"]
    assert all("Article 50" in h.clause.path for h in hits) and "citation" in hits[0].matched
    # without the citation, the clauses that mention Article 50 come first
    assert "Article 50" not in eu_kb.search("Article 50", k=1, mode="semantic")[0].clause.path


def test_a_citation_finds_the_point_asked_for_then_its_article(eu_kb):
    hits = eu_kb.search("AI Act Article 5(1)(e) facial recognition databases", k=3)
    assert hits[0].clause.path == "CHAPTER II > Article 5 > 1 > (e)"
    assert all("Article 5 > 1" in h.clause.path for h in hits)


def test_the_rest_of_a_citing_query_orders_the_cited_clauses(eu_kb):
    assert eu_kb.search("Article 50 deep fake", k=1)[0].clause.path == "CHAPTER IV > Article 50 > 4"
    hits = eu_kb.search("fines in Article 99", k=10)
    assert all(h.clause.path.startswith("CHAPTER XII > Article 99") for h in hits)
    # the legs searched "fines", not "Article 99": the citation's words mark nothing
    assert any("Article" in h.clause.text for h in hits) and not any("«Article»" in h.highlight for h in hits)
    assert any("«fines»" in h.highlight for h in hits)


def test_citations_cross_languages_and_respect_filters(eu_kb):
    top = eu_kb.search("市场主体登记管理条例第十七条", k=1)[0]
    assert top.clause.path == "第三章 > 第十七条"
    assert eu_kb.search("Article 17 of the market entity registration regulation", k=1, lang="zh")[0].clause.path \
        == "第三章 > 第十七条"
    assert "第十七条" not in [h.clause.path.split(" > ")[-1] for h in eu_kb.search("第17条", k=10, lang="en")]
    assert eu_kb.search("第17条", k=1, lang="en")[0].clause.path.startswith("CHAPTER III > SECTION 3 > Article 17")


def test_paragraph_and_point_spelt_out_are_precise_citations(eu_kb):
    hits = eu_kb.search("Article 6 paragraph 3", k=4)
    assert [h.clause.path for h in hits[:2]] == ["CHAPTER III > SECTION 1 > Article 6 > 3",
                                                 "CHAPTER III > SECTION 1 > Article 6 > 3 > (a)"]
    assert all("Article 6 > 3" in h.clause.path for h in hits)
    # the Markdown copy's Annex III has lost its point numbers (ANNEX III > (a)), so the paths as EUR-Lex gives them
    paths = PathIndex([(0, "ANNEX III > ¶1", "eu"), (1, "ANNEX III > 3 > (a)", "eu"), (2, "ANNEX III > 4", "eu"),
                       (3, "ANNEX III > 4 > (a)", "eu"), (4, "ANNEX IV > 4", "eu")])
    assert paths.match(parse_query("Annex III point 4")) == {0: 0.5, 1: 0.5, 2: 1.0, 3: 1.0}


def test_a_citation_that_names_its_document_finds_that_documents_part(eu_kb):
    for mode in ("hybrid", "keyword"):
        hits = eu_kb.search("Regulation (EU) 2024/1689 Article 5", k=3, mode=mode)
        assert [h.clause.path for h in hits[:2]] == ["CHAPTER II > Article 5 > 1", "CHAPTER II > Article 5 > 1 > (a)"]
        assert eu_kb.search("国务院令第746号 第五条", k=1, mode=mode)[0].clause.path == "第一章 > 第五条"
    # what else the query asks still orders the named document's part
    hits = eu_kb.search("fines in Regulation (EU) 2024/1689 Article 99", k=5)
    assert all(h.clause.path.startswith("CHAPTER XII > Article 99") for h in hits)
    assert any("«fines»" in h.highlight for h in hits)


def test_document_names_are_numbers_only_one_document_has():
    names = DocumentNames([
        ("eo", "", "Executive Order on the Safe, Secure, and Trustworthy Development of AI",
         ["/corpus/us-eo-14110-ai-2023-10-30.md"]),
        ("memo", "", "Memorandum on AI (2024)", ["/corpus/2024-10-24-memorandum.md", "https://example.gov/post_99999"]),
        ("eu", "Regulation (EU) 2024/1689", "Regulation (EU) 2024/1689 on AI", []),
        ("zh", "国务院令第746号", "市场主体登记管理条例", []),
        ("zh2", "", "关于2024年的通知 746", []),
    ])
    assert names.named("EO 14110") == {"eo"} and names.named("Executive Order 14110") == {"eo"}
    assert names.named("Regulation (EU) 2024/1689") == {"eu"}
    assert names.named("国务院令第746号") == {"zh"}  # its number, though 746 alone is two documents'
    assert names.named("the 2024 memorandum") == set()  # a year names none
    assert names.only_names("Executive Order 14110", {"eo"}) and names.only_names("EO 14110", {"eo"})
    assert not names.only_names("reporting duties in EO 14110", {"eo"})


def test_a_document_named_by_a_number_none_here_has_is_unheld():
    # "Executive Order 14179 Sec. 5" cited Sec. 5 of every order here, as if one of them were EO 14179
    names = DocumentNames([
        ("eo", "", "Executive Order on AI", ["/corpus/us-eo-14110-ai-2023-10-30.md"]),
        ("eu", "Regulation (EU) 2024/1689", "Regulation (EU) 2024/1689 on AI", []),
        ("gd", "粤府〔2024〕12号", "广东省若干措施", []),
    ])
    for query in ("Executive Order 14179 Sec. 5", "EO 14179", "Regulation (EU) 2019/881 Article 5",
                  "Public Law 117-167 Sec. 3", "SB 5838", "粤府〔2031〕99号 第三条"):
        assert names.unheld(query), query
    for query in ("Executive Order 14110 Sec. 5", "EO 14110", "Regulation (EU) 2024/1689 Article 5",
                  "粤府〔2024〕12号 第三条", "Sec. 5", "Article 5 of the 2019 rules", "in 2025 section 4"):
        assert not names.unheld(query), query


def test_a_bill_is_named_by_its_number_however_its_chamber_is_spelt():
    names = DocumentNames([("wa", "", "Engrossed Substitute Senate Bill 5838", ["/docs/wa-sb5838-ai-task-force.md"]),
                           ("eo", "", "Executive Order 14321 on AI Workforce", [])])
    for query in ("Senate Bill 5838", "SB 5838", "ESSB 5838", "sb5838"):
        assert names.named(query) == {"wa"}, query
        assert names.only_names(query, {"wa"}), query


def test_a_bill_of_two_digits_is_named_by_its_chamber_and_number():
    # "SB 53 Sec. 4" cited the AI Act's Chapter V Section 4: a number of two digits named no document
    names = DocumentNames([("ca", "Senate Bill No. 53", "Senate Bill No. 53", []),
                           ("ab", "", "Assembly Bill 53", []),
                           ("eu", "Regulation (EU) 2024/1689", "Regulation (EU) 2024/1689 on AI", []),
                           ("news", "", "Fact Sheet: Governor Signs SB 53 into Law", [])])
    for query in ("SB 53 Sec. 4", "S.B. 53", "Senate Bill 53", "senate bill no. 53", "sb53"):
        assert names.named(query) == {"ca"}, query
    assert names.only_names("SB 53", {"ca"}) and names.named("AB 53") == {"ab"}
    for query in ("HB 53 Sec. 4", "Sec. 53", "53 models", "USB 53"):  # another chamber's, or no bill
        assert names.named(query) == set(), query
    assert names.unheld("SB 99 Sec. 4") == ["SB 99"] and not names.unheld("SB 53 Sec. 4")


@pytest.fixture(scope="module")
def bill_kb(tmp_path_factory, shared_corpus):
    data = tmp_path_factory.mktemp("refs-bill") / "data"
    bill = data.parent / "ca-sb53.txt"
    bill.write_text("Senate Bill No. 53\n\nCHAPTER 138\n\nThe people of the State of California do enact as "
                    "follows:\n\nSECTION 1. This act shall be known as the Transparency in Frontier AI Act.\n\n"
                    "SEC. 2. Section 11546.8 is added to the Government Code, to read:\n\n"
                    "11546.8. (a) There is established a consortium to develop a framework for CalCompute.\n"
                    "(b) The consortium shall report to the Legislature on or before January 1, 2027.\n\n"
                    "SEC. 3. This act shall become operative on January 1, 2026.\n\n"
                    "SEC. 4. The provisions of this act are severable.\n", encoding="utf-8")
    ingest([str(shared_corpus / "en/eu/eu-ai-act-2024-1689.md"), str(bill)], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), FakeEmbedder())
    with Index.open(data, FakeEmbedder()) as index:
        yield index


def test_a_bill_s_citation_finds_the_bill_s_section(bill_kb):
    for query in ("SB 53 Sec. 4", "Senate Bill 53 section 4"):
        hits = bill_kb.search(query, k=3)
        assert hits[0].clause.path == "Sec. 4" and hits[0].title == "Senate Bill No. 53", query
        assert not any("SECTION 4" in h.clause.path for h in hits), query  # the AI Act's CHAPTER V > SECTION 4
    hits = bill_kb.search("SB 53 section 11546.8(b)", k=1)
    assert hits[0].clause.path == "Sec. 2 > § 11546.8 > (b)"
    assert bill_kb.search("SB 99 Sec. 4", k=3, mode="keyword") == [] or \
        "citation" not in bill_kb.search("SB 99 Sec. 4", k=1)[0].matched  # a bill none here is cites nothing


def test_a_document_is_named_by_a_distinctive_run_of_its_title():
    names = DocumentNames([
        ("eu", "Regulation (EU) 2024/1689", "Regulation (EU) 2024/1689 of the European Parliament and of the Council "
         "laying down harmonised rules on artificial intelligence (Artificial Intelligence Act)", []),
        ("eo", "", "Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial "
         "Intelligence", []),
        ("reg", "国务院令第746号", "中华人民共和国市场主体登记管理条例", []),
        ("zf", "", "北京市住房保障条例", []),
        ("plan", "", "关于加快推进人工智能发展的实施意见", []),
        ("plan2", "", "人工智能产业发展行动方案", []),
        ("plan3", "", "关于促进人工智能创新的若干措施", []),
    ])
    assert names.named("Article 50 of the Artificial Intelligence Act") == {"eu"}  # its short title
    assert names.named("Trustworthy Development and Use of Artificial Intelligence Sec. 4") == {"eo"}
    assert names.named("住房保障条例 第十条") == {"zf"} and names.named("住房保障 第十条") == {"zf"}
    assert names.named("市场主体登记 第五条") == {"reg"}
    # generic words name nothing: "artificial intelligence" and "人工智能" are in three titles each, "实施意见" and
    # "中华人民共和国" say what kind of text a title names, "of the Council" is one word of substance
    for query in ("artificial intelligence Article 5", "人工智能 第五条", "实施意见 第三条", "the use of AI Article 5",
                  "中华人民共和国 第五条", "Article 5 of the Council"):
        assert names.named(query) == set(), query
    assert names.only_names("the Artificial Intelligence Act", {"eu"})


@pytest.fixture(scope="module")
def us_kb(tmp_path_factory, shared_corpus):
    data = tmp_path_factory.mktemp("refs-us") / "data"
    memorandum = "en/us/2024-10-24-memorandum-on-advancing-the-united-states-leadership-in-artificial-in.md"
    ingest([str(shared_corpus / "en/us/us-eo-14110-ai-2023-10-30.md"), str(shared_corpus / memorandum)], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), FakeEmbedder())
    with Index.open(data, FakeEmbedder()) as index:
        yield index


def test_a_document_named_by_the_number_of_its_file_is_cited_first(us_kb):
    # EO 14110's number is in no clause or title of it, only in its file's name; the 2024 memorandum,
    # which has a Sec. 4.2 too, cites "Executive Order 14110" in its text
    for query in ("EO 14110 section 4.2", "Executive Order 14110 Sec. 4.2"):
        hits = us_kb.search(query, k=3)
        assert all(h.title.startswith("Executive Order on the Safe, Secure") for h in hits), query
        assert hits[0].clause.path.startswith("Sec. 4 > 4.2") and hits[0].clause.text.startswith("4.2."), query


def test_a_citation_whose_named_document_lacks_the_part_cites_nothing(eu_kb):
    # "国务院令第746号 第九十条" answered with another document's Article 90, labelled a citation
    hits = eu_kb.search("国务院令第746号 第九十条", k=3)
    assert hits and all("citation" not in h.matched for h in hits)
    assert eu_kb.search("国务院令第746号 第五条", k=1)[0].clause.path == "第一章 > 第五条"  # one it has


def test_a_citation_of_nothing_here_stays_part_of_the_words_searched(eu_kb):
    hits = eu_kb.search("power to adopt delegated acts under Article 290", k=3)  # Article 290 TFEU
    assert hits and all("citation" not in h.matched for h in hits)
    assert any("«Article»" in h.highlight for h in hits)  # the keyword leg still searched "Article 290"


@pytest.mark.parametrize("text, want", [
    ("(a) Chapters I and II shall apply from 2 February 2025;", [("chapter", "1"), ("chapter", "2")]),
    ("the obligations laid down in Articles 53 and 55, and Annex III", [("article", "53"), ("article", "55"),
                                                                       ("annex", "3")]),
    ("pursuant to Article 6(2) and Article 3 of Regulation (EU) 2019/1020", [("article", "6")]),
    ("as defined in Article 4, point (14) of Regulation (EU) 2016/679", []),
    ("in particular Article 16 and 114 thereof", []),
    ("on the basis of Article 16 TFEU", []),
    ("依照本条例第二十条，并参照《公司法》第十条", [("article", "20")]),
])
def test_cited_keys_are_the_parts_of_the_same_document_a_text_cites(text, want):
    assert cited_keys(text) == want


def test_cross_reference_titles_name_what_a_clause_cites():
    rows = [
        ("eu", "CHAPTER II > Article 5 > 1",
         ["CHAPTER II PROHIBITED AI PRACTICES", "Article 5 Prohibited AI practices"],
         "1. The following AI practices shall be prohibited: see Article 5(2)."),
        ("eu", "CHAPTER III > SECTION 2 > Article 8", ["CHAPTER III HIGH-RISK", "SECTION 2 Requirements",
                                                       "Article 8 Compliance"], "Article 8 text"),
        ("eu", "CHAPTER IV > SECTION 2 > Article 50", ["CHAPTER IV TRANSPARENCY", "SECTION 2 Other things",
                                                        "Article 50 Transparency obligations"], "Article 50 text"),
        ("eu", "CHAPTER XIII > Article 113 > (a)", ["CHAPTER XIII FINAL PROVISIONS"],
         "(a) Chapters I and II shall apply from 2 February 2025, and Section 2, Article 8 and Article 77;"),
        ("us", "Sec. 4", ["Sec. 4. Another document"], "Chapter II of this order"),
    ]
    assert heading_titles(rows[0][2]) == {("chapter", "2"): "PROHIBITED AI PRACTICES",
                                          ("article", "5"): "Prohibited AI practices"}
    # row 0 cites only itself; SECTION 2 opens two parts of different titles; Article 77 and Chapter I
    # have no heading here; row 4 cites a chapter of another document
    assert cross_reference_titles(rows) == {3: "PROHIBITED AI PRACTICES Compliance"}


def test_the_keyword_leg_reads_the_titles_of_what_a_clause_cites(eu_kb):
    """(a) Chapters I and II shall apply from 2 February 2025: when the prohibitions apply (Chapter II)."""
    hits = eu_kb.search("prohibited", k=300, mode="keyword")
    applies = [h for h in hits if h.clause.path == "CHAPTER XIII > Article 113 > (a)"]
    assert applies and "prohibit" not in applies[0].clause.text.lower()


def test_a_uk_section_is_cited_by_its_number_and_subsection():
    # "section 2(2)" and "s.2(2)" name s.2's subsection (2), not s.1's
    assert parse_query("section 2(2) of the Act") == [[("section", "2"), ("item", "2")]]
    assert parse_query("s.2(2) of the Act") == [[("section", "2"), ("item", "2")]]
    assert parse_query("U.S. 2025 export rules") == []
    assert path_keys("PART 1 > CHAPTER 1 > s.2 > (2)") == [("part", "1"), ("chapter", "1"), ("section", "2"),
                                                          ("item", "2")]
    paths = PathIndex([(0, "PART 1 > CHAPTER 1 > s.1 > (2)", "act"), (1, "PART 1 > CHAPTER 1 > s.2 > (2)", "act")])
    assert paths.match(parse_query("section 2(2)")) == {1: 1.0}


def test_a_plan_s_action_and_a_commission_document_s_subsection_are_cited():
    # "Action 2 of the AI Continent Action Plan" gave the title line; "COM(2025) 165 section 2.2" sections 2 and 3
    assert parse_query("Action 2 of the AI Continent Action Plan") == [[("action", "2")]]
    assert parse_query("action 2030 targets") == [] and parse_query("Action 2030") == []
    assert path_keys("2 > 2.2 > Action 1") == [("section", "2"), ("section", "2.2"), ("action", "1")]
    assert path_keys("二 > 2.1") == [("item", "2"), ("section", "2.1")]  # no section of 二's
    paths = PathIndex([(0, "2 > 2.2", "com"), (1, "2 > 2.2 > Action 1", "com"), (2, "3 > ¶1", "com"),
                       (3, "5 > Action 2", "com"), (4, "2 > 2.3", "com")])
    assert paths.match(parse_query("section 2.2")) == {0: 1.0, 1: 1.0, 4: 0.5}
    assert paths.match(parse_query("Action 2")) == {3: 1.0}


def test_a_cfr_section_is_cited_by_its_number_and_paragraph():
    assert path_keys("PART 748 > § 748.20 > (c)") == [("part", "748"), ("section", "748"), ("section", "748.20"),
                                                     ("item", "c")]
    paths = PathIndex([(0, "PART 748 > 2 > (c)", "fr"), (1, "PART 748 > § 748.20 > (c)", "fr"),
                       (2, "PART 748 > 2", "fr")])
    assert paths.match(parse_query("§ 748.20(c)")) == {1: 1.0}


def test_a_number_names_its_document_alone_though_its_words_run_in_other_titles():
    # "深科技创新规〔2024〕5号 第二条" gave the repealed 2022 rules' article 2 first: 科技创新 in the 文号 is a run
    # of both titles
    names = DocumentNames([
        ("old", "深科技创新规〔2022〕3号", "深圳市科技创新委员会关于印发《深圳市算力券管理实施细则》的通知", []),
        ("new", "深科技创新规〔2024〕5号", "深圳市科技创新局关于印发《深圳市算力券管理办法》的通知", []),
    ])
    assert names.named("深科技创新规〔2024〕5号 第二条") == {"new"}
    assert names.named("深科技创新规〔2022〕3号") == {"old"}


def test_a_captioned_table_and_its_row_are_cited():
    # a white paper's "Table 1: Summary of commitments" row C5 had path "4 > 4.2", paragraph 4.2's
    assert parse_query("Table 1 commitment C5") == [[("table", "1")]]
    assert parse_query("Table 1, C5") == [[("table", "1"), ("item", "c5")]]
    assert parse_query("表1 重点任务") == [[("table", "1")]]
    assert parse_query("a table 1 metre wide") == []  # a table, lower case, is no citation
    assert path_keys("4 > Table 1 > C5") == [("item", "4"), ("table", "1"), ("item", "c5")]
    paths = PathIndex([(0, "4 > 4.2", "wp"), (1, "4 > Table 1 > C5", "wp"), (2, "4 > Table 1 > C4", "wp")])
    assert paths.match(parse_query("Table 1, C5")) == {1: 1.0, 2: 0.5}
    assert rest("Table 1, C5 owner") == "owner"


def test_a_state_code_section_is_cited_by_its_whole_number():
    # "Section 6-1-1702" was read as "Sec. 6" (California's SEC. 6 came first), and "C.R.S. 6-1-1702(5)" as nothing
    for query in ("Section 6-1-1702(5)", "C.R.S. 6-1-1702(5)", "6-1-1702(5)", "§ 6-1-1702 (5)"):
        assert parse_query(query) == [[("section", "6-1-1702"), ("item", "5")]], query
    assert parse_query("Sec. 42-515") == [[("section", "42-515")]]  # Connecticut's title-section
    assert rest("C.R.S. 6-1-1702(5) disclosure") == "disclosure"
    # a bill's number and a telephone number are no sections
    assert parse_query("SB 24-205 developer duty") == [] and parse_query("call 303-866-2045") == []
    assert path_keys("Sec. 1 > PART 17 > § 6-1-1702 > (5)") == [("section", "1"), ("part", "17"),
                                                               ("section", "6-1-1702"), ("item", "5")]
    paths = PathIndex([(0, "Sec. 6", "ca"), (1, "Sec. 1 > PART 17 > § 6-1-1702 > (1)", "co"),
                       (2, "Sec. 1 > PART 17 > § 6-1-1702 > (5)", "co"),
                       (3, "Sec. 1 > PART 17 > § 6-1-1703 > (5)", "co")])
    assert paths.match(parse_query("Section 6-1-1702")) == {1: 1.0, 2: 1.0}
    assert paths.match(parse_query("C.R.S. 6-1-1702(5)")) == {1: 0.5, 2: 1.0}


@pytest.fixture(scope="module")
def state_kb(tmp_path_factory):
    data = tmp_path_factory.mktemp("refs-state") / "data"
    co = data.parent / "co-sb24-205.txt"
    co.write_text("SENATE BILL 24-205\n\nCONCERNING CONSUMER PROTECTIONS IN INTERACTIONS WITH ARTIFICIAL INTELLIGENCE "
                  "SYSTEMS\n\nSECTION 1. In Colorado Revised Statutes, add part 17 to article 1 of title 6 as "
                  "follows:\n\nPART 17\n\n6-1-1701. Definitions. As used in this part 17:\n\n(1) \"Developer\" means "
                  "a person doing business in this state that develops an artificial intelligence system.\n\n"
                  "6-1-1702. Developer duty to avoid algorithmic discrimination. (1) On and after February 1, 2026, "
                  "a developer shall use reasonable care to protect consumers from algorithmic discrimination.\n\n"
                  "(5) A developer shall disclose known risks to the attorney general within ninety days.\n\n"
                  "SECTION 2. This act takes effect on August 7, 2024.\n", encoding="utf-8")
    ca = data.parent / "ca-sb53.txt"
    ca.write_text("Senate Bill No. 53\n\nThe people of the State of California do enact as follows:\n\n"
                  "SECTION 1. This act shall be known as the Transparency in Frontier AI Act.\n\n"
                  "SEC. 6. This act shall become operative on January 1, 2026.\n", encoding="utf-8")
    ingest([str(co), str(ca)], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), FakeEmbedder())
    with Index.open(data, FakeEmbedder()) as index:
        yield index


def test_a_state_code_citation_finds_its_section_not_another_bill_s_sec_6(state_kb):
    hits = state_kb.search("Section 6-1-1702", k=3)
    assert hits[0].clause.path.endswith("§ 6-1-1702 > (1)") and "citation" in hits[0].matched
    assert not any(h.clause.path == "Sec. 6" and "citation" in h.matched for h in hits)
    for query in ("C.R.S. 6-1-1702(5)", "6-1-1702(5)"):
        hits = state_kb.search(query, k=1)
        assert hits[0].clause.path.endswith("§ 6-1-1702 > (5)"), query


NOTICE = """<html><head><title>Dual Use Foundation AI Models With Widely Available Model Weights</title></head><body>
<h1>Dual Use Foundation Artificial Intelligence Models With Widely Available Model Weights</h1>
<p>AGENCY: National Telecommunications and Information Administration, Department of Commerce.</p>
<p>SUMMARY: NTIA requests comments on the risks and benefits of open foundation models.</p>
<h2>Background</h2>
<p>Section 4.6 of the Executive Order directs the Secretary of Commerce to submit a report on dual-use foundation
models with widely available model weights to the President within 270 days of the date of the order.</p>
<p>NTIA will hold two virtual listening sessions in March 2024 and expects to deliver the report in July.</p>
<h2>Questions</h2>
<p>Commenters are invited to respond to any or all of the following questions. Please identify the question
number to which each comment responds.</p>
<p>1. How should NTIA define "open" or "widely available" when thinking about foundation models?</p>
<p>2. How do the risks of widely available model weights compare to those of non-public weights?</p>
<p>3. What are the benefits of foundation models with widely available weights?</p>
<p>4. Are there other relevant components of open foundation models that would change the risks?</p>
<p>5. What are the safety-related issues involved in managing risks of open foundation models?</p>
<p>a. What model evaluations, such as red-teaming, should be performed before weights are released?</p>
<p>b. Should developers be required to report training runs using more than 10^26 operations?</p>
</body></html>"""


@pytest.fixture(scope="module")
def notice_kb(tmp_path_factory, shared_corpus):
    data = tmp_path_factory.mktemp("refs-rfc") / "data"
    notice = data.parent / "ntia-rfc-open-weights.html"
    notice.write_text(NOTICE, encoding="utf-8")
    ingest([str(notice), str(shared_corpus / "en/us/us-eo-14110-ai-2023-10-30.md")], data)
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), FakeEmbedder())
    with Index.open(data, FakeEmbedder()) as index:
        yield index


def test_a_notice_s_numbered_question_is_cited_by_its_number():
    assert parse_query("question 4 open foundation models") == [[("question", "4")]]
    assert parse_query("NTIA Question 5(b)") == [[("question", "5"), ("item", "b")]]
    assert parse_query("question 5b") == parse_query("question 5.b") == [[("question", "5"), ("item", "b")]]
    assert parse_query("question 12.3") == [] and parse_query("the question 2025") == []
    assert rest("question 4 open foundation models") == "open foundation models"
    # only under a part of questions is a number a question's
    assert path_keys("Questions > 4") == [("other", "Questions"), ("question", "4")]
    assert path_keys("Questions for Comment > 5 > (b)") == [("other", "Questions for Comment"), ("question", "5"),
                                                          ("item", "b")]
    assert path_keys("Background > 4") == [("other", "Background"), ("item", "4")]
    paths = PathIndex([(0, "Questions > 4", "rfc"), (1, "Questions > 5", "rfc"), (2, "Actions > 4", "plan"),
                       (3, "Questions > 5 > (b)", "rfc2")])
    assert paths.match(parse_query("question 4")) == {0: 1.0}
    assert paths.match(parse_query("question 5(b)")) == {1: 0.5, 3: 1.0}


def test_a_notice_s_question_and_the_order_s_section_it_cites_are_found(notice_kb):
    hits = notice_kb.search("question 4 open foundation models request for comment", k=3)
    assert hits[0].clause.path == "Questions > 4" and "citation" in hits[0].matched
    hits = notice_kb.search("NTIA question 5(b)", k=3)
    assert hits[0].clause.path == "Questions > 5" and hits[0].clause.text.startswith("5. What are")
    # the notice's Background paragraph that cites the order's Section 4.6 is no section of the notice's own: it
    # was the notice's "Sec. 4", cited #1 for the order's 4.6
    hits = notice_kb.search("Section 4.6 of the Executive Order report on dual-use foundation models", k=3)
    notice = notice_kb.search("question 4", k=1)[0].clause.doc_id
    assert not any(h.clause.doc_id == notice and ("citation" in h.matched or h.clause.path.startswith("Sec."))
                   for h in hits)


def test_an_english_name_of_a_chinese_title_names_the_title_that_holds_most_of_it():
    # "Article 12 of the Shenzhen … AI industry regulations" cited the expired 算力券 rules' Article 12 first: the
    # English words named no Chinese title, and the rules' 第十二条 ranked above the regulation's
    glossary = parse_glossary("\n".join([
        "深圳 = Shenzhen", "人工智能 = artificial intelligence", "产业 = industry", "条例 = regulation | regulations",
        "监管 = regulation | oversight", "算力券 = compute voucher"]))
    names = DocumentNames([
        ("reg", "", "深圳经济特区人工智能产业促进条例", []),
        ("voucher", "深科技创新规〔2022〕3号", "深圳市科技创新委员会关于印发《深圳市算力券管理实施细则》的通知",
         []),
        ("ai-oversight", "", "人工智能监管办法", []),
        ("eu", "", "Regulation on artificial intelligence (Artificial Intelligence Act)", []),
    ], glossary)
    assert names.named("of the Shenzhen Special Economic Zone AI industry regulations") == {"reg"}
    assert names.named("Shenzhen compute voucher rules") == {"voucher"}
    # too few words of substance name nothing ("regulations" says what kind of text, not which), nor do
    # English words a Chinese title lacks
    assert names.named("Shenzhen regulations") == set()
    assert names.named("AI regulations") == set() and names.named("oversight of AI") == set()
    assert names.named("Article 5 of the Artificial Intelligence Act") == {"eu"}


def test_a_chinese_item_is_cited_by_its_number_not_as_an_english_point():
    # "（四）" was no citation, and 第四项 cited "4 > Table 1 > C7" and "Article 65 > 4 > (c)"
    assert parse_query("浙经信人工智能〔2026〕12号 （四）") == [[("zhitem", "4")]]
    assert parse_query("工作要点 第四项 高质量数据集") == [[("zhitem", "4")]]
    assert parse_query("第十二条第一项") == [[("article", "12"), ("zhitem", "1")]]
    assert parse_query("第十七条第二款") == [[("article", "17"), ("item", "2")]]  # a 款 stays a paragraph
    assert rest("2026年浙江省人工智能产业发展工作要点 （四）") == "2026年浙江省人工智能产业发展工作要点"
    assert path_keys("政策措施 > (一) > 3")[1] == ("zhitem", "1")
    paths = PathIndex([(0, "要点 > 二 > （四）", "zj"), (1, "要点 > 四 > （七）", "zj"), (2, "4 > Table 1 > C7", "uk"),
                       (3, "Article 65 > 4 > (c)", "eu"), (4, "第三章 > 第十二条 > （一）", "sz")])
    assert paths.match(parse_query("（四）")) == paths.match(parse_query("第四项")) == {0: 1.0}
    assert paths.match(parse_query("第十二条第一项")) == {4: 1.0}


def test_a_table_row_asked_for_by_its_number_is_cited_first():
    # "Table 1, row 4" cited rows 1, 3 and 4 alike
    assert parse_query("AI Growth Zones Table 1, row 4") == [[("table", "1"), ("row", "4")]]
    assert rest("AI Growth Zones Table 1, row 4") == "AI Growth Zones"
    paths = PathIndex([(i, f"5 > Table 1 > row {i}", "uk") for i in (1, 3, 4)])
    assert paths.match(parse_query("Table 1 row 4")) == {1: 0.5, 3: 0.5, 4: 1.0}
    # a table whose rows are named by their 序号 (`表1 > 3`) is cited by place as well: all rows tied at a half
    paths = PathIndex([(1, "二 > 表1 > 2", "wx"), (2, "二 > 表1 > 3", "wx"), (3, "二 > 表1 > 合计", "wx")])
    assert paths.match(parse_query("无锡 表1 row 3")) == {1: 0.5, 2: 1.0, 3: 0.5}


def test_an_executive_order_is_named_by_a_spelled_number():
    # "Executive Order Number Fifty-One section 5" cited EO 14179's Sec. 5(a)
    names = DocumentNames([("va", "Executive Order Number Fifty-One (2025)", "Establishing an AI Workforce", []),
                           ("eo", "", "Removing Barriers to American Leadership in AI", ["/c/us-eo-14179.md"])])
    for query in ("Executive Order Number Fifty-One section 5", "Executive Order 51 Sec. 5", "EO No. 51"):
        assert names.named(query) == {"va"} and not names.unheld(query), query
    for query in ("Executive Order Number Fifty-Two section 5", "Executive Order No. 7"):
        assert names.named(query) == set() and names.unheld(query), query
    assert not names.unheld("Executive Order 14179 Sec. 5")


def test_a_document_named_in_words_that_no_title_holds_is_unheld():
    # "Article 12 of the Hong Kong LegCo brief" cited the EU AI Act's Article 12
    names = DocumentNames([
        ("eu", "Regulation (EU) 2024/1689", "Regulation (EU) 2024/1689 laying down harmonised rules on artificial "
         "intelligence (Artificial Intelligence Act)", []),
        ("sz", "", "深圳经济特区人工智能产业促进条例", []),
        ("chips", "", "Executive Order on the Implementation of the CHIPS Act of 2022", []),
    ], glossary=parse_glossary("深圳 = Shenzhen\n产业 = industry\n条例 = regulations\n"
                               "人工智能 = artificial intelligence | AI\n"))
    assert names.unheld("Article 12 of the Hong Kong LegCo brief")
    # a name whose proper words a title here holds may be that document: the citation is looked for as before
    for query in ("Article 5 of the EU AI Act", "Section 5 of the CHIPS Act", "Article 12 of the Shenzhen AI "
                  "industry regulations", "Article 5 of the proposed law", "Section 3 of the Executive Order"):
        assert not names.unheld(query), query


def test_a_sub_provision_three_levels_deep_is_cited_by_its_number():
    # "<directive> paragraph 4.1.2" and "<directive> 4.1.2" found 4.1.1 first, not 4.1.2; "section 4.1.2" put 4.1 first
    assert parse_query("paragraph 4.1.2") == parse_query("4.1.2") == [[("section", "4.1.2")]]
    assert parse_query("version 2026.3.5") == [] and parse_query("4.1.2.3") == [] and parse_query("1.5 billion") == []
    paths = PathIndex([(0, "4 > 4.1", "d"), (1, "4 > 4.1 > 4.1.1", "d"), (2, "4 > 4.1 > 4.1.2", "d"),
                       (3, "6 > 6.2", "d"), (4, "4 评价指标 > 4.1 一般要求 > 4.1.2", "std")])
    assert paths.match(parse_query("paragraph 4.1.2")) == {2: 1.0, 4: 1.0}
    found = paths.match(parse_query("section 4.1.2"))
    assert found[2] == found[4] == 1.0 and found[0] == found[1] == 0.5
    assert paths.match(parse_query("paragraph 6.2")) == {3: 1.0}


def test_an_english_title_quoted_names_no_chinese_title_through_the_glossary():
    # "Directive on the Responsible Use of Compute Resources for Artificial Intelligence paragraph 6.2" cited a Chinese
    # standard's 6.2 too: its title holds 人工智能 and 算力, the glossary's terms for three of the directive's words
    names = DocumentNames([
        ("dir", "", "Directive on the Responsible Use of Compute Resources for Artificial Intelligence", []),
        ("std", "GB/T XXXXX—202X", "信息技术 人工智能 智能算力中心能效评价指南", []),
    ], glossary=parse_glossary("人工智能 = artificial intelligence | AI\n算力 = compute\n"))
    assert names.named("Directive on the Responsible Use of Compute Resources for Artificial Intelligence") == {"dir"}
    assert names.named("the artificial intelligence compute standard") == {"std"}  # in English words, as before


def test_a_recommendation_numbered_alone_under_recommendations_is_cited_as_one():
    # a Cabinet paper's <ol> under "Recommendations" gives "Recommendations > 3", which "recommendation 3" missed
    from index.references import path_keys

    assert path_keys("Recommendations > 3")[-1] == ("recommendation", "3")
    assert path_keys("Recommendations > ¶1")[-1] == ("other", "¶1")
    assert path_keys("Background > 3")[-1] != ("recommendation", "3")
