"""Sample data for the console without a hub (screenshots): a snapshot, and a queue that only holds it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kiosk.tokens import caller_id

SAMPLE_TOKEN = "sample-staff-token"
SAMPLE_NOW = datetime.fromisoformat("2025-01-07T10:30:00.000+02:00")
SAMPLE_SERVICES = ["coordinator", "workshop"]


def _ticket(number, service, journey, index, status, position, arrived, **extra) -> dict:
    return {
        "code": f"sample-{number}",
        "number": number,
        "service": service,
        "journey": journey,
        "journey_index": index,
        "status": status,
        "position": position,
        "estimated_wait_minutes": 0,
        "priority": extra.pop("priority", 0),
        "lang": "fi",
        "created_at": f"2025-01-07T{arrived}:00.000+02:00",
        "queued_at": f"2025-01-07T{extra.pop('queued', arrived)}:00.000+02:00",
        "called_at": extra.pop("called_at", None),
        "called_by": extra.pop("called_by", None),
        "status_url": f"/t/sample-{number}",
    }


def sample_snapshot(routing) -> dict:
    """A morning at the centre: five waiting for the coordinator and the workshop, one with me now."""
    me = caller_id(SAMPLE_TOKEN)
    services = []
    waiting = {"coordinator": 3, "workshop": 2}
    for service in routing.services:
        count = waiting.get(service.id, 0)
        services.append(
            {
                "id": service.id,
                "name": dict(service.name),
                "kind": service.kind,
                "prefix": service.prefix,
                "location": dict(service.location),
                "discreet": service.discreet,
                "available": service.id != "coach",
                "waiting": count,
                "estimated_wait_minutes": count * 9,
            }
        )
    tickets = [
        _ticket("A013", "coordinator", ["coordinator"], 0, "waiting", 2, "10:18"),
        _ticket("C002", "coordinator", ["wassup", "coordinator"], 1, "waiting", 1, "10:04"),
        _ticket("A014", "coordinator", ["coordinator", "workshop"], 0, "waiting", 3, "10:26"),
        _ticket("B004", "workshop", ["workshop"], 0, "waiting", 1, "10:09"),
        _ticket("B005", "workshop", ["workshop"], 0, "waiting", 2, "10:22"),
        _ticket(
            "A012",
            "coordinator",
            ["coordinator", "workshop"],
            0,
            "called",
            0,
            "09:58",
            called_at="2025-01-07T10:24:00.000+02:00",
            called_by=me,
        ),
    ]
    return {"seq": 42, "tickets": tickets, "services": services}


class SampleQueue(QObject):
    """Holds one snapshot and answers like a LiveQueue reads; its actions go nowhere (no hub)."""

    changed = Signal()
    eventApplied = Signal(dict)
    onlineChanged = Signal(bool)
    actionFinished = Signal(str, str, int, object)
    actionFailed = Signal(str, str, int, str)

    def __init__(self, snapshot: dict, online: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.url = "http://kokoomo.local:8765"
        self.seq = snapshot["seq"]
        self._tickets = [dict(t) for t in snapshot["tickets"]]
        self._services = [dict(s) for s in snapshot["services"]]
        self.online = online

    def set_online(self, online: bool) -> None:
        self.online = online
        self.onlineChanged.emit(online)

    def tickets(self) -> list[dict]:
        return list(self._tickets)

    def ticket(self, code: str) -> dict | None:
        return next((t for t in self._tickets if t["code"] == code), None)

    def services(self) -> list[dict]:
        return list(self._services)

    def set_token(self, _token: str) -> None:
        pass

    def call_next(self, _service: str) -> None:
        pass

    done = no_show = recall = call_next

    def transfer(self, _code: str, _service: str) -> None:
        pass

    def set_available(self, _service: str, _available: bool) -> None:
        pass
