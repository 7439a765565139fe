"""The bilingual glossary: aligned Chinese and English terms that carry a query across languages.

The small multilingual models do not know many policy terms in the other language (芯粒 is
"chiplet", 市场主体 "market entity"), so a query's glossary terms bring their equivalents into the
keyword leg of a search. corpus/glossary.txt holds one entry per line, `中文 | 同义 = english |
synonym`; see its header. English terms match whole words, case-insensitively, with simple plurals;
Chinese terms match as substrings; in both, the longest term wins where two overlap. The entries of its
places section (a `# --- places` line, up to the next `# ---` line) are places, which a query may
name to ask about one place's documents (see places.py).
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import GlossaryError
from ingest.text import HAN_CHAR

from .keyword import fold, tokens

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "corpus" / "glossary.txt"
ENV_VAR = "POLICYKB_GLOSSARY"
SECTION = "# ---"  # a section's heading line; "# --- places" opens the places section
_PLACES = re.compile(r"# ---\s*places\b", re.I)
# (a name's apostrophe joins it, "Xi'an", not a clitic's: "China's" is china + s, "don't" don + t)
_WORD = re.compile(r"[^\W_]+(?:['’](?!(?:s|t|re|ll|ve|d|m)\b)[^\W_]+)*")


def _stem(word: str) -> str:
    """A light folding of inflections, the same for terms and queries, so it need not be English:
    policies -> policy, chips -> chip, trained -> train, training -> train."""
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Determiners a query may put inside a term: "suspend its business" is "suspend business".
_DETERMINERS = frozenset("a an the its their his her our your my this that these those".split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _WORD.findall(fold(text)) if w not in _DETERMINERS)


# "AI" written inside Chinese, as Chinese writers often do ("AI素养", "欧盟AI法案"), reads as 人工智能 for
# the Chinese terms: "AI素养" matches 人工智能素养 = AI literacy (the English word still matches too)
_AI_IN_CHINESE = re.compile(rf"(?<={HAN_CHAR.pattern})\s*ai(?![a-z0-9])(?:\s+(?={HAN_CHAR.pattern}))?"
                            rf"|(?<![a-z0-9])ai\s*(?={HAN_CHAR.pattern})")


@dataclass(frozen=True)
class Entry:
    """One aligned entry: its Chinese terms and its English terms, as written."""

    zh: tuple[str, ...]
    en: tuple[str, ...]
    line: int
    place: bool = False  # a province, city, region or country (the glossary's places section)


class Glossary:
    """Aligned entries, indexed for matching in queries."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._zh: dict[str, list[int]] = {}  # folded Chinese term -> entries
        self._en: dict[tuple[str, ...], list[int]] = {}  # stemmed English words -> entries
        for i, entry in enumerate(entries):
            for term in (*entry.zh, *entry.en):
                if HAN_CHAR.search(term):
                    self._zh.setdefault(fold(term), []).append(i)
                elif words := _words(term):
                    self._en.setdefault(words, []).append(i)
        # A term the keyword index reads as another entry's term searches that term's meaning, not its
        # own: "人工智能+" (the "AI+" drive, AI-enabled) is 人工智能 once its "+", no token, is gone, and as an
        # equivalent of "AI-enabled" it found every clause naming AI in passing. It still matches queries.
        forms: dict[tuple[str, ...], set[tuple[int, str]]] = {}
        for i, entry in enumerate(entries):
            for term in (*entry.zh, *entry.en):
                forms.setdefault(tuple(tokens(term)[0]), set()).add((i, fold(term)))
        self._unsearchable = {  # the longer writing: what it adds, the index does not see
            written for members in forms.values() for i, written in members
            if any(j != i and len(other.replace(" ", "")) < len(written.replace(" ", "")) for j, other in members)}
        # longest first: at each position the regex takes the longest term (forward maximum matching)
        terms = sorted(self._zh, key=len, reverse=True)
        self._zh_pattern = re.compile("|".join(map(re.escape, terms))) if terms else None
        self._longest_en = max((len(w) for w in self._en), default=0)

    def __len__(self) -> int:
        return len(self.entries)

    def matches(self, text: str) -> list[tuple[str, Entry]]:
        """The glossary terms in the text, as (term as folded, entry), in order, the longest where two
        start at the same place."""
        found: list[tuple[str, Entry]] = []
        folded = fold(text)
        for m in self._zh_pattern.finditer(_AI_IN_CHINESE.sub("人工智能", folded)) if self._zh_pattern else ():
            found.extend((m.group(), self.entries[i]) for i in self._zh[m.group()])
        words = _words(HAN_CHAR.sub(" ", folded))
        i = 0
        while i < len(words):
            for n in range(min(self._longest_en, len(words) - i), 0, -1):
                key = words[i : i + n]
                if key in self._en:
                    found.extend((" ".join(key), self.entries[e]) for e in self._en[key])
                    i += n
                    break
            else:
                i += 1
        return found

    def expand(self, text: str) -> list[str]:
        """The other terms of every entry the text mentions: the equivalents in the other language
        and the synonyms in its own, in order of mention, without duplicates, what it already says or a
        term the keyword index would read as another entry's."""
        have = fold(text)
        seen: dict[str, None] = {}
        for _, entry in self.matches(text):
            for term in (*entry.zh, *entry.en):
                if fold(term) not in have and fold(term) not in self._unsearchable:
                    seen.setdefault(term, None)
        return list(seen)


def parse_glossary(text: str, source: str = "glossary") -> Glossary:
    """Entries from the glossary format; GlossaryError names the first malformed line."""
    entries = []
    places = False  # within the places section
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith(SECTION):
            places = bool(_PLACES.match(line))
        if not line or line.startswith("#"):
            continue
        left, sep, right = line.partition("=")
        if not sep:
            raise GlossaryError(f"{source}:{n}: expected `中文 | 同义 = english | synonym`, got {line!r}")
        zh = tuple(t.strip() for t in left.split("|") if t.strip())
        en = tuple(t.strip() for t in right.split("|") if t.strip())
        if not zh or not en:
            raise GlossaryError(f"{source}:{n}: both sides need at least one term: {line!r}")
        if not any(HAN_CHAR.search(t) for t in zh):
            raise GlossaryError(f"{source}:{n}: the left side holds the Chinese terms: {line!r}")
        if any(HAN_CHAR.search(t) for t in en):
            raise GlossaryError(f"{source}:{n}: Chinese on the English side: {line!r}")
        entries.append(Entry(zh=zh, en=en, line=n, place=places))
    return Glossary(entries)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, mtime_ns: int) -> Glossary:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot read glossary: {exc}") from None
    return parse_glossary(text, path)


def load_glossary(path: str | os.PathLike[str] | None = None) -> Glossary:
    """Load and check the glossary (argument, else $POLICYKB_GLOSSARY, else corpus/glossary.txt);
    cached per file and modification time. An empty value of the variable turns expansion off."""
    env = os.environ.get(ENV_VAR)
    if path is None and env == "":
        return Glossary([])
    chosen = Path(path or env or DEFAULT_PATH)
    try:
        mtime = chosen.stat().st_mtime_ns
    except OSError as exc:
        raise GlossaryError(f"{chosen}: cannot read glossary: {exc.strerror or exc}") from None
    return _load_cached(str(chosen.resolve()), mtime)
