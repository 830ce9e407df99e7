"""LanguageBar: one button per language, each named in its own language, the current one marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.core import languages
from screens.common.buttons import BigButton
from screens.common.locales import qt_locale
from screens.common.theme import SIZES


def autonym(lang: str) -> str:
    """The language's name in that language ("Suomi") from the registry, capitalised as on a button."""
    name = languages.autonym(lang) if languages.known(lang) else QLocale(lang).nativeLanguageName() or lang
    return name[:1].upper() + name[1:]


def layout_direction(lang: str) -> Qt.LayoutDirection:
    """Right to left for Arabic (the registry's `rtl` languages), left to right for the others."""
    return Qt.LayoutDirection.RightToLeft if languages.is_rtl(lang) else Qt.LayoutDirection.LeftToRight


def language_description(lang: str) -> str:
    """What a screen reader adds to a language button, in the language in use now."""
    return QCoreApplication.translate("Access", "Changes the language to %1.").replace("%1", autonym(lang))


class LanguageBar(QWidget):
    """Emits `languageChosen(lang)` when a language is tapped. The buttons run in one row where every
    name fits whole, else in as few even rows as keep them whole (eight languages on a portrait
    screen: two rows of four)."""

    languageChosen = Signal(str)

    def __init__(self, languages: list[str] | None = None, parent: QWidget | None = None, role: str = "lang"):
        super().__init__(parent)
        self._role = role
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SIZES["spacing"] // 2)  # at least 8 px between targets at any scale
        self.per_row = 0
        """Buttons a row as placed now."""
        self.buttons: dict[str, BigButton] = {}
        self.current = ""
        """The language marked as in use."""
        self.set_languages(languages or [])

    def fitting_per_row(self) -> int:
        """As many buttons a row as this width holds with no name cut (a name is one word: it cannot
        wrap), the rows kept even: 8 buttons of which 6 fit a row go 4 and 4."""
        count = len(self.buttons)
        if count == 0:
            return 1
        spacing = max(0, self._grid.horizontalSpacing())
        widest = max(button.minimumSizeHint().width() for button in self.buttons.values())
        fit = max(1, (self.contentsRect().width() + spacing) // (widest + spacing))
        rows = -(-count // fit)
        return -(-count // rows)

    def _place(self, force: bool = True) -> None:
        per_row = self.fitting_per_row()
        if per_row == self.per_row and not force:
            return
        self.per_row = per_row
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        for i, button in enumerate(self.buttons.values()):
            self._grid.addWidget(button, i // per_row, i % per_row)
        self._grid.activate()  # in their new places at once, not after the event loop's next turn

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place(force=False)

    def event(self, event: QEvent) -> bool:
        # A button's words or font changed (larger text, another language): its names may need
        # more room, or fit in fewer rows, at the same width.
        if event.type() == QEvent.Type.LayoutRequest:
            self._place(force=False)
        return super().event(event)

    def set_languages(self, languages: list[str], current: str | None = None) -> None:
        """Buttons for `languages`, `current` (else the one marked so far) marked as they are made:
        marking a button already styled costs a restyle of it."""
        if current is not None:
            self.current = current
        if list(self.buttons) == list(languages):
            self.set_current(self.current)
            return
        for button in self.buttons.values():
            button.hide()  # at once: deleteLater waits for the event loop, and it would still show
            button.deleteLater()
        self.buttons = {}
        for lang in languages:
            button = BigButton(autonym(lang), role=self._role)
            button.setLocale(qt_locale(lang))
            button.setLayoutDirection(layout_direction(lang))
            button.clicked.connect(lambda _=False, lang=lang: self.languageChosen.emit(lang))
            self.buttons[lang] = button
            button.set_description(language_description(lang))
            button.set_current(lang == self.current)
        self._place()

    def set_current(self, lang: str) -> None:
        self.current = lang
        for code, button in self.buttons.items():
            button.set_current(code == lang)

    def changeEvent(self, event: QEvent) -> None:
        # The descriptions are in the language in use: they follow a switch even when the
        # current language is marked before the new translation is installed.
        if event.type() == QEvent.Type.LanguageChange:
            for lang, button in self.buttons.items():
                button.set_description(language_description(lang))
        super().changeEvent(event)
