"""Why the hub cannot write its database, in plain words with the path to fix: a full disk, a read-only
file (the database, its `-wal` or its `-shm`), a read-only folder or a file system mounted read-only.

SQLite names these "disk I/O error" or "attempt to write a readonly database", which does not say
what to fix; `explain` looks at the files and the disk to say it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

FULL_BELOW = 1 << 20
"""A disk with less free space than this (1 MiB) is taken as full when a write failed."""
STORAGE_ERRORS = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
}
"""Primary SQLite result codes that mean the storage refused, not the request."""


def is_storage_error(error: BaseException) -> bool:
    """True if `error` is SQLite saying its files or disk refused a write (not e.g. a constraint)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        # Some errors carry no code (e.g. raised by Python's sqlite3 itself): judge by the words.
        words = str(error).lower()
        return any(w in words for w in ("readonly", "read-only", "disk", "full", "unable to open"))
    return code & 0xFF in STORAGE_ERRORS


def free_bytes(folder: Path) -> int | None:
    """Free space on the disk holding `folder` for this user (root may use the reserved part)."""
    try:
        vfs = os.statvfs(folder)
    except OSError:
        return None
    blocks = vfs.f_bfree if os.geteuid() == 0 else vfs.f_bavail
    return blocks * vfs.f_frsize


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _unwritable_reason(path: Path, advice: str) -> str:
    mode = path.stat().st_mode
    mine = os.geteuid() in (0, path.stat().st_uid)
    if mine and mode & stat.S_IWUSR:
        # Its mode allows writing, yet it cannot be written: the immutable attribute (lsattr shows 'i').
        return (
            f"{path} cannot be written although its mode allows it (is it immutable? lsattr it; chattr -i it)"
        )
    return f"{path} is read-only ({advice})"


def explain(db_path: str | Path, error: BaseException | str, failed: str = "cannot use the database") -> str:
    """One line: what keeps the hub from writing `db_path`, with the path to fix; if the files and disk
    look fine, `failed` and SQLite's own words after the path."""
    db_path = Path(db_path)
    folder = db_path.parent
    cant = "the hub cannot write its database: "
    code = getattr(error, "sqlite_errorcode", 0) or 0
    free = free_bytes(folder)
    if code & 0xFF == sqlite3.SQLITE_FULL or (free is not None and free < FULL_BELOW):
        return f"the disk holding {folder} is full: free some space"
    if folder.is_dir() and _read_only_mount(folder):
        return cant + f"{folder} is on a file system mounted read-only (mount it read-write)"
    keep_wal = "chmod u+w it; do not remove it, it may hold the last changes"
    files = (
        (db_path, "chmod u+w it"),
        # A leftover -wal may hold the last changes: never remove it. The -shm is rebuilt from the -wal.
        (db_path.with_name(db_path.name + "-wal"), keep_wal),
        (db_path.with_name(db_path.name + "-shm"), "chmod u+w it, or remove it while no hub runs"),
    )
    for path, advice in files:
        try:
            if path.exists() and not os.access(path, os.W_OK):
                return cant + _unwritable_reason(path, advice)
        except OSError:
            continue
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        # SQLite makes the -wal and -shm files beside the database.
        return cant + f"the folder {folder} is read-only (chmod u+w it)"
    return f"{db_path}: {failed}: {error}"
