"""Chinese government site templates: gkmlpt (document as JSON in the page), the gz.gov.cn CMS, and the table
of facts other bureaus' pages print beside the text."""

from __future__ import annotations

import json
import re

import lxml.html
from lxml import etree

from ingest.errors import ParseError
from ingest.html import first_match, page_meta, page_title
from ingest.html_blocks import Walker, clean_inline
from ingest.infographic import read_layout
from ingest.kinds import guess_kind
from ingest.metadata import epoch_date, iso_date
from ingest.page_facts import fact_row, meta_line
from ingest.text import collapse
from ingest.types import CELL, Block, Document

# ---- gkmlpt: the province-wide 政府信息公开 template; the document is JSON in window._CONFIG.DETAIL ----


def parse_gkmlpt(text: str, source: str) -> Document:
    m = re.search(r"\bDETAIL\s*:\s*(?=\{)", text)
    if not m:
        raise ParseError(source, "gkmlpt page without window._CONFIG.DETAIL")
    detail = js_object(text, m.end(), source)
    gkml = detail.get("gkml_data") or {}
    content = detail.get("content") or ""
    if not isinstance(content, str) or not content.strip():
        raise ParseError(source, "gkmlpt page without document content")
    body = lxml.html.fragment_fromstring(content, create_parent="div")
    title = collapse(str(detail.get("title") or gkml.get("title") or ""))
    reprint = title.startswith(("（转载）", "(转载)"))
    title = re.sub(r"^[（(]转载[)）]\s*", "", title)
    meta = {
        "索引号": str(gkml.get("identifier") or ""),
        "发布机构": str(gkml.get("publisher") or ""),
        "分类": str(gkml.get("classify_main_name") or ""),
        "来源": str(detail.get("source") or ""),
        "失效日期": epoch_date(gkml.get("expired_time") or gkml.get("abolished_time") or 0),
        "url": str(detail.get("gkml_url") or ""),
    }
    if reprint:
        meta["转载"] = "是"
    published = iso_date(str(detail.get("date") or "")) or epoch_date(
        detail.get("first_publish_time") or detail.get("publish_time") or 0
    )
    return Document(
        doc_id="",
        title=title,
        lang=str(gkml.get("language") or ""),
        blocks=Walker().run(body),
        issuer="" if reprint else meta["发布机构"],  # a reprint is signed by its real issuer: read it there
        doc_number=collapse(str(gkml.get("document_number") or "")),
        date_written=epoch_date(gkml.get("date") or 0),
        date_published=published,
        kind=guess_kind(title, meta["分类"]),
        fmt="gkmlpt",
        meta={k: v for k, v in meta.items() if v},
    )


def js_object(text: str, start: int, source: str = "") -> dict:
    """The JavaScript object literal that starts at text[start] ('{'), as a dict: strict JSON or not."""
    try:
        value, _ = json.JSONDecoder().raw_decode(text, start)
    except json.JSONDecodeError:
        try:
            value = json.loads(_js_to_json(text, start))
        except json.JSONDecodeError as e:
            raise ParseError(source, f"embedded document object is unreadable ({e.msg})") from e
    if not isinstance(value, dict):
        raise ParseError(source, "embedded document is not an object")
    return value


_IDENT = re.compile(r"[A-Za-z_$][\w$]*")


def _js_to_json(text: str, start: int) -> str:
    """Rewrite a JS object literal as JSON: quote bare keys, turn 'x' into "x", drop trailing commas.

    Scans to the matching close brace, minding strings and escapes, so braces inside strings do not count.
    """
    out: list[str] = []  # tokens; whitespace is dropped, JSON does not need it
    depth, i, n = 0, start, len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            j = i + 1
            while j < n and text[j] != ch:
                j += 2 if text[j] == "\\" else 1
            raw = text[i + 1 : j]
            if ch == "'":
                raw = raw.replace("\\'", "'").replace('"', '\\"')
            raw = re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", raw)  # \x41 is JS, not JSON
            out.append(f'"{raw}"')
            i = j + 1
            continue
        if ch.isspace():
            i += 1
            continue
        if ch in "}]" and out and out[-1] == ",":
            out.pop()  # trailing comma
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch.isalpha() or ch in "_$":
            m = _IDENT.match(text, i)
            assert m  # ch starts an identifier
            word = m.group(0)
            if re.match(r"\s*:", text[m.end() : m.end() + 16]) and out and out[-1] in ("{", ","):
                out.append(f'"{word}"')
            else:
                out.append({"undefined": "null", "NaN": "null"}.get(word, word))
            i = m.end()
            continue
        out.append(ch)
        i += 1
        if depth == 0:
            break
    return "".join(out)


