"""parse(text, source) -> Document: detects HTML, Markdown or plain text, parses it and finishes the Document;
parse_documents() also reads a catalogue table into one excerpt Document per row (ingest.catalogue).

The format parsers (ingest.html, ingest.markdown, ingest.plaintext) return a draft; this module then does
what every format shares: drops page debris and the title repeated in the body, reads the document number
and signature from the opening and closing lines, detects the language, picks the date, derives a doc_id.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ingest.catalogue import read_catalogue
from ingest.errors import ParseError
from ingest.html import parse_html
from ingest.markdown import parse_markdown
from ingest.metadata import (
    detect_lang,
    find_doc_number,
    find_signature,
    guess_kind,
    is_date_line,
    is_org_line,
    iso_date,
    order_issuer,
)
from ingest.plaintext import parse_plaintext
from ingest.text import collapse, norm_key
from ingest.types import Block, Document

log = logging.getLogger(__name__)

_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}
_MD_EXT = {".md", ".markdown", ".mdown", ".mkd"}
_TEXT_EXT = {".txt", ".text"}
_TABLE_EXT = {".csv", ".tsv", ".xls", ".xlsx", ".ods", ".parquet"}
_BINARY_EXT = {".pdf", ".doc", ".docx", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".wps", ".ofd"}

# Page furniture that survives extraction. Phrases no policy text uses drop a short block that holds them;
# words a policy may well use (打印, 关闭, 无障碍, 二维码) drop a block only when it is nothing but widgets.
_DEBRIS = re.compile(
    r"长者助手|扫一扫在手机|在手机打开当前页|分享到|ICP备|粤ICP|版权所有|网站标识码|政府网站找错|浏览次数"
    r"|字体大小|\bViews?:\s*\d|We use Cookies?|This (?:web)?site uses cookies|Copyright ©"
    r"|All rights reserved",
    re.I,
)
_WIDGET = (
    r"打印|打印本页|打印页面|打印文章|关闭|关闭窗口|关闭本页|返回顶部|回到顶部|顶部|无障碍|无障碍浏览|长者模式"
    r"|简体|繁體|繁体|English|手机版|大|中|小|A\s*\+|字号|字体|分享|收藏|扫一扫|二维码|微信|微博|Print|Close|Share|Top"
    r"|Presidential Actions"  # whitehouse.gov's breadcrumb
)
_SEP = r"[\s|/·•:：【】\[\]()（）-]*"
_WIDGETS_ONLY = re.compile(rf"^(?:{_SEP}(?:{_WIDGET}))+{_SEP}$", re.I)
_ZH_PART = re.compile(r"^第[一二三四五六七八九十百零〇\d]+([编章节])(\s|$)")
_ZH_PART_LEVEL = {"编": 1, "章": 2, "节": 3}
# (2021年7月27日中华人民共和国国务院令第746号公布): a promulgation note under the title.
_PROMULGATED = re.compile(r"^[（(](?P<when>\d{4}年\d{1,2}月\d{1,2}日)(?P<what>.*?令第\d+号)公布[)）]$")


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
        draft = parse_html(text, source)
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
    key = norm_key(doc_number) if norm_key(doc_number) else f"{norm_key(title)}|{date}"
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
    doc.title = collapse(doc.title)
    blocks = [Block(collapse(b.text), b.kind, b.level if b.kind == "heading" else 0) for b in doc.blocks]
    _page_info(doc, [b.text for b in blocks[:12] if _is_debris(b.text)])
    blocks = [b for b in blocks if b.text and not _is_debris(b.text)]
    blocks = _opening(doc, blocks)
    blocks = _formulas(doc, blocks)
    blocks = _issued_titles([_zh_part(b) for b in blocks], doc.title)
    if not any(b.kind == "para" for b in blocks):
        raise ParseError(source, "no body text found")
    readable = [b.text for b in blocks if norm_key(b.text)]
    if not readable:
        raise ParseError(source, "no readable text (no letters or digits)")
    doc.blocks = blocks

    lines = [b.text for b in blocks]
    if not norm_key(doc.title):
        doc.title = readable[0][:80]
    doc.lang = doc.lang if doc.lang in ("zh", "en") else detect_lang(doc.title + "\n" + "\n".join(lines))
    if doc.lang == "zh" and (not doc.issuer or not doc.date_written):
        issuer, written = find_signature(lines)
        doc.issuer = doc.issuer or issuer
        doc.date_written = doc.date_written or written
    doc.issuer = doc.issuer or order_issuer(doc.doc_number) or doc.meta.get("来源", "") or (
        "The White House" if re.search(r"\bTHE WHITE HOUSE\b", doc.meta.get("signed", "")) else "")
    doc.date = doc.date_written or doc.date_published or doc.date or iso_date(doc.meta.get("date", ""))
    doc.kind = doc.kind or guess_kind(doc.title)
    # what is cited: the address it was fetched from, else the one a local copy gives for itself (its
    # front matter's source_url, the page's own URL or canonical link), else its path. `sources` keeps
    # where it was read from, first: re-reading that source replaces the document (pipeline._merge).
    doc.source_url = url or _declared_url(doc) or source
    doc.sources = [url or source]
    doc.fmt = doc.fmt or "text"
    doc.doc_id = doc_id_for(doc.title, doc.doc_number, doc.date)
    log.debug("parsed %s: %s (%d blocks)", source, doc.title, len(doc.blocks))
    return doc


def _declared_url(doc: Document) -> str:
    """The http(s) address a document's own metadata gives for it ("" if none)."""
    for key in ("source_url", "url"):
        value = str(doc.meta.get(key) or "").strip()
        if re.match(r"https?://\S+$", value):
            return value
    return ""


