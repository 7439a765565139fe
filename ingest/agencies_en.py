"""Read who leads and who supports a measure in English text: the named office or body that is the subject
of its "shall"/"will"/"should"/"must" ("The Secretary of Labor, in consultation with the Secretary of Commerce,
shall:"), "X will lead …, supported by Y and Z" or "led by X" (a translated note, "(Responsible units: …)", is
ingest.agency_notes_en's; ingest.agency_sharing_en gives a document's clauses theirs). Precision first: a subject
that names no particular office ("agencies", "the heads of agencies", "Member States", "The Secretary" where the text
defines no "(Secretary)") gives none."""

from __future__ import annotations

import re

from ingest.agency_clauses_en import (
    APPOSITION,
    PRESENT_DUTY,
    after_power,
    government_subject,
    later_leads,
    other_subjects,
    unnamed_subject,
)
from ingest.agency_lists_en import (
    LATER_WITH,
    NAME_ENDS,
    PARTNER_MARKER,
    WITH,
    later_partners,
    listed_names,
    partner_names,
    partners_after_verb,
    protect,
    restore,
)
from ingest.defined_names_en import acronyms as acronyms  # where api.params has read it
from ingest.defined_names_en import one_name_each as one_name_each  # where index.store has read it
from ingest.defined_names_en import spelt_out as spelt_out  # where api.params has read it
from ingest.funded_bodies_en import funded_body, partner_universities, run_by, runners
from ingest.office_names_en import (
    SMALL,
    body_name,
    field_body_name,
    program_office_name,
    public_body_name,
)
from ingest.reported import answer_start
from ingest.types import Agencies

# how a partner is attached to the subject; "(acting) through" names the lead's own unit, no partner: "The Ministry
# of Education, through the State Department for Technical, Vocational Education and Training, will implement …"
_THROUGH = re.compile(r"^(?:and )?(?:acting )?through (?=(?:the |its )?[A-Z])", re.I)
# what may stand between the subject and its verb and names no one: "as appropriate", "within 90 days …"
_ASIDE = re.compile(r"^(?:and )?(?:as appropriate|as necessary|where appropriate|within |not later than |"
                    r"no later than |by |consistent with |to the extent |in accordance with |as soon as )", re.I)
# how a phrase that sets the time, purpose or condition of a directive starts, before its subject
_INTRO = re.compile(r"[a-z]|(?:Within|To|By|In|Of|As|On|For|When|Where|Upon|Before|After|Given|Building|With|Without|"
                    r"Consistent|Pursuant|Subject|At|Once|If|Following|Through|Under|Notwithstanding|Further|"
                    r"Moreover|Additionally|Accordingly|Therefore|Thereafter|Not|No|Beginning|Until|Based|Taking|"
                    r"Having|Also|Finally|Specifically|Similarly|Thus|Then|Unless|While|Because|Since)\b")
# "must" binds as "shall" does (UK and EU drafting: "UKRI must allocate …"); "must be" is a state, not a duty
_VERB = re.compile(r"\s(?:shall|will|should|must)\b(?!\s+(?:be|have been|consist|comprise)\b)")
_LED_BY = re.compile(r"\b(?:jointly )?led by (?:the )?([^;:.,]+?)(?=[;:.,]| will| shall| to |$)")
# a duty's verb that is no modal: "The Chief Information Officer of Canada is responsible for:" (a Treasury Board
# instrument's lead-in, its items the office's duties)
# (and one a hearing's answer gives: "The Attorney-General's Department is leading the review …")
_RESPONSIBLE = re.compile(r"\s(?:is|are) (?:jointly )?(?:responsible for|leading)\b")
# a committee's recommendation, which has no modal: "The committee recommends that the Government develop …, led
# by X in consultation with Y"; its "led by X" says who it would have lead
_RECOMMENDS = re.compile(r"\b(?:recommends?|recommended|proposes?) that\b")
# where a sentence ends: after a lowercase word or a bracket, or an acronym ("… in collaboration with MICDE. It will
# finance …"), not after "U.S." or "No."
_SENTENCE = re.compile(r"(?<=[a-z0-9)\]][.;:])\s+|(?<=[A-Z]{2}\.)\s+(?=[A-Z])|\n+")
# an item's marker and a section's number at the start of a sentence: "(a)", "(ii)", "Sec. 4.", "4.1."; a US
# bill's quoted item ("``(1)") and its run-in heading after it: "(b) Coordination.--The Director, …"; an Indian
# or UK statutory instrument's, with a dash, and its subsection's marker after it ("5. Implementing agency.—(1) The"),
# its number a sentence of its own ("7." then "Review.—The Ministry of … shall")
# (a report's lettered item too: "A. The Minister of Science and ICT shall establish …")
_ITEM = r"(?:(?:``)?\(?[a-zA-Z0-9]{1,5}\)\s*|\d+(?:\.\d+)*\.?\s+|[A-Z]\.\s+(?=[A-Z])|[-*•]\s*|\*\*)"
# (and a translated statute's article title over its first paragraph: "Article 6 (Formulation of Basic Plans …) (1)")
_MARKER = re.compile(rf"^(?:{_ITEM}*[A-Z][^.;:!?]{{0,80}}\.(?:--|—)(?=[A-Z(]){_ITEM}*|{_ITEM}+"
                     rf"|Article\s+\d+(?:-\d+)?\s*\([^()]{{1,120}}\)\s*{_ITEM}*)")


