"""ClosedScreen: the centre is closed now, when it opens again, its weekly hours, and booking a time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from screens.common.buttons import BigButton, IconView
from screens.common.scroll import ScrollPanel
from screens.common.theme import SIZES
from screens.visitor import when
from screens.visitor.base import Screen, label


class ClosedScreen(Screen):
    bookPressed = Signal()
    startPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body_data: dict = {}
        self.now: datetime | None = None
        self.can_book = False
        self.hour_labels: list = []
        self.portrait: bool | None = None
        spacing = SIZES["spacing"]

        # What is closed and when it opens (with the booking offer below it).
        self.info = QWidget()
        info = QVBoxLayout(self.info)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(spacing)
        head = QHBoxLayout()
        self.icon = IconView("clock")
        self.icon.setMinimumSize(SIZES["icon_size"], SIZES["icon_size"])
        self.title = label("title")
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        self.opens = label("greeting")
        self.explain = label("body")
        info.addLayout(head)
        info.addWidget(self.opens)
        info.addStretch(1)
        info.addWidget(self.explain)

        # The weekly hours, one day a row; they scroll only with larger text on a small screen.
        self.hours = hours = QWidget()
        hours_column = QVBoxLayout(hours)
        hours_column.setContentsMargins(0, 0, 0, 0)
        hours_column.setSpacing(spacing // 2)
        self.hours_title = label("strong")
        self.hours_card = QFrame()
        self.hours_card.setProperty("role", "card")
        self.hours_grid = QGridLayout(self.hours_card)
        self.hours_grid.setContentsMargins(spacing, spacing // 2, spacing, spacing // 2)
        self.hours_grid.setHorizontalSpacing(spacing * 2)
        self.hours_grid.setVerticalSpacing(spacing // 4)
        hours_column.addWidget(self.hours_title)
        hours_column.addWidget(self.hours_card, 0, Qt.AlignmentFlag.AlignLeft)
        hours_column.addStretch(1)
        self.hours_panel = ScrollPanel(hours)

        self.book = BigButton(icon="calendar", role="primary")
        self.book.clicked.connect(self.bookPressed)
        self.restart = BigButton(icon="home", role="nav")
        self.restart.clicked.connect(self.startPressed)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(*(SIZES["margin"],) * 4)
        self.grid.setSpacing(spacing)
        self.set_orientation(False)
        self.translateUI()

    def set_orientation(self, portrait: bool) -> None:
        """Landscape: the message and the buttons left, the hours right; portrait: one column."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        for widget in (self.info, self.hours_panel, self.book, self.restart):
            self.grid.removeWidget(widget)
        for i in range(4):
            self.grid.setRowStretch(i, 0)
            self.grid.setColumnStretch(i, 0)
        if portrait:
            for row, widget in enumerate((self.info, self.hours_panel, self.book, self.restart)):
                self.grid.addWidget(widget, row, 0)
            self.grid.setRowStretch(1, 1)
        else:
            self.grid.addWidget(self.info, 0, 0)
            self.grid.addWidget(self.book, 1, 0)
            self.grid.addWidget(self.restart, 2, 0)
            self.grid.addWidget(self.hours_panel, 0, 1, 3, 1)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 2)
            self.grid.setRowStretch(0, 1)

    def show_closed(self, body: dict, now: datetime, can_book: bool, lang: str) -> None:
        self.body_data = body
        self.now = now
        self.can_book = can_book
        self.lang = lang
        for widget in self.hour_labels:
            self.hours_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        count = len(when.weekly_lines(body.get("hours") or [], lang))
        self.hour_labels = []
        for row in range(count):
            day, span = label("body", wrap=False), label("strong", wrap=False)
            self.hours_grid.addWidget(day, row, 0)
            self.hours_grid.addWidget(span, row, 1)
            self.hour_labels += [day, span]
        self.translateUI()

    def set_busy(self, busy: bool) -> None:
        self.book.setEnabled(not busy)
        self.restart.setEnabled(not busy)

    def translateUI(self) -> None:
        self.title.setText(QCoreApplication.translate("Visitor", "The centre is closed now."))
        opens = self.body_data.get("opens")
        self.opens.setText(when.opens_again(opens, self.now, self.lang) if opens and self.now else "")
        self.opens.setVisible(bool(self.opens.text()))
        lines = when.weekly_lines(self.body_data.get("hours") or [], self.lang)
        self.hours_title.setText(QCoreApplication.translate("Visitor", "Opening hours:"))
        self.hours_title.setVisible(bool(lines))
        self.hours_card.setVisible(bool(lines))
        for (day, span), day_label, span_label in zip(
            lines, self.hour_labels[::2], self.hour_labels[1::2], strict=False
        ):
            day_label.setText(day)
            span_label.setText(span)
        # The panel scrolls up and down only: it must be as wide as its longest day and hours.
        bar = self.hours_panel.verticalScrollBar().sizeHint().width()
        self.hours_panel.setMinimumWidth(self.hours.minimumSizeHint().width() + bar)
        self.explain.setText(QCoreApplication.translate("Visitor", "You can still book a time."))
        self.explain.setVisible(self.can_book)
        self.book.setVisible(self.can_book)
        self.book.set_words(QCoreApplication.translate("Visitor", "Book a time"))
        self.book.set_description(
            QCoreApplication.translate("Access", "Shows the visiting workers and their free times.")
        )
        self.restart.set_words(QCoreApplication.translate("Visitor", "Back to the start"))
        self.restart.set_description(QCoreApplication.translate("Access", "Goes back to the first screen."))

    def reading_order(self) -> list[QWidget]:
        # Each day with its hours, in that order: "Monday, 9.00–15.00".
        return [
            self.title, self.opens, self.explain, self.book, self.hours_title, *self.hour_labels,
            self.restart,
        ]  # fmt: skip
