"""A clause's language: its document's, unless its own text is clearly in another.

A Hansard gives a Minister's Mandarin passage in an English debate, a Chinese report an English abstract;
such a clause labelled with its document's language is centred and filtered as that language (index.vectors,
the lang filter), and a Chinese passage centred as English wins every Chinese question. Only a clear
majority flips the label: Chinese clauses hold English acronyms, units and names ("GPU", "PUE", "MeitY"),
and English ones quote a Chinese title ("the 《新一代人工智能发展规划》 (New Generation AI Development Plan)").
"""

from __future__ import annotations

import re

from ingest.metadata import detect_lang
from ingest.text import HAN_CHAR

_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Han characters a clause of a Latin-script document must hold to be Chinese: a title or a name quoted in
# Chinese is shorter than a sentence
MIN_HAN = 20
# words (of two letters or more) a clause of a Chinese document must hold, with no Han character, to be in a
# Latin-script language: a row of acronyms, units or figures ("GPU | PUE ≤1.2") is no sentence of English
MIN_WORDS = 8


def clause_lang(text: str, doc_lang: str) -> str:
    """The language of a clause whose document is in doc_lang: 'zh' for a clause of a Latin-script document
    whose Han characters outnumber its Latin letters (a character carries about three letters' worth, so
    that is a clear majority), the Latin-script language detect_lang reads for a clause of a Chinese
    document with no Han character at all and at least MIN_WORDS words; else doc_lang."""
    if doc_lang == "zh":
        if HAN_CHAR.search(text) or len(_LATIN_WORD.findall(text)) < MIN_WORDS:
            return doc_lang
        return detect_lang(text) or doc_lang
    if not doc_lang:  # a document with no letters has no language to depart from
        return doc_lang
    han = len(HAN_CHAR.findall(text))
    return "zh" if han >= MIN_HAN and han > len(_LATIN_LETTER.findall(text)) else doc_lang
