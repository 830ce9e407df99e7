"""The visitor kiosk as an application: `main(hub_url, token)` opens it full screen."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.client import HubClient
from screens.common.collector import GuiThreadCollector
from screens.common.stopping import quit_on_signals
from screens.visitor.flow import VisitFlow
from screens.visitor.window import VisitorWindow

WINDOWED_SIZE = (1280, 800)
FIRST_FRAME_MS = 300


def build(hub_url: str, token: str, *, lang: str | None = None, public_url: str | None = None, **timeouts):
    """The client, flow and window, wired and fetching the routing; nothing shown yet."""
    client = HubClient(hub_url, token)
    flow = VisitFlow(client, default_lang=lang, public_url=public_url, **timeouts)
    window = VisitorWindow(flow)
    client.fetch_routing()
    return client, flow, window


def main(
    hub_url: str, token: str, windowed: bool = False, lang: str | None = None, public_url: str | None = None
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kokoomo Kiosk")
    quit_on_signals(app)
    GuiThreadCollector(app)
    client, _flow, window = build(hub_url, token, lang=lang, public_url=public_url)
    window.setWindowTitle("Kokoomo Kiosk")
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        # A kiosk often runs X with no window manager, which ignores the full-screen request:
        # cover the screen ourselves first, so the window fills it either way.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    # Opening speech-dispatcher blocks for 2-3 s: after the first frame, not before it.
    QTimer.singleShot(FIRST_FRAME_MS, window.access.speaker.open)
    try:
        return app.exec()
    finally:
        client.stop()
