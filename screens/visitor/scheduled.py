"""ScheduledScreen: the specialist comes at set times; the desk can help now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from screens.common.buttons import BigButton, IconView
from screens.common.theme import SIZES
from screens.visitor.base import Screen, in_lang, label, spoken


def weekday_name(weekday: str) -> str:
    """'tue' -> "Tuesdays" in the current translation (a weekly habit, not a date)."""
    names = {
        "mon": QCoreApplication.translate("Visitor", "Mondays"),
        "tue": QCoreApplication.translate("Visitor", "Tuesdays"),
        "wed": QCoreApplication.translate("Visitor", "Wednesdays"),
        "thu": QCoreApplication.translate("Visitor", "Thursdays"),
        "fri": QCoreApplication.translate("Visitor", "Fridays"),
        "sat": QCoreApplication.translate("Visitor", "Saturdays"),
        "sun": QCoreApplication.translate("Visitor", "Sundays"),
    }
    return names.get(weekday, weekday)


class ScheduledScreen(Screen):
    deskPressed = Signal()
    startOverPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.service: dict = {}
        spacing = SIZES["spacing"]
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(spacing)

        head = QHBoxLayout()
        self.icon = IconView("calendar")
        self.icon.setMinimumSize(SIZES["icon_size"] * 3 // 2, SIZES["icon_size"] * 3 // 2)
        self.name = label("title")
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.name, 1)
        column.addStretch(1)
        column.addLayout(head)

        self.when = label("body")
        column.addWidget(self.when)
        self.times_card = QFrame()
        self.times_card.setProperty("role", "card")
        self.times = QVBoxLayout(self.times_card)
        self.times.setContentsMargins(spacing, spacing, spacing, spacing)
        self.time_labels: list = []
        column.addWidget(self.times_card)
        self.room = label("body")
        column.addWidget(self.room)

        self.now = label("question")
        column.addSpacing(spacing)
        column.addWidget(self.now)
        column.addStretch(1)
        self.desk = BigButton(icon="ticket", role="primary")
        self.desk.clicked.connect(self.deskPressed)
        self.restart = BigButton(icon="restart", role="nav")
        self.restart.clicked.connect(self.startOverPressed)
        column.addWidget(self.desk)
        column.addWidget(self.restart)
        self.translateUI()

    def show_service(self, service: dict, lang: str) -> None:
        self.service = service
        self.lang = lang
        for widget in self.time_labels:
            self.times.removeWidget(widget)
            widget.deleteLater()
        self.time_labels = [label("strong") for _ in service.get("schedule") or []]
        for widget in self.time_labels:
            self.times.addWidget(widget)
        self.times_card.setVisible(bool(self.time_labels))
        self.translateUI()

    def set_busy(self, busy: bool) -> None:
        self.desk.setEnabled(not busy)
        self.restart.setEnabled(not busy)

    def translateUI(self) -> None:
        s = self.service
        self.name.setText(in_lang(s.get("name"), self.lang))
        self.when.setText(QCoreApplication.translate("Visitor", "This worker is here at these times:"))
        for widget, block in zip(self.time_labels, s.get("schedule") or [], strict=False):
            widget.setText(
                f"{weekday_name(block.get('weekday', ''))} {block.get('start', '')}–{block.get('end', '')}"
            )
        room = in_lang(s.get("location"), self.lang)
        self.room.setText(
            QCoreApplication.translate("Visitor", "Place: %1").replace("%1", room) if room else ""
        )
        self.room.setVisible(bool(room))
        self.now.setText(QCoreApplication.translate("Visitor", "The staff at the desk can help you now."))
        self.desk.set_words(QCoreApplication.translate("Visitor", "Take a number for the desk"))
        self.restart.set_words(QCoreApplication.translate("Visitor", "Start over"))

    def spoken_items(self) -> list[str]:
        return spoken(self.name, self.when, *self.time_labels, self.room, self.now, self.desk, self.restart)
