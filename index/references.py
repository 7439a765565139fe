"""Citations in a query ("Article 5(1)(e)", "Sec. 4.2", "第十七条", "附件2") and the clauses they name.

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
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ingest.metadata import bill_number
from ingest.numbering import roman_to_int, zh_to_int
from ingest.simplified import to_simplified
from ingest.text import HAN_CHAR

Key = tuple[str, str]

_ZH_NUM = r"[零〇一二两三四五六七八九十百千\d]+"
_ROMAN_OR_NUM = r"(?:\d+|[IVXLC]+\b)"
# the items of a citation: "(1)(e)", "(b) (i)", or spelt out: "paragraph 3", ", point (a)", "para. 2"
_ITEM = r"\(\s*\w{1,4}\s*\)|,?\s*(?:paragraph|para\.|point|subparagraph)\s+(?:\(\s*\w{1,4}\s*\)|\d+[a-z]?\b)"
_ITEMS = rf"(?P<items>(?:\s*(?:{_ITEM}))*)"
_ITEMS2 = _ITEMS.replace("?P<items>", "?P<items2>")
# ("s.2(2)" is a UK Act's section 2(2); a lower-case s only, after no letter or dot: "U.S. 2025" cites nothing)
_QUERY = re.compile(
    rf"(?:\b(?P<kind>Article|Art\.?|Section|Sec\.?)|(?P<para>§|(?<![\w.])(?-i:s)\.))\s*(?P<num>\d+[a-z]?(?:\.\d+)*)"
    rf"{_ITEMS}"
    rf"|\b(?P<kind2>Chapter|Annex|Recital|Part|Title)\s+(?P<num2>{_ROMAN_OR_NUM}|\(\d+\)){_ITEMS2}"
    rf"|第\s*(?P<zh>{_ZH_NUM})\s*(?P<zhkind>条|章|节|款|项)(?:\s*第\s*(?P<zhitem>{_ZH_NUM})\s*[款项])?"
    rf"|附件\s*(?P<annex>{_ZH_NUM})"
    rf"|\b(?:paragraph|para\.?)\s*(?P<dec>\d{{1,2}}\.\d{{1,2}})(?![\d.]\d)"  # a UK paper's "paragraph 3.1"
    rf"|\b(?-i:Action)\s+(?P<action>\d{{1,3}})(?!\d|\.\d)",  # a plan's numbered action, "Action 2"
    re.I,
)
_KINDS = {"article": "article", "art": "article", "art.": "article", "section": "section", "sec": "section",
          "sec.": "section", "§": "section", "s.": "section", "chapter": "chapter", "annex": "annex",
          "recital": "recital", "part": "part", "title": "title", "条": "article", "章": "chapter", "节": "section",
          "款": "item", "项": "item"}
_PATH_PART = re.compile(
    rf"^(?:(?P<kind>Article|Sec\.|SECTION|CHAPTER|ANNEX|PART|TITLE)\s+(?P<num>\d+[a-z]?|[IVXLC]+)"
    rf"|(?P<uk>s\.)(?P<uknum>\d+[a-z]{{0,2}})"  # a UK Act's section: "s.2"
    rf"|(?-i:Action)\s+(?P<action>\d{{1,3}})"  # a plan's numbered action: "Action 2"
    rf"|§\s*(?P<cfr>\d+\.\d+[a-z]?)"  # a section of the Code of Federal Regulations: "§ 748.20"
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


def _items(text: str | None) -> list[Key]:
    """The item keys of a citation's items: "(1)(e)" and "paragraph 1, point (e)" alike."""
    return [("item", _number(i)) for i in re.findall(r"\(\s*(\w{1,4})\s*\)|(?<=\s)(\d+[a-z]?)\b", text or "")
            for i in i if i]


def parse_query(query: str) -> list[list[Key]]:
    """Each citation in the query as its keys, outermost first: "Art. 5(1)(e)" ->
    [("article", "5"), ("item", "1"), ("item", "e")], as is "Article 5 paragraph 1, point (e)";
    "Sec. 4.2" -> [("section", "4"), ("section", "4.2")]; "Annex III point 4" -> [("annex", "3"), ("item", "4")]."""
    refs = []
    for m in _QUERY.finditer(to_simplified(query)):  # 第十七條 as 第十七条
        if m["kind"] or m["para"]:
            kind = _KINDS[(m["kind"] or m["para"]).lower()]
            num = m["num"].lower()
            keys = [(kind, num.split(".")[0]), (kind, num)] if "." in num else [(kind, num)]
            keys += _items(m["items"])
        elif m["kind2"]:
            kind = _KINDS[m["kind2"].lower()]
            keys = [(kind, _number(m["num2"], roman=True)), *_items(m["items2"])]
        elif m["zh"]:
            keys = [(_KINDS[m["zhkind"]], _number(m["zh"]))]
            if m["zhitem"]:
                keys.append(("item", _number(m["zhitem"])))
        elif m["dec"]:
            keys = [("section", m["dec"])]
        elif m["action"]:
            keys = [("action", m["action"])]
        else:
            keys = [("annex", _number(m["annex"]))]
        refs.append(keys)
    return refs


