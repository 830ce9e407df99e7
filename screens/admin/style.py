"""The admin screens' look: the kiosk's colours at desk-PC sizes, calm and plain."""

from __future__ import annotations

import re

from screens.common.theme import COLOURS

EXTRA = {
    "warning_bg": "#FFF1C2",
    "warning_border": "#8A5A00",
    "missing": "#B00020",
    "missing_bg": "#FDECEE",
    "selection": "#CFE3E7",
    "row_alt": "#F3EFE8",
    "ok_bg": "#E3F1E6",
    "ok_border": "#2E6B3A",
}

ITEM_PADDING_PX = 3
"""Around the words of a list's or a tree's item (WrappedItems sizes an item with it)."""

QSS = """
QWidget#AdminWindow, QDialog { background: {{background}}; color: {{text}}; font-size: 15px; }
QLabel { color: {{text}}; background: transparent; }
QLabel[role="heading"] { font-size: 19px; font-weight: bold; }
QLabel[role="muted"] { color: {{text_muted}}; font-size: 13px; }
QLabel[role="lang"] { font-weight: bold; }
QLabel[role="figure"] { font-size: 34px; font-weight: bold; color: {{primary}}; }
QLabel[role="missing"] { color: {{missing}}; font-weight: bold; font-size: 13px; }
QLabel[kind="problem"], QLabel#ItemProblems {
    background: {{warning_bg}}; border: 2px solid {{warning_border}}; border-radius: 6px; padding: 6px;
}
QLabel#DiscreetNote { border: 2px solid {{border}}; border-radius: 6px; padding: 6px; }
QLabel[kind="ok"] {
    background: {{ok_bg}}; border: 2px solid {{ok_border}}; border-radius: 6px; padding: 6px;
}
QLineEdit, QPlainTextEdit, QSpinBox, QComboBox, QDateEdit, QTimeEdit {
    padding: 4px 6px; border: 2px solid {{border}}; border-radius: 5px; background: {{surface}};
    color: {{text}}; min-height: 24px;
}
QLineEdit[missing="true"], QPlainTextEdit[missing="true"] {
    border: 3px solid {{missing}}; background: {{missing_bg}};
}
QLineEdit:focus, QPlainTextEdit:focus { border-color: {{focus}}; }
QPushButton {
    background: {{surface}}; color: {{text}}; border: 2px solid {{border}}; border-radius: 6px;
    min-height: 30px; padding: 0 10px;
}
QPushButton:hover, QPushButton:pressed { background: {{surface_pressed}}; }
QPushButton:checked { background: {{primary}}; color: {{primary_text}}; border-color: {{primary}}; }
QPushButton:disabled { background: {{disabled_bg}}; color: {{disabled_text}}; border-color: {{disabled_bg}}; }
QPushButton:focus { border: 3px solid {{focus}}; }
QPushButton[role="primary"] {
    background: {{primary}}; color: {{primary_text}}; border-color: {{primary}}; font-weight: bold;
    min-height: 36px; padding: 0 18px;
}
QPushButton[role="primary"]:disabled { background: {{disabled_bg}}; color: {{disabled_text}}; }
QPushButton[role="lang"][current="true"] {
    background: {{primary}}; color: {{primary_text}}; border-color: {{primary}}; font-weight: bold;
}
QTreeWidget, QListWidget, QTableWidget {
    background: {{surface}}; border: 1px solid {{border}}; alternate-background-color: {{row_alt}};
    selection-background-color: {{selection}}; selection-color: {{text}}; font-size: 15px;
}
QTreeWidget::item, QListWidget::item { padding: {{item_padding}}; }
QHeaderView::section {
    background: {{background}}; color: {{text_muted}}; font-weight: bold; border: none;
    border-bottom: 2px solid {{border}}; padding: 3px 6px;
}
QTabWidget::pane { border: none; border-top: 2px solid {{border}}; }
QTabBar::tab {
    background: transparent; color: {{text_muted}}; font-size: 16px; font-weight: bold;
    padding: 6px 14px; margin-right: 4px; border: none; border-bottom: 4px solid transparent;
}
QTabBar::tab:selected { color: {{text}}; border-bottom: 4px solid {{primary}}; }
QGroupBox {
    font-weight: bold; border: 1px solid {{border}}; border-radius: 6px; margin-top: 12px; padding-top: 6px;
}
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QFrame#PublishBar { background: {{surface}}; border-top: 2px solid {{border}}; }
QFrame#PreviewPanel { background: {{surface}}; border-left: 2px solid {{border}}; }
QScrollArea { background: transparent; border: none; }
QScrollArea > QWidget > QWidget { background: transparent; }
QLineEdit#PinField { font-size: 28px; letter-spacing: 6px; }
QDialog#PinDialog QPushButton { font-size: 22px; min-height: 58px; }
QDialog#PinDialog QLabel#PinMessage { font-size: 17px; }
"""


def stylesheet() -> str:
    values = {**COLOURS, **EXTRA, "item_padding": f"{ITEM_PADDING_PX}px"}
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: values[m.group(1)], QSS)
