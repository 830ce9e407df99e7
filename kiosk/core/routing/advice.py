"""What a valid routing may still give away: advice for whoever writes it, never a refusal.

A discreet service (A-Clinic, debt advice, social work) has no ticket letter of its own, and a screen
shows its called visitor only as a number and a room. But the open routing tells anyone each service's
room and weekdays: a room that holds one discreet service alone on a weekday names it on every call
there that day ("N2, Room 7" on a Wednesday is the A-Clinic). `discretion` finds each such room and day.
"""

from __future__ import annotations

from kiosk.core.routing.model import Routing, Service
from kiosk.core.routing.problems import Problem

DAY_NAMES = {
    "mon": "Mondays",
    "tue": "Tuesdays",
    "wed": "Wednesdays",
    "thu": "Thursdays",
    "fri": "Fridays",
    "sat": "Saturdays",
    "sun": "Sundays",
}
WEEKDAYS = tuple(DAY_NAMES)


def _room(service: Service) -> str:
    """The room as the routing's admin reads it: its English name, else any one it has."""
    return service.location.get("en") or next(iter(service.location.values()), "")


def _days(service: Service, centre_days: set[str]) -> set[str]:
    """The weekdays a service receives visitors: a scheduled one's blocks, an on-site one's centre days."""
    return {block.weekday for block in service.schedule} if service.scheduled else centre_days


def _present(routing: Routing) -> dict[tuple[str, str], set[str]]:
    """The services in each room on each weekday."""
    centre_days = {hours.weekday for hours in routing.centre.hours}
    present: dict[tuple[str, str], set[str]] = {}
    for service in routing.services:
        room = _room(service)
        if not room:
            continue
        for day in _days(service, centre_days):
            present.setdefault((room, day), set()).add(service.id)
    return present


def alone_days(routing: Routing, service_id: str, present: dict | None = None) -> list[str]:
    """The weekdays (`mon`, ...) on which discreet service `service_id` is alone in its room; [] for a
    service that is not discreet, has no room, or shares it every day it is there."""
    service = next((s for s in routing.services if s.id == service_id), None)
    if service is None or not service.discreet or not _room(service):
        return []
    present = _present(routing) if present is None else present
    return [day for day in WEEKDAYS if present.get((_room(service), day)) == {service.id}]


def discretion(routing: Routing) -> list[Problem]:
    """One piece of advice per discreet service and room that it holds alone on some weekdays."""
    present = _present(routing)
    advice = []
    for service in routing.services:
        alone = alone_days(routing, service.id, present)
        room = _room(service)
        if alone:
            names = [DAY_NAMES[day] for day in alone]
            days = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
            advice.append(
                Problem(
                    f"services.{service.id}",
                    f"alone in {room} on {days}, and the open routing tells anyone so: a number called"
                    f" to {room} on those days names this discreet service. Let another service use"
                    f" {room} on those days if the centre can",
                )
            )
    return advice
