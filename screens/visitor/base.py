"""Screen: what every visitor screen shares — its language, re-translation, and what it says aloud."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from screens.common.buttons import BigButton


def in_lang(text: dict[str, str] | None, lang: str) -> str:
    """A routing text in `lang`, or in the first language it has (the routing check makes that rare)."""
    if not text:
        return ""
    return text.get(lang) or next(iter(text.values()), "")


def label(role: str, *, wrap: bool = True) -> QLabel:
    """A label styled by its `role` in the theme."""
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def spoken(*widgets: QWidget) -> list[str]:
    """The words of visible labels and buttons, in the order given (reading order)."""
    out = []
    for widget in widgets:
        if widget.isHidden():
            continue
        text = widget.spoken() if isinstance(widget, BigButton) else widget.text()
        if text:
            out.append(text)
    return out


class Screen(QWidget):
    """A visitor screen: `lang` is set by the window before each language switch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("screen", "true")
        self.lang = "fi"

    def translateUI(self) -> None:
        """Set every word shown, from the translations and the routing, in `self.lang`."""

    def set_orientation(self, portrait: bool) -> None:
        """Reflow for a portrait or landscape window; the window calls it on every screen."""

    def spoken_items(self) -> list[str]:
        """What the screen says, in reading order, from the same strings it shows."""
        return []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)
