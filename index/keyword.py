"""Keyword tokens for Chinese and English, FTS5 match expressions, quoted phrases and «highlights».

Text is NFKC-normalised, lower-cased and read in simplified characters (ingest/simplified.py: 中試線 is
中试线, the highlight marking the characters as written). Latin-script words become one token each
(FTS5's porter stemmer, applied by the table's tokenizer, folds "chiplets" into "chiplet"). Runs of CJK
characters become overlapping character bigrams ("支持芯粒" -> 支持 持芯 芯粒), kept in reading order so a quoted
phrase is a bigram phrase; their single characters go to a table of their own so a one-character
query run ("第3条": 第, 条) still matches. Queries are tokenised the same way and OR-ed; bm25() ranks.

Chinese tokenisation, measured in the hybrid search over the dev queries and the held-out sets 1 and 2
together (94 queries, hit@10 / MRR@10): bigrams 0.787 / 0.626; jieba words 0.798 / 0.618; jieba words
and bigrams 0.819 / 0.615; FTS5's trigram tokenizer 0.681 / 0.498 (a two-character word such as 芯粒
cannot match a trigram index). jieba's small, mixed gain did not earn a new dependency.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.simplified import to_simplified

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
_IS_CJK = re.compile(rf"[{_CJK}]")
_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」')
STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the this to was were "
    "will with which what who how when where why do does shall should may can about into than "
    "there their them they these those any all not no".split()
)


# Question words of a Chinese query, the counterpart of the English stopwords: "支持芯粒的措施有哪些" asks
# about 支持芯粒的措施, and the bigrams 有哪 and 哪些 only match other questions and FAQ pages.
_ZH_QUESTION = re.compile(r"有哪些|哪些|是什么|什么|怎么样|怎么|怎样|如何|是否|多少|哪里|哪个|何时|吗|呢|谁")


def fold(text: str) -> str:
    """The form both tokens and phrases compare in: NFKC, lower case, simplified Chinese characters
    (中試線 and 中试线 are one word), whitespace runs as one space."""
    return " ".join(to_simplified(unicodedata.normalize("NFKC", text).lower()).split())


def _runs(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def tokens(text: str) -> tuple[list[str], list[str]]:
    """(terms, unigrams): words and CJK bigrams in reading order, and CJK single characters."""
    terms: list[str] = []
    unigrams: list[str] = []
    for run in _runs(text):
        if _IS_CJK.match(run):
            unigrams.extend(run)
            terms.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        else:
            terms.append(run)
    return terms, unigrams


# a clause's lead ends at its first sentence end, colon or line break ("应当符合下列条件：")
_LEAD_END = re.compile(r"[。；：！？;:!?\n]|\.(?=\s)")


def lead(text: str) -> str:
    """The clause's first sentence, up to a colon: what a numbered clause says it is about."""
    m = _LEAD_END.search(text)
    return text[: m.start()] if m else text


def index_columns(text: str, context: str) -> tuple[str, str, str]:
    """The FTS columns of a clause: body terms, context (title, heading) terms, lead terms."""
    return " ".join(tokens(text)[0]), " ".join(tokens(context)[0]), " ".join(tokens(lead(text))[0])


def index_chars(text: str) -> str:
    """The clause's CJK characters, one token each, for the character table."""
    return " ".join(tokens(text)[1])


@dataclass
class ParsedQuery:
    """A query split into free text and "quoted phrases"."""

    raw: str
    text: str  # what is embedded and keyword-searched: the query without its quote marks
    phrases: list[str] = field(default_factory=list)


def parse_query(query: str) -> ParsedQuery:
    """Split out "quoted phrases" (straight, curly or corner quotes); empty quotes are ignored."""
    phrases = [p.strip() for groups in _PHRASE.findall(query) for p in groups if p.strip()]
    unquoted = _PHRASE.sub(lambda m: " " + next(g for g in m.groups() if g is not None) + " ", query)
    text = " ".join(unquoted.split())
    return ParsedQuery(raw=query, text=text.replace('"', " ").strip(), phrases=phrases)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _run_clause(run: str) -> list[str]:
    """FTS5 sub-expressions for one query run (a word or a CJK run of two or more characters)."""
    if not _IS_CJK.match(run):
        return [] if run in STOPWORDS else [_quote(run)]
    if len(run) == 1:
        return []  # see chars_expression
    return [_quote(run[i : i + 2]) for i in range(len(run) - 1)]


