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


def csv_text(stats: dict, names: dict[str, str], headings: dict[str, str]) -> str:
    """Every figure of the statistics screen as CSV: one section per table, a heading row each.

    `names` gives a service's or answer's name to show beside its id; `headings` the words of the
    admin's language for each column (keys as in the hub's JSON).
    """
    out = io.StringIO()
    w = csv.writer(out)
    h = headings.get
    w.writerow([h("period", "period"), stats.get("from", ""), stats.get("to", "")])
    w.writerow([])
    w.writerow([h("date", "date"), h("visitors", "visitors")])
    for row in stats.get("visitors_per_day", []):
        w.writerow([row.get("date"), row.get("count")])
    w.writerow([])
    w.writerow([h("hour", "hour"), h("visitors", "visitors")])
    for row in stats.get("per_hour", []):
        w.writerow([row.get("hour"), row.get("count")])
    w.writerow([])
    w.writerow([h("service", "service"), h("name", "name"), h("visitors", "visitors")])
    for row in stats.get("per_service", []):
        w.writerow([row.get("service"), names.get(str(row.get("service")), ""), row.get("count")])
    w.writerow([])
    w.writerow([h("answer", "first answer"), h("name", "name"), h("visitors", "visitors")])
    for row in stats.get("per_first_answer", []):
        w.writerow([row.get("answer"), names.get(str(row.get("answer")), ""), row.get("count")])
    w.writerow([])
    w.writerow(
        [
            h("service", "service"),
            h("name", "name"),
            h("median", "median minutes"),
            h("p90", "p90"),
            h("count", "count"),
        ]
    )
    waits = stats.get("waits") or {}
    every = waits.get("all") or {}
    w.writerow(
        ["*", h("all", "all"), every.get("median_minutes"), every.get("p90_minutes"), every.get("count")]
    )
    for row in waits.get("per_service", []):
        service = str(row.get("service"))
        w.writerow(
            [
                service,
                names.get(service, ""),
                row.get("median_minutes"),
                row.get("p90_minutes"),
                row.get("count"),
            ]
        )
    w.writerow([])
    bookings = stats.get("bookings") or {}
    w.writerow([h("no_show_rate", "no-show rate"), stats.get("no_show_rate")])
    for key in ("made", "kept", "no_show", "cancelled"):
        w.writerow([h(f"bookings_{key}", f"bookings {key}"), bookings.get(key)])
    return out.getvalue()
