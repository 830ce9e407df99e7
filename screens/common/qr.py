"""QrView: paints a QR code's modules with QPainter, with its quiet zone; no image files."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from screens.common.theme import SIZES

QUIET_ZONE = 4
"""Modules of white around the code, as the QR standard asks, so phones find it on any background."""


class QrView(QWidget):
    """A square QR code of `text`, as large as the widget allows, on white."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a QR code is never mirrored
        self.text = ""
        self.matrix: list[list[bool]] = []
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        if text:
            import qrcode  # only once a code is shown: the kiosk's first screen has none

            code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
            code.add_data(text)
            code.make(fit=True)
            self.matrix = code.get_matrix()
        else:
            self.matrix = []
        self.update()

    def sizeHint(self) -> QSize:
        side = SIZES["qr_size"]
        return QSize(side, side).expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, _event) -> None:
        if not self.matrix:
            return
        count = len(self.matrix) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        # Whole pixels per module keep the edges sharp, which phones read more easily.
        module = max(side // count, 1) if side >= count else side / count
        total = module * count
        left = (self.width() - total) / 2
        top = (self.height() - total) / 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, total, total), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(
                            left + (x + QUIET_ZONE) * module, top + (y + QUIET_ZONE) * module, module, module
                        )
                    )
