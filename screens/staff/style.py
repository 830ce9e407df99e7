"""The staff console's look: the kiosk's colours at desk-PC sizes (read at arm's length, not from a door)."""

from __future__ import annotations

import re

from screens.common.theme import COLOURS

# Pixel sizes for a 1366x768 desk screen; a larger window scales them up a little (see `stylesheet`).
SIZES = {
    "font_base": 17,
    "font_small": 15,
    "font_heading": 21,
    "font_tab": 19,
    "tab_pad": 14,
    "font_call": 30,
    "font_number": 60,
    "font_service": 21,
    "font_banner": 20,
    "radius": 8,
    "pad": 10,
    "button_height": 44,
    "call_height": 92,
    "row_height": 40,
}

SHORT = {
    "font_call": 24,
    "font_number": 44,
    "font_heading": 19,
    "font_tab": 16,
    "tab_pad": 8,
    "button_height": 38,
    "call_height": 60,
    "row_height": 34,
}
"""A window under SHORT_HEIGHT px high (half a screen, the demo's quarter): smaller big things, so
Call next, the called visitor and its four buttons still fit whole."""
SHORT_HEIGHT = 640

EXTRA = {
    "warning_bg": "#FFF1C2",
    "warning_border": "#8A5A00",
    "offline_bg": "#7A2E0E",
    "offline_text": "#FFFFFF",
    "row_alt": "#F3EFE8",
    "selection": "#CFE3E7",
}

