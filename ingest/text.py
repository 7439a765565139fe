"""The one text normaliser: whitespace, invisible characters and line breaks, nothing semantic."""

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f]+")
_IDEOGRAPHIC_RUN = re.compile(r"\u3000+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Han characters (CJK unified ideographs, extension A, compatibility ideographs): one definition for
# every module that asks whether a text or term is Chinese
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
# A line break next to a CJK character joins without a space (CSS segment-break rules).
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*|[ \t\r\f]*\n\s*(?=[{_CJK}])")


def normalize_text(text: str) -> str:
    """Normalise line endings, spaces and invisible characters; keep everything else as written.

    Runs of full-width spaces (文　　号) become one space. NFC only, never NFKC, so full-width
    numbering such as （一） survives for the segmenter.
    """
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _IDEOGRAPHIC_RUN.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def collapse(text: str) -> str:
    """One line of text: every whitespace run becomes a single space."""
    return " ".join(normalize_text(text).split())


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is exactly str.isalnum() or "_", checked over every code point


def norm_key(text: str) -> str:
    """A comparison key: NFKC, lower case, letters and digits only (for dedup and matching)."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


def unwrap(text: str) -> str:
    """Hard-wrapped or markup-broken lines as one line: a break beside a CJK character vanishes,
    any other whitespace run becomes one space."""
    return collapse(_CJK_BREAK.sub("", text))
