"""Sample data for the console without a hub (screenshots): a snapshot, and a queue that only holds it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal

from kiosk.core.caller import caller_id
from kiosk.core.shapes import service_fields

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
    waiting = {"coordinator": 3, "workshop": 2, "debt": 1}
    for service in routing.services:
        count = waiting.get(service.id, 0)
        services.append(
            {
                **service_fields(service),
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
        # A booked visitor who checked in for 10.00 (see sample_appointments): ahead of walk-ins.
        _ticket("D001", "debt", ["debt"], 0, "waiting", 1, "09:41", priority=100, queued="10:00"),
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
    """Holds one snapshot and answers like a LiveQueue reads (no hub; a Desk without a StaffClient
    acts nowhere)."""

    changed = Signal()
    eventApplied = Signal(dict)
    onlineChanged = Signal(bool)
    pairedChanged = Signal(bool)
    writesChanged = Signal(bool)

    def __init__(self, snapshot: dict, online: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.url = "http://kokoomo.local:8765"
        self.seq = snapshot["seq"]
        self._tickets = [dict(t) for t in snapshot["tickets"]]
        self._services = [dict(s) for s in snapshot["services"]]
        self.online = online
        self.paired = True
        self.writes_ok = True

    def set_online(self, online: bool) -> None:
        self.online = online
        self.onlineChanged.emit(online)

    def set_writes_ok(self, ok: bool) -> None:
        self.writes_ok = ok
        self.writesChanged.emit(ok)

    def tickets(self) -> list[dict]:
        return list(self._tickets)

    def ticket(self, code: str) -> dict | None:
        return next((t for t in self._tickets if t["code"] == code), None)

    def services(self) -> list[dict]:
        return list(self._services)

    def set_token(self, _token: str) -> None:
        pass


APPOINTMENT_SERVICES = ["coordinator", "debt", "aclinic"]
"""A desk with a walk-in service and two visiting specialists' times (Tuesday: debt, Wednesday: A-Clinic)."""
SAMPLE_NOTICE = {"kind": "printer", "message": "Out of paper", "at": "2025-01-07T10:26:00.000+02:00"}
SAMPLE_KIOSK_SILENT = {
    "kind": "kiosk_silent",
    "message": "kokoomo-ovi",
    "at": "2025-01-07T10:21:00.000+02:00",
}
"""The hub's word that the kiosk (its token named for the machine, as deploy/install.sh makes it) is out
of touch."""


def _slot(day: int, hh_mm: str, minutes: int) -> dict:
    hours, mins = map(int, hh_mm.split(":"))
    end = hours * 60 + mins + minutes
    return {
        "start": f"2025-01-{day:02d}T{hh_mm}:00.000+02:00",
        "end": f"2025-01-{day:02d}T{end // 60:02d}:{end % 60:02d}:00.000+02:00",
    }


def _booking(id_: int, code: str, service: str, slot: dict, status: str, number: str | None = None) -> dict:
    ticket = {"code": f"t-{code}", "number": number, "status": "waiting", "status_url": ""}
    ticket = ticket if number else None
    return {"id": id_, "code": code, "service": service, **slot, "status": status, "lang": "fi",
            "created_at": "2025-01-03T12:00:00.000+02:00", "changed_at": "2025-01-07T09:58:00.000+02:00",
            "ticket": ticket}  # fmt: skip


def sample_appointments() -> tuple[list, list[dict], dict, set, dict]:
    """(days, bookings, free slots per service, dates off, the region's weeks) for SAMPLE_NOW: today
    Tuesday, tomorrow Wednesday; the debt adviser also visits Oulainen on Thursdays (from the region)."""
    from datetime import date

    days = [date(2025, 1, 7), date(2025, 1, 8)]
    bookings = [
        _booking(1, "K7M4PX", "debt", _slot(7, "10:00", 30), "checked_in", "D001"),
        _booking(2, "3HRT9C", "debt", _slot(7, "10:30", 30), "booked"),
        _booking(3, "WE62AN", "debt", _slot(7, "11:00", 30), "cancelled"),
        _booking(4, "9DKV4M", "debt", _slot(7, "12:00", 30), "booked"),
        _booking(5, "P4XA7G", "aclinic", _slot(8, "10:45", 45), "booked"),
    ]
    debt = [_slot(7, t, 30) for t in ("11:00", "11:30", "12:30", "13:00", "13:30")]
    aclinic = [_slot(8, t, 45) for t in ("10:00", "11:30", "12:15", "13:00")]
    here = [(7, "10:00", "checked_in"), (7, "10:30", "booked"), (7, "12:00", "booked")]
    away = [(9, "09:00", "booked"), (9, "09:30", "no_show"), (9, "11:00", "booked")]
    times = [{"centre": "Kokoomo", "start": _slot(d, t, 30)["start"], "state": st} for d, t, st in here]
    times += [
        {"centre": "Ohjaamo Oulainen", "start": _slot(d, t, 30)["start"], "state": st} for d, t, st in away
    ]
    weeks = {"debt": {"specialist": "Debt adviser", "times": times}}
    return days, bookings, {"debt": debt, "aclinic": aclinic}, set(), weeks
