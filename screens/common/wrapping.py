"""WrappingLabel: words that wrap onto more lines, each line reaching the label's edge in Arabic too."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class WrappingLabel(QLabel):
    """A word-wrapped label for words of any direction.

    QLabel wraps plain text counting the space each line breaks at into that line's width. In a
    right-to-left layout that space stands at the line's right end, the side the lines align to, so
    every line but the last stood a space short of the edge: an Arabic answer's first line looked
    indented. Qt's rich-text layout leaves the space out, so in a right-to-left layout the words are
    set as rich text (escaped: a `<` in the routing is shown as it is); left to right they stay plain
    text, Qt's quicker path. `text()` gives the words as they were set, in either case.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, **properties):
        super().__init__(parent, **properties)
        self.setWordWrap(True)
        self._words = ""
        self.setText(text)

    def setText(self, text: str) -> None:
        self._words = text
        self._set_words()

    def text(self) -> str:
        return self._words

    def clear(self) -> None:
        self.setText("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_words()

    def _set_words(self) -> None:
        words = self._words
        if self.isRightToLeft():
            self.setTextFormat(Qt.TextFormat.RichText)
            super().setText(escape(words, quote=False).replace("\n", "<br>"))
        else:
            self.setTextFormat(Qt.TextFormat.PlainText)
            super().setText(words)
