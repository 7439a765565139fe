"""The embedding cache: vectors keyed by (model name, sha256 of the exact passage text), across builds.

Each entry records when a build last used it; a successful build drops its model's entries that no
build has used for RETAIN_DAYS, so the cache does not grow without end as texts change.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

RETAIN_DAYS = 30


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
            "dim INTEGER NOT NULL, vector BLOB NOT NULL, used INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (model, hash)) WITHOUT ROWID"
        )
        columns = {row[1] for row in self._con.execute("PRAGMA table_info(embeddings)")}
        if "used" not in columns:  # a cache written before entries recorded their use
            self._con.execute("ALTER TABLE embeddings ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
        self._con.commit()

    def get(self, model: str, dim: int, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `hashes`, by hash; those found are marked used now."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(hashes))
        now = int(time.time())
        for i in range(0, len(unique), 500):
            part = unique[i : i + 500]
            marks = ",".join("?" * len(part))
            rows = self._con.execute(
                f"SELECT hash, vector FROM embeddings WHERE model = ? AND dim = ? AND hash IN ({marks})",
                [model, dim, *part]).fetchall()
            for h, blob in rows:
                found[h] = np.frombuffer(blob, dtype=np.float32)
            self._con.execute(f"UPDATE embeddings SET used = ? WHERE model = ? AND hash IN ({marks})",
                              [now, model, *part])
        self._con.commit()
        return found

    def put(self, model: str, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Store vectors (committed at once, so an interrupted build keeps what it embedded)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        self._con.executemany(
            "INSERT OR REPLACE INTO embeddings VALUES (?,?,?,?,?)",
            [(model, h, vectors.shape[1], v.tobytes(), int(time.time()))
             for h, v in zip(hashes, vectors, strict=True)],
        )
        self._con.commit()

    def prune(self, model: str, retain_days: float = RETAIN_DAYS) -> int:
        """Drop the model's entries no build has used for retain_days; the number dropped."""
        cutoff = int(time.time() - retain_days * 86400)
        n = self._con.execute("DELETE FROM embeddings WHERE model = ? AND used < ?", [model, cutoff]).rowcount
        self._con.commit()
        return n

    def close(self) -> None:
        self._con.close()
