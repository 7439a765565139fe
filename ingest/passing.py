"""Find where a sector is named only in passing: as one kind of applicant, partner, reviewer, stakeholder or
firm among others, or as a perk offered to recruited talent."""

from __future__ import annotations

import re
from typing import NamedTuple

# the words of a list that names who takes part, up to the list's end: a verb or "to", "that" of the sentence,
# its end, or a comma before what the sentence goes on to say (", at least USD 5 billion", ", in the
# development of…")
_LIST_TAIL = (r"(?:(?!\b(?:to|that|which|shall|will|may|must|should|can|could|would|is|are|was|were|has|have|"
              r"had)\b)(?!,\s*(?:(?:at|by|for|in|on|to|through|under|USD)\b|\d|US\$|\$))[^.;:])*")
# who takes part, as a funding notice, a recommendation or a statement names them: "Cost sharing is not required
# for institutions of higher education and nonprofit organizations", "reviewers, who may include federal
# employees and experts", "Involve relevant stakeholders, including the research community, industry, energy
# system operators…", "together with multilateral development banks and the private sector"
_PARTIES = re.compile(
    r"(?:\b(?:stakeholders|partners|participants|reviewers|(?:eligible\s+)?applicants|(?:sub)?recipients)\b,?\s+"
    r"(?:(?:who|which)\s+(?:may|will|must|shall|can)\s+)?(?:include|including|such\s+as|like|from)\b"
    r"|\b(?:not\s+)?required\s+(?:for|of)\b|\beligible\s+(?:entities|applicants|institutions|organi[sz]ations)\s+"
    r"(?:are|include)\b|\breviewed\s+by\b"
    r"|\b(?:together|jointly|in\s+(?:partnership|collaboration|co-?operation|consultation))\s+with\b)"
    + _LIST_TAIL, re.IGNORECASE)
# a party of no sector beside the one named: a list of such kinds names who may take part, not what the measure
# is about (a list of schools and school districts alone is an education programme's)
_OTHER_PARTY = re.compile(
    r"\b(?:non-?profits?|for-profits?|organi[sz]ations?|entities|entity|companies|firms|businesses|enterprises|"
    r"industry|civil\s+society|trade\s+unions|academia|experts|start-?ups|SMEs|private\s+sector|"
    r"research\s+(?:community|institutes|organi[sz]ations)|laboratories)\b", re.IGNORECASE)
# a perk that draws talent, in a list of them: "完善人才住房、子女入学、医疗保障等配套服务" offers housing,
# schooling and medical care to the people recruited, "做好子女入学和配偶就业服务", "提供医疗和出入境便利";
# no measure in housing, education or health care
_PERK = re.compile(r"人才(?:住房|公寓|安居)|子女(?:入学|就学|教育)|配偶(?:就业|安置)|家属安置|出入境(?:便利|服务)")
_LIST_ITEMS = re.compile(r"[^、，,。；;：:\n]{1,12}(?:[、和及与][^、，,。；;：:\n]{1,12})+")
# what talent named earlier in the sentence get, from the perk on: "为顶尖人才…发放“人才服务卡”，持卡人在…医院
# 享受预约诊疗…服务", "…人才的子女申请就读义务教育阶段学校的，由…统筹安排" (the sector of the talent themselves,
# "引进的医疗人才享受…", comes before it and stays)
_PERK_AFTER_TALENT = re.compile(r"人才[^。；！？\n]*?((?:子女|配偶|家属|持卡人|享受)[^。；！？\n]*)")
# kinds of firm in a list, each a noun ending in 企业, 单位 or 机构: "基础电信企业、第三方数据中心企业…和
# 算力设备制造企业" name who signs or takes part, not the sector of each
_FIRM_KIND = r"[\u4e00-\u9fff]{1,12}?(?:企业|单位|机构)"
_FIRM_LIST_ZH = re.compile(rf"{_FIRM_KIND}(?:[、和及与]{_FIRM_KIND}){{2,}}")
_FIRM_SUFFIX = re.compile(r"企业|单位|机构")
# a list of approvals a project still needs, each item a procedure: "项目能评、环评、电力接入等事项尚需取得有关部门
# 批复", "节能审查、环境影响评价、电力接入等手续正在办理中" name steps of a permit, not the project's sector (a list
# of one sector's steps alone, "电力接入、电网接入等手续", keeps it)
_APPROVAL_ITEM = r"[^、，,。；;：:\n]{1,12}"
_APPROVAL_LIST = re.compile(rf"{_APPROVAL_ITEM}(?:[、和及与]{_APPROVAL_ITEM})+"
                            r"(?=等(?:事项|手续)[^。；;，,\n]{0,16}?(?:批复|批准|审批|核准|备案|办理))")
