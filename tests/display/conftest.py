"""Fixtures for the waiting-room display: a display built against a real hub, on a clock the test can move."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
import pytest
from PySide6.QtWidgets import QLabel

from kiosk.core.clock import HELSINKI
from screens.display.app import build
from screens.display.display import Display
from screens.display.window import DisplayWindow

WEDNESDAY_MORNING = datetime(2026, 1, 7, 10, 0, tzinfo=HELSINKI)
"""Inside Kokoomo's opening hours, whatever day the tests run on."""
FAST = {"chime_ms": 30, "gap_ms": 30}

TALK = {"need": "talk"}  # greeter: N, "Infopiste" / "Info desk"
JOB = {"need": "work", "age": "under30", "work_young": "job"}  # coordinator: A, "Huone 2" / "Room 2"


class Clock:
    """Runs on with real time from `start`; `shift` moves it (the display's or the hub's view of now)."""

    def __init__(self, start: datetime = WEDNESDAY_MORNING):
        self.start = start
        self.offset = timedelta()
        self._origin = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + self.offset + timedelta(seconds=time.monotonic() - self._origin)


@dataclass
class Screen:
    window: DisplayWindow
    display: Display
    clock: Clock

    @property
    def said(self) -> list[tuple[str, str]]:
        return self.display.announcer.speaker.said

    @property
    def chimes(self) -> int:
        return self.display.announcer.chime.played

    def texts(self) -> list[str]:
        """Every label's text in the window, shown or not."""
        return [label.text() for label in self.window.findChildren(QLabel)] + [self.window.number.text()]


@pytest.fixture
def hub_clock() -> Clock:
    return Clock()


@pytest.fixture
def clocked_hub(make_hub, hub_clock):
    return make_hub(clock=hub_clock)


@pytest.fixture
def open_display(qtbot) -> Callable[..., Screen]:
    made: list[Display] = []

    def open_(hub, clock: Clock, *, online: bool = True, token: str | None = None, **live) -> Screen:
        """A display on `hub` (a HubServer), paired with its display token unless `token` is given."""
        options = {"min_backoff_ms": 50, "max_backoff_ms": 400, **live}
        token = hub.tokens["display"] if token is None else token
        window, _live, display = build(
            hub.url, token, clock=clock, start=True, announcer_timing=FAST, **options
        )
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        made.append(display)
        if online:
            qtbot.waitUntil(lambda: display.live.online and display.centre is not None, timeout=5000)
        return Screen(window, display, clock)

    yield open_
    for display in made:
        display.stop()


def visit(hub, answers=TALK) -> dict:
    body = {"lang": "fi", "answers": answers, "key": str(uuid.uuid4())}
    reply = httpx.post(f"{hub.url}/api/visits", json=body, headers={"Authorization": f"Bearer {hub.token}"})
    assert reply.status_code == 201, reply.text
    return reply.json()["ticket"]


def staff(hub, path: str) -> dict:
    headers = {"Authorization": f"Bearer {hub.tokens['staff']}"}
    reply = httpx.post(f"{hub.url}{path}", headers=headers, timeout=10)
    assert reply.status_code == 200, reply.text
    return reply.json()
