"""What names a document in a query: its number (文号, "Regulation (EU) 2024/1689", "M-26-07"), a number only its
title or file names carry ("EO 14110"), a bill's chamber and number ("SB 53", "ESSB 5838"), or a distinctive run
of its title, most of the title the query quotes ("Article 50 of the Artificial Intelligence Act", "住房保障 第十条").
The search (index/search.py) cites the part a query names in these documents only, and none where a named one is
not here."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ingest.metadata import bill_number
from ingest.numerals import EN_NUMBER, en_number
from ingest.text import HAN_CHAR

from .glossary import Glossary, load_glossary
from .number_forms import number_keys
from .title_runs import EN_FILLER, TitleRuns, en_words, fold

# "Regulation (EU) 2024/1689 Article 5" and "EO 14110 Sec. 4.2" cite a part of one document: another
# document's Article 5 or 4.2 is not asked for. A document is named by its number (文号, "Regulation (EU)
# 2024/1689") or by a number of its title or of the names of the files it was read from (EO 14110's
# number is in neither its text nor its title, only in us-eo-14110-ai-2023-10-30.md), when no other
# document has that number. Years name no document. A document is also named by its title, or a distinctive
# run of it: "Article 50 of the Artificial Intelligence Act", "住房保障 第十条" (see title_runs.py).

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
    r"|[\u3400-\u9fff]{0,10}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号", re.I)
# a title's own number opens it ("Regulation (EU) 2024/1689 of …"); the numbers further on are others' it amends
TITLE_NUMBER_AT = 40


# a 文号 with the issuer's prefix before it, if any: "京经信发〔2026〕12号", "〔2026〕12号"
_WENHAO = re.compile(r"(?P<prefix>[\u3400-\u9fff]{0,10})(?P<number>[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号)")


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


# an executive order by its number, in digits or words: "Executive Order 51", "Executive Order Number Fifty-One",
# "EO No. 51" (a state's orders are numbered from 1 each term; the federal ones in five digits)
_ORDER = re.compile(rf"\b(?:Executive\s+Order|E\.?O\.?)\s*(?:(?:Number|No\.?|#)\s*)?"
                    rf"(?P<number>\d{{1,6}}(?![\d/-])|{EN_NUMBER})", re.I)


def _orders(text: str) -> set[str]:
    """The numbers of the executive orders a text names, in digits: "Executive Order Number Fifty-One" -> {"51"}."""
    return {str(int(n)) if n.isdigit() else str(en_number(n)) for n in (m["number"] for m in _ORDER.finditer(text))}


# a document named in words after a citation: "Article 12 of the Hong Kong LegCo brief", "Sec. 3 of the Ohio
# Broadband Plan": proper words (capitalised) and a word that says what kind of text it is
_NAMED_IN_WORDS = re.compile(
    r"\bof\s+(?:the\s+)?(?P<name>(?:(?-i:[A-Z])[\w.'’-]*\s+){1,6}?)(?:brief|paper|act|order|plan|bill|law|"
    r"regulations?|strategy|notice|measures|guidelines|rules|directive|decision|framework|ordinance|statute|"
    r"policy|programme|program|roadmap)\b", re.I)


class DocumentNames:
    """What names each document: its number (文号), its bill's chamber and number, and the numbers only it has."""

    def __init__(self, rows: Iterable[tuple[str, str, str, Sequence[str]]], glossary: Glossary | None = None,
                 issuers: Mapping[str, str] | None = None) -> None:
        """rows: (doc_id, doc_number, title, sources: paths or URLs it was read from); glossary: the terms that
        carry an English name to a Chinese title (load_glossary() for None); issuers: doc_id -> its issuer."""
        self._numbers: dict[str, str] = {}  # a document's own number (文号), folded -> doc_id
        self._words: dict[str, set[str]] = {}  # doc_id -> the words of its title and number
        self._bills: dict[tuple[str, str], set[str]] = defaultdict(set)  # ("s", "53") -> Senate Bill No. 53's
        self._orders: dict[str, set[str]] = defaultdict(set)  # an executive order's number -> its documents
        self._forms: dict[str, set[str]] = defaultdict(set)  # "m-26-07", "gb 45654" (number_forms) -> its documents
        owners: dict[str, set[str]] = defaultdict(set)
        titles: dict[str, str] = {}
        for doc, number, title, sources in rows:
            titles[doc] = title
            if number.strip():
                self._numbers[fold(number)] = doc
            self._words[doc] = set(_name_words(f"{title} {number}")) | _acronyms(title)
            for bill in _bills(number) | _bills(bill_number(title)):  # not a bill the title only mentions
                self._bills[bill].add(doc)
            names = " ".join([number, title, *(s.rstrip("/").rsplit("/", 1)[-1] for s in sources)])
            for n in _name_numbers(names):
                owners[n].add(doc)
            for n in _orders(f"{number} {title}"):
                self._orders[n].add(doc)
            files = [s.rstrip("/").rsplit("/", 1)[-1] for s in sources]
            for key in {*number_keys(number), *number_keys(title, TITLE_NUMBER_AT), *number_keys(" ".join(files))}:
                self._forms[key].add(doc)
        self._by_issuer: dict[str, set[str]] = defaultdict(set)  # "gao" -> the documents GAO issued
        for doc, issuer in (issuers or {}).items():
            for acronym in issuer_acronyms(issuer):
                self._by_issuer[acronym].add(doc)
                self._words.setdefault(doc, set()).add(acronym)
        self._by_number = {n: next(iter(docs)) for n, docs in owners.items() if len(docs) == 1}
        self._held = set(owners)  # every number some document's name holds
        self._glossary = glossary if glossary is not None else load_glossary()
        self._titles = TitleRuns(titles, self._glossary)
        self._zh_titles = {doc: fold(title) for doc, title in titles.items()}

    def named(self, text: str) -> set[str]:
        """The documents the text names."""
        folded = fold(text)
        found = {doc for number, doc in self._numbers.items() if number in folded}
        if found:  # a 文号 names its document exactly: the title words inside it (深科技创新) name no other
            return found
        forms = number_keys(text)
        found = {doc for key in forms for doc in self._forms.get(key, ())}
        found |= {doc for prefix, said in self._wenhao(text) for number, doc in self._numbers.items()
                  if _same_wenhao(prefix, said, number)}
        if found:  # so do "M-26-07", "GB/T 45654—2025" and a 文号 without its issuer, "〔2025〕12号", or with its own
            return found
        for said in forms.values():  # "(EU) 2019/1020" is that act, not a title that mentions 1020
            text = text.replace(said, " ")
        found = {doc for bill in _bills(text) for doc in self._bills.get(bill, ())}
        if found:  # so does a bill's chamber and number: "SB 53 Sec. 4" is the bill's, not the AI Act's Section 4
            return found
        found = {self._by_number[n] for n in _name_numbers(text) if n in self._by_number}
        found |= {doc for n in _orders(text) for doc in self._orders.get(n, ())}
        found |= {doc for a in _CAPITALS.findall(text) for doc in self._by_issuer.get(a.lower(), ())}  # "GAO"
        return found | self._titles.named(text)

    def own_number(self, text: str) -> str | None:
        """The document whose own number the text is, and nothing else ("合数资函〔2026〕18号"), or None."""
        return self._numbers.get(fold(text).strip(" \"“”'‘’《》「」()（）"))

    def unheld(self, text: str) -> list[str]:
        """The documents the text names by a number that no document here has ("Executive Order 14179",
        "粤府〔2031〕99号"): what a citation in it is not to be looked for elsewhere."""
        out = [said for key, said in number_keys(text).items() if key not in self._forms]  # "M-26-07", "GB/T 45654"
        for m in _DOCUMENT_NUMBER.finditer(text):
            if HAN_CHAR.search(m.group()):  # a 文号, whichever brackets enclose its year
                prefix, said = self._wenhao(m.group())[0]
                if not any(_same_wenhao(prefix, said, number) for number in self._numbers):
                    out.append(m.group())
            elif (bills := _bills(m.group())) and not bills & self._bills.keys():
                if not _name_numbers(m.group()) & self._held:  # "SB 99": a bill none here is
                    out.append(m.group())
            elif (numbers := _name_numbers(m.group())) and not numbers & self._held:
                out.append(m.group())
        for m in _ORDER.finditer(text):  # "Executive Order Number Fifty-One": an order none here is numbered
            n = next(iter(_orders(m.group())))
            if n not in self._orders and n not in self._held and not any(m.group() in o for o in out):
                out.append(m.group())
        if (m := _NAMED_IN_WORDS.search(text)) and not self._may_be_here(m["name"]):
            out.append(m.group())
        # a title quoted that only shares a few words with one here; or shares none, where nothing else names one
        return out + self._titles.misquoted(text, unknown=not self.named(text))

    @staticmethod
    def _wenhao(text: str) -> list[tuple[str, str]]:
        """The 文号 of the text as (the issuer's prefix before it, "" if none; the year and number, brackets made
        one): "京经信发〔2026〕12号" -> ("京经信发", "〔2026〕12号")."""
        return [(fold(m["prefix"]), _brackets(fold(m["number"]))) for m in _WENHAO.finditer(fold(text))]

    def _may_be_here(self, name: str) -> bool:
        """Whether some document's title holds every proper word of a name ("Hong Kong LegCo"), as it is, as an
        acronym of its capitalised words, or through the glossary (Shenzhen, 深圳); "AI" is artificial intelligence."""
        words = [w for w in en_words(name) if w not in EN_FILLER and not w.isdigit()]
        zh = {term: set(map(fold, entry.zh)) for term, entry in self._glossary.matches(name)}
        for doc, title in self._zh_titles.items():
            held = self._words.get(doc, set())
            if all(w in held or (w == "ai" and ("artificial" in held or "人工智能" in title))
                   or any(w in term.split() and any(t in title for t in terms) for term, terms in zh.items())
                   for w in words):
                return True
        return False

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


