"""Reads a UK Parliament page of written questions and statements: one unit per question (UIN 87412, HL11842)
or statement (HCWS1083), its question and answer apart, its asker, department, minister and dates as metadata."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import Block, Document

_QUESTION_FOR = re.compile(r"^Question for (?P<dept>.{3,120})$")
# "UIN 87412, tabled on 3 November 2025" (the Commons), "HL11842, tabled on 5 November 2025" (the Lords)
_TABLED = re.compile(r"^(?P<uin>UIN\s*\d{1,7}|HL\s*\d{1,7}),?\s+tabled on (?P<date>\d{1,2} \w+ \d{4})$")
_ASKED = re.compile(r"^Asked by (?P<who>.{3,200})$")
_ANSWERED = re.compile(r"^Answered on (?P<date>\d{1,2} \w+ \d{4})$")
_STATEMENT_BY = re.compile(r"^Statement made by (?P<who>.{3,200})$")
_MADE_ON = re.compile(r"^Made on (?P<date>\d{1,2} \w+ \d{4})$")
_STATEMENT_NO = re.compile(r"^(?:HCWS|HLWS)\s*\d{1,7}$")
# the minister who answers, under "Answered on": "Kanishka Narayan, Parliamentary Under-Secretary (DSIT)"
_MINISTER = re.compile(r"^[A-Z][^.,;:]{2,80}, [^.;:]{3,120}\)$")
_PAGE_TITLE = re.compile(r"<title[^>]*>([^<]{3,300})</title>", re.I)
_HEAD = 4  # how many lines under its heading a card's "UIN …, tabled on …" or "HCWS…" may come


def written_questions(doc: Document, html: str) -> Document:
    """The draft of a page of written questions or statements read one unit per question or statement; any
    other page as it was. The page is Parliament's: its issuer, the latest day answered its date."""
    cards = _cards(doc.blocks)
    units = [(_question(card) if _is_question(card) else _statement(card) if _is_statement(card) else None)
             for card in cards]
    if not any(units):
        return doc
    blocks: list[Block] = []
    subjects, dates = [], []
    for card, unit in zip(cards, units, strict=True):
        if unit is None:
            blocks += card
            continue
        number, subject, facts, body = unit
        blocks += body
        subjects.append(subject)
        dates += [d for key, d in facts if key in ("answered", "made")]
        doc.meta[number] = "; ".join([subject, *(f"{key}: {value}" for key, value in facts)])
    doc.title = _title(html, subjects)
    doc.blocks = blocks
    doc.issuer = "UK Parliament"
    doc.date_published = max((d for d in dates if re.match(r"\d{4}-", d)), default="")
    doc.kind = "faq"  # questions and the answers the page gives them
    doc.meta["numbers"] = ", ".join(number for number, *_ in filter(None, units))
    return doc


def _cards(blocks: list[Block]) -> list[list[Block]]:
    """The blocks cut at each heading: a card is its heading and what follows it."""
    cards: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind == "heading" and cards[-1]:
            cards.append([])
        cards[-1].append(block)
    return [c for c in cards if c]


def _is_question(card: list[Block]) -> bool:
    head = [b.text for b in card[1:1 + _HEAD]]
    return card[0].kind == "heading" and any(_TABLED.match(t) for t in head) and any(
        _QUESTION_FOR.match(t) or _ASKED.match(t) for t in head)


def _is_statement(card: list[Block]) -> bool:
    head = [b.text for b in card[1:1 + _HEAD]]
    return card[0].kind == "heading" and any(_STATEMENT_NO.match(t) for t in head) and any(
        _MADE_ON.match(t) for t in head)


def _question(card: list[Block]) -> tuple[str, str, list[tuple[str, str]], list[Block]]:
    """A question's number, subject, facts (department, asker, days, minister) and body: its question and
    its answer, each under a heading of its own."""
    facts: list[tuple[str, str]] = []
    number, question, answer = "", [], []
    part = None
    for block in card[1:]:
        text = block.text
        if m := _QUESTION_FOR.match(text):
            facts.append(("department", m["dept"]))
        elif m := _TABLED.match(text):
            number = re.sub(r"^UIN\s*", "UIN ", re.sub(r"^HL\s+", "HL", m["uin"]))
            facts.append(("tabled", iso_date(m["date"]) or m["date"]))
        elif m := _ASKED.match(text):
            facts.append(("asked by", m["who"]))
            part = question
        elif m := _ANSWERED.match(text):
            facts.append(("answered", iso_date(m["date"]) or m["date"]))
            part = answer
        elif part is answer and not answer and _MINISTER.match(text) and facts[-1][0] != "answered by":
            facts.append(("answered by", text))
        elif part is not None:
            part.append(block)
        else:
            question.append(block)  # "To ask …" with no "Asked by" line above it
    # its subject heads it (a "title" block, no step of the path; a heading's first would be read as the
    # page's title), its number is its path
    body = [Block(card[0].text, "title"), Block(number, "heading", 1)]
    body += [Block("Question", "heading", 2), *question] if question else []
    body += [Block("Answer", "heading", 2), *answer] if answer else []
    return number, card[0].text, facts, body


def _statement(card: list[Block]) -> tuple[str, str, list[tuple[str, str]], list[Block]]:
    """A written statement's number, subject, facts (who made it, when) and body under its number."""
    facts: list[tuple[str, str]] = []
    number, text_blocks = "", []
    for block in card[1:]:
        if not number and _STATEMENT_NO.match(block.text):
            number = re.sub(r"\s+", "", block.text)
        elif not text_blocks and (m := _STATEMENT_BY.match(block.text)):
            facts.append(("made by", m["who"]))
        elif not text_blocks and (m := _MADE_ON.match(block.text)):
            facts.append(("made", iso_date(m["date"]) or m["date"]))
        else:
            text_blocks.append(block)
    return number, card[0].text, facts, [Block(card[0].text, "title"), Block(number, "heading", 1),
                                         Block("Statement", "heading", 2),
                                         *text_blocks]


def _title(html: str, subjects: list[str]) -> str:
    """The page's own title less the site's name ("Written questions and answers"), with the subjects it
    answers: one page's questions are told from another's by them."""
    m = _PAGE_TITLE.search(html[:8192])
    base = re.split(r"\s+[-|–—]\s+", m.group(1).strip())[0] if m else "Written questions and statements"
    shown = "; ".join(subjects[:3]) + (f" and {len(subjects) - 3} more" if len(subjects) > 3 else "")
    return f"{base}: {shown}"
