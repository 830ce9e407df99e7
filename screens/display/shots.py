"""Render the waiting-room display to PNG, offscreen, on sample data, without a hub.

`display-<lang>.png`: a busy morning with `<lang>` as the large first language (a Finnish display
has English under it; any other language has Finnish under it, as a Swedish-speaking town would
run it). `display-closed-<lang>.png`: a Friday evening, closed until Monday. `display-unpaired-<lang>.png`:
the hub refuses the display's token (not paired, or revoked).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

SIZE = (1920, 1080)
OPEN_NOW = "2026-01-07T10:42:00+02:00"  # a Wednesday morning
CLOSED_NOW = "2026-01-09T16:10:00+02:00"  # a Friday after closing

WAITING = {"greeter": (3, 12), "coordinator": (2, 16), "workshop": (0, 0), "wassup": (1, 8), "coach": (4, 30)}
"""Service -> (waiting, estimated minutes); the others wait for nobody."""
CALLS = [("coordinator", "A012", 0), ("greeter", "N007", 3), ("social", "N006", 6), ("wassup", "C003", 9)]
CALLS += [("workshop", "B004", 14)]
"""(service, number, minutes ago): the newest first; `social` is discreet, shown as number and room only
(its number in the front desk's series)."""


def sample_queue(routing, now: datetime) -> tuple[list[dict], list[dict]]:
    """(tickets, services) in the shape of GET /api/queue."""
    services = [
        {
            "id": s.id,
            "name": dict(s.name),
            "kind": s.kind,
            "prefix": s.prefix,
            "location": dict(s.location),
            "discreet": s.discreet,
            "available": s.id != "youth",
            "waiting": WAITING.get(s.id, (0, 0))[0],
            "estimated_wait_minutes": WAITING.get(s.id, (0, 0))[1],
        }
        for s in routing.services
    ]
    tickets = [
        {
            "code": f"sample-{number}",
            "number": number,
            "service": service,
            "status": "called",
            "called_at": (now - timedelta(minutes=ago)).isoformat(),
        }
        for service, number, ago in CALLS
    ]
    return tickets, services


def render(outdir: Path, languages: list[str] | None = None) -> list[Path]:
    """Write display-<lang>.png, display-closed-<lang>.png and display-unpaired-<lang>.png (1920x1080);
    the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.core.paths import DEFAULT_ROUTING
    from kiosk.core.routing import loads
    from screens.display.board import CallLog, build_board
    from screens.display.window import DisplayWindow

    app = QApplication.instance() or QApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    centre = {"name": dict(routing.centre.name), "hours": [vars(h) for h in routing.centre.hours]}
    window = DisplayWindow()
    window.resize(*SIZE)
    window.show()
    written: list[Path] = []
    for lang in languages or routing.languages:
        window.set_languages((lang, "en" if lang == "fi" else "fi"))
        for name, now_text in (
            ("display", OPEN_NOW),
            ("display-closed", CLOSED_NOW),
            ("display-unpaired", OPEN_NOW),
        ):
            now = datetime.fromisoformat(now_text)
            tickets, services = sample_queue(routing, now)
            if name == "display-closed":
                tickets = []
            paired = name != "display-unpaired"
            board = build_board(tickets, services, CallLog(), centre, now, online=paired, paired=paired)
            window.show_board(board)
            for _ in range(3):  # a new board may take a second layout pass (the queue fitted to its panel)
                app.processEvents()
            path = outdir / f"{name}-{lang}.png"
            window.grab().save(str(path))
            written.append(path)
    window.close()
    window.deleteLater()
    return written
