"""What a reader at a screen relies on: a label's words fit its box and its box lies on the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget


def text_clipping(label: QLabel, frame: QWidget, where: str = "the window") -> str | None:
    """Why the label's text does not fit its box, or why the box is not within `frame` (`where`: the
    window, or the content of a panel that scrolls); None when it fits. A label not shown or empty fits."""
    text = label.text()
    if not text or not label.isVisibleTo(label.window()):
        return None
    box = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():
        flags = Qt.TextFlag.TextWordWrap | label.alignment()
        needed = metrics.boundingRect(QRect(0, 0, box.width(), 100_000), flags, text)
    else:  # one line, or the lines its own line breaks make
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        needed = QRect(0, 0, width, metrics.height() + (len(lines) - 1) * metrics.lineSpacing())
    # One pixel of slack: font metrics round the line height differently from the label.
    if needed.width() > box.width() or needed.height() > box.height() + 1:
        return f"{text!r} needs {needed.width()}x{needed.height()}, has {box.width()}x{box.height()}"
    on_frame = QRect(label.mapTo(frame, box.topLeft()), box.size())
    if not frame.rect().contains(on_frame):
        return f"{text!r} lies outside {where} at {on_frame}"
    return None
