"""A Singapore Parliament Hansard page: its report table and time stamps as metadata, each turn under its speaker."""

from ingest.parse import parse
from ingest.segment import segment

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Parliament of Singapore - Official Reports (Hansard)</title>
</head><body><div id="reportView"><table class="reportTable">
<tr><td class="label">Parliament No:</td><td>14</td></tr>
<tr><td class="label">Session No:</td><td>2</td></tr>
<tr><td class="label">Volume No:</td><td>95</td></tr>
<tr><td class="label">Sitting No:</td><td>12</td></tr>
<tr><td class="label">Sitting Date:</td><td>3-11-2025</td></tr>
<tr><td class="label">Section Name:</td><td>Second Reading Bills</td></tr>
<tr><td class="label">Title:</td><td>Online Safety (Miscellaneous Amendments) Bill</td></tr>
<tr><td class="label">MPs Speaking:</td><td>The Minister for Law (Mr Tan Ah Kow), Ms Lee Mei Ling (Bishan-Toa
Payoh), Mr Speaker (Mr Seah Kian Peng)</td></tr>
</table>
<div class="reportContent">
<p><strong>ONLINE SAFETY (MISCELLANEOUS AMENDMENTS) BILL</strong></p>
<p>Order for Second Reading read.</p>
<p>1.45 pm</p>
<p><strong>The Minister for Law (Mr Tan Ah Kow)</strong>: Mr Speaker, Sir, I beg to move, "That the Bill be
now read a second time."</p>
<p>The Bill requires platforms to remove harmful content within 24 hours of a direction.</p>
<p>We aim to train 2,000 officers in online harms investigation by 2028.</p>
<p>Question proposed.</p>
<p>2.02 pm</p>
<p><strong>Ms Lee Mei Ling (Bishan-Toa Payoh)</strong>: Sir, I support the Bill. I have one question.</p>
<p>Will the Ministry publish how many directions it issues each year?</p>
<p>2.10 pm</p>
<p><strong>Mr Tan Ah Kow</strong>: Sir, I thank the Member. Yes, we will publish these figures.</p>
<p>Question put, and agreed to.</p>
<p>Bill accordingly read a Second time and committed to a Committee of the whole House.</p>
</div></div></body></html>"""


def test_hansard_page_is_parliaments_debate_of_the_bill_dated_by_its_sitting():
    doc = parse(_PAGE, "hansard.html")
    assert doc.title == "Online Safety (Miscellaneous Amendments) Bill — Second Reading"  # not the site's name
    assert (doc.issuer, doc.date, doc.kind) == ("Parliament of Singapore", "2025-11-03", "faq")
    assert (doc.meta["parliament_no"], doc.meta["sitting_no"], doc.meta["section_name"]) == (
        "14", "12", "Second Reading Bills")
    assert doc.meta["times"] == "1.45 pm, 2.02 pm, 2.10 pm"
    assert doc.meta["proceedings"].splitlines()[0] == "Order for Second Reading read."
    text = "\n".join(b.text for b in doc.blocks)
    for scaffold in ("Parliament No", "Sitting Date", "1.45 pm", "2.10 pm", "Question proposed", "Question put",
                     "ONLINE SAFETY (MISCELLANEOUS"):
        assert scaffold not in text


def test_hansard_turns_head_their_paragraphs_by_speaker():
    clauses = segment(parse(_PAGE, "hansard.html"))
    paths = [c.path for c in clauses]
    # the Minister's name first, so that the path's 40-character step keeps it
    assert paths == ["Mr Tan Ah Kow (Minister for Law) > ¶1", "Mr Tan Ah Kow (Minister for Law) > ¶2",
                     "Mr Tan Ah Kow (Minister for Law) > ¶3", "Ms Lee Mei Ling (Bishan-Toa Payoh) > ¶1",
                     "Ms Lee Mei Ling (Bishan-Toa Payoh) > ¶2", "Mr Tan Ah Kow > ¶1"]
    assert clauses[2].text == "We aim to train 2,000 officers in online harms investigation by 2028."  # no time glued
    assert clauses[4].text.endswith("each year?")


def test_a_page_with_no_sitting_date_stays_as_it_was():
    doc = parse(_PAGE.replace("Sitting Date:", "Sitting:"), "hansard.html")
    assert doc.issuer != "Parliament of Singapore" and doc.kind != "faq" and "times" not in doc.meta
