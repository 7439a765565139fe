"""Citations in a query ("Article 5(1)(e)", "Sec. 4.2", "第十七条", "附件2", "Table 1") and the clauses they name.

A journalist looks a clause up by its number. Ranking alone does not find it: "Article 50" matches
every clause that cites Article 50 as well as the article itself. So a query's citations are read
into keys, ("article", "50"), ("item", "1"), ("item", "e"), and so is each clause's outline path
("CHAPTER IV > Article 50 > 1"); a clause whose path contains a citation's keys in order is boosted
by the share of them it matches. Keys are language-neutral, so 第五十条 finds Article 50 and
"Article 17" finds 第十七条; the rest of the query still says which document.

The same reading, turned on a clause's text, finds the parts of its own document it cites; their
titles are indexed with the clause (cross_reference_titles).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ingest.numbering import roman_to_int, zh_to_int
from ingest.simplified import to_simplified

from .part_numbers import part_key

Key = tuple[str, str]
BARE = "bare"  # the kind of a bare number of two levels, "4.3": a section of a document the query names only

_ZH_NUM = r"[零〇一二两三四五六七八九十百千\d]+"
# a Chinese item's number, "（四）": a 项 of an article, an item of a 工作要点; its key ("zhitem") is not an English
# paragraph's or point's ("item"): 第四项 is no Article 65(4), nor "4 > Table 1 > C7"
_ZH_ITEM_NUM = r"[一二三四五六七八九十]{1,3}"
_ROMAN_OR_NUM = r"(?:\d+|[IVXLC]+\b)"
# the items of a citation: "(1)(e)", "(b) (i)", or spelt out: "paragraph 3", ", point (a)", "para. 2"
_ITEM = r"\(\s*\w{1,4}\s*\)|,?\s*(?:paragraph|para\.|point|subparagraph)\s+(?:\(\s*\w{1,4}\s*\)|\d+[a-z]?\b)"
_ITEMS = rf"(?P<items>(?:\s*(?:{_ITEM}))*)"
_ITEMS2 = _ITEMS.replace("?P<items>", "?P<items2>")
# ("s.2(2)" is a UK Act's section 2(2); a lower-case s only, after no letter or dot: "U.S. 2025" cites nothing)
# a section of a US state's code, title-article-section ("Section 6-1-1702", "C.R.S. 6-1-1702(5)", "6-1-1702(5)",
# Utah's "63G-2-103"), or title-section after "Sec."/"§" (Connecticut's "Sec. 42-515"): one key, the whole number
_CODE = (r"(?:\b(?:Section|Sec\.?|C\.\s?R\.\s?S\.?)\s*|§+\s*)?(?<![\w.-])"
         r"(?P<code>\d{1,2}[A-Z]?-\d{1,3}(?:\.\d{1,2})?-\d{1,5}(?:\.\d{1,2})?)(?![\w-]|\.\d)"
         r"|(?:\b(?:Section|Sec\.?)\s*|§+\s*)(?P<code2>\d{1,3}[a-z]?-\d{2,4}[a-z]?)(?![\w-]|\.\d)")
_ITEMS3 = _ITEMS.replace("?P<items>", "?P<items3>")
_ITEMS4 = _ITEMS.replace("?P<items>", "?P<items4>")
_ITEMS5 = _ITEMS.replace("?P<items>", "?P<items5>")
_QUERY = re.compile(
    rf"(?:{_CODE}){_ITEMS3}"
    # (a translated Korean or Japanese statute's branch article, inserted after its Article 10: "Article 10-2")
    rf"|(?:\b(?P<kind>Article|Art\.?|Section|Sec\.?)|(?P<para>§|(?<![\w.])(?-i:s)\.))\s*(?P<num>\d+[a-z]?(?:\.\d+)*)"
    rf"(?:-(?P<branch>\d{{1,2}})(?![\d-]))?"
    rf"{_ITEMS}"
    rf"|\b(?P<kind2>Chapter|Annex|Recital|Part|Title)\s+(?P<num2>{_ROMAN_OR_NUM}|\(\d+\)){_ITEMS2}"
    rf"|第\s*(?P<zh>{_ZH_NUM})\s*(?P<zhkind>条|章|节|款|项)(?:\s*第\s*(?P<zhitem>{_ZH_NUM})\s*(?P<zhitemkind>[款项]))?"
    rf"|[(（]\s*(?P<zhparen>{_ZH_ITEM_NUM})\s*[)）]"  # a Chinese item by its number: "（四）"
    rf"|附件\s*(?P<annex>{_ZH_NUM})"
    # a UK paper's "paragraph 3.1", a directive's "paragraph 4.1.2"; a number of three levels also bare, "4.1.2"
    rf"|\b(?:paragraph|para\.?)\s*(?P<dec>\d{{1,2}}(?:\.\d{{1,2}}){{1,2}})(?![\d.]\d)"
    # a standard's clause as a Chinese text cites it, "第4.1.2条", "4.3条"
    rf"|(?:第\s*|(?<![\dA-Za-z_.]))(?P<zhdec>\d{{1,2}}(?:\.\d{{1,2}}){{1,2}})\s*条"
    rf"|(?<![\w.])(?P<dec3>\d{{1,2}}\.\d{{1,2}}\.\d{{1,2}})(?!\w|\.\d)"
    # a number of two levels bare, "4.3" (also after a Chinese title, "指南4.3"): a citation only of a document the
    # query names and nothing else (citing.py), as "PUE 1.3" or "1.5 billion" is a quantity
    rf"|(?<![\dA-Za-z_.$€£¥￥])(?P<bare>\d{{1,2}}\.\d{{1,2}})(?![\w%％]|\.\d)"
    # a document's numbered paragraph of its own, a governor's order's "5.": "paragraph 5", "order 5", "item 5"
    # (a Gazette notification's "rule 3", "clause 3")
    rf"|(?<!executive\s)\b(?:paragraph|para\.?|order|item|rule|clause)\s*(?:No\.?\s*)?(?P<top>\d{{1,3}})"
    rf"(?!\d|\.\d|\s*[-/])"
    rf"{_ITEMS5}"
    rf"|\b(?-i:Action)\s+(?P<action>\d{{1,3}})(?!\d|\.\d)"  # a plan's numbered action, "Action 2"
    rf"|\brecommendation\s+(?P<rec>\d{{1,3}})(?!\d|\.\d)"  # a committee report's, "Recommendation 4"
    # a request for comment's numbered question, and an item of it: "question 4", "Question 5(b)", "question 5b"
    rf"|\bquestion\s+(?:No\.?\s*)?(?P<question>\d{{1,3}})(?!\d)(?:\.?(?P<qitem>[a-z])\b|(?!\.\w)){_ITEMS4}"
    # a paper's captioned table, and a row of it by its id: "Table 1", "Table 1, C5", "表1"
    rf"|(?:\b(?-i:Table)\s+|表\s*)(?P<table>\d{{1,3}}(?:\.\d{{1,2}})?)(?!\d|\.\d)"
    rf"(?:\s*,?\s*(?:row\s+)?(?P<row>(?-i:[A-Z]{{1,3}})\d{{1,3}})\b|\s*,?\s*row\s+(?P<rownum>\d{{1,3}})(?!\d|\.\d))?",
    re.I,
)
_KINDS = {"article": "article", "art": "article", "art.": "article", "section": "section", "sec": "section",
          "sec.": "section", "§": "section", "s.": "section", "chapter": "chapter", "annex": "annex",
          "recital": "recital", "part": "part", "title": "title", "条": "article", "章": "chapter", "节": "section",
          "款": "item", "项": "zhitem"}
_PATH_PART = re.compile(
    rf"^(?:(?P<kind>Article|Sec\.|SECTION|CHAPTER|ANNEX|PART|TITLE)\s+(?P<num>\d+[a-z]?|[IVXLC]+)"
    rf"|Article\s+(?P<branched>\d+-\d{{1,2}})"  # a branch article: "Article 10-2"
    rf"|(?P<uk>s\.)(?P<uknum>\d+[a-z]{{0,2}})"  # a UK Act's section: "s.2"
    rf"|(?-i:Action)\s+(?P<action>\d{{1,3}})"  # a plan's numbered action: "Action 2"
    rf"|Recommendation\s+(?P<rec>\d{{1,3}})"  # a committee report's recommendation: "Recommendation 4"
    rf"|(?:(?-i:Table)\s+|表)(?P<table>\d{{1,3}}(?:\.\d{{1,2}})?)"  # a captioned table: "Table 1", "表1"
    rf"|§\s*(?P<cfr>\d+\.\d+[a-z]?)"  # a section of the Code of Federal Regulations: "§ 748.20"
    rf"|§\s*(?P<code>\d+[a-z]?(?:-\d+(?:\.\d+)?[a-z]?){{1,2}})"  # of a state's code: "§ 6-1-1702", "§ 42-515"
    rf"|第(?P<zh>{_ZH_NUM})(?P<zhkind>[条章节])|附件\s*(?P<annex>{_ZH_NUM})"
    rf"|(?P<dec>\d+(?:\.\d+)+)(?:\s+\D.*)?"  # "4.1.2", and with its title: a standard's "4.3 算力利用率"
    rf"|[(（](?P<zhitem>{_ZH_ITEM_NUM})[)）]"  # "（四）"
    rf"|row\s+(?P<row>\d{{1,3}})"  # a table's row without an id of its own: "row 4"
    rf"|[(（]?(?P<item>\w{{1,4}})[)）]?)$",
    re.I,
)
_SPLIT_PART = re.compile(r"\s*\[\d+\]$")  # "(72) [2]": the second part of a long paragraph
# a notice's part that numbers the questions it asks: "Questions", "Questions for Comment", "Consultation
# questions"; the first number under it is a question's ("Questions > 4" is question 4)
_QUESTIONS = re.compile(r"(?:[\w-]+\s+){0,3}questions(?:\s+(?:for|on|to)\b.*)?[:：]?", re.I)
# a part that lists recommendations by their numbers alone, a Cabinet paper's "Recommendations" over 1., 2., 3.
_RECOMMENDATIONS = re.compile(r"(?:[\w-]+\s+){0,3}recommendations(?:\s+(?:for|on|to)\b.*)?[:：]?", re.I)


def _number(num: str, roman: bool = False) -> str:
    """One spelling of a number: 17 for 十七, 17 and (with roman) XVII; letters, roman item numbers
    ("(iv)") and "5a" as they are, lower-cased."""
    num = num.strip("()（）").strip()
    if re.fullmatch(_ZH_NUM, num):
        return str(zh_to_int(num))
    if roman and re.fullmatch(r"[IVXLC]+", num, re.I):
        return str(roman_to_int(num))
    return num.lower()


def _items(text: str | None) -> list[Key]:
    """The item keys of a citation's items: "(1)(e)" and "paragraph 1, point (e)" alike."""
    return [("item", _number(i)) for i in re.findall(r"\(\s*(\w{1,4})\s*\)|(?<=\s)(\d+[a-z]?)\b", text or "")
            for i in i if i]


