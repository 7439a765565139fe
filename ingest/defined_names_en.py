"""The names an English text defines for its offices and bodies, an acronym ("the Office of Management and Budget
(OMB)") or a short name ("the Department of Commerce (Commerce)"), and each office's name in the one form its
text gives it ("Director of OMB" is "Director of the Office of Management and Budget (OMB)")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.office_names_en import BODY_LIST, office_name

# "the Office of Management and Budget (OMB)": a name a text defines an acronym for
# (or a short name of one to three words: "the Secretary of Commerce (Secretary)", "United States Trade
# Representative (Trade Representative)")
# (a comma may stand inside the name: "the Department for Science, Innovation and Technology (DSIT)"; and an
# acronym may have more said after it, within its brackets: "The Ministry of Science and ICT (MSIT, Minister Yoo
# Sang-im)")
_DEFINED = re.compile(r"((?:(?:[A-Z][\w'’.\-]*,?|[a-z][A-Z][\w'’.\-]*|of|and|for|on|the|to|in|&|bin|bint|ibn) ){1,9}?"
                      r"[A-Z][\w'’.\-]*)"
                      r" \([\"“]?([A-Z][A-Za-z&]{1,11}(?: [A-Z][a-z]+){0,2})[\"”]?"  # UK statutes quote it: ("UKRI")
                      r"(, [^()\n]{1,80})?\)")
# a speech's or a press release's way of giving it: "The Infocomm Media Development Authority, or IMDA, will be the
# licensing authority" (the acronym in capitals, a comma or full stop after it: "or Enterprise" is no acronym)
_OR_DEFINED = re.compile(r"((?:(?:[A-Z][\w'’.\-]*|[a-z][A-Z][\w'’.\-]*|of|and|for|on|the|to|in|&) ){1,9}?"
                         r"[A-Z][\w'’.\-]*), or ([A-Z][A-Z&]{1,11})()(?=[,.;])")
_BODY_WORD = re.compile(r"\b(?:Office|Council|Department|Agency|Administration|Foundation|Board|Commission|"
                        r"Institute|Bureau|Committee|Corporation|Center|Centre|Laboratory|Service)\b")
_TITLE_OF = re.compile(r"^(.*? (?:of|for|to)) (?:the )?([A-Z][A-Za-z&]{1,7})$")


def is_acronym(short: str) -> bool:
    """Whether a name a text defines in brackets is an acronym ("OMB", "DfE", "MeitY": two capitals or more),
    not a short name ("Commerce", "Trade Representative"), which stands for its body only in that text."""
    return " " not in short and sum(ch.isupper() for ch in short) >= 2


def acronyms(text: str) -> dict[str, str]:
    """The acronyms a text defines, with the names they stand for: {"OMB": "Office of Management and Budget",
    "DOD": "Department of Defense"}. A name is the shortest run of words before the brackets whose initials
    (of its capitalised words, or of all of them) spell the acronym."""
    out: dict[str, str] = {}
    flat = re.sub(r"\s+", " ", text)  # a hard-wrapped name too
    for m in [*_DEFINED.finditer(flat), *_OR_DEFINED.finditer(flat)]:
        words, acr = [w.rstrip(",") for w in m.group(1).split()], m.group(2)
        if m.group(3) and not is_acronym(acr):
            continue  # "(Smith, 2020)": a citation, not a short name
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if run[0][0].islower():
                continue
            capitals = "".join(w if w.isupper() else w[0] for w in run if w[0].isupper() or w in _PARTICLES)
            every = "".join(w[0] for w in run)
            # a short name, the first or last words of an office's or a body's: "the Department of Commerce
            # (Commerce)", "the Secretary of Commerce (Secretary)", "United States Trade Representative (Trade
            # Representative)"
            said = acr.split()
            short = (not is_acronym(acr) and len(run) > len(said) and said in (run[:len(said)], run[-len(said):])
                     and bool(_BODY_WORD.match(run[0]) or office_name(" ".join(run))))
            listed = " ".join(m.group(1).split()[k:])  # its commas kept
            if acr.upper() in (capitals.upper(), every.upper(), _without_nation(run).upper()) or short \
                    or _names_its_fields(listed, acr) or _spells_in_order(acr, run) or _coined_run(acr, run) \
                    or _skips_one(acr, capitals, run[0]) or _kind_left_off(acr, run):
                while short and k and words[k - 1][0].isupper() and words[k - 1] != "The":
                    k -= 1  # the whole name: "CHIPS Implementation Steering Council (Steering Council)"
                out.setdefault(acr, " ".join(m.group(1).split()[k:]))  # its commas kept
                break
    return out


# a nation's name that ends a body's name and is often left out of its acronym: "Innovation, Science and
# Economic Development Canada (ISED)", "National Research Council Canada (NRC)"
_NATION = re.compile(r"Canada|Australia|Singapore|India|Japan|Korea|England|Scotland|Wales|Ireland|UK")


# a statute's definition of an office by a term: "The term ``Director'' means the Director of the National Science
# Foundation." (GPO's quotes, or typographic or plain ones)
_TERM = re.compile(r"\bThe term (?:``|“|\")(?P<short>[A-Z][A-Za-z ]{1,40}?)(?:''|”|\") means (?:the )?"
                   r"(?P<long>[A-Z][^.;,()]{3,120}?)(?=\s*[.;]|$)")


# an Indian or UK instrument's definition, its term quoted alone: '(d) "implementing agency" means the IndiaAI
# Independent Business Division constituted under …' (the name ends before its first lowercase word, "constituted")
_MEANS = re.compile(r"(?:^|[\s(])[\"“](?P<short>[A-Za-z][a-z]*(?: [a-z]+){0,3})[\"”] means (?:the )?"
                    r"(?P<long>[A-Z][\w'’.\-]*(?: (?:(?:of|and|for|on|the|in|&) )*[A-Z][\w'’.\-]*)*)")


def defined_terms(text: str) -> dict[str, str]:
    """The offices a statute's definitions name by a term: {"Director": "Director of the National Science
    Foundation", "implementing agency": "IndiaAI Independent Business Division"}; a term that means no office
    ("covered model", "eligible institution") is none."""
    flat = re.sub(r"\s+", " ", text)
    terms = [*_TERM.finditer(flat), *_MEANS.finditer(flat)]
    return {m["short"]: m["long"] for m in terms if office_name(m["long"])}


def _without_nation(run: list[str]) -> str:
    """The initials of a name's capitalised words less a nation's name that ends it ("" when none ends it)."""
    if len(run) < 3 or not _NATION.fullmatch(run[-1]):
        return ""
    return "".join(w if w.isupper() else w[0] for w in run[:-1] if w[0].isupper())


# an Arabic name's particle, whose initial its acronym takes: "Mohamed bin Zayed University of Artificial
# Intelligence (MBZUAI)"
_PARTICLES = {"bin", "bint", "ibn"}


def _skips_one(acr: str, initials: str, first: str = "") -> bool:
    """Whether acr is a long name's initials less one inner word's ("Telecommunications and Digital Government
    Regulatory Authority (TDRA)"): four letters or more, the first and the last the name's own; three where the name
    opens with its kind of body ("Ministry of Internal Affairs and Communications (MIC)")."""
    long_enough = len(acr) >= 4 or len(acr) == 3 and bool(_BODY_WORD.fullmatch(first) or first == "Ministry")
    return (long_enough and acr.isupper() and len(initials) == len(acr) + 1 and acr[0] == initials[0]
            and acr[-1] == initials[-1] and any(initials[:k] + initials[k + 1:] == acr for k in range(1, len(acr))))


def _kind_left_off(acr: str, run: list[str]) -> bool:
    """Whether acr, in mixed case, takes its name's words in order but for the last, which says what kind of body it
    is: "Government Operations Agency (GovOps)"."""
    words = [w.upper() for w in run if w[0].isupper()]
    return is_acronym(acr) and not acr.isupper() and len(words) >= 3 and bool(_BODY_WORD.fullmatch(run[-1])) \
        and _takes(acr.upper(), words[:-1])


def _names_its_fields(listed: str, acr: str) -> bool:
    """Whether acr stands for a body's name that lists its fields ("Ministry of Education, Culture, Sports,
    Science and Technology (MEXT)"): such an acronym is seldom the fields' initials, but opens with its body's
    and ends with its last field's."""
    return (is_acronym(acr) and bool(re.fullmatch(BODY_LIST, listed))
            and acr[0] == listed[0] and acr[-1].upper() == listed.split()[-1][0])


def _coined_run(acr: str, run: list[str]) -> bool:
    """Whether acr stands for a name that holds a coined word with a capital inside ("New Zealand eScience
    Infrastructure (NeSI)"): it opens with the name's initial, ends with its last word's and takes the rest of its
    letters in order."""
    coined = any(re.match(r"[a-z][A-Z]", w) for w in run)
    return (coined and is_acronym(acr) and len(run) >= 2 and acr[0] == run[0][0] and acr[-1] == run[-1][0]
            and _in_order(acr[1:-1].upper(), "".join(run[:-1]).upper()[1:]))


def _spells_in_order(acr: str, run: list[str]) -> bool:
    """Whether acr takes, in order, each capitalised word's initial and maybe more of its letters, and nothing
    else: "Ministry of Science and ICT (MSIT)", "Ministry of Electronics and Information Technology (MeitY)"."""
    words = [w.upper() for w in run if w[0].isupper()]
    return is_acronym(acr) and len(words) >= 2 and _takes(acr.upper(), words)


def _takes(acr: str, words: list[str]) -> bool:
    """Whether acr is each of words' initial followed by a few of its later letters, in order."""
    if not words:
        return not acr
    if not acr or acr[0] != words[0][0]:
        return False
    word, rest = words[0], acr[1:]
    for n in range(len(rest) + 1):  # the letters this word gives beyond its initial
        if _in_order(rest[:n], word[1:]) and _takes(rest[n:], words[1:]):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)


