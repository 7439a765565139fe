"""A European Parliament report (an A-document: a committee's report on a Commission proposal) read as what it is:
its header and cover are its metadata, each amendment one clause that keeps the Commission's text and Parliament's
apart, and its roll-call vote a list of who voted how.

The cover: "European Parliament / 2024-2029 / A10-0187/2025 / 24.11.2025" (the issuer, the term, the number, the
date), then "REPORT / on the proposal for a regulation … (Cloud and AI Development Act)" (the title), the procedure
line "(COM(2025)0612 – C10-0231/2025 – 2025/0298(COD))", "Committee on …" and "Rapporteur: …" (`meta`), and a
table of contents with dot leaders ("EXPLANATORY STATEMENT ........ 31", `meta.contents`). A report on a proposal
is no law: kind `draft`, not in force (`meta.document_type` "report").

An amendment: "Amendment 5 / Proposal for a regulation / Article 5 – paragraph 1 – point b" over a two-column
table, "Text proposed by the Commission | Amendment", then its justification. It becomes one heading, "Amendment 5
– Article 5(1)(b)" (numbering.py reads "Amendment 5" as its path), and one paragraph per column, labelled with
the column's name: "Text proposed by the Commission: …", "Amendment: …", "Justification: …". The amended article
is no article of the report. The Commission's column states what the proposal says, not what the report asks
for: drop_proposed_targets leaves its figures to the proposal (a PUE of 1.3 in the Commission's text, 1.2 in
Parliament's, is one goal, Parliament's). Amendment tables of other documents (an opinion, a plenary amendment
list) are read the same way, cover or not.
"""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import CELL, Block, Clause, Document

# the columns of an amendment's table: what is amended (the Commission's proposal, the act in force, a draft
# resolution, the draft report) and Parliament's amendment
_PROPOSED_LABELS = ("Text proposed by the Commission", "Present text", "Draft legislative resolution",
                    "Motion for a resolution", "Draft report", "Draft opinion")
_COLUMNS = re.compile(rf"^(?P<left>{'|'.join(_PROPOSED_LABELS)})\s*\|\s*Amendment$")
# a line of clause text that holds the amended text, as amendment_blocks writes it
_PROPOSED_LINE = re.compile(rf"^(?:{'|'.join(_PROPOSED_LABELS)}):\s", re.M)
_AMENDMENT = re.compile(r"^Amendment\s+(\d{1,4})$")
# the document an amendment amends, on the line over the provision: no clause, named by the title already
_AMENDED_DOC = re.compile(r"^(?:Proposal for an? (?:regulation|directive|decision)|Motion for a resolution|"
                          r"Draft (?:legislative )?resolution)$", re.I)
# the provision it amends: "Recital 4", "Article 5 – paragraph 1 – point c a (new)", "Annex I – point 2", "Citation 1"
_PROVISION = re.compile(r"^(?:Recital|Article|Annex|Citation|Title|Chapter|Section|Part)\b[^.;:]{0,150}$")
_PROVISION_PART = re.compile(r"^(paragraph|point|subparagraph|indent)\s+(.+?)$")
_JUSTIFICATION = re.compile(r"^Justification:?$")

# the cover: a session document's number ("A10-0187/2025"; B for a motion), its date ("24.11.2025"), the term
# ("2024-2029"), the word REPORT over "on the proposal …"
_SESSION_NUMBER = re.compile(r"^[AB]\d{1,2}-\d{4}/\d{4}$")
_DOTTED_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")
_TERM = re.compile(r"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$")
_HEADER_WORDS = re.compile(r"^(?:European Parliament|Plenary sitting|Session document)$", re.I)
_REPORT = re.compile(r"^(?:\*{0,3}\s*)?(REPORT|SECOND REPORT|INTERIM REPORT|RECOMMENDATION)$")
_PROCEDURE = re.compile(r"^\((?P<refs>[^()]*(?:\([^()]*\)[^()]*)*\d{4}/\d{4}\((?:COD|NLE|INI|APP|CNS|BUD|DEC|"
                        r"INL|RSP|ACI|IMM|REG|DCE|RPS|RSO|AVC|SYN|COS)\))\)$")
