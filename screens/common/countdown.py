"""Countdown: the overlay that asks "are you still there?" before the kiosk starts over (WCAG 2.2.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.theme import COLOURS, SIZES
from screens.common.wrapping import WrappingLabel


class Countdown(QWidget):
    """Covers its parent, counts down the seconds; one big button gives more time."""

    moreTime = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget, tick_ms: int = 1000):
        super().__init__(parent)
        self.setObjectName("Countdown")
        self.left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)

        self.panel = QFrame(self)
        self.panel.setObjectName("CountdownPanel")
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(SIZES["margin"], SIZES["margin"], SIZES["margin"], SIZES["margin"])
        column.setSpacing(SIZES["spacing"])
        self.question = WrappingLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.question.setProperty("role", "question")
        self.explain = WrappingLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.explain.setProperty("role", "body")
        self.seconds = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.seconds.setObjectName("CountdownSeconds")
        self.more = BigButton(icon="more_time", role="primary")
        self.more.clicked.connect(self._more_time)
        for widget in (self.question, self.explain, self.seconds, self.more):
            column.addWidget(widget)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()
        self.translateUI()

    @property
    def running(self) -> bool:
        return self.isVisible() and self._timer.isActive()

    def start(self, seconds: int) -> None:
        self.left = seconds
        self._show_seconds()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.fit_panel()
        self.raise_()
        self.more.setFocus()
        self._timer.start()

    def fit_panel(self) -> None:
        """Size the panel for its words at the current text size: wide enough that "I need more
        time" stays on one line, as tall as its wrapped words need (and never taller than the screen)."""
        width = max(min(self.width() * 4 // 5, max(self.width() * 3 // 5, 1000)), 300)
        self.panel.setFixedWidth(width)
        # The theme's fonts reach the labels only once shown; lay out again with their real sizes.
        layout = self.panel.layout()
        layout.invalidate()
        needed = (
            layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        )
        self.panel.setFixedHeight(min(needed + 2 * SIZES["focus_width"], self.height()))
        self.layout().activate()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def _tick(self) -> None:
        self.left -= 1
        self._show_seconds()
        if self.left <= 0:
            self.stop()
            self.expired.emit()

    def _more_time(self) -> None:
        self.stop()
        self.moreTime.emit()

    def _show_seconds(self) -> None:
        self.seconds.setText(str(max(self.left, 0)))
        self.seconds.setAccessibleName(self.seconds.text())

    def translateUI(self) -> None:
        self.question.setText(QCoreApplication.translate("Common", "Are you still there?"))
        self.explain.setText(QCoreApplication.translate("Common", "Soon the screen will start over."))
        self.more.set_words(QCoreApplication.translate("Common", "I need more time"))
        self.more.set_description(
            QCoreApplication.translate("Access", "Keeps your answers. The screen does not start over.")
        )

    def spoken_items(self) -> list[str]:
        return [self.question.text(), self.explain.text(), self.seconds.text(), self.more.spoken()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def paintEvent(self, _event) -> None:
        dim = QColor(COLOURS["dim"])
        dim.setAlpha(190)
        QPainter(self).fillRect(self.rect(), dim)
