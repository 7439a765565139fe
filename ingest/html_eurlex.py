"""Parses an EUR-Lex Official Journal page: recitals, chapters, sections, articles, points and annexes; who adopted
the act, its closing formula and signature, and the OJ's notes under it, as its metadata."""

from __future__ import annotations

import re

from lxml import etree

from ingest.html_blocks import Walker, clean_inline
from ingest.kinds import guess_kind
from ingest.metadata import eu_issuer, find_doc_number, iso_date, smart_title
from ingest.types import Block, Document

# Footnotes and their markers are apparatus, not text: "Committee (1)," reads "Committee,".
_APPARATUS = re.compile(r"\boj-note\b|\boj-hd-|\beli-main-title\b")
_BARE_LABEL = re.compile(r"^(CHAPTER|SECTION|ANNEX|ARTICLE|PART|TITLE)\s+[\dIVXLC]+[a-z]?$", re.I)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:)])")


class _OJWalker(Walker):
    """A Walker that knows the Official Journal's heading classes and joins each heading with its title."""

    def __init__(self) -> None:
        super().__init__(skip=_APPARATUS)
        self._open: Block | None = None  # a heading still waiting for its title line

    def visit(self, el: etree._Element, bold: bool) -> None:
        if not isinstance(el.tag, str):
            return
        if el.tag == "a" and (el.get("href") or "").startswith("#ntr"):
            return  # footnote marker
        cls = el.get("class") or ""
        if el.tag != "p" or not re.search(r"\boj-(ti-|sti-|doc-ti)", cls):
            super().visit(el, bold)
            return
        self.flush()
        text = clean_inline(el.text_content())
        if not text:
            return
        if "oj-ti-section-2" in cls or "oj-sti-art" in cls or ("oj-doc-ti" in cls and self._open):
            if self._open is not None:
                self._open.text = f"{self._open.text} {text}"
                self._open = None
            else:
                self.blocks.append(Block(text, "heading", 3))
            return
        if "oj-ti-art" in cls:
            level = 4
        elif "oj-ti-section-1" in cls:
            level = 3 if text.upper().startswith("SECTION") else 2
        elif "oj-doc-ti" in cls:
            level = 2 if re.match(r"ANNEX\b", text, re.I) else 3
        else:  # oj-ti-grseq-1 and kin: a titled group inside an annex
            level = 3
        block = Block(text, "heading", level)
        self.blocks.append(block)
        # A bare label (CHAPTER I, Article 5, Section 1) waits for its title line; a titled heading does not.
        self._open = block if _BARE_LABEL.match(text) else None

    def flush(self) -> None:
        before = len(self.blocks)
        super().flush()
        if len(self.blocks) > before:
            self._open = None  # body text came first: the heading has no title line


def parse_eurlex(root: etree._Element) -> Document:
    """A draft Document from an EUR-Lex OJ page: title, dates, issuer, the act and its annexes as blocks."""
    parts = [clean_inline(p.text_content()) for p in root.xpath("//div[contains(@class,'eli-main-title')]/p")]
    parts = [p for p in parts if p and not re.fullmatch(r"\(Text with EEA relevance\)", p, re.I)]
    title = " ".join(smart_title(p) for p in parts)
    walker = _OJWalker()
    for container in root.find_class("eli-container"):
        if container.xpath("ancestor::div[contains(@class,'eli-container')]"):
            continue
        walker.visit(container, False)
        walker.flush()
    for block in walker.blocks:  # where a footnote marker was dropped: "Committee ," -> "Committee,"
        block.text = _SPACE_BEFORE_PUNCT.sub("", block.text)
    m = re.search(r"\bof (\d{1,2} \w+ \d{4})\b", title)
    oj_date = root.xpath("//*[contains(@class,'oj-hd-date')]")  # a <p>, or a cell of the header's table
    meta = {"oj": f"OJ L, {oj_number}" if (oj_number := _oj_number(root)) else "", "footnotes": _oj_notes(root)}
    doc = Document(
        doc_id="",
        title=title,
        lang="",
        blocks=walker.blocks,
        issuer=_preamble_author(walker.blocks) or eu_issuer(title),
        doc_number=find_doc_number(title),
        date_written=iso_date(m.group(1)) if m else "",
        date_published=iso_date(clean_inline(oj_date[0].text_content())) if oj_date else "",
        kind=guess_kind(title) or "regulation",
        fmt="eurlex",
        meta={k: v for k, v in meta.items() if v},
    )
    doc.blocks = _closing(doc, doc.blocks)
    return doc


