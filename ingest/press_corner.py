"""The furniture of a European Commission press corner release, read into its metadata and kept out of its clauses:
its number on a line of its own under the text ("IP/25/1013"), the links under its "For More Information" heading
("AI Continent Action Plan", "Questions and answers", "Factsheet") and under its "Related media", and the line under
a quote that says whose it is ("Henna Virkkunen, Executive Vice-President for Tech Sovereignty, Security and
Democracy")."""

from __future__ import annotations

import re

from ingest.types import Block, Document

# the press corner's number of an item: a press release's "IP/25/1013", a statement's "STATEMENT/25/1020", a Q&A's
# "QANDA/25/1014", a speech's "SPEECH/25/1000"
_NUMBER = re.compile(r"^(?:IP|MEMO|STATEMENT|SPEECH|QANDA|MEX|AC)/\d{2}/\d{1,5}$")
# the heading over the pages a release links to ("For More Information", "More information") and over its pictures
# and videos ("Related media": "AI Continent Action Plan - infographic"), and the key of their titles in its meta
_LINKS_HEADINGS = {"more_information": re.compile(r"^(?:For\s+)?More\s+information\s*:?$", re.I),
                   "related_media": re.compile(r"^Related\s+media\s*:?$", re.I)}
# a link's title, no sentence: "Questions and answers", "AI Continent Action Plan"
_LINK_TITLE = re.compile(r"^[^.!?;:]{2,120}$")
# the heading over a release's quotes: "Quote(s)", "Quotes"
_QUOTES = re.compile(r"^Quotes?(?:\(s\))?\s*:?$", re.I)
# a quote's speaker under it, a name and the office held: "Henna Virkkunen, Executive Vice-President for Tech
# Sovereignty, Security and Democracy", "Ursula von der Leyen, President of the European Commission"
_SPEAKER = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:von|van|der|de|den|del|la|[A-Z][\w'’.-]+)){1,4},\s+[^.;:!?]{0,60}"
                      r"\b(?:President|Vice-President|Commissioner|Minister|Secretary|Director|Chair|Head)\b"
                      r"[^.;:!?]{0,120}$")
_QUOTED = re.compile(r"^[\"“„'‘«]")


def press_corner(doc: Document, blocks: list[Block]) -> list[Block]:
    """Move a release's number line, its "For More Information" and "Related media" links and its quotes' speakers
    into doc (its doc_number, meta["more_information"], meta["related_media"], meta["quote_by"]); the blocks without
    them."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == "para" and _NUMBER.match(block.text.strip()):
            doc.doc_number = doc.doc_number or block.text.strip()
        elif (block.kind == "para" and _SPEAKER.match(block.text) and out and out[-1].kind == "para"
              and _QUOTED.match(out[-1].text) and _under_quotes(out)):
            doc.meta["quote_by"] = "; ".join(filter(None, [doc.meta.get("quote_by", ""), block.text]))
        else:
            out.append(block)
    return _links(doc, out)


def _under_quotes(blocks: list[Block]) -> bool:
    """Whether the last heading before the end of blocks is a quotes' heading."""
    heading = next((b for b in reversed(blocks) if b.kind == "heading"), None)
    return heading is not None and bool(_QUOTES.match(heading.text))


def _links(doc: Document, blocks: list[Block]) -> list[Block]:
    """Drop a "For More Information" or "Related media" heading and the links' titles under it, to the next
    heading, into doc.meta; where a line under it is a sentence, the section is text and stays."""
    for key, heading in _LINKS_HEADINGS.items():
        i = next((i for i, b in enumerate(blocks) if b.kind == "heading" and heading.match(b.text)), None)
        if i is None:
            continue
        end = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind == "heading"), len(blocks))
        under = blocks[i + 1:end]
        if under and all(b.kind == "para" and _LINK_TITLE.match(b.text) for b in under):
            doc.meta.setdefault(key, "; ".join(b.text for b in under))
            blocks = blocks[:i] + blocks[end:]
    return blocks
