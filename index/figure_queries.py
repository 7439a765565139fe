"""Queries made of a document number or figures: the clauses that hold them rank before the others.

A query that is mostly a 文号 ("洪发改审批〔2026〕21号", "合数资函〔2026〕18号 算力券"), a code ("PAD5871") or a figure
with a word or two ("本息覆盖倍数 1.32倍") asks for the clauses that hold those characters. The small models do not
read figures: to them such a query is near every short line of figures, and a table row or cover line of another
document in another language ("Total Financing | 162.00", "Law number | Act No. 53 of 2025") ranked first on the
dense leg alone, sharing no word, bigram or figure with the query, above the clause that holds the number. So for
such a query the candidates the keyword leg matched that hold one of its figures or numbers come first, in the
order of their fused scores; the others follow (a clause the keyword leg found by a word alone, "computing"
in "computing power 40 exaflops", is no nearer the figure than the dense leg's). A query with more words than
a short query's (fusion.SHORT_WORDS) besides its figures says what it asks in words, which the models read, and
is left as the fusion ranks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .fusion import SHORT_WORDS, query_words

# a 文号, "洪发改审批〔2026〕21号" (its year in any brackets), or any run holding a digit ("PAD5871", "26-517",
# "1.32倍", "2026年"), with a unit or Chinese counter right after it
_FIGURE = re.compile(r"[\u4e00-\u9fff]*[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号"
                     r"|[^\s\u4e00-\u9fff]*\d[^\s\u4e00-\u9fff]*[%倍万亿元个名家号年月日条款项]?")


# a year alone is when, not a figure to find: "低保标准 2025" asks for the standard of that year, in words
_YEAR = re.compile(r"(?:19|20)\d{2}年?")


def is_figure_query(query: str) -> bool:
    """Whether the query holds a document number, code or figure (not a year alone) and at most SHORT_WORDS
    words besides."""
    figures = [m.group() for m in _FIGURE.finditer(query) if not _YEAR.fullmatch(m.group())]
    return bool(figures) and query_words(_FIGURE.sub(" ", query)) <= SHORT_WORDS


def _figures(query: str) -> list[str]:
    """The figures and numbers a query holds, as a clause would hold them (no spaces, no thousands' commas)."""
    return [f for m in _FIGURE.finditer(query) if re.search(r"\d", f := re.sub(r"[\s,]", "", m.group()))
            and not _YEAR.fullmatch(f)]


def keyword_first(query: str, scores: dict[int, float], pool: Collection[int], keyword: Collection[int],
                  texts: Callable[[list[int]], dict[int, str]]) -> None:
    """For a figure query (is_figure_query), raise the scores of the candidates of `pool` that the keyword leg
    matched and that hold one of its figures (texts: the clauses' texts by id), all by one amount, just above the
    pool's others: the order among each part stays as the fused scores say."""
    if not is_figure_query(query):
        return
    figures = _figures(query)
    held = texts([c for c in pool if c in keyword and c in scores])
    keyword = {c for c, text in held.items() if any(f in re.sub(r"[\s,]", "", text) for f in figures)}
    ranked = [c for c in pool if c in scores]
    matched = [scores[c] for c in ranked if c in keyword]
    others = [scores[c] for c in ranked if c not in keyword]
    if not matched or not others:
        return
    lift = max(others) - min(matched) + 1.0
    for c in ranked if lift > 0 else ():
        if c in keyword:
            scores[c] += lift