# ---- gz.gov.cn and sister sites: one CMS, body in #zoomcon / .info_cont / .content_article ----


def parse_gov_page(root: etree._Element) -> Document | None:
    body = first_match(
        root,
        [
            "//*[@id='zoomcon']",
            "//div[contains(@class,'info_cont')]",
            "//div[contains(@class,'content_article')]",
        ],
    )
    if body is None:
        return None
    meta = page_meta(root)
    info: dict[str, str] = {}
    for li in root.xpath("//div[contains(@class,'xxgkcontop')]//li"):
        label = li.find("span")
        if label is None:
            continue
        key = re.sub(r"[\s:：]", "", label.text_content())
        value = clean_inline("".join(li.xpath("./text()|./*[not(self::script) and not(self::span)]//text()")))
        status = re.search(r"file_status\s*=\s*'([^']+)'", li.text_content())
        info[key] = value or (status.group(1) if status else "")
    source = meta.get("contentsource", "")
    extra = {
        "统一编号": info.get("统一编号", ""),
        "索引号": info.get("索引号", ""),
        "实施日期": iso_date(info.get("实施日期", "")),
        "失效日期": iso_date(info.get("失效日期", "")),
        "文件状态": info.get("文件状态", ""),
        "来源": "" if source in ("本网", "本站") else source,
        "栏目": meta.get("columnname", ""),
        "url": meta.get("url", ""),
    }
    title = page_title(root, meta)
    walker = Walker()
    blocks = walker.run(body)
    bold = {id(blocks[i]) for i in walker.bold}
    blocks = read_layout(blocks)  # an explainer's goal in fragments: one paragraph
    hint = f"{meta.get('columntype', '')} {meta.get('columnname', '')}"
    kind = guess_kind(title, hint)
    if kind == "news":
        blocks = _bold_subheads(blocks, {i for i, b in enumerate(blocks) if id(b) in bold})
    return Document(
        doc_id="",
        title=title,
        lang="",
        blocks=blocks,
        issuer=info.get("发布机关") or info.get("发布机构") or "",
        doc_number=info.get("文号", ""),
        date_written=iso_date(info.get("成文日期", "")),
        date_published=iso_date(meta.get("pubdate", "")) or iso_date(info.get("发布日期", "")),
        kind=kind,
        fmt="gzgov",
        meta={k: v for k, v in extra.items() if v},
    )


def _bold_subheads(blocks: list[Block], bold: set[int]) -> list[Block]:
    """In a news article a short bold line without numbering or final punctuation is a subheading."""
    for i in bold:
        text = blocks[i].text
        if (
            len(text) <= 40
            and not re.search(r"[。；：！？.;:!?]$", text)
            and not re.match(r"[一二三四五六七八九十]+、|（", text)
        ):
            blocks[i] = Block(text, "heading", 3)
    return blocks


# ---- any other bureau's page: its table (or list) of facts beside the text ----


def facts_beside(body: etree._Element, container: etree._Element) -> list[Block]:
    """The tables and lists of a page's facts (索引号, 发文字号, 成文日期…, in cells or "label：value" items) that
    stand outside the container its text was taken from (Beijing's and most provinces' 政务公开 pages print
    them over the article), each as one row of cells for ingest.margins to read (page_facts.meta_row)."""
    inside = set(container.iter())
    rows: list[Block] = []
    taken: set[etree._Element] = set()
    for el in body.iter("table", "ul", "dl"):
        if el in inside or container in set(el.iter()) or any(a in taken for a in el.iterancestors()):
            continue
        cells = [cell.strip() for b in Walker().run(el) for cell in b.text.split(CELL)]
        row = CELL.join(cell for cell in cells if cell)
        if row and fact_row(row):
            rows.append(Block(row))
            taken.add(el)
    return _bar_beside(body, inside) + rows


# a block that holds other blocks is no bar of facts, but the wrapper of one
_BLOCKS = ("div", "p", "table", "ul", "dl", "section", "article")


def _bar_beside(body: etree._Element, inside: set) -> list[Block]:
    """The page's bar of facts between its title and its text, outside the container the text was taken from
    (海关总署's "发布时间：2026-04-29　信息来源：科技发展司【字体：大 中 小】打印"), as one line for
    ingest.info_bar to read; the first such bar with the day it was published, else none."""
    for el in body.iter("div", "p"):
        if el in inside or any(child.tag in _BLOCKS for child in el.iterdescendants()):
            continue
        line = collapse(el.text_content())
        if re.match(r"(?:发布|公开)(?:日期|时间)\s*[:：]", line) and meta_line(Document("", "", "", []), line):
            return [Block(line)]
    return []
