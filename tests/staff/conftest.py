"""Fixtures for the staff console: consoles wired to a real hub, each with its own settings file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from screens.staff.app import build
from screens.staff.settings import StaffSettings

from .helpers import Console


@pytest.fixture
def settings_for(tmp_path):
    """A StaffSettings over its own INI file; the same name gives the same file (a console restarted)."""

    def make(name: str = "staff") -> StaffSettings:
        return StaffSettings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))

    return make


@pytest.fixture
def make_console(qtbot, hub, settings_for):
    made: list[Console] = []

    def make(
        services=("coordinator",),
        *,
        token: str | None = None,
        name: str | None = None,
        lang: str = "en",
        ask_services: bool = False,
        wait_online: bool = True,
        **live_options,
    ) -> Console:
        settings = settings_for(name or f"console-{len(made)}")
        if services is not None:
            settings.services = list(services)
        settings.lang = lang
        live, desk, window = build(
            hub.url,
            hub.tokens["staff"] if token is None else token,
            settings=settings,
            ask_services=ask_services,
            now=hub.clock,  # minutes waited are counted on the hub's clock (a test hub may run on a set day)
            min_backoff_ms=50,
            max_backoff_ms=300,
            timeout_ms=3000,
            **live_options,
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        console = Console(live, desk, window, settings, qtbot)
        made.append(console)
        if wait_online:
            qtbot.waitUntil(lambda: desk.online, timeout=5000)
        return console

    yield make
    for console in made:
        console.live.stop()


@pytest.fixture
def console(make_console) -> Console:
    return make_console()
