"""The filters and dates the API and the CLI accept, checked alike: an unknown tag, language, agency, issuer or
document, or a date range that ends before it starts, is an error that says what exists (BadQuery, NotFound),
never a silent empty answer. Then the
parameters of the routes (SearchBody, TargetsParams, TagBody…), which refuse a name they do not take."""

from __future__ import annotations

import datetime
import difflib
import re
import weakref
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema

from api.settings import Settings
from index.search import DATE_PATTERN
from index.store import Filters, Store
from ingest.agencies import LEVEL_ONLY, agency_filter
from ingest.agencies_en import acronyms, spelt_out
from ingest.errors import BadQuery, NotFound
from ingest.name_forms_zh import name_forms
from ingest.taxonomy import load_taxonomy
from ingest.text import HAN_CHAR

# The languages the product tells apart (ingest.parse reads every document as one of them; only zh and en are
# tagged, ingest.tag.TAGGED_LANGS); the store holds them lower-case, so "ZH" is read as "zh".
LANGS = ("zh", "en", "fr", "de", "es")
DATE_FORMAT = "a real date as YYYY-MM-DD, such as 2024-06-10"

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_index_tags: weakref.WeakKeyDictionary[Store, frozenset[str]] = weakref.WeakKeyDictionary()
_index_agencies: weakref.WeakKeyDictionary[Store, tuple[str, ...]] = weakref.WeakKeyDictionary()
_index_issuers: weakref.WeakKeyDictionary[Store, tuple[str, ...]] = weakref.WeakKeyDictionary()


def split_values(values: str | Iterable[str] | None) -> list[str]:
    """Repeated and comma-separated values as one list: "chips,talent" and ["chips", "talent"] alike."""
    if values is None:
        return []
    raw = [values] if isinstance(values, str) else list(values)
    return [v.strip() for value in raw for v in value.split(",") if v.strip()]


def known_tags(store: Store) -> frozenset[str]:
    """The taxonomy's tag ids and any other tag the index holds (one built with an older taxonomy).
    A generation never changes, so each store's are read once."""
    held = _index_tags.get(store)
    if held is None:
        held = frozenset(t for (t,) in store.fetch("SELECT DISTINCT tag FROM clause_tags"))
        _index_tags[store] = held
    return held | {t.id for t in load_taxonomy().tags}


def check_tags(store: Store, values: str | Iterable[str] | None) -> list[str]:
    """Tag ids from repeated and comma-separated values ("chips,talent"); BadQuery names the tags that
    exist, the closest first, when one is unknown."""
    tags = split_values(values)
    known = known_tags(store)
    for tag in tags:
        if tag not in known:
            raise BadQuery(f"unknown tag {tag!r}{did_you_mean(tag, known)}; the tags are: {', '.join(sorted(known))}")
    return tags


def check_tag(store: Store, value: str | None) -> str | None:
    """One tag id (GET /targets and /agencies count over a single tag); BadQuery as check_tags."""
    tags = check_tags(store, value)
    if len(tags) > 1:
        raise BadQuery(f"tag takes one tag id here, not {value!r}")
    return tags[0] if tags else None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """The known names closest to name, as " (did you mean 'x'?)": its case, its last part ("healthcare"
    -> "sectors/healthcare"), its spelling ("lnag" -> "lang") or its letters ("tga" -> "tag"); "" when none
    is close."""
    known = list(known)
    lower = {k.lower(): k for k in known}
    close = [k for k in known if name.lower() in (k.lower(), k.lower().rsplit("/", 1)[-1])]
    close += [lower[k] for k in difflib.get_close_matches(name.lower(), list(lower), n=3, cutoff=0.75)]
    close += [k for k in known if sorted(k.lower()) == sorted(name.lower())]  # its letters in another order: tga
    close = list(dict.fromkeys(close))
    return f" (did you mean {' or '.join(repr(k) for k in close)}?)" if close else ""


