"""The waiting-room display as an application: `main(hub_url)` opens it full screen on the TV."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.client.live import LiveQueue
from kiosk.core import clock as centre_clock
from screens.common.collector import GuiThreadCollector
from screens.common.i18n import Translations
from screens.common.sound import Chime
from screens.common.speech import Speaker
from screens.common.stopping import quit_on_signals
from screens.display.announcer import Announcer
from screens.display.display import Display
from screens.display.window import DisplayWindow

WINDOWED_SIZE = (1280, 720)
FIRST_FRAME_MS = 300


def build(
    hub_url: str,
    token: str,
    *,
    clock: Callable[[], datetime] = centre_clock.now,
    langs: tuple[str, str] | None = None,
    start: bool = False,
    announcer_timing: dict | None = None,
    **live_options,
) -> tuple[DisplayWindow, LiveQueue, Display]:
    """The window, its LiveQueue (with the display's token) and the Display that ties them; not shown.

    With `start`, the queue is loaded and followed and the routing fetched at once.
    """
    window = DisplayWindow(Translations())
    live = LiveQueue(hub_url, token, window, **live_options)
    announcer = Announcer(Chime(parent=window), Speaker(parent=window), window, **(announcer_timing or {}))
    display = Display(live, window, announcer, clock=clock, langs=langs)
    if start:
        display.start()
    return window, live, display


def main(hub_url: str, token: str, windowed: bool = False, langs: tuple[str, str] | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kokoomo Kiosk display")
    quit_on_signals(app)
    GuiThreadCollector(app)
    window, _live, display = build(hub_url, token, langs=langs, start=True)
    window.setWindowTitle("Kokoomo")
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        # Without a window manager the full-screen request is ignored: cover the screen ourselves too.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    # Opening speech-dispatcher blocks for 2-3 s: after the first frame, not before it.
    QTimer.singleShot(FIRST_FRAME_MS, display.announcer.check)
    try:
        return app.exec()
    finally:
        display.stop()
