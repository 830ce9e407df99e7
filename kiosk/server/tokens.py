"""Bearer tokens for the hub's write calls: made here, kept only as their SHA-256."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

import sqlite_utils

from kiosk.core import clock
from kiosk.server.store import iso, transaction

ROLES = ("kiosk", "display", "staff", "admin")


ID_LENGTH = 12
"""How many hex signs of a token's stored hash name it in the hub's log and in `kiosk token list`."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_id(token: str) -> str:
    """A token's short id: the start of its stored hash. Safe to log (it cannot be turned back into the
    token) and the handle `kiosk token revoke` takes."""
    return _hash(token)[:ID_LENGTH]


def _new_token() -> str:
    """32 URL-safe signs that never start with '-': a token is typed after `--token` on command lines,
    where argparse would read a leading dash as an option."""
    while True:
        token = secrets.token_urlsafe(24)
        if not token.startswith("-"):
            return token


def add_token(db: sqlite_utils.Database, role: str, name: str | None = None) -> str:
    """A new token for `role`; only its hash is stored, so this is the one chance to see it. `name`: what
    staff call the device (a kiosk "out of touch" is named so to them; its id otherwise)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    token = _new_token()
    with transaction(db):
        db.execute(
            "INSERT INTO tokens (token_hash, role, created_at, name) VALUES (?, ?, ?, ?)",
            [_hash(token), role, iso(clock.now()), name or None],
        )
    return token


def add_session(db: sqlite_utils.Database, name: str, expires: datetime, now: datetime) -> str:
    """A new admin token that ends at `expires` (an admin session), named for the version history."""
    token = _new_token()
    with transaction(db):
        db.execute(
            "INSERT INTO tokens (token_hash, role, created_at, expires_at, name)"
            " VALUES (?, 'admin', ?, ?, ?)",
            [_hash(token), iso(now), iso(expires), name],
        )
    return token


def _live_row(db: sqlite_utils.Database, token: str, now: datetime | None) -> tuple | None:
    row = db.execute(
        "SELECT role, expires_at, name FROM tokens WHERE token_hash = ?", [_hash(token)]
    ).fetchone()
    if row is None:
        return None
    if row[1] is not None and (now or clock.now()) >= datetime.fromisoformat(row[1]):
        return None  # an ended session is as good as unknown
    return row


def role_of(db: sqlite_utils.Database, token: str, now: datetime | None = None) -> str | None:
    """The role a token was made for, or None for an unknown or expired one (tokens from `kiosk token
    add` never expire; admin sessions do). `now` is the hub's clock (default: the real one)."""
    row = _live_row(db, token, now)
    return row[0] if row else None


def device_of(db: sqlite_utils.Database, token: str, now: datetime | None = None) -> tuple[str, str] | None:
    """(role, name for staff: the token's name, else its id) of a live token; None for an unknown one."""
    row = _live_row(db, token, now)
    return (row[0], row[2] or token_id(token)) if row else None


def session_of(db: sqlite_utils.Database, token: str, now: datetime | None = None) -> dict | None:
    """`{"name", "expires_at"}` of a live admin session token; None for any other token."""
    row = _live_row(db, token, now)
    if row is None or row[1] is None:
        return None
    return {"name": row[2] or "admin", "expires_at": row[1]}


def end_session(db: sqlite_utils.Database, token: str) -> bool:
    """Forget an admin session token (log out); False when it is not one (lasting tokens stay)."""
    with transaction(db):
        cursor = db.execute(
            "DELETE FROM tokens WHERE token_hash = ? AND expires_at IS NOT NULL", [_hash(token)]
        )
    return cursor.rowcount > 0


def end_all_sessions(db: sqlite_utils.Database) -> int:
    """Inside the caller's transaction: forget every admin session (a new PIN ends them); how many."""
    return db.execute("DELETE FROM tokens WHERE expires_at IS NOT NULL").rowcount


def forget_expired(db: sqlite_utils.Database, now: datetime) -> int:
    """Inside the caller's transaction: drop sessions that have ended; how many."""
    rows = db.execute("SELECT token_hash, expires_at FROM tokens WHERE expires_at IS NOT NULL").fetchall()
    ended = [h for h, end in rows if datetime.fromisoformat(end) <= now]
    for token_hash in ended:
        db.execute("DELETE FROM tokens WHERE token_hash = ?", [token_hash])
    return len(ended)


_ENTRY = "token_hash, role, created_at, expires_at, name"


def _entry(row: tuple) -> dict:
    token_hash, role, made, ends, name = row
    return {"id": token_hash[:ID_LENGTH], "role": role, "created_at": made, "expires_at": ends,
            "name": name or ""}  # fmt: skip


def list_tokens(db: sqlite_utils.Database) -> list[dict]:
    """Every token the hub knows, oldest first: `{"id", "role", "created_at", "expires_at", "name"}`."""
    rows = db.execute(f"SELECT {_ENTRY} FROM tokens ORDER BY created_at, token_hash").fetchall()
    return [_entry(row) for row in rows]


class RevokeError(ValueError):
    """An id that names no token, or more than one (its message says which)."""


def revoke(db: sqlite_utils.Database, id_: str) -> dict:
    """Forget the one token whose id (`token_id`, or any longer start of its hash) is `id_`: the device
    holding it is refused (401 `unknown_token`) from its next call on. The removed token's entry."""
    id_ = id_.strip().lower()
    if len(id_) < 6 or any(c not in "0123456789abcdef" for c in id_):
        raise RevokeError(f"{id_!r} is not a token id: give the id kiosk token list shows")
    with transaction(db):
        rows = db.execute(
            f"SELECT {_ENTRY} FROM tokens WHERE substr(token_hash, 1, ?) = ?", [len(id_), id_]
        ).fetchall()
        if len(rows) != 1:
            raise RevokeError(f"{len(rows)} tokens have an id starting {id_!r}: nothing was revoked")
        db.execute("DELETE FROM tokens WHERE token_hash = ?", [rows[0][0]])
    return _entry(rows[0])
