"""What each role may read of the queue: staff and admin everything, a screen exactly what it shows.

The waiting-room display (and a kiosk, which shows no queue at all) gets the *shown* view of
`GET /api/queue` and of the event feed:

- a ticket carries its number, status, place and wait, the service it waits for, and when it was
  queued and called; never its journey, language, priority, answers or the desk that called it;
- a ticket of a discreet service (A-Clinic, debt, social work) carries no service at all: only its
  number, and its room while it is called, which is what the display shows and says;
- a ticket's `code` is replaced by a one-way alias, so a screen cannot open the visitor's phone page
  (`/t/{code}`) or act on the ticket;
- discreet services are left out of `services` (a screen computes places from the tickets it holds);
- events that no screen shows (bookings, printer notices, a discreet service's presence, a discreet
  ticket's creation) are not sent.

Pure functions over the hub's JSON: the hub applies them to every answer and event a role reads.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kiosk.core.routing import Routing

FULL_ROLES = frozenset({"staff", "admin"})
"""Roles that read the queue as it is; every other role reads the shown view."""

SHOWN_TICKET_KEYS = (
    "number",
    "service",
    "status",
    "position",
    "estimated_wait_minutes",
    "queued_at",
    "called_at",
)
SHOWN_EVENT_TYPES = frozenset(
    {
        "ticket.created",
        "ticket.called",
        "ticket.recalled",
        "ticket.done",
        "ticket.no_show",
        "ticket.moved",
        "ticket.transferred",
        "service.availability",
        "routing.published",
        "date_off.set",
        "date_off.removed",
    }
)
"""What a display follows; other events (bookings, notices) are not sent to it at all."""


def alias(code: str) -> str:
    """A stable one-way stand-in for a ticket code: the same ticket always gets the same alias, and
    the alias opens nothing."""
    return "v" + hashlib.sha256(f"shown:{code}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Discretion:
    """The routing's discreet services and where each receives its visitors."""

    discreet: frozenset[str]
    locations: dict[str, dict[str, str]]

    @classmethod
    def of(cls, routing: Routing) -> Discretion:
        discreet = frozenset(s.id for s in routing.services if s.discreet)
        return cls(discreet, {s.id: dict(s.location) for s in routing.services if s.discreet})

    # -- the shown view ------------------------------------------------------------------------

    def ticket(self, ticket: dict) -> dict:
        shown = {key: ticket.get(key) for key in SHOWN_TICKET_KEYS}
        shown["code"] = alias(ticket["code"])
        if ticket.get("service") in self.discreet:
            # Number, status, call and room only: its `queued_at` was the moment its visitor checked in
            # at the kiosk (or their booked time), which a screen could put beside who stood there.
            shown.update(service=None, queued_at=None, position=None, estimated_wait_minutes=None)
            if ticket.get("status") == "called":
                shown["location"] = dict(self.locations[ticket["service"]])
        return shown

    def services(self, services: list[dict]) -> list[dict]:
        return [s for s in services if s.get("id") not in self.discreet]

    def snapshot(self, snapshot: dict) -> dict:
        """`GET /api/queue` as a screen sees it: no waiting discreet ticket, a called one without service."""
        tickets = [
            self.ticket(t)
            for t in snapshot["tickets"]
            if t.get("service") not in self.discreet or t.get("status") == "called"
        ]
        return {"seq": snapshot["seq"], "tickets": tickets, "services": self.services(snapshot["services"])}

    def event(self, event: dict) -> dict | None:
        """The event as a screen sees it, or None when a screen is not told of it."""
        kind = event.get("type")
        if kind == "reset":
            return {**event, "snapshot": self.snapshot(event["snapshot"])}
        if kind not in SHOWN_EVENT_TYPES:
            return None
        if kind == "service.availability" and event.get("service") in self.discreet:
            return None
        shown = {"seq": event["seq"], "type": kind, "at": event.get("at")}
        if not kind.startswith("ticket."):
            return {**event, **shown}
        ticket = event["ticket"]
        if kind == "ticket.created" and ticket.get("service") in self.discreet:
            # No screen holds it, so nothing to let go: even a "hidden" word at that moment told a
            # display's or a kiosk's token that the person at the kiosk had just checked in to one.
            return None
        if ticket.get("service") in self.discreet and ticket.get("status") == "waiting":
            # Nothing a screen shows: a discreet queue is not listed and its waiting tickets are not held.
            # Only the alias is named, so a screen still holding the ticket from a call lets it go.
            shown["ticket"] = {"code": alias(ticket["code"]), "status": "hidden"}
        else:
            shown["ticket"] = self.ticket(ticket)
        shown["services"] = self.services(event.get("services", []))
        return shown


def view_for(role: str, discretion: Discretion):
    """(snapshot view, event view) for a role: identity for staff and admin, the shown view otherwise."""
    if role in FULL_ROLES:
        return (lambda snapshot: snapshot), (lambda event: event)
    return discretion.snapshot, discretion.event
