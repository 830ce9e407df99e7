"""A fresh process that starts a window and says when its first screen is painted, then ends.

    python -m kiosk.root.bench.start_probe kiosk HUB_URL TOKEN   # `kiosk run --hub ... --windowed`
    python -m kiosk.root.bench.start_probe bare                  # a bare PySide6 window with one label
    python -m kiosk.root.bench.start_probe qt                    # the same, with the Qt the kiosk needs
    python -m kiosk.root.bench.start_probe welcome HUB_URL TOKEN # the welcome screen alone (see welcome())

It prints one line, `painted`, as soon as the welcome screen (with the centre's name, so the routing
came from the hub) or the bare label has been painted, and exits at once: the parent times the whole
process from its start (interpreter, imports, window, first paint) to that line. Both are started
the same way and watched the same way (an event filter that looks at paint events only).

The kiosk's modules are imported in the order `kiosk run` imports them (the command line, then the
visitor application, which brings Qt), before the watcher's QApplication is made: PySide6 taxes every
module imported after it, so importing Qt first here would charge the kiosk for what it does not do.
"""

from __future__ import annotations

import os
import sys

BARE_SIZE = (1280, 800)


def _done() -> None:
    sys.stdout.write("painted\n")
    sys.stdout.flush()
    os._exit(0)  # the figure is the start; tearing the window down is not part of it


def _watch(widget, painted_now) -> object:
    """Report once `widget` has been painted and `painted_now()` holds. A filter on that one widget:
    one on the whole application would be handed Qt's internal objects too, which costs PySide6 some
    35 ms the first time (the kiosk's own filters watch its widgets only, for that reason)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    paint = QEvent.Type.Paint

    class FirstPaint(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == paint and painted_now():
                # The paint is under way now: report once it (and the rest of this frame) is done.
                QTimer.singleShot(0, _done)
            return False

    watcher = FirstPaint()
    widget.installEventFilter(watcher)
    return watcher


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    window = QLabel("Tervetuloa")
    _keep = _watch(window, lambda: True)
    window.resize(*BARE_SIZE)
    window.show()
    return app.exec()


def qt() -> int:
    """The bare window in a process that also loads the Qt no kiosk screen can start without: QtNetwork
    (the hub), QtSvg (the icons) and the `Qt` namespace, whose first use has PySide6 build its
    ninety-odd Python enums (every widget module uses `Qt.AlignmentFlag` or the like)."""
    from PySide6 import QtNetwork, QtSvg  # noqa: F401
    from PySide6.QtCore import Qt

    assert Qt.AlignmentFlag.AlignCenter
    return bare()


def welcome(hub_url: str, token: str) -> int:
    """The kiosk's own welcome screen, styled, in a window of its own, filled from the hub's routing read
    as plain JSON: none of the flow, the other screens, the top bar, the speech or the routing's model.

    What any start that drew the welcome screen first and loaded the rest after it could not go below:
    a measure of how far a split start could take the kiosk, not a way the kiosk starts.
    """
    import json

    from PySide6.QtCore import QUrl
    from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from screens.common.i18n import Translations
    from screens.common.theme import scale_for, stylesheet
    from screens.visitor.welcome import WelcomeScreen

    app = QApplication(sys.argv)
    network = QNetworkAccessManager()
    request = QNetworkRequest(QUrl(f"{hub_url}/api/routing"))
    request.setRawHeader(b"Authorization", f"Bearer {token}".encode())
    reply = network.get(request)  # asked first, as the kiosk does
    window = QWidget()
    window.resize(*BARE_SIZE)
    window.setStyleSheet(stylesheet(scale_for(*BARE_SIZE)))
    screen = WelcomeScreen()
    QVBoxLayout(window).addWidget(screen)
    translations = Translations()

    def fill() -> None:
        routing = json.loads(bytes(reply.readAll().data()))["routing"]
        lang = routing["languages"][0]
        translations.switch(lang)
        screen.show_centre(routing["centre"]["name"], routing["languages"], lang)

    reply.finished.connect(fill)
    _keep = _watch(screen.title, lambda: bool(screen.title.text()))
    window.show()
    return app.exec()


def kiosk(hub_url: str, token: str) -> int:
    from importlib import import_module

    import_module("kiosk.root.cli.gui")  # `kiosk run`: the command line and its one command,
    import_module("screens.visitor.app")  # then the visitor application, which brings Qt
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.root.cli import main

    app = QApplication(sys.argv)  # `screens.visitor.app.main` takes this one
    kept = []

    def watch_welcome() -> None:
        """On the event loop's first turn (the window is built and shown; the hub's routing, which the
        welcome screen needs, cannot have been read yet): watch the welcome screen's title."""
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "VisitorWindow")
        welcome = window.welcome
        kept.append(_watch(welcome.title, lambda: window.current is welcome and bool(welcome.title.text())))
        welcome.title.update()  # should it have been painted already, it is painted once more

    QTimer.singleShot(0, watch_welcome)
    return main(["run", "--hub", hub_url, "--token", token, "--windowed"])


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.argv[1:2] == ["bare"]:
        raise SystemExit(bare())
    if sys.argv[1:2] == ["qt"]:
        raise SystemExit(qt())
    if sys.argv[1:2] == ["kiosk"] and len(sys.argv) == 4:
        raise SystemExit(kiosk(sys.argv[2], sys.argv[3]))
    if sys.argv[1:2] == ["welcome"] and len(sys.argv) == 4:
        raise SystemExit(welcome(sys.argv[2], sys.argv[3]))
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    raise SystemExit(2)
