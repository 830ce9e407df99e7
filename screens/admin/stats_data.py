"""The hub's statistics (`GET /api/stats`) as rows for charts and for a CSV file: the same figures."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta


def period(name: str, today: date) -> tuple[date, date]:
    """`week`: Monday of this week to today; `30days`: the last 30 days counting today."""
    if name == "week":
        return today - timedelta(days=today.weekday()), today
    return today - timedelta(days=29), today


def total_visitors(stats: dict) -> int:
    return sum(int(row.get("count") or 0) for row in stats.get("visitors_per_day", []))


def kept_share(stats: dict) -> float | None:
    """Bookings kept of those whose time has come (kept + no-show); None when there were none."""
    bookings = stats.get("bookings") or {}
    due = int(bookings.get("kept") or 0) + int(bookings.get("no_show") or 0)
    return int(bookings.get("kept") or 0) / due if due else None


def csv_text(stats: dict) -> str:
    """The figures as one CSV table `section,key,value`, the same rows `kiosk stats --csv` writes
    (docs/api.md), so a spreadsheet made from either reads the same."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["section", "key", "value"])
    w.writerow(["period", "from", stats.get("from", "")])
    w.writerow(["period", "to", stats.get("to", "")])
    w.writerow(["visitors", "all", stats.get("visitors", total_visitors(stats))])
    for row in stats.get("visitors_per_day", []):
        w.writerow(["visitors_per_day", row.get("date"), row.get("count")])
    for row in stats.get("per_hour", []):
        w.writerow(["per_hour", f"{int(row.get('hour') or 0):02d}", row.get("count")])
    for row in stats.get("per_service", []):
        w.writerow(["per_service", row.get("service"), row.get("count")])
    for row in stats.get("per_first_answer", []):
        w.writerow(["per_first_answer", row.get("answer") or "", row.get("count")])
    waits = stats.get("waits") or {}
    rows = [("all", waits.get("all") or {})] + [(r.get("service"), r) for r in waits.get("per_service", [])]
    for section, field in (
        ("wait_median_minutes", "median_minutes"),
        ("wait_p90_minutes", "p90_minutes"),
        ("wait_count", "count"),
    ):
        for key, row in rows:
            value = row.get(field)
            w.writerow([section, key, "" if value is None else value])
    w.writerow(["no_show_rate", "all", stats.get("no_show_rate")])
    bookings = stats.get("bookings") or {}
    for key in ("made", "kept", "no_show", "cancelled"):
        w.writerow(["bookings", key, bookings.get(key, 0)])
    return out.getvalue()