# the line of facts a Chinese government page prints over its text:
# "发布日期：2025-01-09　　来源：杭州市人民政府　　浏览次数：1234"
_INFO_DATE = re.compile(r"(?:发布|公开|发文)(?:日期|时间)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})")
_INFO_SOURCE = re.compile(r"(?:来源|信息来源|发布机构)\s*[:：]\s*([^\s:：|]{2,40}?)(?=\s|$|\||浏览|点击|作者|字号)")


# a line of such facts on its own at the top of a text, no debris around it: "发布日期：2025-06-01",
# "发文字号：穗府办〔2025〕3号　成文日期：2025年5月30日"; every field one of these, nothing else on the line
_FIELDS = {"date_published": "发布日期|发布时间|公开日期", "date_written": "成文日期", "doc_number": "发文字号|文号",
           "issuer": "发布机构|发文机关", "来源": "来源|信息来源"}
_FIELD = "|".join(_FIELDS.values())
_META_FIELD = re.compile(rf"(?P<name>{_FIELD})\s*[:：]\s*(?P<value>\S(?:.*?\S)??)(?=\s+(?:{_FIELD})\s*[:：]|\s*$)")
_NAME_VALUE = re.compile(r"[^\s，。；;,:：|]{2,40}")  # an issuer or a source, not a sentence


def _meta_line(doc: Document, text: str) -> bool:
    """Read a line made only of metadata fields ("发布日期：2025-06-01") into doc; False if it is not one."""
    fields = list(_META_FIELD.finditer(text))
    if not fields or fields[0].start() != 0 or any(
            text[a.end():b.start()].strip() for a, b in zip(fields, fields[1:], strict=False)):
        return False
    values: dict[str, str] = {}
    for m in fields:
        key = next(k for k, names in _FIELDS.items() if re.fullmatch(names, m.group("name")))
        value = m.group("value")
        if key.startswith("date"):
            value = iso_date(value)
        elif key == "doc_number":
            value = find_doc_number(value)
        elif not _NAME_VALUE.fullmatch(value):
            return False
        if not value or key in values:
            return False  # "发布日期：待定": not a fact this line gives
        values[key] = value
    for key, value in values.items():
        if key == "来源":
            if value not in ("本网", "本站"):
                doc.meta.setdefault("来源", value)
        elif not getattr(doc, key):
            setattr(doc, key, value)
    return True


def _page_info(doc: Document, lines: list[str]) -> None:
    """Read the publication date and source from the page's info line before it goes as debris."""
    for line in lines:
        if (m := _INFO_DATE.search(line)) and not doc.date_published:
            doc.date_published = iso_date(m.group(1))
        m = _INFO_SOURCE.search(line)
        if m and m.group(1) not in ("本网", "本站") and not doc.meta.get("来源"):
            doc.meta["来源"] = m.group(1)


