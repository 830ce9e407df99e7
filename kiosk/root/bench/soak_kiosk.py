"""The kiosk process of the soak (soak.py): the real visitor window (screens/visitor/app.py's `build`),
offscreen, walked through visit after visit by mouse clicks as a visitor taps: start, the answers of one
of the bench's routes in turn, then Done on the ticket. Prints `visit NUMBER` for each ticket shown, and
`screen NAME` when it lands anywhere else (it then waits for the window to come back to the welcome).

Run by soak.py: python -m kiosk.root.bench.soak_kiosk URL TOKEN [--step-ms 300]
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.root.bench.loopback_hub import ROUTES
from screens.common.collector import GuiThreadCollector
from screens.visitor.app import build


class Visitor:
    """One tap every `step_ms`, whatever screen the kiosk shows."""

    def __init__(self, flow, window, step_ms: int):
        self.flow, self.window = flow, window
        self.visits = 0
        self.answers = ROUTES[0][0]
        self.elsewhere = ""
        self.timer = QTimer(interval=step_ms)
        self.timer.timeout.connect(self.step)

    def tap(self, widget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def step(self) -> None:
        screen = self.flow.screen
        if screen == "welcome" and self.flow.routing is not None:
            self.answers = ROUTES[self.visits % len(ROUTES)][0]
            self.tap(self.window.welcome.start)
        elif screen == "question":
            wanted = self.answers.get(self.flow.question.id)
            for button in self.window.question.answer_buttons:
                if button.property("answer_id") == wanted:
                    self.tap(button)
                    break
        elif screen == "ticket":
            self.visits += 1
            print(f"visit {self.window.ticket.number.text()}", flush=True)
            self.tap(self.window.ticket.done)
        elif screen != self.elsewhere:  # offline, closed...: the kiosk's own timers bring it back
            print(f"screen {screen}", flush=True)
        self.elsewhere = screen if screen not in ("welcome", "question", "ticket") else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("token")
    parser.add_argument("--step-ms", type=int, default=300)
    args = parser.parse_args()
    faulthandler.enable()  # a crash's Python stack on stderr, which soak.py reports
    os.environ.setdefault("KIOSK_TTS_ENGINE", "off")
    os.environ.setdefault("KIOSK_SOUND", "off")
    app = QApplication(sys.argv[:1])
    GuiThreadCollector(app)
    client, flow, window = build(args.url, args.token)
    window.resize(1280, 800)
    window.show()
    visitor = Visitor(flow, window, args.step_ms)
    visitor.timer.start()
    try:
        return app.exec()
    finally:
        client.stop()


if __name__ == "__main__":
    raise SystemExit(main())
