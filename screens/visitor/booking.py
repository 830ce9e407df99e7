"""BookingScreen: the booked time's code, very large, its day, time and place, and a QR code that
puts it into the phone's calendar (an iCalendar event: no app, no network)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.booking_codes import group_code
from kiosk.core.languages import in_lang
from screens.common.big_number import BigNumber
from screens.common.buttons import BigButton
from screens.common.theme import SIZES
from screens.visitor import when
from screens.visitor.base import label
from screens.visitor.with_qr import QrScreen


def spell(code: str) -> str:
    """The code as speech should say it: sign by sign, a pause between the groups ("K 7 M, 4 Q X")."""
    return ", ".join(" ".join(group) for group in group_code(code).split())


class BookingScreen(QrScreen):
    donePressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.booking: dict = {}
        self.service: dict = {}
        spacing = SIZES["spacing"]
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(spacing)

        self.heading = label("greeting")
        self.code = BigNumber()
        self.keep = label("strong")
        self.name = label("service")
        self.when = label("room")
        self.room = label("room")
        info = QVBoxLayout()
        info.setSpacing(spacing // 2)
        for widget in (self.heading, self.code, self.keep, self.name, self.when, self.room):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            info.addWidget(widget)

        self.add_body(column, info, spacing)

        self.done = BigButton(icon="done", role="primary")
        self.done.clicked.connect(self.donePressed)
        column.addWidget(self.done)
        self.translateUI()

    def show_booking(self, booking: dict, service: dict, qr_text: str, lang: str) -> None:
        self.booking = booking
        self.service = service
        self.lang = lang
        self.qr.set_text(qr_text)
        self.translateUI()

    def translateUI(self) -> None:
        b = self.booking
        self.heading.setText(QCoreApplication.translate("Visitor", "Your time is booked. Your code is"))
        self.code.setText(group_code(b.get("code", "")))
        self.code.setAccessibleName(spell(b.get("code", "")))
        self.keep.setText(QCoreApplication.translate("Visitor", "Type this code at the kiosk when you come."))
        self.name.setText(in_lang(self.service.get("name"), self.lang))
        self.when.setText(when.slot_when(b["start"], self.lang) if b.get("start") else "")
        room = in_lang(self.service.get("location"), self.lang)
        self.room.setText(room)
        self.room.setVisible(bool(room))
        self.qr_caption.setText(
            QCoreApplication.translate(
                "Visitor", "Scan with your phone camera to save the time in your calendar."
            )
        )
        self.qr.setAccessibleName(self.qr_caption.text())
        self.done.set_words(QCoreApplication.translate("Visitor", "Done"))
        self.done.set_description(
            QCoreApplication.translate("Access", "Goes back to the start. Remember your code.")
        )
        self._fit_qr()  # the words changed: with larger text, does the card still fit?

    def reading_order(self) -> list[QWidget]:
        # As on the ticket: a discreet service is not said aloud, the time and the room are.
        named = [] if self.service.get("discreet") else [self.name]
        return [self.heading, self.code, self.keep, *named, self.when, self.room, self.done]