def check_lang(value: str | None) -> str | None:
    """A language code as the index holds it ("ZH" is "zh"); BadQuery names the languages."""
    if not value or not value.strip():
        return None
    lang = value.strip().lower()
    if lang not in LANGS:
        raise BadQuery(f"unknown language {value!r}: lang is one of {', '.join(LANGS)}")
    return lang


def check_doc(store: Store, value: str | None) -> str | None:
    """A document id; NotFound for an unknown one, as GET /documents/{doc_id} answers."""
    if not value or not value.strip():
        return None
    if not store.has_document(value.strip()):
        raise NotFound(f"no document {value.strip()!r}")
    return value.strip()


def check_docs(store: Store, values: str | Iterable[str] | None) -> list[str]:
    """Document ids from repeated and comma-separated values (search matches any of them); NotFound as
    check_doc for the first unknown one."""
    return [d for d in (check_doc(store, v) for v in split_values(values)) if d]


def known_agencies(store: Store) -> tuple[str, ...]:
    """Every agency the index names as lead or supporting (GET /agencies), read once per store."""
    held = _index_agencies.get(store)
    if held is None:
        held = tuple(a["name"] for a in store.agencies())
        _index_agencies[store] = held
    return held


def check_agency(store: Store, value: str | None) -> str | None:
    """An agency the search filter can find, as written: a name the index holds, a short form of one
    (市人社局 for 市人力资源社会保障局) or a part of one. BadQuery names the closest agencies the index
    holds when the filter would match no measure at all."""
    if not value or not value.strip():
        return None
    # as Index.search reads the filter: the normalised name, a substring of the agencies of a clause
    wanted = agency_filter(value)
    if LEVEL_ONLY.fullmatch(wanted):  # "市" is in every city agency's name: it names none
        raise BadQuery(f"agency {value!r} names a level of government, not an agency: give its name, such as "
                       f"{wanted}人力资源社会保障局")
    names = known_agencies(store)
    if any(wanted in name for name in names):
        return value.strip()
    if not HAN_CHAR.search(wanted):
        # an English name in another case ("secretary of labor"), or by the acronym the index spells out
        # ("Director of OMB" for "Director of the Office of Management and Budget (OMB)"): as the index writes it
        defined = acronyms(" ".join(names))
        asked = re.sub(r"\b([A-Za-z&]{2,7})$", lambda m: m.group(1).upper(), wanted)
        for form in dict.fromkeys([wanted, spelt_out(asked, defined), spelt_out(wanted, defined)]):
            for name in names:
                at = name.lower().find(form.lower())
                if at >= 0:
                    return name[at:at + len(form)]
    if store.filtered_ids(Filters(agency=wanted)):
        return value.strip()  # matched by the filter's own test, though no single name holds it
    if not names:
        raise BadQuery(f"unknown agency {value!r}: the index names no agency")
    ratio = {n: max(difflib.SequenceMatcher(None, w, n).ratio() for w in {wanted, value.strip()}) for n in names}
    close = sorted((n for n in names if ratio[n] >= 0.4), key=lambda n: -ratio[n])[:3]
    hint = f" (did you mean {' or '.join(repr(n) for n in close)}?)" if close else ""
    raise BadQuery(f"unknown agency {value!r}{hint}: no measure in the index names it (GET /agencies lists "
                   f"the {len(names)} agencies it names)")


def known_issuers(store: Store) -> tuple[str, ...]:
    """Every issuer a document of the index names, read once per store; each department of a joint notice's
    ("广州市民政局、广州市财政局", "Ministry of Industry and Information Technology; National Data Administration":
    English names may hold commas) on its own, as the filter finds it."""
    held = _index_issuers.get(store)
    if held is None:
        held = tuple(sorted({part.strip() for (i,) in store.fetch("SELECT DISTINCT issuer FROM documents "
                                                                  "WHERE issuer != ''")
                             for part in re.split(r"、|; ", i) if part.strip()}))
        _index_issuers[store] = held
    return held