_COMMITTEE = re.compile(r"^Committee on [A-Z][^.;:]{3,150}$")
_RAPPORTEUR = re.compile(r"^(?P<role>Rapporteurs?(?: for the opinion)?)\s*(?P<mark>\(\*+\))?\s*:"
                         r"\s*(?P<who>\S.{1,200})$")
_FOOTNOTE = re.compile(r"^(?P<mark>\(\*+\))\s*(?P<note>\S.{1,200})$")
# an EP template's code over or before a heading ("PR_COD_1amCom", "PR_INI", "AD_Legam"): no words of the text
_TEMPLATE_CODE = re.compile(r"^[A-Z]{2}_[A-Za-z0-9_-]+(?:\s+|$)")
_CONTENTS = re.compile(r"^(?:CONTENTS|Contents)$")
_TOC_LINE = re.compile(r"^(?P<entry>\S.*?)\s*\.{4,}\s*\d{1,4}$")
# the roll call: "58 | +" over the groups' members who voted so, and the key to its symbols
_ROLL_CALL = re.compile(r"\bROLL[- ]CALL\b", re.I)
_COUNT_ROW = re.compile(rf"^(\d{{1,3}}){re.escape(CELL)}([+\-–0])$")
_VOTES = {"+": "In favour", "-": "Against", "–": "Against", "0": "Abstention"}
_SYMBOL_KEY = re.compile(r"^Key to symbols\b", re.I)


