"""Render every screen (visitor, waiting-room display, staff console) in every language to PNG, offscreen,
on sample data, without a hub."""

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


def _quiet(_kind, _context, message: str) -> None:
    # The offscreen platform warns on every window resize; nothing else is expected here.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def render(
    outdir: Path, size: tuple[int, int] = (1920, 1080), languages: list[str] | None = None
) -> list[Path]:
    """Write visitor-<screen>-<lang>[-larger][-portrait|-small].png, display-[closed-]<lang>.png and
    staff-[offline-]<lang>.png files; returns the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kiosk.paths import DEFAULT_ROUTING
    from kiosk.routing import loads
    from screens.visitor.flow import VisitFlow
    from screens.visitor.window import VisitorWindow

    app = QApplication.instance() or QApplication([])
    previous = qInstallMessageHandler(_quiet)
    outdir.mkdir(parents=True, exist_ok=True)
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    flow = VisitFlow(None, tap_guard_ms=0, public_url="https://kiosk.example.fi")
    window = VisitorWindow(flow)
    flow.set_routing(routing)
    first = routing.question(routing.start)
    # A second-level question: the first answer that leads to another question.
    deeper = next(a for a in first.answers if a.next)
    written: list[Path] = []

    def shot(name: str, lang: str, suffix: str = "") -> None:
        app.processEvents()
        path = outdir / f"visitor-{name}-{lang}{suffix}.png"
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
    window.close()
    from screens.display.shots import render as render_display
    from screens.staff.shots import render as render_staff

    langs = languages or routing.languages
    written += render_display(outdir, langs)
    written += render_staff(outdir, langs)
    qInstallMessageHandler(previous)
    return written
