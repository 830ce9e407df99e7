"""VisitFlow: one visit's state (language, answers, key, screen) and the moves between the visitor's screens.

Booking a time and checking in with a code are flows of their own (`booking_flow.BookingFlow`,
`checkin_flow.CheckInFlow`); the visit holds them and delegates, so the window and Access keep
talking to one flow.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal

from kiosk.client.http import succeeded
from kiosk.core import clock as kiosk_clock
from kiosk.core import hours as centre_hours
from kiosk.core.routing import AnswerError, Question, Routing, Service, walk
from screens.visitor import when
from screens.visitor.booking_flow import BookingFlow
from screens.visitor.checkin_flow import CheckInFlow
from screens.visitor.screen import IDLE_SCREENS, Screen

SCREENS = tuple(Screen)


class VisitFlow(QObject):
    """Decides what the visitor sees next; the screens only show it and report taps.

    `client` is a `kiosk.client.hub_client.HubClient` (or None to drive the screens on sample data).
    Times are in milliseconds except `countdown_s`.
    """

    screenChanged = Signal(object)
    """The Screen now shown."""
    languageChanged = Signal(str)
    busyChanged = Signal(bool)
    idleWarning = Signal(int)
    idleCancelled = Signal()
    speechModeChanged = Signal(bool)
    largerTextChanged = Signal(bool)
    codeChanged = Signal(str)
    slipReady = Signal(dict)
    """A ticket or a booking is shown: plain data for a printed slip (see `slip`)."""

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
        clock: Callable[[], datetime] = kiosk_clock.now,
    ):
        super().__init__(parent)
        self.client = client
        self.clock = clock
        self.routing: Routing | None = None
        self._pending_routing: Routing | None = None
        self._wanted_lang = default_lang
        self.lang = default_lang or "fi"
        self.answers: dict[str, str] = {}
        self.key: str | None = None
        self.question: Question | None = None
        self.result: dict | None = None
        self.booking_flow = BookingFlow(self)
        self.checkin_flow = CheckInFlow(self)
        self.screen = Screen.OFFLINE
        self.busy = False
        self.token_known = True
        """Whether the hub knows this kiosk's token, as the client last heard (`pairedChanged`). A plain
        attribute: a Python property here, reading the client's Qt property, was at times run as
        another class's getter under PySide6 6.11 and Python 3.11 (AttributeError in a full test run)."""
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
            client.onlineChanged.connect(self._on_online_changed)
            client.pairedChanged.connect(self._on_paired_changed)

    # -- the booking's and the check-in's state, as the screens read it -----------------------------

    booking_service = property(lambda self: self.booking_flow.service)
    slots = property(lambda self: self.booking_flow.slots)
    page = property(lambda self: self.booking_flow.page)
    chosen = property(lambda self: self.booking_flow.chosen)
    booking = property(lambda self: self.booking_flow.booking)
    booking_key = property(lambda self: self.booking_flow.key)
    notice = property(lambda self: self.booking_flow.notice)
    came_from_closed = property(lambda self: self.booking_flow.came_from_closed)
    closed = property(lambda self: self.booking_flow.closed)
    code = property(lambda self: self.checkin_flow.code)
    check_in_error = property(lambda self: self.checkin_flow.error)

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

    @staticmethod
    def new_key() -> str:
        """A fresh idempotency key for what the visit asks of the hub (a random UUID).

        `uuid` is imported at the first visit, not at start: it brings `platform` with it, some 2 ms
        of the kiosk's cold start that its first screen does not need."""
        import uuid

        return str(uuid.uuid4())

    # -- moves the visitor makes --------------------------------------------------------------

    def start(self) -> None:
        """Begin a visit at the first question, in the language chosen."""
        if self.routing is None:
            return
        self.answers = {}
        self.key = self.new_key()
        self.result = None
        self._forget_booking()
        self._walk()

    def choose_language(self, lang: str) -> None:
        if self.routing is not None and lang not in self.routing.languages:
            return
        if lang != self.lang:
            self.lang = lang
            self.languageChanged.emit(lang)

    def answer(self, question_id: str, answer_id: str) -> None:
        """The visitor tapped an answer; a tap meant for a screen already left is ignored."""
        if self.busy or self.screen != Screen.QUESTION or self.question is None:
            return
        if question_id != self.question.id:
            return
        # The second tap of a double tap lands on the next question's button at the same place.
        if self.too_soon():
            return
        self.answers[question_id] = answer_id
        self._walk()

    def back(self) -> None:
        if self.busy:
            return
        if not self.answers:
            self.show(Screen.WELCOME)
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
            self.key = self.new_key()
        self._submit(fallback=True)

    def desk_ticket(self) -> None:
        """From the scheduled, slot or check-in screen: a desk ticket now, under a new key (the first
        went to the booking, or there was none)."""
        if self.busy or self.routing is None:
            return
        self.key = self.new_key()
        self._submit(fallback=True)

    def done(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Back to welcome in the default language with the visit forgotten."""
        self._ticket.stop()
        self.set_busy(False)
        self.answers = {}
        self.key = None
        self.question = None
        self.result = None
        self._forget_booking()
        self.checkin_flow.forget()
        if self._pending_routing is not None:
            self.routing, self._pending_routing = self._pending_routing, None
        self.set_speech_mode(False)
        self.set_larger_text(False)
        self._apply_times()
        self.choose_language(self.default_lang)
        self.show(Screen.WELCOME if self.routing is not None and self.token_known else Screen.OFFLINE)

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
        self.set_busy(False)
        self.result = body
        outcome = body.get("outcome")
        if outcome == "queued" and isinstance(body.get("ticket"), dict):
            self.show(Screen.TICKET)
            self._ticket.start()
            self.slipReady.emit(self.slip())
        elif outcome == "book" and isinstance(body.get("service"), dict):
            self.booking_flow.offer(body["service"], list(body.get("slots") or []))
        elif outcome == "closed":
            self.booking_flow.closed = body
            self.show(Screen.CLOSED)
        else:
            # An outcome this kiosk does not know: the desk can tell the visitor.
            self.show(Screen.OFFLINE)
            self._ticket.start()

    def show_offline(self) -> None:
        self.set_busy(False)
        self.show(Screen.OFFLINE)

    def can_book(self) -> bool:
        """Whether the routing has scheduled services (the closed screen then offers booking)."""
        return bool(self.scheduled_services())

    def scheduled_services(self) -> list[Service]:
        return [s for s in self.routing.services if s.scheduled] if self.routing is not None else []

    def welcome_note(self) -> str:
        """ "Closed now. It opens again on Tuesday at 9.00." while the centre's hours say closed, else ""
        (the hub's answer to a visit is what counts: it also knows the dates off)."""
        if self.routing is None or not self.routing.centre.hours:
            return ""
        now = self.clock()
        hours = self.routing.centre.hours
        if centre_hours.is_open(hours, now):
            return ""
        closed = QCoreApplication.translate("Visitor", "Closed now.")
        return f"{closed} {when.opens_again(centre_hours.next_opening(hours, now), now, self.lang)}".strip()

    def page_slots(self) -> list[when.SlotDay]:
        """The days and times of the page shown."""
        return self.booking_flow.page_slots()

    def page_count(self) -> int:
        return self.booking_flow.page_count()

    def booking_qr(self) -> str:
        """The iCalendar event the booking screen's QR code holds (a phone camera adds it, offline)."""
        return self.booking_flow.qr()

    def slip(self) -> dict:
        """What a printed slip needs of the ticket or booking shown, as plain data."""
        if self.screen == Screen.BOOKING and self.booking:
            service = self.booking_flow.service_model()
            return {
                "kind": "booking",
                "lang": self.lang,
                "number": None,
                "code": self.booking["code"],
                "service": self._slip_name(service),
                "room": service.location.get(self.lang, "") if service else "",
                "start": self.booking["start"],
                "position": None,
                "estimated_wait_minutes": None,
                "qr": self.booking_qr(),
            }
        ticket = (self.result or {}).get("ticket") or {}
        service = self.service(ticket.get("service", ""))
        return {
            "kind": "ticket",
            "lang": self.lang,
            "number": ticket.get("number"),
            "code": None,
            "service": self._slip_name(service),
            "room": service.location.get(self.lang, "") if service else "",
            "start": None,
            "position": ticket.get("position"),
            "estimated_wait_minutes": ticket.get("estimated_wait_minutes"),
            "qr": self.status_link(ticket),
        }

    def _slip_name(self, service: Service | None) -> str:
        return "" if service is None or service.discreet else service.name.get(self.lang, "")

    # -- booking a time (BookingFlow) ---------------------------------------------------------------

    def book_later(self) -> None:
        """From the closed screen: choose a visiting worker to book (or that one, if there is one)."""
        self.booking_flow.book_later()

    def choose_service(self, service_id: str) -> None:
        """A visiting worker chosen from the list: ask the hub for their free times."""
        self.booking_flow.choose_service(service_id)

    def later_times(self) -> None:
        self.booking_flow.later_times()

    def earlier_times(self) -> None:
        self.booking_flow.earlier_times()

    def choose_slot(self, start: str) -> None:
        """A time tapped: ask the visitor to confirm it."""
        self.booking_flow.choose_slot(start)

    def other_time(self) -> None:
        """ "Choose another time": back to the times, on the page that holds the one chosen."""
        self.booking_flow.other_time()

    def confirm_booking(self) -> None:
        """ "Book this time": the hub books it (the same key on a retry: one booking, never two)."""
        self.booking_flow.confirm()

    def show_booking(self, booking: dict, service: dict) -> None:
        """Show a booking made (also how the screenshots drive the booking screen)."""
        self.booking_flow.show_booking(booking, service)

    def show_slots(self, service: dict, slots: list[dict], notice: str = "") -> None:
        """Show a service's free times (the screenshots use it too)."""
        self.set_busy(False)
        self.booking_flow.offer(service, slots, notice)

    def back_from_slots(self) -> None:
        """Back from the times: to the list of workers when the visitor came from there, else start over."""
        self.booking_flow.back_from_slots()

    def back_to_closed(self) -> None:
        self.booking_flow.back_to_closed()

    def _forget_booking(self) -> None:
        self.booking_flow.forget()

    # -- checking in with a booking code (CheckInFlow) -----------------------------------------------

    def open_check_in(self) -> None:
        """ "I have a booked time": the code keypad, empty."""
        self.checkin_flow.open()

    def type_sign(self, sign: str) -> None:
        """One key of the code keypad; only the code's own signs, and never more than a code's length."""
        self.checkin_flow.type_sign(sign)

    def delete_sign(self) -> None:
        self.checkin_flow.delete_sign()

    def clear_code(self) -> None:
        self.checkin_flow.clear_code()

    def code_complete(self) -> bool:
        return self.checkin_flow.complete()

    def check_in(self) -> None:
        self.checkin_flow.check_in()

    def try_code_again(self) -> None:
        """From a check-in refusal, back to the keypad with the code as typed (to correct it)."""
        self.checkin_flow.try_again()

    def show_check_in_error(self, error: str, body: dict) -> None:
        """The hub refused the code: say why and what to do (the screenshots use it too)."""
        self.checkin_flow.show_error(error, body)

    def back_to_start(self) -> None:
        """Back to the welcome screen, the visit forgotten (from check-in, closed, booking)."""
        if not self.busy:
            self.reset()

    # -- the hub's answers ----------------------------------------------------------------------

    def set_routing(self, routing: Routing, _version: int = 0) -> None:
        """A (new) routing from the hub: used at once between visits, after the current visit otherwise."""
        if self.routing is None or self.screen in (Screen.OFFLINE, Screen.WELCOME):
            self.routing = routing
            self._pending_routing = None
            self.reset()
        else:
            self._pending_routing = routing

    def _visit_answered(self, key: str, status: int, body: dict | None, _error: str) -> None:
        if key != self.key:
            return
        if succeeded(status, body):
            if self.busy:
                self.show_result(body)
            return
        self.show_offline()
        if self.client is not None and self.client.online:
            # The hub answered but refused (its routing changed?): fetch it again, then start afresh.
            self.start_afresh_soon()

    def start_afresh_soon(self) -> None:
        """After a refusal the visitor is sent to the desk: in a moment the kiosk fetches the routing
        again and is back at the welcome screen for the next person."""
        self._retry_routing.start()

    def _on_online_changed(self, online: bool) -> None:
        if online and (self.screen == Screen.OFFLINE or self.routing is None):
            self._fetch_routing()
        elif not online and self.screen == Screen.WELCOME:
            self.show(Screen.OFFLINE)

    def _on_paired_changed(self, paired: bool) -> None:
        self.token_known = paired
        if not paired and not self.busy:
            # No visit could be saved: the visitor is sent to the desk before answering anything,
            # and the offline screen tells staff why (the visit under way, if any, ends as it will).
            self.reset()
        elif paired and self.screen == Screen.OFFLINE:
            self._fetch_routing()

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
            self.show(Screen.QUESTION)
        else:
            self._submit(fallback=False)

    def _submit(self, fallback: bool) -> None:
        self.set_busy(True)
        if self.client is not None:
            key = self.key
            answered = lambda *a: self._visit_answered(key, *a)  # noqa: E731
            self.client.create_visit(self.lang, dict(self.answers), key, answered, fallback=fallback)

    def too_soon(self) -> bool:
        """A tap this soon after a step is the second tap of a double tap, meant for the screen left."""
        return self._since_step.elapsed() < self.tap_guard_ms

    def set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)

    def show(self, screen: Screen) -> None:
        """Show `screen` (the sub-flows move through it too)."""
        self.screen = screen
        self._since_step.restart()
        if screen != Screen.TICKET:
            self._ticket.stop()
        if self.countdown_active:
            self.countdown_active = False
            self.idleCancelled.emit()
        self._restart_idle()
        self.screenChanged.emit(screen)

    def _restart_idle(self) -> None:
        if self.screen in IDLE_SCREENS:
            self._idle.start()
        else:
            self._idle.stop()

    def _on_idle(self) -> None:
        if self.screen in IDLE_SCREENS and not self.busy:
            self.countdown_active = True
            self.idleWarning.emit(self.countdown_s)
        else:
            self._restart_idle()