def _is_debris(text: str) -> bool:
    """A block of page furniture: widgets only, a short block naming one, or a cookie notice of any length."""
    if re.match(r"(We|This (web)?site) uses? cookies?\b", text, re.I) or _WIDGETS_ONLY.match(text):
        return True
    return len(text) <= 80 and bool(_DEBRIS.search(text))


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY = rf"\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}}"
_DATELINE = re.compile(rf"^(?:[A-Z][A-Za-z.' -]{{1,30}},\s*)?(?P<date>{_DAY})\.?$")
_PUBLISHED_BY = re.compile(rf"^(?P<who>[A-Z][^.]{{2,120}}?)\s+(?:Published|Updated)(?: on)?\s+(?P<date>{_DAY})$")
# the same said in a sentence: "Published by the Riverton City Council, 12 May 2025.", "Issued on May 12,
# 2025 by the Department of Energy"
_EN_DATE = rf"{_DAY}|(?:{_MONTH_NAMES})\s+\d{{1,2}},\s*\d{{4}}"
_WHO = r"(?:the\s+)?(?P<who>[A-Z][^,.;:]{2,120}?)"
_BY_ON = re.compile(rf"^(?:Published|Issued|Released|Adopted)\s+(?:by\s+{_WHO}(?:,|\s+on|\s)\s*(?P<date>{_EN_DATE})"
                    rf"|(?:on\s+)?(?P<date2>{_EN_DATE}),?\s+by\s+{_WHO.replace('who', 'who2')})\.?$")
# a line that names who issued a text: "European Commission — Directorate-General for …"
_BYLINE = re.compile(r"^(?:[A-Z][\w&,' -]*\s)?(?:Commission|Department|Ministry|Office|Agency|Council|Parliament|"
                     r"Government|Secretariat)\b[^.;:]{0,120}$")


def _opening(doc: Document, blocks: list[Block]) -> list[Block]:
    """Read and drop the opening lines that repeat metadata: the document number, the title, an English
    dateline and byline ("Brussels, 8 April 2025"; "Department for … Published 10 February 2025").

    A title is often split over two or three centred lines; they are dropped when together they spell it.
    A promulgation note ((2021年7月27日国务院令第746号公布)) is kept but read for the number and date.
    """
    i = 0
    title_key = norm_key(doc.title)
    while i < min(len(blocks), 6):
        text = blocks[i].text
        number = find_doc_number(text)
        if number and norm_key(number) == norm_key(text):
            doc.doc_number = doc.doc_number or number
            del blocks[i]
            continue
        promulgated = _PROMULGATED.match(text)
        if promulgated:
            doc.doc_number = doc.doc_number or find_doc_number(promulgated.group("what"))
            doc.date_written = doc.date_written or iso_date(promulgated.group("when"))
            i += 1
            continue
        if (_BYLINE.match(text) and i + 1 < len(blocks) and _DATELINE.match(blocks[i + 1].text)
                and not doc.issuer):  # "European Commission — DG CONNECT" over its dateline: who issued it
            doc.issuer = re.split(r"\s+[—–-]\s+", text, maxsplit=1)[0]
            del blocks[i]
            continue
        dateline = _DATELINE.match(text) if not doc.date_written else None
        if dateline:  # "Brussels, 8 April 2025": where and when it was written
            doc.date_written = iso_date(dateline.group("date"))
            del blocks[i]
            continue
        published = _PUBLISHED_BY.match(text)
        if published:  # "Department for Science, Innovation and Technology Published 10 February 2025"
            doc.issuer = doc.issuer or published.group("who")
            doc.date_published = doc.date_published or iso_date(published.group("date"))
            del blocks[i]
            continue
        if _meta_line(doc, text):  # "发布日期：2025-06-01" on its own line under the title
            del blocks[i]
            continue
        by_on = _BY_ON.match(text)
        if by_on:  # "Published by the Riverton City Council, 12 May 2025."
            doc.issuer = doc.issuer or by_on.group("who") or by_on.group("who2")
            doc.date_published = doc.date_published or iso_date(by_on.group("date") or by_on.group("date2"))
            del blocks[i]
            continue
        if title_key and norm_key(text) and title_key.startswith(norm_key(text)):
            joined, j = "", i
            while j < len(blocks) and len(joined) < len(title_key):
                joined += norm_key(blocks[j].text)
                if not title_key.startswith(joined):
                    break
                j += 1
            if joined == title_key:
                del blocks[i:j]
                continue
        break
    return blocks


