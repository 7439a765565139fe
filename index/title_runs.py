"""Which documents a query names by the words of their titles: a distinctive run of a title ("Article 50 of the
Artificial Intelligence Act", "住房保障 第十条"), most of the title the query quotes, a parenthesised short title, or a
Chinese title named in English through the glossary ("the Shenzhen AI industry regulations")."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from ingest.simplified import to_simplified
from ingest.text import HAN_CHAR

from .glossary import Glossary

# A run of a title names a document when it is in the titles of at most this many documents...
NAME_RUN_DOCS = 2
# ...and has at least this many words of substance (English) or Han characters outside the words that say
# what kind of text it is (Chinese); a parenthesised short title, "(Artificial Intelligence Act)", whole
# and of two words or more, names its document as it is; so does a title too short for a run of it to name it,
# quoted whole with its year ("The 2026-27 Budget paragraph 115"; two words alone, "Budget Speech", name none).
NAME_RUN_WORDS = 3
NAME_RUN_HAN = 4
# a run of this many capitalised words of substance quotes a title, whether or not one here holds it
QUOTED_TITLE_WORDS = NAME_RUN_WORDS + 2
EN_FILLER = frozenset("a an the of and or on in for to by with at from into its their this that as".split())
# what a Chinese title says about its kind and issuer, not its subject
_ZH_GENERIC = re.compile(r"中华人民共和国|人民政府|办公厅|国务院|关于|印发|通知|通告|公告|实施|意见|方案|办法|"
                         r"管理|条例|规定|措施|若干|工作|进一步|加强|推进|加快|的")
_SHORT_TITLE = re.compile(r"\(([A-Z][^()]{2,80})\)")
# "AI" in an English name of a Chinese title is its 人工智能 ("the Shenzhen AI industry regulations")
_EN_AI = re.compile(r"\bAI\b")


def en_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


# the small words of a title written in capitals, "Use of Artificial Intelligence through Shared Compute"
_TITLE_SMALL = EN_FILLER | frozenset("through under via within across against between over per".split())


def _substance(words: Sequence[str]) -> int:
    """How many of the words say something: not "of", "the", nor a number."""
    return sum(w not in EN_FILLER and not w.isdigit() for w in words)


def _whole_short_titles(titles: dict[str, str]) -> dict[str, str]:
    """The titles too short to name by a run of them that name their document whole ("the 2026 27 budget" and, its
    leading small words left out, "2026 27 budget"): those with a year and a word of substance, held by one title."""
    found: dict[str, set[str]] = defaultdict(set)
    for doc, title in titles.items():
        words = en_words(title)
        if 0 < _substance(words) < NAME_RUN_WORDS and any(re.fullmatch(r"(?:19|20)\d\d", w) for w in words):
            found[f" {' '.join(words)} "].add(doc)
            while words and words[0] in EN_FILLER:
                words = words[1:]
            found[f" {' '.join(words)} "].add(doc)
    return {run: next(iter(docs)) for run, docs in found.items() if len(docs) == 1}


def _quoted_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """The runs of capitalised words, with the small words between them, that a text quotes a title by:
    (start, end) token indices, each run from a capitalised word to a capitalised word (or number)."""
    spans: list[tuple[int, int]] = []
    start = last = None  # the span's first and last capitalised tokens
    for k, token in enumerate([*tokens, ""]):
        if token[:1].isupper() or token.isdigit():
            start = k if start is None else start
            last = k
        elif token not in _TITLE_SMALL or not token:
            if start is not None:
                spans.append((start, last + 1))
            start = last = None
    return spans


class TitleRuns:
    """Which documents a query names by a run of its title words."""

    def __init__(self, titles: dict[str, str], glossary: Glossary) -> None:
        self._glossary = glossary
        self._en = {doc: f" {' '.join(en_words(t))} " for doc, t in titles.items()}
        self._zh = {doc: "".join(re.findall(r"[\u3400-\u9fff]+", fold(t))) for doc, t in titles.items()}
        self._by_word: dict[str, set[str]] = defaultdict(set)  # to look runs up in the titles that may hold them
        for doc, title in self._en.items():
            for w in title.split():
                self._by_word[w].add(doc)
        self._by_gram: dict[str, set[str]] = defaultdict(set)
        for doc, title in self._zh.items():
            for k in range(len(title) - NAME_RUN_HAN + 1):
                self._by_gram[title[k:k + NAME_RUN_HAN]].add(doc)
        self._short = {f" {' '.join(en_words(m))} ": doc for doc, t in titles.items()
                       for m in _SHORT_TITLE.findall(t) if len(en_words(m)) >= 2}
        self._short |= _whole_short_titles(titles)

    def named(self, text: str) -> set[str]:
        en = self._en_named(text)[0]
        found = set(en)
        for segment in re.findall(rf"[\u3400-\u9fff]{{{NAME_RUN_HAN},}}", fold(text)):
            found |= self._zh_named(segment)
        # an English title quoted in its own words is named; the glossary's Chinese titles sharing its terms are not
        # ("… Compute Resources for Artificial Intelligence" is no 人工智能 智能算力中心 standard)
        return found if en else found | self._translated(text)

    def misquoted(self, text: str, unknown: bool = True) -> list[str]:
        """The titles the text quotes that no title here holds most of: "Accelerating Federal Use of Artificial
        Intelligence through Shared Compute" shares only "Use of Artificial Intelligence" with EO 14110's; with
        `unknown`, also a long run of capitalised words that no title here shares a run with at all ("Artificial
        Intelligence: Agencies Need Better Plans to Acquire and Share Computing Resources")."""
        quoted, unheld = self._en_named(text)[1:]
        return quoted + unheld if unknown else quoted

    def _en_named(self, text: str) -> tuple[set[str], list[str], list[str]]:
        """The documents whose titles the text quotes best, the quoted titles none here holds most of, and the long
        runs of capitalised words none here shares a run with.
        A run of a title's words names its document when it is most of the title the text quotes (its run of
        capitalised words, "Accelerating Federal Use of Artificial Intelligence through Shared Compute", or
        the run alone where the text is in lower case); of several, the longest run's."""
        tokens = list(re.finditer(r"[A-Za-z0-9]+", unicodedata.normalize("NFKC", text)))
        words = [t.group().lower() for t in tokens]
        spans = _quoted_spans([t.group() for t in tokens])
        best: dict[str, int] = {}  # doc -> its longest run's words of substance
        partial: dict[tuple[int, int], bool] = {}  # a quoted span -> whether no title holds most of it
        runs = self._runs(words)
        for i, j, docs, short in runs:
            a, b = next(((a, b) for a, b in spans if a <= i < b), (i, j))
            a, b = min(a, i), max(b, j)
            run = _substance(words[i:j])
            holds_most = short or 2 * run > _substance(words[a:b])  # a short title names its document as it is
            partial[a, b] = partial.get((a, b), True) and not holds_most
            if holds_most:
                for doc in docs:
                    best[doc] = max(best.get(doc, 0), run)
        found = {doc for doc, n in best.items() if n == max(best.values())}
        starts = {i for i, *_ in runs}
        unheld = [" ".join(words[a:b]) for a, b in spans
                  if _substance(words[a:b]) >= QUOTED_TITLE_WORDS and not starts & set(range(a, b))]
        return found, [" ".join(words[a:b]) for (a, b), miss in partial.items() if miss], unheld

    def _runs(self, words: list[str]) -> list[tuple[int, int, set[str], bool]]:
        """The longest run from each word that is in a title, if distinctive: (start, end, its documents,
        whether it is a short title)."""
        runs: list[tuple[int, int, set[str], bool]] = []
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                run = f" {' '.join(words[i:j])} "
                if run in self._short:
                    runs.append((i, j, {self._short[run]}, True))
                    break
                if _substance(words[i:j]) < NAME_RUN_WORDS:
                    continue  # too short to name by, unless a shorter run is a short title
                docs = {doc for doc in self._by_word.get(words[i], ()) if run in self._en[doc]}
                if docs:
                    if len(docs) <= NAME_RUN_DOCS:
                        runs.append((i, j, docs, False))
                    break
        return runs

    def _translated(self, text: str) -> set[str]:
        """The Chinese titles the text names in English through the glossary: "the Shenzhen Special Economic Zone
        AI industry regulations" names 深圳经济特区人工智能产业促进条例 (深圳, 人工智能, 产业), not the 深圳市算力券
        rules, which share only 深圳. A title is named by NAME_RUN_WORDS English words or more whose Chinese terms
        it holds, words that say what kind of text it is (条例 for "regulations") left out; of several, those that
        hold the most, if no more than NAME_RUN_DOCS."""
        terms: dict[str, set[str]] = defaultdict(set)  # an English term of the text -> its Chinese equivalents
        kinds: set[str] = set()  # a term one of whose senses says what kind of text a title names
        for term, entry in self._glossary.matches(_EN_AI.sub("artificial intelligence", HAN_CHAR.sub(" ", text))):
            terms[term] |= set(map(fold, entry.zh))
            if any(not _ZH_GENERIC.sub("", fold(t)) for t in entry.zh):
                kinds.add(term)  # "regulations": 条例 here, though 监管 in another entry
        weight = {term: len(term.split()) for term in terms}  # its English words, "AI" one
        if "artificial intelligence" in weight and not re.search(r"artificial\s+intelligence", text, re.I):
            weight["artificial intelligence"] = 1
        held: dict[str, int] = {}
        for doc, title in self._zh.items():
            words = sum(weight[term] for term, zh in terms.items() if term not in kinds and any(t in title for t in zh))
            if words >= NAME_RUN_WORDS:
                held[doc] = words
        best = {doc for doc, words in held.items() if words == max(held.values())}
        return best if len(best) <= NAME_RUN_DOCS else set()

    def _zh_named(self, segment: str) -> set[str]:
        """The documents the longest distinctive run of segment in a title names."""
        generic = [False] * len(segment)  # the characters of the segment's generic words
        for m in _ZH_GENERIC.finditer(segment):
            generic[m.start():m.end()] = [True] * (m.end() - m.start())
        for n in range(len(segment), NAME_RUN_HAN - 1, -1):
            found: set[str] = set()
            seen = False
            for i in range(len(segment) - n + 1):
                run = segment[i:i + n]
                if n - sum(generic[i:i + n]) < NAME_RUN_HAN:
                    continue
                docs = {doc for doc in self._by_gram.get(run[:NAME_RUN_HAN], ()) if run in self._zh[doc]}
                seen = seen or bool(docs)
                if 0 < len(docs) <= NAME_RUN_DOCS:
                    found |= docs
            if seen:
                return found
        return set()


def fold(text: str) -> str:
    return " ".join(to_simplified(unicodedata.normalize("NFKC", text).lower()).split())
