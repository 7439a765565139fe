"""The knowledge base's clause artifact on disk: DATA/kb.

It holds documents.jsonl (each Document with its blocks and every source it was read from),
clauses.jsonl (every tagged Clause, in document order) and history.jsonl (what clauses said before an
ingest changed them, ingest/history.py). DATA/kb is a symlink to the directory of the latest files,
DATA/.kb-<id>; a save writes new files and switches the link in one rename, so the files are always of
one run, and a failed run leaves the previous ones.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from ingest.errors import ParseError
from ingest.files import exclusive_lock, fsync_path
from ingest.history import changes
from ingest.types import Clause, Document


class KnowledgeBase:
    """The clause artifact in DATA/kb: load, replace, save atomically."""

    def __init__(self, data_dir: Path):
        self.root = Path(data_dir)
        self.dir = self._current()
        self.documents_path = self.dir / "documents.jsonl"
        self.clauses_path = self.dir / "clauses.jsonl"
        self.history_path = self.dir / "history.jsonl"
        self.rules_path = self.dir / "rules.json"

    def _current(self) -> Path:
        """DATA/kb; or, if a save died while moving an older policykb's kb directory aside, the pair
        it left (the newest complete .kb-* directory)."""
        link = self.root / "kb"
        if link.exists() or not self.root.is_dir():
            return link
        pairs = [d for d in self.root.glob(".kb-*") if d.is_dir() and not d.name.endswith(".tmp")
                 and (d / "documents.jsonl").exists() and (d / "clauses.jsonl").exists()]
        return max(pairs, key=lambda d: d.stat().st_mtime_ns, default=link)

    def documents(self) -> list[Document]:
        return [Document.from_dict(d) for d in _read_jsonl(self.documents_path)]

    def clauses(self) -> list[Clause]:
        return [Clause.from_dict(d) for d in _read_jsonl(self.clauses_path)]

    def iter_clause_dicts(self) -> Iterator[dict]:
        yield from _read_jsonl(self.clauses_path)

    def history(self) -> list[dict]:
        """What clauses said before a later ingest changed them (ingest/history.py), oldest first."""
        return list(_read_jsonl(self.history_path))

    def rules(self) -> str:
        """The version of the rules (segmenter, tagger, taxonomy) the clauses were made by ("" unknown)."""
        try:
            return str(json.loads(self.rules_path.read_text(encoding="utf-8")).get("rules", ""))
        except (OSError, ValueError, AttributeError):
            return ""

    def version(self) -> str:
        """The saved pair DATA/kb points at ("" for none): a save that changes anything makes a new one."""
        try:
            return os.readlink(self.root / "kb")
        except OSError:
            return ""

    def save(self, documents: list[Document], clauses: list[Clause], withdrawn: Collection[str] = (),
             rules: str | None = None) -> None:
        """Write the pair to a new directory, then point DATA/kb at it (one rename) and drop the old.
        Documents and clauses the kb already holds, as they are, leave it as it is (and its version).
        rules: the version of the rules that made the clauses (None: those of the clauses held)."""
        doc_rows, clause_rows = [d.to_dict() for d in documents], [c.to_dict() for c in clauses]
        rules = self.rules() if rules is None else rules
        # the clauses held, read once: compared with the new ones, then the history's "before"
        held = list(self.iter_clause_dicts()) if self.clauses_path.exists() else []
        if (self.version() and self.clauses_path.exists() and clause_rows == held and rules == self.rules()
                and doc_rows == list(_read_jsonl(self.documents_path))):
            return
        self.root.mkdir(parents=True, exist_ok=True)
        name = f".kb-{time.time_ns():x}-{os.getpid()}"
        tmp = self.root / f"{name}.tmp"
        tmp.mkdir()
        try:
            _write_jsonl(tmp / "documents.jsonl", doc_rows)
            _write_jsonl(tmp / "clauses.jsonl", clause_rows)
            before = [Clause.from_dict(d) for d in held]
            _write_jsonl(tmp / "history.jsonl", [*self.history(), *changes(before, clauses, withdrawn=withdrawn)])
            # .json, which no ingest reads as a document: `policykb ingest .` may reach ./data
            (tmp / "rules.json").write_text(json.dumps({"rules": rules}) + "\n", encoding="utf-8")
            fsync_path(tmp)
            os.rename(tmp, self.root / name)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        link = self.root / "kb"
        if link.is_dir() and not link.is_symlink():  # the kb directory of an older policykb
            os.rename(link, self.root / f".kb-0-{os.getpid()}")
        new_link = self.root / f".kb-link-{os.getpid()}"
        new_link.unlink(missing_ok=True)
        os.symlink(name, new_link)
        os.replace(new_link, link)
        fsync_path(self.root)
        current = os.readlink(link)  # another ingest may have switched since: never drop its pair
        for old in self.root.glob(".kb-*"):  # earlier pairs, and what killed saves left
            if old.name not in (name, current) and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
        self.dir = link
        self.documents_path, self.clauses_path = link / "documents.jsonl", link / "clauses.jsonl"
        self.history_path, self.rules_path = link / "history.jsonl", link / "rules.json"


def kb_lock(data_dir: Path, progress: Callable[[str], None] | None = None) -> AbstractContextManager[None]:
    """Hold DATA/.kb.lock for a read-merge-save of the kb; wait while another ingest holds it."""
    root = Path(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    return exclusive_lock(root / ".kb.lock", f"waiting for another ingest into {root}", progress)


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as e:
                    raise ParseError(str(path), f"line {n} is not JSON ({e}); run `policykb ingest` again") from e


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """Write and fsync one file of the pair; it lies in the save's temporary directory, which the
    save renames into place whole, so the file needs no temporary name of its own."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())


