"""The region's tokens: one admin token (made by `kiosk region init`) and one per centre, kept only as
their SHA-256, so a stolen database hands out no token."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class Holder:
    """Who a token belongs to: the region's admin (`centre_id` None) or one centre."""

    role: str
    centre_id: int | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(conn: psycopg.Connection, role: str, centre_id: int | None = None) -> str:
    """A new token; only its hash is stored, so this is the one chance to see it."""
    # Hex: a token never starts with "-", which a command line would take for an option.
    token = secrets.token_hex(24)
    conn.execute(
        "INSERT INTO tokens (token_hash, role, centre_id) VALUES (%s, %s, %s)",
        [token_hash(token), role, centre_id],
    )
    return token


def holder(conn: psycopg.Connection, token: str) -> Holder | None:
    row = conn.execute(
        "SELECT role, centre_id FROM tokens WHERE token_hash = %s", [token_hash(token)]
    ).fetchone()
    return Holder(row[0], row[1]) if row else None
