"""A Chinese guide's decimal titles: a 项目申报指南's 二级 directions, "1.1 面向大模型训练的…（基础前沿技术类）" under
its 一级 "1. 新型计算体系结构", each a heading over its labelled paragraphs (研究内容：…, 考核指标：…, 关键词：…)."""

from __future__ import annotations

import re

from ingest.outline_stack import title_like

# "1.1 面向…体系结构（基础前沿技术类）": the number with no dot after it, a space, then a Chinese title (no sentence);
# applicants apply, and readers cite, by it ("项目统一按指南二级标题（如1.1）的研究方向申报")
_DECIMAL_TITLE = re.compile(r"(\d{1,2})\.(\d{1,2})[ \u3000]+(?=[\u4e00-\u9fff“《（])")
TITLE_MAX = 60


def decimal_title(text: str) -> tuple[int, int, int] | None:
    """The parent's number, the title's own and where its words start, for a Chinese decimal title ("1.1 面向…"
    -> (1, 1, 4)); None for any other line (a sentence after the number, "1.5 亿元…", an English "3.1 AI …")."""
    m = _DECIMAL_TITLE.match(text)
    if m is None or not title_like(text[m.end():].strip(), TITLE_MAX):
        return None
    return int(m.group(1)), int(m.group(2)), m.end()
