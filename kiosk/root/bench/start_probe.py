"""A fresh process that starts a window and says when its first screen is painted, then ends.

    python -m kiosk.root.bench.start_probe kiosk HUB_URL TOKEN   # `kiosk run --hub ... --windowed`
    python -m kiosk.root.bench.start_probe bare                  # a bare PySide6 window with one label

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
    if sys.argv[1:2] == ["kiosk"] and len(sys.argv) == 4:
        raise SystemExit(kiosk(sys.argv[2], sys.argv[3]))
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    raise SystemExit(2)
