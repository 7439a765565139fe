"""A US state's report saved from PDF as text (a governor's task force report): its cover ("STATE OF OHIO" over
"Governor Mike DeWine" / "Lt. Governor Jon Husted" over its title over "December 2024") read into metadata, the
state its issuer and the title left to head the text; its "Table of Contents" list of sections with their pages
metadata, not clauses. Kind report."""

from __future__ import annotations

import re

from ingest.cover_read import CoverRead
from ingest.metadata import MONTH_ALONE, iso_date
from ingest.types import Document

_COVER = 12  # the cover's most lines, its date the last
# the state that issues it, alone on the cover's first line: "STATE OF OHIO", "Commonwealth of Virginia"
_STATE = re.compile(r"^(?P<kind>STATE|COMMONWEALTH|State|Commonwealth) (?:OF|of) (?P<name>[A-Z][A-Za-z .]{2,30})$")
# an official named under it: "Governor Mike DeWine", "Lt. Governor Jon Husted", "Lieutenant Governor …"
_OFFICIAL = re.compile(r"^(?P<office>Governor|Lt\.? Governor|Lieutenant Governor)\s+(?P<name>[A-Z][\w.'’ -]{2,60})$")
_CONTENTS = re.compile(r"^(?:Table of )?Contents$", re.I)
# a contents entry and its page, after a dotted leader or a space: "Executive Summary ........ 4", "Conclusion  14"
_ENTRY = re.compile(r"^(?P<entry>[^|]{2,100}?)(?:\s*\.{3,}\s*|\s+)(?P<page>\d{1,4})$")
_TERMINAL = tuple(".!?;,")


class StateReport(CoverRead):
    """What a state report's cover and contents say of it."""

    def fill(self, doc: Document) -> None:
        """Write what was read into doc: a task force's findings and recommendations to the state, a report."""
        self.write(doc, "report", lambda text: False, 1)


def state_report(text: str) -> tuple[str, StateReport | None]:
    """text less a state report's cover (its title kept on the first line) and contents list, and what they say;
    (text, None), untouched, where it opens with no state's name over its governor, a title and a date (a state's
    name over a title alone may head any of its agencies' papers)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    filled = [k for k, ln in enumerate(lines) if ln.replace("\f", "").strip()][:_COVER]
    if not filled or not (state := _STATE.match(lines[filled[0]].strip())):
        return text, None
    dated = next((k for k in filled if _cover_date(lines[k].strip())), None)
    if dated is None:
        return text, None
    found = StateReport(issuer=f"{state['kind'].title()} of {state['name'].title()}")
    cover = [lines[k].replace("\f", "").strip() for k in filled if k <= dated]
    found.meta["cover"] = " / ".join(cover)
    title: list[str] = []
    for line in cover[1:-1]:
        if official := _OFFICIAL.match(line):
            key = re.sub(r"\W+", "_", official["office"].replace("Lt", "Lieutenant").lower()).strip("_")
            found.meta.setdefault(key, official["name"].strip())
        else:
            title.append(line)
    if not title or "governor" not in found.meta:
        return text, None
    when = cover[-1]
    if MONTH_ALONE.match(when):
        found.meta["cover_date"] = when  # a month alone is no date to show or filter by
    else:
        found.date = iso_date(when)
    rest = _contents(lines[dated + 1:], found)
    return "\n".join([" ".join(title), "", *rest]), found


def _cover_date(line: str) -> bool:
    """A cover's date on a line of its own: "December 2024", "December 12, 2024"."""
    return bool(MONTH_ALONE.match(line)) or bool(iso_date(line)) and len(line) <= 30


def _contents(lines: list[str], found: StateReport) -> list[str]:
    """lines less the "Table of Contents" heading that opens them and its entries, each with its page
    (`meta.contents`): the entries run on to the first line that is none, blank lines between them."""
    first = next((k for k, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not _CONTENTS.match(lines[first].replace("\f", "").strip()):
        return lines
    entries: list[str] = []
    end = k = first + 1
    while k < len(lines):
        line = lines[k].replace("\f", "").strip()
        m = _ENTRY.match(line)
        if line and not (m and not m["entry"].rstrip(" .").endswith(_TERMINAL)):
            break
        if m:
            entries.append(f"{m['entry'].rstrip(' .')} {m['page']}")
            end = k + 1
        k += 1
    if not entries:
        return lines
    found.meta["contents"] = "; ".join(entries)
    return lines[:first] + lines[end:]