def _query_runs(text: str) -> list[str]:
    """The query's runs, its Chinese ones without question words (a run is split where one was)."""
    return [piece for run in _runs(text) for piece in (_ZH_QUESTION.split(run) if _IS_CJK.match(run) else [run])
            if piece]


def match_expression(text: str, terms: Sequence[str] = ()) -> str:
    """An FTS5 MATCH expression for the clause table, OR-ing the query's words and bigrams and the
    whole terms given (term_expressions; "" when there is nothing to match)."""
    runs = _query_runs(text) or _runs(text)
    parts = [p for run in runs for p in _run_clause(run)]
    if not parts:  # a query of stopwords only: search them rather than nothing
        parts = [_quote(r) for r in runs if not _IS_CJK.match(r)]
    return " OR ".join(dict.fromkeys([*parts, *term_expressions(terms)]))


# Tokens a glossary term's pieces may stand apart beyond their own span: 收入限额 is in 收入准入限额,
# 见习基地 in 见习示范基地 (one token more per character put between), "suspend business" in "suspend its
# business".
TERM_SLACK = {"zh": 3, "en": 2}


def _pieces(term: str) -> tuple[list[str], int]:
    """A term's pieces, to be found near one another, and how many tokens lie between its first and
    last piece where the term is written whole. A Chinese run is cut into bigrams that do not overlap
    (人工智能系统: 人工 智能 系统; an odd one's last overlaps: 高风险: 高风 风险), a Latin-script term into its
    words less stopwords."""
    pieces: list[str] = []
    span = 0  # tokens of the whole term
    for run in _runs(term):
        if _IS_CJK.match(run):
            cut = list(range(0, len(run) - 1, 2))
            if len(run) > 1 and cut[-1] != len(run) - 2:
                cut.append(len(run) - 2)
            pieces += [run[i : i + 2] for i in cut] if len(run) > 1 else [run]
            span += max(len(run) - 1, 1)
        else:
            pieces += [] if run in STOPWORDS else [run]
            span += 1
    return list(dict.fromkeys(pieces)), max(span - 2, 0)


def term_expressions(terms: Sequence[str]) -> list[str]:
    """FTS5 expressions for whole terms (a query's glossary equivalents): a term matches only where its
    pieces stand together, and counts as its pieces do. Its pieces apart would find what it does not
    mean: 人工智能系统 ("AI system") as 人工智能 in one sentence and 系统 in another ranked a family-doctor
    clause about its 签约服务管理系统 first for every question on AI systems."""
    out = []
    for term in terms:
        pieces, between = _pieces(term)
        if len(pieces) == 1:
            out.append(_quote(pieces[0]))
        elif pieces:
            slack = TERM_SLACK["zh" if _IS_CJK.search(term) else "en"]
            out.append(f"NEAR({' '.join(map(_quote, pieces))}, {between + slack})")
    return out


def chars_expression(text: str) -> str:
    """An FTS5 MATCH expression for the character table: the query's one-character CJK runs."""
    runs = _query_runs(text) or _runs(text)
    return " OR ".join(dict.fromkeys(_quote(r) for r in runs if len(r) == 1 and _IS_CJK.match(r)))


