"""The day's figures a hub pushes to its region (`PUT /api/centre/figures/{day}`): the shape both sides
check, so that only sums over a day can ever leave a centre.

A figure is a count under one of the hub's statistics keys (kiosk/server/stats.py, `Day`), or a
service's waits of the day in minutes. A key outside these families (a language, a ticket number, a
booking code) is refused by the region and never sent by the hub.
"""

from __future__ import annotations

import hashlib
import json
import re

_ID = r"[a-z0-9][a-z0-9_-]{0,63}"
COUNT_KEY = re.compile(
    rf"^(visitors|hour:([01]\d|2[0-3])|service:{_ID}|answer:({_ID})?"
    r"|ended:(done|no_show)|bookings:(made|kept|no_show|cancelled))$"
)
"""Every key a day's counts may have: `answer:` alone is the visitors who chose to talk to someone."""
SERVICE = re.compile(rf"^{_ID}$")
MOST_KEYS = 2_000
"""Count keys in one day (24 hours, the routing's services and first answers: far fewer in life)."""
MOST_WAITS = 20_000
"""Waits in one day, across services (a busy centre has a few hundred)."""
LONGEST_WAIT = 7 * 24 * 60.0
"""Minutes: a wait longer than a week is no wait of one day."""
LARGEST_COUNT = 1_000_000


def problems(counts: object, waits: object) -> list[str]:
    """What is wrong with a day's figures, one line each as `where: what`; empty when they are fine."""
    found: list[str] = []
    if not isinstance(counts, dict):
        return ["counts: not an object of key: count"]
    if not isinstance(waits, dict):
        return ["waits: not an object of service: [minutes]"]
    if len(counts) > MOST_KEYS:
        found.append(f"counts: more than {MOST_KEYS} keys")
    for key, value in counts.items():
        if not isinstance(key, str) or not COUNT_KEY.match(key):
            found.append(f"counts.{str(key)[:70]}: not a key of the hub's statistics")
        elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LARGEST_COUNT:
            found.append(f"counts.{key}: not a whole number from 0 to {LARGEST_COUNT}")
    total = 0
    for service, minutes in waits.items():
        if not isinstance(service, str) or not SERVICE.match(service):
            found.append(f"waits.{str(service)[:70]}: not a service id")
            continue
        if not isinstance(minutes, list):
            found.append(f"waits.{service}: not a list of minutes")
            continue
        total += len(minutes)
        bad = [
            m
            for m in minutes
            if isinstance(m, bool) or not isinstance(m, int | float) or not 0 <= m <= LONGEST_WAIT
        ]
        if bad:
            found.append(f"waits.{service}: minutes must be numbers from 0 to {LONGEST_WAIT:g}")
    if total > MOST_WAITS:
        found.append(f"waits: more than {MOST_WAITS} in one day")
    return found


def digest(counts: dict[str, int], waits: dict[str, list[float]]) -> str:
    """The figures' fingerprint: equal for equal figures whatever their order, so the hub knows a day it
    sent has changed since, and the region knows a push it already has."""
    kept = {k: v for k, v in counts.items() if v}, {s: sorted(m) for s, m in waits.items() if m}
    return hashlib.sha256(json.dumps(kept, sort_keys=True).encode()).hexdigest()