def parse_query(query: str, bare: bool = False) -> list[list[Key]]:
    """Each citation in the query as its keys, outermost first: "Art. 5(1)(e)" ->
    [("article", "5"), ("item", "1"), ("item", "e")], as is "Article 5 paragraph 1, point (e)";
    "Sec. 4.2" -> [("section", "4"), ("section", "4.2")]; "Annex III point 4" -> [("annex", "3"), ("item", "4")].
    With bare, a bare number of two levels too: "4.3" -> [(BARE, "4.3")], which cites only where citing.py says."""
    refs = []
    for m in _QUERY.finditer(to_simplified(query)):  # 第十七條 as 第十七条
        if m["bare"] and not bare:
            continue
        if m["code"] or m["code2"]:
            keys = [("section", (m["code"] or m["code2"]).lower()), *_items(m["items3"])]
        elif m["kind"] or m["para"]:
            kind = _KINDS[(m["kind"] or m["para"]).lower()]
            num = m["num"].lower() + (f"-{m['branch']}" if m["branch"] and kind == "article" else "")
            keys = [(kind, num.split(".")[0]), (kind, num)] if "." in num else [(kind, num)]
            keys += _items(m["items"])
        elif m["kind2"]:
            kind = _KINDS[m["kind2"].lower()]
            keys = [(kind, _number(m["num2"], roman=True)), *_items(m["items2"])]
        elif m["zh"]:
            keys = [(_KINDS[m["zhkind"]], _number(m["zh"]))]
            if m["zhitem"]:
                keys.append((_KINDS[m["zhitemkind"]], _number(m["zhitem"])))
        elif m["zhparen"]:
            keys = [("zhitem", _number(m["zhparen"]))]
        elif m["dec"] or m["dec3"] or m["zhdec"]:
            keys = [("section", m["dec"] or m["dec3"] or m["zhdec"])]
        elif m["bare"]:
            keys = [(BARE, m["bare"])]
        elif m["top"]:
            keys = [("top", m["top"]), *_items(m["items5"])]
        elif m["action"]:
            keys = [("action", m["action"])]
        elif m["rec"]:
            keys = [("recommendation", m["rec"])]
        elif m["question"]:
            keys = [("question", m["question"]), *([("item", m["qitem"].lower())] if m["qitem"] else []),
                    *_items(m["items4"])]
        elif m["table"]:
            keys = [("table", m["table"])] + ([("item", m["row"].lower())] if m["row"] else
                                              [("row", m["rownum"])] if m["rownum"] else [])
        else:
            keys = [("annex", _number(m["annex"]))]
        refs.append(keys)
    return refs


