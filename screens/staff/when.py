"""Times and days as the console's reader writes them: 10.30 in Finnish and Swedish, 10:30 in English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from screens.common.locales import written_date


def moment(value: str | datetime | None) -> datetime | None:
    """A hub time (ISO 8601 with offset) as a datetime, or None."""
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value or "")
    except ValueError:
        return None


def clock(value: str | datetime | None) -> str:
    """The wall-clock time of a hub time ("10.30"), in the hub's own offset (Helsinki)."""
    found = moment(value)
    if found is None:
        return ""
    # The format is a translation: "%H.%M" in Finnish and Swedish, "%H:%M" in English.
    return found.strftime(QCoreApplication.translate("StaffTime", "%H:%M"))


def day_text(day: date, lang: str, today: date | None = None) -> str:
    """ "Today · Tue 3 Mar" / "Tänään · ti 3.3.": the weekday and date, and today or tomorrow when it is."""
    # The registry's locale (ar_AE, not the Egyptian default), its digits 0-9 as on the tickets beside it.
    text = written_date(day, lang, QCoreApplication.translate("StaffTime", "ddd d MMM"))
    if today is not None and day == today:
        return QCoreApplication.translate("StaffTime", "Today · %1").replace("%1", text)
    if today is not None and (day - today).days == 1:
        return QCoreApplication.translate("StaffTime", "Tomorrow · %1").replace("%1", text)
    return text
