"""VisitFlow: one visit's state (language, answers, key, step) and the moves between the visitor's screens."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from kiosk.routing import AnswerError, Question, Routing, walk

SCREENS = ("offline", "welcome", "question", "ticket", "scheduled")


class VisitFlow(QObject):
    """Decides what the visitor sees next; the screens only show it and report taps.

    `client` is a `kiosk.client.HubClient` (or None to drive the screens on sample data).
    Times are in milliseconds except `countdown_s`.
    """

    screenChanged = Signal(str)
    languageChanged = Signal(str)
    busyChanged = Signal(bool)
    idleWarning = Signal(int)
    idleCancelled = Signal()
    speechModeChanged = Signal(bool)
    largerTextChanged = Signal(bool)

    def __init__(
        self,
        client=None,
        parent: QObject | None = None,
        *,
        default_lang: str | None = None,
        idle_ms: int = 60_000,
        countdown_s: int = 20,
        ticket_ms: int = 30_000,
        tap_guard_ms: int = 400,
        retry_routing_ms: int = 10_000,
        public_url: str | None = None,
    ):
        super().__init__(parent)
        self.client = client
        self.routing: Routing | None = None
        self._pending_routing: Routing | None = None
        self._wanted_lang = default_lang
        self.lang = default_lang or "fi"
        self.answers: dict[str, str] = {}
        self.key: str | None = None
        self.question: Question | None = None
        self.result: dict | None = None
        self.screen = "offline"
        self.busy = False
        self._base_times = (idle_ms, countdown_s, ticket_ms)
        self.countdown_s = countdown_s
        self.speech_mode = False
        self.larger_text = False
        self.countdown_active = False
        self.tap_guard_ms = tap_guard_ms
        self.public_url = public_url
        self._since_step = QElapsedTimer()
        self._since_step.start()

        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._idle.timeout.connect(self._on_idle)
        self._ticket = QTimer(self, singleShot=True, interval=ticket_ms)
        self._ticket.timeout.connect(self.reset)
        self._retry_routing = QTimer(self, singleShot=True, interval=retry_routing_ms)
        self._retry_routing.timeout.connect(self._fetch_routing)

        if client is not None:
            client.routingChanged.connect(self.set_routing)
            client.visitFinished.connect(self._on_visit_finished)
            client.visitFailed.connect(self._on_visit_failed)
            client.onlineChanged.connect(self._on_online_changed)

    # -- settings -----------------------------------------------------------------------------

    @property
    def default_lang(self) -> str:
        languages = self.routing.languages if self.routing else []
        if self._wanted_lang and (not languages or self._wanted_lang in languages):
            return self._wanted_lang
        return languages[0] if languages else (self._wanted_lang or "fi")

    @property
    def time_factor(self) -> int:
        """How many times longer every limit is: the centre's setting, doubled in speech mode."""
        centre = self.routing.centre.time_factor if self.routing is not None else 1
        return centre * (2 if self.speech_mode else 1)

    def _apply_times(self) -> None:
        idle_ms, countdown_s, ticket_ms = self._base_times
        factor = self.time_factor
        self._idle.setInterval(idle_ms * factor)
        self.countdown_s = countdown_s * factor
        self._ticket.setInterval(ticket_ms * factor)

    def set_speech_mode(self, on: bool) -> None:
        """Speech mode (switched on by the first key press) speaks every focus move and doubles the times."""
        if on != self.speech_mode:
            self.speech_mode = on
            self._apply_times()
            self.speechModeChanged.emit(on)

    def set_larger_text(self, on: bool) -> None:
        """ "Larger text" (A+) for this visit; the next visitor starts at the normal size."""
        if on != self.larger_text:
            self.larger_text = on
            self.largerTextChanged.emit(on)

    # -- moves the visitor makes --------------------------------------------------------------

    def start(self) -> None:
        """Begin a visit at the first question, in the language chosen."""
        if self.routing is None:
            return
        self.answers = {}
        self.key = str(uuid.uuid4())
        self.result = None
        self._walk()

    def choose_language(self, lang: str) -> None:
        if self.routing is not None and lang not in self.routing.languages:
            return
        if lang != self.lang:
            self.lang = lang
            self.languageChanged.emit(lang)

    def answer(self, question_id: str, answer_id: str) -> None:
        """The visitor tapped an answer; a tap meant for a screen already left is ignored."""
        if self.busy or self.screen != "question" or self.question is None:
            return
        if question_id != self.question.id:
            return
        # The second tap of a double tap lands on the next question's button at the same place.
        if self._since_step.elapsed() < self.tap_guard_ms:
            return
        self.answers[question_id] = answer_id
        self._walk()

    def back(self) -> None:
        if self.busy:
            return
        if not self.answers:
            self._show("welcome")
            return
        self.answers.pop(next(reversed(self.answers)))
        self._walk()

    def start_over(self) -> None:
        """Drop the answers and ask again from the first question, in the same language."""
        if self.busy:
            return
        self.start()

    def talk(self) -> None:
        """ "I don't know, I want to talk to someone": a ticket for the front desk with the answers so far."""
        if self.busy or self.routing is None:
            return
        if self.key is None:
            self.key = str(uuid.uuid4())
        self._submit(fallback=True)

    def desk_ticket(self) -> None:
        """From the scheduled screen: a desk ticket now, under a new key (the first went to the booking)."""
        if self.busy:
            return
        self.key = str(uuid.uuid4())
        self._submit(fallback=True)

    def done(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Back to welcome in the default language with the visit forgotten."""
        self._ticket.stop()
        self._set_busy(False)
        self.answers = {}
        self.key = None
        self.question = None
        self.result = None
        if self._pending_routing is not None:
            self.routing, self._pending_routing = self._pending_routing, None
        self.set_speech_mode(False)
        self.set_larger_text(False)
        self._apply_times()
        self.choose_language(self.default_lang)
        self._show("welcome" if self.routing is not None else "offline")

    def touched(self) -> None:
        """Any touch: the visitor is still here."""
        if self.countdown_active:
            self.countdown_active = False
            self.idleCancelled.emit()
        self._restart_idle()

    def idle_expired(self) -> None:
        """The countdown ran out without a touch."""
        self.countdown_active = False
        self.reset()

    # -- what the screens ask ------------------------------------------------------------------

    def service(self, service_id: str):
        return self.routing.service(service_id) if self.routing else None

    def status_link(self, ticket: dict) -> str:
        base = (self.public_url or (self.client.url if self.client is not None else "") or "").rstrip("/")
        return base + ticket.get("status_url", "")

    def show_result(self, body: dict) -> None:
        """Show a hub's answer to a visit (also how the screenshots drive the screens)."""
        self._set_busy(False)
        self.result = body
        if body.get("outcome") == "queued" and isinstance(body.get("ticket"), dict):
            self._show("ticket")
            self._ticket.start()
        elif body.get("outcome") == "book" and isinstance(body.get("service"), dict):
            self._show("scheduled")
        else:
            # An outcome this kiosk does not know yet (e.g. "closed"): the desk can tell the visitor.
            self._show("offline")
            self._ticket.start()

    def show_offline(self) -> None:
        self._set_busy(False)
        self._show("offline")

    # -- the hub's answers ----------------------------------------------------------------------

    def set_routing(self, routing: Routing, _version: int = 0) -> None:
        """A (new) routing from the hub: used at once between visits, after the current visit otherwise."""
        if self.routing is None or self.screen in ("offline", "welcome"):
            self.routing = routing
            self._pending_routing = None
            self.reset()
        else:
            self._pending_routing = routing

    def _on_visit_finished(self, key: str, body: dict) -> None:
        if key != self.key or not self.busy:
            return
        self.show_result(body)

    def _on_visit_failed(self, key: str, _reason: str) -> None:
        if key != self.key:
            return
        self.show_offline()
        if self.client is not None and self.client.online:
            # The hub answered but refused (its routing changed?): fetch it again, then start afresh.
            self._retry_routing.start()

    def _on_online_changed(self, online: bool) -> None:
        if online and (self.screen == "offline" or self.routing is None):
            self._fetch_routing()
        elif not online and self.screen == "welcome":
            self._show("offline")

    def _fetch_routing(self) -> None:
        if self.client is not None:
            self.client.fetch_routing()

    # -- inner moves -------------------------------------------------------------------------------

    def _walk(self) -> None:
        assert self.routing is not None
        try:
            step = walk(self.routing, self.answers)
        except AnswerError:
            self.answers = {}
            step = walk(self.routing, self.answers)
        if step.question is not None:
            self.question = step.question
            self._show("question")
        else:
            self._submit(fallback=False)

    def _submit(self, fallback: bool) -> None:
        self._set_busy(True)
        if self.client is not None:
            self.client.create_visit(self.lang, dict(self.answers), self.key, fallback=fallback)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def _show(self, screen: str) -> None:
        self.screen = screen
        self._since_step.restart()
        if screen != "ticket":
            self._ticket.stop()
        if self.countdown_active:
            self.countdown_active = False
            self.idleCancelled.emit()
        self._restart_idle()
        self.screenChanged.emit(screen)

    def _restart_idle(self) -> None:
        if self.screen in ("question", "scheduled"):
            self._idle.start()
        else:
            self._idle.stop()

    def _on_idle(self) -> None:
        if self.screen in ("question", "scheduled") and not self.busy:
            self.countdown_active = True
            self.idleWarning.emit(self.countdown_s)
        else:
            self._restart_idle()
