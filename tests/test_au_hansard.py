"""An Australian Parliament Hansard page from ParlInfo: its metadata table, time stamps and procedural lines as
metadata, each speaker's turn a clause under the speaker."""

from ingest.au_hansard import _issuer
from ingest.parse import parse
from ingest.segment import segment

# a Senate Estimates committee's transcript: the table in <td>s, turns in bold with the colon inside
_ESTIMATES = """<!DOCTYPE html><html lang="en"><head>
<title>ParlInfo - Finance and Public Administration Legislation Committee : 14/02/2024 : Estimates</title>
</head><body><div id="content"><div class="box">
<h1>Finance and Public Administration Legislation Committee<br>14/02/2024<br>Estimates</h1>
<table class="metadata">
<tr><td class="mdLabel">Database</td><td class="mdValue">Senate Committees</td></tr>
<tr><td class="mdLabel">Date</td><td class="mdValue">Wednesday, 14 February 2024</td></tr>
<tr><td class="mdLabel">Source</td><td class="mdValue">Senate</td></tr>
<tr><td class="mdLabel">Committee</td>
<td class="mdValue">Finance and Public Administration Legislation Committee</td></tr>
<tr><td class="mdLabel">Page</td><td class="mdValue">12</td></tr>
<tr><td class="mdLabel">Proof</td><td class="mdValue">Yes</td></tr>
<tr><td class="mdLabel">Questioner</td><td class="mdValue">Smith, Sen Jane<br>CHAIR (Brown, Sen Ann)</td></tr>
<tr><td class="mdLabel">System Id</td><td class="mdValue">committees/estimate/27654/0002</td></tr>
</table></div>
<div id="documentContent">
<p class="HPS-SubDebate">Digital Transformation Agency</p>
<p class="HPS-Normal"><span class="HPS-Time">[09:02]</span></p>
<p class="HPS-Normal"><b>CHAIR:</b> We will begin with the Digital Transformation Agency.</p>
<p class="HPS-Normal"><b>Senator SMITH:</b> How many agencies have moved to the new platform so far?</p>
<p class="HPS-Normal"><b>Mr Jones:</b> Fourteen agencies had moved by 31 December. We expect all 40 by June 2026.</p>
<p class="HPS-Normal">The remaining agencies are on a published schedule.</p>
<p class="HPS-Normal"><span class="HPS-Time">[10:15]</span></p>
<p class="HPS-Normal"><b>Senator SMITH:</b> Thank you.</p>
<p class="HPS-Normal"><i>Proceedings suspended from 10:30 to 10:45</i></p>
</div></div></body></html>"""

# a chamber's Hansard: the table in a list of terms, turns in ParlInfo's speaker classes with electorate and time
_CHAMBER = """<!DOCTYPE html><html lang="en"><head><title>ParlInfo - BILLS : Digital ID Bill 2024 : Second Reading
</title></head><body><div class="box"><h1>BILLS<br>Digital ID Bill 2024<br>Second Reading</h1>
<dl class="metadata">
<dt class="mdLabel">Database</dt><dd class="mdValue">House Hansard</dd>
<dt class="mdLabel">Date</dt><dd class="mdValue">Thursday, 16 May 2024</dd>
<dt class="mdLabel">Source</dt><dd class="mdValue">House of Reps</dd>
<dt class="mdLabel">Speaker</dt><dd class="mdValue">Wilson, Tim, MP</dd>
<dt class="mdLabel">System Id</dt><dd class="mdValue">chamber/hansardr/27854/0031</dd>
</dl></div>
<div id="documentContent">
<p class="HPS-Normal"><a href="#"><span class="HPS-MemberSpeech">Mr WILSON</span></a><span class="HPS-MemberSpeech">
(Goldstein) (16:02):</span> I rise to speak on the bill. The government will issue 5 million digital IDs.</p>
<p class="HPS-Normal">It should do so with care.</p>
<p class="HPS-Normal">Question agreed to.</p>
<p class="HPS-Normal">Bill read a second time.</p>
</div></body></html>"""


def test_estimates_transcript_is_the_committees_dated_by_its_hearing():
    doc = parse(_ESTIMATES, "estimates.html")
    assert (doc.issuer, doc.date, doc.kind) == (
        "Senate Finance and Public Administration Legislation Committee", "2024-02-14", "faq")
    assert (doc.meta["database"], doc.meta["page"], doc.meta["proof"], doc.meta["system_id"]) == (
        "Senate Committees", "12", "Yes", "committees/estimate/27654/0002")
    assert doc.meta["questioner"] == "Smith, Sen Jane; CHAIR (Brown, Sen Ann)"  # one name a line, kept apart
    assert doc.meta["times"] == "09:02, 10:15"
    assert doc.meta["proceedings"] == "Proceedings suspended from 10:30 to 10:45"
    text = "\n".join(b.text for b in doc.blocks)
    for scaffold in ("Database", "System Id", "Proof", "Wednesday, 14 February", "[09:02]", "[10:15]",
                     "Proceedings suspended"):
        assert scaffold not in text


