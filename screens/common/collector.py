"""Python's cycle collector, run only in the GUI thread.

Qt objects must be destroyed in the thread that owns them. Python's collector runs in whichever
thread happens to allocate when a threshold is crossed: with any other Python thread in the
process (the embedded hub's watchdog, a test's in-process hub), an unreachable Qt object may be
destroyed there, leave a dangling timer behind, and crash the GUI thread later
(`QTimerInfoList::activateTimers` -> `notifyInternal2`, seen in the visitor tests). So automatic
collection is switched off, and a timer in the GUI thread collects when the thresholds say so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count has passed its threshold, as gc itself would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return