def rest(query: str) -> str:
    """The query without its citations: what else it asks for ("" for a bare "Article 50"), as written
    (its citations found in its simplified copy, which has its offsets)."""
    kept, pos = [], 0
    for m in _QUERY.finditer(to_simplified(query)):
        kept.append(query[pos:m.start()])
        pos = m.end()
    return " ".join(" ".join([*kept, query[pos:]]).split())


def path_keys(path: str) -> list[Key]:
    """A clause's outline path as keys: "Recitals > (40)" -> [("recital", "40")];
    "CHAPTER II > Article 5 > 1 > (e)" -> [("chapter", "2"), ("article", "5"), ("item", "1"), ("item", "e")]."""
    keys: list[Key] = []
    for part in path.split(" > "):
        part = _SPLIT_PART.sub("", to_simplified(part.strip()))  # a traditional text's 第十條
        if part.lower() == "recitals":
            keys.append(("recitals", ""))
            continue
        m = _PATH_PART.match(part)
        if not m:
            keys.append(("other", part))
        elif m["kind"]:
            keys.append((_KINDS[m["kind"].lower()], _number(m["num"], roman=True)))
        elif m["uk"]:
            keys.append(("section", _number(m["uknum"])))
        elif m["action"]:
            keys.append(("action", m["action"]))
        elif m["cfr"]:  # as a citation of it reads: "§ 748.20(c)" is section 748, 748.20, item c
            keys += [("section", m["cfr"].split(".")[0]), ("section", m["cfr"].lower())]
        elif m["zh"]:
            keys.append((_KINDS[m["zhkind"]], _number(m["zh"])))
        elif m["annex"]:
            keys.append(("annex", _number(m["annex"])))
        elif m["dec"]:
            keys.append(("section", m["dec"]))
        elif keys and keys[-1][0] == "recitals":
            keys[-1] = ("recital", _number(m["item"]))
        else:
            keys.append(("number" if part.isascii() and part.isdigit() else "item", _number(m["item"])))
    # a section numbered "2" over its subsections "2.2" (a Commission document's) is section 2, as "section 2.2"
    # reads ("section", "2"), ("section", "2.2"); else a number is an item
    return [("section" if kind == "number" and nxt[1].startswith(f"{n}.") else "item" if kind == "number" else kind,
             n) for (kind, n), nxt in zip(keys, [*keys[1:], ("", "")], strict=True)]


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
        if _OF_OTHER.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] == "》":
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


# --- documents a query names --------------------------------------------------------------------------
# "Regulation (EU) 2024/1689 Article 5" and "EO 14110 Sec. 4.2" cite a part of one document: another
# document's Article 5 or 4.2 is not asked for. A document is named by its number (文号, "Regulation (EU)
# 2024/1689") or by a number of its title or of the names of the files it was read from (EO 14110's
# number is in neither its text nor its title, only in us-eo-14110-ai-2023-10-30.md), when no other
# document has that number. Years name no document. A document is also named by its title, or a distinctive
# run of it: "Article 50 of the Artificial Intelligence Act", "住房保障 第十条" (see _TitleRuns).

# A run of a title names a document when it is in the titles of at most this many documents...
NAME_RUN_DOCS = 2
# ...and has at least this many words of substance (English) or Han characters outside the words that say
# what kind of text it is (Chinese); a parenthesised short title, "(Artificial Intelligence Act)", whole
# and of two words or more, names its document as it is.
NAME_RUN_WORDS = 3
NAME_RUN_HAN = 4
_EN_FILLER = frozenset("a an the of and or on in for to by with at from into its their this that as".split())
# what a Chinese title says about its kind and issuer, not its subject
_ZH_GENERIC = re.compile(r"中华人民共和国|人民政府|办公厅|国务院|关于|印发|通知|通告|公告|实施|意见|方案|办法|"
                         r"管理|条例|规定|措施|若干|工作|进一步|加强|推进|加快|的")
