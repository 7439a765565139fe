"""build_index: generations, CURRENT, the embedding cache, failed builds, model checks, HNSW."""

from __future__ import annotations

import json

import numpy as np
import pytest

from index import build as build_mod
from index import manifest as mf
from index import vectors
from index.build import build_index, passage_text
from index.embed import FakeEmbedder
from index.glossary import Glossary
from index.search import Index
from ingest.errors import IndexError_, ModelMismatch, NoIndex
from ingest.types import Block, Clause, Document, Target


def sample() -> tuple[list[Document], list[Clause]]:
    docs = [
        Document(
            "gd-ai",
            "广东省关于人工智能赋能千行百业的若干措施",
            "zh",
            [Block("正文")],
            issuer="广东省人民政府",
            date="2024-06-06",
        ),
        Document(
            "eu-ai-act",
            "Regulation (EU) 2024/1689 (AI Act)",
            "en",
            [Block("text")],
            issuer="European Parliament",
            date="2024-06-13",
        ),
    ]
    texts = [
        ("gd-ai", "二、芯片", "支持存算一体、类脑计算、芯粒、指令集等研究与应用。"),
        ("gd-ai", "一、算力", "到2025年，全省智能算力规模超过40EFLOPS。"),
        ("gd-ai", "三、人才", "引进人工智能领军人才，加强人才培养。"),
        (
            "eu-ai-act",
            "Article 5",
            "The placing on the market of AI systems for social scoring is prohibited.",
        ),
        (
            "eu-ai-act",
            "Article 50",
            "Providers shall inform natural persons that they interact with an AI system.",
        ),
        ("eu-ai-act", "Article 99", "Fines of up to 35 000 000 EUR for prohibited AI practices."),
    ]
    clauses = [
        Clause(
            f"{d}#{i}",
            d,
            h,
            h,
            t,
            0,
            len(t),
            ordinal=i,
            lang="zh" if d == "gd-ai" else "en",
            tags=["chips"] if "芯粒" in t else [],
            targets=[Target(40, "EFLOPS", 2025, "computing power", "超过40EFLOPS")] if "40" in t else [],
        )
        for i, (d, h, t) in enumerate(texts)
    ]
    return docs, clauses


class Counting:
    """Wraps an embedder and counts the passages it was asked to embed."""

    def __init__(self, inner, fail_after: int | None = None):
        self.inner, self.name, self.dim, self.spec = inner, inner.name, inner.dim, inner.spec
        self.passages, self.fail_after = 0, fail_after

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts):
        if self.fail_after is not None and self.passages >= self.fail_after:
            raise RuntimeError("model crashed")
        self.passages += len(texts)
        return self.inner.encode_passages(texts)


def test_build_index_writes_a_generation_and_current(tmp_path):
    docs, clauses = sample()
    m = build_index(tmp_path, docs, clauses, FakeEmbedder())
    gen = tmp_path / "index" / "gen-000001"
    assert (tmp_path / "index" / "CURRENT").read_text().strip() == "gen-000001"
    assert {p.name for p in gen.iterdir()} == {"manifest.json", "vectors.faiss", "store.sqlite"}
    on_disk = json.loads((gen / "manifest.json").read_text())
    assert on_disk["model"] == FakeEmbedder().name == m.model
    assert (on_disk["documents"], on_disk["clauses"], on_disk["dim"]) == (2, 6, 256)
    assert on_disk["faiss_index"] == "IndexFlatIP" and on_disk["recall_at_10"] is None
    assert on_disk["schema_version"] == mf.SCHEMA_VERSION and on_disk["created_at"]


def test_build_index_incremental_embeds_only_changed_clauses(tmp_path):
    docs, clauses = sample()
    first = Counting(FakeEmbedder())
    m1 = build_index(tmp_path, docs, clauses, first)
    assert first.passages == 6 and (m1.embedded, m1.reused) == (6, 0)
    clauses[2].text = "引进人工智能领军人才，加强人才培养和引进。"
    second = Counting(FakeEmbedder())
    m2 = build_index(tmp_path, docs, clauses, second)
    assert second.passages == 1 and (m2.embedded, m2.reused) == (1, 5)
    # no glossary: the fake embedder ranks by shared tokens, and the query's English equivalents
    # would add tokens of other clauses
    with Index.open(tmp_path, FakeEmbedder(), glossary=Glossary([])) as idx:
        assert idx.generation == "gen-000002"
        assert idx.search("人才培养和引进", k=1, mode="semantic")[0].clause.clause_id == "gd-ai#2"


