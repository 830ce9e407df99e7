"""ServicesScreen: while the centre is closed, the visiting workers one can book a time with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.languages import in_lang
from kiosk.core.routing import Service
from screens.common.buttons import BigButton
from screens.common.scroll import ScrollPanel
from screens.common.theme import SIZES
from screens.visitor.base import Screen, label


class ServicesScreen(Screen):
    """Emits `chosen(service_id)`. A menu of every visiting worker: naming them says nothing about the
    visitor, so the names are read aloud too (unlike a discreet service on a ticket)."""

    chosen = Signal(str)
    backPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.services: list[Service] = []
        self.buttons: list[BigButton] = []
        self.portrait = False
        spacing = SIZES["spacing"]
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(spacing)
        self.text = label("question")
        column.addWidget(self.text)
        content = QWidget()
        self.grid = QGridLayout(content)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.panel = ScrollPanel(content)
        column.addWidget(self.panel, 1)
        self.back = BigButton(icon="back", role="nav")
        self.back.clicked.connect(self.backPressed)
        column.addWidget(self.back)
        self.translateUI()

    def show_services(self, services: list[Service], lang: str) -> None:
        self.lang = lang
        if [s.id for s in services] != [s.id for s in self.services]:
            for button in self.buttons:
                self.grid.removeWidget(button)
                button.hide()
                button.deleteLater()
            self.services = list(services)
            self.buttons = []
            for service in self.services:
                button = BigButton(icon=service.icon or "calendar", role="answer")
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.clicked.connect(lambda _=False, sid=service.id: self.chosen.emit(sid))
                self.buttons.append(button)
            self._reflow()
            for button in self.buttons:
                button.show()
        self.translateUI()

    def set_busy(self, busy: bool) -> None:
        for button in (*self.buttons, self.back):
            button.setEnabled(not busy)

    def set_orientation(self, portrait: bool) -> None:
        self.portrait = portrait
        self._reflow()

    def _reflow(self) -> None:
        columns = 1 if self.portrait else 2
        for i, button in enumerate(self.buttons):
            self.grid.addWidget(button, i // columns, i % columns)

    def translateUI(self) -> None:
        self.text.setText(QCoreApplication.translate("Visitor", "Who do you want to meet?"))
        for button, service in zip(self.buttons, self.services, strict=True):
            button.set_words(in_lang(service.name, self.lang), in_lang(service.location, self.lang))
        self.back.set_words(QCoreApplication.translate("Visitor", "Back"))
        self.back.set_description(QCoreApplication.translate("Access", "Goes to the previous screen."))

    def reading_order(self) -> list[QWidget]:
        return [self.text, *self.buttons, self.back]
