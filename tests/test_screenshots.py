"""`kiosk screenshots`: every user's screens, named after screen and language, offscreen, with no hub."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from screens.screenshots import render

pytestmark = pytest.mark.screenshots


def test_one_language_gives_the_visitor_display_and_staff_pictures_by_name(qapp, tmp_path):
    written = render(tmp_path, languages=["sv"])
    names = {path.name for path in written}
    assert {"visitor-welcome-sv.png", "visitor-ticket-sv-larger-portrait.png"} <= names
    assert {"display-sv.png", "display-closed-sv.png", "staff-sv.png", "staff-offline-sv.png"} <= names
    assert {"staff-sv-narrow.png", "admin-editor-sv.png", "admin-stats-sv.png"} <= names
    assert not any("-fi" in name or "-en" in name for name in names)
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 960, path.name
    assert QImage(str(tmp_path / "display-sv.png")).size().toTuple() == (1920, 1080)
