"""What names an office or a body in English text: an office's title and what it is of ("Secretary of Commerce"),
a body's name ("Department of Energy", "UK Research and Innovation (UKRI)", an acronym), a coined name
("SkillsFuture Singapore") and a body's proper name ("Skills England", "NITI Aayog", "Ofgem" after a partner
marker); a vague subject ("agencies", "the heads of agencies", "Member States") names none."""

from __future__ import annotations

import re

from ingest.nations import NATIONS

# a capitalised word of a name ("U.S.", "AI", "Health"; a coined "eScience" capitalised after its first letter), and
# the small words inside one (an Arabic name's "bin", "Mohamed bin Zayed University of Artificial Intelligence")
WORD = r"(?:[A-Z]|[a-z](?=[A-Z]))[A-Za-z'’.\-]*"
SMALL = r"(?:of|and|for|on|the|to|in|&|bin|bint|ibn)"
_WORDS = rf"{WORD}(?: (?:{SMALL} )*{WORD})*"
# a body: a word such names end in or hold, after another word; a few bodies a text names by one word
_BODY_WORDS = (r"Department|Office|Agency|Commission|Council|Board|Institute|Foundation|Administration|Authority|"
               r"Service|Bureau|Committee|Corporation|Centre|Center|Ministry|Laboratory|Bank|Research and Innovation|"
               r"Division|Establishment")
# commas inside a body's name, its fields listed after its body word: "Department for Science, Innovation and
# Technology", "Ministry of Education, Culture, Sports, Science and Technology", "Department of Public
# Expenditure, NDP Delivery and Reform", "Department of Agriculture, Food and the Marine"; a field is capitalised
# words, none a body's word ("the Department of Health, the Department of Education and …" lists three), and no
# comma stands before "and" (a US list's: "the Department of State, DOD, and DOE" is three); one_listed_name
# then checks that no field is an office on its own ("the Department of State, DOD and DOE"); a minister is named
# by the ministry's fields as Korea, Japan and Canada write them ("Minister of Trade, Industry and Energy")
_FIELD_WORD = rf"(?!(?:{_BODY_WORDS}|The|Minister)\b)[A-Z][A-Za-z'’\-]*"
_FIELD = rf"{_FIELD_WORD}(?: (?:of|and|for|on|in|&) {_FIELD_WORD}| {_FIELD_WORD})*"
BODY_LIST = (rf"(?:Department|Ministry|Minister|Office|Agency|Commission|Council|Board|Institute|Bureau|Committee|"
             rf"Authority)"
             rf" (?:of|for) {_FIELD}(?:, {_FIELD})+ and (?:the )?{_FIELD}")
_NAME = re.compile(rf"(?:[Tt]he )?((?:{BODY_LIST}|{_WORDS})(?: \([A-Z][A-Za-z&]*(?:-[A-Z][A-Za-z&]*)?\))?)")
# the nation a body's name says it is of after its acronym, in a text of two governments: "the Department of Science
# and Technology (DST) of India", "the National Institute of … (AIST) of Japan" (the name is the bracketed one)
_OF_NATION = re.compile(rf"(?<=\)) of (?:the )?(?:{NATIONS})$")
# an office: its title and what it is of ("Secretary of Commerce", "Director of OSTP", "Assistant to the
# President for National Security Affairs"); a few offices whose title alone names them
_OFFICE = re.compile(r"^(?:(?:Deputy |Under |Assistant )?Secretary|(?:Deputy )?Director(?: General)?|Administrator|"
                     r"Chair(?:man|person)?|Commissioner|Assistant to the President|Chief [A-Z]\w* Officer|"
                     r"Counsel|Advisor|Archivist|Comptroller General|"
                     # a minister, as Korea, India, Singapore, the UK and Australia name one: "the Minister of Science
                     # and ICT", "the Minister for Science" (not "the Minister", whose ministry is not named)
                     r"(?:Deputy |Vice |Prime )?Minister|Minister of State) (?:of|for|to) (?:the )?[A-Z]"
                     # a nation's one head of government, "The Prime Minister must seek a cabinet decision …"
                     r"|^(?:Attorney General|United States Trade Representative|National Cyber Director|"
                     r"Prime Minister)$")
