"""A centre's anonymous figures of one day, as its hub pushes them: a later push replaces the earlier."""

from __future__ import annotations

from datetime import date

import psycopg


def store_day(
    conn: psycopg.Connection,
    centre_id: int,
    day: date,
    counts: dict[str, int],
    waits: dict[str, list[float]],
) -> int:
    """Replace the centre's figures of `day` with these, in one transaction; how many pushes of that day
    the region has had (1 for the first)."""
    with conn.transaction():
        pushes = conn.execute(
            "INSERT INTO figure_days (centre_id, day) VALUES (%s, %s)"
            " ON CONFLICT (centre_id, day) DO UPDATE"
            " SET received_at = now(), pushes = figure_days.pushes + 1 RETURNING pushes",
            [centre_id, day],
        ).fetchone()[0]
        conn.execute("DELETE FROM figure_counts WHERE centre_id = %s AND day = %s", [centre_id, day])
        conn.execute("DELETE FROM figure_waits WHERE centre_id = %s AND day = %s", [centre_id, day])
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO figure_counts (centre_id, day, key, value) VALUES (%s, %s, %s, %s)",
                [(centre_id, day, key, value) for key, value in counts.items() if value],
            )
            cur.executemany(
                "INSERT INTO figure_waits (centre_id, day, service, minutes) VALUES (%s, %s, %s, %s)",
                [(centre_id, day, service, minutes) for service, minutes in waits.items() if minutes],
            )
    return pushes
