"""CheckInScreen: "I have a booked time" — a large keypad of the code's own signs, or, when the hub
refuses the code, what happened and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.core.booking_codes import CHECK_IN_EARLY, CODE_ALPHABET, CODE_LENGTH, group_code
from screens.common.big_number import BigNumber
from screens.common.buttons import BigButton
from screens.common.theme import SIZES
from screens.visitor import when
from screens.visitor.base import Screen, label
from screens.visitor.booking import spell

CODE_MIN_HEIGHT = 80
CODE_SHARE = 0.15
"""The code as typed is at most this share of the window's height (landscape)."""
CODE_SHARE_PORTRAIT = 0.1
"""In portrait, where the keys take six rows and the code is as wide as it can be drawn anyway."""
SHORT_SCREEN = 1000
"""Below this window height, larger text leaves no room for the hint above the keys."""
PLACEHOLDER = "_"
THIN_SPACE = "\u2009"
"""Shown for each sign still to type, so the visitor sees how long the code is."""


def shown_code(code: str) -> str:
    """The code typed so far with a place for each sign to come, grouped: "K7M 4_ _" (a thin space
    keeps two places from drawing as one long line)."""
    grouped = group_code(code + PLACEHOLDER * (CODE_LENGTH - len(code)))
    return grouped.replace(PLACEHOLDER * 2, PLACEHOLDER + THIN_SPACE + PLACEHOLDER).replace(
        PLACEHOLDER * 2, PLACEHOLDER + THIN_SPACE + PLACEHOLDER
    )


_KNOWN = ("too_early", "too_late", "used", "cancelled", "no_show")
"""Refusals about a booking that exists; anything else is a code not found."""


class KeyButton(BigButton):
    """One sign of the code; said as the sign itself."""

    def __init__(self, sign: str):
        super().__init__(sign, role="answer")
        self.sign = sign
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout().setContentsMargins(0, 0, 0, 0)


