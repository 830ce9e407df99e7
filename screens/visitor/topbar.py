"""TopBar: on every visitor screen, Read aloud, Larger text (A+) and the language, always in one place."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Signal
from PySide6.QtWidgets import QGridLayout, QMenu, QWidget

from screens.common.buttons import BigButton
from screens.common.language import LanguageBar, autonym, layout_direction
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
        # Where the languages do not fit across (six of larger text on a 1280 px screen), one button
        # names the language in use and opens the list of them.
        self.language_menu = BigButton(icon="language", role="tool")
        self.language_menu.clicked.connect(self.open_language_menu)
        self.language_menu.hide()
        self.menu: QMenu | None = None
        self.offered: list[str] = []
        """The routing's languages; their buttons are made the first time the bar shows them."""
        self.current_lang = ""
        self.portrait: bool | None = None
        self.voice = True
        self.set_orientation(False)
        self.translateUI()

    def set_orientation(self, portrait: bool) -> None:
        """One row when everything fits across; else the languages get a row of their own (always in
        portrait), wrapped into even rows when even that is too narrow for them (the LanguageBar)."""
        if portrait != self.portrait:
            self.portrait = portrait
            self.fit()

    def set_languages(self, languages: list[str]) -> None:
        self.offered = list(languages)
        if self.languages_wanted:
            self._make_language_buttons()
        self.fit()

    def _make_language_buttons(self) -> None:
        """The buttons for the languages offered (none made while the welcome screen, which has its
        own, is the only one shown: a start does not wait for them)."""
        self.languages.set_languages(self.offered, current=self.current_lang)  # as they are: nothing

    WIDE_ENOUGH = 1600
    """With larger text four or more languages, and six at any size, fit beside the tools only on a
    screen this wide."""
    MOST_BESIDE = 6
    """More languages than this never stand beside the tools: they would fold into rows as tall as
    the tools, taking the question's room on every screen (Kokoomo offers eight)."""

    def fit(self) -> None:
        """Arrange the bar for its width now (after a resize, larger text or other languages): the
        languages beside the tools where they fit; in portrait on rows of their own (as many a row as
        keep every name whole); else one language button that opens the list."""
        many = len(self.offered) >= 4
        # Six and more do not fit beside the tools on a 1280 px screen even at the normal size:
        # the tools' icons were squeezed to nothing.
        crowded = self.larger_text or len(self.offered) >= 6
        if self.portrait:
            place = "row"
        elif len(self.offered) > self.MOST_BESIDE or (many and crowded and self.width() < self.WIDE_ENOUGH):
            place = "menu"
        else:
            place = "beside"
        if place == getattr(self, "_arrangement", None):
            return
        self._arrangement = place
        for widget in (self.read_aloud, self.larger, self.languages, self.language_menu):
            self.grid.removeWidget(widget)
        for c in range(4):
            self.grid.setColumnStretch(c, 0)
        self.grid.addWidget(self.read_aloud, 0, 0)
        self.grid.addWidget(self.larger, 0, 1)
        in_menu = place == "menu"
        self.language_menu.setVisible(in_menu and self.languages_wanted)
        self.languages.setVisible(not in_menu and self.languages_wanted)
        if place == "row":
            self.grid.addWidget(self.languages, 1, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)
        else:
            self.grid.addWidget(self.language_menu if in_menu else self.languages, 0, 3)
            self.grid.setColumnStretch(0, 3)
            self.grid.setColumnStretch(1, 3)
            self.grid.setColumnStretch(2, 1)
            self.grid.setColumnStretch(3, 3 if in_menu else 6)
        if self.isVisible():  # at once: a button shown before its place is set would sit at 0,0
            self.grid.activate()  # (a bar not shown yet is laid out when it is, and styled then)

    languages_wanted = True
    """False on the welcome screen, which asks for the language itself, in large."""

    def show_languages(self, shown: bool) -> None:
        self.languages_wanted = shown
        if shown:
            self._make_language_buttons()
        self._arrangement = None
        self.fit()

    def set_current_language(self, lang: str) -> None:
        self.current_lang = lang
        self.languages.set_current(lang)
        self.language_menu.set_words(autonym(lang) if lang else "")
        self.language_menu.setLayoutDirection(layout_direction(lang))

    def open_language_menu(self) -> QMenu:
        """The languages as a list under the button, each in its own words; choosing one switches."""
        if self.menu is not None:
            self.menu.deleteLater()  # one list at a time: a kiosk open for months opens it thousands of times
        menu = self.menu = QMenu(self)
        menu.setObjectName("LanguageMenu")
        for lang in self.offered:
            action = menu.addAction(autonym(lang))
            action.setData(lang)  # the keypad says each name in its own language's voice
            action.setCheckable(True)
            action.setChecked(lang == self.current_lang)
            action.triggered.connect(lambda _=False, lang=lang: self.languageChosen.emit(lang))
        below = self.language_menu.mapToGlobal(QPoint(0, self.language_menu.height()))
        menu.popup(below)
        return menu

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def set_voice(self, available: bool) -> None:
        """Read aloud, or (disabled) "No voice" when the language in use cannot be said here."""
        self.voice = available
        self.read_aloud.setEnabled(available)
        self.translateUI()

    larger_text = False

    def set_larger_text(self, on: bool) -> None:
        self.larger.set_current(on)
        self.larger_text = on
        self.fit()

    def focus_order(self) -> list[QWidget]:
        buttons = [self.read_aloud, self.larger]
        if not self.language_menu.isHidden():
            buttons.append(self.language_menu)
        elif not self.languages.isHidden():
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
        self.language_menu.set_description(
            QCoreApplication.translate("Access", "Shows every language to choose from.")
        )
        self.larger.set_words(QCoreApplication.translate("Access", "Larger text"))
        self.larger.set_description(
            QCoreApplication.translate("Access", "Makes all text bigger. Tap again for normal size.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)
