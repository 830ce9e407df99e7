"""TopBar: on every visitor screen, Read aloud, Larger text (A+) and the language, always in one place."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.language import LanguageBar
from screens.common.theme import SIZES


class TopBar(QWidget):
    readAloudPressed = Signal()
    largerTextToggled = Signal(bool)
    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.grid = QGridLayout(self)
        margin = SIZES["margin"]
        self.grid.setContentsMargins(margin, margin // 2, margin, 0)
        self.grid.setSpacing(SIZES["spacing"])
        self.read_aloud = BigButton(icon="speaker", role="tool")
        self.read_aloud.clicked.connect(self.readAloudPressed)
        self.larger = BigButton(icon="text_larger", role="tool")
        self.larger.clicked.connect(lambda: self.largerTextToggled.emit(not self.larger.isChecked()))
        self.larger.set_current(False)
        self.languages = LanguageBar(role="lang")
        self.languages.languageChosen.connect(self.languageChosen)
        self.portrait: bool | None = None
        self.voice = True
        self.set_orientation(False)
        self.translateUI()

    def set_orientation(self, portrait: bool) -> None:
        """One row in landscape; in portrait the languages get a row of their own (five buttons
        of larger text do not fit across 1080 px)."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        for widget in (self.read_aloud, self.larger, self.languages):
            self.grid.removeWidget(widget)
        for c in range(4):
            self.grid.setColumnStretch(c, 0)
        self.grid.addWidget(self.read_aloud, 0, 0)
        self.grid.addWidget(self.larger, 0, 1)
        if portrait:
            self.grid.addWidget(self.languages, 1, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.languages, 0, 3)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 3)
            self.grid.setColumnStretch(2, 1)
            self.grid.setColumnStretch(3, 6)

    def set_voice(self, available: bool) -> None:
        """Read aloud, or (disabled) "No voice" when the language in use cannot be said here."""
        self.voice = available
        self.read_aloud.setEnabled(available)
        self.translateUI()

    def set_larger_text(self, on: bool) -> None:
        self.larger.set_current(on)

    def focus_order(self) -> list[QWidget]:
        buttons = [self.read_aloud, self.larger]
        if not self.languages.isHidden():
            buttons += self.languages.buttons.values()
        return buttons

    def chain_focus(self, after: QWidget | None) -> None:
        """Tab order: the screen's own controls first, then this bar's."""
        order = ([after] if after is not None else []) + self.focus_order()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def translateUI(self) -> None:
        if self.voice:
            self.read_aloud.set_words(QCoreApplication.translate("Access", "Read aloud"))
            self.read_aloud.set_description(
                QCoreApplication.translate("Access", "Says what is on the screen.")
            )
        else:
            self.read_aloud.set_words(
                QCoreApplication.translate("Access", "No voice", "Read aloud, when the language has no voice")
            )
            self.read_aloud.set_description(
                QCoreApplication.translate("Access", "This kiosk cannot read this language aloud.")
            )
        self.larger.set_words(QCoreApplication.translate("Access", "Larger text"))
        self.larger.set_description(
            QCoreApplication.translate("Access", "Makes all text bigger. Tap again for normal size.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)
