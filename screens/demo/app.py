"""Every screen at once: the kiosk, the waiting-room display and two staff consoles on one hub.

The windows are the real ones, each with its own client, as on four machines; only the settings
of the two consoles live in the demo's folder, so the demo never changes a real console's choices.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from screens.common.collector import GuiThreadCollector
from screens.common.stopping import quit_on_signals

CONSOLES = (("coordinator", "greeter"), ("workshop", "wassup", "coach"))
"""The services each demo console serves: two desks, so a call on one shows on the other."""
FIRST_FRAME_MS = 300


@dataclass
class DemoWindows:
    kiosk: QWidget
    display: QWidget
    consoles: list[QWidget]
    closers: list
    parts: dict
    """What drives each window (the kiosk's flow, the display's Display, each console's Desk)."""

    def all(self) -> list[QWidget]:
        return [self.kiosk, self.display, *self.consoles]

    def stop(self) -> None:
        for close in self.closers:
            close()


def build(
    hub_url: str, kiosk_token: str, display_token: str, staff_tokens: list[str], folder: Path
) -> DemoWindows:
    """The four windows on `hub_url`, following it; nothing shown yet."""
    from screens.display.app import build as build_display
    from screens.staff.app import build as build_staff
    from screens.staff.settings import StaffSettings
    from screens.visitor.app import build as build_kiosk

    client, flow, kiosk = build_kiosk(hub_url, kiosk_token)
    display_window, _live, display = build_display(hub_url, display_token, start=True)
    consoles, closers, desks = [], [client.stop, display.stop], []
    for i, (services, token) in enumerate(zip(CONSOLES, staff_tokens, strict=True)):
        settings = StaffSettings(QSettings(str(folder / f"console-{i + 1}.ini"), QSettings.Format.IniFormat))
        settings.services = list(services)
        live, desk, window = build_staff(hub_url, token, settings=settings, ask_services=False)
        consoles.append(window)
        closers.append(live.stop)
        desks.append(desk)
    parts = {"flow": flow, "display": display, "desks": desks}
    return DemoWindows(kiosk, display_window, consoles, closers, parts)


CASCADE = 40
"""How far right each console sits from the one before it: a strip of the one behind (its title bar
too) stays in reach."""


def tile(windows: DemoWindows, area: QRect) -> None:
    """The kiosk on the left half, full height (it is the visitor's whole screen); the display top
    right; the consoles bottom right, cascaded sideways, each at the console's own comfortable size
    for half a screen (920x510 on 1920x1080): every window whole on one monitor, title bars included."""
    title = 32  # a window manager's title bar above each window's client area
    console_h = 510  # the staff console is made to work from 860x500 up
    half_w = area.width() // 2
    display_h = max(0, area.height() - 2 * title - console_h)
    windows.kiosk.setGeometry(area.x(), area.y() + title, half_w, area.height() - title)
    windows.display.setGeometry(area.x() + half_w, area.y() + title, area.width() - half_w, display_h)
    last = len(windows.consoles) - 1
    top = area.y() + title + display_h + title
    for i, console in enumerate(windows.consoles):
        console.setGeometry(
            area.x() + half_w + i * CASCADE, top, area.width() - half_w - last * CASCADE, console_h
        )


def main(hub_url: str, kiosk_token: str, display_token: str, staff_tokens: list[str], folder: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kokoomo Kiosk demo")
    quit_on_signals(app)
    GuiThreadCollector(app)
    windows = build(hub_url, kiosk_token, display_token, staff_tokens, folder)
    windows.kiosk.setWindowTitle("Kokoomo Kiosk – kiosk")
    windows.display.setWindowTitle("Kokoomo Kiosk – waiting-room display")
    for i, console in enumerate(windows.consoles, start=1):
        console.setWindowTitle(f"Kokoomo Kiosk – staff console {i}")
    tile(windows, app.primaryScreen().availableGeometry())
    for window in windows.all():
        window.show()
    # Closing any window ends the demo: four windows half-closed would only confuse.
    app.setQuitOnLastWindowClosed(True)
    QTimer.singleShot(FIRST_FRAME_MS, windows.kiosk.access.speaker.open)
    try:
        return app.exec()
    finally:
        windows.stop()
