"""An international organisation's report saved from PDF, told by the copyright its running footer carries ("OECD
DIGITAL ECONOMY OUTLOOK 2026: COMPUTE FOR AI © OECD 2026") or by the line asking readers to cite it ("Please cite
this publication as: OECD (2026), …"): the organisation is the issuer, the document kind `report` (its policy
recommendations are no government's commitment); the year alone is no date (as a month alone is none)."""

from __future__ import annotations

import re

from ingest.types import Document

# the organisations whose reports are read so, by the acronym their copyright and citation lines write
ORGANISATIONS = {
    "OECD": "Organisation for Economic Co-operation and Development (OECD)",
    "IEA": "International Energy Agency (IEA)",
    "IMF": "International Monetary Fund (IMF)",
    "ITU": "International Telecommunication Union (ITU)",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
}
_ACRONYM = "|".join(ORGANISATIONS)
# "© OECD 2026", "© OECD, 2026", "© IEA 2025": the organisation holds the copyright of what it publishes
_COPYRIGHT = re.compile(rf"©\s*(?P<org>{_ACRONYM})\s*,?\s*(?P<year>(?:19|20)\d{{2}})\b")
# "Please cite this publication as: OECD (2026), OECD Digital Economy Outlook 2026, OECD Publishing, Paris."
_CITE = re.compile(rf"^Please\s+cite\s+this\s+(?:publication|report|paper)\s+as\s*:?\s*"
                   rf"(?P<cite>(?P<org>{_ACRONYM})\s*\((?P<year>(?:19|20)\d{{2}})\),\s*.{{5,400}})$", re.I | re.S)


def org_report(doc: Document, footer: str) -> bool:
    """Read an organisation's report from its running footer's copyright or its "Please cite this publication
    as:" paragraph (taken out of the clauses, `meta.citation`) into doc; False where neither names one."""
    cite = next((i for i, b in enumerate(doc.blocks) if _CITE.match(b.text.strip())), None)
    m = _COPYRIGHT.search(footer) if footer else None
    if cite is not None:
        found = _CITE.match(doc.blocks[cite].text.strip())
        doc.meta.setdefault("citation", re.sub(r"\s+", " ", found.group("cite")))
        del doc.blocks[cite]
        m = m or found
    if not m:
        return False
    if m.re is _COPYRIGHT:
        doc.meta.setdefault("copyright", m.group())
    doc.issuer = doc.issuer or ORGANISATIONS[m.group("org").upper()]
    doc.kind = doc.kind or "report"
    return True
