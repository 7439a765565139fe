"""The full and short forms of a Chinese body's name (国务院国有资产监督管理委员会 and 国务院国资委, 中国共产党江西省
委员会 and 中共江西省委), so that the issuer filter finds a document by either."""

from __future__ import annotations

import functools
import itertools
import re

from ingest.agencies import aliases

# Forms that name the same part of a name, besides corpus/agencies.yaml's (发展和改革委员会, 发改委 and
# 发展改革委; 国有资产监督管理委员会 and 国资委), which normalize_agency already uses. Each group is one part
# of a name, never a whole body's: a place or a level stays as written around it.
_FORMS = (
    ("中国共产党", "中共"),
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民代表大会", "人大"),
    ("政治协商会议", "政协"),
    ("人民政府", "政府"),
    ("省委员会", "省委"),
    ("市委员会", "市委"),
    ("区委员会", "区委"),
    ("县委员会", "县委"),
    ("自治区委员会", "自治区委"),
    ("工业和信息化部", "工信部"),
    ("国家发展和改革委员会", "国家发展改革委", "国家发改委"),
    ("国务院办公厅", "国办"),
)
# the most forms one name is read in: each part has two or three, and a name has few parts
_MOST = 32


@functools.lru_cache(maxsize=1)
def _groups() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """Each form's group of equal forms, and a pattern that finds any form, longest first."""
    by_canonical: dict[str, set[str]] = {}
    for variant, canonical in aliases().items():
        if variant != canonical:
            by_canonical.setdefault(canonical, {canonical}).add(variant)
    groups = [*by_canonical.values(), *map(set, _FORMS)]
    of: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for form in group:
            of[form] = tuple(sorted(set(of.get(form, ())) | group, key=lambda f: (-len(f), f)))
    pattern = re.compile("|".join(map(re.escape, sorted(of, key=lambda f: (-len(f), f)))))
    return of, pattern


def name_forms(name: str) -> list[str]:
    """name as written first, then the same name with each of its parts in its other forms: "国务院国有资产监督管理
    委员会" -> [..., "国务院国资委"], "中国共产党江西省委员会" -> [..., "中共江西省委员会", "中共江西省委", ...]. A name
    with no part in the tables is its only form."""
    of, pattern = _groups()
    pieces: list[tuple[str, ...]] = []
    at = 0
    for m in pattern.finditer(name):
        pieces += [(name[at:m.start()],), of[m.group()]]
        at = m.end()
    pieces.append((name[at:],))
    forms = ["".join(choice) for choice in itertools.islice(itertools.product(*pieces), _MOST)]
    return list(dict.fromkeys([name, *forms]))

