"""Citations in a query ("Article 5(1)(e)", "Sec. 4.2", "第十七条", "附件2") and the clauses they name.

A journalist looks a clause up by its number. Ranking alone does not find it: "Article 50" matches
every clause that cites Article 50 as well as the article itself. So a query's citations are read
into keys, ("article", "50"), ("item", "1"), ("item", "e"), and so is each clause's outline path
("CHAPTER IV > Article 50 > 1"); a clause whose path contains a citation's keys in order is boosted
by the share of them it matches. Keys are language-neutral, so 第五十条 finds Article 50 and
"Article 17" finds 第十七条; the rest of the query still says which document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ingest.numbering import roman_to_int, zh_to_int

Key = tuple[str, str]

_ZH_NUM = r"[零〇一二两三四五六七八九十百千\d]+"
_ROMAN_OR_NUM = r"(?:\d+|[IVXLC]+\b)"
_ITEMS = r"(?P<items>(?:\s*\(\s*\w{1,4}\s*\))*)"  # "(1)(e)", "(b) (i)"
_QUERY = re.compile(
    rf"(?:\b(?P<kind>Article|Art\.?|Section|Sec\.?)|(?P<para>§))\s*(?P<num>\d+[a-z]?(?:\.\d+)*){_ITEMS}"
    rf"|\b(?P<kind2>Chapter|Annex|Recital|Part|Title)\s+(?P<num2>{_ROMAN_OR_NUM}|\(\d+\))"
    rf"|第\s*(?P<zh>{_ZH_NUM})\s*(?P<zhkind>条|章|节|款|项)(?:\s*第\s*(?P<zhitem>{_ZH_NUM})\s*[款项])?"
    rf"|附件\s*(?P<annex>{_ZH_NUM})",
    re.I,
)
_KINDS = {"article": "article", "art": "article", "art.": "article", "section": "section", "sec": "section",
          "sec.": "section", "§": "section", "chapter": "chapter", "annex": "annex", "recital": "recital",
          "part": "part", "title": "title", "条": "article", "章": "chapter", "节": "section", "款": "item",
          "项": "item"}
_PATH_PART = re.compile(
    rf"^(?:(?P<kind>Article|Sec\.|SECTION|CHAPTER|ANNEX|PART|TITLE)\s+(?P<num>\d+[a-z]?|[IVXLC]+)"
    rf"|第(?P<zh>{_ZH_NUM})(?P<zhkind>[条章节])|附件\s*(?P<annex>{_ZH_NUM})|(?P<dec>\d+(?:\.\d+)+)"
    rf"|[(（]?(?P<item>\w{{1,4}})[)）]?)$",
    re.I,
)
_SPLIT_PART = re.compile(r"\s*\[\d+\]$")  # "(72) [2]": the second part of a long paragraph


def _number(num: str, roman: bool = False) -> str:
    """One spelling of a number: 17 for 十七, 17 and (with roman) XVII; letters, roman item numbers
    ("(iv)") and "5a" as they are, lower-cased."""
    num = num.strip("()（）").strip()
    if re.fullmatch(_ZH_NUM, num):
        return str(zh_to_int(num))
    if roman and re.fullmatch(r"[IVXLC]+", num, re.I):
        return str(roman_to_int(num))
    return num.lower()


def parse_query(query: str) -> list[list[Key]]:
    """Each citation in the query as its keys, outermost first: "Art. 5(1)(e)" ->
    [("article", "5"), ("item", "1"), ("item", "e")]; "Sec. 4.2" -> [("section", "4"), ("section", "4.2")]."""
    refs = []
    for m in _QUERY.finditer(query):
        if m["kind"] or m["para"]:
            kind = _KINDS[(m["kind"] or m["para"]).lower()]
            num = m["num"].lower()
            keys = [(kind, num.split(".")[0]), (kind, num)] if "." in num else [(kind, num)]
            keys += [("item", _number(i)) for i in re.findall(r"\(\s*(\w{1,4})\s*\)", m["items"] or "")]
        elif m["kind2"]:
            kind = _KINDS[m["kind2"].lower()]
            keys = [(kind, _number(m["num2"], roman=True))]
        elif m["zh"]:
            keys = [(_KINDS[m["zhkind"]], _number(m["zh"]))]
            if m["zhitem"]:
                keys.append(("item", _number(m["zhitem"])))
        else:
            keys = [("annex", _number(m["annex"]))]
        refs.append(keys)
    return refs


def rest(query: str) -> str:
    """The query without its citations: what else it asks for ("" for a bare "Article 50")."""
    return " ".join(_QUERY.sub(" ", query).split())


def path_keys(path: str) -> list[Key]:
    """A clause's outline path as keys: "Recitals > (40)" -> [("recital", "40")];
    "CHAPTER II > Article 5 > 1 > (e)" -> [("chapter", "2"), ("article", "5"), ("item", "1"), ("item", "e")]."""
    keys: list[Key] = []
    for part in path.split(" > "):
        part = _SPLIT_PART.sub("", part.strip())
        if part.lower() == "recitals":
            keys.append(("recitals", ""))
            continue
        m = _PATH_PART.match(part)
        if not m:
            keys.append(("other", part))
        elif m["kind"]:
            keys.append((_KINDS[m["kind"].lower()], _number(m["num"], roman=True)))
        elif m["zh"]:
            keys.append((_KINDS[m["zhkind"]], _number(m["zh"])))
        elif m["annex"]:
            keys.append(("annex", _number(m["annex"])))
        elif m["dec"]:
            keys.append(("section", m["dec"]))
        elif keys and keys[-1][0] == "recitals":
            keys[-1] = ("recital", _number(m["item"]))
        else:
            keys.append(("item", _number(m["item"])))
    return keys


def _matched(ref: list[Key], keys: list[Key]) -> int:
    """How many of the citation's keys the path has, in order and one after another, from its first."""
    best = 0
    for i, key in enumerate(keys):
        if key == ref[0]:
            n = 1
            while n < len(ref) and i + n < len(keys) and keys[i + n] == ref[n]:
                n += 1
            best = max(best, n)
    return best


class PathIndex:
    """Clause ids by the keys of their paths, to find the clauses a citation names."""

    def __init__(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """rows: (clause id, path, doc_id)."""
        self._keys: dict[int, list[Key]] = {}
        self._docs: dict[int, str] = {}
        self._by_key: dict[Key, set[int]] = defaultdict(set)
        for cid, path, doc in rows:
            keys = path_keys(path or "")
            self._keys[cid], self._docs[cid] = keys, doc
            for key in keys:
                self._by_key[key].add(cid)

    def doc(self, cid: int) -> str:
        return self._docs[cid]

    def match(self, refs: list[list[Key]]) -> dict[int, float]:
        """Clause id -> the largest share of a citation's keys its path matches (0 < share <= 1)."""
        found: dict[int, float] = {}
        for ref in refs:
            for cid in self._by_key.get(ref[0], ()):
                share = _matched(ref, self._keys[cid]) / len(ref)
                found[cid] = max(found.get(cid, 0.0), share)
        return found
