"""A 文号 as the step of a path: the policy a 政策汇编 bundles, its part headed by its number ("武新管科创〔2026〕5号 >
第二章 > 第五条"); in a query, the same number names that part (index/citing.py)."""

from __future__ import annotations

import re

from ingest.simplified import to_simplified

_WENHAO = re.compile(r"[\u4e00-\u9fff]{2,12}\s*[〔［\[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*\d{1,4}\s*号")
_BRACKETS = str.maketrans("［[【(（］]】)）", "〔〔〔〔〔〕〕〕〕〕")


def _key(number: str) -> str:
    return re.sub(r"\s+", "", number).translate(_BRACKETS)


def part_key(step: str) -> str:
    """The key of a path's step that is a 文号, in one spelling; "" for any other step."""
    return _key(step) if _WENHAO.fullmatch(step) else ""


def part_numbers(text: str) -> set[str]:
    """The 文号s a query says, in one spelling, as the steps of a compilation's parts are keyed."""
    return {_key(m.group()) for m in _WENHAO.finditer(to_simplified(text))}


def without_numbers(text: str) -> str:
    """The query less its 文号s: what else it asks of the part they name."""
    return " ".join(_WENHAO.sub(" ", text).split())
