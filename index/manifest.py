"""The index directory and its manifest: DATA/index/CURRENT names the live gen-NNNNNN/ generation.

    DATA/index/
      CURRENT                 "gen-000002": replaced atomically (os.replace) after a build
      gen-000001/             the previous generation, kept so a reader still on it keeps working
      gen-000002/             manifest.json  vectors.faiss  store.sqlite
    DATA/cache/embeddings.sqlite   embeddings by (model, sha256 of passage text), across builds
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import IndexError_, NoIndex
from ingest.files import fsync_path

SCHEMA_VERSION = 4  # 2: documents.meta; 3: the lead column of clause_fts, clauses.headings;
# 4: CJK characters in clause_chars, not a column of clause_fts
MANIFEST, VECTORS, STORE, CURRENT = "manifest.json", "vectors.faiss", "store.sqlite", "CURRENT"
PART_STATS = "part_stats.npz"  # per-model score spreads of a combined embedder (index.vectors.standardise)
ANSWERS = "answers.npz"  # the kinds of answer each clause holds (index.fusion.holds), row = clause id
_GEN = re.compile(r"gen-(\d{6,})")


@dataclass
class Manifest:
    """What a generation holds and how it was built."""

    model: str  # the embedder's name (model + version); queries must use the same
    model_spec: str  # what get_embedder() takes to load that model again
    dim: int
    documents: int
    clauses: int
    faiss_index: str
    recall_at_10: float | None  # approximate index checked against exact; None when exact
    created_at: str
    generation: str = ""
    schema_version: int = SCHEMA_VERSION
    embedded: int = 0  # passages embedded by this build
    reused: int = 0  # passages whose vectors came from the embedding cache
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Manifest:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


def index_dir(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / "index"


def generations(data_dir: str | os.PathLike[str]) -> list[str]:
    """Names of the complete generations on disk, oldest first."""
    root = index_dir(data_dir)
    if not root.is_dir():
        return []
    names = [p.name for p in root.iterdir() if p.is_dir() and _GEN.fullmatch(p.name)]
    return sorted(names, key=lambda n: int(_GEN.fullmatch(n).group(1)))


def current_generation(data_dir: str | os.PathLike[str]) -> str | None:
    """The generation CURRENT names, or None when no build has finished."""
    try:
        name = (index_dir(data_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if not _GEN.fullmatch(name):
        raise IndexError_(f"{index_dir(data_dir) / CURRENT}: not a generation name: {name!r}")
    return name


def current_build(data_dir: str | os.PathLike[str]) -> tuple[str, int, int] | None:
    """The live generation as one build: its name and its manifest's inode and mtime. A data directory
    removed and built again starts again at gen-000001; the name alone would not tell the two apart."""
    name = current_generation(data_dir)
    if name is None:
        return None
    try:
        st = (index_dir(data_dir) / name / MANIFEST).stat()
    except OSError:
        return name, 0, 0
    return name, st.st_ino, st.st_mtime_ns


KB_NEWER = "the knowledge base changed after this index was built: search does not see those changes yet"


def kb_newer(data_dir: str | os.PathLike[str], manifest: Manifest) -> bool:
    """Whether DATA/kb changed after this generation was built from it (an ingest with --no-index, or one
    whose build failed or was killed): export then holds clauses that search does not."""
    built_from = manifest.extra.get("kb")
    if not built_from:
        return False  # built from given clauses, or by an older policykb: nothing to compare
    try:
        return os.readlink(Path(data_dir) / "kb") != built_from
    except OSError:
        return False


def next_generation(data_dir: str | os.PathLike[str]) -> str:
    last = max([int(_GEN.fullmatch(n).group(1)) for n in generations(data_dir)] or [0])
    current = current_generation(data_dir)
    if current:
        last = max(last, int(_GEN.fullmatch(current).group(1)))
    return f"gen-{last + 1:06d}"


def read_manifest(data_dir: str | os.PathLike[str]) -> tuple[Path, Manifest]:
    """The live generation's directory and manifest; NoIndex when nothing was built."""
    name = current_generation(data_dir)
    if name is None:
        if (Path(data_dir) / "kb" / "clauses.jsonl").exists():  # ingested with --no-index
            raise NoIndex(f"no index in {Path(data_dir)}: its clauses are ingested; build it with `policykb index`")
        raise NoIndex(f"no index in {Path(data_dir)}: build one with `policykb ingest PATH`")
    gen = index_dir(data_dir) / name
    try:
        data = json.loads((gen / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise IndexError_(f"{gen}: unreadable manifest: {e}") from e
    manifest = Manifest.from_dict(data)
    if manifest.schema_version != SCHEMA_VERSION:
        raise IndexError_(f"{gen}: schema version {manifest.schema_version}, this policykb reads "
                          f"{SCHEMA_VERSION}: rebuild the index (policykb index)")
    return gen, manifest


def write_current(data_dir: str | os.PathLike[str], name: str) -> None:
    """Point CURRENT at a generation: write a temp file, fsync, os.replace, fsync the directory."""
    root = index_dir(data_dir)
    tmp = root / f".{CURRENT}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / CURRENT)
    fsync_path(root)
