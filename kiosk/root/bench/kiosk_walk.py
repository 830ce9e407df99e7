"""Walking visits through the real VisitorWindow in this process, by taps, and timing what is painted.

A tap is a real mouse click (QtTest), so it goes through every event filter the kiosk has; "painted"
means a paint event reached the widget that shows the result, and the frame it belongs to is done.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.routing import Question, Routing
from screens.visitor.flow import VisitFlow
from screens.visitor.screen import Screen
from screens.visitor.window import VisitorWindow

SIZE = (1280, 800)
TIMEOUT_S = 15.0


class Painted(QObject):
    """Counts the paint events of one widget (a filter on that widget alone)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Waiter:
    """Runs the event loop until a condition holds; a slow timer wakes it to check the deadline."""

    def __init__(self):
        self.app = QApplication.instance()
        self._wake = QTimer(interval=100)
        self._wake.start()

    def until(self, done: Callable[[], bool], what: str, timeout_s: float = TIMEOUT_S) -> None:
        deadline = time.perf_counter() + timeout_s
        while not done():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > deadline:
                raise TimeoutError(f"waited {timeout_s:.0f} s for {what}")

    def settle(self) -> None:
        """Let every pending event (layouts, paints, deferred deletes) run before the next timing."""
        for _ in range(3):
            self.app.processEvents()
            self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass
class Step:
    """A tap: from the first question, the answers before it (untimed), then the timed one."""

    before: list[tuple[str, str]]
    question: str
    answer: str


def steps(routing: Routing, to_question: bool) -> list[Step]:
    """Every answer that leads to another question (`to_question`), or ends the walk in a queue."""
    found: list[Step] = []

    def walk(question: Question, before: list[tuple[str, str]]) -> None:
        for answer in question.answers:
            if answer.next:
                if to_question:
                    found.append(Step(before, question.id, answer.id))
                walk(routing.question(answer.next), [*before, (question.id, answer.id)])
            elif not to_question and _walk_in(routing, answer.route):
                found.append(Step(before, question.id, answer.id))

    walk(routing.question(routing.start), [])
    return found


def _walk_in(routing: Routing, route: list[str] | None) -> bool:
    """Whether a visit ending with this route gets a queue number at once (not a booking)."""
    if not route:
        return False
    service = routing.service(route[0])
    return service is not None and not service.scheduled


class Kiosk:
    """A VisitorWindow on a flow, shown at the kiosk's size."""

    def __init__(self, flow: VisitFlow):
        self.flow = flow
        self.window = VisitorWindow(flow)
        self.window.resize(*SIZE)
        self.window.show()
        self.waiter = Waiter()
        self.question_painted = Painted(self.window.question.text)
        self.qr_painted = Painted(self.window.ticket.qr)

    def tap(self, button: QWidget) -> None:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def answer_button(self, answer_id: str) -> QWidget:
        for button in self.window.question.answer_buttons:
            if button.property("answer_id") == answer_id:
                return button
        raise LookupError(f"no answer {answer_id!r} on question {self.flow.question.id!r}")

    def wait_screen(self, screen: Screen) -> None:
        self.waiter.until(lambda: self.flow.screen == screen, f"the {screen} screen")

    def to_step(self, step: Step) -> None:
        """From wherever the visit is, to the question of `step` (the first question, then answers)."""
        self.flow.start()
        for question, answer in step.before:
            self.flow.answer(question, answer)
        assert self.flow.question is not None and self.flow.question.id == step.question
        self.waiter.settle()

    def time_to_question(self, step: Step) -> tuple[float, float]:
        """Seconds from the tap on `step`'s answer to the next question painted: (wall, this thread's
        CPU). Waiting for the event loop burns no CPU, so the second is the kiosk's own work."""
        self.to_step(step)
        button = self.answer_button(step.answer)
        before = self.question_painted.count
        start, cpu = time.perf_counter(), time.thread_time()
        self.tap(button)
        self.waiter.until(
            lambda: self.question_painted.count > before and self.flow.question.id != step.question,
            "the next question painted",
        )
        return time.perf_counter() - start, time.thread_time() - cpu

    def time_to_ticket(self, step: Step) -> tuple[float, float]:
        """Seconds from the last tap to the ticket screen with its QR code painted (the hub answers):
        (wall, this thread's CPU)."""
        self.to_step(step)
        button = self.answer_button(step.answer)
        before = self.qr_painted.count
        start, cpu = time.perf_counter(), time.thread_time()
        self.tap(button)
        self.waiter.until(
            lambda: self.flow.screen == Screen.TICKET and self.qr_painted.count > before,
            "the ticket with its QR code painted",
        )
        took = time.perf_counter() - start, time.thread_time() - cpu
        self.tap(self.window.ticket.done)
        self.wait_screen(Screen.WELCOME)
        return took

    def visit(self, step: Step) -> None:
        """One whole visit by taps: Start, the answers, the ticket painted, Done."""
        self.tap(self.window.welcome.start)
        self.wait_screen(Screen.QUESTION)
        for question, answer in [*step.before, (step.question, step.answer)]:
            assert self.flow.question is not None and self.flow.question.id == question
            self.tap(self.answer_button(answer))
            if (question, answer) != (step.question, step.answer):
                self.waiter.until(lambda q=question: self.flow.question.id != q, "the next question")
        before = self.qr_painted.count
        self.waiter.until(
            lambda: self.flow.screen == Screen.TICKET and self.qr_painted.count > before, "the ticket"
        )
        self.tap(self.window.ticket.done)
        self.wait_screen(Screen.WELCOME)
        self.waiter.settle()


def cycle(items: list) -> Iterator:
    while True:
        yield from items