# an issuer by its acronym, as a query writes it: "GAO", "OMB", "DSIT"
_CAPITALS = re.compile(r"(?<![\w.-])[A-Z]{3,6}(?![\w-])")
_COUNTRY = re.compile(r"^(?:United\s+States|U\.\s?S\.|US)\s+")


def issuer_acronyms(issuer: str) -> set[str]:
    """The acronyms a query may name an issuer by, lower-cased: one it gives in brackets, "(GAO)", and the initials of
    its capitalised words, three or more, with its country's or without ("usgao", "gao" for the United States
    Government Accountability Office; "omb" for the Office of Management and Budget). Each issuer of several, apart."""
    out: set[str] = set()
    for name in re.split(r"\s*[、;；]\s*", issuer):
        out |= {a.lower() for a in re.findall(r"\(([A-Z]{3,6})\)", name)}
        name = re.sub(r"^The\s+", "", name)
        for words in (name, _COUNTRY.sub("", name)):
            initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'.-]*", re.sub(r"\([^)]*\)", " ", words)))
            if 3 <= len(initials) <= 6:
                out.add(initials.lower())
    return out


def _same_wenhao(prefix: str, said: str, number: str) -> bool:
    """Whether a 文号 a query gives, its year and number with the prefix before it, may be a document's number:
    the year and number the same, and the prefix none, or one ending the other ("关于浙经信人工智能" or
    "经信人工智能" for 浙经信人工智能). Every body numbers its documents from 1 each year: 京经信发〔2026〕12号 is
    not 浙经信人工智能〔2026〕12号."""
    number = _brackets(fold(number))
    if not number.endswith(said):
        return False
    own = number[: -len(said)]
    return not prefix or prefix.endswith(own) or own.endswith(prefix)


def _brackets(number: str) -> str:
    return re.sub(r"[\[［(（]", "〔", re.sub(r"[\]］)）]", "〕", number)).replace(" ", "")



def _name_words(text: str) -> list[str]:
    """Words and digits, and Chinese characters one by one, folded."""
    return re.findall(r"[^\W\d_\u3400-\u9fff]+|\d+|[\u3400-\u9fff]", fold(text))
