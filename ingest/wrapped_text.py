"""Reads English plain text hard-wrapped at one width (a memo, a bill, a release saved as text) back into
paragraphs: a wrapped line joins the one before it, while blank lines, headings and list items keep theirs."""

from __future__ import annotations

import re

from ingest.text import HAN_CHAR
from ingest.types import CELL

# what opens a block of its own however the line before it runs: "1. Background", "(a)", "a.", "iv)", "Sec. 3.",
# "Attachment A:", a bullet, a memo's header fields
_OPENS = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s+(?=[A-Z\"“‘'(])"  # "1. Background", "2)", "2.1. Scope"
    r"|\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][a-z]"  # "2.1 Scope", not "2.5 GW"
    r"|(?P<paren>\((?:\d{1,3}|[a-z]{1,2}|[A-Z]|[ivxlc]{1,5})\)\s)"  # (1) (a) (aa) (A) (iv)
    r"|(?:[a-z]|[ivx]{1,4})[.)]\s+(?=[A-Z\"“(])|[A-Z][.)]\s+(?=[A-Z])"  # a. ii) A.
    r"|[-–•▪●◦*]\s"  # a bullet
    r"|(?:Sec\.?|SEC\.?|Section|SECTION|Article|ARTICLE|Art\.)\s+\d+[A-Za-z]?(?:[.:]|\s+[-–—]|$)"
    r"|(?:Attachment|ATTACHMENT|Annex|ANNEX|Appendix|APPENDIX|Schedule|SCHEDULE|Part|PART|Chapter|CHAPTER"
    r"|Title|TITLE)\s+(?:\d{1,3}|[IVXL]{1,5}|[A-Z])\b(?:\s*[.:—–-]|$)"
    r"|(?:FROM|TO|SUBJECT|SUBJ|RE|DATE|CC|ATTN|THROUGH|THRU|MEMORANDUM (?:FOR|TO))\b"
    r"|(?:From|To|Subject|Date|Re|Cc):\s)"
)
# a line ending so cites the item the next line's "(b)" names: "as described in subsection" / "(b) of …"
_CITES = re.compile(r"\b(?:sub)?(?:paragraph|section|clause)$|\b(?:item|point|article)$", re.I)
_SENTENCE_END = tuple(".!?;:")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_NEAR = 0.8  # a wrapped line reaches this share of the wrap width (the next word did not fit)
_SHORT = 0.7  # a line shorter than this share of the width ends its paragraph


def is_wrapped(lines: list[str]) -> bool:
    """English text hard-wrapped at one width, or ragged right within a band below it (a PDF's proportional
    font: lines of 83 to 94 characters): its lines reach no further than the width (50-110 columns), and most
    of those that reach the band stop mid-sentence with their sentence going on in the next line. Headings,
    key figures and table rows, however many, do not count against it."""
    texts = [ln.strip() for ln in lines if ln.strip()]
    if len(texts) < 6 or sum(1 for t in texts if HAN_CHAR.search(t)) > len(texts) * 0.1:
        return False
    width = _wrap_width(texts)
    if not 50 <= width <= 110:
        return False
    overlong = sum(1 for t in texts if len(t) > width * 1.15)
    full = sum(1 for t in texts if len(t) >= width * _NEAR)
    cut = sum(1 for a, b in _pairs(lines) if len(a) >= width * _NEAR and not _ends_sentence(a)
              and not _opens_block(b, a))
    return overlong <= len(texts) * 0.05 and cut >= 3 and cut >= full * 0.5 and cut >= len(texts) * 0.2


def _wrap_width(texts: list[str]) -> int:
    """The width the text is wrapped at: the length most lines stay within (a heading or a paragraph's last
    line may fall well short of it, and a line may pass it by a character or two)."""
    widths = sorted(len(t) for t in texts)
    return widths[int(len(widths) * 0.9) - 1]


def wrapped_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of hard-wrapped lines: a line runs on into the next unless a blank line parts them,
    the line falls well short of the width (its paragraph ends) or the next opens a heading or an item."""
    texts = [ln.strip() for ln in lines]
    width = _wrap_width([t for t in texts if t])
    vocabulary = {w.lower() for t in texts for w in _WORD.findall(t)}
    wraps = _wrapping_groups(texts, width)
    out: list[str] = []
    for t, group_wraps in zip(texts, wraps, strict=True):
        if not t:
            out.append("")
        elif out and out[-1] and group_wraps and _runs_on(out[-1].rsplit("\n", 1)[-1], t, width):
            out[-1] += "\n" + t
        else:
            out.append(t)
    return [_join(p.split("\n"), vocabulary) for p in out if p]


def _wrapping_groups(texts: list[str], width: int) -> list[bool]:
    """For each line, whether the lines between blank lines around it wrap: one of theirs before the last
    reaches the band the text wraps in. Key figures set one a line ("£225m capital spent on …" / "62% average
    …"), none reaching it, keep their lines however near it each comes."""
    flags: list[bool] = []
    start = 0
    for end in range(len(texts) + 1):
        if end == len(texts) or not texts[end]:
            group = texts[start:end]
            flags += [any(len(t) >= width * _NEAR for t in group[:-1])] * len(group)
            flags += [False] * (end < len(texts))
            start = end + 1
    return flags


def _pairs(lines: list[str]) -> list[tuple[str, str]]:
    """Each line with the next, where no blank line parts them."""
    texts = [ln.strip() for ln in lines]
    return [(a, b) for a, b in zip(texts, texts[1:], strict=False) if a and b]


def _runs_on(line: str, after: str, width: int) -> bool:
    if len(line) < width * _SHORT or CELL in line or CELL in after:  # a table's rows keep their lines
        return False
    if _caps(line) or _caps(after):
        return _caps(line) and _caps(after)  # a long heading wraps onto a line in capitals too
    return not _opens_block(after, line)


def _opens_block(line: str, before: str = "") -> bool:
    m = _OPENS.match(line)
    if m and m.group("paren") and _CITES.search(before):
        return False
    return bool(m) or _caps(line)


def _caps(line: str) -> bool:
    """A line in capitals ("ATTACHMENT A", "DEFINITIONS"): a heading, not a sentence's next words."""
    return sum(1 for ch in line if ch.isupper()) >= 4 and not any(ch.islower() for ch in line)


def _ends_sentence(line: str) -> bool:
    return line.rstrip("\"'”’)]").endswith(_SENTENCE_END)


def _join(lines: list[str], vocabulary: set[str]) -> str:
    """Wrapped lines as one: a space between words; a word split at a line-end hyphen is rejoined only when
    the text writes it whole elsewhere and never with the hyphen, any other keeps its hyphen ("AI-enabled")."""
    text = lines[0]
    for line in lines[1:]:
        if re.search(r"[A-Za-z]-$", text) and line[0].isalnum():
            text = (text[:-1] if _split_word(text, line, vocabulary) else text) + line
        else:
            text += " " + line
    return text


def _split_word(line: str, after: str, vocabulary: set[str]) -> bool:
    """Whether a line's last word, ending in a hyphen, is a word the line break split ("imple-" "mentation")."""
    left = re.search(r"[A-Za-z]+(?=-$)", line).group()
    right = re.match(r"[a-z]+", after)
    if not right:  # "COVID-" "19", "AI-" "Enabled": a hyphen of the word's own
        return False
    whole, hyphened = (left + right.group()).lower(), f"{left}-{right.group()}".lower()
    return whole in vocabulary and hyphened not in vocabulary
