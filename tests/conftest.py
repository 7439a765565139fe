"""Shared fixtures: the shared corpus by path, and a small knowledge base built with the fake embedder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"

# A few real documents in both languages: enough for every route, quick to build.
SMALL_CORPUS = [
    "press/ceo-insights-asia-2024-06-10-guangdong-ai-initiatives.txt",
    "zh/gz-wjw-gkmlpt-2023-1930-family-doctors.html",
    "zh/gz-scjgj-state-council-decree-746-market-entity-registration.html",
    "en/us/2022-08-25-executive-order-on-the-implementation-of-the-chips-act-of-2022.md",
]


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def small_corpus(shared_corpus) -> list[Path]:
    return [shared_corpus / p for p in SMALL_CORPUS]


@pytest.fixture(scope="session")
def small_kb(tmp_path_factory, small_corpus) -> Path:
    """A data directory with SMALL_CORPUS ingested and indexed with the fake embedder."""
    from index.build import build_index
    from index.embed import get_embedder
    from ingest.kb import KnowledgeBase
    from ingest.pipeline import ingest

    data = tmp_path_factory.mktemp("kb") / "data"
    report = ingest([str(p) for p in small_corpus], data)
    assert report.documents == len(SMALL_CORPUS), report.problems
    kb = KnowledgeBase(data)
    build_index(data, kb.documents(), kb.clauses(), get_embedder("fake"))
    return data