_SHORT_TITLE = re.compile(r"\(([A-Z][^()]{2,80})\)")


def _en_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _fold(text))


class _TitleRuns:
    """Which documents a query names by a run of its title words."""

    def __init__(self, titles: dict[str, str]) -> None:
        self._en = {doc: f" {' '.join(_en_words(t))} " for doc, t in titles.items()}
        self._zh = {doc: "".join(re.findall(r"[\u3400-\u9fff]+", _fold(t))) for doc, t in titles.items()}
        self._by_word: dict[str, set[str]] = defaultdict(set)  # to look runs up in the titles that may hold them
        for doc, title in self._en.items():
            for w in title.split():
                self._by_word[w].add(doc)
        self._by_gram: dict[str, set[str]] = defaultdict(set)
        for doc, title in self._zh.items():
            for k in range(len(title) - NAME_RUN_HAN + 1):
                self._by_gram[title[k:k + NAME_RUN_HAN]].add(doc)
        self._short = {f" {' '.join(_en_words(m))} ": doc for doc, t in titles.items()
                       for m in _SHORT_TITLE.findall(t) if len(_en_words(m)) >= 2}

    def named(self, text: str) -> set[str]:
        found: set[str] = set()
        words = _en_words(text)
        for i in range(len(words)):  # the longest run from each word that is in a title, if distinctive
            for j in range(len(words), i, -1):
                run = f" {' '.join(words[i:j])} "
                if run in self._short:
                    found.add(self._short[run])
                    break
                if sum(w not in _EN_FILLER and not w.isdigit() for w in words[i:j]) < NAME_RUN_WORDS:
                    break
                docs = {doc for doc in self._by_word.get(words[i], ()) if run in self._en[doc]}
                if docs:
                    found |= docs if len(docs) <= NAME_RUN_DOCS else set()
                    break
        for segment in re.findall(rf"[\u3400-\u9fff]{{{NAME_RUN_HAN},}}", _fold(text)):
            found |= self._zh_named(segment)
        return found

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

_NAME_NUMBER = re.compile(r"(?<!\d)\d{3,}(?!\d)")


def _name_numbers(text: str) -> set[str]:
    """The numbers of three or more digits in a text, less years (1900-2099)."""
    return {n for n in _NAME_NUMBER.findall(text) if not (len(n) == 4 and n[:2] in ("19", "20"))}


# a phrase that names a document by its number, whether this knowledge base holds it or not: "Executive Order
# 14179", "EO 14110", "Regulation (EU) 2024/1689", "Public Law 117-167", "H.R. 4346", "SB 5838", "粤府〔2024〕12号"
_DOCUMENT_NUMBER = re.compile(
    r"\b(?:Executive\s+Order|E\.?O\.?)\s*(?:No\.?\s*)?\d{4,6}\b"
    r"|\b(?:Regulation|Directive|Decision)\s*\((?:EU|EC|EEC|Euratom)\)\s*(?:No\.?\s*)?\d{2,4}/\d{1,4}\b"
    r"|\b(?:Public\s+Law|Pub\.\s*L\.|P\.\s*L\.)\s*(?:No\.?\s*)?\d{2,3}[-–]\d{1,4}\b"
    r"|\b(?:H\.\s*R\.|S\.|(?:E\s*)?(?:S\s*)?[HS]\s*B|(?:Senate|House)\s+Bill)\s*(?:No\.?\s*)?\d{2,5}\b"
    r"|[\u3400-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号", re.I)


# a bill by its chamber and number, however a query spells it: "Senate Bill No. 53", "SB 53", "S.B. 53",
# "ESSB 5838", "AB 2013", "H.R. 4346". Its number alone names it when it has three digits or more
# (_name_numbers); "SB 53" names California's Senate Bill No. 53 by its chamber, where "53" alone names nothing.
_BILL = re.compile(
    r"(?<![\w.])(?:(?:(?:Engrossed|Enrolled|Substitute|Second|Third|Amended)\s+)*(?P<chamber>Senate|House|Assembly)"
    r"\s+Bill|(?:E\.?)?(?:S\.?)?(?P<initial>[SHA])\.?\s?B\.?|H\.\s?R\.)\s*(?:No\.?\s*)?(?P<number>\d{1,5})(?!\d)",
    re.I)


def _bills(text: str) -> set[tuple[str, str]]:
    """The bills a text names, as (chamber initial, number): "S.B. 53" and "Senate Bill No. 53" -> ("s", "53")."""
    return {((m["chamber"] or m["initial"] or "h")[0].lower(), str(int(m["number"]))) for m in _BILL.finditer(text)}


