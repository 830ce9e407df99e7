"""ScrollPanel: a screen's middle part that scrolls up and down only when its content cannot fit.

With "Larger text" on a small screen, many answers or a long schedule may be taller than the
screen; they then scroll (WCAG 1.4.10 allows one direction) instead of being cut off. A finger
drags it (QScroller on touch), and the thick scroll bar shows there is more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QWidget


class ScrollPanel(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ScrollPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        content.setObjectName("ScrollContent")
        self.setWidget(content)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def scrolls(self) -> bool:
        """Whether some content is out of view now."""
        return self.verticalScrollBar().maximum() > 0

    def ensure_visible(self, widget: QWidget) -> None:
        """Bring a control into view, e.g. when the keypad moves the focus to it."""
        self.ensureWidgetVisible(widget, 0, 0)
