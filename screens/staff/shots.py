"""Render the staff console to PNG on sample data, offscreen, without a hub."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1366, 768)
NARROW = (960, 540)
"""A quarter of a 1080p screen: the console beside other work, or in `kiosk demo`."""


def render(
    outdir: Path,
    languages: list[str],
    size: tuple[int, int] = SIZE,
    suffix: str = "",
    *,
    narrow: bool = False,
) -> list[Path]:
    """Write staff-<lang><suffix>.png, staff-offline-<lang><suffix>.png, staff-nosave-<lang><suffix>.png
    (the hub cannot save: a full disk), staff-kiosk-silent-<lang><suffix>.png (the kiosk out of touch)
    and staff-appointments-<lang><suffix>.png per language (and, with `narrow`,
    staff-<lang>-narrow.png at 960x540); the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kiosk.core.paths import DEFAULT_ROUTING
    from kiosk.core.routing import loads
    from screens.staff.appointments import Appointments
    from screens.staff.desk import Desk
    from screens.staff.sample import (
        APPOINTMENT_SERVICES,
        SAMPLE_KIOSK_SILENT,
        SAMPLE_NOTICE,
        SAMPLE_NOW,
        SAMPLE_SERVICES,
        SAMPLE_TOKEN,
        SampleQueue,
        sample_appointments,
        sample_snapshot,
    )
    from screens.staff.settings import StaffSettings
    from screens.staff.window import StaffWindow

    app = QApplication.instance() or QApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    written: list[Path] = []

    def shot(window, name: str) -> None:
        for _ in range(3):  # the layout settles in a few passes (My services may move to a tab)
            app.processEvents()
        path = outdir / name
        window.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as scratch:
        # The sample console's choices go to a scratch file, never to the user's own settings.
        settings = StaffSettings(QSettings(str(Path(scratch) / "staff.ini"), QSettings.Format.IniFormat))
        settings.services = SAMPLE_SERVICES
        queue = SampleQueue(sample_snapshot(routing))
        desk = Desk(queue, SAMPLE_TOKEN, SAMPLE_SERVICES)
        appointments = Appointments(desk, None, now=lambda: SAMPLE_NOW)
        window = StaffWindow(
            desk, settings, now=lambda: SAMPLE_NOW, ask_services=False, appointments=appointments
        )
        appointments.show(*sample_appointments())
        window.resize(*size)
        window.show()
        for lang in languages:
            window.choose_language(lang)
            desk.set_services(SAMPLE_SERVICES)
            desk.dismiss_notice()
            window.tabs.setCurrentIndex(0)
            for offline in (False, True):
                queue.set_online(not offline)
                shot(window, f"staff-offline-{lang}{suffix}.png" if offline else f"staff-{lang}{suffix}.png")
            queue.set_online(True)
            queue.set_writes_ok(False)
            shot(window, f"staff-nosave-{lang}{suffix}.png")
            queue.set_writes_ok(True)
            desk.notice = dict(SAMPLE_KIOSK_SILENT)
            desk.noticeChanged.emit()
            shot(window, f"staff-kiosk-silent-{lang}{suffix}.png")
            desk.dismiss_notice()
            if narrow:
                queue.set_online(True)
                window.resize(*NARROW)
                shot(window, f"staff-{lang}-narrow.png")
                window.resize(*size)
            # A desk that also has two visiting specialists' times, and a kiosk whose printer needs paper.
            queue.set_online(True)
            desk.set_services(APPOINTMENT_SERVICES)
            desk.notice = dict(SAMPLE_NOTICE)
            desk.noticeChanged.emit()
            window.tabs.setCurrentIndex(1)
            app.processEvents()
            shot(window, f"staff-appointments-{lang}{suffix}.png")
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
