"""The core's one Qt module speaks only QtCore, QtNetwork and QtWebSockets (import-linter checks the rest)."""

import ast
from pathlib import Path

import kiosk.client

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


def test_hub_client_uses_no_widgets_or_gui():
    used = qt_modules(Path(kiosk.client.__file__))
    assert used, "the hub client is expected to use Qt"
    assert used <= ALLOWED, f"kiosk/client.py imports {sorted(used - ALLOWED)}"


def test_the_check_would_catch_a_widget_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QLabel\n")
    assert qt_modules(bad) - ALLOWED == {"PySide6.QtWidgets"}
