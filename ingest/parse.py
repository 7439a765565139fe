"""parse(text, source) -> Document: detects HTML, Markdown or plain text, parses it and finishes the Document;
parse_documents() also reads a catalogue table into one excerpt Document per row (ingest.catalogue).

The format parsers (ingest.html, ingest.markdown, ingest.plaintext) return a draft; this module then does
what every format shares: drops page debris and reads the number, dates, issuer and signature from the lines
around the body (ingest.margins, ingest.formulas), detects the language, picks the date, derives a doc_id.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
import unicodedata
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ingest.au_hansard import parlinfo_hansard
from ingest.catalogue import read_catalogue
from ingest.closing_formula import closing_formula
from ingest.communique import communique
from ingest.compilation import compilation
from ingest.ep_report import ep_report
from ingest.error_page import error_page
from ingest.errors import ParseError
from ingest.federal_register import federal_register
from ingest.formulas import formulas
from ingest.governor_order import governor_order
from ingest.hansard import written_questions
from ingest.html import parse_html
from ingest.info_bar import info_bar
from ingest.jlt_statute import jlt_statute
from ingest.kinds import guess_kind, is_draft
from ingest.margin_notes import contact_block, margin_notes
from ingest.margins import is_debris, opening, org_over_title
from ingest.markdown import parse_markdown
from ingest.memo_header import memo_header
from ingest.metadata import (
    bill_number,
    detect_lang,
    find_signature,
    iso_date,
    order_issuer,
)
from ingest.page_facts import page_info
from ingest.party_block import party_block
from ingest.plaintext import parse_plaintext
from ingest.plenum import plenum
from ingest.press_corner import press_corner
from ingest.printed_text import printed_text
from ingest.promulgation import approved_day, promulgation
from ingest.reply_letter import reply_letter
from ingest.report_address import report_address
from ingest.sg_hansard import sitting_report
from ingest.simplified import to_simplified
from ingest.site_owner import SITE_OWNER
from ingest.standard_text import is_placeholder_number, standard_text
from ingest.text import collapse, norm_key
from ingest.types import Block, Document
from ingest.un_resolution import un_resolution
from ingest.validity import text_end, text_start
from ingest.white_paper import white_paper
from ingest.wire_dateline import wire_dateline

log = logging.getLogger(__name__)

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
_MD_EXT = {".md", ".markdown", ".mdown", ".mkd"}
_TEXT_EXT = {".txt", ".text", ".rst"}
_TABLE_EXT = {".csv", ".tsv", ".xls", ".xlsx", ".ods", ".parquet"}
_BINARY_EXT = {".pdf", ".doc", ".docx", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".wps", ".ofd"}

_ZH_PART = re.compile(r"^第[一二三四五六七八九十百零〇\d]+([编章节])(\s|$)")
_ZH_PART_LEVEL = {"编": 1, "章": 2, "节": 3}


def parse_documents(text: str, source: str, *, url: str = "", content_type: str = "") -> list[Document]:
    """parse(), and for a table that catalogues documents with their words (see ingest.catalogue), one
    excerpt Document per row, each cited to its row's link. Raise ParseError when there is no document."""
    _check_text(text, source)  # first, as parse() does: an empty .pdf is "empty text"
    if detect_format(text, source, url=url, content_type=content_type) != "table":
        return [parse(text, source, url=url, content_type=content_type)]
    docs = []
    for draft, link in read_catalogue(text, source):
        row = draft.meta["excerpt_from"]
        try:
            docs.append(_finish(draft, row, link or f"{url or source}#{row.rsplit(' ', 1)[-1]}"))
        except ParseError as e:
            log.info("skipped %s", e)
    if not docs:
        raise ParseError(source, "a catalogue with no readable row")
    return docs