_BODY = re.compile(rf"^(?:(?!(?:My|Biden|Trump|Harris|Obama|This|That|Such|Each|Any)\b)\S+ .*)?"
                   rf"\b(?:{_BODY_WORDS})\b")
_HEADS = re.compile(r"\b[Hh]eads?\b|\b[Mm]embers?\b")  # "Department Heads": whoever heads the departments
_ONE_WORD_BODY = {"Commission", "AI Office", "Board"}
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
# (a nation by its acronym is no body either: "The UAE will increase …", "the PRC")
_NOT_A_BODY = re.compile(r"^(?:AI|US|USA|UK|UAE|PRC|ROK|KSA|DPRK|EU|EEA|GPAI|GDP|R&D|IP|IT|NOT|SEC|RFI|RFP|NPRM|MOU|"
                         r"MOA|CUI|LLM|API|GPU|PII|ICT)$")

def office_name(text: str) -> str:
    """text as the name of a named office or body ("the Secretary of Commerce" -> "Secretary of Commerce"),
    or "" when it names none ("agencies", "the heads of agencies", "The Secretary", "Member States")."""
    text = _OF_NATION.sub("", re.sub(r"\s+", " ", text).strip(" ,"))
    m = _NAME.fullmatch(text)
    if not m:
        return ""
    name = m.group(1)
    if _HEADS.search(name):
        return ""
    plain = re.sub(r" \([A-Z][A-Za-z&-]*\)$", "", name)
    if "," in plain and not one_listed_name(plain):  # "Department of State, DOD and DOE": a list
        return ""
    if _OFFICE.search(plain) or plain in _ONE_WORD_BODY or (" " in plain and _BODY.search(plain)):
        return name
    if name != plain and " " in plain:  # "UK Research and Innovation (UKRI)": a name with its acronym
        return name
    if _ACRONYM.fullmatch(plain) and not _NOT_A_BODY.match(plain):
        return name
    return ""


def one_listed_name(text: str) -> bool:
    """Whether text is one body's name that lists its fields ("Department of Public Expenditure, NDP Delivery and
    Reform"), no field naming an office on its own ("Department of State, DOD and DOE" names three)."""
    if not re.fullmatch(BODY_LIST, text):
        return False
    fields = re.split(r", | and (?:the )?", text.split(" ", 2)[2])
    return not any(office_name(field) for field in fields)


# a coined name's word, a capital inside it ("SkillsFuture", "GovTech"): no field a ministry is "of"
COINED = r"[A-Z][a-z]+[A-Z][A-Za-z]*\b"

# a word that names a nation or its state in a body's proper name ("Skills England", "Innovate UK", "Great British
# Energy", "Health Data Research UK"); a person's name ("Peter Kyle") holds none, nor an acronym or a coined word
_NATIONS = (r"England|Scotland|Wales|Ireland|UK|Britain|British|India|Singapore|Europe|European|Australia|Canada|"
            r"America|American|National|Royal")
_NATIONAL = re.compile(rf"\b(?:{_NATIONS})\b")
_PLURAL = re.compile(r"(?<!s)s$")  # "Member States", "Local Authorities": a kind of body, not one


def body_name(text: str) -> str:
    """text as a body's proper name of two or more capitalised words that names its nation, holds an acronym or
    a coined word ("Skills England", "NITI Aayog", "Innovate UK"), else "": no person's name, no plural."""
    m = _NAME.fullmatch(re.sub(r"\s+", " ", text).strip(" ,"))
    name = m.group(1) if m else ""
    plain = re.sub(r" \([A-Z][A-Za-z&]*\)$", "", name)
    if " " not in plain or _PLURAL.search(plain) or re.match(r"(?:My|This|That|These|Those|Such|Each|Any|All|Every|"
                                                             r"Other|Our|Their|Relevant)\b", plain):
        return ""
    acronym = any(_ACRONYM.fullmatch(w) and not _NOT_A_BODY.match(w) for w in plain.split())
    if acronym or re.search(COINED, plain):
        return name
    return name if _NATIONAL.search(plain) and not _PERSON.fullmatch(plain) else ""