class CheckInScreen(Screen):
    """Emits each key; the flow keeps the code (only the code's signs, at most its length)."""

    signPressed = Signal(str)
    deletePressed = Signal()
    clearPressed = Signal()
    checkInPressed = Signal()
    backPressed = Signal()
    deskPressed = Signal()
    againPressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = ""
        self.error: tuple[str, dict] | None = None
        self.complete = False
        self.larger = False
        self.portrait: bool | None = None
        spacing = SIZES["spacing"]
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        # Tighter than other screens: three rows of keys and the buttons must fit 1280x800.
        column.setSpacing(spacing // 2)

        # The title and the hint beside the code as typed (landscape), or above it (portrait).
        self.title = label("question")
        self.hint = label("body")
        texts = QVBoxLayout()
        texts.setSpacing(spacing // 2)
        texts.addWidget(self.title)
        texts.addWidget(self.hint)
        texts.addStretch(1)
        self.shown = BigNumber()
        # The code draws itself as large as its box allows; the keys need the height more.
        self.shown.setMinimumHeight(CODE_MIN_HEIGHT)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.setSpacing(spacing)
        self.top.addLayout(texts, 1)
        self.top.addWidget(self.shown, 1)
        column.addLayout(self.top)

        # Typing: the keypad.
        self.typing = QWidget()
        # The keys run left to right in every language, as the code they type is printed and read
        # (2 before 3, A before B, "delete" pointing back at the last sign): in Arabic too.
        self.typing.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        typing = QVBoxLayout(self.typing)
        typing.setContentsMargins(0, 0, 0, 0)
        typing.setSpacing(spacing)
        self.keys = [KeyButton(sign) for sign in CODE_ALPHABET]
        for key in self.keys:
            key.clicked.connect(lambda _=False, sign=key.sign: self.signPressed.emit(sign))
        self.delete = BigButton(icon="back", role="nav")
        self.delete.clicked.connect(self.deletePressed)
        self.clear = BigButton(role="nav")
        self.clear.clicked.connect(self.clearPressed)
        self.pad = QGridLayout()
        self.pad.setSpacing(spacing // 2)
        # Rows only the 8 px apart a touch target needs: with larger text on a 1280x800 screen
        # the three rows of keys, the title and the buttons below take the whole height.
        self.pad.setVerticalSpacing(8)
        typing.addLayout(self.pad)
        column.addWidget(self.typing, 1)

        # Refused: what happened, what to do.
        self.refused = QWidget()
        refused = QVBoxLayout(self.refused)
        refused.setContentsMargins(0, 0, 0, 0)
        refused.setSpacing(spacing)
        self.detail = label("greeting")
        self.next_step = label("strong")
        refused.addStretch(1)
        refused.addWidget(self.detail)
        refused.addWidget(self.next_step)
        refused.addStretch(1)
        self.again = BigButton(icon="restart", role="nav")
        self.again.clicked.connect(self.againPressed)
        refused.addWidget(self.again)
        column.addWidget(self.refused, 1)

        self.check_in = BigButton(icon="done", role="primary")
        self.check_in.clicked.connect(self.checkInPressed)
        self.desk = BigButton(icon="talk", role="talk")
        self.desk.clicked.connect(self.deskPressed)
        self.back = BigButton(icon="home", role="nav")
        self.back.clicked.connect(self.backPressed)
        self.bottom = QGridLayout()
        self.bottom.setSpacing(spacing)
        column.addLayout(self.bottom)
        self.set_orientation(False)
        self.show_state("", None, "fi")

    # -- what the flow shows -------------------------------------------------------------------------

    def show_state(
        self, code: str, error: tuple[str, dict] | None, lang: str, complete: bool = False
    ) -> None:
        self.code = code
        self.error = error
        self.complete = complete
        self.lang = lang
        self.typing.setVisible(error is None)
        self.shown.setVisible(error is None)
        self.refused.setVisible(error is not None)
        self.check_in.setVisible(error is None)
        self._stretch_bottom()
        self.translateUI()
        self._fit_hint()

    def show_code(self, code: str, complete: bool) -> None:
        self.code = code
        self.complete = complete
        self.shown.setText(shown_code(code))
        self.shown.setAccessibleName(self.code_spoken())
        self.check_in.setEnabled(complete)

    def code_spoken(self) -> str:
        """What speech says of the code typed so far ("K 7 M, 4"), or that nothing is typed yet."""
        if not self.code:
            return QCoreApplication.translate("Visitor", "No signs typed yet.")
        return spell(self.code)

    def set_busy(self, busy: bool) -> None:
        for button in (*self.keys, self.delete, self.clear, self.desk, self.back, self.again):
            button.setEnabled(not busy)
        self.check_in.setEnabled(not busy and self.complete)

    def _stretch_bottom(self) -> None:
        # "Check in" is in the large font of a main action: the widest share, while it shows. With
        # larger text the desk button's two lines need as much, or its icon is squeezed to a dot.
        typing = self.error is None
        self.bottom.setColumnStretch(0, 2)
        self.bottom.setColumnStretch(1, 3 if self.larger else 2)
        self.bottom.setColumnStretch(2, 3 if typing and not self.portrait else 0)

    def set_larger_text(self, on: bool) -> None:
        self.larger = on
        self._stretch_bottom()
        self._fit_hint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_hint()

    def _fit_hint(self) -> None:
        # The code's box sets its own height in a column that must also hold three rows of keys:
        # a share of the window, never less than CODE_MIN_HEIGHT.
        share = CODE_SHARE_PORTRAIT if self.portrait else CODE_SHARE
        self.shown.setMaximumHeight(max(CODE_MIN_HEIGHT, int(self.window().height() * share)))
        # The keys matter more than the hint (the title already says what to type).
        short = not self.portrait and self.window().height() < SHORT_SCREEN
        self.hint.setVisible(self.error is None and not (self.larger and short))

    # -- layout -----------------------------------------------------------------------------------------

    def set_orientation(self, portrait: bool) -> None:
        """Landscape: 11 keys a row (digits, then letters, delete and clear at the ends); portrait: 6."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        self.top.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        for widget in (*self.keys, self.delete, self.clear):
            self.pad.removeWidget(widget)
        columns = 6 if portrait else 11
        digits = [k for k in self.keys if k.sign.isdigit()]
        letters = [k for k in self.keys if not k.sign.isdigit()]
        if portrait:
            cells = [*digits, *letters]
            for i, key in enumerate(cells):
                self.pad.addWidget(key, i // columns, i % columns)
            row = (len(cells) - 1) // columns + 1
            self.pad.addWidget(self.delete, row, 0, 1, 3)
            self.pad.addWidget(self.clear, row, 3, 1, 3)
        else:
            # Row 1: 2..9, then delete; rows 2-3: the letters, then clear (wide enough for its words).
            for i, key in enumerate(digits):
                self.pad.addWidget(key, 0, i)
            self.pad.addWidget(self.delete, 0, len(digits), 1, columns - len(digits))
            for i, key in enumerate(letters):
                self.pad.addWidget(key, 1 + i // columns, i % columns)
            last = len(letters) % columns
            self.pad.addWidget(self.clear, 1 + len(letters) // columns, last, 1, columns - last)
        for c in range(11):
            self.pad.setColumnStretch(c, 1 if c < columns else 0)
        for button in (self.back, self.desk, self.check_in):
            self.bottom.removeWidget(button)
        if portrait:
            self.bottom.addWidget(self.check_in, 0, 0, 1, 2)
            self.bottom.addWidget(self.back, 1, 0)
            self.bottom.addWidget(self.desk, 1, 1)
            self.bottom.setColumnStretch(2, 0)
        else:
            self.bottom.addWidget(self.back, 0, 0)
            self.bottom.addWidget(self.desk, 0, 1)
            self.bottom.addWidget(self.check_in, 0, 2)
        self._stretch_bottom()
        self._fit_hint()

    # -- words ------------------------------------------------------------------------------------------

    def translateUI(self) -> None:
        self.show_code(self.code, self.complete)
        self.hint.setText(
            QCoreApplication.translate("Visitor", "The code has %1 letters and numbers.").replace(
                "%1", str(CODE_LENGTH)
            )
        )
        self.delete.set_words(QCoreApplication.translate("Visitor", "Delete"))
        self.delete.set_description(QCoreApplication.translate("Access", "Deletes the last sign."))
        self.clear.set_words(QCoreApplication.translate("Visitor", "Clear all"))
        self.clear.set_description(QCoreApplication.translate("Access", "Deletes the whole code."))
        self.check_in.set_words(QCoreApplication.translate("Visitor", "Check in"))
        self.check_in.set_description(
            QCoreApplication.translate("Access", "Sends the code. You get your queue number.")
        )
        self.desk.set_words(QCoreApplication.translate("Visitor", "Take a number for the desk"))
        self.desk.set_description(
            QCoreApplication.translate("Access", "Gives you a queue number for the front desk.")
        )
        self.back.set_words(QCoreApplication.translate("Visitor", "Back to the start"))
        self.back.set_description(QCoreApplication.translate("Access", "Goes back to the first screen."))
        self.again.set_words(QCoreApplication.translate("Visitor", "Type the code again"))
        self.again.set_description(
            QCoreApplication.translate("Access", "Opens the keypad with the code you typed.")
        )
        for key in self.keys:
            key.set_description(QCoreApplication.translate("Access", "Types this sign."))
        if self.error is None:
            self.title.setText(QCoreApplication.translate("Visitor", "Type your booking code"))
            return
        title, detail, step, again = self._refusal(*self.error)
        self.title.setText(title)
        self.detail.setText(detail)
        # The code not found is said sign by sign, as it was typed.
        unknown = self.error[0] not in _KNOWN
        self.detail.setAccessibleName(spell(self.code) if unknown and self.code else "")
        self.detail.setVisible(bool(detail))
        self.next_step.setText(step)
        self.next_step.setVisible(bool(step))
        self.again.setVisible(again)

    def _refusal(self, error: str, body: dict) -> tuple[str, str, str, bool]:
        """(title, what we know, what to do next, whether typing again can help) for a refusal."""
        booking = body.get("booking") or {}
        start = booking.get("start")
        desk = QCoreApplication.translate("Visitor", "Please ask at the desk.")
        if error == "too_early" and start:
            time = when.slot_when(start, self.lang)
            opens = when.clock_time(when.local(start) - CHECK_IN_EARLY, self.lang)
            return (
                QCoreApplication.translate("Visitor", "It is too early to check in."),
                QCoreApplication.translate("Visitor", "Your booked time: %1.").replace("%1", time),
                QCoreApplication.translate(
                    "Visitor", "You can check in from %1. Please come back then."
                ).replace("%1", opens),
                False,
            )
        if error == "too_late":
            return QCoreApplication.translate("Visitor", "Your time has passed."), "", desk, False
        if error == "used":
            number = (booking.get("ticket") or {}).get("number", "")
            return (
                QCoreApplication.translate("Visitor", "You have already checked in."),
                QCoreApplication.translate("Visitor", "Your number is %1.").replace("%1", number)
                if number
                else "",
                QCoreApplication.translate("Visitor", "Please wait here. We will call your number."),
                False,
            )
        if error == "cancelled":
            return QCoreApplication.translate("Visitor", "This booking was cancelled."), "", desk, False
        if error == "no_show":
            return QCoreApplication.translate("Visitor", "This booking is no longer valid."), "", desk, False
        if error == "too_many_tries":
            # The hub slows down guessing at this kiosk (429): calm words, and the code stays typed.
            return (
                QCoreApplication.translate("Visitor", "Wait a moment, then try again."),
                shown_code(self.code),
                QCoreApplication.translate("Visitor", "Check the code, or ask at the desk."),
                True,
            )
        return (
            QCoreApplication.translate("Visitor", "We did not find this code."),
            shown_code(self.code),
            QCoreApplication.translate("Visitor", "Check it, or ask at the desk."),
            True,
        )

    def reading_order(self) -> list[QWidget]:
        if self.error is None:
            return [
                self.title, self.shown, self.hint, *self.keys, self.delete, self.clear,
                self.check_in, self.back, self.desk,
            ]  # fmt: skip
        return [self.title, self.detail, self.next_step, self.again, self.desk, self.back]
