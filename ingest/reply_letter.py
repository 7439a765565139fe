"""A Chinese department's reply to a deputy's 建议 or a member's 提案 (建议提案答复函): its header lines (提案人,
办理类别), its salutation ("王建国委员：") and its closing courtesy ("感谢您对…的关心和支持…"), read into the
document's metadata. They say whom it answers and how the case was classed, not what is done; the courtesy
had been read as the last reply's own words."""

from __future__ import annotations

import re

from ingest.types import Block, Document

# a reply, told by its title ("…关于市政协十四届四次会议第0123号提案答复的函") or by its opening ("现答复如下")
_REPLY_TITLE = re.compile(r"(?:提案|建议|议案)[^，。]{0,12}答复|答复[^，。]{0,20}(?:提案|建议)")
_REPLIES = re.compile(r"现(?:将有关情况)?答复如下|现(?:函)?复如下")
# a header line: "提案人：王建国委员", "办理类别：B类（…）", "领衔代表：…", "提案号：第0123号"
_HEADER = re.compile(r"^(?P<key>提案人|建议人|提出人|领衔代表|领衔委员|附议人|提案号|建议号|案号|办理类别|办理结果|"
                     r"答复类别)\s*[：:]\s*(?P<value>.{1,80})$")
# whom it is written to, alone on its line: "王建国委员：", "尊敬的李华代表："
_SALUTATION = re.compile(r"^(?:尊敬的)?[\u4e00-\u9fff·]{2,12}(?:委员|代表|同志|先生|女士)"
                         r"(?:[、，,][\u4e00-\u9fff·]{2,12}(?:委员|代表|同志|先生|女士))*\s*[：:]$")
# the courtesy that closes it: "感谢您对我市数字经济发展的关心和支持，欢迎继续提出宝贵意见。"
_COURTESY = re.compile(r"^(?:衷心|再次)?感谢(?:您|你们|各位(?:委员|代表)?)[^。]{0,60}?(?:关心|关注|支持|理解)"
                       r"[^。]{0,40}[。！!](?:[^。]{0,40}(?:意见|建议|指导)[^。]{0,10}[。！!])?$")
_OPENING = 6  # how many blocks the header and salutation may take


def reply_letter(doc: Document, blocks: list[Block]) -> list[Block]:
    """blocks less a reply's header lines (`meta` under their own names: 提案人, 办理类别 …), its salutation
    (`meta.addressee`) and its closing courtesy (`meta.closing`); other documents' blocks unchanged."""
    if not (_REPLY_TITLE.search(doc.title)
                                or any(_REPLIES.search(b.text) for b in blocks[:_OPENING + 2])):
        return blocks
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if i < _OPENING and block.kind == "para" and (m := _HEADER.match(text)):
            doc.meta.setdefault(m["key"], m["value"].strip())
        elif i < _OPENING and block.kind == "para" and _SALUTATION.match(text):
            doc.meta.setdefault("addressee", text.rstrip("：: "))
        else:
            kept.append(block)
    # the courtesy may stand over the contact line, which is read later
    at = next((i for i in range(len(kept) - 1, max(len(kept) - 4, -1), -1)
               if kept[i].kind == "para" and _COURTESY.match(kept[i].text.strip())), None)
    if at is not None:
        doc.meta.setdefault("closing", kept.pop(at).text.strip())
    return kept
