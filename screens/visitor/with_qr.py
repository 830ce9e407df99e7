"""QrScreen: a result screen whose words sit beside a QR card (above it in portrait): ticket, booking."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QVBoxLayout, QWidget

from screens.common.qr import QrView
from screens.common.theme import SIZES
from screens.visitor.base import Screen, label

QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's "no maximum" for a widget's size."""


class QrScreen(Screen):
    """With larger text the card gives way where the words would not fit beside (or above) it: the
    number or code, the time and the room matter more than what the QR code adds on a phone. Where
    they still fit with it (a short language, a tall screen), it stays."""

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

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # A new theme (larger text): measured again once every word has its new font.
            QTimer.singleShot(0, self, self._fit_qr)

    def _fit_qr(self) -> None:
        """Show the card unless larger text needs its room (the screens call this again whenever
        their words change). In landscape the card stands beside the words, which would wrap into
        more lines than the screen's height holds: there it gives way to larger text. In portrait it
        stays where the words, the card at its smallest and the space between fit the height."""
        self.qr_card.setMaximumHeight(QWIDGETSIZE_MAX)
        if not self.larger:
            self.qr_card.setVisible(True)
            return
        self.qr_card.setVisible(False)  # the words' own height, as they wrap across the whole width
        if not self.portrait:
            return
        self.ensurePolished()
        layout = self.layout()
        _invalidate(layout)  # each nested layout keeps its own sizes: the hidden card is in them yet
        words = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        words = max(words, layout.totalMinimumSize().height())
        room = self.height() - words - self.body.spacing()
        if words > 0 and self.qr_card.minimumSizeHint().height() <= room:
            # No taller than the room the words leave: else the layout would squeeze them to fit it.
            self.qr_card.setMaximumHeight(room)
            self.qr_card.setVisible(True)


def _invalidate(layout: QLayout) -> None:
    """Forget the sizes `layout` and every layout in it have measured."""
    for i in range(layout.count()):
        inner = layout.itemAt(i).layout()
        if inner is not None:
            _invalidate(inner)
    layout.invalidate()
