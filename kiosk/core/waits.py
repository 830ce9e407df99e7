"""How long a waiting ticket waits: written once, so the hub and every screen give the same minutes.

A service's pace is `minutes_each` (the median minutes of one visit divided by the desks serving it,
as the hub measures it); people ahead of a waiting ticket are the waiting tickets before it plus the
tickets being served now (`called`), each counted whole.
"""

from __future__ import annotations

import math


def wait_minutes(ahead: int, minutes_each: float) -> int:
    """Whole minutes (rounded up) for `ahead` visits, counting the one being served as a whole visit."""
    return math.ceil(round(ahead * minutes_each, 6)) if ahead > 0 else 0


def ticket_wait(position: int, called: int, minutes_each: float) -> int:
    """The wait of the ticket at `position` (1 is next; 0: not waiting, no wait) of a service that
    serves `called` tickets now."""
    if position <= 0:
        return 0
    return wait_minutes(position - 1 + called, minutes_each)


def arrival_wait(waiting: int, called: int, minutes_each: float) -> int:
    """The wait of a visitor arriving now: behind every waiting and called ticket."""
    return wait_minutes(waiting + called, minutes_each)
