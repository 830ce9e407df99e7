"""A centre's anonymous figures of one day, as its hub pushes them: a later push replaces the earlier, and
the same figures sent again (a hub that was stopped before it heard the answer) change nothing."""

from __future__ import annotations

from datetime import date

import psycopg

from kiosk.core.region_figures import digest


def store_day(
    conn: psycopg.Connection,
    centre_id: int,
    day: date,
    counts: dict[str, int],
    waits: dict[str, list[float]],
) -> tuple[int, bool]:
    """Make these the centre's figures of `day`, in one transaction: (how many different versions of the
    day the region has had, 1 for the first; whether this one changed anything)."""
    fingerprint = digest(counts, waits)
    with conn.transaction():
        # A new day, or another version of it (the row locked either way); nothing when the same again.
        changed = conn.execute(
            "INSERT INTO figure_days AS f (centre_id, day, digest) VALUES (%s, %s, %s)"
            " ON CONFLICT (centre_id, day) DO UPDATE"
            " SET received_at = now(), pushes = f.pushes + 1, digest = excluded.digest"
            " WHERE f.digest <> excluded.digest RETURNING pushes",
            [centre_id, day, fingerprint],
        ).fetchone()
        if changed is None:
            (pushes,) = conn.execute(
                "SELECT pushes FROM figure_days WHERE centre_id = %s AND day = %s", [centre_id, day]
            ).fetchone()
            return pushes, False
        (pushes,) = changed
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
    return pushes, True
