"""BigNumber: the ticket number, as large as the theme asks, or smaller if that is all that fits.

Everything else on the ticket wraps; the number cannot, and it matters most, so it is drawn
at the largest size that fits its box (with larger text on a small screen, that is less).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Never below this share of the theme's size: below it the layout must give way, not the number.
SMALLEST = 0.5


class BigNumber(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "number")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A ticket number or booking code reads as printed, left to right, in every language.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _size_at(self, pixels: int) -> QSize:
        font = QFont(self.font())
        font.setPixelSize(max(pixels, 1))
        metrics = QFontMetrics(font)
        return QSize(metrics.horizontalAdvance(self.text()), metrics.height())

    def sizeHint(self) -> QSize:
        return self._size_at(self.font().pixelSize())

    def minimumSizeHint(self) -> QSize:
        return self._size_at(round(self.font().pixelSize() * SMALLEST))

    def fitted_pixel_size(self) -> int:
        """The font size the number is drawn at: the theme's, or the largest that fits the box."""
        pixels = self.font().pixelSize()
        box = self.contentsRect().size()
        floor = round(pixels * SMALLEST)
        while pixels > floor:
            need = self._size_at(pixels)
            if need.width() <= box.width() and need.height() <= box.height():
                break
            pixels = max(floor, int(pixels * 0.95))
        return pixels

    def paintEvent(self, _event) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.fitted_pixel_size())
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())
