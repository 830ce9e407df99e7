"""Where things live: the bundled assets and the user's data directory."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ASSETS = REPO / "assets"
DEFAULT_ROUTING = ASSETS / "routing" / "kokoomo.yaml"

APP_NAME = "kokoomo-kiosk"


def data_dir() -> Path:
    """The user's data directory for the kiosk (honours XDG_DATA_HOME); not created here."""
    # Imported here: a kiosk joining a hub never asks, and every screen's start imports this module.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db() -> Path:
    """The database the embedded hub uses when none is named."""
    return data_dir() / "kiosk.db"


TRANSLATIONS = REPO / "translations"
"""translations/kiosk_<lang>.ts: every word people read but the centre's own (those are in the routing)."""