_ASIDE_IN_BRACKETS = re.compile(r" \((?:[a-z][^()]*)\)")
_HEADS_OF = re.compile(r"\b[Hh]eads? of\b")


def _subject(before: str) -> Agencies | None:
    """Who leads and supports a directive whose verb follows before (the sentence up to the verb)."""
    before = _ASIDE_IN_BRACKETS.sub("", before)  # "DOE (including national laboratories), DHS, …"
    chunks = [restore(c.strip()) for c in protect(before).split(",")]
    chunks = [c for c in chunks if c]
    for start in range(len(chunks)):
        if start and not _INTRO.match(chunks[0]):  # "The heads of the Department of State, DOD, …": a list
            return None
        if start and (listed_names(re.sub(r"^and\s+", "", chunks[start - 1])) is not None
                      or any(_HEADS_OF.search(c) for c in chunks[:start])):
            return None  # "Within 270 days, the heads of the Department of State, DOD, …, and USAID": its tail
        found = _parse(chunks[start:])
        if found is not None:
            return found
    return None


_ANY_OTHER = re.compile(r"and (?:any|all|other|such) ")


def _set_off(chunks: list[str], at: int) -> list[str] | None:
    """The body's proper name that opens chunks with its partners set off after it ("HM Treasury, working with the
    Cabinet Office, will monitor …"), which the phrase says is a body acting; None otherwise."""
    name = body_name(chunks[at]) if at == 0 and len(chunks) > 1 and WITH.match(chunks[1]) else ""
    return [name] if name else None


def _parse(chunks: list[str]) -> Agencies | None:
    """chunks as [partners,] subject[, partners]; None when they are not that."""
    lead: list[str] = []
    partners: list[str] = []
    mode = ""  # "lead", "with" (a list of partners), "through", "aside"
    leading_with = False
    for at, chunk in enumerate(chunks):
        if m := WITH.match(chunk):
            mode, leading_with = "with", leading_with or not lead
            partners.append(chunk[m.end():])
        elif _THROUGH.match(chunk):
            mode = "through"
            if m := LATER_WITH.search(chunk):  # "acting through the Director of NIST and in coordination with Y"
                mode = "with"
                partners.append(chunk[m.end():])
        elif _ASIDE.match(chunk):
            if not lead and not leading_with:
                return None
            mode = "aside"
        elif mode == "lead" and APPOSITION.match(chunk):
            continue  # "The Government Digital Service (GDS), part of DSIT, will lead …": where the lead sits
        elif (names := listed_names(re.sub(r"^and\s+", "", chunk)) or _set_off(chunks, at)) is not None:
            if not lead and mode in ("", "with") and not chunk.startswith("and "):
                if mode == "with" and chunk is not chunks[-1] and not WITH.match(chunks[chunks.index(chunk) + 1]):
                    partners.append(chunk)  # a partner of the leading list; the subject comes later
                    continue
                lead, mode = names, "lead"
            elif mode in ("lead",) and lead and (chunk.startswith("and ") or chunk is not chunks[-1]):
                lead.extend(names)  # "A, B, and C shall": a joint subject
            elif mode == "with":
                partners.append(chunk)
            elif mode in ("through", "aside"):
                continue
            else:
                return None
        elif mode == "through" and lead:
            continue  # the rest of the unit's name, which holds a comma
        elif mode == "with" and lead or mode == "lead" and _ANY_OTHER.match(chunk):
            # a vague partner after the subject: "and the heads of other relevant agencies"; "The Secretary and the
            # Trade Representative, and any senior official they deem appropriate, shall": the named ones lead
            continue
        else:
            return None
    if not lead:
        return None
    supporting = [n for n in partner_names(partners) if n not in lead]
    return Agencies(lead=list(dict.fromkeys(lead)), supporting=supporting)


