"""The tickets I have called, shown large, each with Recall / Done / No-show / Transfer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import in_lang
from screens.common.letters import said_number
from screens.staff.desk import Desk
from screens.staff.table import journey_note
from screens.staff.when import clock


def _label(role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(wordWrap=wrap)
    if role:
        label.setProperty("role", role)
    return label


class CalledCard(QFrame):
    """One called ticket; the buttons name the ticket to the Desk by its code."""

    recall = Signal(str)
    done = Signal(str)
    noShow = Signal(str)
    transfer = Signal(str, str)

    def __init__(self, desk: Desk, ticket: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setProperty("mine", "true")
        self.desk = desk
        self.ticket = ticket
        self.code = ticket["code"]
        self.number = _label("number", wrap=False)
        self.service = _label("service")
        self.place = _label()
        self.note = _label("muted")
        for label in (self.service, self.place, self.note):
            # A long Finnish or Swedish name wraps or clips inside the card, never widens it.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.recall_button = QPushButton()
        self.done_button = QPushButton()
        self.done_button.setProperty("role", "done")
        self.no_show_button = QPushButton()
        self.transfer_button = QPushButton()
        self.transfer_menu = QMenu(self.transfer_button)
        self.transfer_button.setMenu(self.transfer_menu)
        self.transfer_menu.aboutToShow.connect(self._fill_transfer_menu)

        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self._words = QVBoxLayout()
        self._words.setSpacing(2)
        self._words.addWidget(self.service)
        self._words.addWidget(self.place)
        self._words.addWidget(self.note)
        self._words.addStretch(1)
        top.addLayout(self._words, 1)
        self._buttons = QGridLayout()
        self._buttons.setSpacing(8)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(14, 10, 14, 14)
        self._column.setSpacing(10)
        self._column.addLayout(top)
        self._column.addLayout(self._buttons)
        self.compact = None
        self.set_compact(False)

        self.recall_button.clicked.connect(lambda: self.recall.emit(self.code))
        self.done_button.clicked.connect(lambda: self.done.emit(self.code))
        self.no_show_button.clicked.connect(lambda: self.noShow.emit(self.code))
        self.lang = "fi"

    def buttons(self) -> list[QPushButton]:
        return [self.done_button, self.recall_button, self.no_show_button, self.transfer_button]

    def set_compact(self, compact: bool) -> None:
        """Four buttons in a row, or (a narrow console) two rows of two, so no word is cut."""
        if compact == self.compact:
            return
        self.compact = compact
        # Narrow: the service's name on a line of its own under the number, so a long one is whole.
        if compact:
            self._words.removeWidget(self.service)
            self._column.insertWidget(1, self.service)
            self._column.setSpacing(6)
        elif self._column.indexOf(self.service) >= 0:
            self._column.removeWidget(self.service)
            self._words.insertWidget(0, self.service)
            self._column.setSpacing(10)
        for index, button in enumerate(self.buttons()):
            self._buttons.removeWidget(button)
            row, column = divmod(index, 2) if compact else (0, index)
            self._buttons.addWidget(button, row, column)
        for column in range(4):
            self._buttons.setColumnStretch(column, 1 if column < (2 if compact else 4) else 0)

    def translateUI(self, lang: str) -> None:
        self.lang = lang
        ticket, desk = self.ticket, self.desk
        self.number.setText(ticket["number"])
        self.number.setAccessibleName(said_number(ticket["number"]))  # named again in the new language
        self.service.setText(desk.service_name(ticket["service"], lang))
        service = desk.service(ticket["service"]) or {}
        called = QCoreApplication.translate("Staff", "called at %1").replace(
            "%1", clock(ticket.get("called_at"))
        )
        self.place.setText(" · ".join(p for p in (in_lang(service.get("location"), lang), called) if p))
        note = journey_note(desk, ticket, lang)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.done_button.setText(QCoreApplication.translate("Staff", "Done"))
        self.done_button.setToolTip(
            QCoreApplication.translate("Staff", "The visit is over; a journey goes on to its next service.")
        )
        self.recall_button.setText(QCoreApplication.translate("Staff", "Call again"))
        self.recall_button.setToolTip(QCoreApplication.translate("Staff", "Show and say the number again."))
        self.no_show_button.setText(QCoreApplication.translate("Staff", "Did not come"))
        self.no_show_button.setToolTip(
            QCoreApplication.translate("Staff", "Mark as no-show. You can still call the number again later.")
        )
        self.transfer_button.setText(QCoreApplication.translate("Staff", "Transfer…"))
        self.transfer_button.setToolTip(
            QCoreApplication.translate("Staff", "Send the visitor to the end of another service's queue.")
        )

    def transfer_targets(self) -> list[dict]:
        """Every on-site service except the ticket's own."""
        return [s for s in self.desk.onsite_services() if s["id"] != self.ticket["service"]]

    def _fill_transfer_menu(self) -> None:
        self.transfer_menu.clear()
        for service in self.transfer_targets():
            name = in_lang(service.get("name"), self.lang)
            if not service.get("available", True):
                name = QCoreApplication.translate("Staff", "%1 (away)").replace("%1", name)
            action = self.transfer_menu.addAction(name)
            action.setData(service["id"])
            action.triggered.connect(lambda _=False, sid=service["id"]: self.transfer.emit(self.code, sid))


class CalledPanel(QWidget):
    """The cards of my called tickets, the latest first; rebuilt only when those tickets change."""

    recall = Signal(str)
    done = Signal(str)
    noShow = Signal(str)
    transfer = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.cards: list[CalledCard] = []
        self._shown: list[tuple] = []
        self.lang = "fi"
        self.empty = _label("muted")
        self.compact = False
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(10)
        self._column.addWidget(self.empty)
        self._column.addStretch(1)

    def refresh(self) -> None:
        tickets = self.desk.mine()
        shown = [(t["code"], t.get("called_at"), t["service"], t.get("journey_index")) for t in tickets]
        if shown != self._shown:
            self._shown = shown
            for card in self.cards:
                card.hide()
                card.deleteLater()
            self.cards = []
            for index, ticket in enumerate(tickets):
                card = CalledCard(self.desk, ticket)
                card.set_compact(self.compact)
                card.recall.connect(self.recall)
                card.done.connect(self.done)
                card.noShow.connect(self.noShow)
                card.transfer.connect(self.transfer)
                self._column.insertWidget(index, card)
                self.cards.append(card)
        self.empty.setVisible(not tickets)
        self.translateUI(self.lang)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        for card in self.cards:
            card.set_compact(compact)

    def set_enabled(self, enabled: bool) -> None:
        for card in self.cards:
            for button in card.buttons():
                button.setEnabled(enabled)

    def translateUI(self, lang: str) -> None:
        self.lang = lang
        self.empty.setText(
            QCoreApplication.translate("Staff", "Nobody is with you now. Press Call next when you are ready.")
        )
        for card in self.cards:
            card.translateUI(lang)
