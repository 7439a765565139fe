"""Reads an article saved from a WeChat 公众号 (mp.weixin.qq.com): its text in #js_content, which WeChat serves
hidden until its script shows it; the account, the day and the 阅读原文 link its script gives; and the furniture
around its text (follow prompts, sign-off lines, 往期推荐, the share bar, image captions) as metadata or nothing."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from lxml import etree

from ingest.html import first_match, page_meta, page_title
from ingest.html_blocks import Walker, clean_inline
from ingest.infographic import read_layout
from ingest.kinds import guess_kind
from ingest.metadata import iso_date
from ingest.numbering import read_number
from ingest.types import Block, Document

_HIDDEN = re.compile(r"(?:visibility\s*:\s*hidden|display\s*:\s*none|opacity\s*:\s*0(?:\.0+)?)\s*;?", re.I)
# its script's facts: var ct = "1772524800"; var publish_time = "2026-03-03" || ""; var nickname = htmlDecode("…")
_SCRIPT_DAY = re.compile(r"""\b(?:publish_time|create_time)\s*=\s*["'](\d{4}-\d{1,2}-\d{1,2})""")
_SCRIPT_STAMP = re.compile(r"""\bvar\s+(?:ct|create_time)\s*=\s*["']?(\d{10})\b""")
_SCRIPT_NAME = re.compile(r"""\bvar\s+nickname\s*=\s*(?:htmlDecode\(\s*)?["']([^"'\n]{1,60})["']""")
_SCRIPT_SOURCE = re.compile(r"""\bvar\s+msg_source_url\s*=\s*["'](https?://[^"'\s]+)["']""")
_CHINA_TIME = timezone(timedelta(hours=8))  # a post's unix time, read as the day it went out in China

# an emoji or symbol that opens a paragraph as its bullet or icon: ✅ 📌 ▶ 🔹 💡 ▲ ★ ● (not ① or a keycap's digit)
_LEAD = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF\u2190-\u21FF\u2300-\u23FF"
                   r"\uFE0F\u200D]|\s)+")
# a photo's caption: "▲西安高新区人工智能计算中心（资料图）", "图为…"; what the image shows, which is not read
_CAPTION = re.compile(r"^(?:[▲△↑]|图为|图[:：])")
# the account's prompts to follow it, and the bar and links WeChat draws under every post
# ("点击上方蓝字关注我们", "长按识别二维码关注"; not "重点关注…", a line of text)
_FOLLOW = re.compile(r"^(?=.{0,40}$)[^。；]{0,10}(?:点击|长按|扫码|扫描|识别)[^。；]{0,20}(?:关注|星标)[^。；]{0,20}$")
_BAR = re.compile(r"^(?:(?:分享|收藏|点赞|在看|转发|喜欢|留言|赞)[\s·|丨/]*){2,}$")
_FURNITURE = re.compile(r"^(?:阅读原文|预览时标签不可点|微信扫一扫(?:关注该公众号)?|继续滑动看下一个"
                        r"|向上滑动看下一个)$")
# the head of the links to the account's other posts, over their titles
_MORE = re.compile(r"^[\W_]*(?:往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|延伸阅读|精彩推荐|精彩回顾|热文推荐"
                   r"|近期热文|猜你喜欢|更多精彩)[\W_]*$")
# its sign-off, a line of fields: "来源：西安市工业和信息化局、西安发布", "编辑：王小雨", "文字 | 张三  审核 | 李四"
_SOURCES = r"(?:本文|内容|素材|文章|信息)?来源"
_SIGN = (rf"{_SOURCES}|责任编辑|编辑|责编|审核|审校|校对|排版|作者|撰稿|供稿|文字|文案|图片|摄影|美编|设计|"
         r"初审|复审|终审|统筹|策划|监制|出品|通讯员")  # (not 记者: a transcript's "记者：…" asks a question)
_SIGN_FIELD = re.compile(rf"(?P<name>{_SIGN})\s*[:：|｜]\s*(?P<value>\S(?:.*?\S)??)(?=\s+(?:{_SIGN})\s*[:：|｜]|\s*$)")
_SIGN_VALUE = re.compile(r"[^。；！？，,：:]{1,40}")
# an editor's note closing the text under its own label: "💡划重点：2025年，…", "📞政策咨询：…，029-86781234。"
_NOTE = re.compile(r"^[【\[]?(?P<label>划重点|重点提示|温馨提示|特别提示|特别提醒|小编提示|政策咨询|咨询电话|咨询方式"
                   r"|联系方式|联系电话)[】\]]?\s*[:：]\s*(?P<rest>\S.*)$")
_SENTENCE = re.compile(r"[。；！？!?;，,：:]")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(]|\d{1,2}\s*[.、．])")


def wechat_content(root: etree._Element) -> etree._Element | None:
    """The element that holds a WeChat article's text (#js_content, rich_media_content), or None if the page
    is no WeChat article."""
    content = first_match(root, ["//*[@id='js_content']"])
    if content is None:
        return None
    own = "rich_media_content" in (content.get("class") or "") or "mp.weixin.qq.com" in page_meta(root).get(
        "og:url", "")
    return content if own else None