def check_issuer(store: Store, value: str | None) -> str | None:
    """An issuer the search filter can find: a part of some document's issuer, in any case (the filter is a
    substring). BadQuery names the closest issuers the index holds when it would match no document."""
    if not value or not value.strip():
        return None
    wanted = value.strip()
    # the filter's own test (index.store.Filters): SQLite's lower() folds ASCII letters only; a Chinese body's full
    # name finds its short name and the reverse (国务院国有资产监督管理委员会, 国务院国资委)
    forms = name_forms(wanted)
    test = " OR ".join(["instr(lower(issuer), lower(?)) > 0"] * len(forms))
    if store.fetch(f"SELECT 1 FROM documents WHERE {test} LIMIT 1", forms):
        return wanted
    names = known_issuers(store)
    if not names:
        raise BadQuery(f"unknown issuer {value!r}: no document in the index names its issuer")
    ratio = {n: difflib.SequenceMatcher(None, wanted.lower(), n.lower()).ratio() for n in names}
    close = sorted((n for n in names if ratio[n] >= 0.4), key=lambda n: -ratio[n])[:3]
    hint = f" (did you mean {' or '.join(repr(n) for n in close)}?)" if close else ""
    listed = (f"the issuers are: {', '.join(names)}" if len(names) <= 10
              else f"GET /documents lists the {len(names)} issuers with their documents")
    raise BadQuery(f"unknown issuer {value!r}{hint}: no document's issuer holds it ({listed})")


def check_dates(date_from: str | None, date_to: str | None) -> None:
    """BadQuery for a range that ends before it starts: date_from=2025 and date_to=2024-06 hold no day. Both are
    prefixes of a date (YYYY, YYYY-MM or YYYY-MM-DD) and date_to takes the whole of the year or month it names:
    2024-06-10 to 2024-06 is the rest of June."""
    if date_from and date_to and date_from[:len(date_to)] > date_to:
        raise BadQuery(f"date_from {date_from!r} is after date_to {date_to!r}: no document can be dated between "
                       "them (swap them?)")


def check_size(q: str, k: int, settings: Settings) -> None:
    """The limits of one search, from the settings (max_query_chars, max_k): the API and the CLI refuse alike."""
    if len(q) > settings.max_query_chars:
        raise BadQuery(f"q is {len(q)} characters; at most {settings.max_query_chars} allowed")
    if k > settings.max_k:
        raise BadQuery(f"k is {k}; at most {settings.max_k} allowed")
    if k < 1:
        raise BadQuery(f"k is {k}; at least 1")


def check_date(value: str | None, name: str = "date") -> str:
    """A text's date: a real day as YYYY-MM-DD, any from 0001-01-01 to 9999-12-31 ("" for none). Only
    this form: fromisoformat alone would also take 20240610 and 2024-W24-1."""
    if value is None or value == "":
        return ""
    try:
        if _DAY.fullmatch(value):
            datetime.date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise BadQuery(f"{name} must be {DATE_FORMAT}, not {value!r}")


# ---- the parameters of the routes -------------------------------------------------------------

Mode = Literal["hybrid", "semantic", "keyword"]


_DATE = f"^{DATE_PATTERN}$"
_TAG = "only clauses with this tag id, such as talent or sectors/healthcare"
_DOC = "only this document's clauses (an unknown id is a 404)"


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return split_values(value)
    raise ValueError("must be a list of ids or one string of them, comma-separated")


def _not_bool(value: Any) -> Any:
    # JSON's true is no count: pydantic would read it as 1
    if isinstance(value, bool):
        raise ValueError(f"must be a whole number, not {str(value).lower()}")
    return value


Count = Annotated[int, BeforeValidator(_not_bool)]


