"""Anonymous statistics for a period of Helsinki days: counts, waits, no-shows and bookings.

Every figure is built from per-day figures (`Day`): the live tables give them for days not yet
purged, and `stats_daily` / `stats_waits` hold them for purged days (kiosk/server/retention.py writes them
with `live_days` itself just before deleting the rows). A period's figures are the sum of both, so
they are the same before and after a purge; waits are kept as lists of minutes, so medians and
90th percentiles stay exact.

What is counted (docs/api.md, "Statistics"):
- a visitor is a ticket (a kiosk visit or a checked-in booking), on the day and hour it was made;
- its service is the first service it was routed to (before any transfer);
- its first answer is its answer to the first question it was asked (walk-ins only; null when the
  visitor chose "I just want to talk to someone" on the first question);
- its wait is from joining the queue (arrival; for a booking the later of check-in and the booked
  start) to its first call, counted at the service that called it; a ticket never called has none;
- the no-show rate is no-shows / (done + no-shows) among the tickets that ended;
- bookings are counted on the day of their slot: made (any status), kept (checked in), no-show,
  cancelled.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlite_utils

from kiosk.core.clock import HELSINKI

LONGEST_PERIOD = 731
"""Days one statistics call may cover (two years)."""
BOOKING_KEYS = {"checked_in": "kept", "no_show": "no_show", "cancelled": "cancelled"}


@dataclass
class Day:
    """One day's figures: counts by key (`visitors`, `hour:09`, `service:ID`, `answer:ID`, `ended:done`,
    `ended:no_show`, `bookings:made|kept|no_show|cancelled`) and waits in minutes per service."""

    counts: Counter = field(default_factory=Counter)
    waits: dict[str, list[float]] = field(default_factory=dict)

    def add(self, other: Day) -> None:
        self.counts.update(other.counts)
        for service, minutes in other.waits.items():
            self.waits.setdefault(service, []).extend(minutes)


def wait_minutes(queued: str, called: str) -> float:
    """Minutes from joining the queue to the call, to the hundredth (never negative)."""
    seconds = (datetime.fromisoformat(called) - datetime.fromisoformat(queued)).total_seconds()
    return round(max(0.0, seconds) / 60, 2)


def _first_answer(answers: str) -> str:
    """The answer to the first question asked: the stored answers keep the order they were walked."""
    walked = json.loads(answers or "{}")
    return next(iter(walked.values()), "") if isinstance(walked, dict) else ""


def live_days(db: sqlite_utils.Database, first: date, last: date) -> dict[str, Day]:
    """Per-day figures from the tickets and bookings still in the database, days `first`..`last`."""
    days: dict[str, Day] = {}
    rows = db.execute(
        "SELECT day, created_at, first_service, status, answers, visit_key, first_queued_at,"
        " first_called_at, first_called_service FROM tickets WHERE day BETWEEN ? AND ?",
        [first.isoformat(), last.isoformat()],
    )
    for day, created, service, status, answers, visit_key, queued, called, called_service in rows:
        figures = days.setdefault(day, Day())
        counts = figures.counts
        counts["visitors"] += 1
        counts[f"hour:{datetime.fromisoformat(created).astimezone(HELSINKI).hour:02d}"] += 1
        counts[f"service:{service}"] += 1
        if visit_key is not None:
            counts[f"answer:{_first_answer(answers)}"] += 1
        if status in ("done", "no_show"):
            counts[f"ended:{status}"] += 1
        if called is not None:
            joined = max(created, queued or created, key=datetime.fromisoformat)
            figures.waits.setdefault(called_service, []).append(wait_minutes(joined, called))
    rows = db.execute(
        "SELECT day, status, COUNT(*) FROM bookings WHERE day BETWEEN ? AND ? GROUP BY day, status",
        [first.isoformat(), last.isoformat()],
    )
    for day, status, count in rows:
        counts = days.setdefault(day, Day()).counts
        counts["bookings:made"] += count
        if status in BOOKING_KEYS:
            counts[f"bookings:{BOOKING_KEYS[status]}"] += count
    return days


def stored_days(db: sqlite_utils.Database, first: date, last: date) -> dict[str, Day]:
    """Per-day figures of purged days, from `stats_daily` and `stats_waits`."""
    days: dict[str, Day] = {}
    span = [first.isoformat(), last.isoformat()]
    for day, key, value in db.execute(
        "SELECT day, key, value FROM stats_daily WHERE day BETWEEN ? AND ?", span
    ):
        days.setdefault(day, Day()).counts[key] += value
    for day, service, minutes in db.execute(
        "SELECT day, service, minutes FROM stats_waits WHERE day BETWEEN ? AND ?", span
    ):
        days.setdefault(day, Day()).waits.setdefault(service, []).extend(json.loads(minutes))
    return days


def median(values: list[float]) -> float | None:
    return round(statistics.median(values), 1) if values else None


def p90(values: list[float]) -> float | None:
    """The 90th percentile by nearest rank: the smallest wait that 90 % of waits do not exceed."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[math.ceil(0.9 * len(ordered)) - 1], 1)


