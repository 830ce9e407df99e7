"""Watching every widget of one window for input, instead of every object of the application.

An application-wide event filter is handed each event of each object, Qt's internal ones included:
wrapping one of a class it does not know (the network's, on the first request) makes PySide6 resolve
every lazily loaded class of every Qt module, some 35 ms. A filter on the window's own widgets sees
the same touches and keys, from a touch screen or from QtTest alike.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

_POLISHED = QEvent.Type.ChildPolished


def watch(widget: QWidget, watcher: QObject) -> None:
    """`watcher.eventFilter` sees the events of `widget` and of every widget under it."""
    widget.installEventFilter(watcher)
    for child in widget.findChildren(QWidget):
        child.installEventFilter(watcher)


def follow(kind: QEvent.Type, event: QEvent, watcher: QObject) -> None:
    """For `watcher.eventFilter`, with each event's type: a widget styled for the first time under a
    watched one (as every widget is before it is shown) is watched from then on, with those under it."""
    if kind is _POLISHED:
        child = event.child()
        if isinstance(child, QWidget):
            watch(child, watcher)
