"""QrScreen: a result screen whose words sit beside a QR card (above it in portrait): ticket, booking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout, QWidget

from screens.common.qr import QrView
from screens.common.theme import SIZES
from screens.visitor.base import Screen, label


class QrScreen(Screen):
    """With larger text the card gives way: the number or code, the time and the room matter more
    than what the QR code adds on a phone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.portrait = False
        self.larger = False

    def add_body(self, column: QVBoxLayout, info: QVBoxLayout, spacing: int) -> None:
        """Put `info` and the QR card (`self.qr`, `self.qr_caption`) side by side, centred in `column`."""
        self.qr_card = QFrame()
        self.qr_card.setProperty("role", "card")
        card = QVBoxLayout(self.qr_card)
        card.setContentsMargins(spacing, spacing, spacing, spacing)
        self.qr = QrView()
        self.qr.setMinimumSize(SIZES["qr_size"] * 3 // 4, SIZES["qr_size"] * 3 // 4)
        self.qr_caption = label("muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card.addWidget(self.qr, 1, Qt.AlignmentFlag.AlignHCenter)
        card.addWidget(self.qr_caption)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(spacing * 2)
        self.body.addLayout(info, 3)
        self.body.addWidget(self.qr_card, 2, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        column.addLayout(self.body)
        column.addStretch(1)

    def set_orientation(self, portrait: bool) -> None:
        self.portrait = portrait
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self._fit_qr()

    def set_larger_text(self, on: bool) -> None:
        self.larger = on
        self._fit_qr()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_qr()

    def _fit_qr(self) -> None:
        # With larger text the words take the whole screen: the number, the time and the room matter
        # more than what the QR code adds on a phone (the words of most languages do not fit beside it).
        self.qr_card.setVisible(not self.larger)
