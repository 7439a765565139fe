"""The period a Chinese plan's title names, whose end its undated goals are due by: "…实施方案（2026—2028年）"
ends in 2028, a "十五五"规划 or 规划纲要 in 2030, a "2026年…工作要点", 政府工作报告 or 预算草案 in 2026; a section that
looks back ("一、2025年工作回顾", "一、2025年预算执行情况") reports that year's results instead. A plan's undated count
("建设智能工厂200家" in a box of projects of the 十五五 plan) is to be reached within the plan. A section that
states its own term ("实施期限：2026年1月1日至2026年12月31日" over a 绩效目标表) dates the goals after it to its end."""

from __future__ import annotations

import re

from ingest.years import five_year_plan_end

# a plan, by the word its title ends on
_PLAN = r"(?:规划|纲要|方案|计划|行动|措施|意见|要点|路线图|政府工作报告|预算草案)"
# "（2026—2028年）", "(2024-2026年)", "2026—2028年" before the plan word
_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–～~至到]\s*(?P<end>(?:19|20)\d{2})\s*年?[)）]?[^，。；]{0,6}$"
                   r"|[（(]\s*(?:19|20)\d{2}\s*年?\s*[-—–～~至到]\s*(?P<end2>(?:19|20)\d{2})\s*年?\s*[)）]")
# "“十五五”规划", "第十五个五年规划纲要"
_FIVE_YEAR = re.compile(r"[“\"「]?十(?P<n>[一二三四五六七八九])五[”\"」]?[^，。；]{0,30}?(?:规划|纲要)"
                        r"|第十(?P<n2>[一二三四五六七八九])个五年规划")
# a year's plan: "2026年浙江省人工智能产业发展工作要点", "2025年度…工作计划"
_YEAR_PLAN = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?[^，。；]{0,30}?"
                        r"(?:工作要点|工作计划|行动计划|实施方案|工作方案|政府工作报告)")
# a year's budget: "关于无锡市2025年预算执行情况与2026年预算草案的报告" (the draft's year, not the year executed)
_BUDGET = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?(?:(?!(?:19|20)\d{2})[^，。；]){0,12}?预算草案")
# a part of a plan that looks back, whose figures are results: "一、2025年工作回顾", "过去一年工作回顾",
# "过去五年工作回顾"
_REVIEW = re.compile(r"(?:(?P<year>(?:19|20)\d{2})\s*年|(?P<last>过去一年|去年|上一年|过去五年|五年来|"
                     r"“?十[一二三四五六七八九]五”?时期))[^，。；]{0,8}?(?:(?:工作)?(?:回顾|总结)|预算执行情况)"
                     # …or a speech's part that acknowledges last year's work: "一、充分肯定成绩，进一步坚定发展信心"
                     r"|(?P<praised>充分肯定(?:成绩|成效)|(?:取得的|工作)成绩|成绩来之不易)")

# a section's own term: "实施期限：2026年1月1日至2026年12月31日", "项目周期：2025—2027年", "执行期限：2026年"
_TERM = re.compile(r"(?:实施|执行|项目|绩效|资金使用)(?:期限|周期|期)\s*[：:]\s*(?P<start>(?:19|20)\d{2})\s*年"
                   r"(?:[^，。；：:]{0,12}?[-—–～~至到]\s*(?P<end>(?:19|20)\d{2})\s*年)?")


def review_year(headings: list[str], date: str) -> int | None:
    """The year a clause's section looks back on, from its headings ("一、2025年工作回顾": 2025; "过去一年工作回顾" in
    a report of 2026: 2025; a speech's "一、充分肯定成绩" of March 2026: 2025), or None where no heading looks back."""
    for heading in reversed(headings):
        if m := _REVIEW.search(heading):
            if m.group("year"):
                return int(m.group("year"))
            published = re.match(r"((?:19|20)\d{2})-(\d{2})", date or "")
            if not published:
                return None
            # (a speech that praises the year's work late in it, in its last quarter, praises this year's)
            late = m.group("praised") and int(published.group(2)) >= 10
            return int(published.group(1)) - (0 if late else 1)
    return None


def plan_horizon(title: str) -> int | None:
    """The last year of the period a Chinese plan's title names, or None (no plan, or no period)."""
    if not title or not re.search(_PLAN, title):
        return None
    if m := _SPAN.search(title):
        return int(m.group("end") or m.group("end2"))
    if m := _FIVE_YEAR.search(title):
        return five_year_plan_end(m.group("n") or m.group("n2"))
    if m := _BUDGET.search(title) or _YEAR_PLAN.search(title):
        return int(m.group("year"))
    return None


def section_horizons(clauses: list, horizon: int | None) -> list[int | None]:
    """Each clause's horizon: the plan's (horizon), else the end of a term its section states before it ("附件2 …
    实施期限：2026年1月1日至2026年12月31日" over the annex's 年度总体目标 and its indicator rows: 2026), else the end of
    the period of a plan a heading above it names (a compilation's part "四、…三年行动方案（2026—2028年）": 2028)."""
    terms: dict[str, int] = {}
    out = []
    for clause in clauses:
        section = clause.headings[0] if clause.headings else ""
        # (or a plan a heading names with its period: a compilation's "四、…三年行动方案（2026—2028年）")
        named = next((y for h in reversed(clause.headings) if (y := plan_horizon(h)) is not None), None)
        out.append(horizon if horizon is not None else terms.get(section) or named)
        if horizon is None and (m := _TERM.search(clause.text)):
            terms.setdefault(section, int(m.group("end") or m.group("start")))
    return out