# who adopts the act, as its preamble opens ("THE EUROPEAN COMMISSION,"): the issuer, before the title's words
_EP_AND_COUNCIL = "European Parliament and Council of the European Union"
_AUTHORS = {"THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION": _EP_AND_COUNCIL,
            "THE COUNCIL OF THE EUROPEAN UNION": "Council of the European Union",
            "THE EUROPEAN COMMISSION": "European Commission"}
# who the signatories that close an act sign for ("For the Commission" over "The President"): its issuer
_SIGNED_FOR = {("commission",): "European Commission", ("council",): "Council of the European Union",
               ("european parliament", "council"): _EP_AND_COUNCIL}
# what closes an act after its last article: the binding formula, where and when it was done, who signed it
_BINDING = re.compile(r"^This (?:Regulation|Directive|Decision)\b(?: shall be binding in its entirety\b| is addressed "
                      r"to\b).{0,200}$")
_DONE_AT = re.compile(r"^Done at [A-Z][a-zé]+(?:[ -][A-Za-zé]+)?,\s*(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})\.?$")
_FOR_THE = re.compile(r"^For the (?P<who>[A-Z][A-Za-z ]{2,60})$")
_OJ_NUMBER = re.compile(r"^\d{4}/\d{1,5}$")


def _oj_number(root: etree._Element) -> str:
    """The act's number in the OJ's L series as its header prints it, "2024/1689" ("" if none)."""
    for p in root.xpath("//p[contains(@class,'oj-hd-uniq') or contains(@class,'oj-hd-oj')]"):
        if _OJ_NUMBER.match(text := clean_inline(p.text_content())):
            return text
    return ""


def _oj_notes(root: etree._Element) -> str:
    """The OJ's notes under the act, "1 OJ L, 2024/1689, 12.7.2024, …" a line each in their order, as other pages'
    footnotes are (ingest.html_notes): where the act's references come from, not what it provides."""
    lines = []
    for note in root.xpath("//p[contains(concat(' ', normalize-space(@class), ' '), ' oj-note ')]"):
        text = clean_inline(note.text_content())
        if m := re.match(r"^\((?P<mark>[\d*]{1,3})\)\s*(?P<text>\S.*)$", text):
            lines.append(f"{m.group('mark')} {m.group('text')}")
    return "\n".join(lines)


def _preamble_author(blocks: list[Block]) -> str:
    """The issuer the act's preamble names as it opens ("THE EUROPEAN COMMISSION,"); "" if it names none known."""
    first = next((b.text for b in blocks if b.kind == "para"), "")
    return _AUTHORS.get(first.rstrip(" ,"), "")


