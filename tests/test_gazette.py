"""A Gazette of India notification saved from its PDF as text: masthead, heading, running header, closing."""

from ingest.gazette import gazette_notice
from ingest.parse import parse
from ingest.segment import segment

_MASTHEAD = """\
रजिस्ट्री सं. डी.एल.- 33004/99                                    REGD. No. D. L.-33004/99

                              भारत का राजपत्र
                           The Gazette of India
                                 असाधारण
                              EXTRAORDINARY
                        भाग II—खण्ड 3—उप-खण्ड (i)
                        PART II—Section 3—Sub-section (i)
                              प्राधिकार से प्रकाशित
                          PUBLISHED BY AUTHORITY
सं. 182]             नई दिल्ली, बृहस्पतिवार, मार्च 12, 2026/फाल्गुन 21, 1947
No. 182]             NEW DELHI, THURSDAY, MARCH 12, 2026/PHALGUNA 21, 1947

            इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय
                             अधिसूचना
          MINISTRY OF ELECTRONICS AND INFORMATION TECHNOLOGY
                            NOTIFICATION
                      New Delhi, the 11th March, 2026

"""
_BODY = """\
     G.S.R. 176(E).—In exercise of the powers conferred by section 87 of the Information
Technology Act, 2000, the Central Government hereby makes the following scheme, namely:—

     1. Short title and commencement.—(1) This scheme may be called the Test Compute
Subsidy Scheme, 2026.
     (2) It shall come into force on the date of its publication in the Official Gazette.
     (3) It shall remain in force until the 31st March, 2029.

     2. Definitions.—(1) In this scheme, unless the context otherwise requires,—
     (a) "GPU" means a graphics processing unit;
     (b) "implementing agency" means the Independent Business Division.

     3. Quantum of subsidy.—(1) The implementing agency shall reimburse up to forty per cent
of the compute cost incurred by an eligible user on the Portal.
     (2) The total subsidy to a single eligible user shall not exceed ₹5 crore in a financial
year.

2                       THE GAZETTE OF INDIA : EXTRAORDINARY              [PART II—SEC. 3(i)]

     4. Review.—The Ministry shall review the scheme by the 31st March, 2028.
"""
_CLOSING = """
                                                [F. No. W-11/3/2026-IndiaAI]
                                                ABHISHEK SINGH, Addl. Secy.

Uploaded by Dte. of Printing at Government of India Press, Ring Road, Mayapuri, New Delhi-110064
and Published by the Controller of Publications, Delhi-110054.       ABHISHEK KUMAR
                                                                     Digitally signed by
                                                                     ABHISHEK KUMAR
                                                                     Date: 2026.03.12 21:04:17 +05'30'
"""
_NOTICE = _MASTHEAD + _BODY + _CLOSING


def test_the_masthead_and_heading_are_metadata_and_the_short_title_the_title():
    doc = parse(_NOTICE, "gazette.txt")
    assert doc.title == "Test Compute Subsidy Scheme, 2026"
    assert doc.issuer == "Ministry of Electronics and Information Technology"
    assert doc.doc_number == "G.S.R. 176(E)"
    assert doc.date == "2026-03-11" and doc.date_published == "2026-03-12"  # made, then published in the Gazette
    assert doc.kind == "regulation"
    assert doc.meta["gazette"] == "The Gazette of India, Extraordinary, PART II—Section 3—Sub-section (i)"
    assert doc.meta["registration"] == "REGD. No. D. L.-33004/99" and doc.meta["gazette_issue"] == "No. 182"
    assert doc.meta["失效日期"] == "2029-03-31"
    text = doc.text
    for furniture in ("राजपत्र", "PUBLISHED BY AUTHORITY", "NOTIFICATION", "New Delhi, the 11th", "PHALGUNA"):
        assert furniture not in text


def test_the_closing_is_metadata_not_the_last_paragraphs():
    doc = parse(_NOTICE, "gazette.txt")
    assert doc.meta["file_number"] == "F. No. W-11/3/2026-IndiaAI"
    assert doc.meta["signed"] == "Abhishek Singh, Addl. Secy."
    assert doc.meta["printer"].startswith("Uploaded by Dte. of Printing")
    assert doc.meta["digitally_signed"] == "ABHISHEK KUMAR, 2026.03.12 21:04:17 +05'30'"
    assert doc.blocks[-1].text == "4. Review.—The Ministry shall review the scheme by the 31st March, 2028."


def test_the_running_header_is_dropped_and_sub_paragraphs_keep_their_paragraph():
    clauses = segment(parse(_NOTICE, "gazette.txt"))
    paths = {c.path: c for c in clauses}
    assert "THE GAZETTE OF INDIA" not in "\n".join(c.text for c in clauses)
    assert {"1 > (1)", "1 > (2)", "1 > (3)", "2 > (1) > (a)", "3 > (1)", "3 > (2)", "4"} <= set(paths)
    assert paths["3 > (2)"].text.startswith("(2) The total subsidy")  # 3(2), told apart from 1(2)
    assert paths["1 > (1)"].heading == "1. Short title and commencement"


def test_a_running_header_inside_a_sentence_joins_it():
    # a page ends in mid-sentence, on a line cut at the page's width
    body = _BODY.replace("     4. Review.—The Ministry shall review the scheme by the 31st March, 2028.",
                         "     4. Review.—The Ministry of Electronics and Information Technology shall review the\n\n"
                         "2    THE GAZETTE OF INDIA : EXTRAORDINARY    [PART II—SEC. 3(i)]\n\n"
                         "scheme by the 31st March, 2028.").replace(
        "\n2                       THE GAZETTE OF INDIA : EXTRAORDINARY              [PART II—SEC. 3(i)]\n", "")
    doc = parse(_MASTHEAD + body + _CLOSING, "gazette.txt")
    assert doc.blocks[-1].text == ("4. Review.—The Ministry of Electronics and Information Technology shall review "
                                   "the scheme by the 31st March, 2028.")


def test_without_a_short_title_it_is_titled_by_its_number():
    doc = parse(_NOTICE.replace("This scheme may be called the Test Compute\nSubsidy Scheme, 2026.",
                                "This scheme applies to compute."), "gazette.txt")
    assert doc.title == "Notification G.S.R. 176(E)"


def test_a_text_with_no_gazette_masthead_is_left_alone():
    text = "MINISTRY OF FINANCE\n\nNOTIFICATION\n\n" + _BODY + _CLOSING
    assert gazette_notice(text) == (text, None)
