"""The theme: named colours and sizes, filled into assets/theme.qss at load time."""

from __future__ import annotations

import re

from kiosk.core.paths import ASSETS

QSS = ASSETS / "theme.qss"
ICONS = ASSETS / "icons"

# Colours are chosen in pairs (text on background) that reach 7:1 (WCAG AAA); see PAIRS.
COLOURS = {
    "background": "#FBF8F3",
    "surface": "#FFFFFF",
    "surface_pressed": "#E4EEF0",
    "text": "#14181B",
    "text_muted": "#3B4349",
    "border": "#5A646B",
    "primary": "#0A4F5C",
    "primary_pressed": "#073A44",
    "primary_text": "#FFFFFF",
    "talk": "#7A2E0E",
    "talk_pressed": "#5C2109",
    "talk_text": "#FFFFFF",
    "focus": "#B35900",
    "disabled_bg": "#E2DED6",
    "disabled_text": "#3F3F3F",
    "dim": "#14181B",
}

# Pixel sizes for a screen whose short side is 1080 px; `stylesheet(scale)` shrinks them for smaller ones.
SIZES = {
    "font_base": 30,
    "font_body": 36,
    "font_greeting": 40,
    "font_title": 56,
    "font_question": 52,
    "font_answer": 38,
    "font_service": 42,
    "font_help": 27,
    "font_nav": 30,
    "font_lang": 30,
    "font_choose": 36,
    "font_ticket_number": 260,
    "font_countdown": 160,
    "button_min_height": 116,
    "nav_min_height": 96,
    "answer_max_height": 300,
    "icon_size": 88,
    "icon_answer": 120,
    "qr_size": 380,
    "border_width": 3,
    "focus_width": 8,
    "radius": 18,
    "spacing": 20,
    "margin": 32,
    "button_padding": 18,
    # A language's name stands alone, centred, with no icon: a third of the side room, so eight
    # names stand in one row across a 1280 px screen even with larger text.
    "lang_side_padding": 6,
    "scrollbar_width": 28,
}

# "Larger text" (A+) multiplies every font by this; the ticket number and the countdown's seconds
# are already several times the body text and stay as they are, so they still fit the screen. So do
# the languages' names and the welcome's "Choose your language" in every language: each is in its own
# script, for whoever wants that language (not for the visitor who chose larger text in theirs), and
# eight of them must fit one row across a landscape screen.
LARGER_TEXT = 1.5
_ALREADY_LARGE = ("font_ticket_number", "font_countdown", "font_lang", "font_choose")
# Heights that hold text grow with it.
_HOLDS_TEXT = ("answer_max_height",)

# Touch targets stay at least this high whatever the scale (the kiosk's minimum is 80 px).
MIN_TARGET = 88
_NEVER_BELOW = {
    "button_min_height": MIN_TARGET,
    "nav_min_height": MIN_TARGET,
    "answer_max_height": 2 * MIN_TARGET,
    "font_help": 22,
}

PAIRS = [
    ("text", "background"),
    ("text", "surface"),
    ("text", "surface_pressed"),
    ("text_muted", "background"),
    ("text_muted", "surface"),
    ("primary_text", "primary"),
    ("primary_text", "primary_pressed"),
    ("talk_text", "talk"),
    ("talk_text", "talk_pressed"),
    ("disabled_text", "disabled_bg"),
]
"""Every text colour on the backgrounds it is drawn on."""


def scale_for(width: int, height: int) -> float:
    """How much to shrink the 1080p sizes for a window of this size (never grows them)."""
    return max(0.7, min(1.0, min(width, height) / 1080))


def sizes(scale: float = 1.0, text: float = 1.0) -> dict[str, int]:
    """The sizes at this scale, fonts times `text` (1.0 or LARGER_TEXT), touch targets at their floor."""
    out = {}
    for name, value in SIZES.items():
        scaled = value if name in ("border_width", "focus_width") else round(value * scale)
        out[name] = max(scaled, _NEVER_BELOW.get(name, 0))
        if (name.startswith("font_") and name not in _ALREADY_LARGE) or name in _HOLDS_TEXT:
            out[name] = round(out[name] * text)
    return out


def stylesheet(scale: float = 1.0, text: float = 1.0) -> str:
    """The QSS with every {{name}} replaced; an unknown name is an error, not a silent blank."""
    values = {**COLOURS, **{k: str(v) for k, v in sizes(scale, text).items()}}

    def fill(match: re.Match) -> str:
        return values[match.group(1)]

    return re.sub(r"\{\{\s*(\w+)\s*\}\}", fill, QSS.read_text(encoding="utf-8"))


def luminance(colour: str) -> float:
    """Relative luminance of a #RRGGBB colour (WCAG 2)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours, 1..21."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)