def rest(query: str, cite_bare: bool = False) -> str:
    """The query without its citations: what else it asks for ("" for a bare "Article 50"), as written
    (its citations found in its simplified copy, which has its offsets); less a bare "4.3" only where it cites
    (cite_bare), as it is a quantity elsewhere ("PUE 1.25")."""
    kept, pos = [], 0
    for m in _QUERY.finditer(to_simplified(query)):
        if m["bare"] and not cite_bare:
            continue
        kept.append(query[pos:m.start()])
        pos = m.end()
    return " ".join(" ".join([*kept, query[pos:]]).split())


def path_keys(path: str) -> list[Key]:
    """A clause's outline path as keys: "Recitals > (40)" -> [("recital", "40")];
    "CHAPTER II > Article 5 > 1 > (e)" -> [("chapter", "2"), ("article", "5"), ("item", "1"), ("item", "e")]."""
    keys: list[Key] = []
    questions = False  # under a part of questions, before its first number
    recommendations = False  # under a part of recommendations numbered alone: "Recommendations > 3"
    for part in path.split(" > "):
        part = _SPLIT_PART.sub("", to_simplified(part.strip()))  # a traditional text's 第十條
        if part.lower() == "recitals":
            keys.append(("recitals", ""))
            continue
        if wenhao := part_key(part):
            keys.append(("wenhao", wenhao))
            continue
        m = _PATH_PART.match(part)
        if questions and part.isascii() and part.isdigit():
            keys.append(("question", part.lstrip("0") or "0"))
            questions = False
        elif recommendations and part.isascii() and part.isdigit():
            keys.append(("recommendation", part.lstrip("0") or "0"))
            recommendations = False
        elif not m:
            keys.append(("other", part))
            questions = questions or _QUESTIONS.fullmatch(part) is not None
            recommendations = _RECOMMENDATIONS.fullmatch(part) is not None
        elif m["kind"]:
            keys.append((_KINDS[m["kind"].lower()], _number(m["num"], roman=True)))
        elif m["branched"]:
            keys.append(("article", m["branched"]))
        elif m["uk"]:
            keys.append(("section", _number(m["uknum"])))
        elif m["action"]:
            keys.append(("action", m["action"]))
        elif m["rec"]:
            keys.append(("recommendation", m["rec"]))
        elif m["table"]:
            keys.append(("table", m["table"]))
        elif m["cfr"]:  # as a citation of it reads: "§ 748.20(c)" is section 748, 748.20, item c
            keys += [("section", m["cfr"].split(".")[0]), ("section", m["cfr"].lower())]
        elif m["code"]:
            keys.append(("section", m["code"].lower()))
        elif m["zh"]:
            keys.append((_KINDS[m["zhkind"]], _number(m["zh"])))
        elif m["annex"]:
            keys.append(("annex", _number(m["annex"])))
        elif m["dec"]:
            keys.append(("section", m["dec"]))
        elif m["zhitem"]:
            keys.append(("zhitem", _number(m["zhitem"])))
        elif m["row"]:
            keys.append(("row", m["row"]))
        elif keys and keys[-1][0] == "recitals":
            keys[-1] = ("recital", _number(m["item"]))
        else:
            keys.append(("number" if part.isascii() and part.isdigit() else "item", _number(m["item"])))
    # a section numbered "2" over its subsections "2.2" (a Commission document's) is section 2, as "section 2.2"
    # reads ("section", "2"), ("section", "2.2"); else a number is an item
    return [("section" if kind == "number" and nxt[1].startswith(f"{n}.") else "item" if kind == "number" else kind,
             n) for (kind, n), nxt in zip(keys, [*keys[1:], ("", "")], strict=True)]


