"""English agencies of an Indian or UK statutory instrument: a section's run-in heading with a dash ("7. Review.—The
Ministry of … shall") opens no subject, and a body its definitions name by a quoted term ('"implementing agency"
means the IndiaAI Independent Business Division …') leads where the text says the term."""

import pytest

from ingest.agencies_en import english_agencies
from ingest.agency_sharing_en import share_english_agencies
from ingest.defined_names_en import defined_terms
from ingest.types import Clause

_SCHEME = """\
2. Definitions.—(1) In this scheme, unless the context otherwise requires,—
(a) "eligible user" means a start-up recognised by the Department for Promotion of Industry and Internal Trade;
(b) "implementing agency" means the IndiaAI Independent Business Division constituted under the Digital India
Corporation.

5. Implementing agency.—(1) The implementing agency shall administer the scheme, in consultation with the \
Ministry of Finance and the Department of Science and Technology.

6. Eligibility.—(1) An eligible user shall apply through the portal.

7. Review.—The Ministry of Electronics and Information Technology shall review the scheme by the 31st March, 2028."""


@pytest.mark.parametrize(("text", "lead", "supporting"), [
    ("7. Review.—The Ministry of Electronics and Information Technology shall review the scheme by the 31st March, "
     "2028.", ["Ministry of Electronics and Information Technology"], []),
    ("5. Implementing agency.—(1) The Department of Agriculture shall administer the scheme, in consultation with "
     "the Ministry of Finance and the Department of Science and Technology.",
     ["Department of Agriculture"], ["Ministry of Finance", "Department of Science and Technology"]),
    ("3. Functions.—The Department for Education must publish guidance.", ["Department for Education"], []),
    ("(b) Coordination.--The Director of OSTP, in consultation with the Secretary of Commerce, shall report.",
     ["Director of OSTP"], ["Secretary of Commerce"]),
])
def test_a_run_in_heading_with_a_dash_opens_no_subject(text, lead, supporting):
    found = english_agencies(text)
    assert (found.lead, found.supporting) == (lead, supporting)


@pytest.mark.parametrize("text", [
    "7. Review.—The scheme shall be reviewed by the 31st March, 2028.",
    "4. Quantum of subsidy.—(2) The total subsidy to a single eligible user shall not exceed ₹5 crore.",
    "5. Implementing agency.—(1) The implementing agency shall administer the scheme.",  # the term undefined here
])
def test_no_agency_after_a_run_in_heading_without_a_named_subject(text):
    assert not english_agencies(text)


def test_a_body_a_definition_names_by_a_quoted_term_leads_where_the_text_says_the_term():
    clauses = [Clause(f"g-{i}", "g", f"¶{i}", "", part, 0, 1, ordinal=i, lang="en")
               for i, part in enumerate(_SCHEME.split("\n\n"))]
    share_english_agencies(clauses, [[] for _ in clauses], _SCHEME)
    scheme = clauses[1].agencies
    assert scheme.lead == ["IndiaAI Independent Business Division"]
    assert scheme.supporting == ["Ministry of Finance", "Department of Science and Technology"]
    assert scheme.note.startswith("The implementing agency shall administer")  # as worded
    assert not clauses[2].agencies  # "eligible user" means a start-up: no body
    assert clauses[3].agencies.lead == ["Ministry of Electronics and Information Technology"]


def test_a_quoted_term_for_anything_but_a_body_defines_no_office():
    text = ('(a) "eligible user" means a start-up recognised by the Department for Promotion of Industry;\n'
            '(b) "GPU" means a graphics processing unit;\n'
            '“frontier AI infrastructure” means AI infrastructure for training;\n'
            '“Open RAN” means the Open Radio Access Network.')
    assert defined_terms(text) == {}
