"""Screen: what every visitor screen shares — its language, re-translation, and what it says aloud."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from screens.common.buttons import BigButton
from screens.common.wrapping import WrappingLabel


def label(role: str, *, wrap: bool = True) -> QLabel:
    """A label styled by its `role` in the theme; its words wrap unless told not to."""
    widget = WrappingLabel() if wrap else QLabel()
    widget.setProperty("role", role)
    return widget


def spoken_text(widget: QWidget) -> str:
    """What reading `widget` aloud says: a button's words and second line, a label's text."""
    if isinstance(widget, BigButton):
        return widget.spoken()
    if isinstance(widget, QLabel):
        # A label may be said otherwise than shown, e.g. a ticket number "A012" as "A 12".
        return widget.accessibleName() or widget.text()
    return widget.accessibleName()


def spoken(*widgets: QWidget) -> list[str]:
    """The words of the widgets not hidden, in the order given (reading order)."""
    return [text for widget in widgets if not widget.isHidden() and (text := spoken_text(widget))]


def can_focus(widget: QWidget) -> bool:
    """Whether the keypad can move to `widget`: a shown, enabled control."""
    return (
        not widget.isHidden() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


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

    def set_larger_text(self, on: bool) -> None:
        """Reflow for "Larger text" beyond what the theme's font sizes do by themselves."""

    def reading_order(self) -> list[QWidget]:
        """Every label and control in the order a reader goes through them: the one source of
        what the screen says aloud and of where the keypad's focus moves."""
        return []

    def spoken_items(self) -> list[str]:
        """What the screen says, in reading order, from the same strings it shows."""
        return spoken(*self.reading_order())

    def focus_order(self) -> list[QWidget]:
        """The controls of `reading_order`, for the keypad to move through."""
        return [widget for widget in self.reading_order() if can_focus(widget)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)
