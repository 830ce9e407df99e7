"""Render every screen (visitor, waiting-room display, staff console, admin) in every language to PNG,
offscreen, on sample data, without a hub."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from pathlib import Path

SIZES = {"": (1920, 1080), "-portrait": (1080, 1920), "-small": (1280, 800)}
"""File suffix -> window size; every screen is rendered at every size, with and without larger text."""


def sample_ticket() -> dict:
    return {
        "outcome": "queued",
        "ticket": {
            "code": "sample-code",
            "number": "A012",
            "service": "coordinator",
            "journey": ["coordinator"],
            "status": "waiting",
            "position": 3,
            "estimated_wait_minutes": 15,
            "priority": 0,
            "lang": "fi",
            "created_at": "2025-01-07T10:00:00+02:00",
            "status_url": "/t/sample-code",
        },
    }


def sample_book(routing) -> dict:
    service = routing.service("debt") or next(s for s in routing.services if s.scheduled)
    return {"outcome": "book", "service": asdict(service), "slots": []}


SAMPLE_NOW = "2026-03-03T10:05:00+02:00"
"""The visitor screens' clock in the pictures: a Tuesday morning, the centre open."""
SAMPLE_CLOSED_NOW = "2026-03-07T16:00:00+02:00"
"""A Saturday afternoon: the closed screen's "It opens again on Monday at 9.00"."""


def sample_clock(when: str = SAMPLE_NOW):
    from datetime import datetime

    moment = datetime.fromisoformat(when)
    return lambda: moment


def sample_slots(routing) -> tuple[dict, list[dict]]:
    """The debt adviser's free times from the sample morning, a few already taken: two days on page one."""
    from datetime import datetime

    from kiosk.core.schedule import slots

    service = routing.service("debt") or next(s for s in routing.services if s.scheduled)
    free = [slot.json() for slot in slots(service, datetime.fromisoformat(SAMPLE_NOW))]
    return asdict(service), free[3:]


def sample_booking(routing) -> tuple[dict, dict]:
    service, free = sample_slots(routing)
    slot = free[6]
    booking = {
        "id": 1, "code": "K7M4PX", "service": service["id"], "start": slot["start"], "end": slot["end"],
        "status": "booked", "lang": "fi", "created_at": SAMPLE_NOW, "changed_at": None, "ticket": None,
    }  # fmt: skip
    return service, booking


def sample_closed(routing) -> dict:
    from kiosk.core.shapes import service_json

    return {
        "outcome": "closed",
        "reason": "hours",
        "opens": "2026-03-09T09:00:00.000+02:00",
        "service": service_json(routing.service(routing.fallback)),
        "hours": [vars(block).copy() for block in routing.centre.hours],
    }


