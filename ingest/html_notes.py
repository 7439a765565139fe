"""An HTML page's footnotes: the notes its numbered markers link to ("…intelligence<sup><a href="#fn1">1</a></sup>"
over "<p id="fn1"><sup>1</sup> OJ L, 2024/1689, 12.7.2024.</p>" at its end), taken out of its body to be its
metadata, one note a line, as a report's are (ingest.report_text): they say where a text comes from, not what it
provides, and at the page's end they would be clauses of its last section."""

from __future__ import annotations

import re

from lxml import etree

from ingest.text import collapse

_MARK = re.compile(r"\[?(\d{1,3})\]?")  # a note's marker: "1", "[1]"
_OWN_NUMBER = r"^\[?{}\]?[.)]?\s*"  # the note's number as it opens the note
_BLOCKS = {"p", "li", "div", "dd", "aside", "section"}
# a note's link back to where it is cited, at its end: "↩", "↩︎", "^", "Back", "[back]"
_BACK = re.compile(r"\s*(?:[↩↑^]\ufe0e?|\[?(?:back|return)(?: to text)?\]?)\s*$", re.I)


def take_footnotes(root: etree._Element) -> str:
    """The notes the page's markers link to, "1 OJ L, …" a line each in their markers' order, each taken out of
    the tree; "" (and the tree as it was) unless every marker's note is found after it, opening with its number
    or an item of a list of notes."""
    notes: list[tuple[str, etree._Element]] = []
    seen: set[str] = set()
    order = {el: i for i, el in enumerate(root.iter())}
    for number, marker, target in _marked(root):
        if number in seen:
            continue  # a note cited twice
        note = _note(root, target, number)
        if note is None or order[note] < order[marker]:
            return ""
        seen.add(number)
        notes.append((number, note))
    lines = []
    for number, note in notes:
        text = _BACK.sub("", collapse(" ".join(note.itertext())))
        lines.append(f"{number} {re.sub(_OWN_NUMBER.format(number), '', text)}".strip())
        parent = note.getparent()
        note.drop_tree()
        while parent is not None and parent.tag not in ("body", "html") and not collapse(parent.text_content()):
            grand = parent.getparent()
            parent.drop_tree()  # the notes' own box, "<div class="footnotes">", left empty
            parent = grand
    return "\n".join(lines)


def _marked(root: etree._Element) -> list[tuple[str, etree._Element, str]]:
    """(number, the marker, the id it links to) for each note marker: a link in a superscript (or a superscript
    in a link) whose text is a number, to an anchor on the page."""
    out = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        m = _MARK.fullmatch(collapse(a.text_content()))
        sup = a.xpath("ancestor::sup") or a.xpath(".//sup")
        if m and sup and href.startswith("#") and len(href) > 1:
            out.append((m.group(1), a, href[1:]))
    return out


def _note(root: etree._Element, target: str, number: str) -> etree._Element | None:
    """The block the marker's anchor names, when it opens with the note's number (or is an item of a list of
    notes); None otherwise."""
    found = root.xpath("//*[@id=$t or @name=$t]", t=target)
    if len(found) != 1:
        return None
    el = found[0]
    while el is not None and el.tag not in _BLOCKS:
        el = el.getparent()
    if el is None or el.xpath(".//a[@href=$h]", h=f"#{target}"):
        return None  # no block of its own, or the marker itself
    text = collapse(el.text_content())
    if el.tag == "li" or re.match(_OWN_NUMBER.format(number) + r"(?!\d)", text):
        return el
    return None
