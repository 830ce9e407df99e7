"""What the live preview shows at the end of a path, decided locally as the hub would (no hub, no ticket).

The preview walks the draft with the kiosk's own VisitFlow; where the kiosk would ask the hub, the
preview answers here: a sample ticket at the route's first service, or that service's free times
from its schedule. Nothing is written anywhere.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from kiosk.core.routing import AnswerError, Routing, fallback, resolve
from kiosk.core.schedule import slots


def visit_outcome(routing: Routing, answers: dict[str, str], wants_person: bool, now: datetime) -> dict:
    """The body `POST /api/visits` would answer for these answers (as if the centre were open)."""
    try:
        outcome = fallback(routing, answers) if wants_person else resolve(routing, answers)
    except AnswerError:
        outcome = fallback(routing, {})
    service = routing.service(outcome.route[0]) if outcome.route else None
    if service is None:
        service = routing.service(routing.fallback)
    if service is None:
        return {"outcome": "unknown"}
    if service.scheduled:
        free = [slot.json() for slot in slots(service, now)]
        return {"outcome": "book", "service": asdict(service), "slots": free}
    return {
        "outcome": "queued",
        "ticket": {
            "code": "preview",
            "number": f"{routing.ticket_prefix(service)}001",
            "service": service.id,
            "journey": list(outcome.route) if not wants_person else [service.id],
            "journey_index": 0,
            "status": "waiting",
            "position": 1,
            "estimated_wait_minutes": 0,
            "priority": outcome.priority,
            "lang": "",
            "created_at": now.isoformat(),
            "status_url": "/t/preview",
        },
    }


def sample_booking(service: dict, slot: dict, lang: str, now: datetime) -> dict:
    """A booking as the hub would make it, with a sample code."""
    return {
        "id": 0, "code": "PRE4VW", "service": service.get("id"), "start": slot["start"], "end": slot["end"],
        "status": "booked", "lang": lang, "created_at": now.isoformat(), "changed_at": None, "ticket": None,
    }  # fmt: skip
