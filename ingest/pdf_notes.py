"""A page's notes in a text saved from PDF: the numbered notes under a rule at a page's foot, and their markers in
the text (the notes go to the document's meta)."""

from __future__ import annotations

import re

# the rule a page's notes stand under, and a note's number: "______________________" over "1. The survey …"
_NOTE_RULE = re.compile(r"^\s*_{8,}\s*$")  # (not a table's border of hyphens)
_NOTE_START = re.compile(r"^\s*\d{1,2}[.)]\s+[^|]+$")


def foot_notes(lines: list[str]) -> tuple[list[str], list[str]]:
    """lines less the notes set under a rule at a page's foot, and those notes, one a note (lines joined): the rule,
    then numbered notes up to a blank line; none where no numbered note follows the rule. A marker of one of
    those notes after a sentence's stop ("accelerators.1") is taken out of the text: the note is in meta."""
    kept: list[str] = []
    notes: list[str] = []
    i = 0
    while i < len(lines):
        if _NOTE_RULE.match(lines[i]) and i + 1 < len(lines) and _NOTE_START.match(lines[i + 1]):
            i += 1
            while i < len(lines) and lines[i].strip():
                if _NOTE_START.match(lines[i]) or not notes:
                    notes.append(lines[i].strip())
                else:
                    notes[-1] += " " + lines[i].strip()
                i += 1
            continue
        kept.append(lines[i])
        i += 1
    numbers = {m.group(1) for note in notes if (m := re.match(r"(\d{1,2})[.)]", note))}
    return [_NOTE_MARKER.sub(lambda m: m.group(1) if m.group(2) in numbers else m.group(), ln) for ln in kept], notes


# a note's marker set after a sentence's stop: "…on installed accelerators.1", "…(Figure 1.6).2" (a word of
# three letters or more, or a bracket, before the stop: no decimal, "1.6", nor "Fig.1" or "p.3")
_NOTE_MARKER = re.compile(r"((?:[a-z]{3}|[)\]”\"’])[.!?])(\d{1,2})(?=\s|$)")
