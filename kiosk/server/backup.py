"""Backups of the hub's database and putting one back: `kiosk backup` and `kiosk restore`.

A backup is taken with SQLite's online backup API (`sqlite3.Connection.backup`): a consistent copy as
of one moment, safe while the hub writes (the hub's WAL mode lets it go on writing meanwhile). A
restore checks the file first (`PRAGMA integrity_check`, and that it is a Kokoomo database no newer
than this program), refuses while a hub holds the database (kiosk/server/hub_lock.py), and keeps a
copy of the database it replaces beside it.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from kiosk.server import hub_lock
from kiosk.server.store import MIGRATIONS

PREFIX = "kokoomo-"
SUFFIX = ".db"
STAMP = "%Y%m%d-%H%M%S"
KOKOOMO_TABLES = frozenset({"routing_versions", "tickets", "events", "tokens"})
"""Tables every Kokoomo database has had since its first schema: how a restore knows one."""


class BackupError(RuntimeError):
    """A backup or restore refused or failed; the message says why and that nothing was changed."""


def _name(now: datetime) -> str:
    """e.g. kokoomo-20261205-020000-123.db: sorts as text in time order; two a second do not collide."""
    return f"{PREFIX}{now.strftime(STAMP)}-{now.microsecond // 1000:03d}{SUFFIX}"


def backups_in(folder: Path) -> list[Path]:
    """The backups `kiosk backup` wrote in `folder`, oldest first (the time stamp sorts as text)."""
    return sorted(p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file())


def _read_only(path: Path) -> str:
    """SQLite's URI for `path`, read only (any character in the path escaped)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def _copy(source: Path, target: Path) -> None:
    """`source` copied to `target` through the online backup API, then fsynced."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(_read_only(source), uri=True, timeout=30)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()
    with partial.open("rb") as written:
        os.fsync(written.fileno())
    partial.replace(target)


def backup(db_path: Path, folder: Path, now: datetime, keep: int | None = None) -> tuple[Path, list[Path]]:
    """A backup of `db_path` in `folder` named for `now`; then only the newest `keep` are kept.
    (the new file, the old ones removed)."""
    if not db_path.is_file():
        raise BackupError(f"{db_path}: no such database; nothing was written")
    if keep is not None and keep < 1:
        raise BackupError(f"--keep {keep}: keep at least 1 backup; nothing was written")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _name(now)
        _copy(db_path, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"cannot back up {db_path} to {folder}: {error}") from None
    removed = []
    if keep is not None:
        for old in backups_in(folder)[:-keep]:
            old.unlink()
            removed.append(old)
    return target, removed


def problem_with(path: Path) -> str | None:
    """Why `path` cannot be restored, or None if it is a sound Kokoomo database this program can use."""
    if not path.is_file():
        return f"{path}: no such file"
    try:
        conn = sqlite3.connect(_read_only(path), uri=True)
    except sqlite3.Error as error:
        return f"{path}: cannot be opened: {error}"
    try:
        checked = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if checked != ["ok"]:
            return f"{path} is damaged (PRAGMA integrity_check: {'; '.join(checked[:3])})"
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return f"{path} is not an SQLite database ({error})"
    finally:
        conn.close()
    if not tables >= KOKOOMO_TABLES or version < 1:
        return f"{path} is an SQLite database but not a Kokoomo one (no tickets, events or routing)"
    if version > len(MIGRATIONS):
        return (
            f"{path} has schema version {version}, newer than this program knows ({len(MIGRATIONS)}):"
            " restore it with the version of Kokoomo that wrote it"
        )
    return None


def _give_to_folder_owner(*paths: Path | None) -> None:
    """Run as root (`sudo kiosk restore`, forgetting `-u kokoomo`), the files a restore makes are given
    to the owner of their folder, the user the hub runs as: a root-owned database or lock file would
    stop that hub from writing or from holding its lock."""
    if os.geteuid() != 0:
        return
    for path in paths:
        if path is not None and path.exists():
            folder = path.parent.stat()
            os.chown(path, folder.st_uid, folder.st_gid)


def restore(source: Path, db_path: Path, now: datetime) -> Path | None:
    """Make `source` the database at `db_path`; the replaced database is kept beside it, and its path
    returned (None if there was none). Refused, changing nothing, if the file is not sound or a hub runs."""
    problem = problem_with(source)
    if problem:
        raise BackupError(f"{problem}; nothing was changed")
    try:
        with hub_lock.exclusive(db_path):
            kept = None
            if db_path.exists():
                kept = db_path.with_name(f"{db_path.name}.before-restore-{now.strftime(STAMP)}")
                _copy(db_path, kept)
            incoming = db_path.with_name(db_path.name + ".restoring")
            _copy(source, incoming)
            for extra in ("-wal", "-shm"):
                db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
            incoming.replace(db_path)
            _give_to_folder_owner(db_path, kept, hub_lock.lock_path(db_path))
    except hub_lock.HubRunning as error:
        raise BackupError(str(error)) from None
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"cannot restore {source} to {db_path}: {error}") from None
    return kept