def _quiet(_kind, _context, message: str) -> None:
    # The offscreen platform warns on every window resize; nothing else is expected here.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def render(
    outdir: Path, size: tuple[int, int] = (1920, 1080), languages: list[str] | None = None
) -> list[Path]:
    """Write visitor-<screen>-<lang>[-larger][-portrait|-small].png, booking-<lang>.png,
    display-[closed-]<lang>.png, staff-[offline-|appointments-]<lang>[-narrow].png and
    admin-<tab>-<lang>.png files; returns the paths written.

    ValueError, before anything is written, for a language the Kokoomo routing does not offer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kiosk.core.paths import DEFAULT_ROUTING
    from kiosk.core.routing import loads
    from screens.visitor.flow import VisitFlow
    from screens.visitor.window import VisitorWindow

    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    unknown = [code for code in languages or [] if code not in routing.languages]
    if unknown:
        raise ValueError(
            f"the Kokoomo routing has no language {', '.join(map(repr, unknown))};"
            f" it has {', '.join(routing.languages)}"
        )
    app = QApplication.instance() or QApplication([])
    previous = qInstallMessageHandler(_quiet)
    outdir.mkdir(parents=True, exist_ok=True)
    flow = VisitFlow(None, tap_guard_ms=0, public_url="https://kiosk.example.fi", clock=sample_clock())
    window = VisitorWindow(flow)
    flow.set_routing(routing)
    first = routing.question(routing.start)
    # A second-level question: the first answer that leads to another question.
    deeper = next(a for a in first.answers if a.next)
    written: list[Path] = []

    def shot(name: str, lang: str, suffix: str = "", prefix: str = "visitor-") -> None:
        # After a resize or a new text size Qt posts the layout requests in rounds: one pass
        # showed the landscape buttons' widths on a portrait screen, their words cut off.
        for _ in range(3):
            app.processEvents()
            window.layout().activate()
        path = outdir / f"{prefix}{name}-{lang}{suffix}.png"
        window.grab().save(str(path))
        written.append(path)

    sizes = {"": size, **{k: v for k, v in SIZES.items() if k}}
    window.show()
    for lang in languages or routing.languages:
        # "Larger text" (A+) is rendered for every screen at every size: that is where text clips.
        for larger in (False, True):
            for size_suffix, (width, height) in sizes.items():
                window.resize(width, height)
                suffix = ("-larger" if larger else "") + size_suffix
                flow.reset()
                flow.choose_language(lang)
                flow.set_larger_text(larger)
                shot("welcome", lang, suffix)
                flow.start()
                shot("question", lang, suffix)
                flow.answer(first.id, deeper.id)
                shot("question2", lang, suffix)
                window.countdown.start(flow.countdown_s)
                shot("timeout", lang, suffix)
                window.countdown.stop()
                flow.key = "sample"
                flow.show_result(sample_ticket())
                shot("ticket", lang, suffix)
                flow.show_result(sample_book(routing))
                shot("scheduled", lang, suffix)
                flow.show_offline()
                shot("offline", lang, suffix)
                flow.token_known = False  # the hub does not know this kiosk's token: a line for staff
                flow.show_offline()
                shot("offline-unpaired", lang, suffix)
                flow.token_known = True
                _booking_shots(flow, routing, lang, suffix, shot)
    window.close()
    from screens.admin.shots import render as render_admin
    from screens.display.shots import render as render_display
    from screens.staff.shots import render as render_staff

    langs = languages or routing.languages
    written += render_display(outdir, langs)
    written += render_staff(outdir, langs, narrow=True)
    written += render_admin(outdir, langs)
    qInstallMessageHandler(previous)
    return written


def _booking_shots(flow, routing, lang: str, suffix: str, shot) -> None:
    """The visitor's booking and check-in screens (issue 5): times, confirm, the booking (named
    booking-<lang>.png, as the README shows it), the code keypad and a refusal, closed."""
    larger = flow.larger_text

    def reset() -> None:
        flow.reset()
        flow.choose_language(lang)
        flow.set_larger_text(larger)

    service, free = sample_slots(routing)
    flow.show_slots(service, free, notice="slot_taken")
    shot("slots", lang, suffix)
    flow.choose_slot(free[6]["start"])
    shot("confirm", lang, suffix)
    service, booking = sample_booking(routing)
    flow.show_booking(booking, service)
    shot("booking", lang, suffix, prefix="")
    reset()
    flow.open_check_in()
    for sign in "K7M4":
        flow.type_sign(sign)
    shot("checkin", lang, suffix)
    for sign in "PX":
        flow.type_sign(sign)
    flow.show_check_in_error("too_early", {"booking": booking})
    shot("checkin-early", lang, suffix)
    flow.try_code_again()
    flow.show_check_in_error("too_many_tries", {"retry_after_seconds": 42})
    shot("checkin-wait", lang, suffix)
    flow.clock = sample_clock(SAMPLE_CLOSED_NOW)
    reset()
    shot("welcome-closed", lang, suffix)
    flow.show_result(sample_closed(routing))
    shot("closed", lang, suffix)
    flow.book_later()
    shot("services", lang, suffix)
    flow.clock = sample_clock()
