"""The formulas and signatures around a document's body, read into its metadata and kept out of its clauses:
a memorandum's addressees and subject, an act's enacting formula, the signature and dateline that close an
English text (an order's, a session law's signatories and the governor's approval), and the signatures and
imprint that close a Chinese official document."""

from __future__ import annotations

import re

from ingest.margins import EN_DATE, ORG_ALONE, ORG_SIGNATURE
from ingest.metadata import (
    MONTH_ALONE,
    MONTH_YEAR,
    find_signature,
    is_date_line,
    is_org_line,
    iso_date,
    smart_title,
    title_issuers,
)
from ingest.types import Block, Document

_ADDRESSED = re.compile(r"^(?:MEMORANDUM FOR|BY THE PRESIDENT OF THE UNITED STATES)\b")
_ENACTING = re.compile(r"^HA(?:VE|S) ADOPTED TH(?:IS|E PRESENT) (?:REGULATION|DIRECTIVE|DECISION)\s*:?$")
# a US act's: "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:", which names who enacts it
_BE_IT_ENACTED = re.compile(r"^BE IT ENACTED BY THE (?P<who>[A-Z][A-Za-z ,]{4,120}?)\s*:?$", re.I)
# California's (and its people's initiatives'): "The people of the State of California do enact as follows:"
_PEOPLE_ENACT = re.compile(r"^The people of the (?P<who>State of [A-Z][a-z]+(?: [A-Z][a-z]+)?) do enact as follows:?$",
                           re.I)
_SUBJECT = re.compile(r"^(?:SUBJECT|Subject|RE|Re)\s*:\s*")
# what opens a memorandum's body after its subject: "Section 1.", "Sec. 1", "1.", "(a)"
_BODY_START = re.compile(r"^(?:Section|Sec\.|SECTION|Article|ARTICLE)\s|^\(?\w{1,4}[.)]\s")
_CAPS_LINE = re.compile(r"^[A-Z][A-Z0-9 ,.'&()-]*$")
_SIGNED = re.compile(r"^(?:THE WHITE HOUSE,?|[A-Z][a-z]+ \d{1,2}, \d{4}\.?|[A-Z][A-Z.]*(?: [A-Z][A-Z.]*)+)$")
# a UK Act's: "BE IT ENACTED by the King's most Excellent Majesty, … in this present Parliament assembled, …"
_UK_ENACTED = re.compile(r"^BE IT ENACTED by the (?:King|Queen)[’']s most Excellent Majesty\b.{0,400}"
                         r"\bParliament assembled\b", re.S)


