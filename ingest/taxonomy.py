"""Load the tag taxonomy from YAML, validate it, and compile each tag's terms into matchers."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.errors import TaxonomyError
from ingest.text import HAN_CHAR

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "corpus" / "taxonomy.yaml"
ENV_VAR = "POLICYKB_TAXONOMY"

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*$")
_STR_FIELDS = ("label_en", "label_zh", "description", "parent", "assigned_by")
_LIST_FIELDS = ("terms_en", "terms_zh", "patterns", "weak_terms", "exclude", "not_near")
_BOOL_FIELDS = ("skip_names",)
_KNOWN = {"id", *_STR_FIELDS, *_LIST_FIELDS, *_BOOL_FIELDS}
_ASSIGNERS = {"targets"}


@dataclass(frozen=True, slots=True)
class Matcher:
    """Compiled regexes for a list of terms: English on word boundaries, Chinese as substrings."""

    regexes: tuple[re.Pattern[str], ...] = ()

    def finditer(self, text: str):
        """Yield every match of every regex, in regex order."""
        for rx in self.regexes:
            yield from rx.finditer(text)


@dataclass(frozen=True, slots=True)
class Tag:
    """One tag of the taxonomy with its compiled matchers."""

    id: str
    label_en: str = ""
    label_zh: str = ""
    description: str = ""
    terms_en: tuple[str, ...] = ()
    terms_zh: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    weak_terms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    parent: str = ""
    assigned_by: str = ""
    skip_names: bool = False
    match: Matcher = field(default_factory=Matcher, compare=False, repr=False)
    weak: Matcher = field(default_factory=Matcher, compare=False, repr=False)
    mask: Matcher = field(default_factory=Matcher, compare=False, repr=False)
    veto: Matcher = field(default_factory=Matcher, compare=False, repr=False)


@dataclass(frozen=True)
class Taxonomy:
    """The tags in file order, with lookup by id."""

    tags: tuple[Tag, ...]
    path: str = ""
    by_id: dict[str, Tag] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {t.id: t for t in self.tags})

    def __getitem__(self, tag_id: str) -> Tag:
        return self.by_id[tag_id]

    def __contains__(self, tag_id: object) -> bool:
        return tag_id in self.by_id

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.tags]

    def ancestors(self, tag_id: str) -> list[str]:
        """The parent, grandparent, ... of a tag (nearest first)."""
        out: list[str] = []
        parent = self.by_id[tag_id].parent
        while parent:
            out.append(parent)
            parent = self.by_id[parent].parent
        return out


def _english_regex(term: str) -> str:
    """A term as a regex: words joined by space or hyphen, the last word in its inflected forms."""
    words = term.split()
    parts = [re.escape(w) for w in words[:-1]]
    last = words[-1]
    if len(last) > 3 and last[-1] == "y" and last[-2] not in "aeiou":
        parts.append(re.escape(last[:-1]) + "(?:y|ies)")
    elif last[-1:].isalpha():
        parts.append(re.escape(last) + "(?:s|es)?")
    else:
        parts.append(re.escape(last))
    return r"[\s\-]+".join(parts)


def _any_word(alternatives: list[str]) -> str:
    # The boundaries stand outside the alternation, so a position inside a word fails at once
    # instead of trying every term: tagging is about 5x faster than with per-term boundaries.
    # A Chinese character is no part of a Latin word: "EDA工具", "GPU芯片" name EDA and GPU.
    return r"(?<![^\W\u3400-\u9fff])(?:" + "|".join(alternatives) + r")(?![^\W\u3400-\u9fff])"


def compile_terms(terms: tuple[str, ...] | list[str], patterns: tuple[str, ...] | list[str] = ()) -> Matcher:
    """Compile terms (Chinese by substring, English on word boundaries) and raw regexes."""
    zh = sorted({t for t in terms if HAN_CHAR.search(t)}, key=len, reverse=True)
    en = [t for t in terms if not HAN_CHAR.search(t)]
    # short all-capital acronyms (GPU, AMD, EDA) only count in capitals
    cs = sorted({t for t in en if t.isupper() and len(t) <= 5}, key=len, reverse=True)
    ci = sorted({t for t in en if t not in cs}, key=len, reverse=True)
    regexes: list[re.Pattern[str]] = []
    if ci:
        regexes.append(re.compile(_any_word([_english_regex(t) for t in ci]), re.IGNORECASE))
    if cs:
        regexes.append(re.compile(_any_word([_english_regex(t) for t in cs])))
    if zh:
        regexes.append(re.compile("|".join(re.escape(t) for t in zh)))
    regexes.extend(re.compile(p, re.IGNORECASE) for p in patterns)
    return Matcher(tuple(regexes))


def _fail(where: str, msg: str) -> TaxonomyError:
    return TaxonomyError(f"{where}: {msg}")


def _check_tag(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail(where, f"a tag must be a mapping, got {type(raw).__name__}")
    if "id" not in raw or raw["id"] in (None, ""):
        raise _fail(where, "tag has no id")
    tag_id = raw["id"]
    if not isinstance(tag_id, str) or not _ID.match(tag_id):
        raise _fail(where, f"bad id {tag_id!r}: use lower-case words, '-' or '_', sub-tags as parent/child")
    where = f"{where} ({tag_id})"
    unknown = sorted(set(raw) - _KNOWN)
    if unknown:
        raise _fail(where, f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(_KNOWN))}")
    out: dict[str, Any] = {"id": tag_id}
    for name in _STR_FIELDS:
        value = raw.get(name) or ""
        if not isinstance(value, str):
            raise _fail(where, f"{name} must be a string, got {type(value).__name__}")
        out[name] = value.strip()
    for name in _LIST_FIELDS:
        value = raw.get(name) or []
        if not isinstance(value, list):
            raise _fail(where, f"{name} must be a list of strings, got {type(value).__name__}")
        for item in value:
            if not isinstance(item, str) or not item.strip():
                raise _fail(where, f"{name} holds {item!r}: every entry must be a non-empty string")
        out[name] = tuple(v.strip() for v in value)
    for name in _BOOL_FIELDS:
        value = raw.get(name, False)
        if not isinstance(value, bool):
            raise _fail(where, f"{name} must be true or false, got {value!r}")
        out[name] = value
    if out["assigned_by"] and out["assigned_by"] not in _ASSIGNERS:
        raise _fail(where, f"assigned_by {out['assigned_by']!r} is unknown; known: {sorted(_ASSIGNERS)}")
    if not out["assigned_by"] and not any(out[k] for k in ("terms_en", "terms_zh", "patterns", "weak_terms")):
        raise _fail(where, "empty terms: give terms_en, terms_zh, patterns or weak_terms (or assigned_by)")
    for pattern in (*out["patterns"],):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(where, f"bad regex {pattern!r} in patterns: {exc}") from None
    return out


def parse_taxonomy(data: Any, source: str = "<taxonomy>") -> Taxonomy:
    """Validate parsed YAML and build the Taxonomy; raise TaxonomyError naming the fault."""
    if not isinstance(data, dict) or not isinstance(data.get("tags"), list):
        raise TaxonomyError(f"{source}: expected a mapping with a 'tags' list at the top")
    if not data["tags"]:
        raise TaxonomyError(f"{source}: the 'tags' list is empty")
    checked: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["tags"]):
        spec = _check_tag(raw, f"{source}: tag #{i + 1}")
        if spec["id"] in seen:
            raise TaxonomyError(f"{source}: duplicate id {spec['id']!r} (tag #{i + 1})")
        seen.add(spec["id"])
        checked.append(spec)
    parents = {s["id"]: s["parent"] for s in checked}
    for spec in checked:
        if spec["parent"] and spec["parent"] not in parents:
            raise TaxonomyError(f"{source}: tag {spec['id']!r} names unknown parent {spec['parent']!r}")
        node, hops = spec["id"], 0
        while parents.get(node):
            node, hops = parents[node], hops + 1
            if node == spec["id"] or hops > len(parents):
                raise TaxonomyError(f"{source}: tag {spec['id']!r} is its own ancestor (parent cycle)")
    tags = []
    for spec in checked:
        match = compile_terms(spec["terms_en"] + spec["terms_zh"], spec["patterns"])
        tags.append(Tag(**spec, match=match, weak=compile_terms(spec["weak_terms"]),
                        mask=compile_terms(spec["exclude"]), veto=compile_terms(spec["not_near"])))
    return Taxonomy(tuple(tags), source)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int) -> Taxonomy:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{path}: not valid YAML: {exc}") from None
    return parse_taxonomy(data, path)


def load_taxonomy(path: str | os.PathLike[str] | None = None) -> Taxonomy:
    """Load and validate the taxonomy (argument, else $POLICYKB_TAXONOMY, else corpus/taxonomy.yaml).

    Cached per file and modification time, so an edited file is read again.
    """
    chosen = Path(path or os.environ.get(ENV_VAR) or DEFAULT_PATH)
    try:
        mtime = chosen.stat().st_mtime_ns
    except OSError as exc:
        raise TaxonomyError(f"{chosen}: cannot read taxonomy: {exc.strerror or exc}") from None
    return _load_cached(str(chosen.resolve()), mtime)
