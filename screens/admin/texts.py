"""LangTexts: one text in every language of the routing, side by side, a missing one marked in red
with the word "missing" (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from screens.admin.problem_words import language_name
from screens.admin.words import AdminWords

PER_ROW = 3
"""Languages side by side in one row of text fields."""


class LangTexts(QWidget):
    edited = Signal(str, str)
    """(language, the new text), as the manager types."""

    def __init__(self, words: AdminWords, *, multiline: bool = False, optional: bool = False, parent=None):
        super().__init__(parent)
        self.words = words
        self.multiline = multiline
        self.optional = optional
        self.languages: list[str] = []
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.headers: dict[str, QLabel] = {}
        self.missing: dict[str, QLabel] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._setting = False
        words.languageChanged.connect(self.translateUI)

    def set_languages(self, languages: list[str]) -> None:
        if languages == self.languages:
            return
        for widget in [*self.fields.values(), *self.headers.values(), *self.missing.values()]:
            widget.deleteLater()
        self.fields, self.headers, self.missing = {}, {}, {}
        self.languages = list(languages)
        for index, lang in enumerate(self.languages):
            # At most three side by side: eight languages take three rows, each field still wide enough.
            row, column = divmod(index, PER_ROW)
            row *= 3
            header = QLabel()
            header.setProperty("role", "lang")
            field = QPlainTextEdit() if self.multiline else QLineEdit()
            field.setObjectName(f"text_{lang}")
            if self.multiline:
                field.setFixedHeight(58)
                field.setTabChangesFocus(True)
                field.textChanged.connect(lambda lang=lang: self._changed(lang))
            else:
                field.textEdited.connect(lambda _text, lang=lang: self._changed(lang))
            missing = QLabel()
            missing.setProperty("role", "missing")
            self._grid.addWidget(header, row, column)
            self._grid.addWidget(field, row + 1, column)
            self._grid.addWidget(missing, row + 2, column)
            self._grid.setColumnStretch(column, 1)
            self.headers[lang], self.fields[lang], self.missing[lang] = header, field, missing
        self.translateUI()

    def set_texts(self, texts: dict[str, str] | None) -> None:
        texts = texts or {}
        self._setting = True
        for lang, field in self.fields.items():
            value = str(texts.get(lang, ""))
            current = field.toPlainText() if self.multiline else field.text()
            if current != value:
                if self.multiline:
                    field.setPlainText(value)
                else:
                    field.setText(value)
                    field.setCursorPosition(0)
        self._setting = False
        self._mark()

    def text(self, lang: str) -> str:
        field = self.fields[lang]
        return field.toPlainText() if self.multiline else field.text()

    def texts(self) -> dict[str, str]:
        return {lang: self.text(lang) for lang in self.languages}

    def _changed(self, lang: str) -> None:
        if self._setting:
            return
        self._mark()
        self.edited.emit(lang, self.text(lang))

    def _mark(self) -> None:
        values = self.texts()
        # An optional text (help) is either missing nowhere or in every language.
        needed = not self.optional or any(v.strip() for v in values.values())
        translate = self.words.translate
        for lang, field in self.fields.items():
            missing = needed and not values[lang].strip()
            if field.property("missing") != ("true" if missing else "false"):
                field.setProperty("missing", "true" if missing else "false")
                field.style().unpolish(field)
                field.style().polish(field)
            self.missing[lang].setText(translate("AdminEditor", "Missing") if missing else "")

    def translateUI(self, _lang: str = "") -> None:
        for lang, header in self.headers.items():
            name = language_name(self.words, lang)
            header.setText(name[:1].upper() + name[1:])
        self._mark()