QSS = """
QWidget#StaffWindow, QDialog { background: {{background}}; color: {{text}}; font-size: {{font_base}}px; }
QLabel { color: {{text}}; font-size: {{font_base}}px; background: transparent; }
QLabel[role="heading"] { font-size: {{font_heading}}px; font-weight: bold; }
QLabel[role="muted"] { color: {{text_muted}}; font-size: {{font_small}}px; }
QLabel[role="number"] { font-size: {{font_number}}px; font-weight: bold; }
QLabel[role="strong"] { font-weight: bold; }
QLabel[role="service"] { font-size: {{font_service}}px; font-weight: bold; }
QLabel#Banner {
    background: {{offline_bg}}; color: {{offline_text}}; font-size: {{font_banner}}px; font-weight: bold;
    padding: {{pad}}px; border-radius: {{radius}}px;
}
QLabel#Problem {
    background: {{warning_bg}}; border: 2px solid {{warning_border}}; border-radius: {{radius}}px;
    padding: {{pad}}px;
}
QFrame#Notice {
    background: {{warning_bg}}; border: 2px solid {{warning_border}}; border-radius: {{radius}}px;
}
QLabel#NoticeText { font-weight: bold; }
QFrame[role="booking"] { background: {{surface}}; border: 1px solid {{border}}; border-radius: 6px; }
QFrame[role="booking"][status="cancelled"], QFrame[role="booking"][status="no_show"] {
    background: transparent; border-style: dashed;
}
QFrame[role="booking"][status="cancelled"] QLabel, QFrame[role="booking"][status="no_show"] QLabel {
    color: {{text_muted}};
}
QFrame[role="booking"][status="checked_in"] { border: 2px solid {{primary}}; }
QLabel[role="code"] { font-family: monospace; font-weight: bold; letter-spacing: 1px; }
QTabWidget::pane { border: none; border-top: 2px solid {{border}}; }
QTabBar::tab {
    background: transparent; color: {{text_muted}}; font-size: {{font_tab}}px; font-weight: bold;
    padding: 6px {{tab_pad}}px; margin-right: 4px; border: none; border-bottom: 4px solid transparent;
}
QTabBar::tab:selected { color: {{text}}; border-bottom: 4px solid {{primary}}; }
QTabBar::tab:hover { color: {{text}}; }
QComboBox, QDateEdit {
    font-size: {{font_base}}px; padding: 4px 8px; min-height: {{button_height}}px;
    border: 2px solid {{border}}; border-radius: 6px; background: {{surface}}; color: {{text}};
}
QFrame#StatusLine { background: {{surface}}; border-top: 1px solid {{border}}; }
QFrame#StatusLine[kind="problem"] { background: {{warning_bg}}; border-top: 2px solid {{warning_border}}; }
QLabel#StatusText { font-size: {{font_base}}px; }
QFrame[role="card"] {
    background: {{surface}}; border: 2px solid {{border}}; border-radius: {{radius}}px;
}
QFrame[role="card"][mine="true"] { border: 3px solid {{primary}}; }
QPushButton {
    background: {{surface}}; color: {{text}}; border: 2px solid {{border}}; border-radius: {{radius}}px;
    min-height: {{button_height}}px; padding: 0 {{pad}}px; font-size: {{font_base}}px;
}
QPushButton:hover { background: {{surface_pressed}}; }
QPushButton:pressed { background: {{surface_pressed}}; }
QPushButton:checked { background: {{primary}}; color: {{primary_text}}; border-color: {{primary}}; }
QPushButton:disabled { background: {{disabled_bg}}; color: {{disabled_text}}; border-color: {{disabled_bg}}; }
QPushButton:focus { border: 3px solid {{focus}}; }
QPushButton[role="primary"] {
    background: {{primary}}; color: {{primary_text}}; border-color: {{primary}};
    min-height: {{call_height}}px; font-size: {{font_call}}px; font-weight: bold;
}
QPushButton[role="primary"]:hover, QPushButton[role="primary"]:pressed { background: {{primary_pressed}}; }
QPushButton[role="primary"]:disabled { background: {{disabled_bg}}; color: {{disabled_text}}; }
QPushButton[role="primary"]:focus { border: 4px solid {{focus}}; }
QPushButton[role="done"] { font-weight: bold; border: 3px solid {{primary}}; }
QPushButton[role="done"]:disabled { border-color: {{disabled_bg}}; }
QPushButton[role="lang"][current="true"] {
    background: {{primary}}; color: {{primary_text}}; border-color: {{primary}}; font-weight: bold;
}
QTableView {
    background: {{surface}}; alternate-background-color: {{row_alt}}; color: {{text}};
    border: 1px solid {{border}}; font-size: {{font_base}}px; gridline-color: {{row_alt}};
    selection-background-color: {{selection}}; selection-color: {{text}};
}
QHeaderView::section {
    background: {{background}}; color: {{text_muted}}; font-size: {{font_small}}px; font-weight: bold;
    border: none; border-bottom: 2px solid {{border}}; padding: 4px {{pad}}px;
}
QCheckBox { font-size: {{font_base}}px; spacing: {{pad}}px; }
QCheckBox::indicator { width: 22px; height: 22px; }
QCheckBox:disabled { color: {{text_muted}}; }
QLineEdit {
    font-size: {{font_base}}px; padding: 6px; border: 2px solid {{border}}; border-radius: 6px;
    background: {{surface}}; color: {{text}};
}
QMenu { font-size: {{font_base}}px; background: {{surface}}; color: {{text}}; border: 1px solid {{border}}; }
QMenu::item { padding: 8px 24px; }
QMenu::item:selected { background: {{selection}}; }
QScrollArea { background: transparent; border: none; }
QScrollArea > QWidget > QWidget { background: transparent; }
"""


def scale_for(height: int) -> float:
    """Somewhat larger type on a larger screen (1080p: x1.25), never smaller than at 768 px."""
    return max(1.0, min(1.3, height / 768 * 0.9))


def sizes(scale: float = 1.0, short: bool = False) -> dict[str, int]:
    chosen = {**SIZES, **SHORT} if short else SIZES
    return {name: round(value * scale) for name, value in chosen.items()}


def stylesheet(scale: float = 1.0, short: bool = False) -> str:
    values = {**COLOURS, **EXTRA, **{k: str(v) for k, v in sizes(scale, short).items()}}
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: values[m.group(1)], QSS)
