"""The cover of a parliamentary committee's report ("The Senate" / "Select Committee on …" over its title,
"Final report", "November 2025", "© Commonwealth of Australia 2025", "ISBN …"), a Command Paper's ("Presented to
Parliament … by Command of His Majesty", "April 2026", "CP 1421") and a Crown copyright line that
closes a government page ("© His Majesty the King in right of Canada, represented by the President of the
Treasury Board, 2026"), read into the document's metadata and kept out of its clauses."""

from __future__ import annotations

import re

from ingest.metadata import MONTH_ALONE
from ingest.types import Block, Document

# the house a committee reports to, on a line of its own over the committee's name
_HOUSE = re.compile(r"^(?:The )?(?P<house>Senate|House of Representatives|House of Commons|House of Lords|"
                    r"Legislative Council|Legislative Assembly|National Assembly)$")
# the committee: "Select Committee on Sovereign AI Capability", "Economics References Committee", "Science,
# Innovation and Technology Committee", "Joint Standing Committee on Foreign Affairs, Defence and Trade"
_COMMITTEE = re.compile(r"^(?:[A-Z][\w'’,\-]*\s+(?:and\s+)?){0,6}Committee(?:\s+(?:on|for|of)\s+[A-Z].{2,120})?$")
# what the cover says the document is: "Final report", "Interim report", "Report"
_REPORT = re.compile(r"^(?:(?:Final|Interim|First|Second|Third|Fourth|Fifth|Sixth|Special|Advisory|Additional)\s+)?"
                     r"[Rr]eport$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\b)\s*.{2,200}$", re.I)
_ISBN = re.compile(r"^ISBNs?\s*:?\s*(?:97[89][\d\- ]{10,17}|\d[\d\- ]{8,12}[\dX]).{0,60}$")
# the Crown's copyright, which says whose office holds it: "… in right of Canada, represented by the President
# of the Treasury Board, 2026" (the Treasury Board; a minister's "Minister of Health" names no body, so none)
_CROWN = re.compile(r"^©\s*(?:His|Her) Majesty the (?:King|Queen) in right of [A-Z][\w ]+?"
                    r"(?:,\s*(?:as\s+)?represented by the (?:President of the (?P<body>[A-Z][\w’' ]{2,80}?)|"
                    r"[A-Z][^,]{2,100}))?,?\s*"
                    r"(?:19|20)\d{2}\.?$")