def test_estimates_turns_are_one_clause_each_under_the_speaker_the_answer_right_after_its_question():
    clauses = segment(parse(_ESTIMATES, "estimates.html"))
    assert [c.path for c in clauses] == ["CHAIR > ¶1", "Senator SMITH > ¶1", "Mr Jones > ¶1", "Mr Jones > ¶2",
                                         "Senator SMITH > ¶2"]  # her second turn: no path shared
    assert clauses[1].text == "Senator SMITH: How many agencies have moved to the new platform so far?"
    assert clauses[2].text == "Mr Jones: Fourteen agencies had moved by 31 December. We expect all 40 by June 2026."
    assert clauses[3].text == "The remaining agencies are on a published schedule."  # no "[10:15]" glued on
    assert clauses[4].text == "Senator SMITH: Thank you."


def test_chamber_hansard_is_the_chambers_its_turn_heads_without_the_time():
    doc = parse(_CHAMBER, "chamber.html")
    assert (doc.issuer, doc.date, doc.kind) == ("Australian House of Representatives", "2024-05-16", "faq")
    assert doc.meta["times"] == "16:02"
    assert doc.meta["proceedings"] == "Question agreed to.\nBill read a second time."
    clauses = segment(doc)
    assert [c.path for c in clauses] == ["Mr WILSON (Goldstein) > ¶1", "Mr WILSON (Goldstein) > ¶2"]
    assert clauses[0].text.startswith("Mr WILSON (Goldstein): I rise to speak")


def test_issuer_names_the_committee_by_its_chamber_once():
    assert _issuer("House of Reps", "Standing Committee on Economics") == (
        "House of Representatives Standing Committee on Economics")
    assert _issuer("Joint", "Joint Committee of Public Accounts and Audit") == (
        "Joint Committee of Public Accounts and Audit")
    assert _issuer("Senate", "Senate Select Committee on Adopting Artificial Intelligence") == (
        "Senate Select Committee on Adopting Artificial Intelligence")
    assert _issuer("Senate", "") == "Australian Senate"


def test_a_page_with_a_like_table_but_no_parlinfo_system_id_stays_as_it_was():
    page = _ESTIMATES.replace('<tr><td class="mdLabel">System Id</td><td class="mdValue">committees/estimate/27654'
                              '/0002</td></tr>', "")
    doc = parse(page, "estimates.html")
    assert (doc.issuer, doc.kind) == ("", "")
    assert "times" not in doc.meta and "[09:02]" in "\n".join(b.text for b in doc.blocks)


def test_estimates_title_is_the_h1s_parts_in_title_case_dated_last_portfolio_and_department_in_meta():
    page = _ESTIMATES.replace("<br>Estimates</h1>", "<br>Estimates<br>FINANCE PORTFOLIO<br>Digital Transformation "
                              "Agency</h1>")
    doc = parse(page, "estimates.html")
    assert doc.title == ("Finance and Public Administration Legislation Committee — Estimates — Finance Portfolio — "
                         "Digital Transformation Agency — 14 February 2024")
    assert (doc.meta["portfolio"], doc.meta["department"]) == ("Finance Portfolio", "Digital Transformation Agency")
    assert doc.issuer == "Senate Finance and Public Administration Legislation Committee"  # the committee, as before
    assert doc.blocks[0].text == "Digital Transformation Agency"  # no heading block of the <h1>'s lines run together


def test_chamber_title_keeps_its_parts_and_has_no_portfolio():
    doc = parse(_CHAMBER, "chamber.html")
    assert doc.title == "BILLS — Digital ID Bill 2024 — Second Reading"  # one word in capitals stays as set
    assert "portfolio" not in doc.meta and "department" not in doc.meta


def test_each_turn_of_a_speaker_has_its_own_path_counted_on_in_order():
    page = _ESTIMATES.replace("<p class=\"HPS-Normal\"><b>Senator SMITH:</b> Thank you.</p>",
                              "<p class=\"HPS-Normal\"><b>Senator SMITH:</b> And the rest?</p>"
                              "<p class=\"HPS-Normal\"><b>Mr Jones:</b> By the end of 2026.</p>")
    clauses = segment(parse(page, "estimates.html"))
    assert [c.path for c in clauses] == ["CHAIR > ¶1", "Senator SMITH > ¶1", "Mr Jones > ¶1", "Mr Jones > ¶2",
                                         "Senator SMITH > ¶2", "Mr Jones > ¶3"]
    assert [c.clause_id.split("-", 1)[1] for c in clauses][-2:] == ["senator-smith-p2", "mr-jones-p3"]  # no hash
