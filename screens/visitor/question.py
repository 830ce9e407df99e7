"""QuestionScreen: a question, its answers as big buttons, and always Back, Start over, "talk to someone"."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.languages import in_lang
from kiosk.core.routing import Question
from screens.common.buttons import BigButton
from screens.common.scroll import ScrollPanel
from screens.common.theme import SIZES
from screens.visitor.base import Screen, label


class QuestionScreen(Screen):
    """Emits `answered(question_id, answer_id)`; the flow decides whether the tap counts."""

    answered = Signal(str, str)
    backPressed = Signal()
    startOverPressed = Signal()
    talkPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.question: Question | None = None
        self.answer_buttons: list[BigButton] = []
        """The buttons of the question shown, in its answers' order (the first of `_pool`)."""
        self._pool: list[BigButton] = []
        """Every answer button made so far: a question reuses them rather than build and style new ones."""
        self._columns = 0
        spacing = SIZES["spacing"]

        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(spacing)

        self.text = label("question")
        column.addWidget(self.text)

        # The answers grow into the room there is up to their themed maximum height, right under
        # the question (what is left stays below them), and scroll only if even that is too little.
        answers = QWidget()
        self.grid = QGridLayout(answers)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.answers_panel = ScrollPanel(answers)
        column.addWidget(self.answers_panel, 1)

        self.talk = BigButton(icon="talk", role="talk")
        self.talk.clicked.connect(self.talkPressed)
        self.back = BigButton(icon="back", role="nav")
        self.back.clicked.connect(self.backPressed)
        self.restart = BigButton(icon="restart", role="nav")
        self.restart.clicked.connect(self.startOverPressed)
        self.bottom = QGridLayout()
        self.bottom.setSpacing(spacing)
        column.addLayout(self.bottom)
        self.portrait = False
        self.set_orientation(False, force=True)
        self.translateUI()

    # -- what the flow shows ---------------------------------------------------------------------

    def show_question(self, question: Question, lang: str) -> None:
        """Show `question`'s answers on the pooled buttons (more are made only for more answers)."""
        self.question = question
        self.lang = lang
        wanted = len(question.answers)
        while len(self._pool) < wanted:
            self._pool.append(self._answer_button())
        shown, self.answer_buttons = self.answer_buttons, self._pool[:wanted]
        if len(shown) != wanted:
            for button in shown:
                self.grid.removeWidget(button)
            for button in shown[wanted:]:
                button.hide()
            self._columns = 0  # placed again below
        for button, answer in zip(self.answer_buttons, question.answers, strict=True):
            # A press begun on the last question never ends as a tap on this one.
            button.setDown(False)
            button.set_icon(answer.icon)
            button.setProperty("answer_id", answer.id)
        self.translateUI()  # the words first: how many columns fit depends on them
        self._place_answers()
        # Shown now, not on Qt's next turn, so the keypad's focus can land on them at once.
        for button in self.answer_buttons:
            button.show()
        self._tab_order()

    def _answer_button(self) -> BigButton:
        button = BigButton(role="answer")
        # Grow into a tall screen (up to the theme's max-height) rather than leave a gap.
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The question is the one shown: a pooled button only ever answers that one.
        button.clicked.connect(
            lambda _=False: self.answered.emit(self.question.id, button.property("answer_id"))
        )
        return button

    def set_busy(self, busy: bool) -> None:
        """While the hub is asked for a ticket, nothing here can be pressed twice."""
        for button in (*self.answer_buttons, self.talk, self.back, self.restart):
            button.setEnabled(not busy)

    def translateUI(self) -> None:
        if self.question is not None:
            self.text.setText(in_lang(self.question.text, self.lang))
            for button, answer in zip(self.answer_buttons, self.question.answers, strict=True):
                button.set_words(in_lang(answer.label, self.lang), in_lang(answer.help, self.lang))
                if not answer.help:
                    button.set_description(
                        QCoreApplication.translate("Access", "An answer to the question: %1").replace(
                            "%1", self.text.text()
                        )
                    )
        self.talk.set_words(QCoreApplication.translate("Visitor", "I don't know – I want to talk to someone"))
        self.back.set_words(QCoreApplication.translate("Visitor", "Back"))
        self.restart.set_words(QCoreApplication.translate("Visitor", "Start over"))
        self.talk.set_description(
            QCoreApplication.translate(
                "Access", "Gives you a queue number for the front desk. Staff will help you."
            )
        )
        self.back.set_description(QCoreApplication.translate("Access", "Goes to the previous question."))
        self.restart.set_description(
            QCoreApplication.translate("Access", "Forgets your answers and starts from the first question.")
        )

    def reading_order(self) -> list[QWidget]:
        return [self.text, *self.answer_buttons, self.talk, self.back, self.restart]

    # -- layout that reflows with the screen's shape ------------------------------------------------

    def set_orientation(self, portrait: bool, force: bool = False) -> None:
        """The window tells every screen its shape, shown or not, so hidden screens never demand room."""
        if portrait == self.portrait and not force:
            return
        self.portrait = portrait
        self._columns = 0
        self._reflow()

    def _reflow(self) -> None:
        self._place_answers()
        self._place_bottom()

    def _place_answers(self) -> None:
        portrait = self.portrait
        count = len(self.answer_buttons)
        if count <= 2:
            columns = 1 if portrait else max(count, 1)
        elif portrait or count == 4:
            columns = 2
        else:
            columns = 3
        columns = self._fitting_columns(columns)
        if columns != self._columns:
            self._columns = columns
            for i, button in enumerate(self.answer_buttons):
                self.grid.addWidget(button, i // columns, i % columns)
            for c in range(3):
                self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def _fitting_columns(self, wanted: int) -> int:
        """As many columns, up to `wanted`, as the answers' longest words let stand side by side beside
        the scroll bar: wider, a card ran out of the panel and its words were cut off at its edge
        (Somali with larger text at 1280x800). Fewer columns scroll down instead, as the panel may."""
        panel = self.answers_panel
        room = panel.width() - panel.verticalScrollBar().sizeHint().width()
        if room <= 0 or not self.answer_buttons:
            return wanted  # not laid out yet: placed again when it is
        for button in self.answer_buttons:
            button.ensurePolished()  # a button new to the pool takes its theme's font only now
            # Its new words, not the last question's, set its width: Qt would redo the nested
            # layouts' sizes on its next turn, after the columns are chosen.
            button.layout().invalidate()
            button.layout().activate()
        spacing = self.grid.horizontalSpacing()
        for columns in range(wanted, 1, -1):
            column_widths = [
                max(button.minimumSizeHint().width() for button in self.answer_buttons[c::columns])
                for c in range(columns)
            ]
            if sum(column_widths) + spacing * (columns - 1) <= room:
                return columns
        return 1

    def set_larger_text(self, on: bool) -> None:
        # The new sizes reach the buttons with the style, on Qt's next turn: count the columns then.
        QTimer.singleShot(0, self, self._place_answers)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_answers()

    def _place_bottom(self) -> None:
        portrait = self.portrait
        # Landscape keeps the three on one row; portrait gives "talk to someone" a row of its own.
        for button in (self.back, self.restart, self.talk):
            self.bottom.removeWidget(button)
        for c in range(3):
            self.bottom.setColumnStretch(c, 0)
        if portrait:
            self.bottom.addWidget(self.talk, 0, 0, 1, 2)
            self.bottom.addWidget(self.back, 1, 0)
            self.bottom.addWidget(self.restart, 1, 1)
            self.bottom.setColumnStretch(0, 1)
            self.bottom.setColumnStretch(1, 1)
        else:
            self.bottom.addWidget(self.back, 0, 0)
            self.bottom.addWidget(self.restart, 0, 1)
            self.bottom.addWidget(self.talk, 0, 2)
            self.bottom.setColumnStretch(0, 2)
            self.bottom.setColumnStretch(1, 2)
            self.bottom.setColumnStretch(2, 4)

    def _tab_order(self) -> None:
        order = [*self.answer_buttons, self.talk, self.back, self.restart]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
