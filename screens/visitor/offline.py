"""OfflineView: the calm screen shown while the hub cannot be reached (or refuses this kiosk's token:
then a small line at the bottom tells staff)."""

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
        self.staff_note = WrappingLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.staff_note.setProperty("role", "muted")
        self.staff_note.hide()
        column.addStretch(1)
        column.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        column.addWidget(self.body)
        column.addStretch(1)
        column.addWidget(self.staff_note)
        self.translateUI()

    def translateUI(self) -> None:
        self.title.setText(QCoreApplication.translate("Common", "Please ask the staff at the desk."))
        self.body.setText(QCoreApplication.translate("Common", "The kiosk will be back soon."))
        self.staff_note.setText(
            QCoreApplication.translate(
                "Common",
                "For staff: the hub does not know this kiosk's token, so it cannot give tickets. See the install guide.",  # noqa: E501 (one literal: lupdate reads it)
            )
        )

    def show_unpaired(self, unpaired: bool) -> None:
        """Tell staff why the kiosk sends visitors to the desk: the hub refuses its token. The visitor is
        then not told it will be back soon (it will not, until staff mend it): only to go to the desk."""
        self.staff_note.setVisible(unpaired)
        self.body.setVisible(not unpaired)

    def reading_order(self) -> list[QWidget]:
        return [self.title, self.body, self.staff_note]
