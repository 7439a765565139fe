"""Tag clauses with taxonomy tags by bilingual rules, each tag with its evidence, and find targets."""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.indicators import indicator_targets, milestone_targets
from ingest.leads import list_leads
from ingest.passing import among_fields, in_passing, passing_spans
from ingest.plan_period import review_year, section_horizons
from ingest.simplified import AsWritten, to_simplified
from ingest.targets import extract_targets
from ingest.taxonomy import Tag, Taxonomy, load_taxonomy
from ingest.types import CELL, Clause, Target

log = logging.getLogger(__name__)

MAX_EVIDENCE = 3  # matched terms quoted as evidence per tag
# two or more capitalised words, joined by lower-case glue: "Department of Energy", "Naval Community College"
_NAME = re.compile(r"\b[A-Z][\w'.&-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*[A-Z][\w'.&-]*)+")
# a name's last word, and that word standing for the name later ("the Bank", "the Fund", "the Council")
_NAME_HEAD = re.compile(r"\b[A-Z][\w'.&-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*[A-Z][\w'.&-]*)*\s+([A-Z][a-z]+)\b")
_SHORT_NAME = re.compile(r"\bthe\s+([A-Z][a-z]+)(?='s\b|\b)")
# a legislative committee, named to receive a report: "the Committees on Commerce, Science, and
# Transportation and on Energy and Commerce" names no sector, whatever words its name holds
_COMMITTEE = re.compile(r"\b(?:Sub)?[Cc]ommittees?\s+on\s+(?:the\s+)?[A-Z][\w'’&-]*"
                        r"(?:(?:,\s+(?:(?:and|on)\s+)*|\s+(?:(?:and|of|on|the|&)\s+)*)[A-Z][\w'’&-]*)*")
# a list of government bodies, in Chinese: "公安、教育、民政、社保…等的信息资源", "医保、教育及税务等部门";
# its items name departments, not sectors (the list's tail, 部门 or 信息资源, keeps its own terms)
_ITEM = r"[\u4e00-\u9fff]{1,6}"
_AGENCY_LIST_ZH = re.compile(rf"{_ITEM}(?:(?:、{_ITEM}){{2,}}(?:[和及与]{_ITEM})?|、{_ITEM}[和及与]{_ITEM})"
                             r"(?=等(?:有关|相关|职能|法人)?(?:部门|单位|机构|的?信息|的?数据))")
# a Chinese agency's name: a level, its field and 局, 厅, 委 or 委员会 ("省能源局", "市卫生健康委", "国家能源局");
# like "Department of Energy", it names who acts, not the sector a measure is about
# (its field holds no particle or verb of a sentence: not "全市各医院成立伦理委员会")
_AGENCY_ZH = re.compile(r"(?:国家|中央|自治区|省|市|区|县|州|镇)"
                        r"(?:(?![的各与及在对从向将把被为了等立])[\u4e00-\u9fff]){1,10}?"
                        r"(?:(?<![布格大全结开当])局|(?<![大展餐客门])厅|委员会|委(?![托派员])|办公室)")