def parse(text: str, source: str, *, url: str = "", content_type: str = "") -> Document:
    """Parse one page or file (already decoded to str) into a Document; raise ParseError when it is none.

    source names where the text came from (a path or URL) and is what errors report; url, when given, is
    the canonical address recorded as source_url; content_type is the HTTP Content-Type, if any.
    """
    _check_text(text, source)
    fmt = detect_format(text, source, url=url, content_type=content_type)
    if fmt == "table":
        raise ParseError(source, "is a data table, not a document")
    if fmt == "html":
        if _cut_short(text):
            raise ParseError(source, "the page stops in mid-text, before its </body> and </html>: it looks cut "
                                     "short (an interrupted download or save?); fetch or save it again")
        draft = written_questions(parse_html(text, source), text)  # a Hansard page: one unit a question
        draft = sitting_report(draft, text)  # Singapore's Hansard: a debate, one heading a speaker's turn
        draft = parlinfo_hansard(draft, text)  # Australia's, as ParlInfo serves it: the same, its table metadata
    elif fmt == "markdown":
        draft = parse_markdown(text, source)
    else:
        draft = parse_plaintext(text, source)
    return _finish(draft, source, url)


_WHOLE_PAGE = re.compile(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype html|html)\b", re.S)
_LAST_TAG = re.compile(r"<(/?)([a-z][\w:-]*)[^<>]*>\s*$")
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "base"}


def _cut_short(html: str) -> bool:
    """Whether a whole HTML page (it opens with <!DOCTYPE html> or <html>) stops before closing its body
    and html, in mid-text or just after opening an element: a truncated file, whose clauses would
    silently lack the page's end. A page that omits the closing tags, as HTML allows, ends after one
    that closes an element."""
    if not _WHOLE_PAGE.match(html.lstrip("\ufeff \t\r\n")[:2048].lower()):
        return False
    tail = html[-65536:].lower()
    if "</body" in tail or "</html" in tail:
        return False
    last = _LAST_TAG.search(tail[-2048:])
    return last is None or (not last.group(1) and last.group(2) not in _VOID and not last.group().endswith("/>"))


def detect_format(text: str, source: str, *, url: str = "", content_type: str = "") -> str:
    """'html' | 'markdown' | 'text' | 'table' from the file extension, the Content-Type and the content."""
    ext = _extension(source) or _extension(url)
    ctype = content_type.split(";")[0].strip().lower()
    head = text.lstrip("\ufeff \t\r\n")[:2048].lower()
    sniffed_html = bool(
        re.match(r"(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype html|html|head|body)\b", head, re.S)
    )
    if ext in _TABLE_EXT or ctype in ("text/csv", "text/tab-separated-values"):
        return "table"
    if ext in _BINARY_EXT:
        raise ParseError(source, f"{ext} files are not parsed here: convert to text first")
    if ext in _HTML_EXT or "html" in ctype or sniffed_html:
        return "html"
    if ext in _MD_EXT or ctype in ("text/markdown", "text/x-markdown"):
        return "markdown"
    if ext in _TEXT_EXT or ctype == "text/plain":
        return "text"
    if re.match(r"---\s*\n[\w-]+\s*:", head) or re.search(r"^#{1,6} \S", head, re.M):
        return "markdown"
    if re.search(r"<(p|div|table|span|br)\b[^>]*>", head):
        return "html"
    return "text"


def doc_id_for(title: str, doc_number: str = "", date: str = "") -> str:
    """A stable id from the document's identity: its number (文号) when it has one, else title and date.

    Same document, same id, wherever and whenever it is parsed: it never depends on a path or a URL.
    """
    identifying = not is_placeholder_number(doc_number)  # a draft's "GB/T XXXXX—202X" is every draft's
    key = norm_key(doc_number) if norm_key(doc_number) and identifying else f"{norm_key(title)}|{date}"
    if not key.strip("|"):
        raise ParseError(title or "document", "a document needs a number or a title to have an id")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _extension(name: str) -> str:
    if not name:
        return ""
    path = urlsplit(name).path if re.match(r"[a-z][a-z0-9+.-]*://", name, re.I) else name
    return PurePosixPath(path.replace("\\", "/")).suffix.lower()


