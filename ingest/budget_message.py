"""A US state governor's budget message (or budget highlights book) saved from PDF as text: its cover ("STATE OF
MARYLAND" over "THE FISCAL 2027 BUDGET" over "GOVERNOR'S BUDGET MESSAGE"), its letter's date, address block,
salutation and signature read into metadata; its centred page numbers and running header dropped, a sentence cut by a
page break joined; its roman-numeral sections ("I. Growing Maryland's AI Economy") made headings. Kind report."""

from __future__ import annotations

import re

from ingest.cover_read import CoverRead
from ingest.metadata import iso_date
from ingest.pdf_text import is_page_number
from ingest.types import Document

_COVER = 12  # the cover's most lines before its first page ends
_STATE = re.compile(r"^(?:STATE|COMMONWEALTH|TERRITORY) OF (?P<name>[A-Z][A-Z .]{2,30})$")
# the cover's line that names the genre: "GOVERNOR'S BUDGET MESSAGE", "BUDGET HIGHLIGHTS", "BUDGET IN BRIEF"
_GENRE = re.compile(r"^(?:THE )?(?:GOVERNOR['’]?S )?(?:EXECUTIVE )?BUDGET (?:MESSAGE|HIGHLIGHTS|IN BRIEF|SUMMARY)$")
_CAPS = re.compile(r"^[A-Z0-9][A-Z0-9 ,.'’&:–-]{2,80}$")  # a cover's line set in capitals
_DEPARTMENT = re.compile(r"^(?:Department|Office|Division) of [A-Z][\w ,&]{2,60}$")
_SALUTATION = re.compile(r"^(?:Dear|To the Honorable)\s+\S.{2,200}[:,]$")
_CLOSING = re.compile(r"^(?:Sincerely(?: yours)?|Respectfully(?: submitted| yours)?|Yours (?:truly|sincerely)),$", re.I)
# a section's title numbered in roman figures, ending no sentence: "I. Growing Maryland's AI Economy", "V. Conclusion"
_SECTION = re.compile(r"^[IVX]{1,5}\.\s+[A-Z][^.!?;:]{2,90}$")
_SMALL = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to"}
_TERMINAL = tuple(".!?:;")


class BudgetMessage(CoverRead):
    """What a budget message's cover, letter and signature say of it."""

    def fill(self, doc: Document) -> None:
        """Write what was read into doc (its title over the cover's first line) and make its sections headings."""
        # it reports and explains the budget the governor submits: no notice, no rule
        self.write(doc, "report", lambda text: bool(_SECTION.match(text)), 1)


def budget_message(text: str) -> tuple[str, BudgetMessage | None]:
    """text less a budget message's cover, page furniture, letter head and signature, and what they say; (text,
    None), untouched, where it opens with no state's cover naming a budget message over a page number."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    page = next((k for k, ln in enumerate(lines) if is_page_number(ln)), None)
    cover = [ln.strip() for ln in lines[:page or 0] if ln.strip()]
    if not cover or len(cover) > _COVER or not (state := _STATE.match(cover[0])) or \
            not any(_GENRE.match(ln) for ln in cover):
        return text, None
    found = BudgetMessage(issuer=f"Governor of {_title_case(state['name'])}")
    _read_cover(cover, found)
    body = without_page_furniture(lines[page:])
    body = _letter_head(body, found)
    body = _signature(body, found)
    return "\n".join(body), found


def _read_cover(cover: list[str], found: BudgetMessage) -> None:
    """The title (the lines in capitals under the state's), the department that submits it and the cover's date."""
    k = 1
    while k < len(cover) and _CAPS.match(cover[k]) and not iso_date(cover[k]):
        k += 1
    found.title = ": ".join(_title_case(ln) for ln in cover[1:k])
    found.meta["cover"] = " / ".join(cover)
    if dept := next((ln for ln in cover[k:] if _DEPARTMENT.match(ln)), ""):
        found.meta["department"] = dept
    found.date = next((iso_date(ln) for ln in cover[k:] if iso_date(ln) and len(ln) <= 30), "")


def without_page_furniture(lines: list[str]) -> list[str]:
    """lines less centred page numbers and the running header each next page opens with (the same line after two
    page numbers or more); a sentence the page break cut (its line ends none, or the next opens in lower case) runs
    on, other paragraphs keep a blank line between them."""
    numbers = [k for k, ln in enumerate(lines) if is_page_number(ln)]
    firsts = {k: _next_text(lines, k) for k in numbers}
    texts = [lines[j].strip() for j in firsts.values() if j is not None]
    running = {t for t in texts if texts.count(t) >= 2 and not t.endswith(_TERMINAL)}
    drop = set(numbers) | {j for j in firsts.values() if j is not None and lines[j].strip() in running}
    out: list[str] = []
    k = 0
    while k < len(lines):
        if k not in drop:
            out.append(lines[k].replace("\f", ""))
            k += 1
            continue
        while k < len(lines) and (k in drop or not lines[k].replace("\f", "").strip()):
            k += 1
        while out and not out[-1].strip():
            out.pop()
        after = lines[k].strip() if k < len(lines) else ""
        last = out[-1].strip() if out else ""
        if not (last and after and (not last.endswith(_TERMINAL) and len(last) >= 60 or after[0].islower())):
            out.append("")
    return out


def _next_text(lines: list[str], k: int) -> int | None:
    return next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].replace("\f", "").strip()), None)


def _letter_head(lines: list[str], found: BudgetMessage) -> list[str]:
    """lines less the letter's date, address block and salutation ("Dear President Ferguson, …:") over its first
    paragraph, into found; the letter's date is the date published."""
    texts = [ln.strip() for ln in lines]
    at = next((k for k, t in enumerate(texts[:20]) if _SALUTATION.match(t)), None)
    if at is None:
        return lines
    head = [t for t in texts[:at] if t]
    if head and iso_date(head[0]) and len(head[0]) <= 30:
        found.date = iso_date(head.pop(0)) or found.date
    if head:
        found.meta["addressee"] = "; ".join(head)
    found.meta["salutation"] = texts[at]
    return lines[at + 1:]


def _signature(lines: list[str], found: BudgetMessage) -> list[str]:
    """lines less the closing and signature at their end ("Sincerely," over "Wes Moore" over "Governor"), into found."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    at = next((k for k in range(end - 1, max(end - 5, -1), -1) if _CLOSING.match(lines[k].strip())), None)
    if at is None:
        return lines
    signed = [ln.strip() for ln in lines[at + 1:end] if ln.strip()]
    if not signed or any(len(t) > 60 or t.endswith(".") for t in signed):
        return lines
    found.meta["closing"] = lines[at].strip()
    found.meta["signed"] = ", ".join(signed)
    return lines[:at]


def _title_case(line: str) -> str:
    """A line in capitals as a title is written: "THE FISCAL 2027 BUDGET" -> "The Fiscal 2027 Budget"."""
    words = line.split()
    return " ".join(w if not w.isupper() else w.lower() if k and w.lower() in _SMALL else w[0] + w[1:].lower()
                    for k, w in enumerate(words))
