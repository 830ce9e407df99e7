"""ScheduledScreen: the specialist comes at set times; the desk can help now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.languages import in_lang
from screens.common.buttons import BigButton, IconView
from screens.common.scroll import ScrollPanel
from screens.common.theme import SIZES
from screens.visitor.base import Screen, label


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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*(SIZES["margin"],) * 4)
        outer.setSpacing(spacing)
        # What is said scrolls if it must (larger text, a long schedule); the buttons stay in view.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(spacing)
        self.body_panel = ScrollPanel(body)
        outer.addWidget(self.body_panel, 1)

        head = QHBoxLayout()
        self.icon = IconView("calendar")
        self.icon.setMinimumSize(SIZES["icon_size"], SIZES["icon_size"])
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
        self.times.setContentsMargins(spacing, spacing // 2, spacing, spacing // 2)
        self.time_labels: list = []
        column.addWidget(self.times_card, 0, Qt.AlignmentFlag.AlignLeft)
        self.room = label("body")
        column.addWidget(self.room)

        column.addStretch(1)
        # "The desk can help now" stays in view with the button it explains.
        self.now = label("question")
        outer.addWidget(self.now)
        self.desk = BigButton(icon="ticket", role="primary")
        self.desk.clicked.connect(self.deskPressed)
        self.restart = BigButton(icon="restart", role="nav")
        self.restart.clicked.connect(self.startOverPressed)
        outer.addWidget(self.desk)
        outer.addWidget(self.restart)
        self.translateUI()

    def show_service(self, service: dict, lang: str) -> None:
        self.service = service
        self.lang = lang
        for widget in self.time_labels:
            self.times.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        # One short line each ("Tuesdays 10:00–14:00"): the card is as wide as the longest.
        self.time_labels = [label("strong", wrap=False) for _ in service.get("schedule") or []]
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
        self.desk.set_description(
            QCoreApplication.translate("Access", "Gives you a queue number for the front desk.")
        )
        self.restart.set_description(
            QCoreApplication.translate("Access", "Forgets your answers and starts from the first question.")
        )

    def reading_order(self) -> list[QWidget]:
        # A discreet service is not said aloud: others in the room would hear why this visitor came.
        named = [] if self.service.get("discreet") else [self.name]
        return [*named, self.when, *self.time_labels, self.room, self.now, self.desk, self.restart]