_NAME_BEFORE = re.compile(r"\b(?!The\b)[A-Z][\w.]*\s$")  # "Deputy Secretary", "States Trade Representative"


def with_short_names(text: str, defined: dict[str, str]) -> str:
    """text with each short name a document defines ("Commerce" for "Department of Commerce") spelt out where
    it stands for the body, not inside another name ("Secretary of Commerce"), for the subject reader."""
    for short, long in defined.items():
        if not is_acronym(short):
            # not inside another name: "Secretary of Homeland Security", "Deputy Secretary", "United States
            # Trade Representative"
            # (nor "the Director of the National Institute of …" where "Director" is the Director of NSF)
            text = re.sub(rf"(?<!of\s)(?<!of the\s)(?<!\()\b{re.escape(short)}\b(?!\s\()"
                          rf"(?!\s+(?:of|for|to)\s+(?:the\s+)?[A-Z]|\s+[A-Z])", lambda m, long=long: m.group()
                          if _NAME_BEFORE.search(m.string, 0, m.start()) else long, text)
    return text


def spelt_out(name: str, defined: dict[str, str]) -> str:
    """name in one form whatever way a text gives it, the acronym kept in brackets so that it still finds it:
    "Director of OMB", "Director of the Office of Management and Budget" and "… (OMB)" are all "Director of the
    Office of Management and Budget (OMB)"; "DOD" is "Department of Defense (DOD)"."""
    bare = re.sub(r" \(([A-Z][A-Za-z&]{1,7})\)$", "", name)
    said = name[name.rfind("(") + 1:-1] if name.endswith(")") else ""
    if said in defined and not is_acronym(said):
        return defined[said]  # "Department of Commerce (Commerce)": its short name said once, in brackets
    if bare in defined:  # "DOD"; a short name is only a document's, and its long name one everywhere
        return f"{defined[bare]} ({bare})" if is_acronym(bare) else defined[bare]
    title = _TITLE_OF.match(bare)
    if title and title.group(2) in defined and is_acronym(title.group(2)):  # "Director of OMB"; "Secretary of HHS"
        long = defined[title.group(2)]
        the = "the " if _BODY_WORD.search(long) else ""
        return f"{title.group(1)} {the}{long} ({title.group(2)})"
    for acr, long in defined.items():  # "Secretary of Health and Human Services": its acronym added
        if is_acronym(acr) and bare.endswith(long):
            return f"{bare} ({acr})"
    return name


