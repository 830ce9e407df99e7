"""WelcomeScreen: the centre's name, a warm greeting, the language, and one big Start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from screens.common.buttons import BigButton
from screens.common.language import LanguageBar
from screens.common.theme import SIZES
from screens.visitor.base import Screen, in_lang, label


class WelcomeScreen(Screen):
    startPressed = Signal()
    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.centre_name: dict[str, str] = {}
        self.other_prompts: list[str] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(SIZES["spacing"])
        self.title = label("title")
        self.greeting = label("greeting")
        self.promise = label("body")
        self.choose = label("body")
        self.languages = LanguageBar(role="lang")
        self.languages.languageChosen.connect(self.languageChosen)
        self.start = BigButton(icon="done", role="primary")
        self.start.clicked.connect(self.startPressed)
        for widget in (self.title, self.greeting, self.promise, self.choose):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        column.addWidget(self.title)
        column.addWidget(self.greeting)
        column.addWidget(self.promise)
        column.addStretch(1)
        column.addWidget(self.choose)
        column.addWidget(self.languages)
        column.addSpacing(SIZES["spacing"])
        column.addWidget(self.start)
        column.addStretch(2)
        self.translateUI()

    def show_centre(self, name: dict[str, str], languages: list[str], lang: str) -> None:
        self.centre_name = name
        self.languages.set_languages(languages)
        self.languages.set_current(lang)
        self.lang = lang
        self.translateUI()
        QWidget.setTabOrder(self.languages.buttons.get(lang, self.start), self.start)

    def translateUI(self) -> None:
        self.title.setText(in_lang(self.centre_name, self.lang))
        self.greeting.setText(
            QCoreApplication.translate("Visitor", "Welcome! We help you find the right person.")
        )
        self.promise.setText(QCoreApplication.translate("Visitor", "You do not need to give your name."))
        # "Choose your language" also in the other languages: a visitor who reads no Finnish yet
        # must see where to start. Read aloud says it in the language in use only.
        here = QCoreApplication.translate("Visitor", "Choose your language")
        self.choose.setText("  ·  ".join([here, *self.other_prompts]))
        self.choose.setAccessibleName(here)
        self.start.set_words(QCoreApplication.translate("Visitor", "Start"))
        self.start.set_description(QCoreApplication.translate("Access", "Starts the questions."))
        self.languages.set_current(self.lang)

    def reading_order(self) -> list[QWidget]:
        return [
            self.title,
            self.greeting,
            self.promise,
            self.choose,
            *self.languages.buttons.values(),
            self.start,
        ]
