"""A page's own title where its <title> only labels the section it sits in ("Press Releases", "News",
"Notices", "보도자료", "Press Release: Press Information Bureau"): the headline over its text."""

from __future__ import annotations

import re

from ingest.types import Block

# what a CMS's "board" or a ministry's newsroom calls the section a page sits in, not what the page says
_SECTION = (r"(?:Press|News|Media)\s+(?:Releases?|Statements?|Briefings?|Room)|News(?:room)?|Latest\s+News"
            r"|News\s+(?:and|&)\s+(?:Events|Media|Updates)|Press|Media\s+Cent(?:re|er)|Notices?|Announcements?"
            r"|Speeches|보도\s*자료|보도\s*설명|공지\s*사항|報道発表|プレスリリース|お知らせ|新闻发布|新闻稿|通知公告")
# the label alone, or with the site it names after it ("Press Release: Press Information Bureau", "News
# release | Ministry of …"): a site's name, in words that start with capitals
_LABEL_TITLE = re.compile(rf"^(?i:{_SECTION})(?:\s*[:|\-–—]\s*"
                          r"(?P<site>(?:[A-Z][\w&,.'-]*\s*|of\s+|and\s+|for\s+|the\s+){1,8}))?$")
_ORG_WORD = re.compile(r"\b(?:Bureau|Office|Ministry|Department|Agency|Commission|Government|Service|Council|Authority"
                       r"|Cent(?:re|er))\b")
_WIDE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def section_label(title: str) -> bool:
    """Whether a page's title only names the section it sits in (and perhaps the site), not the page."""
    m = _LABEL_TITLE.match(title.strip())
    return bool(m) and (not m.group("site") or bool(_ORG_WORD.search(m.group("site"))))


def headline(title: str, blocks: list[Block]) -> str:
    """The page's title, or where that is a section label its first heading long enough to be a headline (six
    words, or ten characters of a script written without spaces): a press release's own title is the heading
    over its text."""
    if not section_label(title):
        return title
    heads = [b.text for b in blocks if b.kind == "heading" and b.level <= 3 and not section_label(b.text)
             and (len(b.text.split()) >= 6 or len(_WIDE_CHAR.findall(b.text)) >= 10)]
    return heads[0] if heads else title