def _same(key: Key, cited: Key) -> bool:
    """Whether a path's key is the one cited: equal, or a table's row cited by its place ("表1 row 3") where the rows
    are named by their 序号 (`表1 > 3`)."""
    return key == cited or {key[0], cited[0]} == {"row", "item"} and key[1] == cited[1]


def _starts(ref: list[Key]) -> list[int]:
    """Where in a citation its path may be matched from: its first key, and a decimal number in it, which carries
    its parents ("Sec. 4.1.2" is [section 4, section 4.1.2]; a path "4 > 4.1 > 4.1.2" holds 4.1 between them)."""
    return [0, *(j for j in range(1, len(ref)) if ref[j][0] == "section" and "." in ref[j][1])]


def _matched(ref: list[Key], keys: list[Key]) -> int:
    """How many of the citation's keys the path has, in order and one after another, from its first (or from a
    decimal number, counting the keys before it)."""
    best = 0
    for j in _starts(ref):
        for i, key in enumerate(keys):
            if key == ref[j]:
                n = j + 1
                while n < len(ref) and i + n - j < len(keys) and _same(keys[i + n - j], ref[n]):
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
            first = next((i for i, (kind, _) in enumerate(keys) if kind != "other"), None)
            if first is not None and keys[first][0] == "item" and keys[first][1].isdigit():
                keys[first] = ("top", keys[first][1])  # "5", "MEMORANDUM FOR … > 3": a paragraph of the document's own
            self._keys[cid], self._docs[cid] = keys, doc
            for key in keys:
                self._by_key[key].add(cid)

    def doc(self, cid: int) -> str:
        return self._docs[cid]

    def all(self) -> list[int]:
        return list(self._keys)

    def of_document(self, doc: str) -> list[int]:
        """The clause ids of one document, in its order (ids are in clause order)."""
        return sorted(cid for cid, d in self._docs.items() if d == doc)

    def in_parts(self, cids: Iterable[int], numbers: set[str]) -> list[int]:
        """Those of cids in a part headed by one of these 文号s (a policy a 政策汇编 bundles), in order."""
        wanted = {("wenhao", n) for n in numbers}
        return sorted(cid for cid in cids if wanted & set(self._keys[cid]))

    def match(self, refs: list[list[Key]]) -> dict[int, float]:
        """Clause id -> the largest share of a citation's keys its path matches (0 < share <= 1)."""
        found: dict[int, float] = {}
        for ref in refs:
            for cid in set().union(*(self._by_key.get(ref[j], ()) for j in _starts(ref))):
                share = _matched(ref, self._keys[cid]) / len(ref)
                found[cid] = max(found.get(cid, 0.0), share)
        return found


