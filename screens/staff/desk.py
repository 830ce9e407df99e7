"""Desk: what one staff console decides, no widgets: my services, my called tickets, one request at a time.

The console's widgets show the Desk and call it; they hold no rules. Every action goes to the hub
through the StaffClient; its effect on the lists comes back, like everyone else's, through the
LiveQueue's feed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from math import floor

from PySide6.QtCore import QObject, Signal

from kiosk.client.http import error_message
from kiosk.client.staff_client import StaffClient
from kiosk.core.call_order import call_order_key
from kiosk.core.caller import caller_id
from kiosk.core.languages import in_lang


@dataclass(frozen=True)
class Status:
    """The last thing that happened, as data; the window words it in the console's language.

    kind: called, nobody, recalled, done, moved, no_show, transferred, present, away (after an
    answer), refused (the hub said no: 404/409/422, `detail` is its message), token (401/403),
    unreachable (no answer: the call may or may not have happened), failed (anything else).
    """

    kind: str
    number: str = ""
    service: str = ""
    detail: str = ""
    http: int = 0


def failure(http: int, message: str) -> Status:
    """The Status of a refused or lost request (see Status.kind)."""
    if http in (401, 403):
        return Status("token", http=http)
    if http == 0:
        return Status("unreachable")
    if http in (404, 409, 422):
        return Status("refused", detail=message, http=http)
    return Status("failed", detail=message, http=http)


def waited_minutes(ticket: dict, now: datetime) -> int:
    """Whole minutes since the visitor arrived (created_at): a transfer or a next step does not reset it."""
    try:
        arrived = datetime.fromisoformat(ticket.get("created_at") or "")
    except ValueError:
        return 0
    if arrived.tzinfo is None or now.tzinfo is None:
        arrived, now = arrived.replace(tzinfo=None), now.replace(tzinfo=None)
    return max(0, floor((now - arrived).total_seconds() / 60))


class Desk(QObject):
    """One console's view of the queue and its actions.

    `live` is a LiveQueue (or anything with its reading interface and signals, e.g. sample data for
    screenshots); `staff` the StaffClient that sends the actions (None: they go nowhere). While a
    request is in flight `busy` is True and every action is refused, so a double click calls one
    visitor, never two; actions are also refused while offline.
    """

    changed = Signal()
    """The queue, my services or my called tickets may have changed."""
    busyChanged = Signal(bool)
    statusChanged = Signal(object)
    onlineChanged = Signal(bool)
    writesChanged = Signal(bool)
    tokenRefused = Signal()
    tokenChanged = Signal(str)
    noticeChanged = Signal()
    """A kiosk sent a notice (e.g. its printer's problem), or it was dismissed: see `notice`."""

    def __init__(
        self,
        live,
        token: str = "",
        services: list[str] | None = None,
        parent: QObject | None = None,
        *,
        staff: StaffClient | None = None,
    ):
        super().__init__(parent)
        self.live = live
        self.staff = staff
        self.token = token
        self._me = caller_id(token) if token else ""
        self._services = list(services or [])
        self._pending = 0
        self._plan: list[str] = []
        self._from: dict[str, str] = {}
        self.status: Status | None = None
        self.notice: dict | None = None
        live.changed.connect(self.changed)
        live.onlineChanged.connect(self._online_changed)
        live.pairedChanged.connect(self._paired_changed)
        live.writesChanged.connect(self._writes_changed)
        live.eventApplied.connect(self._event)

    # -- what the console shows ---------------------------------------------------------------

    @property
    def online(self) -> bool:
        return bool(self.live.online)

    @property
    def writes_ok(self) -> bool:
        """False while the hub says it cannot save (a full disk): no visitor gets a ticket."""
        return bool(self.live.writes_ok)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def can_act(self) -> bool:
        return self.online and not self.busy and bool(self.token)

    @property
    def services(self) -> list[str]:
        return list(self._services)

    def set_services(self, ids: list[str]) -> None:
        self._services = list(ids)
        self.changed.emit()

    def service(self, service_id: str) -> dict | None:
        return next((s for s in self.live.services() if s["id"] == service_id), None)

    def service_name(self, service_id: str, lang: str) -> str:
        service = self.service(service_id)
        return in_lang(service.get("name"), lang) if service else service_id

    def onsite_services(self) -> list[dict]:
        return [s for s in self.live.services() if s.get("kind") == "onsite"]

    def scheduled_services(self) -> list[dict]:
        """My chosen services that take bookings (their checked-in visitors wait in my list too)."""
        return [s for s in self.my_services() if s.get("kind") == "scheduled"]

    def my_services(self) -> list[dict]:
        """My chosen services that the hub knows, in the order chosen."""
        known = {s["id"]: s for s in self.live.services()}
        return [known[sid] for sid in self._services if sid in known]

    def mine(self) -> list[dict]:
        """The tickets this desk has called and not finished, the latest call first."""
        if not self._me:
            return []
        called = [
            t for t in self.live.tickets() if t["status"] == "called" and t.get("called_by") == self._me
        ]
        return sorted(called, key=lambda t: t.get("called_at") or "", reverse=True)

    def waiting(self) -> list[dict]:
        """The waiting tickets of my services in call order across them."""
        mine = set(self._services)
        rows = [t for t in self.live.tickets() if t["status"] == "waiting" and t["service"] in mine]
        return sorted(rows, key=call_order_key)

    def call_order(self) -> list[str]:
        """Which of my services Call next asks, in turn: the one whose first ticket the hub would call
        first (priority, then arrival in the queue), then the others; one that answers "nobody
        waits" (another desk was quicker) hands on to the next, so one press calls one visitor.
        A scheduled service is asked too: a checked-in booking waits there as a priority ticket."""
        known = {s["id"] for s in self.live.services()} or set(self._services)
        ordered: list[str] = []
        for ticket in self.waiting():
            if ticket["service"] not in ordered:
                ordered.append(ticket["service"])
        ordered += [s for s in self._services if s not in ordered]
        return [s for s in ordered if s in known]

    def next_ticket(self) -> dict | None:
        waiting = self.waiting()
        return waiting[0] if waiting else None

    def came_from(self, ticket: dict) -> str:
        """The service the ticket came from (a transfer seen by this console, or its journey's last step)."""
        if ticket["code"] in self._from:
            return self._from[ticket["code"]]
        index = int(ticket.get("journey_index") or 0)
        journey = ticket.get("journey") or []
        return journey[index - 1] if 0 < index <= len(journey) else ""

    def next_steps(self, ticket: dict) -> list[str]:
        """The services the visitor goes to after this one."""
        index = int(ticket.get("journey_index") or 0)
        return list((ticket.get("journey") or [])[index + 1 :])

    # -- actions ------------------------------------------------------------------------------

    def set_token(self, token: str) -> None:
        self.token = token
        self._me = caller_id(token) if token else ""
        self.live.set_token(token)
        if self.staff is not None:
            self.staff.set_token(token)
        self.tokenChanged.emit(token)
        self.changed.emit()
        self.busyChanged.emit(self.busy)

    def call_next(self, service: str | None = None) -> bool:
        """Call the next visitor of `service`, or across my services (see `call_order`)."""
        plan = [service] if service else self.call_order()
        if not plan or not self.can_act:
            return False
        self._plan = plan[1:]
        return self._send("call_next", plan[0], lambda staff, done: staff.call_next(plan[0], done))

    def recall(self, code: str) -> bool:
        return self.can_act and self._send("recall", code, lambda staff, done: staff.recall(code, done))

    def done(self, code: str) -> bool:
        return self.can_act and self._send("done", code, lambda staff, done: staff.done(code, done))

    def no_show(self, code: str) -> bool:
        return self.can_act and self._send("no_show", code, lambda staff, done: staff.no_show(code, done))

    def transfer(self, code: str, service: str) -> bool:
        act = lambda staff, done: staff.transfer(code, service, done)  # noqa: E731
        return self.can_act and self._send("transfer", code, act)

    def set_available(self, service: str, available: bool) -> bool:
        act = lambda staff, done: staff.set_available(service, available, done)  # noqa: E731
        return self.can_act and self._send("set_available", service, act)

    def _send(self, action: str, target: str, act) -> bool:
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)
        self._ask(action, target, act)
        return True

    def _ask(self, action: str, target: str, act) -> None:
        """`act(staff, done)` sends the request; its answer comes back to `_finished` or `_failed`."""

        def answered(status: int, data: dict | None, error: str) -> None:
            if 200 <= status < 300:
                self._finished(action, target, status, data)
            else:
                self._failed(action, target, status, error_message(status, data, error))

        if self.staff is not None:
            act(self.staff, answered)

    def _end(self, status: Status) -> None:
        self._pending = max(0, self._pending - 1)
        self.status = status
        self.statusChanged.emit(status)
        if self._pending == 0:
            self.busyChanged.emit(False)

    # -- answers ------------------------------------------------------------------------------

    def _finished(self, action: str, target: str, http: int, data) -> None:
        ticket = data if isinstance(data, dict) else {}
        number = ticket.get("number", "")
        if action == "call_next" and http == 204:
            if self._plan:
                # Still the same press: ask my next service, still busy.
                service = self._plan.pop(0)
                self._ask(action, service, lambda staff, done: staff.call_next(service, done))
                return
            self._end(Status("nobody"))
            return
        if action == "call_next":
            status = Status("called", number, ticket.get("service", target))
        elif action == "done":
            moved = ticket.get("status") == "waiting"
            status = Status("moved" if moved else "done", number, ticket.get("service", ""))
        elif action == "set_available":
            status = Status("present" if ticket.get("available", True) else "away", service=target)
        else:
            kind = {"recall": "recalled", "no_show": "no_show", "transfer": "transferred"}[action]
            status = Status(kind, number, ticket.get("service", ""))
        self._end(status)

    def _failed(self, action: str, target: str, http: int, message: str) -> None:
        self._plan = []
        self._end(failure(http, message))
        if http in (401, 403):
            self.tokenRefused.emit()

    def report(self, status: Status) -> None:
        """Show what another part of the console (the appointments) just did, as the desk's own."""
        self.status = status
        self.statusChanged.emit(status)
        if status.kind == "token":
            self.tokenRefused.emit()

    def dismiss_notice(self) -> None:
        if self.notice is not None:
            self.notice = None
            self.noticeChanged.emit()

    def _event(self, event: dict) -> None:
        notice = event.get("notice")
        if event.get("type") == "notice" and isinstance(notice, dict):
            # The latest one counts; its time is when the kiosk saw the problem, else the event's.
            self.notice = {**notice, "at": notice.get("at") or event.get("at") or ""}
            self.noticeChanged.emit()
            return
        ticket = event.get("ticket")
        if event.get("type") in ("ticket.transferred", "ticket.moved") and isinstance(ticket, dict):
            self._from[ticket["code"]] = event.get("from", "")

    def _paired_changed(self, paired: bool) -> None:
        # The hub refused this console's token for the queue itself: as a refused action would say.
        if not paired and self.token:
            self.report(Status("token", http=401))
        self.changed.emit()

    def _online_changed(self, online: bool) -> None:
        self.onlineChanged.emit(online)
        self.changed.emit()

    def _writes_changed(self, ok: bool) -> None:
        self.writesChanged.emit(ok)
        self.changed.emit()
