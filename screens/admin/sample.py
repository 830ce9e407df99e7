"""Sample data for the admin screens' pictures (no hub): versions, a difference, a month's statistics."""

from __future__ import annotations

from datetime import date, timedelta

SAMPLE_TODAY = date(2026, 3, 13)

VERSIONS = [
    {"id": i, "created_at": at, "note": note, "by": by, "active": i == 4}
    for i, at, note, by in (
        (1, "2026-01-02T09:12:00+02:00", "Kokoomo routing, first version", ""),
        (2, "2026-02-10T14:03:00+02:00", "Youth questions in plain Swedish", "Anna"),
        (3, "2026-03-02T08:45:00+02:00", "Debt adviser on Tuesdays", "Anna"),
        (4, "2026-03-12T16:20:00+02:00", "New answer: housing", "Mikko"),
    )
]

CHANGES = [
    {
        "where": "questions.need.answers.money.label.sv",
        "kind": "changed",
        "before": "Pengar",
        "after": "Ekonomi",
    },
    {
        "where": "questions.need.answers.home",
        "kind": "added",
        "before": None,
        "after": {
            "id": "home",
            "label": {"fi": "Asuminen", "sv": "Boende", "en": "Housing"},
            "route": ["social"],
        },
    },
    {
        "where": "services.debt.schedule",
        "kind": "changed",
        "before": [{"weekday": "tue", "start": "10:00", "end": "14:00", "slot_minutes": 30}],
        "after": [{"weekday": "tue", "start": "09:00", "end": "13:00", "slot_minutes": 30}],
    },
    {"where": "questions.need.answers.talk", "kind": "moved", "before": 5, "after": 6},
    {"where": "services.coach.location.en", "kind": "changed", "before": "Room 4", "after": "Room 5"},
]


def stats(today: date = SAMPLE_TODAY) -> dict:
    """Thirty days of a small centre: quiet Mondays, busy Tuesdays, closed weekends."""
    first = today - timedelta(days=29)
    per_day = []
    for i in range(30):
        day = first + timedelta(days=i)
        count = 0 if day.weekday() >= 5 else (14, 27, 21, 19, 11)[day.weekday()] + (i % 4)
        per_day.append({"date": day.isoformat(), "count": count})
    return {
        "from": first.isoformat(),
        "to": today.isoformat(),
        "visitors_per_day": per_day,
        "per_hour": [
            {"hour": h, "count": c} for h, c in zip(range(9, 15), (38, 91, 104, 72, 66, 40), strict=True)
        ],
        "per_service": [
            {"service": s, "count": c}
            for s, c in (
                ("greeter", 96),
                ("coordinator", 88),
                ("coach", 51),
                ("youth", 43),
                ("wassup", 39),
                ("workshop", 31),
                ("fourh", 12),
                ("debt", 18),
                ("social", 22),
            )
        ],
        "per_first_answer": [
            {"answer": a, "count": c}
            for a, c in (
                ("work", 131),
                ("study", 42),
                ("money", 37),
                ("life", 58),
                ("activity", 29),
                ("talk", 114),
            )
        ],
        "waits": {
            "all": {"median_minutes": 9, "p90_minutes": 24, "count": 371},
            "per_service": [
                {"service": s, "median_minutes": m, "p90_minutes": p, "count": c}
                for s, m, p, c in (
                    ("greeter", 4, 11, 96),
                    ("coordinator", 12, 31, 88),
                    ("coach", 9, 22, 51),
                    ("youth", 7, 18, 43),
                    ("wassup", 10, 25, 39),
                    ("workshop", 6, 15, 31),
                )
            ],
        },
        "no_show_rate": 0.06,
        "bookings": {"made": 52, "kept": 40, "no_show": 5, "cancelled": 7},
    }


REGION = {
    "joined": True,
    "url": "https://alue.example.fi",
    "centre": "Kokoomo",
    "reached_at": "2026-03-10T22:00:02+02:00",
    "not_reached_since": "2026-03-10T22:00:02+02:00",
    "days_waiting": 2,
    "days_refused": [
        {
            "day": "2026-03-02",
            "refused_at": "2026-03-03T02:00:01+02:00",
            "reason": "422: unknown service 'työ'",
        }
    ],
    "templates": [
        {"name": "Kokoomo 2026", "note": "the Haapavesi pilot"},
        {"name": "Ohjaamo Oulainen", "note": "with the housing adviser"},
    ],
}
"""The link to a region that has not answered for a few days, a day it refused, and its two templates
(GET /api/region)."""