# a cabinet paper's recommendation opens with what the committee is asked to do: "agree that MBIE will lead …"
_DECIDES = re.compile(r"^(?:(?:also|further)\s+)?(?:agree|note|endorse|confirm|decide|direct)s?\s+that\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    return [_DECIDES.sub("", _MARKER.sub("", s.strip())) for s in _SENTENCE.split(text) if s.strip()]


# "X will lead …": the verb itself says who leads, so a body's proper name that office_name does not know as one
# may be its subject ("Skills England will lead a review"); not "will lead to" (a cause)
_LEADS = re.compile(r"\s(?:will|shall) (?:(?:jointly |co-)?lead\b(?!\s+to\b)|take the lead\b)")
# "The Mission will be implemented by X": X leads
_DONE_BY = re.compile(r"\s(?:will|shall) be (?:jointly )?(?:led|implemented|delivered|coordinated|administered|"
                      r"managed|run|overseen) by (?:the )?")


# a project document's designation: "MICDE will be the implementing agency and will host the PIU …" (World Bank, ADB
# and UN project documents name their implementing or executing agency so)
_DESIGNATED = re.compile(r"\s(?:will|shall) (?:be|serve as|act as) the (?:(?:sole|overall|national|project) )?"
                         r"(?:implementing|executing|lead|coordinating) (?:agency|entity|ministry)\b")


def _designated(sentence: str) -> Agencies | None:
    """The named office a sentence designates its project's implementing (executing, lead) agency, with the
    partners later in the sentence; None for any other sentence."""
    m = _DESIGNATED.search(sentence)
    found = _subject(sentence[:m.start()]) if m and not _VERB.search(sentence, 0, m.start()) else None
    if found is not None:
        found.supporting += [n for n in later_partners(sentence[m.end():]) if n not in found.lead + found.supporting]
        found.note = sentence[:300]
    return found


def _done_by(sentence: str) -> Agencies | None:
    """The body a passive directive names as its doer ("… will be implemented by the 'IndiaAI' Independent
    Business Division (IBD) under …, in collaboration with …"), with the partners later in its sentence."""
    m = _DONE_BY.search(sentence)
    if not m or _VERB.search(sentence, 0, m.start()) or (names := _doer(sentence, _DONE_BY)) is None:
        return None
    partners = [n for n in later_partners(sentence[m.end():]) if n not in names]
    return Agencies(lead=names, supporting=partners, note=sentence[:300])


def _doer(sentence: str, by: re.Pattern[str], start: int = 0) -> list[str] | None:
    """The bodies named after the first match of by (a passive's "… by the"), from start on; None for none."""
    m = by.search(sentence, start)
    if not m:
        return None
    first = restore(protect(sentence[m.end():]).split(",")[0]).rstrip(" .;:")
    first = re.sub(r"[‘’'\"“”]", "", re.sub(rf"(?:\s+{SMALL})+$", "", NAME_ENDS.split(first, 1)[0]))
    return listed_names(first) or ([body_name(first)] if body_name(first) else None)


def _proper_subject(before: str, sentence: str, at: int) -> str:
    """The body's proper name that is the subject of a directive, after any phrase that sets its time ("By 2027,
    Enterprise Ireland will support …") and less an aside ("Research Ireland (formerly …) will fund …"): any
    that names its nation when the verb is "will lead", only a public body's ("Enterprise Ireland") otherwise."""
    before = _ASIDE_IN_BRACKETS.sub("", before)
    chunks = before.rsplit(",", 1)
    subject = chunks[-1] if len(chunks) == 1 or _INTRO.match(chunks[0]) else ""
    if (_LEADS.match(sentence, at) or _RESPONSIBLE.match(sentence, at)) and (name := body_name(subject)):
        return name
    return field_body_name(subject) or public_body_name(subject)


def _after_intro(before: str) -> str:
    """before less a phrase that sets its time or purpose: "To secure …, the Government" -> "the Government"."""
    chunks = before.rsplit(",", 1)
    return chunks[-1] if len(chunks) == 1 or _INTRO.match(chunks[0]) else before


def _recommended_lead(sentence: str) -> Agencies | None:
    """Who a recommendation with no modal says would lead ("The committee recommends that …, led by the
    Department of Industry, Science and Resources in consultation with the Digital Transformation Agency"): the
    named office after "led by", with the partners after it; None for any other sentence."""
    if not _RECOMMENDS.search(sentence) or _VERB.search(sentence):
        return None
    m = re.search(r"\b(?:jointly )?led by (?:the )?", sentence)
    if not m:
        return None
    rest = sentence[m.end():]
    first = restore(protect(rest).split(",")[0]).rstrip(" .;:")
    first = re.split(rf"\s+(?:{PARTNER_MARKER})\s", first, maxsplit=1)[0]
    names = listed_names(re.sub(rf"(?:\s+{SMALL})+$", "", NAME_ENDS.split(first, 1)[0]))
    if not names:
        return None
    partners = [n for n in later_partners(rest) if n not in names]
    return Agencies(lead=names, supporting=partners, note=sentence[:300])


def _duty_verbs(sentence: str, present: bool = False) -> list[re.Match[str]]:
    """The sentence's directive verbs in order: its modals and "is responsible for"; else, where present (its
    paragraph has no such verb), its duties in the present tense ("The AI Office coordinates the work of …"; the
    later ones' subjects lead too: "DSIT leads on compute, and UKRI leads on research funding")."""
    found = sorted([*_VERB.finditer(sentence), *_RESPONSIBLE.finditer(sentence)], key=lambda m: m.start())
    return found or (list(PRESENT_DUTY.finditer(sentence)) if present else [])


# what two governments (or a council) decided another body will do: "…, and the two sides decided that the Japan
# External Trade Organization (JETRO) and Invest India will jointly operate …": the body after it is the subject
_DECIDED_THAT = re.compile(r"^.*\b(?:decided|agreed|resolved|determined|announces|announced|committed) that "
                           r"(?=(?:the )?[A-Z])")
# a relative clause whose subject is the named body: "…, through an open competition, which Innovation, Science and
# Economic Development Canada will launch by fall 2026": the body leads what it will do
_WHICH = re.compile(r"^.*,\s+which\s+(?=(?:the\s+)?[A-Z])")
# an aside between the subject and its verb that says where the bodies sit: "the California Cybersecurity Integration
# Center (Cal-CSIC) and the California State Threat Assessment Center (STAC), which are part of the California Office of
# Emergency Services (Cal OES), shall perform …"
_WHICH_ASIDE = re.compile(r",\s+which\s+(?:is|are)\s[^,;]{2,160},\s*$")
# a task a directive's sentence gives a named body in the passive: "…, in a sandbox environment to be established by
# CDT by March 2024": where the subject names no particular office ("State agencies and departments shall consider
# pilot projects …"), that body leads
_TO_BE_DONE_BY = re.compile(r"\bto be (?:jointly )?(?:established|set up|created|built|developed|hosted|operated) by "
                            r"(?:the )?")


def english_agencies(text: str) -> Agencies:
    """The agencies the first directive of text with a named subject gives, else the first power it gives a named
    office ("The Minister of Science and ICT, in consultation with …, may support …"), or none (in a government's
    response, its own answer's, not the recommendation's it quotes)."""
    return _directed(text) or _empowered(text) or Agencies()


# a power a statute gives an office: "The Minister … may designate …"; not a possibility ("may be", "may not",
# "may have", "may also be") nor a scope ("may include", "may apply")
_MAY = re.compile(r"\smay\b(?!\s+(?:also\s+)?(?:be|not|have|include|apply|affect|consist|comprise|result|cause|"
                  r"lead|vary|differ|need|wish|seem|appear|become)\b)")


# a name whose head word is a plural: "Federally Funded Research and Development Centers (FFRDCs)"; not "Ministry of
# Foreign Affairs" (its head is "Ministry") nor "Customs and Border Protection"
_KIND_OF_BODY = re.compile(r"^(?:(?! (?:of|for) ).)*?(?<!s)s(?:$| \(| (?:of|for) )")


def _empowered(text: str) -> Agencies | None:
    """Who a sentence's "may" empowers, an office the subject names (office_name's, no proper name a text merely
    mentions), and the partners it names; None when no sentence gives a named office a power, or its subject is
    a kind of body, whom "may" permits ("FFRDCs may participate as subawardees")."""
    for sentence in sentences(text[answer_start(text):]):
        if m := _MAY.search(sentence):
            found = _subject(sentence[:m.start()])
            if found is not None and not any(_KIND_OF_BODY.search(name) for name in found.lead):
                rest = sentence[m.end():]
                extra = partners_after_verb(rest) + later_partners(rest)
                found.supporting += [n for n in dict.fromkeys(extra) if n not in found.lead + found.supporting]
                found.note = sentence[:300]
                return found
    return None


def _directed(text: str) -> Agencies | None:
    """The agencies the first directive (a modal or "is responsible for") of text with a named subject gives."""
    said = sentences(text[answer_start(text):])
    present = not any(_duty_verbs(sentence) for sentence in said)  # no modal: a present-tense duty names who
    for at, sentence in enumerate(said):
        if found := (_done_by(sentence) or _recommended_lead(sentence) or _designated(sentence)
                     or _funded(sentence)):
            extra = _same_lead_partners(said[at + 1:], found.lead) + _others(said, at, found.lead)
            found.supporting += [n for n in dict.fromkeys(extra) if n not in found.lead + found.supporting]
            return found
        verbs = _duty_verbs(sentence, present)
        for k, verb in enumerate(verbs):
            before = _WHICH_ASIDE.sub("", sentence[:verb.start()])
            found = _subject(after_power(_WHICH.sub("", _DECIDED_THAT.sub("", before))))
            if found is None and (name := program_office_name(sentence[:verb.start()])):
                found = Agencies(lead=[name])
            if found is None and (led := _LED_BY.search(sentence[:verb.start()])):
                names = listed_names(led.group(1))
                found = Agencies(lead=names) if names else None
            if found is None and (name := _proper_subject(sentence[:verb.start()], sentence, verb.start())):
                found = Agencies(lead=[name])
            if found is None and unnamed_subject(_after_intro(sentence[:verb.start()])):
                found = Agencies()  # "The department will administer …, working with the ARC": its partner only
            government = found is None and government_subject(_after_intro(sentence[:verb.start()]))
            found = Agencies() if government else found  # "the Government will …, in cooperation with NEDO"
            if found is not None:
                found.lead += [n for n in later_leads(sentence, verbs[k:], _subject) if n not in found.lead]
                rest = sentence[verb.end():]
                extra = partners_after_verb(rest) + later_partners(rest) + _partners_beside(said, at, rest)
                extra += runners(rest)  # "…, to be run by the AI Office"
                extra += _same_lead_partners(said[at + 1:], found.lead) + _others(said, at, found.lead)
                found.supporting += [n for n in dict.fromkeys(extra) if n not in found.lead + found.supporting]
                found.note = sentence[:300]
                if found or not government:  # the Government with no partner: a later sentence may name who
                    return found or None
            if (names := _doer(sentence, _TO_BE_DONE_BY, verb.end())) is not None:
                return Agencies(lead=names, note=sentence[:300])
            break  # the sentence's first directive: a vague subject gives the sentence none, but a task it names
        if not _duty_verbs(sentence) and (found := _coordinated_subject(sentence)):
            return found
    return None


# a subject with its partners set between commas before a verb that is no modal: "NSF, in coordination with the
# Office of Science and Technology Policy (OSTP) and partner agencies, is transitioning the NAIRR …"
_SET_OFF_PARTNERS = re.compile(r",\s+in (?:consultation|coordination|collaboration|cooperation|partnership) with "
                               r"[^,;]{2,160},\s+(?=(?:is|are|was|were|has|have|had|[a-z]{3,}(?:s|ed))\b)")


def _same_body(name: str, lead: list[str]) -> bool:
    """Whether name is one of lead, or its short form: "IndiaAI IBD" for "IndiaAI Independent Business Division
    (IBD)" (every word of it in the full name or its acronym)."""
    words = set(re.findall(r"[\w-]+", name)) - {"the", "The"}
    return any(name == n or words and words <= set(re.findall(r"[\w-]+", n)) for n in lead)


def _same_lead_partners(later: list[str], lead: list[str]) -> list[str]:
    """The partners a paragraph's later directives name where their subject is the first one's lead: "The scheme
    will be implemented by the IndiaAI Independent Business Division (IBD) …. The IndiaAI IBD, in consultation with
    the Ministry of Power and the Central Electricity Authority, will notify …" (a paragraph read as one clause)."""
    out: list[str] = []
    for sentence in later:
        verbs = _duty_verbs(sentence)
        found = _subject(sentence[:verbs[0].start()]) if verbs else None
        if found is not None and found.lead and all(_same_body(n, lead) for n in found.lead):
            out += found.supporting
    return out


def _others(said: list[str], at: int, lead: list[str]) -> list[str]:
    """The bodies a paragraph's directives after said[at], its lead's, name as their subjects beside its lead
    (other_subjects')."""
    if not lead:
        return []
    return other_subjects(said[at], said[at + 1:], lead, _subject, _VERB, lambda name: _same_body(name, lead))


def _coordinated_subject(sentence: str) -> Agencies | None:
    """Who leads and supports what a sentence says a named subject does with partners it sets off between commas
    (the partners' phrase right after the subject); None for any other sentence."""
    m = _SET_OFF_PARTNERS.search(sentence)
    found = _subject(sentence[:m.end()].rstrip().rstrip(",")) if m else None
    if found is not None:
        found.note = sentence[:300]
    return found


def _funded(sentence: str) -> Agencies | None:
    """The body a budget's measure funds leads it ("Budget 2026 proposes to provide $60 million … to the Natural
    Sciences and Engineering Research Council to support …"), the partners later in its sentence supporting ("…, in
    collaboration with the Canadian Institute for Advanced Research"); None for any other sentence."""
    lead: list[str] = []
    supporting: list[str] = []
    for found in (funded_body(sentence), run_by(sentence)):  # the body funded, and the one it says runs the work
        if found is not None:
            lead.append(found[0])
            supporting += later_partners(found[1]) + partner_universities(found[1])
    if not lead:
        return None
    lead = list(dict.fromkeys(lead))
    return Agencies(lead=lead, supporting=[n for n in dict.fromkeys(supporting) if n not in lead], note=sentence[:300])


# the partners the sentence before named, which a directive calls "these partner agencies": "The program is conducted
# in partnership with DOE Office of Science, NIH and NIST. NSF will lead the review …, in consultation with these
# partner agencies."
_THESE_PARTNERS = re.compile(r"\bwith these (?:partner agencies|partner organi[sz]ations|partners)\b")
# the sentence after a directive, a passive with no doer of its own, that says with whom its lead does the work:
# "… which ISED will launch by fall 2026. Proposals will be assessed in consultation with the National Research
# Council of Canada and Public Services and Procurement Canada."
_PASSIVE_WITH = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)? (?:will|shall) be [a-z]+ed (?=in (?:consultation|coordination|"
                           r"collaboration|cooperation) with )")


def _partners_beside(said: list[str], at: int, rest: str) -> list[str]:
    """The partners of the directive said[at] that the sentences beside it name: the one before, where rest calls
    them "these partner agencies", and the one after, a passive with no doer that names them."""
    out: list[str] = []
    if at and _THESE_PARTNERS.search(rest):
        out += later_partners(said[at - 1])
    if at + 1 < len(said) and _PASSIVE_WITH.match(said[at + 1]) and " by " not in said[at + 1]:
        out += later_partners(said[at + 1])
    return out
