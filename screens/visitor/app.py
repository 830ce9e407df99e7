"""The visitor kiosk as an application: `main(hub_url, token)` opens it full screen."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.client.http import error_message
from kiosk.client.hub_client import HubClient
from kiosk.core.languages import in_lang
from screens.common.collector import GuiThreadCollector
from screens.common.i18n import Translations
from screens.common.stopping import quit_on_signals
from screens.visitor.admin_gesture import install as install_admin_gesture
from screens.visitor.flow import VisitFlow
from screens.visitor.window import FIRST_FRAME_MS, VisitorWindow

if TYPE_CHECKING:  # printing (QtPrintSupport, the slip's layout) is imported only for a kiosk that prints
    from screens.printing.printer import Target

WINDOWED_SIZE = (1280, 800)
log = logging.getLogger(__name__)


def build(
    hub_url: str,
    token: str,
    *,
    lang: str | None = None,
    public_url: str | None = None,
    printer: Target | None = None,
    size: tuple[int, int] | None = None,
    **timeouts,
):
    """The client, flow and window (styled for `size`, the size it will be shown at), wired and
    fetching the routing; nothing shown yet.

    With a `printer`, every slip the flow hands over is printed (`flow.findChild(SlipPrinter)`);
    without one the kiosk never prints.
    """
    client = HubClient(hub_url, token)
    flow = VisitFlow(client, default_lang=lang, public_url=public_url, **timeouts)
    # Asked first, so the hub answers while the window is built (the answer is read once Qt's loop runs).
    client.fetch_routing()
    client.check_health()  # whether the hub knows this kiosk's token: a wrong one shows at once
    window = VisitorWindow(flow, size=size)
    install_admin_gesture(window, hub_url, token)  # a 3 s press in the top-left corner opens the admin
    if printer is not None:
        wire_printer(client, flow, printer)
    return client, flow, window


def wire_printer(client: HubClient, flow: VisitFlow, target: Target, *, width_mm: float | None = None):
    """Print each slip the flow hands over; a failure is logged and sent to staff as a `printer` notice.

    The visitor is never told of it here: `SlipPrinter.failed` is there for a calm line on the screen.
    """
    from screens.printing.layout import PRINTABLE_MM
    from screens.printing.printer import SlipPrinter, slip_words

    width_mm = PRINTABLE_MM if width_mm is None else width_mm
    slips = SlipPrinter(target, slip_words(Translations()), flow, width_mm=width_mm)

    def print_slip(slip: dict) -> None:
        lang = str(slip.get("lang") or flow.lang)
        centre = in_lang(flow.routing.centre.name, lang) if flow.routing is not None else ""
        slips.print_slip(slip, centre)

    slip_ready = getattr(flow, "slipReady", None)
    if slip_ready is not None:
        slip_ready.connect(print_slip)
    else:
        log.warning("this kiosk's visitor flow hands over no slips: nothing will be printed")

    def told(status: int, body: dict | None, error: str) -> None:
        if status != 201:
            log.warning("staff not told of a printer problem: %s", error_message(status, body, error))

    slips.failed.connect(lambda message: client.send_notice("printer", message, told))
    return slips


def main(
    hub_url: str,
    token: str,
    windowed: bool = False,
    lang: str | None = None,
    public_url: str | None = None,
    printer: Target | None = None,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kokoomo Kiosk")
    quit_on_signals(app)
    GuiThreadCollector(app)
    screen = app.primaryScreen().geometry()
    size = WINDOWED_SIZE if windowed else (screen.width(), screen.height())
    client, flow, window = build(hub_url, token, lang=lang, public_url=public_url, printer=printer, size=size)
    window.setWindowTitle("Kokoomo Kiosk")
    if windowed:
        window.show()
    else:
        # A kiosk often runs X with no window manager, which ignores the full-screen request:
        # cover the screen ourselves first, so the window fills it either way.
        window.setGeometry(screen)
        window.showFullScreen()
    # Opening speech-dispatcher blocks for 2-3 s: after the first frame, not before it.
    QTimer.singleShot(FIRST_FRAME_MS, window.access.speaker.open)
    try:
        return app.exec()
    finally:
        client.stop()
        if printer is not None:
            from screens.printing.printer import SlipPrinter

            slips = flow.findChild(SlipPrinter)
            if slips is not None:
                slips.stop()
