"""A UK Parliament page of written questions and statements: one unit per question, its facts as metadata."""

from ingest.parse import parse
from ingest.segment import segment

_PAGE = """<!DOCTYPE html><html><head><title>Written questions and answers - Written questions, answers and
statements - UK Parliament</title></head><body><main>
<div class="card"><h1>Data Centres: Energy</h1>
<p>Question for Department for Energy Security and Net Zero</p>
<p>UIN 12345, tabled on 3 November 2025</p>
<p><strong>Asked by Jane Smith</strong> (Labour, Anytown)</p>
<p>To ask the Secretary of State for Energy Security and Net Zero, what estimate he has made of demand.</p>
<p><strong>Answered on 11 November 2025</strong></p>
<p><strong>John Doe</strong>, Minister of State (Department for Energy Security and Net Zero)</p>
<p>The Department is working to connect at least 6 GW of data centre capacity to the grid by 2030.</p>
<p>These are scenarios, not targets.</p></div>
<div class="card"><h1>AI Skills</h1>
<p>Question for Department for Education</p>
<p>HL11842, tabled on 5 November 2025</p>
<p>Asked by Lord Holmes of Richmond</p>
<p>To ask His Majesty's Government what steps they are taking to train workers in AI skills.</p>
<p>Answered on 17 November 2025</p>
<p>Baroness Smith of Malvern, Minister of State (Department for Education)</p>
<p>The Department will fund 1,000 teacher development places each year.</p></div>
<div class="card"><h1>AI Growth Zones: Update</h1>
<p>Statement made by Ian Murray, Minister of State (Department for Science, Innovation and Technology)</p>
<p>Made on 20 November 2025</p>
<p>HCWS1083</p>
<p>The Secretary of State has today designated the second AI Growth Zone in North East England.</p></div>
</main></body></html>"""


def test_written_questions_page_is_parliaments_with_one_unit_per_question():
    doc = parse(_PAGE, "questions.html")
    assert doc.issuer == "UK Parliament"  # not the first question's department
    assert doc.title.startswith("Written questions and answers: Data Centres: Energy; AI Skills")
    assert (doc.date, doc.kind) == ("2025-11-20", "faq")
    assert doc.meta["numbers"] == "UIN 12345, HL11842, HCWS1083"
    assert "asked by: Jane Smith (Labour, Anytown)" in doc.meta["UIN 12345"]
    assert "department: Department for Education" in doc.meta["HL11842"]
    assert "answered by: Baroness Smith of Malvern, Minister of State" in doc.meta["HL11842"]
    clauses = segment(doc)
    paths = [c.path for c in clauses]
    assert paths == ["UIN 12345 > Question > ¶1", "UIN 12345 > Answer > ¶1", "UIN 12345 > Answer > ¶2",
                     "HL11842 > Question > ¶1", "HL11842 > Answer > ¶1", "HCWS1083 > Statement > ¶1"]
    assert clauses[1].headings[0] == "Data Centres: Energy"  # the subject heads its unit
    text = " ".join(c.text for c in clauses)
    for scaffold in ("Question for", "tabled on", "Asked by", "Answered on", "John Doe", "Made on"):
        assert scaffold not in text


def test_a_page_with_no_uin_stays_as_it_was():
    page = _PAGE.replace("UIN 12345, tabled on 3 November 2025", "Tabled recently").replace(
        "HL11842, tabled on 5 November 2025", "").replace("<p>HCWS1083</p>", "")
    doc = parse(page, "questions.html")
    assert doc.issuer != "UK Parliament" and "numbers" not in doc.meta
