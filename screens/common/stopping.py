"""Ctrl+C and SIGTERM close a Qt screen cleanly, so the embedded hub it started is stopped too."""

from __future__ import annotations

import signal

from PySide6.QtCore import QCoreApplication, QTimer

# Python runs signal handlers only between bytecodes; Qt's event loop is C++, so a short
# timer hands control back to the interpreter often enough for Ctrl+C to feel immediate.
_WAKE_MS = 250


def quit_on_signals(app: QCoreApplication) -> None:
    def stop(_signum, _frame) -> None:
        # Queued, not called: a signal that comes before app.exec() would otherwise be lost.
        QTimer.singleShot(0, app.quit)

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(_WAKE_MS)
