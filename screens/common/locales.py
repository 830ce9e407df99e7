"""A registry language's Qt locale, and a date written as that language writes it (QtCore only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from kiosk.core import languages


def qt_locale(lang: str) -> QLocale:
    """The Qt locale of a registry language (fi_FI, sv_FI, ar_AE, ...)."""
    return QLocale(languages.language(lang).qt_locale)


def written_date(day: date, lang: str, pattern: str) -> str:
    """`day` in the Qt date `pattern` (itself a translation: "d.M." in Finnish, "d MMM" in English),
    with the registry locale's month names and Western digits, as on the tickets beside it."""
    return languages.western_digits(qt_locale(lang).toString(QDate(day.year, day.month, day.day), pattern))
