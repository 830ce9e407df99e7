"""StaffSettings: what a staff console remembers between days, each setting declared once with its default."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from screens.common.build_translations import found_languages

ORGANISATION = "Kokoomo"
APPLICATION = "Kokoomo Staff"


def staff_languages() -> list[str]:
    """The console's languages: every registry language with a .ts file, Finnish first."""
    return found_languages()


class StaffSettings:
    """The hub the token belongs to, the token, my services and the console's language.

    Reads and writes go through these properties only (never loose QSettings keys). Pass a
    QSettings (e.g. an INI file) to keep a test's or a second console's choices apart.
    """

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)

    def _text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _write(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    def token_for(self, hub: str) -> str:
        """The remembered token, if it was given for this hub (a token is worth nothing at another)."""
        return self._text("token") if self._text("hub") == hub.rstrip("/") else ""

    def remember_token(self, hub: str, token: str) -> None:
        self._write("hub", hub.rstrip("/"))
        self._write("token", token)

    @property
    def services(self) -> list[str]:
        """My services' ids, in the order chosen; [] before the first choice."""
        try:
            value = json.loads(self._text("services", "[]"))
        except ValueError:
            return []
        return [s for s in value if isinstance(s, str)] if isinstance(value, list) else []

    @services.setter
    def services(self, ids: list[str]) -> None:
        # JSON, not a QSettings list: an INI file reads a one-item list back as a plain string.
        self._write("services", json.dumps(list(ids)))

    @property
    def lang(self) -> str:
        offered = staff_languages()
        value = self._text("lang", offered[0])
        return value if value in offered else offered[0]

    @lang.setter
    def lang(self, lang: str) -> None:
        if lang in staff_languages():
            self._write("lang", lang)
