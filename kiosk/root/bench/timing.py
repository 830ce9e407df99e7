"""Medians and 95th percentiles of timings, and a wait that keeps a Qt event loop turning."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def p95(values: list[float]) -> float:
    """The 95th percentile of `values` (in their own unit); 0 when there are none."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def p95_ms(seconds: list[float]) -> float:
    return p95(seconds) * 1000


def wait_until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "the hub") -> None:
    """Turn the Qt event loop until `condition()` holds; RuntimeError naming `what` after `timeout` s."""
    from PySide6.QtCore import QCoreApplication  # only here: the percentiles need no Qt

    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f} s waiting for {what}")
        app.processEvents()
        time.sleep(0.0005)
