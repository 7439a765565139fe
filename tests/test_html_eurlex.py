"""EUR-Lex Official Journal acts: who adopted them, what closes them and the OJ's notes under them."""

from __future__ import annotations

from ingest.parse import parse
from ingest.segment import segment

_ROW = ('<table><tbody><tr><td><p class="oj-normal">{n}</p></td><td><p class="oj-normal">{text}</p></td></tr>'
        '</tbody></table>')


def _act(title: list[str], preamble: str, signatories: str, closing: bool = True) -> str:
    heads = "".join(f'<p class="oj-doc-ti">{line}</p>' for line in title)
    end = ('<p class="oj-normal">This Regulation shall be binding in its entirety and directly applicable in all '
           'Member States.</p><p class="oj-normal">Done at Brussels, 18 June 2026.</p>'
           f'<div class="oj-signatory">{signatories}</div>') if closing else ""
    return f"""<!DOCTYPE html><html lang="en"><head><title>EUR-Lex</title></head><body>
<div class="eli-container">
<table class="oj-table"><tr><td class="oj-hd-date">19.6.2026</td><td class="oj-hd-lg">EN</td>
<td class="oj-hd-ti">Official Journal of the European Union</td><td class="oj-hd-oj">L series</td></tr></table>
<p class="oj-hd-oj">2026/1187</p>
<div class="eli-main-title">{heads}<p class="oj-doc-ti">(Text with EEA relevance)</p></div>
<div class="eli-subdivision" id="pbl_1">
<p class="oj-normal">{preamble}</p>
<p class="oj-normal">Having regard to Regulation (EU) 2024/1689 of the European Parliament and of the Council
<a id="ntc1-X" href="#ntr1-X">(<span class="oj-super oj-note-tag">1</span>)</a>, and in particular Article 58(1)
thereof,</p>
<p class="oj-normal">Whereas:</p>
<div class="eli-subdivision" id="rct_1">{_ROW.format(n="(1)", text="Sandboxes should be open to SMEs.")}</div>
<p class="oj-normal">HAS ADOPTED THIS REGULATION:</p></div>
<div id="enc_1">
<div class="eli-subdivision" id="art_1"><p class="oj-ti-art">Article 1</p>
<div class="eli-title"><p class="oj-sti-art">Selection criteria</p></div>
<p class="oj-normal">Competent authorities shall reserve at least 30 % of the places available in each call for
SMEs.</p></div>
<div class="eli-subdivision" id="art_2"><p class="oj-ti-art">Article 2</p>
<div class="eli-title"><p class="oj-sti-art">Entry into force</p></div>
<p class="oj-normal">This Regulation shall enter into force on the twentieth day following that of its publication in
the <span class="oj-italic">Official Journal of the European Union</span>.</p></div>
</div>
{end}
<hr class="oj-note">
<p class="oj-note"><a id="ntr1-X" href="#ntc1-X">(<span class="oj-super">1</span>)</a>  <a href="#">OJ L, 2024/1689,
12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj</a>.</p>
<div class="eli-container" id="anx_I"><p class="oj-doc-ti">ANNEX I</p>
<p class="oj-doc-ti">Elements of the sandbox plan</p>
{_ROW.format(n="1.", text="identification of the participant;")}
</div></div></body></html>"""


IMPLEMENTING = _act(
    ["COMMISSION IMPLEMENTING REGULATION (EU) 2026/1187", "of 18 June 2026",
     "laying down detailed arrangements for AI regulatory sandboxes pursuant to Regulation (EU) 2024/1689 of the "
     "European Parliament and of the Council"],
    "THE EUROPEAN COMMISSION,",
    '<p class="oj-signatory">For the Commission</p><p class="oj-signatory">The President</p>'
    '<p class="oj-signatory">Ursula VON DER LEYEN</p>')
LEGISLATIVE = _act(
    ["REGULATION (EU) 2024/1689 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", "of 13 June 2024",
     "laying down harmonised rules on artificial intelligence"],
    "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,",
    '<p class="oj-signatory">For the European Parliament</p><p class="oj-signatory">The President</p>'
    '<p class="oj-signatory">R. METSOLA</p><p class="oj-signatory">For the Council</p>'
    '<p class="oj-signatory">The President</p><p class="oj-signatory">M. MICHEL</p>')


def test_a_commission_implementing_regulation_is_the_commission_s_not_its_basic_act_s_makers():
    # it was "European Parliament and Council of the European Union", the makers of the act it is adopted under
    doc = parse(IMPLEMENTING, "impl.html")
    assert doc.issuer == "European Commission"
    assert (doc.doc_number, doc.date_written, doc.kind) == ("Regulation (EU) 2026/1187", "2026-06-18", "regulation")


def test_a_commission_act_is_the_commission_s_by_its_title_or_its_signature_where_its_preamble_is_not_read():
    unopened = IMPLEMENTING.replace("THE EUROPEAN COMMISSION,", "Having regard to the Treaty,")
    assert parse(unopened, "impl.html").issuer == "European Commission"  # "COMMISSION IMPLEMENTING REGULATION"
    untitled = unopened.replace("COMMISSION IMPLEMENTING REGULATION", "IMPLEMENTING REGULATION")
    assert parse(untitled, "impl.html").issuer == "European Commission"  # "For the Commission"


def test_a_legislative_act_stays_the_parliament_s_and_the_council_s():
    doc = parse(LEGISLATIVE, "act.html")
    assert doc.issuer == "European Parliament and Council of the European Union"
    assert doc.meta["signed"] == ("Done at Brussels, 18 June 2026. For the European Parliament, The President, "
                                  "R. METSOLA; For the Council, The President, M. MICHEL")


def test_the_binding_formula_and_the_signature_are_metadata_not_the_last_article_s_text():
    # "This Regulation shall be binding … Done at Brussels, 18 June 2026. For the Commission The President Ursula
    # VON DER LEYEN" ran on as the text of the last article, "Entry into force"
    doc = parse(IMPLEMENTING, "impl.html")
    assert doc.meta["closing"] == ("This Regulation shall be binding in its entirety and directly applicable in all "
                                   "Member States.")
    assert doc.meta["signed"] == ("Done at Brussels, 18 June 2026. For the Commission, The President, "
                                  "Ursula VON DER LEYEN")
    clauses = segment(doc)
    last = next(c for c in clauses if c.path.endswith("Article 2"))
    assert last.text.endswith("Official Journal of the European Union.")
    assert not any("Done at" in c.text or "binding in its entirety" in c.text or "LEYEN" in c.text for c in clauses)
    assert any(c.path.startswith("ANNEX I") and "identification" in c.text for c in clauses)


def test_the_oj_notes_are_metadata_and_the_oj_header_dates_publication():
    # the notes were dropped with their markers, and the header's date, a cell of its table, was not read
    doc = parse(IMPLEMENTING, "impl.html")
    assert doc.meta["footnotes"] == "1 OJ L, 2024/1689, 12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj."
    assert (doc.date_published, doc.meta["oj"]) == ("2026-06-19", "OJ L, 2026/1187")
    assert not any("12.7.2024" in b.text for b in doc.blocks)


def test_an_act_without_a_signature_keeps_its_last_article_whole():
    doc = parse(_act(["COMMISSION DECISION (EU) 2026/5", "of 18 June 2026", "on sandboxes"],
                     "THE EUROPEAN COMMISSION,", "", closing=False), "d.html")
    assert "signed" not in doc.meta and "closing" not in doc.meta
    assert doc.issuer == "European Commission"
