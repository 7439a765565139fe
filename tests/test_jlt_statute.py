"""Tests for a Japanese law in English as the Japanese Law Translation site serves it: its law-information table,
number line, disclaimer and contents as metadata; captions over articles as their titles; paragraphs "2 …" as
"(2)"; its Supplementary Provisions' articles and signatures; other pages left alone."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

# the shape of a page of japaneselawtranslation.go.jp: the law-information table and disclaimer, the title and its
# number line, the contents, each article's caption in brackets on the line over it, paragraphs "2 …", items "(i)"
_JLT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Act on Testing Systems - English - Japanese Law Translation</title>
<link rel="canonical" href="https://www.japaneselawtranslation.go.jp/en/laws/view/9999"></head><body>
<div id="lawinfo"><table class="info">
<tr><th>Law number</th><td>Act No. 12 of 2024</td></tr>
<tr><th>Promulgation date</th><td>May 10, 2024</td></tr>
<tr><th>Translation date</th><td>January 15, 2025</td></tr>
<tr><th>Ministry</th><td>Cabinet Office</td></tr>
</table>
<p class="disclaimer">This English translation has been prepared up to the revisions of Act No. 12 of 2024. This is an
unofficial translation. Only the original Japanese texts of laws and regulations have legal effect, and the
translations are to be used solely as reference material.</p></div>
<div id="lawbody"><h1>Act on Testing Systems</h1>
<p class="lawnum">(Act No. 12 of May 10, 2024)</p>
<div class="toc"><p>Table of Contents</p>
<p>Chapter I General Provisions (Articles 1 and 2)</p>
<p>Chapter II Testing Plan (Article 3)</p>
<p>Supplementary Provisions</p></div>
<h2>Chapter I General Provisions</h2>
<p class="caption">(Purpose)</p>
<p>Article 1  The purpose of this Act is to promote the testing of systems.</p>
<p class="caption">(Definitions)</p>
<p>Article 2  In this Act, "system" means a machine that processes information.</p>
<p>2  In this Act, "tester" means a person who tests a system.</p>
<h2>Chapter II Testing Plan</h2>
<p>Article 3  The Government must formulate a testing plan.</p>
<p>2  The testing plan is to provide for the following matters:</p>
<p>(i) basic policy on testing;</p>
<p>(ii) other matters necessary for testing.</p>
<p>3  The Prime Minister must publicize the testing plan without delay.</p>
<h2>Supplementary Provisions</h2>
<p class="caption">(Effective Date)</p>
<p>Article 1  This Act comes into effect as of the date of promulgation.</p>
<p class="caption">(Review)</p>
<p>Article 2  The Government is to review this Act within five years.</p>
<p class="signature">Prime Minister  YAMADA Taro</p>
<p class="signature">Minister of State for Science and Technology Policy  SATO Hanako</p>
</div></body></html>"""


def _parsed():
    doc = parse(_JLT, "jlt.html")
    return doc, segment(doc)


def test_law_information_table_number_line_and_contents_are_metadata() -> None:
    doc, clauses = _parsed()
    assert (doc.doc_number, doc.date, doc.kind) == ("Act No. 12 of 2024", "2024-05-10", "regulation")
    assert doc.meta["translation_date"] == "2025-01-15" and doc.meta["ministry"] == "Cabinet Office"
    assert doc.meta["promulgation"] == "(Act No. 12 of May 10, 2024)"
    assert doc.meta["contents"].startswith("Chapter I General Provisions (Articles 1 and 2); Chapter II")
    assert "Only the original Japanese texts" in doc.meta["translation"]
    assert not [c for c in clauses if "Law number" in c.text or "Table of Contents" in c.text
                or "Only the original" in c.text or c.text.startswith("(Act No.")]
    # the contents' lines take no part's place: each chapter is the chapter of its articles
    assert not [c for c in clauses if c.path in ("Chapter I", "Chapter II")]


def test_an_act_on_the_sites_page_is_the_diets_the_ministry_is_no_issuer() -> None:
    doc, _ = _parsed()
    assert doc.issuer == "National Diet of Japan"
    order = parse(_JLT.replace("Act No. 12 of", "Cabinet Order No. 12 of"), "jlt.html")
    assert order.doc_number == "Cabinet Order No. 12 of 2024" and order.issuer == "Cabinet of Japan"


def test_caption_over_an_article_is_its_title_and_paragraphs_nest_under_it() -> None:
    _, clauses = _parsed()
    paths = {c.path: c for c in clauses}
    assert paths["Chapter I > Article 1"].heading == "Article 1 (Purpose)"
    assert paths["Chapter I > Article 1"].text.startswith("Article 1 The purpose")
    assert paths["Chapter I > Article 2 > (2)"].text.startswith('(2) In this Act, "tester"')
    assert paths["Chapter II > Article 3"].heading == "Article 3"  # an article with no caption
    assert paths["Chapter II > Article 3 > (2) > (i)"].text.startswith("(i) basic policy")
    assert paths["Chapter II > Article 3 > (3)"].text.startswith("(3) The Prime Minister")
    assert not [c for c in clauses if c.text.startswith("(Purpose)") or c.text == "(Definitions)"]


def test_supplementary_provisions_articles_and_signatures() -> None:
    doc, clauses = _parsed()
    paths = {c.path: c for c in clauses}
    assert paths["Supplementary Provisions > Article 1"].heading == "Article 1 (Effective Date)"
    assert paths["Supplementary Provisions > Article 2"].text.startswith("Article 2 The Government")
    assert doc.meta["signed"] == ("Prime Minister YAMADA Taro; "
                                  "Minister of State for Science and Technology Policy SATO Hanako")
    assert not [c for c in clauses if "YAMADA" in c.text or "SATO" in c.text]


def test_the_disclaimer_alone_tells_the_sites_page_without_its_address() -> None:
    doc = parse(_JLT.replace("https://www.japaneselawtranslation.go.jp/en/laws/view/9999",
                             "https://example.org/act"), "jlt.html")
    assert doc.issuer == "National Diet of Japan"
    assert "Chapter I > Article 2 > (2)" in {c.path for c in segment(doc)}


def test_a_page_that_is_not_the_sites_is_left_alone() -> None:
    other = _JLT.replace("https://www.japaneselawtranslation.go.jp/en/laws/view/9999", "https://example.org/act")
    other = other.replace("Only the original Japanese texts of laws and regulations have legal effect", "")
    doc = parse(other, "other.html")
    clauses = segment(doc)
    assert doc.issuer != "National Diet of Japan" and "contents" not in doc.meta
    assert not [c for c in clauses if c.path.endswith("> (2)")]  # "2 In this Act" is no paragraph (2) there


def test_the_prime_minister_is_a_named_office_the_state_none() -> None:
    from ingest.agencies_en import english_agencies
    assert english_agencies("(3) The Prime Minister must seek a cabinet decision on a draft of the Basic Plan "
                            "prepared by the Strategy Headquarters.").lead == ["Prime Minister"]
    assert english_agencies("The State must take necessary measures for the promotion of education.").lead == []
    # a head of government named by name, or two of them, is no office's title
    assert english_agencies("Prime Minister Modi will visit Japan next year.").lead == []
    assert english_agencies("The two Prime Ministers will meet again next year.").lead == []
