"""An NSF program solicitation's cover, contents and program officers as metadata (ingest.program_solicitation); its
plain shapes of agencies and tags; a standing committee's salutation as a report's addressee."""

from ingest.agencies_en import english_agencies
from ingest.html import page_title
from ingest.parse import parse
from ingest.tag import tag_text

_NSF = """<!DOCTYPE html><html lang="en"><head>
<title>NSF 26-517: Example Resource Provider Awards (ERP) | NSF - U.S. National Science Foundation</title>
</head><body><div id="header"><a href="/">NSF - U.S. National Science Foundation</a></div>
<div id="content">
<p align="center"><strong>Example Resource Provider Awards (ERP)</strong></p>
<p align="center"><strong>PROGRAM SOLICITATION<br>NSF 26-517</strong></p>
<p align="center"><a href="#replaces">Replaces Document(s)</a>: NSF 24-554</p>
<p align="center"><strong>U.S. National Science Foundation</strong></p>
<p align="center">Directorate for Computer and Information Science and Engineering<br>
Office of Advanced Cyberinfrastructure</p>
<p><strong>Full Proposal Deadline(s)</strong> (due by 5 p.m. submitting organization's local time):</p>
<p>May 28, 2026</p>
<h2>SUMMARY OF PROGRAM REQUIREMENTS</h2>
<p><strong>Synopsis of Program:</strong></p>
<p>The program supports the acquisition, deployment and operation of computing resources for open research.</p>
<p><strong>Cognizant Program Officer(s):</strong></p>
<p><em>Please note that the following information is current at the time of publishing. See program website for
any updates to the points of contact.</em></p>
<ul>
<li>Katherine Liu, Program Director, CISE/OAC, telephone: (703) 292-4821, email: erp@nsf.gov</li>
<li>Marcus O. Delaney, Program Director, CISE/OAC, telephone: (703) 292-7305, email: erp@nsf.gov</li>
</ul>
<h2>TABLE OF CONTENTS</h2>
<p><a href="#summary">Summary of Program Requirements</a></p>
<ol type="I"><li><a href="#intro">Introduction</a></li><li><a href="#award">Award Information</a></li></ol>
<h2>I. INTRODUCTION</h2>
<p>Access to advanced computing has become a precondition for participation in research on artificial
intelligence, and the program broadens that access.</p>
</div></body></html>"""


def test_a_solicitation_s_cover_is_its_metadata():
    # its issuer, number and kind were empty, the title kept " | NSF", and the cover lines were seven clauses
    doc = parse(_NSF, "nsf26517.htm")
    assert doc.title == "NSF 26-517: Example Resource Provider Awards (ERP)"
    assert (doc.issuer, doc.doc_number, doc.kind) == ("U.S. National Science Foundation", "NSF 26-517", "notice")
    assert doc.meta["document_type"] == "PROGRAM SOLICITATION"
    assert doc.meta["replaces"] == "NSF 24-554"
    assert doc.meta["offices"] == ("Directorate for Computer and Information Science and Engineering; "
                                   "Office of Advanced Cyberinfrastructure")
    assert doc.meta["deadlines"] == ("Full Proposal Deadline(s) (due by 5 p.m. submitting organization's local "
                                     "time): May 28, 2026")
    assert doc.blocks[0].text == "SUMMARY OF PROGRAM REQUIREMENTS"


def test_a_solicitation_s_contents_and_program_officers_are_no_clauses():
    doc = parse(_NSF, "nsf26517.htm")
    texts = [b.text for b in doc.blocks]
    assert doc.meta["contents"] == "Summary of Program Requirements\nIntroduction\nAward Information"
    assert "TABLE OF CONTENTS" not in texts and "Introduction" not in texts
    assert doc.meta["contact"].startswith("Cognizant Program Officer(s): Katherine Liu, Program Director")
    assert "Marcus O. Delaney" in doc.meta["contact"]
    assert doc.meta["contact_note"].startswith("Please note that the following information is current")
    assert not any("Katherine Liu" in t or t.startswith(("Cognizant", "Please note")) for t in texts)


def test_a_page_without_a_solicitation_s_cover_keeps_its_lines():
    page = _NSF.replace("PROGRAM SOLICITATION<br>", "")
    doc = parse(page, "page.htm")
    assert (doc.doc_number, doc.kind) == ("", "")
    assert any(b.text == "U.S. National Science Foundation" for b in doc.blocks)
    assert any(b.text == "TABLE OF CONTENTS" for b in doc.blocks)


def test_a_title_loses_the_site_s_acronym_only_before_the_site_s_name():
    import lxml.html
    title = lambda t: page_title(lxml.html.fromstring(f"<html><head><title>{t}</title></head><body/></html>"), {})  # noqa: E731
    assert title("Awards | NSF - U.S. National Science Foundation") == "Awards"
    assert title("Guide to the CHIPS Act | CHIPS - Department of Commerce") == "Guide to the CHIPS Act | CHIPS"


def test_a_subject_with_its_partners_set_off_before_its_verb_leads():
    found = english_agencies("Following the NAIRR Pilot launched in January 2024, NSF, in coordination with the "
                             "Office of Science and Technology Policy (OSTP) and partner agencies, is transitioning "
                             "the NAIRR to a sustained operational capability.")
    assert (found.lead, found.supporting) == (["NSF"], ["Office of Science and Technology Policy (OSTP)"])
    # an object with its partners is no subject: the Act leads nothing
    assert not english_agencies("The National Artificial Intelligence Initiative Act of 2020 directed NSF, in "
                                "coordination with OSTP, to establish a task force.").lead


def test_cost_sharing_is_funding():
    assert "funding" in tag_text("Cost Sharing Requirements: Inclusion of voluntary committed cost sharing is "
                                 "prohibited.").tags
    assert "funding" not in tag_text("Sharing of the system's capacity is required.").tags


def test_a_training_fee_spent_is_no_talent_measure():
    assert "talent" not in tag_text("市文化广电和旅游局超标准列支会议费、培训费等68万元。").tags
    assert "talent" in tag_text("开展人工智能技能培训，全年培训2000人次。").tags


def test_a_standing_committee_s_salutation_is_the_addressee():
    # "主任、各位副主任、秘书长、各位委员：" was the report's first clause
    salutation = "主任、各位副主任、秘书长、各位委员：\n\n"
    text = ("关于郑州市2025年度市级预算执行的审计工作报告\n\n"
            "——2026年6月25日在郑州市第十六届人民代表大会常务委员会第二十一次会议上\n\n"
            f"郑州市审计局局长 赵立新\n\n{salutation}我受市人民政府委托，向市人大常委会报告审计情况，请予审议。\n")
    doc = parse(text, "report.txt")
    assert doc.meta["addressee"] == "主任、各位副主任、秘书长、各位委员"
    assert doc.blocks[0].text.startswith("我受市人民政府委托")
    # the offices in running text stay text
    other = parse(text.replace(salutation, "") + "\n主任、副主任和秘书长分工负责。\n", "r.txt")
    assert other.blocks[-1].text == "主任、副主任和秘书长分工负责。"
