"""Refresh docs/screenshots/ for the README: a few screens of each user per language, at half size."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from screens.screenshots import render

CHOSEN = (
    "welcome-fi", "question-fi", "ticket-fi", "question-sv", "ticket-sv", "scheduled-en", "question-en",
    "slots-fi", "booking-sv", "checkin-en", "display-fi", "staff-sv", "closed-en",
)  # fmt: skip
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        by_name = {path.stem.removeprefix("visitor-"): path for path in render(Path(tmp))}
        for name in CHOSEN:
            image = QImage(str(by_name[name]))
            half = image.scaledToWidth(image.width() // 2, Qt.TransformationMode.SmoothTransformation)
            target = OUT / f"{name}.png"
            half.save(str(target))
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
