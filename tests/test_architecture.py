"""The core's Qt modules speak only QtCore, QtNetwork and QtWebSockets (import-linter checks the rest)."""

import ast
from pathlib import Path

import pytest

import kiosk.client.http
import kiosk.client.hub_client
import kiosk.client.live
import kiosk.client.live_model

ALLOWED = {"PySide6.QtCore", "PySide6.QtNetwork", "PySide6.QtWebSockets"}


def qt_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("PySide6")}
    return found


@pytest.mark.parametrize(
    "module",
    [kiosk.client.hub_client, kiosk.client.live, kiosk.client.live_model, kiosk.client.http],
    ids=lambda m: m.__name__,
)
def test_qt_network_modules_use_no_widgets_or_gui(module):
    used = qt_modules(Path(module.__file__))
    assert used, f"{module.__name__} is expected to use Qt"
    assert used <= ALLOWED, f"{module.__name__} imports {sorted(used - ALLOWED)}"


def test_the_check_would_catch_a_widget_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QLabel\n")
    assert qt_modules(bad) - ALLOWED == {"PySide6.QtWidgets"}