def test_build_index_keeps_the_previous_generation_only(tmp_path):
    docs, clauses = sample()
    for _ in range(3):
        build_index(tmp_path, docs, clauses, FakeEmbedder())
    assert mf.generations(tmp_path) == ["gen-000002", "gen-000003"]
    assert mf.current_generation(tmp_path) == "gen-000003"


def test_build_index_failure_leaves_current_serving(tmp_path):
    docs, clauses = sample()
    build_index(tmp_path, docs, clauses, FakeEmbedder())
    clauses[0].text = "全新的条款文本。"
    with pytest.raises(RuntimeError, match="model crashed"):
        build_index(tmp_path, docs, clauses, Counting(FakeEmbedder(), fail_after=0))
    assert mf.current_generation(tmp_path) == "gen-000001"
    assert mf.generations(tmp_path) == ["gen-000001"]
    assert not list((tmp_path / "index").glob(".tmp-*"))
    with Index.open(tmp_path, FakeEmbedder()) as idx:
        assert idx.search("芯粒", k=1, mode="keyword")[0].clause.clause_id == "gd-ai#0"


# A child process builds, stops at one of these points, and is killed with SIGKILL there.
_KILLED_BUILD = """
import os, sys, time
sys.path[:0] = [{root!r}, {tests!r}]
from index import build, manifest, vectors
from index.embed import FakeEmbedder
from test_build import sample

def stop(*args, **kwargs):
    open({signal!r}, "w").close()
    time.sleep(600)

if {point!r} == "write":
    vectors.save = stop  # the store is written, the vectors not yet: a half-written generation
else:
    manifest.write_current = stop  # the generation is complete and renamed, CURRENT not switched
docs, clauses = sample()
build.build_index({data!r}, docs, clauses[:3], FakeEmbedder())
"""


@pytest.mark.parametrize("point", ["write", "switch"])
def test_build_index_killed_by_sigkill_leaves_current_serving(tmp_path, point):
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    docs, clauses = sample()
    data = tmp_path / "data"
    build_index(data, docs, clauses, FakeEmbedder())
    flag = tmp_path / "stopped"
    script = _KILLED_BUILD.format(root=str(Path(__file__).parents[1]), tests=str(Path(__file__).parent),
                                  signal=str(flag), point=point, data=str(data))
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 120
        while not flag.exists():
            assert child.poll() is None, "the build ended before the kill point"
            assert time.monotonic() < deadline, "the build never reached the kill point"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert mf.current_generation(data) == "gen-000001"
    with Index.open(data, FakeEmbedder()) as idx:  # the old generation answers
        assert idx.stats()["clauses"] == 6
        assert idx.search("芯粒", k=1, mode="keyword")[0].clause.clause_id == "gd-ai#0"
    m = build_index(data, docs, clauses[:4], FakeEmbedder())  # the lock died with the process
    assert mf.current_generation(data) == m.generation
    assert mf.generations(data) == ["gen-000001", m.generation]  # leftovers pruned
    assert not list((data / "index").glob(".tmp-*"))


def test_build_index_refuses_duplicate_clause_ids(tmp_path):
    docs, clauses = sample()
    clauses[1].clause_id = clauses[0].clause_id
    with pytest.raises(IndexError_, match="duplicate clause id"):
        build_index(tmp_path, docs, clauses, FakeEmbedder())
    assert mf.current_generation(tmp_path) is None


def test_index_open_refuses_another_model(tmp_path):
    docs, clauses = sample()
    build_index(tmp_path, docs, clauses, FakeEmbedder(256))
    with pytest.raises(ModelMismatch) as e:
        Index.open(tmp_path, FakeEmbedder(128))
    assert "fake:ngram-256" in str(e.value) and "fake:ngram-128" in str(e.value)
    with Index.open(tmp_path) as idx:  # no embedder: the model it was built with
        assert idx.embedder.name == "fake:ngram-256"


def test_index_open_without_a_build_raises_no_index(tmp_path):
    with pytest.raises(NoIndex):
        Index.open(tmp_path, FakeEmbedder())


