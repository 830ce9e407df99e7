"""TicketScreen: the queue number, very large, where to wait, the honest wait, and a QR to follow it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.languages import in_lang
from kiosk.core.routing import Service
from screens.common.big_number import BigNumber
from screens.common.buttons import BigButton
from screens.common.letters import said_number
from screens.common.theme import SIZES
from screens.visitor.base import label
from screens.visitor.with_qr import QrScreen


class TicketScreen(QrScreen):
    donePressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ticket: dict = {}
        self.service: Service | None = None
        spacing = SIZES["spacing"]
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(spacing)

        self.heading = label("greeting")
        self.number = BigNumber()
        self.service_name = label("service")
        self.room = label("room")
        self.position = label("body")
        self.wait = label("strong")
        self.call = label("body")
        info = QVBoxLayout()
        info.setSpacing(spacing // 2)
        for widget in (
            self.heading,
            self.number,
            self.service_name,
            self.room,
            self.position,
            self.wait,
            self.call,
        ):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            info.addWidget(widget)

        self.add_body(column, info, spacing)

        self.done = BigButton(icon="done", role="primary")
        self.done.clicked.connect(self.donePressed)
        column.addWidget(self.done)
        self.translateUI()

    def show_ticket(self, ticket: dict, service: Service | None, link: str, lang: str) -> None:
        self.ticket = ticket
        self.service = service
        self.lang = lang
        self.qr.set_text(link)
        self.translateUI()

    def translateUI(self) -> None:
        t = self.ticket
        self.heading.setText(QCoreApplication.translate("Visitor", "Your number is"))
        self.number.setText(str(t.get("number", "")))
        self.number.setAccessibleName(said_number(self.number.text()))
        self.service_name.setText(in_lang(self.service.name, self.lang) if self.service else "")
        room = in_lang(self.service.location, self.lang) if self.service else ""
        self.room.setText(room)
        self.room.setVisible(bool(room))
        position = int(t.get("position") or 0)
        minutes = int(t.get("estimated_wait_minutes") or 0)
        self.position.setText(
            QCoreApplication.translate("Visitor", "You are number %1 in the queue.").replace(
                "%1", str(position)
            )
        )
        self.position.setVisible(position > 1)
        if minutes <= 0 or position == 1:
            self.wait.setText(QCoreApplication.translate("Visitor", "You are next."))
        elif minutes == 1:
            self.wait.setText(QCoreApplication.translate("Visitor", "You will wait about 1 minute."))
        else:
            self.wait.setText(
                QCoreApplication.translate("Visitor", "You will wait about %1 minutes.").replace(
                    "%1", str(minutes)
                )
            )
        self.call.setText(
            QCoreApplication.translate("Visitor", "Please wait here. We will call your number.")
        )
        self.qr_caption.setText(
            QCoreApplication.translate("Visitor", "Scan to follow your turn on your phone")
        )
        self.qr.setAccessibleName(self.qr_caption.text())
        self.done.set_words(QCoreApplication.translate("Visitor", "Done"))
        self.done.set_description(
            QCoreApplication.translate("Access", "Goes back to the start. Remember your number.")
        )
        self._fit_qr()  # the words changed: with larger text, does the card still fit?

    def reading_order(self) -> list[QWidget]:
        # A discreet service is not said aloud: others in the room would hear why this visitor came.
        discreet = self.service is not None and self.service.discreet
        named = [] if discreet else [self.service_name]
        return [self.heading, self.number, *named, self.room, self.position, self.wait, self.call, self.done]
