"""A Japanese law in English as the Japanese Law Translation site (japaneselawtranslation.go.jp) serves it: its
law-information table, disclaimer, number line and table of contents read into metadata; each article's caption,
printed in brackets on the line over it, made the article's heading; its paragraphs "2 …", "3 …" numbered "(2)",
"(3)", as the site cites them ("Article 4, paragraph (3), item (vii)"); the ministers' signatures into metadata."""

from __future__ import annotations

import re

from ingest.metadata import iso_date
from ingest.types import CELL, Block, Document

# the site's address, or its disclaimer's words: "Only the original Japanese texts of laws and regulations have
# legal effect, and the translations are to be used solely as reference material …"
_JLT_URL = re.compile(r"japaneselawtranslation\.go\.jp", re.I)
_DISCLAIMER = re.compile(r"\bOnly the original Japanese texts? of (?:the )?laws and regulations"
                         r" ha(?:ve|s) legal effect")
# the law-information table's rows, a label and its value: "Law number | Act No. 53 of 2025"
_INFO = {"law number": "", "promulgation date": "", "version applied": "version", "translation date":
         "translation_date", "ministry": "ministry", "category": "category", "effective date": "实施日期"}
# a law's number as the site writes it: "Act No. 53 of 2025", "Cabinet Order No. 89 of 2003", "Order of the
# Ministry of Economy, Trade and Industry No. 3 of 2020"
_NUMBER = r"(?:Act|Cabinet Order|(?:Order|Ordinance) of the [A-Z][A-Za-z,' ]{2,80}?) No\. \d{1,4}"
_LAW_NUMBER = re.compile(rf"^(?P<number>{_NUMBER}) of (?P<year>\d{{4}})$")
# the number line under the title: "(Act No. 53 of June 4, 2025)", the day it was promulgated
_NUMBER_LINE = re.compile(rf"^\((?P<number>{_NUMBER}) of (?P<date>[A-Z][a-z]+\.? \d{{1,2}}, (?P<year>\d{{4}}))\)$")
# the table of contents: its heading, then a line a part ("Chapter I General Provisions (Articles 1 to 10)")
_CONTENTS = re.compile(r"^(?:Table of )?Contents$", re.I)
_CONTENTS_LINE = re.compile(r"^(?:(?:Part|Chapter|Section|Subsection|Division)\s+[IVXLC\d]+\b.{0,150}"
                            r"|Supplementary Provisions\b.{0,80})$")
# an article's caption on a line of its own, "(Basic Principles)", over the article, "Article 3 Research …"
_CAPTION = re.compile(r"^\((?P<caption>[A-Z][^()]{1,150})\)$")
_ARTICLE = re.compile(r"^Article (?P<number>\d{1,4}(?:-\d{1,3})*)\s+(?=\S)")
# a paragraph of an article, its number alone before its text: "2 In this Act, …"
_PARAGRAPH = re.compile(r"^(?P<number>\d{1,2})\s+(?=[A-Z\"“(])")
# a minister's signature under the law: "Prime Minister ISHIBA Shigeru", the family name in capitals
_SIGNATURE = re.compile(r"^(?:Prime Minister|Chief Cabinet Secretary|Minister (?:of State )?(?:of|for) [A-Z][A-Za-z,' ]"
                        r"{2,100}?)\s+[A-Z]{2,}(?:\s+[A-Z][a-z]+){1,2}$")
# a resolution the Diet's house adopted with the law, printed after it for reference: a part of its own
_RESOLUTION = re.compile(r"^Supplementary Resolutions?\b[^.;]{0,200}$")


def is_jlt_page(doc: Document, blocks: list[Block]) -> bool:
    """Whether the page says it is the Japanese Law Translation site's: its address, or its disclaimer."""
    return bool(_JLT_URL.search(str(doc.meta.get("url", ""))) or any(
        _DISCLAIMER.search(b.text) for b in blocks[:20]))


