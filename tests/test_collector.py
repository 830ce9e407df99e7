"""Cycles holding Qt objects are collected in the GUI thread, never in another Python thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer

from screens.common.collector import GuiThreadCollector


def unreachable_qt_cycle() -> weakref.ref:
    """A Python-owned QObject with a timer, kept alive only by a reference cycle."""
    holder = QObject()
    holder.timer = QTimer(holder, interval=10)
    holder.timer.timeout.connect(lambda: None)
    holder.timer.start()
    holder.itself = holder
    return weakref.ref(holder)


def test_the_collector_runs_in_the_gui_thread_only(qtbot, monkeypatch):
    gc.enable()  # as in a fresh process
    parent = QObject()
    collector = GuiThreadCollector(parent, interval_ms=20)
    assert not gc.isenabled()
    monkeypatch.setattr(gc, "get_threshold", lambda: (10, 10, 10))
    alive = unreachable_qt_cycle()

    def allocate():
        for _ in range(10_000):
            _ = [[]]  # container allocations: what makes automatic collection run

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert alive() is not None, "nothing collected the cycle in the worker thread"
    collector.check()
    qtbot.waitUntil(lambda: alive() is None)
