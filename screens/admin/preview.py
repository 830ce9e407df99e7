"""PreviewPanel: the real kiosk window (VisitorWindow + VisitFlow, no hub) walking the draft.

Each checked edit is handed to the flow (`show_routing`); a visitor's path already taken is walked
again on the new draft, so a changed label shows where the manager is looking. Where the kiosk would
ask the hub, `screens.admin.outcome` answers locally.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import clock as kiosk_clock
from kiosk.core.routing import AnswerError, Routing, walk
from screens.admin.outcome import sample_booking, visit_outcome
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel
from screens.visitor.flow import VisitFlow
from screens.visitor.screen import Screen
from screens.visitor.window import VisitorWindow

PREVIEW_IDLE_MS = 30 * 60_000
"""The manager reads and edits between taps: the preview does not start over while they do."""
KIOSK_SIZE = (1280, 800)
"""The kiosk is laid out at a kiosk's size and shown scaled down, so it looks as it will at the door."""


class ScaledView(QGraphicsView):
    """Shows one widget scaled to fit, keeping its shape; taps go through to it."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.proxy = self.scene().addWidget(widget)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QColor("#5A646B"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.proxy, Qt.AspectRatioMode.KeepAspectRatio)


class PreviewPanel(QFrame):
    def __init__(
        self,
        words: AdminWords,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = kiosk_clock.now,
    ):
        super().__init__(parent)
        self.setObjectName("PreviewPanel")
        self.words = words
        self.clock = clock
        self.flow = VisitFlow(None, self, idle_ms=PREVIEW_IDLE_MS, tap_guard_ms=0, clock=clock)
        self.flow.busyChanged.connect(self._busy)
        self.controls = QWidget(objectName="PreviewControls")
        self.title = WrappingLabel()
        self.title.setProperty("role", "heading")
        self.note = WrappingLabel()
        self.note.setProperty("role", "muted")
        self.restart = QPushButton(objectName="PreviewRestart")
        self.restart.clicked.connect(self.start_over)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.restart)
        controls = QVBoxLayout(self.controls)
        controls.setContentsMargins(8, 6, 8, 2)
        controls.addLayout(top)
        controls.addWidget(self.note)
        # No parent: a window of its own inside the scene, so the admin's style never reaches it and
        # the kiosk's own touch handling works as at the door.
        self.window_ = VisitorWindow(self.flow)
        self.window_.resize(*KIOSK_SIZE)
        self.view = ScaledView(self.window_, self)
        self.window_.show()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.controls)
        layout.addWidget(self.view, 1)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    @property
    def visitor(self) -> VisitorWindow:
        return self.window_

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.title.setText(translate("AdminPreview", "Preview: the kiosk with your changes"))
        self.note.setText(translate("AdminPreview", "Tap through it as a visitor would. No ticket is made."))
        self.restart.setText(translate("AdminPreview", "Start over"))

    def show_routing(self, routing: Routing) -> None:
        """Show this draft; a path already taken is walked again on it."""
        draft = copy.deepcopy(routing)
        flow = self.flow
        answers, lang, screen = dict(flow.answers), flow.lang, flow.screen
        if flow.routing is None or screen in (Screen.WELCOME, Screen.OFFLINE):
            flow.set_routing(draft)
            return
        flow.routing = draft
        flow.reset()
        flow.choose_language(lang if lang in draft.languages else flow.default_lang)
        flow.start()
        for qid, aid in answers.items():
            if flow.screen != Screen.QUESTION or flow.question is None or flow.question.id != qid:
                break
            if flow.question.answer(aid) is None:
                break
            flow.answer(qid, aid)

    def start_over(self) -> None:
        self.flow.reset()

    def _busy(self, busy: bool) -> None:
        if busy:
            # After the flow has finished its own step (it is emitting from inside it).
            QTimer.singleShot(0, self._answer_as_hub)

    def _answer_as_hub(self) -> None:
        flow = self.flow
        if not flow.busy or flow.routing is None:
            return
        now = self.clock()
        if flow.screen == Screen.CONFIRM and flow.chosen and flow.booking_service:
            flow.show_booking(
                sample_booking(flow.booking_service, flow.chosen, flow.lang, now), flow.booking_service
            )
        elif flow.screen == Screen.CHECKIN and flow.code_complete():
            flow.show_check_in_error("unknown_booking", {})
        elif flow.screen in (Screen.QUESTION, Screen.SCHEDULED, Screen.SLOTS, Screen.CHECKIN, Screen.CLOSED):
            wants_person = flow.screen != Screen.QUESTION
            if not wants_person:
                try:
                    wants_person = walk(flow.routing, flow.answers).question is not None
                except AnswerError:
                    wants_person = True
            flow.show_result(visit_outcome(flow.routing, flow.answers, wants_person, now))
        else:
            flow.show_offline()