# --- cross-references inside a document -------------------------------------------------------------
# A clause that cites another part of its own document means what that part is about: "Chapters I and
# II shall apply from 2 February 2025" is when the prohibitions apply, because Chapter II is
# "PROHIBITED AI PRACTICES". The keyword index reads the cited parts' titles with the clause's context.

# a heading that opens a numbered part, and its title: "CHAPTER II PROHIBITED AI PRACTICES",
# "Article 5 Prohibited AI practices", "第二章 登记事项"
_HEADING = re.compile(
    rf"^\s*(?:(?P<kind>Article|Section|Sec\.|CHAPTER|ANNEX|PART|TITLE)\s+(?P<num>\d+[a-z]?|[IVXLC]+)\b\.?"
    rf"|第(?P<zh>{_ZH_NUM})(?P<zhkind>[条章节]))\s*(?P<title>.*)$",
    re.I | re.S,
)
# several parts of one kind: "Chapters I and II", "Articles 53 and 55", "Articles 5, 6 or 7"
_LIST = re.compile(
    r"\b(?P<kind>Articles|Chapters|Annexes|Sections)\s+"
    r"(?P<nums>(?:\d+[a-z]?|[IVXLC]+\b)(?:\s*(?:,|and|or)\s*(?:\d+[a-z]?|[IVXLC]+\b))*)",
    re.I,
)
_LIST_KINDS = {"articles": "article", "chapters": "chapter", "annexes": "annex", "sections": "section"}
# what follows a citation of another act: "Article 3 of Regulation (EU) 2019/1020", "Article 4, point
# (14) of Directive …", "Article 16 and 114 thereof" (of the Treaty), "Article 16 TFEU"
_OF_OTHER = re.compile(
    r"(?:[\s,]*(?:points?|paragraphs?|subparagraphs?|first|second|third|fourth|and|or|\(\s*\w{1,4}\s*\)|\d+))*"
    r"\s*(?:of\s+(?!this\b)(?:the\s+)?[A-Z(]|thereof\b|TFEU\b|TEU\b)")
