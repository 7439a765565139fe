"""ingest.joint_statement (through ingest.parse): a joint statement of two governments is both governments', and
its date line under the title and the place and day closing it are metadata, not parts of its clauses."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

PAGE = ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div id='innerContent'><h1>{title}</h1><p class='date'>August 28, 2026</p>"
        "<p>1. At the invitation of the Prime Minister of Japan, the Prime Minister of India paid an official visit "
        "to Japan for the 19th Annual Summit.</p><h2>Semiconductors</h2>"
        "<p>2. The two sides decided to cooperate on workforce development for the semiconductor industry.</p>"
        "<h2>Annex: List of outcomes</h2><table border='1'><tr><th>S.No.</th><th>Deliverable</th>"
        "<th>Indian side</th><th>Japanese side</th></tr><tr><td>1</td><td>Joint call for proposals</td>"
        "<td>Department of Science and Technology</td><td>Japan Science and Technology Agency</td></tr></table>"
        "<p>Tokyo<br>August 28, 2026</p></div></body></html>")


def test_a_joint_statement_is_both_governments_and_its_date_and_place_are_metadata():
    # before: issuer "", "August 28, 2026" opened paragraph 1 and "Tokyo" closed the annex's last row
    doc = parse(PAGE.format(title="India-Japan Joint Statement on the Partnership for AI"), "js.html")
    assert doc.issuer == "Government of India; Government of Japan"
    assert (doc.date, doc.meta["dateline"], doc.meta["location"]) == ("2026-08-28", "August 28, 2026", "Tokyo")
    clauses = segment(doc)
    assert clauses[0].text.startswith("1. At the invitation")
    assert not any("Tokyo" in c.text or "August 28" in c.text for c in clauses)


def test_a_title_by_the_two_nations_names_them_with_the_article_where_due():
    doc = parse(PAGE.format(title="Joint Statement by the United States and Japan on AI"), "js.html")
    assert doc.issuer == "Government of the United States; Government of Japan"


def test_another_statement_keeps_its_lines():
    # no joint statement of two governments: a ministry's statement keeps its issuer unread and its lines
    doc = parse(PAGE.format(title="Statement on the Partnership for AI"), "s.html")
    assert doc.issuer != "Government of India; Government of Japan"
    assert "dateline" not in doc.meta and "location" not in doc.meta
