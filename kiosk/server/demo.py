"""Sample data for `kiosk demo`: a morning's queue at the default centre, written before the hub starts.

The visits and calls go through the same core functions the hub uses (`queue.create_visit`,
`staff_actions`), so the demo shows real tickets, waits and journeys, not pictures of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import dump, loads
from kiosk.server import staff_actions, store
from kiosk.server.queue import create_visit

VISITS: tuple[tuple[int, str, dict[str, str]], ...] = (
    # (minutes ago, language, answers): a mix of services, languages and one two-service journey.
    (55, "fi", {"need": "work", "age": "over30", "work_adult": "job"}),
    (50, "fi", {"need": "work", "age": "under30", "work_young": "workshop"}),
    (46, "en", {"need": "talk"}),
    (41, "fi", {"need": "work", "age": "over30", "work_adult": "wage_support"}),
    (35, "sv", {"need": "work", "age": "over30", "work_adult": "job"}),
    (30, "fi", {"need": "work", "age": "under30", "work_young": "support"}),
    (24, "fi", {"need": "activity"}),
    (19, "en", {"need": "work", "age": "under30", "work_young": "job"}),
    (15, "fi", {"need": "talk"}),
    (11, "fi", {"need": "work", "age": "over30", "work_adult": "job"}),
    (8, "sv", {"need": "work", "age": "under30", "work_young": "workshop"}),
    (4, "fi", {"need": "work", "age": "over30", "work_adult": "job"}),
)
"""Twelve visits over the last hour."""

SERVED: tuple[tuple[int, str, int], ...] = (
    # (minutes ago, service, minutes the visit took): finished calls give the services a pace.
    (52, "coordinator", 12),
    (47, "workshop", 9),
    (44, "greeter", 5),
    (38, "coordinator", 10),
)
CALLED_NOW: tuple[tuple[str, str], ...] = (("coordinator", "demo-coordinator"), ("greeter", "demo-greeter"))
"""Each of these desks has one visitor with them as the demo opens."""


@dataclass
class DemoData:
    visits: int
    served: int
    called: int


def demo_routing() -> str:
    """The default centre without opening hours, so open round the clock: a demo at 21.00 on a Sunday
    still shows a working day."""
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    routing.centre.hours = []
    return dump(routing)


def seed(db: sqlite_utils.Database, now: datetime) -> DemoData:
    """Publish the demo routing and fill today's queue as if the centre had been open an hour."""
    text = demo_routing()
    routing = loads(text)
    # Just after midnight the hour is squeezed into the minutes since: the tickets must be today's.
    since_midnight = now - now.replace(hour=0, minute=0, second=0, microsecond=0)
    squeeze = min(1.0, since_midnight / timedelta(minutes=61))

    def ago(minutes: int) -> datetime:
        return now - timedelta(minutes=minutes) * squeeze

    version = store.publish_routing(db, text, note="kiosk demo", now=ago(60))
    for i, (minutes, lang, answers) in enumerate(VISITS):
        create_visit(db, routing, version, lang=lang, answers=answers, key=f"demo-{i}", now=ago(minutes))
    served = 0
    for minutes, service, took in SERVED:
        ticket = staff_actions.call_next(db, routing, service, f"demo-{service}", ago(minutes))
        if ticket is not None:
            staff_actions.done(db, routing, ticket["code"], ago(minutes - took))
            served += 1
    called = 0
    for service, desk in CALLED_NOW:
        if staff_actions.call_next(db, routing, service, desk, ago(2)) is not None:
            called += 1
    return DemoData(visits=len(VISITS), served=served, called=called)


def prepare(path: Path, now: datetime) -> DemoData:
    """A new demo database at `path` (replacing an old one), seeded; closed again for the hub to own."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    db = store.open_db(path)
    try:
        return seed(db, now)
    finally:
        db.conn.close()
