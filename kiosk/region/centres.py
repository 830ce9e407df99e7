"""The centres of the region: adding one (with its token) and a hub joining as one."""

from __future__ import annotations

import psycopg

from kiosk.region import tokens
from kiosk.region.db import RegionError
from kiosk.region.names import cleaned


def add_centre(conn: psycopg.Connection, name: str, town: str) -> tuple[int, str]:
    """A new centre and its token (printed once: only its hash is kept); `RegionError` if the name is
    taken or empty. Nothing is written when it fails."""
    name, town = cleaned(name, "centre's name"), cleaned(town, "town")
    with conn.transaction():
        added = conn.execute(
            "INSERT INTO centres (name, town) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING RETURNING id",
            [name, town],
        ).fetchone()
        if added is None:
            raise RegionError(f"there is already a centre named {name!r}")
        return added[0], tokens.add_token(conn, "centre", added[0])


def new_token(conn: psycopg.Connection, name: str) -> str:
    """Another token for the centre `name` (a hub moved to a new machine); the old ones keep working
    until `revoke_tokens`."""
    with conn.transaction():
        row = conn.execute("SELECT id FROM centres WHERE name = %s", [name]).fetchone()
        if row is None:
            raise RegionError(f"no centre named {name!r}")
        return tokens.add_token(conn, "centre", row[0])


def join(conn: psycopg.Connection, centre_id: int, hub_id: str) -> dict:
    """Record the hub that joined as this centre (the latest one to join); the centre as the hub sees it."""
    with conn.transaction():
        row = conn.execute(
            "UPDATE centres SET hub_id = %s, joined_at = now() WHERE id = %s RETURNING name, town",
            [hub_id, centre_id],
        ).fetchone()
    return {"name": row[0], "town": row[1]}


def listing(conn: psycopg.Connection) -> list[dict]:
    rows = conn.execute(
        "SELECT c.id, c.name, c.town, c.joined_at, max(f.received_at)"
        " FROM centres c LEFT JOIN figure_days f ON f.centre_id = c.id"
        " GROUP BY c.id ORDER BY c.town, c.name"
    ).fetchall()
    return [
        {"id": r[0], "name": r[1], "town": r[2], "joined_at": r[3], "last_figures_at": r[4]} for r in rows
    ]