def phrase_expression(phrase: str) -> str:
    """An FTS5 expression matching (a superset of) the clauses that contain the phrase."""
    terms = tokens(phrase)[0]
    if not terms or (len(terms) == 1 and len(terms[0]) == 1 and _IS_CJK.match(terms[0])):
        return ""  # nothing to look up, or one character: the caller scans
    return "body : " + _quote(" ".join(terms))


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether the text contains the phrase, ignoring case, width and whitespace differences."""
    return fold(phrase) in fold(text)


# --- highlighting -------------------------------------------------------------------------------

WINDOW = 320  # characters shown around the best match of a long clause


class _Patterns(NamedTuple):
    """What a query marks: phrase regexes, CJK character grams (found as they are) and English word
    stems (found ignoring case, whole words only, with a light inflection after them)."""

    phrases: list[re.Pattern[str]]
    grams: list[str]
    stems: list[str]


@functools.lru_cache(maxsize=256)
def _patterns(text: str, phrases: tuple[str, ...]) -> _Patterns:
    """The phrases and query tokens to mark. Grams and stems are plain strings, found with str.find:
    compiling a regex per word took ~0.2 ms each, 1.7 ms of a new query's search. Word boundaries are
    checked in _spans, not in a pattern."""
    pats = [re.compile(r"\s*".join(map(re.escape, to_simplified(p).split())), re.I) for p in phrases if p.strip()]
    grams, stems = [], []
    for run in dict.fromkeys(_runs(text)):
        if _IS_CJK.match(run):
            grams.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        elif run not in STOPWORDS:
            stems.append(run[:-1] if len(run) > 3 and run.endswith("s") else run)
    return _Patterns(pats, grams, stems)


_SUFFIXES = ("s", "es", "ed", "ing", "ion", "ions", "al", "ly")  # light English inflections, to mark
# what porter matched; tried in this order, the first that follows the stem is taken (as a regex
# alternation (?:s|es|ed|ing|ion|ions|al|ly)? would)


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences, left to right (as re.finditer finds them)."""
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + len(needle))
    return out


@functools.lru_cache(maxsize=16384)
def _word(stem: str) -> re.Pattern[str]:
    """The regex for a stem that str.lower() cannot compare (not ASCII, or a text lower() resizes)."""
    return re.compile(rf"{re.escape(stem)}(?:{'|'.join(_SUFFIXES)})?", re.I)


def _stem_spans(text: str, lower: str | None, stem: str) -> list[tuple[int, int]]:
    if lower is None or not stem.isascii():
        return [(m.start(), m.end()) for m in _word(stem).finditer(text)]
    out, i = [], lower.find(stem)
    while i >= 0:
        e = i + len(stem)
        e += next((len(x) for x in _SUFFIXES if lower.startswith(x, e)), 0)
        out.append((i, e))
        i = lower.find(stem, e)
    return out


def _in_word(c: str) -> bool:
    """A letter or digit of a Latin-script (or other spaced) word: CJK characters are not, so that
    "AI" is a whole word in "AI芯片"."""
    return c.isalnum() and not _IS_CJK.match(c)


def _spans(text: str, pats: _Patterns) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for p in pats.phrases for m in p.finditer(text) if m.end() > m.start()]
    for gram in pats.grams:
        found += _find_all(text, gram)
    if pats.stems:
        lower = text.lower()
        # lower() never shortens a character: the same length means the same offsets
        lower = lower if len(lower) == len(text) else None
        for stem in pats.stems:
            found += [(s, e) for s, e in _stem_spans(text, lower, stem)
                      if not ((s > 0 and _in_word(text[s - 1])) or (e < len(text) and _in_word(text[e])))]
    return _merged(found)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in order, overlapping or touching ones joined."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


@functools.lru_cache(maxsize=65536)
def _fold_char(c: str) -> str:
    f = unicodedata.normalize("NFKC", c)
    return f if len(f) == 1 else c


def highlight(text: str, query: str, phrases: list[str] | None = None, window: int = WINDOW) -> str:
    """The clause text with the query's terms marked «like this»; a long text is cut to a window
    around its densest run of matches, with … where it was cut."""
    # Fold width and script character by character so offsets in the folded text are offsets in the text.
    source = text if text.isascii() else to_simplified("".join(map(_fold_char, text)))
    spans = _spans(source, _patterns(query, tuple(phrases or ())))
    lo, hi = 0, len(text)
    if len(text) > window:
        if spans:
            best = max(spans, key=lambda sp: sum(1 for s, _ in spans if sp[0] <= s < sp[0] + window))
            lo = max(0, min(best[0] - window // 4, len(text) - window))
        hi = lo + window
    out, pos = [], lo
    for s, e in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        out += [text[pos:s], "«", text[s:e], "»"]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(out) + ("…" if hi < len(text) else "")
