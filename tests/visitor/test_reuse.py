"""A tap costs one frame because the question screen reuses its answer buttons; a reused button never
turns a press begun on one question into an answer to the next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest

from screens.common.buttons import BigButton
from screens.common.theme import scale_for, stylesheet
from screens.screenshots import sample_clock
from screens.visitor.flow import VisitFlow
from screens.visitor.window import VisitorWindow


def test_the_next_question_reuses_the_answer_buttons(kiosk):
    kiosk.start()
    question = kiosk.window.question
    first = list(question.answer_buttons)
    made = len(question.findChildren(BigButton))
    kiosk.tap_answer("work")
    assert kiosk.flow.question.id == "age"
    assert question.answer_buttons == first[: len(question.answer_buttons)]
    assert len(question.findChildren(BigButton)) == made
    assert [b.property("answer_id") for b in question.answer_buttons] == [
        a.id for a in kiosk.flow.question.answers
    ]
    assert all(b.isVisible() for b in question.answer_buttons)
    assert not any(b.isVisible() for b in first[len(question.answer_buttons) :])


def test_a_press_on_the_last_question_does_not_answer_the_next(kiosk):
    kiosk.start()
    button = kiosk.answer("work")
    middle = QPoint(button.width() // 2, button.height() // 2)
    QTest.mousePress(button, Qt.MouseButton.LeftButton, pos=middle)
    kiosk.flow.answer("need", "study")  # the screen moves on under the finger (here: another answer)
    asked = kiosk.flow.question.id
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton, pos=middle)
    assert kiosk.flow.question.id == asked
    assert kiosk.flow.answers == {"need": "study"}


def test_a_window_built_for_its_size_is_styled_once(qtbot):
    """Built for the size it is shown at (as `kiosk run` builds it), the window is styled for that size
    at once: showing it restyles nothing (a restyle of every widget cost the start some 5 ms)."""
    for size, restyled_on_show in (((1280, 800), False), (None, True)):
        window = VisitorWindow(VisitFlow(None, tap_guard_ms=0, clock=sample_clock()), size=size)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        changes = StyleChanges()
        window.installEventFilter(changes)
        window.show()
        qtbot.waitExposed(window)
        assert (changes.count > 0) is restyled_on_show
        assert window.styleSheet() == stylesheet(scale_for(1280, 800))


class StyleChanges(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False
