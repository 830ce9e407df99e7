"""`kiosk screenshots`: every user's screens, named after screen and language, offscreen, with no hub."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.root.cli import main

pytestmark = pytest.mark.screenshots


def test_one_language_gives_the_visitor_display_and_staff_pictures_by_name(qapp, tmp_path, capsys):
    # Through the command (`kiosk screenshots OUTDIR --lang sv`), which prints each file it wrote.
    assert main(["screenshots", str(tmp_path), "--lang", "sv"]) == 0
    written = [Path(line) for line in capsys.readouterr().out.split()]
    assert written and all(path.parent == tmp_path for path in written)
    names = {path.name for path in written}
    for screen in (
        "welcome",
        "question",
        "question2",
        "ticket",
        "scheduled",
        "offline",
        "offline-unpaired",
        "timeout",
    ):
        assert f"visitor-{screen}-sv.png" in names
        assert f"visitor-{screen}-sv-portrait.png" in names and f"visitor-{screen}-sv-small.png" in names
    assert {"visitor-welcome-sv.png", "visitor-ticket-sv-larger-portrait.png"} <= names
    assert {"display-sv.png", "display-closed-sv.png", "staff-sv.png", "staff-offline-sv.png"} <= names
    assert {"staff-sv-narrow.png", "admin-editor-sv.png", "admin-stats-sv.png"} <= names
    assert not any("-fi" in name or "-en" in name for name in names)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 960, path.name
    assert QImage(str(tmp_path / "display-sv.png")).size().toTuple() == (1920, 1080)
