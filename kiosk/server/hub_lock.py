"""The lock a running hub holds on its database, so `kiosk restore` never replaces it under the hub.

A hub takes a shared `flock` on `<db>.hub-lock` for as long as its process lives (the kernel lets go
of it when the process ends, even by SIGKILL or a power cut, so a stale lock cannot outlive a hub).
A restore takes the same lock exclusively and without waiting: it fails at once while any hub runs
on that database, and a hub starting during a restore waits the few seconds the restore takes.
Shared, not exclusive, so nothing changes for the embedded hub's restart, which may briefly overlap
the old process ending.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class HubRunning(RuntimeError):
    """A hub holds the database: the message names it and what to stop."""


class LockNotOurs(RuntimeError):
    """The lock file is there but this user may not open it (left by a restore run as root, say): a
    hub that ran without it could have its database replaced under it, so it must not start."""


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".hub-lock")


def _open(db_path: str | Path) -> int:
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)


_held: list[int] = []
"""The descriptors this process holds its hubs' locks on: kept open until the process ends."""


def hold(db_path: str | Path) -> bool:
    """Mark `db_path` as served by this process until it ends (waits while a restore runs). False when
    the lock file cannot be made (a read-only folder, a full disk): the hub's start then names that
    problem itself, with the path to fix, and no restore could write there meanwhile either.

    `LockNotOurs` when the lock file exists but this user may not open it."""
    try:
        fd = _open(db_path)
    except PermissionError:
        path = lock_path(db_path)
        if not path.exists():
            return False
        raise LockNotOurs(
            f"cannot open {path}: it belongs to another user (a `kiosk restore` run as root?); give the"
            f" database's files to the user the hub runs as (sudo chown kokoomo:kokoomo {db_path}*)"
        ) from None
    except OSError:
        return False
    fcntl.flock(fd, fcntl.LOCK_SH)
    _held.append(fd)
    return True


@contextmanager
def exclusive(db_path: str | Path) -> Iterator[None]:
    """No hub serves `db_path` while inside; `HubRunning` at once if one does."""
    fd = _open(db_path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise HubRunning(
                f"a hub is running on {db_path}: stop it first (sudo systemctl stop kokoomo-kiosk"
                " kokoomo-hub, or close `kiosk run`); nothing was changed"
            ) from None
        yield
    finally:
        os.close(fd)