def test_build_index_cache_is_per_model(tmp_path):
    docs, clauses = sample()
    build_index(tmp_path, docs, clauses, FakeEmbedder(256))
    other = Counting(FakeEmbedder(64))
    build_index(tmp_path, docs, clauses, other)
    assert other.passages == 6


def test_build_index_drops_cached_vectors_no_build_used_for_a_month(tmp_path):
    import sqlite3

    docs, clauses = sample()
    build_index(tmp_path, docs, clauses, FakeEmbedder())
    db = tmp_path / "cache" / "embeddings.sqlite"
    with sqlite3.connect(db) as con:  # as if the last build ran two months ago
        con.execute("UPDATE embeddings SET used = used - 60 * 86400")
    clauses[0].text = "全新的条款文本。"
    build_index(tmp_path, docs, clauses, FakeEmbedder())
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 6  # the old text's vector went
    again = Counting(FakeEmbedder())
    build_index(tmp_path, docs, clauses, again)
    assert again.passages == 0  # what this build uses stays


def test_embedding_cache_of_an_older_policykb_gains_its_use_column(tmp_path):
    import sqlite3

    from index.cache import EmbeddingCache

    db = tmp_path / "embeddings.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, dim INTEGER NOT NULL, "
                    "vector BLOB NOT NULL, PRIMARY KEY (model, hash)) WITHOUT ROWID")
        con.execute("INSERT INTO embeddings VALUES ('m', 'h', 2, ?)", [np.ones(2, np.float32).tobytes()])
    cache = EmbeddingCache(db)
    assert list(cache.get("m", 2, ["h"])) == ["h"]
    assert cache.prune("m") == 0  # just used
    cache.close()


def test_build_index_reports_progress(tmp_path):
    docs, clauses = sample()
    seen = []
    build_index(tmp_path, docs, clauses, FakeEmbedder(), progress=seen.append)
    assert seen[0].startswith("embedding 0/6") and seen[-1].startswith("embedding 6/6")


def test_passage_text_puts_the_heading_before_the_clause():
    docs, clauses = sample()
    assert passage_text(clauses[3], docs[1]).splitlines() == ["Article 5", clauses[3].text]
    clauses[3].text = "Article 5\nProhibited practices."  # a heading the text repeats is not doubled
    assert passage_text(clauses[3], docs[1]) == clauses[3].text
    clauses[3].text = "x" * 50_000
    assert len(passage_text(clauses[3], docs[1])) <= build_mod.MAX_PASSAGE + build_mod.MAX_HEADING + 1


def test_passage_text_gives_chinese_clauses_their_document_title():
    doc = Document("z", "广州市城乡居民基本医疗保险参保缴费工作的通告", "zh", [])
    clause = Clause("z-1", "z", "二 > （一）", "二、缴费标准", "（一）在校学生：个人缴费标准为每人413元。", 0, 1)
    assert passage_text(clause, doc).splitlines() == [doc.title, "二、缴费标准", clause.text]
    doc.lang = "en"
    assert passage_text(clause, doc).splitlines() == ["二、缴费标准", clause.text]


def test_build_index_approximate_path_agrees_with_exact(tmp_path, monkeypatch):
    rng = np.random.default_rng(1)
    words = "policy chip compute talent housing doctor farm water tax grant loan school".split()
    docs = [Document("d", "T", "en", []), Document("e", "U", "en", [])]
    clauses = [
        Clause(f"c{i}", "de"[i % 2], "", "", " ".join(rng.choice(words, 6)) + f" item {i}", 0, 1, ordinal=i)
        for i in range(400)
    ]
    exact_dir, approx_dir = tmp_path / "exact", tmp_path / "approx"
    build_index(exact_dir, docs, clauses, FakeEmbedder())
    m = build_index(approx_dir, docs, clauses, FakeEmbedder(), exact_limit=100)
    assert m.faiss_index.startswith("IndexHNSW") and m.recall_at_10 >= 0.9
    queries = ["chip talent grant", "housing loan for doctors", "water tax item 7"]
    with Index.open(exact_dir, FakeEmbedder()) as ex, Index.open(approx_dir, FakeEmbedder()) as ap:
        for q in queries:
            want = [h.clause.clause_id for h in ex.search(q, k=5, mode="semantic")]
            got = [h.clause.clause_id for h in ap.search(q, k=5, mode="semantic")]
            assert got[0] == want[0] and len(set(got) & set(want)) >= 4
        # a filter is honoured on the approximate index too (through FAISS's id selector, not the
        # exact scan used for small filtered sets)
        monkeypatch.setattr(vectors, "SMALL_SUBSET", 10)
        hits = ap.search("chip talent", k=5, mode="semantic", doc="e")
        want = ex.search("chip talent", k=5, mode="semantic", doc="e")
        assert len(hits) == 5 and {h.clause.doc_id for h in hits} == {"e"}
        assert hits[0].clause.clause_id == want[0].clause.clause_id


