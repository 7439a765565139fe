"""ingest.validity: until when a document is in force, from its own closing provision in English."""

from __future__ import annotations

import pytest

from ingest.parse import parse
from ingest.validity import text_end

BILL = ("# Substitute Senate Bill 1234\n\n## Sec. 1. Findings.\n\nThe legislature finds that a task force is "
        "needed.\n\n## Sec. 2. Expiration.\n\n{closing}\n")


@pytest.mark.parametrize(("closing", "end"), [
    ("This act expires July 1, 2026.", "2026-07-01"),
    ("This Act shall expire on 30 June 2027.", "2027-06-30"),
    ("This Act shall expire at the end of 31 December 2027.", "2027-12-31"),
    ("This Regulation shall cease to have effect on 31 March 2028.", "2028-03-31"),
    ("This act sunsets on June 30, 2029.", "2029-06-30"),
    ("This Order remains in effect until December 31, 2026.", "2026-12-31"),
    # a term of years, counted from the day its start is stated
    ("This Regulation shall apply for five years from 1 January 2025.", "2029-12-31"),
    ("This Decision shall apply for a period of 5 years from its entry into force on 1 March 2024.",
     "2029-02-28"),
])
def test_an_english_closing_provision_gives_the_last_day_in_force(closing, end):
    doc = parse(BILL.format(closing=closing), "bill.md")
    assert doc.meta.get("失效日期") == end
    assert doc.meta["失效日期依据"] in closing  # the words it was read from


@pytest.mark.parametrize("closing", [
    "This section expires July 1, 2026.",  # a section's, not the act's
    "The authority under section 3 expires July 1, 2026.",
    'RCW 43.10.300 is amended to read: "This act expires July 1, 2026."',  # a section amending another law
    "Section 5 of chapter 12, Laws of 2019 expires June 30, 2025.",
    "This Regulation shall apply for five years.",  # a term, but from when it does not say
    "This act takes effect July 1, 2026.",
])
def test_what_is_not_the_documents_own_end_is_not_read_as_one(closing):
    doc = parse(BILL.format(closing=closing), "bill.md")
    assert "失效日期" not in doc.meta


def test_the_last_provision_that_says_so_wins():
    lines = ["This Act shall expire on 30 June 2027.", "This act expires July 1, 2028."]
    assert text_end(lines) == ("2028-07-01", "This act expires July 1, 2028")
