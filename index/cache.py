"""The embedding cache: vectors keyed by (model name, sha256 of the exact passage text), across builds."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """A SQLite table of float32 vectors; a build reads what it can and adds what it embeds."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._con = sqlite3.connect(path)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, "
            "dim INTEGER NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash)) WITHOUT ROWID"
        )
        self._con.commit()

    def get(self, model: str, dim: int, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `hashes`, by hash."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        for i in range(0, len(unique), 500):
            part = unique[i : i + 500]
            rows = self._con.execute(
                f"SELECT hash, vector FROM embeddings WHERE model = ? AND dim = ? "
                f"AND hash IN ({','.join('?' * len(part))})", [model, dim, *part])
            for h, blob in rows:
                found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put(self, model: str, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Store vectors (committed at once, so an interrupted build keeps what it embedded)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        self._con.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?,?)",
            [(model, h, vectors.shape[1], v.tobytes()) for h, v in zip(hashes, vectors, strict=True)],
        )
        self._con.commit()

    def close(self) -> None:
        self._con.close()
