"""The core's Qt modules speak only QtCore, QtNetwork and QtWebSockets (import-linter checks the rest)."""

import ast
import json
import subprocess
import sys
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


STARTING_THE_KIOSK = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])


def report():
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "VisitorWindow")
    print(json.dumps({"modules": sorted(sys.modules), "screens": sorted(window.screens)}))
    app.exit(0)


QTimer.singleShot(0, report)
from kiosk.root.cli import main

main(["run", "--hub", "http://127.0.0.1:9", "--token", "t", "--windowed"])
"""
NOT_AT_START = (
    "sqlite_utils",
    "platformdirs",
    "uuid",
    "httpx",
    "fastapi",
    "uvicorn",
    "yaml",
    "qrcode",
    "PySide6.QtMultimedia",
    "PySide6.QtPrintSupport",
    "PySide6.QtTextToSpeech",
    "screens.printing",
    "kiosk.server",
    "screens.visitor.booking",
    "screens.visitor.checkin",
    "screens.visitor.closed",
    "screens.visitor.slots",
)
"""What the kiosk must not load before its first screen: the hub's and the database's modules, and
what only later screens, the chime, speech or a printer need (each costs the start tens of ms)."""


def test_starting_the_kiosk_loads_only_what_its_first_screen_needs(monkeypatch):
    monkeypatch.delenv("KIOSK_SOUND", raising=False)  # as a kiosk with speakers starts
    out = subprocess.run(
        [sys.executable, "-c", STARTING_THE_KIOSK], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    started = json.loads(out.strip().splitlines()[-1])
    loaded = [m for m in started["modules"] if any(m == n or m.startswith(f"{n}.") for n in NOT_AT_START)]
    assert loaded == []
    assert started["screens"] == ["offline", "welcome"]
