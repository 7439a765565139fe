"""ingest.communique (with ingest.parse, ingest.margins and ingest.margin_notes): a French press release's label,
"Publié le …", number and dateline give its date and kind; its press contacts are metadata, not clauses."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

PAGE = ("<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>France 2030 : le Gouvernement lance la "
        "stratégie | economie.gouv.fr</title></head><body><main><p class='fr-tag'>Communiqué de presse</p>"
        "<h1>France 2030 : le Gouvernement lance la stratégie</h1><p class='date'>{published}</p>"
        "<p class='ref'>Communiqué n° 1234</p>"
        "<p><strong>Paris, le 10 février 2026</strong> – La ministre a présenté la stratégie nationale.</p>"
        "<p>Cette phase mobilisera 2,5 milliards d'euros d'ici 2030.</p>"
        "<h2>Contacts presse</h2><p>Cabinet de la ministre déléguée chargée du Numérique<br>"
        "Tél. : 01 53 18 00 00<br>Courriel : presse@example.gouv.fr</p></main></body></html>")


def test_a_french_release_s_label_dates_and_number_are_metadata():
    # date "" and kind "" before; "Communiqué de presse" was ¶1 and "Communiqué n° 1234" headed the text
    doc = parse(PAGE.format(published="Publié le 10 février 2026"), "fr.html")
    assert (doc.kind, doc.date_published, doc.date_written) == ("news", "2026-02-10", "2026-02-10")
    assert doc.meta["release_number"] == "Communiqué n° 1234"
    clauses = segment(doc)
    assert clauses[0].text.startswith("Paris, le 10 février 2026 – La ministre")
    assert not any(c.text.startswith(("Communiqué", "Publié")) or "Communiqué n° 1234" in c.headings
                   for c in clauses)


def test_a_french_dateline_alone_dates_it_and_a_first_day_is_1er():
    page = PAGE.format(published="Mis à jour le 1er mars 2026")
    doc = parse(page, "fr.html")
    assert (doc.date, doc.meta["date_updated"]) == ("2026-02-10", "2026-03-01")


def test_a_press_contact_heading_s_lines_are_one_contact():
    # three clauses before: the office, "Tél. : …", "Courriel : …"
    doc = parse(PAGE.format(published="Publié le 10 février 2026"), "fr.html")
    assert doc.meta["contact"] == ("Contacts presse: Cabinet de la ministre déléguée chargée du Numérique; "
                                   "Tél. : 01 53 18 00 00; Courriel : presse@example.gouv.fr")
    assert segment(doc)[-1].text == "Cette phase mobilisera 2,5 milliards d'euros d'ici 2030."


def test_a_contact_heading_over_sentences_stays_text():
    page = PAGE.replace("Tél. : 01 53 18 00 00<br>Courriel : presse@example.gouv.fr",
                        "Écrivez-nous au 01 53 18 00 00 pour toute question.")
    doc = parse(page.format(published="Publié le 10 février 2026"), "fr.html")
    assert "contact" not in doc.meta
