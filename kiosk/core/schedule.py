"""A scheduled service's slots: its weekly schedule laid out on Helsinki calendar days.

Pure functions, the clock is an argument. Slots follow the Helsinki wall clock: a block
"10:00-14:00" gives a 10:00 slot on both sides of a daylight-saving change, so a slot's UTC
offset is that of its own day (+02:00 in winter, +03:00 in summer).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from kiosk.core.clock import HELSINKI, iso
from kiosk.core.routing.model import WEEKDAYS, Routing, ScheduleBlock, Service

DAYS_AHEAD = 14
"""How many calendar days (today included) the kiosk offers slots for, and how far ahead one may book."""


@dataclass(frozen=True, order=True)
class Slot:
    """One bookable time of a service, timezone-aware in Helsinki."""

    start: datetime
    end: datetime

    def json(self) -> dict:
        return {"start": iso(self.start), "end": iso(self.end)}


def _clock_time(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))


def _wall(day: date, at: time) -> datetime | None:
    """`at` on `day` in Helsinki; None for a wall time the spring change skips (03:00-03:59)."""
    moment = datetime.combine(day, at, tzinfo=HELSINKI)
    if moment.astimezone(UTC).astimezone(HELSINKI).replace(tzinfo=None) != moment.replace(tzinfo=None):
        return None
    return moment


def slots_on(service: Service, day: date) -> list[Slot]:
    """Every slot of `service` on `day` by its schedule alone, earliest first.

    A block is cut into `slot_minutes` pieces from its start; a last piece that would run past the
    block's end is not a slot.
    """
    weekday = WEEKDAYS[day.weekday()]
    found: set[Slot] = set()
    for block in service.schedule:
        if block.weekday != weekday:
            continue
        step = timedelta(minutes=block.slot_minutes)
        start = datetime.combine(day, _clock_time(block.start))
        end = datetime.combine(day, _clock_time(block.end))
        while start + step <= end:
            first = _wall(day, start.time())
            if first is not None:
                # Its length in real minutes: a slot across a change (at 03:00 at night) ends an hour off.
                found.add(Slot(first, (first.astimezone(UTC) + step).astimezone(HELSINKI)))
            start += step
    return sorted(found)


def slots(
    service: Service,
    now: datetime,
    *,
    first_day: date | None = None,
    last_day: date | None = None,
    days: int = DAYS_AHEAD,
    dates_off: Collection[date] = frozenset(),
    booked: Collection[datetime] = frozenset(),
) -> list[Slot]:
    """The free slots of `service` from `first_day` (default: today) to `last_day` (default: the
    `days`-th day counting today), earliest first.

    Left out: slots on `dates_off`, slots whose start is in `booked` (compared as instants), and
    slots that have already started at `now`. A slot starting exactly at `now` is still offered.
    """
    today = now.astimezone(HELSINKI).date()
    first = first_day or today
    last = last_day or today + timedelta(days=days - 1)
    taken = {moment.astimezone(UTC) for moment in booked}
    found = []
    day = first
    while day <= last:
        if day not in dates_off:
            found += [
                slot
                for slot in slots_on(service, day)
                if slot.start >= now and slot.start.astimezone(UTC) not in taken
            ]
        day += timedelta(days=1)
    return found


def slot_at(service: Service, start: datetime) -> Slot | None:
    """The slot of `service`'s schedule that starts at the instant `start`, whatever its offset; or None."""
    instant = start.astimezone(UTC)
    day = start.astimezone(HELSINKI).date()
    return next((slot for slot in slots_on(service, day) if slot.start.astimezone(UTC) == instant), None)


def with_rounds(service: Service, rounds: Iterable[dict]) -> Service:
    """`service` with the region's rounds of it at this centre added to its schedule, each
    {"service", "weekday": "wed", "start", "end", "slot_minutes"}: a visiting specialist's round is laid
    out, offered and booked as a block of the routing's own. Only a scheduled service takes them."""
    if not service.scheduled:
        return service
    blocks = [
        ScheduleBlock(r["weekday"], r["start"], r["end"], int(r["slot_minutes"]))
        for r in rounds
        if r.get("service") == service.id and r.get("weekday") in WEEKDAYS
    ]
    return replace(service, schedule=[*service.schedule, *blocks]) if blocks else service


def routing_with_rounds(routing: Routing, rounds: Iterable[dict]) -> Routing:
    """A copy of `routing` whose scheduled services have the region's rounds in their schedules (the
    kiosk's "here at these times"); `routing` itself is left as it was."""
    rounds = list(rounds)
    if not rounds:
        return routing
    return replace(routing, services=[with_rounds(service, rounds) for service in routing.services])
