"""Fixtures for the visitor kiosk: a kiosk window wired to a real hub, and helpers to tap it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.client.hub_client import HubClient
from screens.screenshots import sample_clock
from screens.visitor.flow import VisitFlow
from screens.visitor.window import VisitorWindow

SMALL = (1280, 800)


@dataclass
class Kiosk:
    client: HubClient
    flow: VisitFlow
    window: VisitorWindow
    qtbot: object

    def tap(self, widget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def wait_screen(self, name: str, timeout: int = 10_000) -> None:
        def shown() -> None:
            assert self.flow.screen == name
            assert self.window.current is self.window.screens[name]

        self.qtbot.waitUntil(shown, timeout=timeout)

    def answer(self, answer_id: str):
        """The answer button on the current question with this answer id."""
        for button in self.window.question.answer_buttons:
            if button.property("answer_id") == answer_id:
                return button
        raise AssertionError(f"no answer {answer_id!r} on question {self.flow.question.id!r}")

    def tap_answer(self, answer_id: str) -> None:
        self.tap(self.answer(answer_id))

    def switch_language(self, lang: str) -> None:
        """Tap the bar's language: its button, or (more than six languages, or a small screen) its list."""
        bar = self.window.topbar
        if bar.languages.isVisible():
            self.tap(bar.languages.buttons[lang])
            return
        self.tap(bar.language_menu)
        self.qtbot.waitUntil(lambda: bar.menu is not None and bar.menu.isVisible())
        action = next(a for a in bar.menu.actions() if a.data() == lang)
        where = bar.menu.actionGeometry(action).center()
        self.qtbot.mouseClick(bar.menu, Qt.MouseButton.LeftButton, pos=where)

    def start(self, lang: str | None = None) -> None:
        if lang:
            self.tap(self.window.welcome.languages.buttons[lang])
        self.tap(self.window.welcome.start)
        self.wait_screen("question")


def tickets(db_path) -> list[dict]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute("SELECT * FROM tickets ORDER BY created_at")]


@pytest.fixture
def hub_tickets(hub):
    """Read the hub's tickets straight from its database: what the visitor sees must be there."""
    return lambda: tickets(hub.db_path)


@pytest.fixture
def make_kiosk(qtbot, hub):
    """Build a kiosk on the `hub` fixture (or `server=` another hub); keyword arguments go to VisitFlow
    (timeouts, tap guard). The kiosk's clock is its hub's, so both agree whether the centre is open."""
    made = []

    def make(
        *, tick_ms: int = 1000, size=SMALL, online_poll_ms: int = 15_000, server=None, **flow_options
    ) -> Kiosk:
        server = server or hub
        flow_options.setdefault("tap_guard_ms", 0)
        flow_options.setdefault("clock", server.clock)
        client = HubClient(
            server.url,
            server.token,
            retry_delays_ms=(50, 100),
            offline_poll_ms=200,
            online_poll_ms=online_poll_ms,
            timeout_ms=2000,
        )
        flow = VisitFlow(client, **flow_options)
        window = VisitorWindow(flow, countdown_tick_ms=tick_ms)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        kiosk = Kiosk(client, flow, window, qtbot)
        made.append(kiosk)
        client.fetch_routing()
        kiosk.wait_screen("welcome")
        return kiosk

    yield make
    for kiosk in made:
        kiosk.client.stop()


@pytest.fixture
def kiosk(make_kiosk) -> Kiosk:
    return make_kiosk()


@pytest.fixture
def sample_window(qtbot, routing):
    """A kiosk window without a hub, driven on sample data like `kiosk screenshots`."""

    def make(size=(1280, 800), lang="fi"):
        flow = VisitFlow(None, tap_guard_ms=0, clock=sample_clock())
        window = VisitorWindow(flow)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        flow.set_routing(routing)
        flow.choose_language(lang)
        return flow, window

    return make


def activate(qtbot, window) -> None:
    """Make `window` the active one (keys go to it), asking again while it is not: a request can be
    lost to another window shown meanwhile (a full CI run once waited 5 s for one asked only once)."""

    def active() -> bool:
        if QApplication.activeWindow() is window:
            return True
        window.activateWindow()
        return False

    qtbot.waitUntil(active)