def jlt_statute(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read a Japanese Law Translation page's front matter into doc and give its articles their structure; the
    blocks of any other page are returned unchanged."""
    if not is_jlt_page(doc, blocks):
        return blocks
    blocks = _front_matter(doc, blocks)
    return _articles(doc, blocks)


def _maker(number: str) -> str:
    """Who makes a law of number's kind under Japan's Constitution: an Act the Diet (Article 41), a Cabinet Order
    the Cabinet (Article 73), a ministry's order the ministry; "" for a kind the number does not say."""
    if number.startswith("Act No."):
        return "National Diet of Japan"
    if number.startswith("Cabinet Order No."):
        return "Cabinet of Japan"
    m = re.match(r"(?:Order|Ordinance) of the (Ministry of .+?) No\.", number)
    return m.group(1) if m else ""


def _number(doc: Document, number: str, year: str, day: str = "") -> None:
    doc.doc_number = doc.doc_number or f"{number} of {year}"
    doc.date_written = doc.date_written or day
    doc.kind = doc.kind or "regulation"
    doc.issuer = doc.issuer or _maker(number)


def _front_matter(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks less the law-information table, the disclaimer, the number line and the table of contents,
    read into doc, up to the first part or article."""
    kept: list[Block] = []
    contents: list[str] = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind == "para" and _front_line(doc, text):
            continue
        if block.kind == "heading" and block.level > 1 or _ARTICLE.match(text) or _CAPTION.match(text):
            return kept + blocks[i:]
        if contents and block.kind == "para" and _CONTENTS_LINE.match(text):
            contents.append(text)
            doc.meta["contents"] = "; ".join(contents[1:])
        elif block.kind == "para" and _CONTENTS.match(text):
            contents = [text]
        else:
            kept.append(block)
    return kept


def _front_line(doc: Document, text: str) -> bool:
    """Read one line of the front matter into doc; False, nothing read, if it is none."""
    cells = [c.strip() for c in text.split(CELL)]
    if len(cells) == 2 and (key := _INFO.get(cells[0].lower())) is not None:
        label, value = cells
        if label.lower() == "law number" and (m := _LAW_NUMBER.match(value)):
            _number(doc, m.group("number"), m.group("year"))
        elif label.lower() == "promulgation date":
            doc.date_written = doc.date_written or iso_date(value)
        elif key:
            doc.meta.setdefault(key, iso_date(value) if key.endswith(("date", "日期")) else value)
        return True
    if m := _NUMBER_LINE.match(text):
        doc.meta.setdefault("promulgation", text)
        _number(doc, m.group("number"), m.group("year"), iso_date(m.group("date")))
        return True
    if _DISCLAIMER.search(text):
        doc.meta["translation"] = "; ".join(filter(None, [doc.meta.get("translation", ""), text]))
        return True
    return False


def _articles(doc: Document, blocks: list[Block]) -> list[Block]:
    """The body with each article's caption, or its number where it has none, a heading over it ("Article 3
    (Basic Principles)"), its paragraphs numbered "(2)", "(3)", and the signatures read into doc."""
    out: list[Block] = []
    caption, paragraph = "", 0
    signed: list[str] = []
    for block in blocks:
        text = block.text.strip()
        if caption and not (block.kind == "para" and _ARTICLE.match(text)):  # a caption over no article
            out.append(Block(f"({caption})", "heading", 4))
            caption = ""
        if block.kind != "para":
            paragraph = 0
            out.append(block)
        elif m := _CAPTION.match(text):
            caption, paragraph = m.group("caption"), 0
        elif m := _ARTICLE.match(text):
            out.append(Block(f"Article {m.group('number')}" + (f" ({caption})" if caption else ""), "heading", 4))
            out.append(block)
            caption, paragraph = "", 1
        elif paragraph and (m := _PARAGRAPH.match(text)) and int(m.group("number")) == paragraph + 1:
            paragraph += 1
            out.append(Block(f"({paragraph}) {text[m.end():]}", block.kind, block.level))
        elif _SIGNATURE.match(text):
            signed.append(text)
            paragraph = 0
        elif _RESOLUTION.match(text):
            out.append(Block(text, "heading", 2))
            paragraph = 0
        else:
            out.append(block)
    if signed:
        doc.meta.setdefault("signed", "; ".join(signed))
    return out