def _check_text(text: str, source: str) -> None:
    if not text or not text.strip():
        raise ParseError(source, "empty text")
    sample = text[:8192]
    if sample.lstrip().startswith("%PDF-"):
        raise ParseError(source, "a PDF file, whatever its name says: convert it to text first")
    if "\x00" in sample:
        raise ParseError(source, "binary data, not text (NUL bytes)")
    junk = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\t\n\r\f\v")
    )
    if junk > max(8, len(sample) // 50):
        raise ParseError(source, "binary data, not text (control characters or undecodable bytes)")


def _finish(doc: Document, source: str, url: str) -> Document:
    """What every format shares: clean blocks, metadata from the body, language, date, id."""
    owner = str(doc.meta.pop(SITE_OWNER, ""))  # who the page's header names: the issuer, if the text names none
    doc.title = collapse(doc.title)
    blocks = [Block(collapse(b.text), b.kind, b.level if b.kind == "heading" else 0) for b in doc.blocks]
    blocks = standard_text(doc, blocks)  # a standard's cover and 目次: its metadata, not its clauses
    blocks = jlt_statute(doc, blocks)  # a Japanese law as japaneselawtranslation.go.jp serves it in English
    blocks = ep_report(doc, blocks)  # a European Parliament report's cover; amendments, one clause each
    blocks = un_resolution(doc, blocks)  # a UN resolution's header, adoption line and closing meeting
    page_info(doc, [b.text for b in blocks[:12] if is_debris(b.text)])
    blocks = [b for b in contact_block(doc, blocks) if b.text and not is_debris(b.text)]
    blocks = memo_header(doc, governor_order(doc, federal_register(doc, promulgation(doc, blocks))))
    blocks = info_bar(doc, blocks)  # "发布时间：…　来源：…　【字体：大 中 小】 打印" under the title heading
    blocks = white_paper(doc, blocks)  # a 白皮书's cover: 中华人民共和国 / 国务院新闻办公室 / （2026年4月）
    blocks = communique(doc, opening(doc, org_over_title(doc, blocks)))
    # (a 提案答复's header and courtesy; a decision's party)
    blocks = margin_notes(doc, party_block(doc, reply_letter(doc, formulas(doc, blocks))))
    blocks = press_corner(doc, blocks)  # a Commission release's "IP/25/1013", its links, its quotes' speakers
    blocks = closing_formula(doc, blocks)  # a report's "以上报告，请予审议。"
    blocks = report_address(doc, blocks)  # a work report's "现在，我代表…向大会报告工作…", "各位代表！让我们…"
    blocks = compilation(doc, blocks)  # a 政策汇编's 目录: which policies it bundles
    blocks = _issued_titles([_zh_part(b) for b in blocks], doc.title)
    blocks = printed_text(doc, blocks)  # "《公约》全文如下：" over its title: that title heads the text printed
    wire_dateline(doc, blocks)  # "新华社北京1月9日电 …": a news story, and the day it was filed
    if not any(b.kind == "para" for b in blocks):
        raise ParseError(source, "no body text found")
    readable = [b.text for b in blocks if norm_key(b.text)]
    if not readable:
        raise ParseError(source, "no readable text (no letters or digits)")
    doc.blocks = blocks

    lines = [b.text for b in blocks]
    if not norm_key(doc.title):
        doc.title = readable[0][:80]
    if status := error_page(doc.title, lines):
        raise ParseError(source, f"an HTTP error page (“{status}”), not a document: the address it was saved or "
                                 "fetched from gave no page")
    doc.lang = doc.lang if doc.lang in ("zh", "en") else detect_lang(doc.title + "\n" + "\n".join(lines))
    doc.date_written = doc.date_written or approved_day(doc)
    plenum(doc)  # a Party committee plenum's 公报: the committee's, not the paper's that reprints it
    if doc.lang == "zh" and (not doc.issuer or not doc.date_written):
        issuer, written = find_signature(lines)
        doc.issuer = doc.issuer or issuer
        doc.date_written = doc.date_written or written
    doc.issuer = doc.issuer or order_issuer(doc.doc_number) or doc.meta.get("来源", "") or (
        "The White House" if re.search(r"\bTHE WHITE HOUSE\b", doc.meta.get("signed", "")) else "") or owner
    doc.doc_number = doc.doc_number or bill_number(doc.title)  # "Engrossed Substitute Senate Bill 5838"
    doc.date = doc.date_written or doc.date_published or doc.date or iso_date(doc.meta.get("date", ""))
    doc.kind = doc.kind or guess_kind(doc.title)
    # a 征求意见稿 or a bill before the legislature, whatever its page calls it: not (yet) in force
    if is_draft(to_simplified(doc.title), [to_simplified(line) for line in lines[:15]]):
        doc.kind = "draft"
    # its own closing provision (本通知自2025年1月1日起施行，有效期1年) says until when it is in force, where
    # its page's metadata did not; 自印发之日起 counts from the day it took effect or was printed (its imprint's
    # "…2024年7月29日印发"), else from its date
    # the day it takes effect by its own closing provision (本条例自2022年11月1日起施行), where its page gave none
    if not doc.meta.get("实施日期") and doc.kind != "draft" and (
            start := text_start([to_simplified(b.text) for b in blocks if b.kind != "title"])):
        doc.meta["实施日期"] = start
    issued = iso_date(str(doc.meta.get("实施日期", ""))) or iso_date(str(doc.meta.get("printed", ""))) or doc.date
    # (a traditional Chinese provision, 本辦法自…起施行，有效期3年, read as simplified: the words given are the copy's);
    # a draft's own (有效期至2027年12月31日) says what the rules would say once issued, not until when it is in force
    if not doc.meta.get("失效日期") and doc.kind != "draft" and (
            end := text_end([to_simplified(b.text) for b in blocks if b.kind != "title"], issued)):
        doc.meta["失效日期"], doc.meta["失效日期依据"] = end
    # what is cited: the address it was fetched from, else the one a local copy gives for itself (its
    # front matter's source_url, the page's own URL or canonical link), else its path; a copy fetched from this
    # machine or a private network (http://127.0.0.1:8000/…) is a local copy: no reader can follow that address.
    # `sources` keeps where it was read from, first: re-reading that source replaces the document
    # (pipeline._merge).
    public = url if url and not _private_address(url) else ""
    doc.source_url = public or _declared_url(doc) or url or source
    doc.sources = [url or source]
    doc.fmt = doc.fmt or "text"
    # a US bill's number is used again each Congress: the 119th Congress's S. 1234 is not the 118th's
    number = f"{doc.doc_number} {doc.meta['congress']}" if doc.meta.get("congress") else doc.doc_number
    doc.doc_id = doc_id_for(doc.title, number, doc.date)
    log.debug("parsed %s: %s (%d blocks)", source, doc.title, len(doc.blocks))
    return doc


def _private_address(url: str) -> bool:
    """Whether url's host is this machine or a private network's (loopback, 10/8, 172.16/12, 192.168/16, .local)."""
    host = (urlsplit(url).hostname or "").lower()
    if host in ("localhost", "") or host.endswith((".local", ".localhost")):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local


def _declared_url(doc: Document) -> str:
    """The http(s) address a document's own metadata gives for it ("" if none)."""
    for key in ("source_url", "url"):
        value = str(doc.meta.get(key) or "").strip()
        if re.match(r"https?://\S+$", value):
            return value
    return ""




# the document a notice issues: "关于印发广州市就业见习基地管理办法的通知", "现将《…管理办法》印发给你们"
_ISSUES = re.compile(r"关于印发(.{4,60}?)的通知|《([^《》]{4,60})》(?:（[^（）]{0,20}）)?印发")


def _issued_titles(blocks: list[Block], title: str) -> list[Block]:
    """A notice that issues measures is followed by them, under their own title on a line of its own: that
    line is their title (a "title" block), not the last line of the notice's paragraph nor a clause."""
    issued = {norm_key(a or b) for text in [title, *(b.text for b in blocks[:12])]
              for a, b in _ISSUES.findall(to_simplified(text))}  # 關於印發 as 关于印发
    issued.discard("")
    return [Block(b.text, "title", 1) if b.kind == "para" and i and len(b.text) <= 60
            and norm_key(to_simplified(b.text)) in issued else b for i, b in enumerate(blocks)]


def _zh_part(block: Block) -> Block:
    """第一章 总则 / 第二节 ... are headings (编 1, 章 2, 节 3) when they stand alone on a short line."""
    m = _ZH_PART.match(to_simplified(block.text))  # 第二章, and 第一節 as 第一节
    if block.kind == "para" and m and len(block.text) <= 40 and not block.text.endswith("。"):
        return Block(block.text, "heading", _ZH_PART_LEVEL[m.group(1)])
    return block