MAX_CITED_TITLES = 4  # titles read per clause: a clause citing ten articles is about none of them


def heading_titles(headings: Iterable[str]) -> dict[Key, str]:
    """The numbered parts these headings open, with their titles: ("chapter", "2") -> "PROHIBITED AI PRACTICES"."""
    found: dict[Key, str] = {}
    for heading in headings:
        m = _HEADING.match(to_simplified(heading))
        if not m or not m["title"].strip():
            continue
        key = ((_KINDS[m["kind"].lower()], _number(m["num"], roman=True)) if m["kind"]
               else (_KINDS[m["zhkind"]], _number(m["zh"])))
        found[key] = " ".join(m["title"].split())
    return found


def cited_keys(text: str) -> list[Key]:
    """The parts of its own document a text cites, outermost key only, in order of appearance:
    "Chapters I and II shall apply" -> [("chapter", "1"), ("chapter", "2")]. A citation of another act
    ("Article 3 of Regulation (EU) 2019/1020", "《公司法》第十条") is left out."""
    keys: list[tuple[int, Key]] = []
    text = to_simplified(text)
    for m in _LIST.finditer(text):
        if not _OF_OTHER.match(text, m.end()):
            kind = _LIST_KINDS[m["kind"].lower()]
            nums = re.split(r"\s*(?:,|\band\b|\bor\b)\s*", m["nums"])
            keys += [(m.start(), (kind, _number(n, roman=True))) for n in nums if n]
    for m in _QUERY.finditer(text):
        if m["bare"] or _OF_OTHER.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] == "》":
            continue
        keys.append((m.start(), parse_query(m.group())[0][0]))
    return list(dict.fromkeys(key for _, key in sorted(keys)))


def cross_reference_titles(clauses: Iterable[tuple[str, str, Sequence[str], str]]) -> dict[int, str]:
    """For (doc_id, path, headings, text) rows, in any order: row number -> the titles of the parts of
    its document that its text cites, less its own parts; only rows that cite some titled part.
    A number that opens parts of different titles in one document (SECTION 2 of two chapters) is
    ambiguous and read for none."""
    rows = list(clauses)
    titles: dict[str, dict[Key, str | None]] = defaultdict(dict)
    for doc, _, headings, _ in rows:
        known = titles[doc]
        for key, title in heading_titles(headings).items():
            known[key] = title if known.get(key, title) == title else None
    out: dict[int, str] = {}
    for i, (doc, path, _, text) in enumerate(rows):
        own = set(path_keys(path or ""))
        named = [titles[doc].get(key) for key in cited_keys(text) if key not in own]
        named = list(dict.fromkeys(t for t in named if t))[:MAX_CITED_TITLES]
        if named:
            out[i] = " ".join(named)
    return out
