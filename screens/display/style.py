"""The display's look: light text on a dark ground (a TV on a wall glares less so), filled into QSS.

The visitor theme (assets/theme.qss) is for a touchscreen at arm's length; a TV read from five
metres needs its own sizes and a dark background, so the display has its own small stylesheet.
Pixel sizes are for 1920x1080 and shrink with the window (`stylesheet(scale)`).
"""

from __future__ import annotations

import re

COLOURS = {
    "background": "#0D1B21",
    "panel": "#15282F",
    "text": "#FFFFFF",
    "muted": "#C7D4D9",
    "number": "#FFD23F",
    "flash": "#FFD23F",
    "flash_text": "#0D1B21",
    "banner": "#F2E3B3",
    "banner_text": "#2B2100",
    "rule": "#4A636C",
}

PAIRS = [
    ("text", "background"),
    ("text", "panel"),
    ("muted", "background"),
    ("muted", "panel"),
    ("number", "panel"),
    ("number", "background"),
    ("flash_text", "flash"),
    ("banner_text", "banner"),
]
"""Every text colour on the grounds it is drawn on; each pair reaches 7:1."""

SIZES = {
    "header_font": 60,
    "clock_font": 76,
    "label_font": 50,
    "label_second_font": 38,
    "number_font": 330,
    "room_font": 120,
    "room_second_font": 70,
    "previous_number_font": 72,
    "previous_room_font": 38,
    "previous_room_second_font": 30,
    "service_font": 34,
    "service_second_font": 27,
    "count_font": 56,
    "wait_font": 42,
    "column_font": 28,
    "strip_font": 32,
    "away_font": 30,
    "closed_font": 150,
    "closed_second_font": 90,
    "opens_font": 80,
    "opens_second_font": 60,
    "banner_font": 30,
    "banner_second_font": 26,
    "margin": 28,
    "spacing": 24,
    "radius": 20,
}

QSS = """
DisplayWindow { background: {{background}}; }
QLabel { color: {{text}}; background: transparent; }
QLabel[second="true"] { color: {{muted}}; }
#header QLabel { font-size: {{header_font}}px; font-weight: bold; }
#header QLabel#clock { font-size: {{clock_font}}px; }
#hero, #previous, #queue { background: {{panel}}; border-radius: {{radius}}px; }
#hero[flash="true"] { background: {{flash}}; }
#hero[flash="true"] QLabel { color: {{flash_text}}; }
#hero QLabel#label { font-size: {{label_font}}px; font-weight: bold; }
#hero QLabel#label[second="true"] { font-size: {{label_second_font}}px; font-weight: normal; }
#hero QLabel#number { font-size: {{number_font}}px; font-weight: bold; color: {{number}}; }
#hero[flash="true"] QLabel#number { color: {{flash_text}}; }
#hero QLabel#room { font-size: {{room_font}}px; font-weight: bold; }
#hero QLabel#room[second="true"] { font-size: {{room_second_font}}px; font-weight: normal; }
#hero QLabel#none { font-size: {{label_font}}px; }
#previous QLabel#strip { font-size: {{strip_font}}px; font-weight: bold; }
#previous QLabel#strip[second="true"] { font-weight: normal; }
#previous QLabel#number { font-size: {{previous_number_font}}px; font-weight: bold; color: {{number}}; }
#previous QLabel#room { font-size: {{previous_room_font}}px; }
#previous QLabel#room[second="true"] { font-size: {{previous_room_second_font}}px; }
#queue QFrame#rule { background: {{rule}}; max-height: 2px; min-height: 2px; }
#closed QLabel#closed { font-size: {{closed_font}}px; font-weight: bold; }
#closed QLabel#closed[second="true"] { font-size: {{closed_second_font}}px; font-weight: normal; }
QLabel#opens { font-size: {{opens_font}}px; font-weight: bold; color: {{number}}; }
QLabel#opens[second="true"] { font-size: {{opens_second_font}}px; font-weight: normal; color: {{muted}}; }
#header QLabel#opens { font-size: {{banner_font}}px; }
#header QLabel#opens[second="true"] { font-size: {{banner_second_font}}px; }
#banner { background: {{banner}}; border-radius: {{radius}}px; }
#banner QLabel { color: {{banner_text}}; font-size: {{banner_font}}px; font-weight: bold; }
#banner QLabel[second="true"] { font-size: {{banner_second_font}}px; font-weight: normal; }
"""


def scale_for(width: int, height: int) -> float:
    """How much to shrink the 1080p sizes for this window (never grows them)."""
    return max(0.4, min(1.0, width / 1920, height / 1080))


def sizes(scale: float = 1.0) -> dict[str, int]:
    return {name: max(1, round(value * scale)) for name, value in SIZES.items()}


def stylesheet(scale: float = 1.0) -> str:
    """The QSS with every {{name}} filled; an unknown name is an error, not a silent blank."""
    return _filled(QSS, sizes(scale))


QUEUE_QSS = """
QLabel#title { font-size: {{label_font}}px; font-weight: bold; }
QLabel#title[second="true"] { font-size: {{label_second_font}}px; font-weight: normal; }
QLabel#service { font-size: {{service_font}}px; font-weight: bold; }
QLabel#service[second="true"] { font-size: {{service_second_font}}px; font-weight: normal; }
QLabel#count { font-size: {{count_font}}px; font-weight: bold; }
QLabel#wait { font-size: {{wait_font}}px; }
QLabel#column { font-size: {{column_font}}px; color: {{muted}}; }
QLabel#away { font-size: {{away_font}}px; color: {{muted}}; }
"""
QUEUE_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)
"""How far the queue's rows shrink, one step at a time, when they do not all fit their panel (a long
name on two lines, a centre with many services); what does not fit at the last step is left off,
the last rows first, whole."""


def queue_stylesheet(scale: float, step: float) -> str:
    """The queue panel's words, set on the panel itself: their sizes at `step` of the window's (the
    window's QSS leaves them out; the panel always has this one)."""
    return _filled(QUEUE_QSS, {k: max(1, round(v * step)) for k, v in sizes(scale).items()})


def _filled(qss: str, pixel_sizes: dict[str, int]) -> str:
    values = {**COLOURS, **{k: str(v) for k, v in pixel_sizes.items()}}
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: values[m.group(1)], qss)
