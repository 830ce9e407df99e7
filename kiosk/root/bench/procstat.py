"""What a process holds, read from Linux's /proc: memory, open file descriptors, threads."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def rss_mb(pid: int) -> float:
    """Resident memory in MB (VmRSS)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise ProcessLookupError(pid)


def fds(pid: int) -> int:
    """Open file descriptors (sockets, files, pipes)."""
    return len(os.listdir(f"/proc/{pid}/fd"))


def fds_on(pid: int, *paths: Path) -> list[int]:
    """How many open file descriptors the process has on each of `paths`, in one look at its table (a
    SQLite connection holds one on the database file and one on its -wal)."""
    targets = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        with contextlib.suppress(OSError):  # closed meanwhile
            targets.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
    return [targets.count(str(path.resolve())) for path in paths]


def threads(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/task"))


def file_mb(path: Path) -> float:
    """A file's size in MB; 0 when it does not exist."""
    return path.stat().st_size / 1_000_000 if path.exists() else 0.0


def database_mb(db_path: Path) -> tuple[float, float]:
    """(the database file, its -wal) in MB."""
    return file_mb(db_path), file_mb(db_path.with_name(db_path.name + "-wal"))