def parse_wechat(root: etree._Element, content: etree._Element) -> Document:
    """A WeChat article: its text whatever the inline style that hides it, its day (date_published), account
    (meta["account"]; the issuer where no 来源 line names one) and original's link (meta["阅读原文"])."""
    meta = page_meta(root)
    script = "\n".join(s.text or "" for s in root.iter("script"))
    doc = Document(doc_id="", title=page_title(root, meta), lang="", blocks=[], kind="", fmt="html")
    doc.date_published = _day(root, script)
    if account := _account(root, script):
        doc.meta["account"] = account
    if link := _original(root, script):
        doc.meta["阅读原文"] = link
    content.set("style", _HIDDEN.sub("", content.get("style") or ""))  # shown by WeChat's script, read here
    walker = Walker()
    blocks = walker.run(content)
    bold = {id(blocks[i]) for i in walker.bold}
    links = {clean_inline(a.text_content()) for a in content.iter("a")} - {""}
    blocks = _text_blocks(doc, blocks, bold, links)
    doc.blocks = read_layout(blocks)  # a 一图读懂's goal set in fragments: one paragraph
    doc.kind = guess_kind(doc.title, "news")  # a post is news unless its title names a rule or notice
    if not doc.meta.get("来源") and account:
        doc.issuer = account  # the account that published it, as a news page's publisher
    return doc


def _day(root: etree._Element, script: str) -> str:
    if m := _SCRIPT_DAY.search(script):
        return iso_date(m.group(1))
    if m := _SCRIPT_STAMP.search(script):
        return datetime.fromtimestamp(int(m.group(1)), _CHINA_TIME).date().isoformat()
    shown = first_match(root, ["//*[@id='publish_time']"])  # a copy saved after the script wrote it
    return iso_date(shown.text_content()) if shown is not None else ""


def _account(root: etree._Element, script: str) -> str:
    shown = first_match(root, ["//*[@id='js_name']", "//*[contains(@class,'profile_nickname')]"])
    name = clean_inline(shown.text_content()) if shown is not None else ""
    return name or ((m := _SCRIPT_NAME.search(script)) and clean_inline(m.group(1))) or ""


def _original(root: etree._Element, script: str) -> str:
    if m := _SCRIPT_SOURCE.search(script):
        return m.group(1)
    shown = first_match(root, ["//*[@id='js_view_source']"])
    href = (shown.get("href") or "").strip() if shown is not None else ""
    return href if re.match(r"https?://", href) else ""


def _text_blocks(doc: Document, blocks: list[Block], bold: set[int], links: set[str]) -> list[Block]:
    """The article's own blocks: furniture dropped, sign-off lines and captions read into doc.meta, its
    section heads as headings, and no paragraph opening with an emoji bullet."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block, text = blocks[i], blocks[i].text.strip()
        i += 1
        if _FOLLOW.match(text) or _BAR.match(text) or _FURNITURE.match(_LEAD.sub("", text)):
            continue
        if _MORE.match(text):  # the account's other posts: the head and the titles that link to them
            while i < len(blocks) and (blocks[i].text.strip() in links or _BAR.match(blocks[i].text.strip())):
                i += 1
            continue
        if _sign_off(doc, text) or _caption(doc, text):
            continue
        out += _heads(block, text, bold, blocks[i - 2] if i >= 2 else None, blocks[i] if i < len(blocks) else None)
    return [b for b in out if b.text]


def _sign_off(doc: Document, text: str) -> bool:
    """Read a line of sign-off fields ("来源：…", "编辑：…", "审核：…") into doc.meta; False if it is not one."""
    fields = list(_SIGN_FIELD.finditer(text))
    gaps = (text[a.end():b.start()] for a, b in zip(fields, fields[1:], strict=False))
    if not fields or fields[0].start() or any(gap.strip() for gap in gaps):
        return False
    if not all(_SIGN_VALUE.fullmatch(m.group("value")) for m in fields):
        return False
    for m in fields:
        key = "来源" if re.fullmatch(_SOURCES, m.group("name")) else m.group("name")
        doc.meta.setdefault(key, m.group("value"))
    return True


def _caption(doc: Document, text: str) -> bool:
    """Read a photo's caption ("▲…（资料图）") into doc.meta["captions"]; False if it is not one."""
    if len(text) > 80 or not _CAPTION.match(text):
        return False
    caption = _LEAD.sub("", text)
    doc.meta["captions"] = "; ".join(filter(None, [doc.meta.get("captions", ""), caption]))
    return True


def _heads(block: Block, text: str, bold: set[int], before: Block | None, after: Block | None) -> list[Block]:
    """The block as the article sets it: a short head in bold or after an icon ("📌 政策亮点") a heading, an editor's
    labelled note ("💡划重点：…") a heading over its text, else a paragraph, without the emoji that opens it."""
    plain = _LEAD.sub("", text)
    lead = text[:len(text) - len(plain)].strip()
    if block.kind != "para":
        return [Block(plain, block.kind, block.level)]
    if note := _NOTE.match(plain):
        return [Block(note.group("label"), "heading", 3), Block(note.group("rest"))]
    listed = lead and any(b is not None and b.text.startswith(lead) for b in (before, after))  # a list's bullets
    head = (id(block) in bold or lead and not listed) and 2 <= len(plain) <= 30 and not _SENTENCE.search(plain)
    numbered = _NUMBERED.match(plain) or read_number(plain) is not None
    if head and not numbered and after is not None and after.kind == "para":
        return [Block(plain, "heading", 3)]
    return [Block(plain)]
