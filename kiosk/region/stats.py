"""The region's statistics: the centres side by side over a period, aggregated by PostgreSQL (the rows of
the days never come to Python), with every count under 5 shown as "<5" so no cell points at a person.

What each figure means is the hub's (docs/api.md, Statistics): a visitor is a ticket; the first answer
is the answer to the first question a walk-in was asked; a wait is from joining the queue to the first
call; a no-show is a ticket that ended as one; bookings are counted on the day of their slot. A median or
90th percentile of fewer than 5 waits is left blank, as its count is shown as "<5".
"""

from __future__ import annotations

from datetime import date

import psycopg

SMALLEST_SHOWN = 5
"""A count below this is shown as "<5" (zero too: a blank would tell the zeros from the rest)."""
COUNTED = {
    "visitors": ("visitors", "all"),
    "ended:no_show": ("no_shows", "all"),
    "bookings:made": ("bookings", "made"),
    "bookings:kept": ("bookings", "kept"),
}
"""The hub's count keys the region shows, and the (section, key) each is shown under."""
LONGEST_PERIOD = 3660
"""Days one statistics query may cover (ten years)."""
REGION = "(region)"
"""The name of the column that adds up every centre."""

_COUNTS = """
SELECT f.centre_id, f.key, sum(f.value)::bigint
FROM figure_counts f
WHERE f.day BETWEEN %(first)s AND %(last)s AND (f.key = ANY(%(keys)s) OR f.key LIKE 'answer:%%')
GROUP BY GROUPING SETS ((f.centre_id, f.key), (f.key))
"""
_WAITS = """
SELECT w.centre_id,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY m)::numeric, 1),
       round(percentile_disc(0.9) WITHIN GROUP (ORDER BY m)::numeric, 1),
       count(*)
FROM figure_waits w CROSS JOIN LATERAL unnest(w.minutes) AS m
WHERE w.day BETWEEN %(first)s AND %(last)s
GROUP BY GROUPING SETS ((w.centre_id), ())
"""


def shown(count: int) -> str:
    """A count as a cell: "<5" under five, else the number."""
    return "<5" if count < SMALLEST_SHOWN else str(count)


def side_by_side(conn: psycopg.Connection, first: date, last: date) -> dict:
    """Every centre and the region as a whole over `first`..`last`: {"from", "to", "sections": [(section,
    key)...], "columns": [{"centre", "town", "cells": {(section, key): text}}]}, the region last."""
    span = {"first": first, "last": last, "keys": list(COUNTED)}
    centres = conn.execute("SELECT id, name, town FROM centres ORDER BY town, name").fetchall()
    counts: dict[int | None, dict[tuple[str, str], int]] = {}
    answers: set[str] = set()
    for centre_id, key, total in conn.execute(_COUNTS, span):
        if key.startswith("answer:"):
            cell = ("first_answer", key[len("answer:") :] or "(talk to someone)")
            answers.add(cell[1])
        else:
            cell = COUNTED[key]
        counts.setdefault(centre_id, {})[cell] = total
    waits = {row[0]: row[1:] for row in conn.execute(_WAITS, span)}
    sections = [COUNTED["visitors"], *(("first_answer", a) for a in sorted(answers))]
    sections += [("waits", "count"), ("waits", "median_minutes"), ("waits", "p90_minutes")]
    sections += [COUNTED["ended:no_show"], COUNTED["bookings:made"], COUNTED["bookings:kept"]]
    columns = [(centre_id, name, town) for centre_id, name, town in centres] + [(None, REGION, "")]
    result = []
    for centre_id, name, town in columns:
        have = counts.get(centre_id, {})
        cells = {cell: shown(have.get(cell, 0)) for cell in sections if cell[0] != "waits"}
        median, p90, n = waits.get(centre_id, (None, None, 0))
        big_enough = n >= SMALLEST_SHOWN
        cells[("waits", "count")] = shown(n)
        cells[("waits", "median_minutes")] = str(median) if big_enough else ""
        cells[("waits", "p90_minutes")] = str(p90) if big_enough else ""
        result.append({"centre": name, "town": town, "cells": cells})
    return {"from": first.isoformat(), "to": last.isoformat(), "sections": sections, "columns": result}


def csv_rows(table: dict) -> list[tuple[str, str, str, str, str]]:
    """The table as (centre, town, section, key, value) rows, for `kiosk region stats --csv`."""
    return [
        (column["centre"], column["town"], section, key, column["cells"][(section, key)])
        for column in table["columns"]
        for section, key in table["sections"]
    ]
