"""ConfirmScreen: the time the visitor tapped, said once more in full, before it is booked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.languages import in_lang
from screens.common.buttons import BigButton, IconView
from screens.common.scroll import ScrollPanel
from screens.common.theme import SIZES
from screens.visitor import when
from screens.visitor.base import Screen, label


class ConfirmScreen(Screen):
    bookPressed = Signal()
    otherPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.service: dict = {}
        self.slot: dict = {}
        spacing = SIZES["spacing"]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(*(SIZES["margin"],) * 4)
        outer.setSpacing(spacing)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(spacing)
        self.panel = ScrollPanel(content)
        outer.addWidget(self.panel, 1)

        self.question = label("question")
        self.card = QFrame()
        self.card.setProperty("role", "card")
        card = QHBoxLayout(self.card)
        card.setContentsMargins(spacing * 2, spacing, spacing * 2, spacing)
        card.setSpacing(spacing * 2)
        self.icon = IconView("calendar")
        self.icon.setMinimumSize(SIZES["icon_size"], SIZES["icon_size"])
        details = QVBoxLayout()
        details.setSpacing(spacing // 2)
        self.name = label("service")
        self.day = label("room")
        self.time = label("service")
        self.room = label("body")
        for widget in (self.name, self.day, self.time, self.room):
            details.addWidget(widget)
        card.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(details, 1)
        column.addStretch(1)
        column.addWidget(self.question)
        column.addWidget(self.card)
        column.addStretch(1)

        self.book = BigButton(icon="done", role="primary")
        self.book.clicked.connect(self.bookPressed)
        self.other = BigButton(icon="back", role="nav")
        self.other.clicked.connect(self.otherPressed)
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.setSpacing(spacing)
        self.buttons.addWidget(self.other, 2)
        self.buttons.addWidget(self.book, 3)
        outer.addLayout(self.buttons)
        self.translateUI()

    def show_choice(self, service: dict, slot: dict, lang: str) -> None:
        self.service = service
        self.slot = slot
        self.lang = lang
        self.translateUI()

    def set_busy(self, busy: bool) -> None:
        self.book.setEnabled(not busy)
        self.other.setEnabled(not busy)

    def set_orientation(self, portrait: bool) -> None:
        # Portrait: the main action on top, full width; landscape: side by side, the main one right.
        self.buttons.setDirection(
            QBoxLayout.Direction.BottomToTop if portrait else QBoxLayout.Direction.LeftToRight
        )

    def translateUI(self) -> None:
        s = self.service
        self.question.setText(QCoreApplication.translate("Visitor", "Do you want to book this time?"))
        self.name.setText(in_lang(s.get("name"), self.lang))
        start = self.slot.get("start")
        if start:
            moment = when.local(start)
            self.day.setText(when.day_heading(moment.date(), self.lang))
            self.time.setText(
                QCoreApplication.translate("Visitor", "at %1", "a time on its own line: at 10.30").replace(
                    "%1", when.clock_time(moment, self.lang)
                )
            )
        room = in_lang(s.get("location"), self.lang)
        self.room.setText(
            QCoreApplication.translate("Visitor", "Place: %1").replace("%1", room) if room else ""
        )
        self.room.setVisible(bool(room))
        self.book.set_words(QCoreApplication.translate("Visitor", "Book this time"))
        self.book.set_description(
            QCoreApplication.translate("Access", "Books the time. You get a code for it.")
        )
        self.other.set_words(QCoreApplication.translate("Visitor", "Choose another time"))
        self.other.set_description(QCoreApplication.translate("Access", "Goes back to the free times."))

    def reading_order(self) -> list[QWidget]:
        # A discreet service is not said aloud: others in the room would hear why this visitor came.
        named = [] if self.service.get("discreet") else [self.name]
        return [self.question, *named, self.day, self.time, self.room, self.book, self.other]
