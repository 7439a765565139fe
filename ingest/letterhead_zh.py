"""The 红头 over a Chinese official document's text from a PDF: its "…文件" line, one an issuer in a joint one."""

from __future__ import annotations

import re

from ingest.metadata import is_org_line

# "广东省工业和信息化厅文件": who issues the document, not its title
LETTERHEAD = re.compile(r"^[\u4e00-\u9fff（）()、 ]{2,60}?文件$")
_MOST_ISSUERS = 6  # a joint 红头's lines: one an issuer


def zh_letterhead(lines: list[str]) -> tuple[list[str], str]:
    """lines less the 红头 at their top, and its lines joined by "; " ("" and lines unchanged where there is none):
    a "…文件" line and, in a joint 红头, each other issuer's name alone on a line over or under it ("四川省财政厅
    文件" over "四川省经济和信息化厅"), up to the number or a blank line: no issuer's name is glued to the number."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return lines, ""
    end = first
    while end < len(lines) and end - first < _MOST_ISSUERS and _issuer_line(lines[end].strip()):
        end += 1
    head = [ln.strip() for ln in lines[first:end]]
    if not any(LETTERHEAD.match(t) for t in head):
        return lines, ""
    return lines[:first] + lines[end:], "; ".join(head)


def _issuer_line(text: str) -> bool:
    """A line of a 红头: "…文件", or one organisation's name alone ("四川省经济和信息化厅")."""
    return bool(LETTERHEAD.match(text)) or is_org_line(text) and " " not in text


def title_from_about(title: str) -> str:
    """A joint notice's title from 关于, less its issuers' names printed over it ("A局 B局C局关于组织开展…的通知":
    a PDF's lines, two of them glued by the join); a title that names one issuer, or none before 关于, unchanged."""
    m = re.match(r"^(.{4,200}?)(关于.{4,})$", title)
    if m is None:
        return title
    parts = m.group(1).split()
    names = [n for p in parts for n in re.split(rf"(?<=[局厅委办院部府室心])(?={re.escape(parts[0][:2])})", p)]
    return m.group(2) if len(names) > 1 and all(is_org_line(n) for n in names) else title
