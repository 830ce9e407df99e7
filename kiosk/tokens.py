"""Bearer tokens for the hub's write calls: made here, kept only as their SHA-256."""

from __future__ import annotations

import hashlib
import secrets

import sqlite_utils

from kiosk import clock
from kiosk.store import iso, transaction

ROLES = ("kiosk", "display", "staff", "admin")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(db: sqlite_utils.Database, role: str) -> str:
    """A new token for `role`; only its hash is stored, so this is the one chance to see it."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    token = secrets.token_urlsafe(24)
    with transaction(db):
        db.execute(
            "INSERT INTO tokens (token_hash, role, created_at) VALUES (?, ?, ?)",
            [_hash(token), role, iso(clock.now())],
        )
    return token


def role_of(db: sqlite_utils.Database, token: str) -> str | None:
    """The role a token was made for, or None for an unknown token."""
    row = db.execute("SELECT role FROM tokens WHERE token_hash = ?", [_hash(token)]).fetchone()
    return row[0] if row else None


def caller_id(token: str) -> str:
    """An anonymous, stable id of the desk (token) that called a ticket: names no person, reveals no token."""
    return hashlib.sha256(f"caller:{token}".encode()).hexdigest()[:12]
