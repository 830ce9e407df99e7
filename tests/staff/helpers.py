"""Helpers for the staff console tests: a console's parts, visits and the hub's own view of the queue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import httpx
from PySide6.QtCore import Qt

from kiosk.client.live import LiveQueue
from screens.staff.desk import Desk
from screens.staff.settings import StaffSettings
from screens.staff.window import StaffWindow

JOB = {"need": "work", "age": "under30", "work_young": "job"}  # coordinator
TALK = {"need": "talk"}  # greeter
JOURNEY = {"need": "work", "age": "over30", "work_adult": "wage_support"}  # wassup, then coordinator


@dataclass
class Console:
    live: LiveQueue
    desk: Desk
    window: StaffWindow
    settings: StaffSettings
    qtbot: object

    def click(self, widget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def wait_idle(self, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: not self.desk.busy, timeout=timeout)

    def card(self, number: str):
        return next((c for c in self.window.called.cards if c.ticket["number"] == number), None)

    def rows(self) -> list[str]:
        model = self.window.readable
        return [model.index(row, 0).data() for row in range(model.rowCount())]

    @property
    def status(self) -> str:
        return self.window.status_label.text()


def visit(hub, answers=JOB, lang="fi") -> dict:
    body = {"lang": lang, "answers": answers, "key": str(uuid.uuid4())}
    headers = {"Authorization": f"Bearer {hub.token}"}
    response = httpx.post(f"{hub.url}/api/visits", json=body, headers=headers, timeout=10)
    assert response.status_code in (200, 201), response.text
    return response.json()


def hub_queue(hub) -> dict:
    return httpx.get(f"{hub.url}/api/queue", headers=hub.auth("staff"), timeout=10).json()


def hub_ticket(hub, code: str) -> dict | None:
    return next((t for t in hub_queue(hub)["tickets"] if t["code"] == code), None)


def staff_headers(hub) -> dict:
    return {"Authorization": f"Bearer {hub.tokens['staff']}"}


def free_slots(hub, service: str, day: str | None = None) -> list[dict]:
    params = {"from": day, "to": day} if day else {}
    response = httpx.get(
        f"{hub.url}/api/services/{service}/slots", params=params, headers=staff_headers(hub), timeout=10
    )
    assert response.status_code == 200, response.text
    return response.json()["slots"]


def book(hub, service: str, start: str, lang: str = "fi") -> dict:
    """A booking made as the kiosk makes it (kiosk token)."""
    body = {"service": service, "start": start, "lang": lang, "key": str(uuid.uuid4())}
    headers = {"Authorization": f"Bearer {hub.token}"}
    response = httpx.post(f"{hub.url}/api/bookings", json=body, headers=headers, timeout=10)
    assert response.status_code == 201, response.text
    return response.json()


def check_in(hub, code: str) -> dict:
    headers = {"Authorization": f"Bearer {hub.token}"}
    response = httpx.post(f"{hub.url}/api/bookings/{code}/check-in", headers=headers, timeout=10)
    assert response.status_code == 201, response.text
    return response.json()


def hub_booking(hub, code: str, day: str | None = None) -> dict | None:
    params = {"from": day, "to": day} if day else {}
    response = httpx.get(f"{hub.url}/api/bookings", params=params, headers=staff_headers(hub), timeout=10)
    assert response.status_code == 200, response.text
    return next((b for b in response.json()["bookings"] if b["code"] == code), None)


def hub_dates_off(hub) -> list[dict]:
    response = httpx.get(f"{hub.url}/api/dates-off", headers=staff_headers(hub), timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["dates_off"]
