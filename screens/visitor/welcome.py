"""WelcomeScreen: the centre's name, a warm greeting, the language, and one big Start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.core.languages import LRM, RLM, in_lang, is_rtl
from screens.common.buttons import BigButton
from screens.common.language import LanguageBar
from screens.common.theme import SIZES
from screens.visitor.base import Screen, label

NBSP = "\u00a0"
SEPARATOR = f"{NBSP}{NBSP}·  "
"""Between two prompts: the line may wrap only after the dot, never inside a prompt."""


LINE_BREAK = "\u2028"
"""LINE SEPARATOR: where the prompts break into lines, instead of a dot left at a line's end."""


def prompt_line(prompts: list[str], rtl: bool, fits: Callable[[str], bool] = lambda line: True) -> str:
    """The prompts in every language, read in the direction of the language in use (first prompt on
    the right in Arabic), broken into lines between prompts only where a line would not `fit`: each
    prompt is kept whole, no line ends or starts with a dot, and a mark of the line's direction on
    either side of each dot keeps two prompts of the other direction from running together into one,
    in reverse order."""
    # A mark, not an isolate: the font isolates fall back to makes the line 20 % taller, too much on a
    # 1280x800 screen.
    mark = RLM if rtl else LRM
    between = f"{mark}{SEPARATOR}{mark}"
    lines: list[list[str]] = [[]]
    for words in (words.replace(" ", NBSP) for words in prompts):
        if lines[-1] and not fits(mark + between.join([*lines[-1], words])):
            lines.append([])
        lines[-1].append(words)
    return LINE_BREAK.join(mark + between.join(line) for line in lines)


class PromptLine(QLabel):
    """The "choose your language" line: it breaks itself between prompts to fit its width."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "choose")
        self.setWordWrap(True)  # still wraps a single prompt wider than the screen
        self.prompts: list[str] = []
        self.rtl = False

    def set_prompts(self, prompts: list[str], rtl: bool) -> None:
        self.prompts, self.rtl = prompts, rtl
        self._lay_out()

    def _lay_out(self) -> None:
        width = self.contentsRect().width() - 2  # a hair less than the label's own wrapping allows
        advance = self.fontMetrics().horizontalAdvance
        text = prompt_line(self.prompts, self.rtl, lambda line: advance(line) <= width)
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._lay_out()


class WelcomeScreen(Screen):
    startPressed = Signal()
    bookedPressed = Signal()
    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.centre_name: dict[str, str] = {}
        self.other_prompts: list[str] = []
        self.note_text = ""
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(SIZES["spacing"])
        self.title = label("title")
        self.greeting = label("greeting")
        self.promise = label("body")
        self.choose = PromptLine()
        self.languages = LanguageBar(role="lang")
        self.languages.languageChosen.connect(self.languageChosen)
        self.start = BigButton(icon="done", role="primary")
        self.start.clicked.connect(self.startPressed)
        # A visitor coming back for a booked time checks in here, without the questions.
        self.booked = BigButton(icon="calendar", role="nav")
        self.booked.clicked.connect(self.bookedPressed)
        # "Closed now. It opens again on Tuesday at 9.00." (the centre's hours; hidden while open).
        self.note = label("strong")
        for widget in (self.title, self.greeting, self.promise, self.choose, self.note):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addStretch(2)
        column.addWidget(self.title)
        column.addWidget(self.greeting)
        column.addWidget(self.note)
        column.addWidget(self.promise)
        column.addStretch(1)
        column.addWidget(self.choose)
        column.addWidget(self.languages)
        # A gap that gives way when a short screen with larger text needs every pixel (a closed
        # note in Arabic, whose lines are taller, left the language buttons cut off at the bottom).
        column.addSpacerItem(
            QSpacerItem(0, SIZES["spacing"], QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Maximum)
        )
        # Side by side in landscape (Start the larger), one above the other in portrait.
        self.actions = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.actions.setSpacing(SIZES["spacing"])
        self.actions.addWidget(self.start, 3)
        self.actions.addWidget(self.booked, 2)
        column.addLayout(self.actions)
        column.addStretch(2)
        self.translateUI()

    def show_centre(self, name: dict[str, str], languages: list[str], lang: str) -> None:
        self.centre_name = name
        self.languages.set_languages(languages, current=lang)
        self.lang = lang
        self.translateUI()
        QWidget.setTabOrder(self.languages.buttons.get(lang, self.start), self.start)
        QWidget.setTabOrder(self.start, self.booked)

    def set_orientation(self, portrait: bool) -> None:
        self.actions.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def set_note(self, text: str) -> None:
        """The closed note, worded by the flow in the language in use ("" while open)."""
        self.note_text = text
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def translateUI(self) -> None:
        self.title.setText(in_lang(self.centre_name, self.lang))
        self.greeting.setText(
            QCoreApplication.translate("Visitor", "Welcome! We help you find the right person.")
        )
        self.promise.setText(QCoreApplication.translate("Visitor", "You do not need to give your name."))
        # "Choose your language" also in the other languages: a visitor who reads no Finnish yet
        # must see where to start. Read aloud says it in the language in use only.
        here = QCoreApplication.translate("Visitor", "Choose your language")
        self.choose.set_prompts([here, *self.other_prompts], is_rtl(self.lang))
        self.choose.setAccessibleName(here)
        self.start.set_words(QCoreApplication.translate("Visitor", "Start"))
        self.start.set_description(QCoreApplication.translate("Access", "Starts the questions."))
        self.booked.set_words(QCoreApplication.translate("Visitor", "I have a booked time"))
        self.booked.set_description(
            QCoreApplication.translate("Access", "Opens a keypad for your booking code.")
        )
        self.note.setText(self.note_text)
        self.note.setVisible(bool(self.note_text))
        self.languages.set_current(self.lang)

    def reading_order(self) -> list[QWidget]:
        return [
            self.title,
            self.greeting,
            self.note,
            self.promise,
            self.choose,
            *self.languages.buttons.values(),
            self.start,
            self.booked,
        ]