def test_a_build_waits_for_the_running_one_then_indexes_the_newest_kb(tmp_path):
    import fcntl
    import threading

    from index.build import build_kb_index
    from ingest.kb import KnowledgeBase

    docs, clauses = sample()
    KnowledgeBase(tmp_path).save(docs[:1], [c for c in clauses if c.doc_id == docs[0].doc_id])
    (tmp_path / "index").mkdir()
    waiting, built = threading.Event(), []
    with open(tmp_path / "index" / ".build.lock", "w") as held:  # a build is running
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        t = threading.Thread(target=lambda: built.append(build_kb_index(
            tmp_path, FakeEmbedder(), progress=lambda m: "waiting" in m and waiting.set())))
        t.start()
        assert waiting.wait(30) and t.is_alive()
        KnowledgeBase(tmp_path).save(docs, clauses)  # an ingest lands while the build waits
    t.join(60)
    assert built and built[0].generation == "gen-000001"
    assert (built[0].documents, built[0].clauses) == (len(docs), len(clauses))


def test_center_by_language_removes_the_language_component_a_query_shares():
    """A Chinese query about an English clause: the language component it shares with every Chinese
    clause outweighs the topic it shares with the English one, until each language's mean is removed."""
    rng = np.random.default_rng(0)
    dim, n = 64, vectors.MIN_LANG_CLAUSES
    zh_dir, en_dir = np.eye(dim)[0], np.eye(dim)[1]
    topics = rng.normal(size=(2 * n, dim)) * 0.3
    topics[:, :2] = 0
    x = np.vstack([3 * zh_dir + topics[:n], 3 * en_dir + topics[n:]]).astype(np.float32)
    langs = ["zh"] * n + ["en"] * n
    query = (3 * zh_dir + topics[n] * 0.5).astype(np.float32)  # Chinese, asking what English row n says
    assert int(np.argmax(x @ query)) < n  # a Chinese clause first
    centred, counts = vectors.center_by_language(x, langs)
    assert int(np.argmax(centred @ query)) == n and counts == {"zh": n, "en": n}
    # within one language the order is unchanged: every clause of it moves by the same amount
    zh_scores, zh_centred = x[:n] @ query, centred[:n] @ query
    assert np.array_equal(np.argsort(zh_scores), np.argsort(zh_centred))
    # a language of too few clauses is centred on the mean of all, not on its own
    few, counts = vectors.center_by_language(x[: n + 3], langs[: n + 3])
    assert counts == {"zh": n} and np.allclose(few[n:], x[n : n + 3] - x[: n + 3].mean(axis=0), atol=1e-6)


def test_build_index_stores_vectors_centred_by_language(tmp_path):
    docs = [Document("d", "T", "en", []), Document("z", "标题", "zh", [])]
    n = vectors.MIN_LANG_CLAUSES
    clauses = [Clause(f"e{i}", "d", "", "", f"policy item {i} on chips and grants", 0, 1, ordinal=i, lang="en")
               for i in range(n)]
    clauses += [Clause(f"z{i}", "z", "", "", f"第{i}条 支持芯粒研发", 0, 1, ordinal=i, lang="zh") for i in range(3)]
    m = build_index(tmp_path, docs, clauses, FakeEmbedder())
    assert m.extra["centred_languages"] == {"en": n}  # three Chinese clauses: too few for a mean of their own
    by_id = {d.doc_id: d for d in docs}
    raw = FakeEmbedder().encode_passages([passage_text(c, by_id[c.doc_id]) for c in clauses])
    with Index.open(tmp_path, FakeEmbedder()) as idx:
        stored = idx.vectors.reconstruct_n(0, len(clauses))
    assert np.allclose(stored[:n].mean(axis=0), 0, atol=1e-5)  # English rows less their own mean
    assert np.allclose(stored[n:], raw[n:] - raw.mean(axis=0), atol=1e-5)  # Chinese rows less the mean of all