# Ids: GET repeats the parameter (tag=a&tag=b) or separates ids with commas (tag=a,b); a JSON body sends a
# list or one comma-separated string. The schema says both, for GET's parameters and POST's body alike.
Ids = Annotated[list[str], BeforeValidator(_ids),
                WithJsonSchema({"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]})]


class KnownParams(BaseModel):
    """Parameters that refuse a name they do not take: a typo (lnag=zh) is a 422 naming the closest one,
    not a filter silently left out."""

    model_config = ConfigDict(extra="forbid")


class SearchBody(KnownParams):
    """The parameters of a search: GET /search takes them as query parameters, POST /search as JSON."""

    q: str = Field(min_length=1, description="the question or words to find")
    k: Count = Field(10, ge=1, description="how many clauses to return")
    tag: Ids = Field(default_factory=list, description="only clauses with these tag ids, such as chips or "
                     "sectors/healthcare, all of them: repeated, a list, or comma-separated")
    lang: str | None = Field(None, description="only clauses in this language: zh or en")
    doc: Ids = Field(default_factory=list, description="only clauses of these document ids, any of them: "
                     "repeated, a list, or comma-separated (an unknown id is a 404)")
    issuer: str | None = Field(None, description="only documents whose issuer holds this, in any case "
                               "(卫生健康, European Commission); one no document's issuer holds is a 422")
    agency: str | None = Field(None, description="only measures this agency leads or supports: its name, a short "
                               "form (市人社局) or a part of it; one the index names in no form is a 422")
    date_from: str | None = Field(None, pattern=_DATE, description="documents dated on or after (YYYY[-MM[-DD]]); "
                                  "a document with no date is left out")
    date_to: str | None = Field(None, pattern=_DATE, description="documents dated on or before (YYYY[-MM[-DD]]); "
                                "one before date_from is a 422; a document with no date is left out")
    mode: Mode = "hybrid"
    group: bool = Field(False, description="at most one clause per document")
    in_force: bool = Field(False, description="only clauses of documents still in force: none whose hits say "
                           "`expired` (lapsed, marked 失效 or 废止 by its source, or called revoked by another)")


class DocumentsParams(KnownParams):
    """GET /documents and /documents/{doc_id} take no filter: one is refused rather than ignored (?lang=zh
    listed every document). format=json is taken, as /clauses takes it, for tools that ask for it everywhere;
    there is no document page, so format=html is refused."""

    format: Literal["json"] | None = Field(None, description="json, the only form these answer in")


class TagsParams(KnownParams):
    doc: str | None = Field(None, description=_DOC)


class AgenciesParams(KnownParams):
    tag: str | None = Field(None, description=_TAG)
    doc: str | None = Field(None, description=_DOC)
    in_force: bool = Field(False, description="only documents still in force, as /search's in_force: who leads "
                           "what applies now, without a revoked order's measures")


class TargetsParams(AgenciesParams):
    year: int | None = Field(None, ge=1, le=9999, description="targets to be met in this year")
    unit: str | None = Field(None, max_length=64, description="targets in this unit: standard (EFLOPS, which takes "
                             "PFLOPS and 万PFLOPS too; CNY, GW, %, ms) or as written (亿元)")
    format: Literal["json", "csv"] = Field("json", description="csv: a spreadsheet's file, UTF-8 with a BOM")


class ClauseParams(KnownParams):
    format: Literal["json", "html"] | None = Field(None, description=(
        "json or html; by default a browser (Accept: text/html) gets the page and anything else JSON"))
    v: str | None = Field(None, max_length=64, description=(
        "the version a citation quoted: the answer says whether the clause still reads so"))


class TagBody(KnownParams):
    """POST /tag: any text, optionally dated so that relative years resolve."""

    text: str = Field(min_length=1, max_length=100_000)
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description=(
        f"the text's date, {DATE_FORMAT}, so that 'next year' and 'within 540 days of the date of this "
        "order' resolve"))
