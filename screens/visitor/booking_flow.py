"""BookingFlow: booking a visiting worker's time at the kiosk (the worker, a free time, confirm, the code).

Part of one visit (`screens.visitor.flow.VisitFlow`), which owns the screen shown, `busy`, the
language and the hub client; this flow owns the booking's state and its moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kiosk.client.http import error_code, succeeded
from kiosk.core.booking_codes import group_code
from kiosk.core.ical import booking_event
from kiosk.core.routing import Service
from kiosk.core.shapes import service_json
from screens.visitor import when
from screens.visitor.screen import Screen

if TYPE_CHECKING:
    from screens.visitor.flow import VisitFlow

WAITING_FOR_SLOTS = (Screen.SERVICES, Screen.CONFIRM, Screen.CLOSED)
"""The screens on which free times are asked for (choosing a worker, a time gone, booking later)."""


class BookingFlow:
    """The service, its free slots, the page shown, the time chosen, the booking made."""

    def __init__(self, visit: VisitFlow):
        self.visit = visit
        self.forget()

    def forget(self) -> None:
        self.service: dict | None = None
        self.slots: list[dict] = []
        self.page = 0
        self.chosen: dict | None = None
        self.booking: dict | None = None
        self.key: str | None = None
        self.notice = ""
        self.came_from_closed = False
        self.closed: dict | None = None

    # -- what the screens ask ------------------------------------------------------------------

    def page_slots(self) -> list[when.SlotDay]:
        pages = when.pages(self.slots)
        return pages[self.page] if 0 <= self.page < len(pages) else []

    def page_count(self) -> int:
        return len(when.pages(self.slots))

    def service_model(self) -> Service | None:
        if not self.service:
            return None
        return self.visit.service(self.service.get("id", "")) or Service(
            id=self.service.get("id", ""),
            name=self.service.get("name") or {},
            location=self.service.get("location") or {},
        )

    def qr(self) -> str:
        """The iCalendar event the booking screen's QR code holds (a phone camera adds it, offline)."""
        visit = self.visit
        service = self.service_model()
        if not self.booking or service is None or visit.routing is None:
            return ""
        words = QCoreApplication.translate("Visitor", "Booking code: %1. Type it at the kiosk when you come.")
        return booking_event(
            self.booking,
            service,
            visit.routing.centre.name.get(visit.lang, ""),
            visit.lang,
            description=words.replace("%1", group_code(self.booking["code"])),
        )

    # -- moves the visitor makes --------------------------------------------------------------

    def book_later(self) -> None:
        visit = self.visit
        if visit.busy:
            return
        self.came_from_closed = True
        services = visit.scheduled_services()
        if len(services) == 1:
            self.choose_service(services[0].id)
        elif services:
            visit.show(Screen.SERVICES)

    def choose_service(self, service_id: str) -> None:
        visit = self.visit
        if visit.busy or visit.service(service_id) is None:
            return
        self.notice = ""
        visit.set_busy(True)
        self._fetch_slots(service_id)

    def later_times(self) -> None:
        if self.visit.screen == Screen.SLOTS and self.page + 1 < self.page_count():
            self.page += 1
            self.notice = ""
            self.visit.show(Screen.SLOTS)

    def earlier_times(self) -> None:
        if self.visit.screen == Screen.SLOTS and self.page > 0:
            self.page -= 1
            self.notice = ""
            self.visit.show(Screen.SLOTS)

    def choose_slot(self, start: str) -> None:
        visit = self.visit
        if visit.busy or visit.screen != Screen.SLOTS or visit.too_soon():
            return
        slot = next((s for s in self.slots if s.get("start") == start), None)
        if slot is not None:
            self.chosen = slot
            self.key = self.visit.new_key()
            visit.show(Screen.CONFIRM)

    def other_time(self) -> None:
        if self.visit.busy:
            return
        self.chosen = None
        self.visit.show(Screen.SLOTS)

    def confirm(self) -> None:
        visit = self.visit
        if visit.busy or visit.screen != Screen.CONFIRM or self.chosen is None or self.service is None:
            return
        if visit.too_soon():
            return
        visit.set_busy(True)
        if visit.client is not None:
            key = self.key or ""
            visit.client.create_booking(
                self.service["id"], self.chosen["start"], visit.lang, key, lambda *a: self._booked(key, *a)
            )

    def back_from_slots(self) -> None:
        visit = self.visit
        if visit.busy:
            return
        if self.came_from_closed and len(visit.scheduled_services()) > 1:
            visit.show(Screen.SERVICES)
        elif self.came_from_closed and self.closed is not None:
            visit.show(Screen.CLOSED)
        else:
            visit.start_over()

    def back_to_closed(self) -> None:
        if not self.visit.busy:
            self.visit.show(Screen.CLOSED)

    # -- what is shown --------------------------------------------------------------------------

    def show_booking(self, booking: dict, service: dict) -> None:
        visit = self.visit
        visit.set_busy(False)
        self.booking = booking
        self.service = service
        visit.show(Screen.BOOKING)
        visit.slipReady.emit(visit.slip())

    def offer(self, service: dict, slots: list[dict], notice: str = "") -> None:
        self.service = service
        self.slots = slots
        self.page = 0
        self.chosen = None
        self.notice = notice
        self.visit.result = {"outcome": "book", "service": service, "slots": slots}
        # No free time in the next two weeks: the worker's weekly times, and the desk.
        self.visit.show(Screen.SLOTS if slots else Screen.SCHEDULED)

    # -- the hub's answers ----------------------------------------------------------------------

    def _fetch_slots(self, service_id: str) -> None:
        client = self.visit.client
        if client is not None:
            client.fetch_slots(service_id, lambda *a: self._slots_answered(service_id, *a))

    def _slots_answered(self, service_id: str, status: int, body: dict | None, _error: str) -> None:
        visit = self.visit
        if not visit.busy or visit.screen not in WAITING_FOR_SLOTS:
            return
        slots = (body or {}).get("slots")
        if status != 200 or not isinstance(slots, list):
            visit.show_offline()
            return
        service = visit.service(service_id)
        if service is None:
            return
        visit.set_busy(False)
        notice, self.notice = self.notice, ""
        self.offer(service_json(service), list(slots), notice)

    def _booked(self, key: str, status: int, body: dict | None, _error: str) -> None:
        visit = self.visit
        if key != self.key or not visit.busy:
            return
        if succeeded(status, body):
            if self.service is not None:
                self.show_booking(body, self.service)
            return
        error = error_code(status, body)
        if error == "offline" or self.service is None:
            visit.show_offline()
            return
        if error == "too_many_bookings":
            # This kiosk booked this service several times lately: the desk books more. The visitor is
            # asked to go there, and the kiosk starts afresh as after any refusal.
            visit.show_offline()
            visit.start_afresh_soon()
            return
        # The time went (another kiosk was quicker, it started, a date off): fresh times, calmly.
        self.notice = "slot_taken" if error == "slot_taken" else "slot_gone"
        self._fetch_slots(self.service["id"])