# a sentence ends at . ! ? ; before a new sentence's first character (not after an initial: U.S.),
# at 。；！？ and at a line break
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?;](?=\s+[A-Z0-9(\"“'])|[。；！？]|\n\s*")
SHORT_TEXT = 400  # characters: a text this short is about whatever sector it names
WEAK_MENTIONS = 2  # a longer text must mention a sector's weak terms this often to be about it
ENUMERATION = 3  # a sentence naming this many sectors lists fields of application
# a weak term framed as a field of application: "AI in transportation", "uses in the energy sector"
_FIELD_BEFORE = re.compile(
    r"\b(?:AI|artificial intelligence|technolog(?:y|ies)|applications?|appl(?:y|ied|ying)|uses?|used|"
    r"adopt(?:ed|ion)?|deploy(?:ed|ing|ment)?)\s+(?:of\s+(?:AI|artificial intelligence|"
    r"(?:the\s+|these\s+|such\s+)?technolog(?:y|ies))\s+)?(?:in|to|for|across|within)\s+"
    r"(?:the\s+|its\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# examples given in passing, up to the end of the list: "such as factories, offices…" ends before "to",
# "that", a verb of the sentence or its end; "例如医院、学校等" before 等
_EXAMPLE = re.compile(r"\b(?:such as|e\.g\.|for example|for instance)\b(?:(?!\b(?:to|that|which|who|shall|will|may|"
                      r"must|should|can|could|would|is|are|was|were|has|have|had)\b)[^.;:。；])*"
                      r"|(?:例如|比如|诸如)[^。；等]*", re.IGNORECASE)
_FIELD_AFTER = re.compile(r"-related\b|\s+(?:sectors?|industry|industries|field|domain)\b", re.IGNORECASE)


@dataclass(slots=True)
class TagResult:
    """The tags of one text, sorted, with evidence for each and the targets found."""

    tags: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)


# the name an Act gives itself: "This Act may be cited as the Artificial Intelligence (Compute and Skills) Act
# 2025" is about its name, not compute or skills; the rules a standard's foreword says it was drafted by,
# "本文件按照GB/T 1.1—2020《标准化工作导则…》的规定起草", are about its layout
_CITED_AS = re.compile(r"\bmay be cited as\b[^.;\n]*|(?:本文件|本标准|本部分)(?:按照|依据|根据)[^。；\n]*?起草",
                       re.IGNORECASE)
# what a measure leaves out of its scope, up to the next comma: "This memorandum does not apply to AI used as a
# component of a national security system", "(except for AI used as a component of a national security
# system)", "本办法不适用于…"; the sector it names is not the measure's
_EXCEPTED = re.compile(r"\b(?:(?:does|do|shall|will|should|must)\s+not\s+apply\s+to|except\s+for|"
                       r"with\s+the\s+exception\s+of)\b[^.,;:()]*|不适用于[^。，；：（）]*", re.IGNORECASE)


def _blank(text: str, tag: Tag) -> str:
    """The text with this tag's excluded phrases, committee names, lists of departments, an Act's short
    title and, for a sector (a sub-tag), what a measure excepts from its scope blanked out, offsets kept."""
    spans = [(m.start(), m.end()) for m in (*tag.mask.finditer(text), *_COMMITTEE.finditer(text),
                                            *_AGENCY_LIST_ZH.finditer(text), *_CITED_AS.finditer(text),
                                            *(_EXCEPTED.finditer(text) if tag.parent else ()))]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the text's sentences."""
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _vetoed(text: str, tag: Tag) -> list[tuple[int, int]]:
    """The sentences where one of the tag's not_near terms shows the words mean something else."""
    if not tag.not_near:
        return []
    return [(a, b) for a, b in _sentences(text) if next(tag.veto.finditer(text[a:b]), None)]


class Hit(NamedTuple):
    """One mention of a tag's term: its offsets, the term as written, and whether it is weak."""

    start: int
    end: int
    term: str
    weak: bool


def find_hits(text: str, tag: Tag) -> list[Hit]:
    """Every mention of the tag's terms that counts: not excluded, not in a name or vetoed sentence."""
    if tag.assigned_by:
        return []
    blanked = _blank(text, tag)
    vetoed = _vetoed(text, tag)
    # inside a proper name or an agency's, only the names the tag lists itself count
    names = _names(text) if tag.skip_names else []
    own_names = _name_terms(tag)

    def found(matcher, weak: bool) -> list[Hit]:
        return [Hit(m.start(), m.end(), term, weak) for m in matcher.finditer(blanked)
                if (term := m.group().strip()) and not _inside(m.start(), m.end(), vetoed)
                and (_own_name(term, own_names) or not _inside(m.start(), m.end(), names))]

    strong = found(tag.match, False)
    weak = [h for h in found(tag.weak, True) if not any(h.start < s.end and s.start < h.end for s in strong)]
    return sorted(strong + weak)


@functools.lru_cache(maxsize=64)
def _names(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the proper names and Chinese agency names in a text, and of a name's last word standing for
    it ("the Canada Infrastructure Bank … the Bank's capital"), read once for all sector tags."""
    names = [(m.start(), m.end()) for m in (*_NAME.finditer(text), *_AGENCY_ZH.finditer(text))]
    heads = {m.group(1) for m in _NAME_HEAD.finditer(text)}
    short = [m.span(1) for m in _SHORT_NAME.finditer(text) if m.group(1) in heads]
    return tuple(names + short)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _own_name(term: str, own_names: frozenset[str]) -> bool:
    """Whether a term as written is one of the tag's names, in the singular or plural ("Patient Safety
    Organizations")."""
    term = term.lower()
    return term in own_names or term.endswith("s") and term[:-1] in own_names


@functools.lru_cache(maxsize=256)
def _name_terms(tag: Tag) -> frozenset[str]:
    """The tag's English terms that are names themselves ("DoD", "Department of Defense"),
    lower-cased: skip_names keeps a common word ("energy") out of a name ("Department of Energy"),
    never the name a term gives ("the DoD shall", "DOD and ODNI", "Patient Safety Organizations")."""
    return frozenset(t.lower() for t in (*tag.terms_en, *tag.weak_terms) if t[:1].isupper())


def _framed(text: str, hit: Hit) -> bool:
    """Whether a weak term stands where a field of application does: "AI in transportation"."""
    return bool(_FIELD_BEFORE.search(text, 0, hit.start) or _FIELD_AFTER.match(text, hit.end))


def _select(text: str, hits: list[Hit], listed: list[tuple[int, int]] = ()) -> list[str]:
    """The distinct terms of the hits that make the tag, in order of appearance; [] if they do not.

    A weak term alone makes the tag in a short text, in a field-of-application frame, in a sentence
    that lists several sectors (listed), or when the text names it WEAK_MENTIONS times or more.
    """
    def firm(h: Hit) -> bool:
        return (not h.weak or len(text) <= SHORT_TEXT or _framed(text, h)
                or any(a <= h.start < b for a, b in listed))

    if not any(firm(h) for h in hits) and len(hits) < WEAK_MENTIONS:
        return []
    seen: dict[str, str] = {}
    for h in hits:
        seen.setdefault(h.term.lower(), h.term)
    return list(seen.values())


def match_tag(text: str, tag: Tag) -> list[str]:
    """The distinct terms of a tag found in the text, in order of appearance (case as written).

    A term inside a proper name (for skip_names tags), or in a sentence holding one of the tag's
    not_near terms, does not count; weak terms need support (see _select).
    """
    return _select(text, find_hits(text, tag))


def _enumerations(text: str, hits: dict[str, list[Hit]], taxonomy: Taxonomy) -> list[tuple[int, int]]:
    """The sentences naming ENUMERATION or more sub-tags of one parent: lists of fields of application."""
    out = []
    for a, b in _sentences(text):
        named = Counter(taxonomy[t].parent for t, hs in hits.items()
                        if taxonomy[t].parent and any(a <= h.start < b for h in hs))
        if named and max(named.values()) >= ENUMERATION:
            out.append((a, b))
    return out


def tag_text(text: str, *, date: str = "", taxonomy: Taxonomy | None = None,
             leads: Sequence[str] = (), columns: str = "", period: int | None = None,
             horizon: int | None = None, project_end: int | None = None) -> TagResult:
    """Tag one text: rule tags with their matched terms, parents of sub-tags, and targets (leads: the
    lead-ins of the lists the text is an item of, innermost first; see extract_targets; columns: the
    header row of the table the text is a row of, whose year columns set goals, see indicators.py; period:
    the year a report reports on, see find_years; horizon: the last year of the plan it is part of, see
    plan_period.py).

    Traditional Chinese is read through its simplified copy (ingest/simplified.py), which has its offsets:
    a target's span is the text's own words, the evidence the terms as the rules spell them.
    """
    taxonomy = taxonomy or load_taxonomy()
    written, text = text, to_simplified(text)
    leads, columns = [to_simplified(lead) for lead in leads], to_simplified(columns)
    hits = {tag.id: found for tag in taxonomy.tags if (found := find_hits(text, tag))}
    # a sector named only as a kind of party beside others, or as a perk, is not what the text is about
    if passing := passing_spans(text):
        hits = {t: kept for t, found in hits.items() if (kept := [
            h for h in found if not (taxonomy[t].parent and in_passing(h.start, h.end, passing,
                                                                       [(g.start, g.end) for g in found]))])}
    listed: list[tuple[int, int]] = []
    if len(text) > SHORT_TEXT:
        listed = _enumerations(text, hits, taxonomy)
        # a sector named as one example among others is not what a long text is about
        examples = [(m.start(), m.end()) for m in _EXAMPLE.finditer(text)]
        for tag_id, found in hits.items() if examples else ():
            if taxonomy[tag_id].parent:
                hits[tag_id] = [h._replace(weak=True) if _inside(h.start, h.end, examples) else h for h in found]
    evidence: dict[str, str] = {}
    for tag_id, found in hits.items():
        terms = _select(text, found, listed)
        if terms:
            evidence[tag_id] = ", ".join(terms[:MAX_EVIDENCE])
    targets = extract_targets(text, date, leads, period, horizon, project_end)
    if columns:  # a year column's goal a cue already gave ("≥50%") is not read twice; given with no year, it
        # takes the column's ("attract at least 10 new CoEs | $70 million | By 2029")
        undated = {t.value: t for t in targets if t.year is None}
        seen = {(t.value, t.year) for t in targets} | {(t.value, None) for t in targets}
        for t in [*indicator_targets(text, columns, date), *milestone_targets(text, columns, date)]:
            if t.value in undated and t.year is not None:
                undated.pop(t.value).year = t.year
            elif (t.value, t.year) not in seen and (t.value, None) not in seen:
                targets.append(t)
            # the row's indicator names what the text's reading cut short: "Osaka areas" of "Share of new
            # large-scale data center capacity located outside the Tokyo and Osaka areas | 50% or more | FY2030"
            for own in targets:
                if (own is not t and own.value == t.value and own.year == t.year and own.metric
                        and own.metric in t.metric and len(t.metric) > len(own.metric)):
                    own.metric = t.metric
        targets.sort(key=lambda t: t.start)
    if text != written:
        targets = [_as_written(t, AsWritten(text, written)) for t in targets]
    for tag in taxonomy.tags:
        if tag.assigned_by == "targets" and targets:
            evidence[tag.id] = "; ".join(t.text for t in targets[:MAX_EVIDENCE])
    evidence = _with_parents(_with_children(evidence, taxonomy), taxonomy)
    return TagResult(tags=list(evidence), evidence=evidence, targets=targets)


def _as_written(target: Target, original: AsWritten) -> Target:
    """A target read in a simplified copy, its span and metric in the original's characters."""
    target.text = original(target.text, after=target.start)
    target.metric = original(target.metric, after=target.start, composed=True)  # 培訓…人工智能專才: 培訓人工智能專才
    return target


def _with_children(evidence: dict[str, str], taxonomy: Taxonomy) -> dict[str, str]:
    """evidence without the tags that have sub-tags but hold none of them: `sectors` names a sector or is not
    given ("开展大模型行业应用", "all walks of life" name none), its own terms evidence beside a sub-tag's."""
    parents = {t.parent for t in taxonomy.tags if t.parent}
    held = {p for t in evidence for p in taxonomy.ancestors(t)}
    return {t: e for t, e in evidence.items() if t not in parents or t in held}


def _with_parents(evidence: dict[str, str], taxonomy: Taxonomy) -> dict[str, str]:
    """evidence with each sub-tag's parents ("via sectors/education: …") added, in tag order."""
    merged = dict(evidence)
    for tag_id in sorted(evidence):
        for parent in taxonomy.ancestors(tag_id):
            merged.setdefault(parent, f"via {tag_id}: {merged[tag_id]}")
    return {t: merged[t] for t in sorted(merged)}


def _title_fields(title: str, sectors: list[str], taxonomy: Taxonomy) -> set[str]:
    """The sectors a table's title names only beside fields of none ("science, technology and energy
    commitments"): a portfolio's list, which says nothing of each row's sector."""
    title = to_simplified(title)
    return among_fields(title, {t: [(h.start, h.end) for h in find_hits(title, taxonomy[t])] for t in sectors})


# the languages whose words the taxonomy's terms and the target rules read; a clause in another is searched only
TAGGED_LANGS = ("zh", "en")
# a list of works cited: each entry names another work, whose title's words are no measure of this one
_CITED_WORKS = re.compile(r"\s*(?:参考文献|References|Bibliography)\s*", re.IGNORECASE)


def tag_clauses(clauses: Iterable[Clause], doc_date: str = "", *,
                taxonomy: Taxonomy | None = None, period: int | None = None,
                horizon: int | None = None, project_end: int | None = None) -> list[Clause]:
    """Fill tags, evidence and targets of each clause in place; return the clauses (period: the year a report
    published after it reports on, whose 全年 its figures are; see find_years; horizon: the last year of the
    period a plan's title names, by which its undated Chinese goals are due; see plan_period.py; project_end:
    the year its project closes, which "by project closing" names).

    A row of a table also takes the sectors its table's title names: "签约居民续约率 | 较上一年增加…"
    says what it measures, and the title above it, "广州市家庭医生签约服务质量监测指标体系", in which
    sector. Only sector sub-tags (and their parents) pass down, and only to table rows: a paragraph
    says its own subject, and the other tags of a heading (governance, talent…) would spread to every
    clause below it. A clause under a list of works cited (参考文献, References, Bibliography) gets nothing.
    """
    taxonomy = taxonomy or load_taxonomy()
    done = []
    titles: dict[str, dict[str, str]] = {}
    clauses = list(clauses)
    horizons = section_horizons(clauses, horizon)  # a plan's, or a term its section states
    for clause, leads, due in zip(clauses, list_leads(clauses), horizons, strict=True):
        if any(_CITED_WORKS.fullmatch(h) for h in clause.headings):
            clause.tags, clause.evidence, clause.targets = [], {}, []
            done.append(clause)
            continue
        columns = clause.headings[-1] if CELL in clause.text and clause.headings and CELL in clause.headings[-1] else ""
        # a section that looks back on a year ("一、2025年工作回顾") reports its results, as a report on that year does
        looked_back = review_year(clause.headings, doc_date)
        result = tag_text(clause.text, date=doc_date, taxonomy=taxonomy, leads=leads, columns=columns,
                          period=looked_back or period, horizon=None if looked_back else due,
                          project_end=project_end)
        evidence = result.evidence
        if CELL in clause.text and clause.heading:
            if clause.heading not in titles:
                title = tag_text(clause.heading, taxonomy=taxonomy).evidence
                fields = _title_fields(clause.heading, [t for t in title if taxonomy[t].parent], taxonomy)
                titles[clause.heading] = {t: f"table title: {e}" for t, e in title.items()
                                          if taxonomy[t].parent and t not in fields}
            if titles[clause.heading].keys() - evidence.keys():  # sub-tags the row lacks, with their parents
                evidence = _with_parents({**titles[clause.heading], **evidence}, taxonomy)
        clause.tags, clause.evidence, clause.targets = sorted(evidence), evidence, result.targets
        done.append(clause)
    log.debug("tagged %d clauses", len(done))
    return done
