"""Outside test round 31, findings 1, 12 and 2 (its agencies): a European Commission press release as the press
corner serves it. Its issuer is the site's ("… - European Commission"), its number the "IP/25/1013" line under its
text; its "Print friendly pdf / Share this page" line, "For More Information" links, quote's speaker and press
contacts are metadata, not clauses nor headings; its "Press release | 9 April 2025 | Brussels" line gives its day
and place; and "the Commission" of its text is the European Commission, with the body that runs what it launches."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

RELEASE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Commission launches plan to boost Europe's data spaces - European Commission</title>
</head>
<body>
<div class="ecl-site-header">
<a class="ecl-link" href="https://commission.europa.eu/index_en">European Commission</a>
<nav><ul><li>Press corner</li><li><a href="/commission/presscorner/home/en">Home</a></li></ul></nav>
</div>
<div class="ecl-page-header"><ol class="ecl-breadcrumb"><li>Home</li><li>Press corner</li><li>Press release</li>
</ol></div>
<main>
<div class="ecl-meta">Press release | 12 March 2025 | Brussels</div>
<h1>Commission launches plan to boost Europe's data spaces</h1>
<div class="ecl-page-actions"><a href="/commission/presscorner/api/files/document/print/en/ip_25_800/IP_25_800_EN.pdf"
>Print friendly pdf</a> <span>Share this page</span></div>
<div class="ecl-paragraph">
<p>Today, the Commission has presented a plan to make data easier to share across the European Union, building on
the common European data spaces already set up in health, energy and mobility.</p>
<ul>
<li><strong>Opening up public data:</strong> The Commission will publish at least 20 new high-value datasets by the
end of 2026, so that businesses and researchers can reuse them free of charge.</li>
<li><strong>Helping businesses comply:</strong> The Commission will launch a Data Act Help Desk, answering the
questions of small businesses, to be run by the European Data Innovation Board.</li>
</ul>
<h2>Quote(s)</h2>
<blockquote><p>"Data is the fuel of Europe's digital economy. Today we make it flow where it is needed."</p>
<p>Henna Virkkunen, Executive Vice-President for Tech Sovereignty, Security and Democracy</p></blockquote>
<h2>Background</h2>
<p>The Data Act entered into force on 11 January 2024 and applies from 12 September 2025. The data spaces bring
together data holders and users in each sector under common rules.</p>
<h2>For More Information</h2>
<p><a href="https://digital-strategy.ec.europa.eu/en/policies/data-spaces">Common European data spaces</a></p>
<p><a href="/commission/presscorner/detail/en/qanda_25_801">Questions and answers</a></p>
<p class="ecl-u-type-s">IP/25/800</p>
</div>
<div class="ecl-press-contacts">
<h3>Press contacts</h3>
<p>Thomas REGNIER<br>Phone: +32 2 29 9 1099<br>Mail: thomas.regnier@ec.europa.eu</p>
<p>Roberto SOLSI<br>Phone: +32 2 29 77556<br>Mail: roberto.solsi@ec.europa.eu</p>
<p>General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email</p>
</div>
<section class="ecl-media"><h3>Related media</h3><ul><li>Common European data spaces - infographic</li></ul></section>
</main>
<footer class="ecl-site-footer"><p>This site is managed by the Directorate-General for Communication</p></footer>
</body>
</html>
"""


def test_a_commission_press_release_has_its_issuer_number_day_and_place():
    doc = parse(RELEASE, "ip_25_800.html")
    assert (doc.issuer, doc.doc_number, doc.date_published, doc.kind) == (
        "European Commission", "IP/25/800", "2025-03-12", "news")
    assert doc.meta["location"] == "Brussels"


def test_a_commission_press_release_s_furniture_is_metadata_not_clauses():
    doc = parse(RELEASE, "ip_25_800.html")
    assert "+32 2 29 77556" in doc.meta["contact"] and "roberto.solsi@ec.europa.eu" in doc.meta["contact"]
    assert "Europe Direct" in doc.meta["contact"]
    assert doc.meta["quote_by"].startswith("Henna Virkkunen, Executive Vice-President")
    assert doc.meta["more_information"] == "Common European data spaces; Questions and answers"
    assert doc.meta["related_media"] == "Common European data spaces - infographic"
    clauses = segment(doc)
    said = [f"{c.heading}\n{c.text}" for c in clauses]
    for furniture in ("Print friendly", "Share this page", "IP/25/800", "Questions and answers", "REGNIER", "Mail:",
                      "Europe Direct", "Henna Virkkunen", "For More Information", "Press contacts",
                      "Related media", "infographic"):
        assert not any(furniture in s for s in said), furniture
    assert any("20 new high-value datasets" in c.text for c in clauses)
    assert any(c.text.startswith('"Data is the fuel') for c in clauses)


def test_the_commission_of_its_own_release_is_the_european_commission():
    clauses = segment(parse(RELEASE, "ip_25_800.html"))
    desk = next(c for c in clauses if "Help Desk" in c.text)
    assert desk.agencies.lead == ["European Commission"]
    assert desk.agencies.supporting == ["European Data Innovation Board"]
    datasets = next(c for c in clauses if "high-value datasets" in c.text)
    assert datasets.agencies.lead == ["European Commission"]