_APPROVAL_SEP = re.compile(r"[、和及与]")


class Passing(NamedTuple):
    """A span that names parties or perks, and the offsets of the other parties it names (none for perks)."""

    start: int
    end: int
    others: tuple[int, ...]


def passing_spans(text: str) -> list[Passing]:
    """The spans of a text that name parties to a measure beside others, or perks offered to talent."""
    spans, at = [], 0
    while m := _PARTIES.search(text, at):  # one list may hold another's cue: "reviewed by reviewers, who include"
        at = m.start() + 1
        others = tuple(o.start() for o in _OTHER_PARTY.finditer(text, m.start(), m.end()))
        if others:
            spans.append(Passing(m.start(), m.end(), others))
    for m in _LIST_ITEMS.finditer(text):
        if _PERK.search(m.group()):
            spans.append(Passing(m.start(), m.end(), ()))
    spans += [Passing(*m.span(1), ()) for m in _PERK_AFTER_TALENT.finditer(text)]
    for m in _APPROVAL_LIST.finditer(text):  # each item is a step: another unless a sector's term opens it
        starts = (m.start(), *(s.end() for s in _APPROVAL_SEP.finditer(text, *m.span())))
        spans.append(Passing(m.start(), m.end(), starts))
    for m in _FIRM_LIST_ZH.finditer(text):  # each kind is a party: its 企业 is another unless a sector names it
        spans.append(Passing(m.start(), m.end(), tuple(k.start() for k in _FIRM_SUFFIX.finditer(text, *m.span()))))
    return spans


def in_passing(start: int, end: int, spans: list[Passing], own: list[tuple[int, int]]) -> bool:
    """Whether a sector's mention at start..end lies in a span naming perks, or parties of which one is of no
    sector's: a party its own mentions qualify ("health organizations", "energy companies") is the sector's."""
    for span in spans:
        if span.start <= start and end <= span.end:
            if not span.others:
                return True
            if any(not any(a <= o <= b + 1 for a, b in own) for o in span.others):
                return True
    return False


# a list of fields, as a table's title names a department's portfolio: "Main science, technology and energy
# commitments", 科技、教育和能源重点任务
_FIELDS = re.compile(r"\b[\w-]+(?:,\s+[\w-]+)*,?\s+(?:and|&)\s+[\w-]+"
                     r"|[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+(?:[和及与][\u4e00-\u9fff]{1,6})?")
_FIELD_SEP = re.compile(r",?\s+(?:and|&)\s+|,\s+|[、和及与]")


def among_fields(text: str, hits: dict[str, list[tuple[int, int]]]) -> set[str]:
    """The sectors (of hits: sector -> spans) a text names only as fields of a list beside one of no sector:
    a title over "science, technology and energy" commitments says what a department covers, not that each
    row is about energy."""
    out = set()
    for m in _FIELDS.finditer(text):
        cuts = [m.start(), *(x for s in _FIELD_SEP.finditer(m.group()) for x in (m.start() + s.start(),
                                                                                   m.start() + s.end())), m.end()]
        items = list(zip(cuts[::2], cuts[1::2], strict=True))
        held = {i for i, (a, b) in enumerate(items) for spans in hits.values() for s, e in spans if s < b and a < e}
        if len(held) < len(items):
            out |= {t for t, spans in hits.items()
                    if all(any(a <= s and e <= b for a, b in (items[i] for i in held)) for s, e in spans)}
    return out
