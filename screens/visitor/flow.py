"""VisitFlow: one visit's state (language, answers, key, step) and the moves between the visitor's screens."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal

from kiosk.core import clock as kiosk_clock
from kiosk.core import hours as centre_hours
from kiosk.core.booking_codes import CODE_ALPHABET, CODE_LENGTH, group_code
from kiosk.core.ical import booking_event
from kiosk.core.routing import AnswerError, Question, Routing, Service, walk
from kiosk.core.shapes import service_json
from screens.visitor import when

SCREENS = (
    "offline", "welcome", "question", "ticket", "scheduled", "closed", "services", "slots", "confirm",
    "booking", "checkin",
)  # fmt: skip
IDLE_SCREENS = ("question", "scheduled", "closed", "services", "slots", "confirm", "booking", "checkin")
"""Screens a visitor may walk away from: after a while the countdown asks, then the kiosk starts over."""


class VisitFlow(QObject):
    """Decides what the visitor sees next; the screens only show it and report taps.

    `client` is a `kiosk.client.hub_client.HubClient` (or None to drive the screens on sample data).
    Times are in milliseconds except `countdown_s`.
    """

    screenChanged = Signal(str)
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
        # Booking: the service, its free slots, the page shown, the time chosen, the booking made.
        self.booking_service: dict | None = None
        self.slots: list[dict] = []
        self.page = 0
        self.chosen: dict | None = None
        self.booking: dict | None = None
        self.booking_key: str | None = None
        self.notice = ""
        self.came_from_closed = False
        self.closed: dict | None = None
        # Check-in: the code typed so far and the hub's refusal, if any (error code, body).
        self.code = ""
        self.check_in_error: tuple[str, dict] | None = None
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
            client.slotsFetched.connect(self._on_slots_fetched)
            client.slotsFailed.connect(self._on_slots_failed)
            client.bookingFinished.connect(self._on_booking_finished)
            client.bookingFailed.connect(self._on_booking_failed)
            client.checkInFinished.connect(self._on_check_in_finished)
            client.checkInFailed.connect(self._on_check_in_failed)

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
        """From the scheduled, slot or check-in screen: a desk ticket now, under a new key (the first
        went to the booking, or there was none)."""
        if self.busy or self.routing is None:
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
        self._forget_booking()
        self.code = ""
        self.check_in_error = None
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
        outcome = body.get("outcome")
        if outcome == "queued" and isinstance(body.get("ticket"), dict):
            self._show("ticket")
            self._ticket.start()
            self.slipReady.emit(self.slip())
        elif outcome == "book" and isinstance(body.get("service"), dict):
            self._offer_slots(body["service"], list(body.get("slots") or []))
        elif outcome == "closed":
            self.closed = body
            self._show("closed")
        else:
            # An outcome this kiosk does not know: the desk can tell the visitor.
            self._show("offline")
            self._ticket.start()

    def show_offline(self) -> None:
        self._set_busy(False)
        self._show("offline")

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
        pages = when.pages(self.slots)
        return pages[self.page] if 0 <= self.page < len(pages) else []

    def page_count(self) -> int:
        return len(when.pages(self.slots))

    def booking_qr(self) -> str:
        """The iCalendar event the booking screen's QR code holds (a phone camera adds it, offline)."""
        service = self._service_model(self.booking_service)
        if not self.booking or service is None or self.routing is None:
            return ""
        words = QCoreApplication.translate("Visitor", "Booking code: %1. Show it at the kiosk when you come.")
        return booking_event(
            self.booking,
            service,
            self.routing.centre.name.get(self.lang, ""),
            self.lang,
            description=words.replace("%1", group_code(self.booking["code"])),
        )

    def slip(self) -> dict:
        """What a printed slip needs of the ticket or booking shown, as plain data."""
        if self.screen == "booking" and self.booking:
            service = self._service_model(self.booking_service)
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

    def _service_model(self, service: dict | None) -> Service | None:
        if not service:
            return None
        return self.service(service.get("id", "")) or Service(
            id=service.get("id", ""), name=service.get("name") or {}, location=service.get("location") or {}
        )

    # -- booking a time ---------------------------------------------------------------------------

    def book_later(self) -> None:
        """From the closed screen: choose a visiting worker to book (or that one, if there is one)."""
        if self.busy:
            return
        self.came_from_closed = True
        services = self.scheduled_services()
        if len(services) == 1:
            self.choose_service(services[0].id)
        elif services:
            self._show("services")

    def choose_service(self, service_id: str) -> None:
        """A visiting worker chosen from the list: ask the hub for their free times."""
        if self.busy or self.service(service_id) is None:
            return
        self.notice = ""
        self._set_busy(True)
        if self.client is not None:
            self.client.fetch_slots(service_id)

    def later_times(self) -> None:
        if self.screen == "slots" and self.page + 1 < self.page_count():
            self.page += 1
            self.notice = ""
            self._show("slots")

    def earlier_times(self) -> None:
        if self.screen == "slots" and self.page > 0:
            self.page -= 1
            self.notice = ""
            self._show("slots")

    def choose_slot(self, start: str) -> None:
        """A time tapped: ask the visitor to confirm it."""
        if self.busy or self.screen != "slots" or self._since_step.elapsed() < self.tap_guard_ms:
            return
        slot = next((s for s in self.slots if s.get("start") == start), None)
        if slot is not None:
            self.chosen = slot
            self.booking_key = str(uuid.uuid4())
            self._show("confirm")

    def other_time(self) -> None:
        """ "Choose another time": back to the times, on the page that holds the one chosen."""
        if self.busy:
            return
        self.chosen = None
        self._show("slots")

    def confirm_booking(self) -> None:
        """ "Book this time": the hub books it (the same key on a retry: one booking, never two)."""
        if self.busy or self.screen != "confirm" or self.chosen is None or self.booking_service is None:
            return
        if self._since_step.elapsed() < self.tap_guard_ms:
            return
        self._set_busy(True)
        if self.client is not None:
            self.client.create_booking(
                self.booking_service["id"], self.chosen["start"], self.lang, self.booking_key or ""
            )

    def show_booking(self, booking: dict, service: dict) -> None:
        """Show a booking made (also how the screenshots drive the booking screen)."""
        self._set_busy(False)
        self.booking = booking
        self.booking_service = service
        self._show("booking")
        self.slipReady.emit(self.slip())

    def show_slots(self, service: dict, slots: list[dict], notice: str = "") -> None:
        """Show a service's free times (the screenshots use it too)."""
        self._set_busy(False)
        self._offer_slots(service, slots, notice)

    def _offer_slots(self, service: dict, slots: list[dict], notice: str = "") -> None:
        self.booking_service = service
        self.slots = slots
        self.page = 0
        self.chosen = None
        self.notice = notice
        self.result = {"outcome": "book", "service": service, "slots": slots}
        # No free time in the next two weeks: the worker's weekly times, and the desk.
        self._show("slots" if slots else "scheduled")

    def _forget_booking(self) -> None:
        self.booking_service = None
        self.slots = []
        self.page = 0
        self.chosen = None
        self.booking = None
        self.booking_key = None
        self.notice = ""
        self.came_from_closed = False
        self.closed = None

    # -- checking in with a booking code ------------------------------------------------------------

    def open_check_in(self) -> None:
        """ "I have a booked time": the code keypad, empty."""
        if self.busy or self.routing is None:
            return
        self.code = ""
        self.check_in_error = None
        self.codeChanged.emit(self.code)
        self._show("checkin")

    def type_sign(self, sign: str) -> None:
        """One key of the code keypad; only the code's own signs, and never more than a code's length."""
        if self.screen != "checkin" or self.busy or sign not in CODE_ALPHABET or len(sign) != 1:
            return
        if len(self.code) < CODE_LENGTH:
            self.code += sign
            self.codeChanged.emit(self.code)

    def delete_sign(self) -> None:
        if self.screen == "checkin" and not self.busy and self.code:
            self.code = self.code[:-1]
            self.codeChanged.emit(self.code)

    def clear_code(self) -> None:
        if self.screen == "checkin" and not self.busy and self.code:
            self.code = ""
            self.codeChanged.emit(self.code)

    def code_complete(self) -> bool:
        return len(self.code) == CODE_LENGTH

    def check_in(self) -> None:
        if self.busy or self.screen != "checkin" or self.check_in_error or not self.code_complete():
            return
        self._set_busy(True)
        if self.client is not None:
            self.client.check_in(self.code)

    def try_code_again(self) -> None:
        """From a check-in refusal, back to the keypad with the code as typed (to correct it)."""
        if self.busy:
            return
        self.check_in_error = None
        self._show("checkin")

    def show_check_in_error(self, error: str, body: dict) -> None:
        """The hub refused the code: say why and what to do (the screenshots use it too)."""
        self._set_busy(False)
        self.check_in_error = (error, body)
        self._show("checkin")

    def back_from_slots(self) -> None:
        """Back from the times: to the list of workers when the visitor came from there, else start over."""
        if self.busy:
            return
        if self.came_from_closed and len(self.scheduled_services()) > 1:
            self._show("services")
        elif self.came_from_closed and self.closed is not None:
            self._show("closed")
        else:
            self.start_over()

    def back_to_closed(self) -> None:
        if not self.busy:
            self._show("closed")

    def back_to_start(self) -> None:
        """Back to the welcome screen, the visit forgotten (from check-in, closed, booking)."""
        if not self.busy:
            self.reset()

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

    def _on_slots_fetched(self, service_id: str, slots: list) -> None:
        if not self.busy or self.screen not in ("services", "confirm", "closed"):
            return
        service = self.service(service_id)
        if service is None:
            return
        self._set_busy(False)
        notice, self.notice = self.notice, ""
        self._offer_slots(service_json(service), list(slots), notice)

    def _on_slots_failed(self, _service_id: str, _reason: str) -> None:
        if self.busy and self.screen in ("services", "confirm", "closed"):
            self.show_offline()

    def _on_booking_finished(self, key: str, booking: dict) -> None:
        if key != self.booking_key or not self.busy or self.booking_service is None:
            return
        self.show_booking(booking, self.booking_service)

    def _on_booking_failed(self, key: str, error: str, _body: dict) -> None:
        if key != self.booking_key or not self.busy:
            return
        if error == "offline" or self.booking_service is None:
            self.show_offline()
            return
        # The time went (another kiosk was quicker, it started, a date off): fresh times, calmly.
        self.notice = "slot_taken" if error == "slot_taken" else "slot_gone"
        if self.client is not None:
            self.client.fetch_slots(self.booking_service["id"])

    def _on_check_in_finished(self, code: str, body: dict) -> None:
        if code != self.code or not self.busy or self.screen != "checkin":
            return
        self.show_result({"outcome": "queued", "ticket": body.get("ticket") or {}})

    def _on_check_in_failed(self, code: str, error: str, body: dict) -> None:
        if code != self.code or not self.busy or self.screen != "checkin":
            return
        if error == "offline":
            self.show_offline()
            return
        self.show_check_in_error(error, body)

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
