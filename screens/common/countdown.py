"""Countdown: the overlay that asks "are you still there?" before the kiosk starts over (WCAG 2.2.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.theme import COLOURS, SIZES


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
        self.question = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.question.setProperty("role", "question")
        self.explain = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
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
        # Wide enough that "I need more time" stays on one line in every language.
        self.panel.setMinimumWidth(min(self.width() * 3 // 5, 900))
        self.panel.setMaximumWidth(max(self.width() * 4 // 5, 300))
        self.show()
        # The theme's fonts reach the labels only once shown; lay out again with their real sizes.
        # (height-for-width misses the QSS border of the panel, so hold it at its full height.)
        self.panel.layout().invalidate()
        self.panel.setMinimumHeight(self.panel.sizeHint().height())
        self.layout().activate()
        self.raise_()
        self.more.setFocus()
        self._timer.start()

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