def committee_cover(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less a committee report's cover lines, read into doc: the house and committee over the title (the
    issuer, "Senate Select Committee on …"), what the cover calls it (kind `report`, `meta.document_type`), its
    month (`meta.cover_date`: a month alone gives no date), its copyright and ISBN (`meta`)."""
    top = [i for i, b in enumerate(blocks[:4]) if b.kind == "para" and _HOUSE.match(b.text.strip())]
    if not top or top[0] + 1 >= len(blocks) or not _COMMITTEE.match(blocks[top[0] + 1].text.strip()):
        return blocks
    at = top[0]
    house = _HOUSE.match(blocks[at].text.strip()).group("house")
    committee = blocks[at + 1].text.strip()
    doc.issuer = doc.issuer or (committee if committee.startswith(house) else f"{house} {committee}")
    doc.meta.setdefault("committee", committee)
    kept = blocks[:at]
    cover = True
    for block in blocks[at + 2:]:
        text = block.text.strip()
        if cover and block.kind == "heading" and text == doc.title:
            kept.append(block)  # the title, which the outline reads past
            continue
        if cover and block.kind == "para" and _cover_line(doc, text):
            continue
        cover = False
        kept.append(block)
    return kept


# a member named with the title a house gives, "Senator Tony Sheldon", "The Hon Ed Husic MP", "Dr Sophie Scamps MP"
_MEMBER = (r"(?:Senator|(?:The\s+)?Hon(?:ourable)?\.?|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Baroness|Professor)\s+"
           r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}(?:\s+(?:MP|MLC|MLA|MSP|QC|KC|AM|AO|OAM))*")
# the office a member signs with, "Chair", "Deputy Chair", "Chairman", "Presiding Member"
_OFFICE = r"(?:(?:Deputy\s+|Acting\s+)?Chair(?:man|woman|person)?|Presiding\s+Member|Member|Participating\s+Member)"
_SIGNER = re.compile(rf"^{_MEMBER}$")
_SIGNER_OFFICE = re.compile(rf"^{_OFFICE}$")
# a line of the membership list: "Senator Tony Sheldon, Chair, New South Wales, ALP"
_MEMBERSHIP = re.compile(rf"^{_MEMBER},\s*{_OFFICE}(?:,\s*[A-Z][\w ’'\-]{{1,40}}){{0,3}}$")
_MEMBERSHIP_HEAD = re.compile(r"^(?:Membership|Members)(?: of the [Cc]ommittee)?$|^Committee [Mm]embership$")


# a Command Paper's cover: "Presented to Parliament by the Secretary of State for Science, Innovation and
# Technology by Command of His Majesty", then its month and its number ("CP 1421", "Cm 9876", "SG/2026/45")
_PRESENTED = re.compile(r"^(?:Laid before|Presented to) (?:both Houses of )?(?:Parliament|the Scottish Parliament|"
                        r"the Senedd|the Northern Ireland Assembly)\b.{0,200}$")
_COMMAND_NUMBER = re.compile(r"^(?:CP|Cm|Cmnd|HC|SG/\d{4}/|NIA)\s?\d{1,5}(?:-[IVX]+)?$")


def command_cover(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less a Command Paper's cover lines under its title, read into doc: who presented it
    (`meta.presented`), its month (`meta.cover_date`) and its number (the document number)."""
    at = next((i for i, b in enumerate(blocks[:4]) if b.kind == "para" and _PRESENTED.match(b.text.strip())), None)
    if at is None:
        return blocks
    doc.meta.setdefault("presented", blocks[at].text.strip())
    end = at + 1
    while end < min(len(blocks), at + 4) and blocks[end].kind == "para":
        text = blocks[end].text.strip()
        if MONTH_ALONE.match(text):
            doc.meta.setdefault("cover_date", text)
        elif _COMMAND_NUMBER.match(text):
            doc.doc_number = doc.doc_number or text
        else:
            break
        end += 1
    return blocks[:at] + blocks[end:]


def committee_members(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less a committee report's membership list ("Senator Tony Sheldon, Chair, New South Wales, ALP",
    in `meta.members`) and the signatures closing its report and any dissenting report ("Senator Tony Sheldon"
    over "Chair", in `meta.signed`): they name who wrote it, and are no part of the paragraph above them."""
    if "committee" not in doc.meta:
        return blocks
    members, signed, kept = [], [], []
    i = 0
    while i < len(blocks):
        text = blocks[i].text.strip()
        after = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
        if blocks[i].kind == "para" and _MEMBERSHIP.match(text):
            members.append(text)
        elif blocks[i].kind == "para" and _SIGNER.match(text) and _SIGNER_OFFICE.match(after):
            signed.append(f"{text}, {after}")
            i += 1
        elif blocks[i].kind == "heading" and _MEMBERSHIP_HEAD.match(text) and i + 1 < len(blocks) and \
                _MEMBERSHIP.match(after):
            pass  # the list's heading goes with it
        else:
            kept.append(blocks[i])
        i += 1
    if members:
        doc.meta.setdefault("members", "; ".join(members))
    if signed:
        doc.meta["signed"] = "; ".join(filter(None, [doc.meta.get("signed", ""), *signed]))
    return kept


def _cover_line(doc: Document, text: str) -> bool:
    """Read one line of a report's cover into doc; False when it is none."""
    if _REPORT.match(text):
        doc.kind = doc.kind or "report"
        doc.meta.setdefault("document_type", text)
    elif MONTH_ALONE.match(text):
        doc.meta.setdefault("cover_date", text)
    elif _COPYRIGHT.match(text):
        doc.meta.setdefault("copyright", text)
    elif _ISBN.match(text):
        doc.meta.setdefault("isbn", text)
    else:
        return False
    return True


def crown_copyright(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less the Crown copyright line that closes them, kept in `meta.copyright`; the body it names as
    the office holding it is the issuer where none is known."""
    if len(blocks) < 2 or blocks[-1].kind != "para" or not (m := _CROWN.match(blocks[-1].text.strip())):
        return blocks
    doc.meta.setdefault("copyright", blocks[-1].text.strip())
    if m.group("body"):
        doc.issuer = doc.issuer or m.group("body").strip()
    return blocks[:-1]
