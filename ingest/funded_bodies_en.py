"""Read the body a budget's measure funds, which leads it: "Budget 2026 proposes to provide $925 million over five
years, starting in 2026-27, to Innovation, Science and Economic Development Canada to expand …" (Canada's, the UK's
and Australia's budgets word their measures so: "The government is providing £X to the Department for Science,
Innovation and Technology to …"). Only where the budget or the government provides the money, so that the body
funded does the work; "The Department will provide $5 million to the University of X to …" is the Department's."""

from __future__ import annotations

import re

from ingest.office_names_en import body_name, field_body_name, office_name

# the budget or the government as the provider, and its verb of funding
_PROVIDER = re.compile(r"^(?:(?:This|The) (?:federal )?[Bb]udget|Budget \d{4}|The (?:federal |Australian |UK )?"
                       r"[Gg]overnment)(?: also)? (?:proposes to|will|is|announces|announced|has) ?"
                       r"(?:also )?(?:provide|providing|provides|invest|investing|allocate|allocating|committed|"
                       r"commit|committing)\b")
# an amount of money, after which the body funded is named: "$925 million", "£2 billion", "an additional $200 million"
_AMOUNT = re.compile(r"[$£€]\s?\d[\d,.]*(?:\s(?:million|billion|thousand|m|bn))?")
# "to <body> to <verb>", "to <body> for the Industrial Research Assistance Program to …", "to <body>, …"
_TO_BODY = re.compile(r"(?:^|,\s|\s)to (?:the )?(?=[A-Z])")
_BODY_ENDS = re.compile(r"\s(?:to|for|through|in order to)\s(?=[a-z]|the\s)|,\s|\.\s*$|$")


def funded_body(sentence: str) -> tuple[str, str] | None:
    """The named body a budget's measure funds and the sentence after its name (for its partners: "…, in
    collaboration with the Canadian Institute for Advanced Research"); None where the budget or government
    provides no amount to a named body ("to the regional development agencies": no one body)."""
    if not _PROVIDER.match(sentence) or not (money := _AMOUNT.search(sentence)):
        return None
    for m in _TO_BODY.finditer(sentence, money.end()):
        rest = sentence[m.end():]
        found = None
        for end in _BODY_ENDS.finditer(rest):
            # a name may hold commas ("Innovation, Science and Economic Development Canada", "Department for
            # Science, Innovation and Technology"): the longest that names a body, up to "to <verb>" or "for …"
            if name := _body(rest[:end.start()]):
                found = name, rest[end.start():]
            if not end.group().startswith(","):
                break
        return found  # the first "to" after the amount names whom it goes to, or no one
    return None


def _body(text: str) -> str:
    """text as a named public body ("the Digital Research Alliance of Canada", "Shared Services Canada"), else ""."""
    text = text.strip()
    return office_name(text) or body_name(text) or field_body_name(text)
