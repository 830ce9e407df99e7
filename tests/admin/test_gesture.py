"""The kiosk's hidden way in: a long press in the top-left corner opens the admin PIN dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from screens.visitor.admin_gesture import AdminGesture
from screens.visitor.flow import VisitFlow
from screens.visitor.window import VisitorWindow


@pytest.fixture
def kiosk(qtbot, routing):
    flow = VisitFlow(None, tap_guard_ms=0)
    window = VisitorWindow(flow)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    flow.set_routing(routing)
    gesture = AdminGesture(window, "http://127.0.0.1:9", hold_ms=200)
    yield window, flow, gesture
    if gesture.opener is not None and gesture.opener.dialog is not None:
        gesture.opener.dialog.close()


def press(qtbot, window, at: QPoint):
    target = window.childAt(at) or window
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, at))
    return target


def release(qtbot, window, target, at: QPoint) -> None:
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, at))


def test_a_long_press_in_the_corner_opens_the_pin_dialog(qtbot, kiosk):
    window, flow, gesture = kiosk
    corner = QPoint(12, 12)
    target = press(qtbot, window, corner)
    qtbot.waitUntil(lambda: gesture.opener is not None and gesture.opener.dialog.isVisible(), timeout=3000)
    screen = flow.screen
    release(qtbot, window, target, corner)
    # The long press is not also a tap on what lies under it.
    assert flow.screen == screen
    # In the admin's default language, Finnish, until the manager switches.
    assert gesture.opener.dialog.title.text() == "Kirjoita ylläpidon PIN-koodi"


def test_a_tap_in_the_corner_or_a_long_press_elsewhere_opens_nothing(qtbot, kiosk):
    window, _flow, gesture = kiosk
    corner = QPoint(12, 12)
    target = press(qtbot, window, corner)
    assert gesture._timer.isActive()
    release(qtbot, window, target, corner)
    # Let go before the time: the hold is forgotten, nothing can open later.
    assert not gesture._timer.isActive()
    middle = QPoint(640, 400)
    target = press(qtbot, window, middle)
    assert not gesture._timer.isActive()
    release(qtbot, window, target, middle)
    assert gesture.opener is None