_ADDRESSED = re.compile(r"^(?:MEMORANDUM FOR|BY THE PRESIDENT OF THE UNITED STATES)\b")
_ENACTING = re.compile(r"^HA(?:VE|S) ADOPTED TH(?:IS|E PRESENT) (?:REGULATION|DIRECTIVE|DECISION)\s*:?$")
_SUBJECT = re.compile(r"^(?:SUBJECT|Subject|RE|Re)\s*:\s*")
# what opens a memorandum's body after its subject: "Section 1.", "Sec. 1", "1.", "(a)"
_BODY_START = re.compile(r"^(?:Section|Sec\.|SECTION|Article|ARTICLE)\s|^\(?\w{1,4}[.)]\s")
_CAPS_LINE = re.compile(r"^[A-Z][A-Z0-9 ,.'&()-]*$")
_SIGNED = re.compile(r"^(?:THE WHITE HOUSE,?|[A-Z][a-z]+ \d{1,2}, \d{4}\.?|[A-Z][A-Z.]*(?: [A-Z][A-Z.]*)+)$")


def _formulas(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move the addressees and the subject of a memorandum, an EU act's enacting formula and the closing
    signature and dateline of an order into meta: they say who, what and when (kept as metadata), not
    what the text provides."""
    blocks = _zh_colophon(doc, _zh_signatures(doc, blocks))
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
    signed: list[str] = []
    while len(blocks) > 1 and len(blocks[-1].text) <= 60 and _SIGNED.match(blocks[-1].text):
        signed.insert(0, blocks.pop().text)
    if signed:
        doc.meta["signed"] = " ".join(signed)
    return blocks


# the imprint at the foot of a Chinese official document (版记): how it is made public, who it is copied
# to, who printed it and when. It says nothing the text provides, and would be read as the last article's.
_COLOPHON = {
    "publicity": re.compile(r"^(?:公开方式[：:]\s*\S{2,8}|[（(]此件(?:不予)?(?:主动)?公开(?:发布)?[）)])$"),
    "copied_to": re.compile(r"^抄\s*送[：:]"),
    "printed": re.compile(r"^\S.{0,40}?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$"),
}


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
    its own) into meta["signed"]; the first also gives the issuer and the date when none is known."""
    out: list[Block] = []
    signed: list[str] = []
    for block in blocks:
        orgs = 0
        while orgs < len(out) and out[-1 - orgs].kind == "para" and is_org_line(out[-1 - orgs].text):
            orgs += 1
        if block.kind == "para" and is_date_line(block.text) and orgs and len(out) > orgs:
            lines = [b.text for b in out[-orgs:]] + [block.text]
            del out[-orgs:]
            if not signed:
                issuer, written = find_signature(lines)
                doc.issuer, doc.date_written = doc.issuer or issuer, doc.date_written or written
            signed.append(" ".join(lines))
            continue
        out.append(block)
    if signed:
        doc.meta["signed"] = "; ".join(signed)
    return out


# the document a notice issues: "关于印发广州市就业见习基地管理办法的通知", "现将《…管理办法》印发给你们"
_ISSUES = re.compile(r"关于印发(.{4,60}?)的通知|《([^《》]{4,60})》(?:（[^（）]{0,20}）)?印发")


def _issued_titles(blocks: list[Block], title: str) -> list[Block]:
    """A notice that issues measures is followed by them, under their own title on a line of its own: that
    line is their title (a "title" block), not the last line of the notice's paragraph nor a clause."""
    issued = {norm_key(a or b) for text in [title, *(b.text for b in blocks[:12])]
              for a, b in _ISSUES.findall(text)}
    issued.discard("")
    return [Block(b.text, "title", 1) if b.kind == "para" and i and len(b.text) <= 60
            and norm_key(b.text) in issued else b for i, b in enumerate(blocks)]


def _zh_part(block: Block) -> Block:
    """第一章 总则 / 第二节 ... are headings (编 1, 章 2, 节 3) when they stand alone on a short line."""
    m = _ZH_PART.match(block.text)
    if block.kind == "para" and m and len(block.text) <= 40 and not block.text.endswith("。"):
        return Block(block.text, "heading", _ZH_PART_LEVEL[m.group(1)])
    return block
