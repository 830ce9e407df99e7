"""Render the staff console to PNG on sample data, offscreen, without a hub: online and offline."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SIZE = (1366, 768)


def render(outdir: Path, languages: list[str], size: tuple[int, int] = SIZE, suffix: str = "") -> list[Path]:
    """Write staff-<lang><suffix>.png and staff-offline-<lang><suffix>.png per language; the paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kiosk.paths import DEFAULT_ROUTING
    from kiosk.routing import loads
    from screens.staff.desk import Desk
    from screens.staff.sample import SAMPLE_NOW, SAMPLE_SERVICES, SAMPLE_TOKEN, SampleQueue, sample_snapshot
    from screens.staff.settings import StaffSettings
    from screens.staff.window import StaffWindow

    app = QApplication.instance() or QApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        # The sample console's choices go to a scratch file, never to the user's own settings.
        settings = StaffSettings(QSettings(str(Path(scratch) / "staff.ini"), QSettings.Format.IniFormat))
        settings.services = SAMPLE_SERVICES
        queue = SampleQueue(sample_snapshot(routing))
        desk = Desk(queue, SAMPLE_TOKEN, SAMPLE_SERVICES)
        window = StaffWindow(desk, settings, now=lambda: SAMPLE_NOW, ask_services=False)
        window.resize(*size)
        window.show()
        for lang in languages:
            window.choose_language(lang)
            for offline in (False, True):
                queue.set_online(not offline)
                app.processEvents()
                name = f"staff-offline-{lang}{suffix}.png" if offline else f"staff-{lang}{suffix}.png"
                path = outdir / name
                window.grab().save(str(path))
                written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return written
