"""The console's two small dialogs: pairing with the hub (its token) and choosing my services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import in_lang
from screens.common.wrapping import WrappingLabel


def _words(role: str = "") -> QLabel:
    label = WrappingLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class _Dialog(QDialog):
    def showEvent(self, event) -> None:
        # Sized once the console's style (its larger fonts) is in, so wrapped words are never cut.
        self.adjustSize()
        super().showEvent(event)


class PairingDialog(_Dialog):
    """Asks for the hub's staff token; an empty one is refused with a message, and nothing changes."""

    def __init__(self, hub_url: str, problem: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.hub_url = hub_url
        self.setMinimumWidth(620)
        self.title = _words("heading")
        self.body = _words()
        self.hub = _words("muted")
        self.problem = _words()
        self.problem.setObjectName("Problem")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setClearButtonEnabled(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.setContentsMargins(24, 20, 24, 20)
        for widget in (self.title, self.body, self.hub, self.problem, self.field, self.buttons):
            column.addWidget(widget)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Staff", "Connect to the hub"))
        self.title.setText(QCoreApplication.translate("Staff", "Connect this computer to the hub"))
        self.body.setText(
            QCoreApplication.translate(
                "Staff",
                "Type the staff token. The person who runs the kiosk gets one with "
                "'kiosk token add --role staff'.",
            )
        )
        self.hub.setText(QCoreApplication.translate("Staff", "Hub: %1").replace("%1", self.hub_url))
        self.field.setPlaceholderText(QCoreApplication.translate("Staff", "Staff token"))
        self.field.setAccessibleName(QCoreApplication.translate("Staff", "Staff token"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Staff", "Connect")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Staff", "Not now")
        )

    @property
    def token(self) -> str:
        return self.field.text().strip()

    def accept(self) -> None:
        if not self.token:
            self.problem.setText(QCoreApplication.translate("Staff", "Type the token first."))
            self.problem.show()
            self.field.setFocus()
            return
        super().accept()


class ServicesDialog(_Dialog):
    """Checkboxes for the on-site services, then the scheduled ones (their appointments, and their
    checked-in visitors in my list)."""

    def __init__(self, services: list[dict], chosen: list[str], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(620)
        self.lang = lang
        self.title = _words("heading")
        self.problem = _words()
        self.problem.setObjectName("Problem")
        self.problem.hide()
        self.boxes: dict[str, QCheckBox] = {}
        self.later = _words("muted")
        self.scheduled: dict[str, QCheckBox] = {}
        column = QVBoxLayout(self)
        column.setSpacing(8)
        column.setContentsMargins(24, 20, 24, 20)
        column.addWidget(self.title)
        for service in services:
            box = QCheckBox(in_lang(service.get("name"), lang))
            box.setChecked(service["id"] in chosen)
            if service.get("kind") == "onsite":
                self.boxes[service["id"]] = box
            else:
                self.scheduled[service["id"]] = box
        for box in self.boxes.values():
            column.addWidget(box)
        if self.scheduled:
            column.addSpacing(10)
            column.addWidget(self.later)
            for box in self.scheduled.values():
                column.addWidget(box)
        column.addSpacing(10)
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.translateUI()

    def translateUI(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Staff", "My services"))
        self.title.setText(QCoreApplication.translate("Staff", "Which services do you serve at this desk?"))
        self.later.setText(
            QCoreApplication.translate(
                "Staff", "At set times (appointments; a visitor who checks in comes to your list):"
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Staff", "Save")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Staff", "Cancel")
        )

    @property
    def chosen(self) -> list[str]:
        boxes = {**self.boxes, **self.scheduled}
        return [sid for sid, box in boxes.items() if box.isChecked()]

    def accept(self) -> None:
        if not self.chosen:
            self.problem.setText(QCoreApplication.translate("Staff", "Choose at least one service."))
            self.problem.show()
            return
        super().accept()