# a public body's proper name: the field it serves, then its nation ("Enterprise Ireland", "Research Ireland",
# "Skills England", "Innovate UK", "Public Health Scotland", "Science Foundation Ireland"); a company's
# ("Microsoft Ireland", "National Grid", "British Airways"), a place ("Northern Ireland", "New South Wales") or a
# person's ("Peter Ireland") serves no field of these
_FIELD_SERVED = (r"Enterprise|Research|Science|Foundation|Skills|Sport|Tourism|Homes|Health|Public|Data|Education|"
                 r"Transport|Innovate|Innovation|Arts|Heritage|Historic|Natural|Creative|Screen|Space|Forestry|"
                 r"Revenue|Statistics|Standards|Food|Nature|Highways|Environment|Invest|Culture|Housing|Immigration")
# Canada's departments join their fields with "and" ("Environment and Climate Change Canada", "Fisheries and Oceans
# Canada", "Natural Resources Canada"): a field served first, then capitalised words, "and" between them, or commas
# and a last "and" ("Innovation, Science and Economic Development Canada", "Immigration, Refugees and Citizenship
# Canada"; FIELDS_AND_NATION, whose commas a list's split must keep)
_FIELD_NATION = (r"(?:(?:Northern )?Ireland|England|Scotland|Wales|UK|Britain|India|Singapore|Australia|Canada)")
FIELDS_AND_NATION = (rf"(?:{_FIELD_SERVED})(?:, [A-Z][a-z]+)+ and [A-Z][a-z]+(?: [A-Z][a-z]+)* {_FIELD_NATION}")
_FIELD_AND_NATION = re.compile(rf"(?:{_FIELD_SERVED})(?: (?:and )?[A-Z][a-z]+)* {_FIELD_NATION}|{FIELDS_AND_NATION}")


# a person's name whose surname is a nation's ("Peter Ireland", "Dr. John England"): a nation last, and before it
# only given names, no field a body serves ("Skills England", "Innovate UK") and no body's word, nor its plural
# ("Shared Services Canada")
_GIVEN = rf"(?!(?:{_NATIONS}|{_FIELD_SERVED}|{_BODY_WORDS})s?\b)[A-Z][a-z]+\.?"
_PERSON = re.compile(rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Lord|Lady)\.? )?(?:{_GIVEN} )+(?:[A-Z]\. )?"
                     rf"(?:Ireland|England|Scotland|Wales|Britain|India|Singapore|Australia|Canada|America)")


def field_body_name(text: str) -> str:
    """text as a public body's proper name, the field it serves and its nation ("Enterprise Ireland"), else ""
    (a company's "Microsoft Ireland", a place's "Northern Ireland")."""
    text = re.sub(r"\s+", " ", text).strip(" ,")
    return text if _FIELD_AND_NATION.fullmatch(text) else ""


# a word alone that names no one body, or a role a text defines elsewhere: "with Government", "with Industry"
_GENERIC = re.compile(rf"Government|Industry|Academia|Business|State|Minister|Secretary|Director|Administrator|Chair|"
                      rf"Commissioner|Secretariat|{_BODY_WORDS}")


def one_word_body(text: str) -> str:
    """text as a body named by one capitalised word with no article, a partner marker having said it is one:
    "in consultation with Ofgem"; "" for "the Secretary", "Government", an acronym (office_name's) or a plural."""
    text = re.sub(r"\s+", " ", text).strip(" ,")
    if not re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", text) or _PLURAL.search(text) or _GENERIC.fullmatch(text):
        return ""
    return text


# a body's proper name that ends in the field it serves: New Zealand's "Callaghan Innovation" (a partner marker
# having said it is a body: a person's name ends in no such word)
_SERVES = re.compile(r"(?:[A-Z][a-z]+ ){1,3}(?:Innovation|Research|Enterprise|Science|Skills|Tourism|Heritage|"
                     r"Statistics|Standards)")