def formulas(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the addressees and the subject of a memorandum, an EU act's enacting formula and the closing
    signature and dateline of an order into meta: they say who, what and when (kept as metadata), not
    what the text provides."""
    blocks = _zh_colophon(doc, _zh_month_signature(doc, _zh_signatures(doc, _without_downloads(blocks))))
    if doc.lang == "zh" or not blocks:
        return blocks
    first = next((i for i, b in enumerate(blocks) if b.kind == "para"), None)
    if first is not None and _ADDRESSED.match(blocks[first].text):
        end = first
        while end < len(blocks) and blocks[end].kind == "para" and len(blocks[end].text) <= 120 \
                and _CAPS_LINE.match(blocks[end].text):
            end += 1
        doc.meta["addressees"] = "; ".join(b.text for b in blocks[first:end])
        del blocks[first:end]
    if first is not None and first < len(blocks) and _SUBJECT.match(blocks[first].text):
        # "SUBJECT: Advancing … Leadership in" wrapped over several short lines: the memo's title, one
        # field of metadata, not four clauses of a line each
        end, subject = first + 1, blocks[first].text
        while (end < len(blocks) and not subject.rstrip().endswith((".", ":")) and len(blocks[end].text) <= 80
               and not _BODY_START.match(blocks[end].text)):
            subject += " " + blocks[end].text
            end += 1
        doc.meta["subject"] = _SUBJECT.sub("", subject).strip()
        del blocks[first:end]
    formula = next((i for i, b in enumerate(blocks) if _ENACTING.match(b.text)), None)
    if formula is not None:  # "HAVE ADOPTED THIS REGULATION:" between the recitals and the articles
        doc.meta["enacting_formula"] = blocks.pop(formula).text
    enacted = next((i for i, b in enumerate(blocks[:8]) if _BE_IT_ENACTED.match(b.text)), None)
    if enacted is not None:  # "BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:": who enacts it
        doc.meta.setdefault("enacting_formula", blocks[enacted].text)
        doc.issuer = doc.issuer or smart_title(_BE_IT_ENACTED.match(blocks.pop(enacted).text).group("who"))
    enacted = next((i for i, b in enumerate(blocks[:8]) if _PEOPLE_ENACT.match(b.text)), None)
    if enacted is not None:  # the people of a state enact it: the state is who issued it
        doc.meta.setdefault("enacting_formula", blocks[enacted].text)
        doc.issuer = doc.issuer or smart_title(_PEOPLE_ENACT.match(blocks.pop(enacted).text).group("who"))
    enacted = next((i for i, b in enumerate(blocks[:8]) if _UK_ENACTED.match(b.text)), None)
    if enacted is not None:  # the words every Act of the UK Parliament opens with: who enacts it
        doc.meta.setdefault("enacting_formula", blocks.pop(enacted).text)
        doc.issuer = doc.issuer or "Parliament of the United Kingdom"
    return _en_signature(doc, _en_month_signature(doc, _minister_signature(doc, blocks)))


# a minister's signature closing a cabinet paper: "Hon Dr Shane Reti" over "Minister of Science, Innovation and
# Technology" (one office line or more); a person, so no issuer
_HONOURABLE = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+)?Hon(?:ourable|\.)?\s+(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Prof)\.?\s+)?"
                         r"[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}(?:\s+(?:MP|KC|QC|MLA|MLC))?$")
_MINISTER = re.compile(r"^(?:(?:Associate|Deputy|Acting)\s+)?(?:Prime\s+Minister|Minister|Secretary\s+of\s+State|"
                       r"Treasurer|Attorney-General)(?:\s+(?:of|for)\s+[A-Z][^.;:]{2,100})?$")


def _minister_signature(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the minister's name and office that close a paper into meta["signed"]: they are no part of its last
    recommendation."""
    offices = 0
    while offices < 3 and len(blocks) > offices + 2 and blocks[-1 - offices].kind == "para" and \
            _MINISTER.match(blocks[-1 - offices].text.strip()):
        offices += 1
    name = blocks[-1 - offices].text.strip() if offices else ""
    if not offices or not (_HONOURABLE.match(name) or _SIGNER_NAME.match(name)):
        return blocks
    doc.meta.setdefault("signed", ", ".join(b.text.strip() for b in blocks[-1 - offices:]))
    return blocks[:-1 - offices]


# the signatures that close an enrolled act: a name over its office in capitals ("Jared S. Polis" over
# "GOVERNOR OF THE STATE OF COLORADO"), and the governor's approval ("APPROVED Friday, May 17, 2024 at 4:47 p.m.")
_SIGNER_NAME = re.compile(r"^[A-Z][a-z]+\.?(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){1,3}$")
_APPROVED = re.compile(rf"^(?:APPROVED|Approved|SIGNED|Signed)\b,?\s+(?:(?:on\s+)?[A-Z][a-z]+day,?\s+)?(?:{EN_DATE})"
                       r"(?:,?\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?)?\.?$")


# a dateline alone, in any case: "1 MARCH 2024" under a Singapore ministry's name
_DAY_ONLY = re.compile(rf"^(?:{EN_DATE})\.?$", re.I)
# what may follow a signature: an annex or a factsheet ("Annex A: Factsheet on …", "Appendix 1")
_ANNEX = re.compile(r"^(?:Annex(?:ure)?|Appendix|Attachment|Enclosure|Schedule|Fact\s*sheet)\b", re.I)


def _signature_line(text: str, below: list[str]) -> bool:
    """Whether a line closing an English text is part of its signature, given the signature's lines below it."""
    if len(text) > 60:
        return False
    return bool(_SIGNED.match(text) or _APPROVED.match(text) or _DAY_ONLY.match(text)
                or _SIGNER_NAME.match(text) and below and _CAPS_LINE.match(below[0]) and not iso_date(below[0]))


def _en_signature(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the signature and dateline that close an English text into meta["signed"] ("THE WHITE HOUSE,
    January 23, 2025."; "Shenzhen Development and Reform Commission" over "December 25, 2023"; the six
    ministries over the day of a joint plan; an act's signatories and the governor's approval): its day is the
    day written, the offices named over it the issuer. A dated signature may close the text before its annex
    ("MINISTRY OF COMMUNICATIONS AND INFORMATION" over "1 MARCH 2024", then "Annex A: Factsheet …")."""
    annex = next((i for i, b in enumerate(blocks) if i and b.kind == "heading" and _ANNEX.match(b.text)), None)
    if annex is not None and (body := _signed_off(doc, blocks[:annex], dated=True)) is not None:
        return body + blocks[annex:]
    body = _signed_off(doc, blocks, dated=False)
    return blocks if body is None else body


def _signed_off(doc: Document, blocks: list[Block], dated: bool) -> list[Block] | None:
    """The blocks less the signature closing them, read into doc; None, and nothing read, if there is none (or,
    dated, none with a day)."""
    blocks, signed, offices = list(blocks), [], []
    while len(blocks) > 1 and _signature_line(blocks[-1].text, signed):
        signed.insert(0, blocks.pop().text)
    day = iso_date(" ".join(signed))
    if not signed or dated and not day:
        return None
    while day and len(blocks) > 1 and len(offices) < 8 and blocks[-1].kind == "para" and _office(blocks[-1].text):
        offices.insert(0, blocks.pop().text)
    named = [smart_title(line) for line in offices + signed if _office(line)]
    if len(named) == 1:
        doc.issuer = doc.issuer or named[0]
    elif named and (not doc.issuer or doc.issuer in named):
        doc.issuer = "; ".join(named)  # a joint plan's ministries (a name may hold a comma, never a semicolon)
    doc.meta["signed"] = " ".join(filter(None, ["; ".join(offices), " ".join(signed)]))
    doc.date_written = doc.date_written or day
    return blocks


def _office(text: str) -> bool:
    """Whether a line is an office's name alone ("Cyberspace Administration of China", "MINISTRY OF FINANCE")."""
    text = smart_title(text.strip())
    return len(text) <= 100 and bool(ORG_SIGNATURE.match(text) or ORG_ALONE.match(text))


# the imprint at the foot of a Chinese official document (版记): how it is made public, who it is copied
# to, who printed it and when. It says nothing the text provides, and would be read as the last article's.
_COLOPHON = {
    "publicity": re.compile(r"^(?:公开方式[：:]\s*\S{2,8}|[（(]此件(?:不予)?(?:主动)?公开(?:发布)?[）)]"
                            r"|[（(](?:信息)?公开(?:方式|形式)[：:]\s*[^）)\s]{2,8}[）)])$"),
    "copied_to": re.compile(r"^抄\s*送[：:]"),
    "printed": re.compile(r"^\S.{0,40}?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$"),
}

# the link to a file that a page prints after the document ("附件下载：贵州省算力产业人才支持申报表.docx") or over the
# annex it prints below ("附件：重点任务分工表.docx" over "附件" and the annex's title)
_DOWNLOAD = re.compile(r"^(?:附件下载|相关附件|附件)[：:]\s*\S.{0,120}\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)$", re.I)


def _without_downloads(blocks: list[Block]) -> list[Block]:
    """The blocks but the page's links to files, wherever they stand: a file's name is no text of the document."""
    return [b for b in blocks if b.kind != "para" or not _DOWNLOAD.match(b.text)]


def _zh_colophon(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the imprint lines that end a Chinese document into meta ("公开方式：主动公开", "抄送：…",
    "广州市人民政府办公厅秘书处 2024年7月29日印发")."""
    while blocks and blocks[-1].kind == "para" and len(blocks[-1].text) <= 200:
        field = next((k for k, rx in _COLOPHON.items() if rx.match(blocks[-1].text)), None)
        if field is None:
            break
        doc.meta[field] = "; ".join(filter(None, [blocks.pop().text, doc.meta.get(field, "")]))
    return blocks


def _zh_signatures(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move each signature of a Chinese document (lines of organisation names, then a date line on
    its own) into meta["signed"]; the first also gives the issuer and the date when none is known. The note
    right under a notice's signature, （此件公开发布）, goes to meta with it: the plan the notice issues follows."""
    out: list[Block] = []
    signed: list[str] = []
    signatories = ""
    just_signed = False
    for block in blocks:
        field = next((k for k, rx in _COLOPHON.items() if rx.match(block.text)), None) if just_signed else None
        if field is not None and block.kind == "para":  # and so does its imprint, "科技部办公厅 2026年3月25日印发"
            doc.meta.setdefault(field, block.text)
            continue
        just_signed = False
        orgs = 0
        while orgs < len(out) and out[-1 - orgs].kind == "para" and is_org_line(out[-1 - orgs].text):
            orgs += 1
        if block.kind == "para" and is_date_line(block.text) and orgs and len(out) > orgs:
            lines = [b.text for b in out[-orgs:]] + [block.text]
            del out[-orgs:]
            if not signed:
                signatories, written = find_signature(lines)
                _signer_issues(doc, signatories)
                doc.issuer, doc.date_written = doc.issuer or signatories, doc.date_written or written
            signed.append(" ".join(lines))
            just_signed = True
            continue
        out.append(block)
    if signed:
        doc.meta["signed"] = "; ".join(signed)
    _joint_issuer(doc, signatories)
    return out


def _signer_issues(doc: Document, signatories: str) -> None:
    """Make the body that signs a notice its issuer where the title names it too ("滨江大学关于印发…的通知",
    signed "滨江大学"), over a page's 发布机构, the office that only put it online (学校办公室), which stays in
    meta["发布机构"] as a gkmlpt page keeps it."""
    if doc.issuer and signatories and doc.issuer != signatories and doc.title.startswith(f"{signatories}关于"):
        doc.meta.setdefault("发布机构", doc.issuer)
        doc.issuer = signatories


# the month alone under a signature that closes a paper: a LegCo paper's "創新科技及工業局 / 2025年10月"
_MONTH_ONLY = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月$")


def _zh_month_signature(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the signature that closes a Chinese paper with its month only (an office's name over 2025年10月)
    into meta["signed"]: no day is read from it, but it is no part of the last paragraph. Only at the very end,
    where nothing but a signature stands."""
    if len(blocks) < 3 or not all(b.kind == "para" for b in blocks[-2:]) or not _MONTH_ONLY.match(
            blocks[-1].text.strip()) or not is_org_line(blocks[-2].text):
        return blocks
    doc.meta["signed"] = "; ".join(filter(None, [doc.meta.get("signed", ""), f"{blocks[-2].text} {blocks[-1].text}"]))
    doc.issuer = doc.issuer or blocks[-2].text
    return blocks[:-2]


# …and an English paper's: "Department for Science, Innovation and Technology" over "April 2026"
_EN_OFFICE_MONTH = re.compile(rf"^(?P<office>.{{4,100}}?)\s+(?P<month>{MONTH_YEAR})$")


def _en_month_signature(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the office over the month that closes an English paper (on two lines of one block, or two blocks) into
    meta["signed"]; the office is the issuer where none is known. Only at the very end, as in Chinese."""
    if len(blocks) < 3 or blocks[-1].kind != "para":
        return blocks
    lines = [line.strip() for line in blocks[-1].text.split("\n") if line.strip()]
    joined = _EN_OFFICE_MONTH.match(lines[0]) if len(lines) == 1 else None
    if len(lines) == 2:
        office, month, keep = lines[0], lines[1], blocks[:-1]
    elif joined:  # its two lines read as one: "Department for … Technology April 2026"
        office, month, keep = joined["office"], joined["month"], blocks[:-1]
    elif len(lines) == 1 and blocks[-2].kind == "para" and "\n" not in blocks[-2].text.strip():
        office, month, keep = blocks[-2].text.strip(), lines[0], blocks[:-2]
    else:
        return blocks
    if not MONTH_ALONE.match(month) or not _office(office):
        return blocks
    doc.meta["signed"] = "; ".join(filter(None, [doc.meta.get("signed", ""), f"{office}, {month}"]))
    doc.issuer = doc.issuer or smart_title(office)
    return keep


def _joint_issuer(doc: Document, signatories: str) -> None:
    """Name every department that issued a joint notice (联合印发) when the issuer known is one of them: its
    signature ("南京市工业和信息化局 南京市发展和改革委员会 … 2025年5月20日") or its title ("A局 B委员会关于印发…")
    names them all, a page's 发布机构 the first only."""
    for named in (signatories.split("、"), title_issuers(doc.title)):
        if len(named) > 1 and (not doc.issuer or doc.issuer in named):
            doc.issuer = "、".join(named)
            return