def ep_report(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks of doc less its cover, read into its metadata when it is a European Parliament report, with its
    amendments and roll call rewritten (any document's amendment tables are)."""
    blocks = _cover(doc, blocks)
    return _roll_call(amendment_blocks(blocks))


# ---- the cover ----------------------------------------------------------------------------------------------


def _cover(doc: Document, blocks: list[Block]) -> list[Block]:
    at = next((k for k, b in enumerate(blocks[:15]) if _REPORT.match(b.text)), None)
    if at is None or at + 1 >= len(blocks) or not blocks[at + 1].text.startswith("on "):
        return blocks
    head, cover_end = blocks[:at], _cover_end(blocks, at + 2)
    cover = blocks[at + 2:cover_end]
    if not (any(_SESSION_NUMBER.match(b.text) for b in head)
            or any(_PROCEDURE.match(b.text) or _RAPPORTEUR.match(b.text) for b in cover)):
        return blocks  # a page headed "REPORT" that is none of Parliament's
    kept = [b for b in head if not _header_fact(doc, b.text)]
    doc.title = f"{blocks[at].text.title()} {blocks[at + 1].text}"  # "Report on the proposal …"
    doc.issuer = doc.issuer or "European Parliament"
    doc.kind = "draft"  # a report on a proposal: Parliament's position on a draft, no law
    doc.meta.setdefault("document_type", "report")
    notes = {m["mark"]: m["note"] for b in cover if (m := _FOOTNOTE.match(b.text))}
    # the title stays the heading over the text: the draft resolution's heading under it heads its paragraphs
    kept.append(Block(doc.title, "heading", blocks[at].level if blocks[at].kind == "heading" else 1))
    for b in cover:
        if not _cover_fact(doc, b.text, notes) and not _FOOTNOTE.match(b.text):
            kept.append(b)
    return kept + _contents(doc, blocks[cover_end:])


def _cover_end(blocks: list[Block], start: int) -> int:
    """Where the cover's lines end: the first heading after them."""
    return next((k for k in range(start, len(blocks)) if blocks[k].kind == "heading"), len(blocks))


def _header_fact(doc: Document, text: str) -> bool:
    """Read a line of the header over the cover into doc; whether it was one."""
    if _SESSION_NUMBER.match(text):
        doc.doc_number = doc.doc_number or text
    elif _DOTTED_DATE.match(text) and iso_date(text):
        doc.date_written = doc.date_written or iso_date(text)
    elif _TERM.match(text):
        doc.meta.setdefault("term", text)
    elif _HEADER_WORDS.match(text):
        if text.lower() == "european parliament":
            doc.issuer = "European Parliament"
    else:
        return False
    return True


def _cover_fact(doc: Document, text: str, notes: dict[str, str]) -> bool:
    """Read a line of the cover under the title into doc's meta; whether it was one."""
    if m := _PROCEDURE.match(text):
        doc.meta.setdefault("procedure", m["refs"])
    elif _COMMITTEE.match(text):
        doc.meta.setdefault("committee", text)
    elif m := _RAPPORTEUR.match(text):
        note = f" ({notes[m['mark']]})" if m["mark"] in notes else ""
        key = "opinion_rapporteur" if "opinion" in m["role"] else "rapporteur"
        doc.meta.setdefault(key, m["who"] + note)
    else:
        return False
    return True


def _contents(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks less the template's codes before headings, and the table of contents (its entries with their
    page numbers go to meta.contents)."""
    out: list[Block] = []
    entries: list[str] = []
    in_contents = False
    for b in blocks:
        text = _TEMPLATE_CODE.sub("", b.text, count=1) if b.kind == "heading" else b.text
        if b.kind == "heading" and not text:
            continue  # "PR_COD_1amCom" alone
        if b.kind == "heading":
            in_contents = bool(_CONTENTS.match(text))
            if in_contents:
                continue
        elif in_contents and (m := _TOC_LINE.match(text)):
            entries.append(m["entry"])
            continue
        out.append(Block(text, b.kind, b.level))
    if entries:
        doc.meta.setdefault("contents", "; ".join(entries))
    return out


# ---- amendments ---------------------------------------------------------------------------------------------


def amendment_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks with each amendment ("Amendment N" over its provision and its two-column table) as a heading
    naming what it amends and a paragraph per column, labelled; other blocks as they are."""
    out: list[Block] = []
    k, section = 0, 0
    while k < len(blocks):
        read = _amendment(blocks, k, section)
        if read is None:
            section = blocks[k].level if blocks[k].kind == "heading" else section
            out.append(blocks[k])
            k += 1
            continue
        new, k = read
        out.extend(new)
    return out


def _amendment(blocks: list[Block], k: int, section: int) -> tuple[list[Block], int] | None:
    """The blocks of the amendment starting at k and the index after it, or None when none starts there. Its
    heading takes the level of the section it is in (the draft resolution's, whose paragraphs adopt it), so
    that the section's heading is read as one, not as the document's title."""
    m = _AMENDMENT.match(blocks[k].text)
    if m is None:
        return None
    j = k + 1
    provision: list[str] = []
    while j < min(len(blocks), k + 4) and blocks[j].kind != "heading" and CELL not in blocks[j].text:
        text = blocks[j].text
        if not (_AMENDED_DOC.match(text) or _PROVISION.match(text)):
            return None
        if not _AMENDED_DOC.match(text):
            provision.append(text)
        j += 1
    columns = _COLUMNS.match(blocks[j].text) if j < len(blocks) else None
    if columns is None:
        return None
    left, right, j = _rows(blocks, j + 1)
    if not right:
        return None
    level = blocks[k].level if blocks[k].kind == "heading" else 6
    level = section if 2 <= section < level else level
    label = " – ".join(provision_label(p) for p in provision)
    out = [Block(f"Amendment {m.group(1)}" + (f" – {label}" if label else ""), "heading", level)]
    if left:
        out.append(Block(f"{columns['left']}: {left}"))
    out.append(Block(f"Amendment: {right}"))
    justification, j = _justification(blocks, j)
    return out + justification, j


def _rows(blocks: list[Block], j: int) -> tuple[str, str, int]:
    """The two columns' texts of the table rows from j on and the index after them. A row of one cell right under
    the columns' names is the amendment's alone: the Commission's cell of a new provision is empty."""
    left: list[str] = []
    right: list[str] = []
    start = j
    while j < len(blocks) and blocks[j].kind == "para":
        cells = blocks[j].text.split(CELL)
        if len(cells) == 2:
            left.append(cells[0].strip())
            right.append(cells[1].strip())
        elif j == start and not _JUSTIFICATION.match(blocks[j].text):
            right.append(blocks[j].text.strip())
        else:
            break
        j += 1
    return " ".join(left), " ".join(right), j


def _justification(blocks: list[Block], j: int) -> tuple[list[Block], int]:
    """The amendment's justification ("Justification" over its paragraphs) as paragraphs of the amendment, and
    the index after them."""
    if j >= len(blocks) or not _JUSTIFICATION.match(blocks[j].text):
        return [], j
    out: list[Block] = []
    j += 1
    while j < len(blocks) and blocks[j].kind == "para" and not _AMENDMENT.match(blocks[j].text):
        out.append(Block(("Justification: " if not out else "") + blocks[j].text))
        j += 1
    return out, j


def provision_label(text: str) -> str:
    """"Article 5 – paragraph 1 – point b" as cited, "Article 5(1)(b)"; "point c a (new)" gives "(ca) (new)";
    what is no paragraph or point of an article stays as written ("Annex I – point 2", "Recital 4")."""
    new = text.endswith("(new)")
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+", text.removesuffix("(new)").strip())]
    if not re.fullmatch(r"Article\s+\d+\s*[a-z]?(?:\s[a-z])?", parts[0]):
        return text
    label = "Article " + re.sub(r"\s+", "", parts[0].removeprefix("Article"))  # "Article 2 a" is Article 2a
    for part in parts[1:]:
        m = _PROVISION_PART.match(part)
        if m is None or m.group(1) not in ("paragraph", "point"):
            return text
        label += f"({m.group(2).replace(' ', '')})"
    return label + (" (new)" if new else "")


def drop_proposed_targets(clauses: list[Clause]) -> None:
    """An amendment's Commission column says what the proposal sets, not what the report asks for: the goals found
    in it are the proposal's, and the clause (path "Amendment N") keeps those of its amendment column only."""
    for c in clauses:
        if not _AMENDMENT.match(c.path.split(" > ")[0].split(" [")[0]):
            continue
        spans = [(m.start(), _line_end(c.text, m.start())) for m in _PROPOSED_LINE.finditer(c.text)]
        if not spans or not c.targets:
            continue
        c.targets = [t for t in c.targets if not any(s <= t.start < e for s, e in spans)]
        if not c.targets:
            c.tags = [t for t in c.tags if t != "targets"]
            c.evidence.pop("targets", None)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


# ---- the roll call ------------------------------------------------------------------------------------------


def _roll_call(blocks: list[Block]) -> list[Block]:
    """Under a roll call's heading, each count row ("58 | +") and the groups' rows under it as one paragraph,
    "In favour (58): ECR – Nicola Procaccini, Anna Zalewska; PPE – …": a count is no item's number."""
    out: list[Block] = []
    in_call = False
    group = False
    for b in blocks:
        if b.kind == "heading":
            in_call = bool(_ROLL_CALL.search(b.text))
        m = _COUNT_ROW.match(b.text) if in_call and b.kind == "para" else None
        if m is not None:
            group = True
            out.append(Block(f"{_VOTES[m.group(2)]} ({m.group(1)}):"))
            continue
        if group and b.kind == "para" and b.text.count(CELL) == 1:
            party, members = b.text.split(CELL)
            sep = " " if out[-1].text.endswith(":") else "; "
            out[-1].text += f"{sep}{party.strip()} – {members.strip()}"
            continue
        group = False
        if in_call and b.kind == "para" and _SYMBOL_KEY.match(b.text):
            continue  # the key's words are the counts' labels now
        out.append(b)
    return out
