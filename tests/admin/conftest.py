"""Fixtures for the admin screens: a window on a local draft (no hub), and one logged in to a real hub."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from screens.admin.draft import Draft
from screens.admin.window import WINDOW_SIZE, AdminWindow
from screens.admin.words import AdminWords

TUESDAY = datetime(2026, 3, 3, 10, 5, tzinfo=ZoneInfo("Europe/Helsinki"))


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, field, text: str) -> None:
    """Replace a field's text as the manager does: select it all, then type."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    for sign in text:
        if sign.isascii():
            qtbot.keyClick(field, sign)
        else:
            # QTest types only ASCII; a key with any other letter is sent as the keyboard would.
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, sign))


@pytest.fixture
def make_window(qtbot, routing):
    made: list[AdminWindow] = []

    def make(lang: str = "en", client=None, draft_routing=None) -> AdminWindow:
        draft = Draft(draft_routing or routing)
        window = AdminWindow(draft, AdminWords(lang), client, name="Test", clock=lambda: TUESDAY)
        window.resize(*WINDOW_SIZE)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        # Closing asks before unpublished changes are lost; a test ends without that question.
        window.draft.dirty = False
        window.close()
        window.deleteLater()


@pytest.fixture
def window(make_window) -> AdminWindow:
    return make_window()
