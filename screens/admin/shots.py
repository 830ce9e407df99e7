"""The admin screens as pictures, offscreen, on sample data with no hub:
admin-editor-<lang>.png, admin-services-<lang>.png, admin-versions-<lang>.png, admin-stats-<lang>.png."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from screens.admin.window import WINDOW_SIZE

SAMPLE_NOW = "2026-03-13T10:05:00+02:00"


def render(outdir: Path, languages: list[str] | None = None) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.core.paths import DEFAULT_ROUTING
    from kiosk.core.routing import loads
    from screens.admin import edits, sample
    from screens.admin.draft import Draft
    from screens.admin.window import AdminWindow
    from screens.admin.words import AdminWords, admin_languages

    app = QApplication.instance() or QApplication([])
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    moment = datetime.fromisoformat(SAMPLE_NOW)
    written: list[Path] = []
    for lang in languages or admin_languages():
        routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
        draft = Draft(routing)
        words = AdminWords(lang)
        window = AdminWindow(
            draft, words, name="Anna", clock=lambda: moment, today=lambda: sample.SAMPLE_TODAY
        )
        window.resize(*WINDOW_SIZE)
        window.show()
        # A manager half-way through adding an answer: its Swedish label not written yet.
        answer = draft.edit("questions.need", lambda r: edits.add_answer(r, "need", "money"))

        def half_done(_routing, answer=answer) -> None:
            answer.label.update({"fi": "Asuminen", "en": "Housing"})
            answer.icon, answer.route = "home", ["social"]

        draft.edit("questions.need", half_done)
        draft.check_now()
        window.editor.select(f"questions.need.answers.{answer.id}")
        window.preview.flow.start()
        window.preview.flow.choose_language(lang)

        def shot(name: str, window=window, lang=lang) -> None:
            app.processEvents()
            path = outdir / f"admin-{name}-{lang}.png"
            window.grab().save(str(path))
            written.append(path)

        shot("editor")
        window.tabs.setCurrentWidget(window.services)
        window.services.select("services.debt")
        shot("services")
        window.tabs.setCurrentWidget(window.versions)
        window.versions.show_versions(sample.VERSIONS)
        window.versions.choose(3, 4)
        window.versions.show_changes(sample.CHANGES, (3, 4))
        window.versions.show_region(sample.REGION)
        window.versions.choose_template("Kokoomo 2026")
        shot("versions")
        window.tabs.setCurrentWidget(window.stats)
        window.stats.period.setCurrentIndex(window.stats.period.findData("30days"))
        window.stats._period_chosen(load=False)
        window.stats.show_stats(sample.stats())
        shot("stats")
        draft.dirty = False  # a picture: nothing to keep, and no question on closing
        window.close()
        window.deleteLater()
    app.processEvents()
    return written


if __name__ == "__main__":
    import sys

    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/admin-shots")):
        print(path)
