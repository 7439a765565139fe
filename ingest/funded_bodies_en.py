"""Read the body a budget's measure funds, which leads it: "Budget 2026 proposes to provide $925 million over five
years, starting in 2026-27, to Innovation, Science and Economic Development Canada to expand …" (Canada's, the UK's
and Australia's budgets word their measures so: "The government is providing £X to the Department for Science,
Innovation and Technology to …"; a US state's budget message: "The budget provides $18 million to the Maryland
Department of Labor for …", "The budget also includes $6 million for the Department of Information Technology, in
partnership with …"). Only where the budget or the government provides the money, so that the body funded does the
work; "The Department will provide $5 million to the University of X to …" is the Department's. Where the budget
names the body that runs what it funds ("… to be operated by the University System of Maryland in partnership
with …", "…, administered by the Maryland State Department of Education"), that body leads too."""

from __future__ import annotations

import re

from ingest.office_names_en import body_name, field_body_name, office_name, public_body_name

# the budget or the government as the provider, and its verb of funding
# (a UK Spending Review's department's settlement as well: "The settlement provides £187 million for …")
_PROVIDER = re.compile(r"^(?:(?:This|The) (?:federal )?[Bb]udget|Budget \d{4}|The (?:federal |Australian |UK )?"
                       r"[Gg]overnment|(?:This|The) (?:[Ss]ettlement|Spending Review))(?: also)? "
                       r"(?:(?:proposes to|will|is|announces|announced|has) ?(?:also )?"
                       r"(?:provide|providing|invest|investing|allocate|allocating|committed|commit|committing)|"
                       # (a state's budget message says what the budget does in the present: "The budget provides …",
                       # "The budget also includes $6 million for …")
                       r"provides|invests|allocates|includes|dedicates|commits)\b")
# an amount of money, after which the body funded is named: "$925 million", "£2 billion", "an additional $200 million"
_AMOUNT = re.compile(r"[$£€]\s?\d[\d,.]*(?:\s(?:million|billion|thousand|m|bn))?")
# "to <body> to <verb>", "to <body> for the Industrial Research Assistance Program to …", "to <body>, …"; right
# after the amount, "for <body>" too ("$15 million for the Department of Commerce for …")
_TO_BODY = re.compile(r"(?:^|,\s|\s)to (?:the )?(?=[A-Z])")
_FOR_BODY = re.compile(r"\s+for (?:the )?(?=[A-Z])")
# the body a sentence says runs what the budget funds: "to be operated by X", ", administered by X"
_RUN_BY = re.compile(r"(?:\bto be |,\s+)(?:operated|administered|run|managed|implemented|delivered|led) by (?:the )?"
                     r"(?=[A-Z])")
_BODY_ENDS = re.compile(r"\s(?:to|for|through|in order to)\s(?=[a-z]|the\s)|,\s|\.\s*$|$"
                        r"|(?P<within> for (?=[A-Z]))")


def funded_body(sentence: str) -> tuple[str, str] | None:
    """The named body a budget's measure funds and the sentence after its name (for its partners: "…, in
    collaboration with the Canadian Institute for Advanced Research"); None where the budget or government
    provides no amount to a named body ("to the regional development agencies": no one body)."""
    if not _PROVIDER.match(sentence) or not (money := _AMOUNT.search(sentence)):
        return None
    if (m := _FOR_BODY.match(sentence, money.end())) and (found := _named_at(sentence[m.end():])):
        return found
    for m in _TO_BODY.finditer(sentence, money.end()):
        return _named_at(sentence[m.end():])  # the first "to" after the amount names whom it goes to, or no one
    return None


def run_by(sentence: str) -> tuple[str, str] | None:
    """The named body that a budget's sentence says runs what it funds ("… to be operated by the University
    System of Maryland in partnership with …", "…, administered by the Maryland State Department of Education") and
    the sentence after its name; None for any other sentence."""
    if not _PROVIDER.match(sentence):
        return None
    for m in _RUN_BY.finditer(sentence):
        name = re.split(r"\s+(?:in (?:partnership|coordination|collaboration|cooperation|consultation) with|"
                        r"working with)\s", sentence[m.end():], maxsplit=1)[0]
        if found := _named_at(name, role=True):
            return found[0], sentence[m.end():]
    return None


def runners(rest: str) -> list[str]:
    """The named bodies the rest of a directive's sentence says run what it sets up ("The Commission will launch the
    AI Act Service Desk, …, to be run by the AI Office": the AI Office); [] where it names none."""
    return [found[0] for m in _RUN_BY.finditer(rest) if (found := _named_at(rest[m.end():], role=True))]


def _named_at(rest: str, role: bool = False) -> tuple[str, str] | None:
    """The body named at the start of rest and what follows its name; None where rest starts with no body's name.
    With role (the sentence says the body runs the work), a public body's proper name counts too ("the University
    System of Maryland")."""
    found = None
    for end in _BODY_ENDS.finditer(rest):
        # a name may hold commas ("Innovation, Science and Economic Development Canada", "Department for
        # Science, Innovation and Technology"): the longest that names a body, up to "to <verb>" or "for …"
        if name := _body(rest[:end.start()]) or (role and public_body_name(rest[:end.start()].strip())):
            found = name, rest[end.start():]
        # (" for " before a capital may be inside the name, "Department for Science, …", or end it, "… Commission for
        # AI curriculum grants": the longest that names a body)
        if not end.group().startswith(",") and not end.group("within"):
            break
    return found


def _body(text: str) -> str:
    """text as a named public body ("the Digital Research Alliance of Canada", "Shared Services Canada"), else ""."""
    text = text.strip()
    return office_name(text) or body_name(text) or field_body_name(text)


# a university a budget names as a partner of the body that runs what it funds ("… in partnership with Johns Hopkins
# University and Morgan State University"): a proper name that ends in "University" (or starts "University of")
_UNIVERSITY = r"(?:(?:[A-Z][a-z]+\.? ){1,4}University|University of (?:[A-Z][a-z]+ ?){1,3})"
_UNIVERSITIES = re.compile(rf"\bin (?:partnership|collaboration|cooperation) with ((?:the )?{_UNIVERSITY}"
                           rf"(?:(?:, | and |, and )(?:the )?{_UNIVERSITY})*)")


def partner_universities(rest: str) -> list[str]:
    """The universities named as partners in rest, each its own name; [] where the phrase names none."""
    m = _UNIVERSITIES.search(rest)
    return [re.sub(r"^the ", "", n).strip() for n in re.split(r", and |, | and ", m.group(1))] if m else []
