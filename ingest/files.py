"""File-system helpers shared by the kb and the index: durable renames and locks that wait their turn."""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)


def fsync_path(path: Path) -> None:
    """fsync a file or a directory (so a rename into it is durable)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def exclusive_lock(path: Path, waiting: str, progress: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold an flock on path, telling `waiting` (to progress, or the log) while another process holds
    it. The kernel drops the lock of a process that dies, so a killed run never blocks the next."""
    with open(path, "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            (progress or log.info)(waiting)
            fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