def served_body_name(text: str) -> str:
    """text as a body's name of capitalised words ending in the field it serves ("Callaghan Innovation"), else ""
    (a plural, "Other Research", names none)."""
    text = re.sub(r"\s+", " ", text).strip(" ,").removeprefix("the ")
    if not _SERVES.fullmatch(text) or re.match(r"(?:My|This|That|Such|Each|Any|All|Other|Our|Their|Relevant)\b", text):
        return ""
    return text


def coined_name(text: str) -> str:
    """text as a body's coined name of two or more words ("SkillsFuture Singapore"), else ""."""
    m = _NAME.fullmatch(re.sub(r"\s+", " ", text).strip(" ,"))
    return m.group(1) if m and " " in m.group(1) and re.match(COINED, m.group(1)) else ""


# a coined body's parent after it: "IndiaAI Mission of the Ministry of Electronics and Information Technology (MeitY)"
_OF_PARENT = re.compile(r"^(.+?) of (?:the )?(?=(?:Ministry|Department)\b)")


def without_parent(name: str) -> str:
    """A coined body's name less the ministry or department it belongs to ("IndiaAI Mission of the Ministry of …"
    is "IndiaAI Mission", as the text names it alone elsewhere); any other name as it is."""
    m = _OF_PARENT.match(name)
    return m.group(1) if m and coined_name(m.group(1)) == m.group(1) else name


# a public body named for its kind after its state or nation, which a partner marker says is one: "the Virginia
# Community College System", "the University of Virginia", "California State University", "the Federal
# Communications Commission"; a thing's or a company's name ("the Interstate Highway System", "Microsoft Azure
# System", "a computer system") names no state, nation or level of government
_PUBLIC_KIND = re.compile(r"\b(?:System|University|College|Authority|Commission|Agency|Board)$|"
                          r"^University (?:System )?of ")
_US_STATES = (r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
              r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
              r"Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
              r"North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
              r"South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming")
_GOVERNMENT = re.compile(rf"\b(?:{_US_STATES}|Commonwealth|State|Federal|City|County|Municipal|Regional|"
                         rf"{_NATIONS})\b")


def public_body_name(text: str) -> str:
    """text as a public body's proper name that ends in its kind ("System", "University", "Authority",
    "Commission"…) or is a "University of" one, and names its state, nation or level of government ("the
    Virginia Community College System" -> "Virginia Community College System"), else "" (and for two joined by
    "and")."""
    m = _NAME.fullmatch(re.sub(r"\s+", " ", text).strip(" ,"))
    name = m.group(1) if m else ""
    plain = re.sub(r" \([A-Z][A-Za-z&]*\)$", "", name)
    if " " not in plain or not _PUBLIC_KIND.search(plain) or not _GOVERNMENT.search(plain):
        return ""
    # "the University of Virginia and George Mason University": two, not one ("Port Authority of New York and New
    # Jersey" is one)
    if any(_PUBLIC_KIND.search(part) for part in re.split(r" and (?:the )?", plain)[1:]):
        return ""
    return name


# a department's program office, which the sentence says is one by naming the others beside it: "The Advanced
# Scientific Computing Research program, in coordination with the other SC program offices, will make …"; a program
# alone ("The AI for Science Compute Partnerships program aims to …") may be a fund, no office
_PROGRAM_OFFICE = re.compile(r"(?:[Tt]he )?((?:[A-Z][A-Za-z\-]*)(?: (?:[A-Z][A-Za-z\-]*|and|of|for))* [Pp]rogram),\s+"
                             r"in (?:coordination|consultation|collaboration|cooperation) with the other "
                             r"(?:[A-Z][A-Za-z&]{1,7} )?program offices,?\s*")


def program_office_name(before: str) -> str:
    """The program office that is the subject before a directive's verb, when the sentence names the other
    program offices as its partners, else ""."""
    m = _PROGRAM_OFFICE.fullmatch(before.strip())
    return m.group(1) if m else ""
