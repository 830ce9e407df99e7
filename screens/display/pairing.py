"""The display's token, remembered per hub like a staff console's (screens/staff/settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from screens.staff.settings import ORGANISATION, StaffSettings

APPLICATION = "Kokoomo Display"


def remembered_token(hub: str, given: str | None, settings: QSettings | None = None) -> str:
    """`given` (then kept for `hub`), or the token kept for `hub` before, or ""."""
    kept = StaffSettings(settings if settings is not None else QSettings(ORGANISATION, APPLICATION))
    if given:
        kept.remember_token(hub, given)
        return given
    return kept.token_for(hub)