def _ranked(counts: Counter, prefix: str, name: str) -> list[dict]:
    found = [(key[len(prefix) :], n) for key, n in counts.items() if key.startswith(prefix)]
    found.sort(key=lambda item: (-item[1], item[0]))
    return [{name: key or None, "count": n} for key, n in found]


def figures(db: sqlite_utils.Database, first: date, last: date) -> dict:
    """The statistics of the days `first`..`last` (Helsinki), as `GET /api/stats` answers them."""
    days = stored_days(db, first, last)
    for day, live in live_days(db, first, last).items():
        days.setdefault(day, Day()).add(live)
    total = Day()
    for day in days.values():
        total.add(day)
    counts = total.counts
    every_day = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    all_waits = [m for minutes in total.waits.values() for m in minutes]
    ended = counts["ended:done"] + counts["ended:no_show"]
    per_service_waits = [
        {"service": service, "median_minutes": median(m), "p90_minutes": p90(m), "count": len(m)}
        for service, m in sorted(total.waits.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "visitors": counts["visitors"],
        "visitors_per_day": [
            {"date": d, "count": days[d].counts["visitors"] if d in days else 0} for d in every_day
        ],
        "per_hour": [{"hour": h, "count": counts[f"hour:{h:02d}"]} for h in range(24)],
        "per_service": _ranked(counts, "service:", "service"),
        "per_first_answer": _ranked(counts, "answer:", "answer"),
        "waits": {
            "all": {
                "median_minutes": median(all_waits),
                "p90_minutes": p90(all_waits),
                "count": len(all_waits),
            },
            "per_service": per_service_waits,
        },
        "no_show_rate": round(counts["ended:no_show"] / ended, 4) if ended else 0.0,
        "bookings": {key: counts[f"bookings:{key}"] for key in ("made", "kept", "no_show", "cancelled")},
    }


def csv_rows(result: dict) -> list[tuple[str, str, str]]:
    """The figures as one table of (section, key, value) rows, for `kiosk stats --csv`."""
    rows: list[tuple[str, str, str]] = [("period", "from", result["from"]), ("period", "to", result["to"])]
    rows.append(("visitors", "all", str(result["visitors"])))
    rows += [("visitors_per_day", r["date"], str(r["count"])) for r in result["visitors_per_day"]]
    rows += [("per_hour", f"{r['hour']:02d}", str(r["count"])) for r in result["per_hour"]]
    rows += [("per_service", r["service"], str(r["count"])) for r in result["per_service"]]
    rows += [("per_first_answer", r["answer"] or "", str(r["count"])) for r in result["per_first_answer"]]

    def text(value) -> str:
        return "" if value is None else str(value)

    waits = [{"service": "all", **result["waits"]["all"]}, *result["waits"]["per_service"]]
    for row in waits:
        rows.append(("wait_median_minutes", row["service"], text(row["median_minutes"])))
        rows.append(("wait_p90_minutes", row["service"], text(row["p90_minutes"])))
        rows.append(("wait_count", row["service"], str(row["count"])))
    rows.append(("no_show_rate", "all", str(result["no_show_rate"])))
    rows += [("bookings", key, str(value)) for key, value in result["bookings"].items()]
    return rows