def by_acronym(text: str, defined: dict[str, str]) -> str:
    """text with each name the document defines an acronym for and that holds a comma ("Innovation, Science and
    Economic Development Canada (ISED)") said by its acronym, for the subject reader, whose lists split at commas;
    _one_form spells it out again."""
    for short, long in defined.items():
        if "," in long and is_acronym(short):
            text = re.sub(rf"(?:\b[Tt]he )?{re.escape(long)}(?: \({re.escape(short)}\))?", short, text)
    return text


def mixed_case_spelt(text: str, defined: dict[str, str]) -> str:
    """text with each acronym in mixed case the document defines ("MeitY", "DfE") said in full with it in brackets
    where it stands alone ("The Digital Agency of Japan and MeitY will …"), for the subject reader, which takes only
    capitals alone for an acronym (a mixed-case word is as often no body's); _one_form keeps the acronym."""
    for short, long in defined.items():
        if is_acronym(short) and not short.isupper() and office_name(long):
            text = re.sub(rf"(?<![(\w])(?:the )?{re.escape(short)}\b(?!\))",
                          lambda _m, s=short, n=long: f"the {n} ({s})", text)
    return text


_WITH_ACRONYM = re.compile(r"^(.+) \(([A-Z][A-Za-z&]{1,11})\)$")


def one_name_each(names: Iterable[str]) -> dict[str, str]:
    """The names of a knowledge base's offices that another document gives with its acronym, each with that
    form: {"Assistant to the President for National Security Affairs": "Assistant to the President for National
    Security Affairs (APNSA)"}. Each document names its offices alone (spelt_out), so the one that defines the
    acronym adds it and the one that does not leaves it off; a name two documents give two acronyms stays."""
    names = set(names)
    forms: dict[str, set[str]] = {}
    for name in names:
        if m := _WITH_ACRONYM.match(name):
            forms.setdefault(m.group(1), set()).add(name)
    return {bare: min(fuller) for bare, fuller in forms.items() if bare in names and len(fuller) == 1}