class DocumentNames:
    """What names each document: its number (文号), its bill's chamber and number, and the numbers only it has."""

    def __init__(self, rows: Iterable[tuple[str, str, str, Sequence[str]]]) -> None:
        """rows: (doc_id, doc_number, title, sources: paths or URLs it was read from)."""
        self._numbers: dict[str, str] = {}  # a document's own number (文号), folded -> doc_id
        self._words: dict[str, set[str]] = {}  # doc_id -> the words of its title and number
        self._bills: dict[tuple[str, str], set[str]] = defaultdict(set)  # ("s", "53") -> Senate Bill No. 53's
        owners: dict[str, set[str]] = defaultdict(set)
        titles: dict[str, str] = {}
        for doc, number, title, sources in rows:
            titles[doc] = title
            if number.strip():
                self._numbers[_fold(number)] = doc
            self._words[doc] = set(_name_words(f"{title} {number}")) | _acronyms(title)
            for bill in _bills(number) | _bills(bill_number(title)):  # not a bill the title only mentions
                self._bills[bill].add(doc)
            names = " ".join([number, title, *(s.rstrip("/").rsplit("/", 1)[-1] for s in sources)])
            for n in _name_numbers(names):
                owners[n].add(doc)
        self._by_number = {n: next(iter(docs)) for n, docs in owners.items() if len(docs) == 1}
        self._held = set(owners)  # every number some document's name holds
        self._titles = _TitleRuns(titles)

    def named(self, text: str) -> set[str]:
        """The documents the text names."""
        folded = _fold(text)
        found = {doc for number, doc in self._numbers.items() if number in folded}
        if found:  # a 文号 names its document exactly: the title words inside it (深科技创新) name no other
            return found
        found = {doc for bill in _bills(text) for doc in self._bills.get(bill, ())}
        if found:  # so does a bill's chamber and number: "SB 53 Sec. 4" is the bill's, not the AI Act's Section 4
            return found
        found = {self._by_number[n] for n in _name_numbers(text) if n in self._by_number}
        return found | self._titles.named(text)

    def unheld(self, text: str) -> list[str]:
        """The documents the text names by a number that no document here has ("Executive Order 14179",
        "粤府〔2031〕99号"): what a citation in it is not to be looked for elsewhere."""
        out = []
        for m in _DOCUMENT_NUMBER.finditer(text):
            if HAN_CHAR.search(m.group()):  # a 文号, whichever brackets enclose its year
                said = _brackets(_fold(m.group()))
                if not any(said in _brackets(number) for number in self._numbers):
                    out.append(m.group())
            elif (bills := _bills(m.group())) and not bills & self._bills.keys():
                if not _name_numbers(m.group()) & self._held:  # "SB 99": a bill none here is
                    out.append(m.group())
            elif (numbers := _name_numbers(m.group())) and not numbers & self._held:
                out.append(m.group())
        return out

    def only_names(self, text: str, docs: set[str]) -> bool:
        """Whether the text says nothing but what names these documents ("Executive Order 14110"):
        each word of it is a word of one's title or number, a number that names one, or a short word
        ("EO", "of")."""
        numbers = {n for n, doc in self._by_number.items() if doc in docs}
        words = set().union(*(self._words.get(doc, set()) for doc in docs))
        return all(w in words or w in numbers or len(w) <= 2 for w in _name_words(text))


def _acronyms(title: str) -> set[str]:
    """The initials of each run of capitalised words of a title: "essb", "ssb", "sb" of "Engrossed Substitute
    Senate Bill 5838", as a query may name it ("ESSB 5838")."""
    out: set[str] = set()
    for run in re.findall(r"(?:\b[A-Z][a-z]+\s+)+[A-Z][a-z]+\b", title):
        initials = "".join(w[0] for w in run.split()).lower()
        out |= {initials[i:] for i in range(len(initials) - 1)}
    return out


def _brackets(number: str) -> str:
    return re.sub(r"[\[［(（]", "〔", re.sub(r"[\]］)）]", "〕", number)).replace(" ", "")


def _fold(text: str) -> str:
    return " ".join(to_simplified(unicodedata.normalize("NFKC", text).lower()).split())


def _name_words(text: str) -> list[str]:
    """Words and digits, and Chinese characters one by one, folded."""
    return re.findall(r"[^\W\d_\u3400-\u9fff]+|\d+|[\u3400-\u9fff]", _fold(text))
