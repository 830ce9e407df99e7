"""The staff console as an application: `main(hub_url, token)` opens it in a normal window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QApplication, QDialog

from kiosk.client.live import LiveQueue
from kiosk.client.staff_bookings import BookingsClient
from kiosk.client.staff_client import StaffClient
from screens.common.collector import GuiThreadCollector
from screens.common.i18n import Translations
from screens.common.stopping import quit_on_signals
from screens.staff.appointments import Appointments
from screens.staff.desk import Desk
from screens.staff.dialogs import PairingDialog
from screens.staff.settings import APPLICATION, ORGANISATION, StaffSettings
from screens.staff.style import stylesheet
from screens.staff.window import StaffWindow

WINDOW_SIZE = (1280, 800)


def build(
    hub_url: str,
    token: str | None = None,
    *,
    settings: StaffSettings | None = None,
    translations: Translations | None = None,
    now: Callable[[], datetime] | None = None,
    ask_services: bool = True,
    **live_options,
) -> tuple[LiveQueue, Desk, StaffWindow]:
    """The live queue, desk and window, wired and following the hub; nothing shown yet.

    The token is the one given, else the one remembered for this hub; a given one is remembered.
    `live_options` go to LiveQueue (backoff and timeouts, for tests).
    """
    settings = settings or StaffSettings()
    if token:
        settings.remember_token(hub_url, token)
    token = token or settings.token_for(hub_url)
    live = LiveQueue(hub_url, token, **live_options)
    timeout = live_options.get("timeout_ms", 5000)
    desk = Desk(live, token, settings.services, staff=StaffClient(live.url, token, live, timeout_ms=timeout))
    appointments = Appointments(desk, BookingsClient(live.url, token, live, timeout_ms=timeout), now=now)
    window = StaffWindow(
        desk,
        settings,
        translations,
        hub_url=live.url,
        now=now,
        ask_services=ask_services,
        appointments=appointments,
    )
    live.setParent(window)
    desk.setParent(window)
    appointments.setParent(window)
    live.start()
    return live, desk, window


def main(hub_url: str, token: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    quit_on_signals(app)
    GuiThreadCollector(app)
    settings = StaffSettings()
    translations = Translations(app)
    translations.switch(settings.lang)
    if not token and not settings.token_for(hub_url):
        # First start on this PC: ask for the token before anything else (typing is fine at a desk).
        dialog = PairingDialog(hub_url)
        dialog.setStyleSheet(stylesheet())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            token = dialog.token
    live, _desk, window = build(hub_url, token, settings=settings, translations=translations)
    available = app.primaryScreen().availableGeometry()
    window.resize(min(WINDOW_SIZE[0], available.width()), min(WINDOW_SIZE[1], available.height()))
    window.show()
    try:
        return app.exec()
    finally:
        live.stop()
