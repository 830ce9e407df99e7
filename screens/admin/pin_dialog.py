"""PinDialog: the admin PIN, typed or tapped (the kiosk has no keyboard); says tries left or how long
the lock lasts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from screens.admin.session import AdminSession
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel


def wait_words(words: AdminWords, seconds: int) -> str:
    minutes, rest = divmod(max(0, seconds), 60)
    if minutes:
        return words.translate("AdminPin", "%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(rest))
    return words.translate("AdminPin", "%1 s").replace("%1", str(rest))


class PinDialog(QDialog):
    """Accepted once the hub gives a session; the session then holds the token."""

    def __init__(self, session: AdminSession, words: AdminWords, parent=None):
        super().__init__(parent)
        self.setObjectName("PinDialog")
        self.session = session
        self.words = words
        self.locked_for = 0
        self.title = QLabel(objectName="PinTitle")
        self.title.setProperty("role", "heading")
        self.pin = QLineEdit(objectName="PinField", echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.pin.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.pin))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self.submit)
        self.pin.textChanged.connect(self._update)
        self.message = WrappingLabel(objectName="PinMessage")
        self.message.setMinimumHeight(48)
        # The style's padding and border are not in a word-wrapped label's height for its width: a
        # message of three lines or more would lose its first and last line without this margin.
        self.message.setMargin(8)
        keys = QGridLayout()
        self.digit_buttons = {}
        for i, digit in enumerate("123456789"):
            keys.addWidget(self._key(digit), i // 3, i % 3)
        self.erase = QPushButton("⌫", objectName="PinErase")
        self.erase.clicked.connect(self.pin.backspace)
        keys.addWidget(self.erase, 3, 0)
        keys.addWidget(self._key("0"), 3, 1)
        self.ok = QPushButton(objectName="PinOk")
        self.ok.setProperty("role", "primary")
        self.ok.clicked.connect(self.submit)
        keys.addWidget(self.ok, 3, 2)
        self.cancel = QPushButton(objectName="PinCancel")
        self.cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addLayout(keys)
        layout.addLayout(row)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        session.loggedIn.connect(self._logged_in)
        session.refused.connect(self.show_refusal)
        session.busyChanged.connect(self._update)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()
        self.setMinimumWidth(420)

    def _key(self, digit: str) -> QPushButton:
        button = QPushButton(digit, objectName=f"PinKey{digit}")
        button.setMinimumSize(88, 64)
        button.clicked.connect(lambda: self.pin.insert(digit))
        self.digit_buttons[digit] = button
        return button

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.setWindowTitle(translate("AdminPin", "Admin – PIN"))
        self.title.setText(translate("AdminPin", "Type the admin PIN"))
        self.ok.setText(translate("AdminPin", "Log in"))
        self.cancel.setText(translate("AdminPin", "Cancel"))
        self.erase.setToolTip(translate("AdminPin", "Erase one digit"))
        self._update()

    def submit(self) -> None:
        if self.ok.isEnabled():
            self.message.setText(self.words.translate("AdminPin", "Checking…"))
            self.session.log_in(self.pin.text())

    def show_refusal(self, reason: str, number: int) -> None:
        translate = self.words.translate
        self.pin.clear()
        if reason == "wrong_pin":
            text = translate("AdminPin", "Wrong PIN.")
            if number >= 0:
                text += " " + translate("AdminPin", "Tries left: %1.").replace("%1", str(number))
        elif reason == "locked":
            self.locked_for = number
            self._tick.start()
            text = self._locked_text()
        elif reason == "no_pin":
            text = translate(
                "AdminPin", "No admin PIN is set. On the hub machine, run: kiosk admin --set-pin"
            )
        elif reason == "not_paired":
            # The command on a line of its own, with this hub's address: it is typed, not read.
            text = translate(
                "AdminPin",
                "This PC is not paired with the hub. Start the admin with a token from the hub machine:",
            )
            command = f"kiosk admin --hub {self.session.client.url} --token T"
            text += "\n" + command
            self._fit_line(command)
        elif reason == "offline":
            text = translate("AdminPin", "The hub does not answer. Check the network and try again.")
        else:
            text = translate("AdminPin", "Something went wrong (%1). Try again.").replace("%1", str(number))
        self.message.setText(text)
        self.message.setProperty("kind", "problem")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self._update()
        if self.isVisible():
            self.adjustSize()  # a longer message makes the dialog taller, not the keys smaller

    def _fit_line(self, line: str) -> None:
        """Widen the dialog so `line` (a command to type) fits the message on one line, unbroken."""
        margins = self.layout().contentsMargins()
        # The message's margin, and the style's padding and border beside it (6 + 2 px a side).
        inside = 2 * (self.message.margin() + 8) + margins.left() + margins.right()
        self.setMinimumWidth(
            max(self.minimumWidth(), self.message.fontMetrics().horizontalAdvance(line) + inside)
        )

    def _locked_text(self) -> str:
        return self.words.translate("AdminPin", "Too many wrong tries. Try again in %1.").replace(
            "%1", wait_words(self.words, self.locked_for)
        )

    def _count_down(self) -> None:
        self.locked_for -= 1
        if self.locked_for <= 0:
            self._tick.stop()
            self.locked_for = 0
            self.message.setText(self.words.translate("AdminPin", "You can try again now."))
        else:
            self.message.setText(self._locked_text())
        self._update()

    def _update(self, _busy: bool = False) -> None:
        free = not self.session.busy and self.locked_for <= 0
        self.ok.setEnabled(free and bool(self.pin.text()))
        self.pin.setEnabled(free)
        for button in self.digit_buttons.values():
            button.setEnabled(free)

    def _logged_in(self, _name: str) -> None:
        self._tick.stop()
        self.accept()
