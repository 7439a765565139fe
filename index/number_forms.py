"""Document numbers of set forms, read alike wherever written: an OMB memorandum's "M-26-07", a national standard's
"GB/T 45654—2025", an EU act's "Regulation (EU) 2024/1689" or CELEX "32024R1689".

A query that cites a part of a document by one of these numbers asks for that document's part; a number no
document here has names a document that is not here, so that the part cited is no other document's
(index/names.py). A document holds the numbers its own number, its title or the names of its files give.
"""

from __future__ import annotations

import re

# an OMB memorandum: "M-26-07", "M-25-21" (in a file's name too: us-omb-m-26-07-…)
_MEMO = re.compile(r"(?<![A-Za-z0-9])M\s?[-‐–]\s?(?P<year>\d{2})[-‐–](?P<seq>\d{2,3})(?!\d|-\d)", re.I)
# a Chinese national standard: "GB/T 45654—2025", "GB 2626-2019", "GB/Z 1234.2"; the year of its edition is no part
# of which standard it is
_STANDARD = re.compile(r"(?<![A-Za-z])GB\s*(?:/\s*[TZ]\s*)?(?P<seq>\d{4,5})(?:\.(?P<part>\d{1,3}))?(?!\d)", re.I)
# an EU act by its year and number, "Regulation (EU) 2024/1689", or its CELEX number, "32024R1689"
_EU_ACT = re.compile(r"\((?:EU|EC|EEC|Euratom)\)\s*(?:No\.?\s*)?(?P<year>(?:19|20)\d{2})/(?P<seq>\d{1,4})(?!\d)", re.I)
_CELEX = re.compile(r"(?<![\w.])3(?P<year>(?:19|20)\d{2})[RLDF](?P<seq>\d{4})(?!\d)", re.I)


def number_keys(text: str, within: int | None = None) -> dict[str, str]:
    """The numbers of these forms a text gives, as one key each ("m-26-07", "gb 45654", "eu 2024/1689"),
    with the words that give them; with `within`, only those that start in its first `within` characters
    (a title opens with its own number: the acts an EU regulation's title amends come later)."""
    keys: dict[str, str] = {}
    for m in sorted((*_MEMO.finditer(text), *_STANDARD.finditer(text), *_EU_ACT.finditer(text),
                     *_CELEX.finditer(text)), key=lambda m: m.start()):
        if within is None or m.start() < within:
            keys.setdefault(_key(m), m.group())
    return keys


def _key(m: re.Match[str]) -> str:
    if m.re is _MEMO:
        return f"m-{m['year']}-{int(m['seq']):02d}"
    if m.re is _STANDARD:
        return f"gb {m['seq']}" + (f".{m['part']}" if m["part"] else "")
    return f"eu {m['year']}/{int(m['seq'])}"
