"""OfflineView: the calm screen shown while the hub cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from screens.common.buttons import IconView
from screens.common.theme import SIZES
from screens.common.wrapping import WrappingLabel
from screens.visitor.base import Screen


class OfflineView(Screen):
    """No buttons: the kiosk comes back by itself, and the desk can help meanwhile."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(*(SIZES["margin"],) * 4)
        column.setSpacing(SIZES["spacing"])
        self.icon = IconView("desk")
        self.icon.setMinimumSize(SIZES["icon_size"] * 2, SIZES["icon_size"] * 2)
        self.title = WrappingLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setProperty("role", "title")
        self.body = WrappingLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.body.setProperty("role", "greeting")
        column.addStretch(1)
        column.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addStretch(1)
        self.translateUI()

    def translateUI(self) -> None:
        self.title.setText(QCoreApplication.translate("Common", "Please ask the staff at the desk."))
        self.body.setText(QCoreApplication.translate("Common", "The kiosk will be back soon."))

    def reading_order(self) -> list[QWidget]:
        return [self.title, self.body]