def _closing(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less what closes the act after its last article: the binding formula ("This Regulation shall be
    binding in its entirety …", `meta.closing`), and where, when and by whom it was done ("Done at Brussels,
    18 June 2026." over "For the Commission / The President / Ursula VON DER LEYEN", `meta.signed`), which ran on
    as the last article's text; the issuer from who signed where none is known."""
    annex = next((i for i, b in enumerate(blocks) if b.kind == "heading" and re.match(r"ANNEX\b", b.text)),
                 len(blocks))
    done = next((i for i in range(annex) if blocks[i].kind == "para" and _DONE_AT.match(blocks[i].text)
                 and i + 1 < annex and _FOR_THE.match(blocks[i + 1].text)), None)
    if done is None:
        return blocks
    groups: list[list[str]] = []  # "For the X" and the office and name under it
    end = done + 1
    while end < annex and blocks[end].kind == "para" and len(blocks[end].text) <= 60:
        if _FOR_THE.match(blocks[end].text):
            groups.append([])
        elif len(groups[-1]) == 3:
            break  # a signatory's lines are three at most: what follows is no part of the signature
        groups[-1].append(blocks[end].text)
        end += 1
    start = done - 1 if done and blocks[done - 1].kind == "para" and _BINDING.match(blocks[done - 1].text) else done
    if start < done:
        doc.meta.setdefault("closing", blocks[start].text)
    doc.meta.setdefault("signed", f"{blocks[done].text} {'; '.join(', '.join(g) for g in groups)}")
    doc.date_written = doc.date_written or iso_date(_DONE_AT.match(blocks[done].text).group("date"))
    doc.issuer = doc.issuer or _SIGNED_FOR.get(tuple(_FOR_THE.match(g[0]).group("who").lower() for g in groups), "")
    return blocks[:start] + blocks[end:]


# --- a Commission document (COM, SWD, JOIN) as EUR-Lex prints it from the Commission's drafting tool ---
# its cover page ("EUROPEAN COMMISSION", "Brussels, 9.4.2025", "COM(2025) 165 final"), what it is ("COMMUNICATION
# FROM THE COMMISSION TO …"), its title ("AI Continent Action Plan"), and headings numbered in a span of their
# own, <p class="li ManualHeading1"><span class="num">1.</span>INTRODUCTION</p>
_COVER = re.compile(r"\bPagedecouverture\b|\bTypedudocument|\bTitreobjet|\bLanguesfaisantfoi\b|\bEmission\b")
_MANUAL_HEADING = re.compile(r"\bManualHeading(\d)\b")
_COM_NUMBER = re.compile(r"^(?:COM|SWD|JOIN|SEC|C)\s*\(\d{4}\)\s*\d{1,5}(?:\s+final)?$")
_COM_DATELINE = re.compile(r"^[A-Z][a-zé]+(?:-[A-Z][a-z]+)?,\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})$")


def is_commission_document(root: etree._Element) -> bool:
    """Whether the page is a Commission document as EUR-Lex prints it: a cover page and a title of its classes."""
    return bool(root.xpath("//p[contains(@class,'Titreobjet')]")
                and root.xpath("//p[contains(@class,'Pagedecouverture') or contains(@class,'Typedudocument')]"))


class _ComWalker(Walker):
    """A Walker that leaves out the cover page and reads the numbered headings as headings, "1. INTRODUCTION"."""

    def __init__(self) -> None:
        super().__init__(skip=_COVER)

    def visit(self, el: etree._Element, bold: bool) -> None:
        m = _MANUAL_HEADING.search(el.get("class") or "") if isinstance(el.tag, str) else None
        if m is None or self.skipped(el):
            super().visit(el, bold)
            return
        self.flush()
        num = el.xpath("string(.//span[contains(@class,'num')])").strip()
        text = clean_inline(el.text_content())
        if num and text.startswith(num) and not text[len(num):len(num) + 1].isspace():
            text = f"{num} {text[len(num):].strip()}"  # "1.INTRODUCTION": the number's space is CSS
        if text:
            self.blocks.append(Block(text, "heading", int(m.group(1)) + 1))


def parse_commission_document(root: etree._Element) -> Document:
    """A draft Document from a Commission document: its number, date and issuer from the cover page, what it is
    (meta.document_type), its title, and its body with its numbered headings."""
    def lines(cls: str) -> list[str]:
        return [t for p in root.xpath(f"//p[contains(@class,'{cls}')]") if (t := clean_inline(p.text_content()))]

    doc = Document(doc_id="", title=" ".join(lines("Titreobjet")), lang="", blocks=[], fmt="eurlex")
    for line in lines("Pagedecouverture"):
        if _COM_NUMBER.match(line):
            doc.doc_number = doc.doc_number or line
        elif m := _COM_DATELINE.match(line):
            doc.date_written = doc.date_written or iso_date(m.group("date"))
        elif line.upper() == "EUROPEAN COMMISSION":
            doc.issuer = "European Commission"
    if kind := " ".join(lines("Typedudocument")):
        doc.meta["document_type"] = kind
        doc.issuer = doc.issuer or eu_issuer(kind)
    found = root.xpath("//div[@id='document1']") or root.xpath("//body")
    doc.blocks = _ComWalker().run(found[0]) if found else []
    doc.kind = guess_kind(doc.title)
    return doc
