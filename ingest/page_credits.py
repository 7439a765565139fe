"""The lines a Chinese news or explainer page prints at the foot of its text: a link to the document it
reports ("相关链接：上海市人民政府办公厅关于印发《…》的通知", meta["相关链接"]), its credit
("（本文图片及文字由市经济信息化委提供）", meta["供稿"]), its source ("（信息来源：…秘书处　联系电话：…）",
meta["来源"] and meta["contact"]), a newspaper's day and page ("（《人民日报》2025年03月06日 第 01 版）",
meta["edition"]) and its editors ("(责编：张三、李四)", meta["editors"]). They say where the page comes from, not
what a policy provides: metadata, not clauses."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from ingest.margins import is_debris
from ingest.text import collapse
from ingest.types import Block, Document

_LINK = re.compile(r"^(?:相关链接|相关阅读|相关文件|原文链接|政策原文)\s*[:：]\s*(?P<what>\S.{0,300})$")
# the same line where the page sets it apart from the text, as 海关总署's <div class="easysite-news-related">
# "相关链接：<a href="…">《…》政策解读</a>" (dropped with the page's other boxes): a few links after the label
_LINK_BOX = re.compile(r"^(?:相关链接|相关阅读|相关文件|原文链接|政策原文|政策解读|相关解读)\s*[:：]")
_BOX_MAX, _BOX_LINKS = 300, 5  # characters and links of such a line at most: a longer box is a list of news
# "（本文图片及文字由市经济信息化委提供）", "（图文由市科委提供）", "(本文转载自…)"
_CREDIT = re.compile(r"^[（(](?P<what>(?:本文|本稿|文中|图片|文字|图文|稿件)[^（）()。；]{0,40}?"
                     r"(?:提供|供稿|供图|转载自[^（）()。；]{1,30}))[)）]$")
# the closing source line, whom to call with it or not: "（信息来源：算力服务专业委员会秘书处　联系电话：010-66028888）"
_SOURCE = re.compile(r"^[（(]?(?:信息来源|稿件来源|来源)\s*[:：]\s*(?P<what>[^\s（）()：:，,；;]{2,40})"
                     r"(?:[\s，,；;]*(?P<call>(?:联系电话|电话|联系方式)\s*[:：]\s*[\d\-－—()（） 转]{7,40}?))?[)）]?$")

# a newspaper's piece reprinted on its site, the day and page it ran on: "（《人民日报》2025年03月06日 第 01 版）"
_EDITION = re.compile(r"^[（(]《(?P<paper>[^《》]{2,20})》\s*(?P<day>\d{4}年\d{1,2}月\d{1,2}日)\s*"
                      r"(?:第\s*\d{1,3}\s*版)?[)）]$")
# its editors' credit at the foot: 人民网's "(责编：张三、李四)"
_EDITORS = re.compile(r"^[（(]\s*(?:责编|责任编辑)\s*[:：]\s*(?P<who>[^（）()]{2,40}?)\s*[)）]$")


def page_credits(doc: Document, blocks: list[Block]) -> list[Block]:
    """The blocks without the link and credit lines that end them, before the page's own debris ("【责任编辑：李雯】",
    dropped later), read into doc.meta; the others as they were."""
    kept: list[Block] = []
    end = len(blocks)
    while end and blocks[end - 1].kind == "para":
        text = blocks[end - 1].text.strip()
        if m := _LINK.match(text):
            key = "相关链接"
        elif m := _SOURCE.match(text):
            _closing_source(doc, m)
            end -= 1
            continue
        elif m := _CREDIT.match(text):
            key = "供稿"
        elif m := _EDITORS.match(text):
            doc.meta.setdefault("editors", m.group("who"))
            end -= 1
            continue
        elif m := _EDITION.match(text):  # a newspaper's own piece: news, its paper the source
            doc.meta.setdefault("edition", text[1:-1])
            doc.meta.setdefault("来源", m.group("paper"))
            doc.kind = doc.kind or "news"
            end -= 1
            continue
        elif is_debris(text):
            kept.insert(0, blocks[end - 1])
            end -= 1
            continue
        else:
            break
        if m.group("what") not in doc.meta.get(key, "").split("; "):  # read already from the page's own box
            doc.meta[key] = "; ".join(filter(None, [m.group("what"), doc.meta.get(key, "")]))
        end -= 1
    return blocks[:end] + kept


def _closing_source(doc: Document, m: re.Match[str]) -> None:
    """The source line's office as meta["来源"] (where the page's bar gave none) and, with a telephone number,
    the office and number as meta["contact"], as a contact line's are."""
    doc.meta.setdefault("来源", m.group("what"))
    if m.group("call"):
        said = f"{m.group('what')} {m.group('call')}"
        doc.meta["contact"] = "; ".join(filter(None, [doc.meta.get("contact", ""), said]))


def related_links(root: etree._Element, page_url: str) -> dict[str, str]:
    """The page's 相关链接 line wherever it stands, read before the page's boxes are dropped: meta["相关链接"] the
    linked titles, meta["相关链接_url"] their addresses resolved against the page's own (none where the page has
    no http(s) address to resolve a relative link against); {} where the page has none."""
    boxes = [el for el in root.iter("div", "p", "li", "span", "td", "dd") if _LINK_BOX.match(_head(el))
             and el.find(".//a") is not None and len(collapse(el.text_content())) <= _BOX_MAX]
    boxes = [el for el in boxes if not any(other is not el and el in other.iterancestors() for other in boxes)]
    titles: list[str] = []
    urls: list[str] = []
    for box in boxes:
        links = [a for a in box.iter("a") if collapse(a.text_content())]
        if len(links) > _BOX_LINKS:
            continue
        for a in links:
            titles.append(collapse(a.text_content()))
            href = (a.get("href") or "").strip()
            url = urljoin(page_url, href) if re.match(r"https?://", page_url) else href
            if re.match(r"https?://", url):
                urls.append(url)
    out = {"相关链接": "; ".join(dict.fromkeys(titles))} if titles else {}
    if urls:
        out["相关链接_url"] = "; ".join(dict.fromkeys(urls))
    return out


def _head(el: etree._Element) -> str:
    """The text an element opens with: its own, else its first child's ("<span>相关链接：</span><a …>")."""
    own = collapse(el.text or "")
    return own or (collapse(el[0].text or "") if len(el) and isinstance(el[0].tag, str) else "")
