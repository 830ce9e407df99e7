"""Days and times as a visitor reads them, in their language: "Tiistai 24.11.", "10.00", "on Tuesday".

Day and month names come from QLocale (the registry's locale: fi_FI, sv_FI, en_GB, ar_AE, ...), not from
lists of our own, always with Western digits; clock times follow the registry's format; the few
patterns around them are words in the translations (context "Visitor"). No widgets: the screens
and the flow ask, and the slot paging is decided here too, so it is testable without a window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.core import languages
from kiosk.core.clock import HELSINKI
from screens.common.locales import qt_locale, written_date

WEEKDAY_NUMBER = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}

PAGE_SLOTS = 8
"""At most this many times on one page of the slot screen: they fit 1280x800 without scrolling."""
PAGE_DAYS = 3
"""At most this many days on one page (each has its own heading)."""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def local(moment: datetime | str) -> datetime:
    """A hub time (ISO text or datetime) on the Helsinki wall clock."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.astimezone(HELSINKI)


def clock_time(at: time | datetime | str, lang: str) -> str:
    """A time as the language writes it: 9.00 in Finnish and Swedish (Finland), 09:00 in English."""
    if isinstance(at, str) and len(at) <= 5:
        hours, minutes = at.split(":")
        at = time(int(hours), int(minutes))
    elif not isinstance(at, time):
        at = local(at).time()
    written = languages.clock(at.hour, at.minute, lang)
    # Inside a right-to-left sentence a time stays as printed: 10:30, never 30:10.
    return languages.as_printed_in(written, lang)


def short_date(day: date, lang: str) -> str:
    """'24.11.' (fi, sv) or '24 Nov' (en): the pattern is a translation, the month name QLocale's."""
    pattern = QCoreApplication.translate(
        "Visitor", "d MMM", "a short date without the year, as a Qt date pattern; Finnish: d.M."
    )
    return written_date(day, lang, pattern)


def day_heading(day: date, lang: str) -> str:
    """A day on its own, as a heading: "Tiistai 24.11.", "Tisdag 24.11.", "Tuesday 24 Nov"."""
    name = qt_locale(lang).standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{_capital(name)} {short_date(day, lang)}"


def weekday_heading(weekday: str, lang: str) -> str:
    """A weekday of a weekly list: "Maanantai", "Måndag", "Monday"."""
    number = WEEKDAY_NUMBER.get(weekday, 1)
    return _capital(qt_locale(lang).standaloneDayName(number, QLocale.FormatType.LongFormat))


def on_day(day: date, today: date, lang: str) -> str:
    """A day inside a sentence: "today", "tomorrow", "on Tuesday" ("tiistaina"), with the date
    when it is a week or more away ("on Tuesday 17 Mar")."""
    if day == today:
        return QCoreApplication.translate("Visitor", "today")
    if day == today + timedelta(days=1):
        return QCoreApplication.translate("Visitor", "tomorrow")
    # QLocale's format name is the one used in a sentence: "tiistaina" in Finnish.
    name = qt_locale(lang).dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    when = QCoreApplication.translate("Visitor", "on %1", "a weekday in a sentence: on Tuesday").replace(
        "%1", name
    )
    if (day - today).days >= 7:
        when = f"{when} {short_date(day, lang)}"
    return when


def opens_again(opens: datetime | str | None, now: datetime, lang: str) -> str:
    """ "It opens again on Tuesday at 9.00." ("" when no opening is known)."""
    if not opens:
        return ""
    moment = local(opens)
    return (
        QCoreApplication.translate(
            "Visitor", "It opens again %1 at %2.", "%1 today / tomorrow / on Tuesday, %2 the time"
        )
        .replace("%1", on_day(moment.date(), local(now).date(), lang))
        .replace("%2", clock_time(moment, lang))
    )


def slot_when(start: datetime | str, lang: str) -> str:
    """A slot's day and time on one line: "Tiistai 3.3. kello 10.30"."""
    moment = local(start)
    return (
        QCoreApplication.translate("Visitor", "%1 at %2", "a day heading and a time: Tuesday 3 Mar at 10.30")
        .replace("%1", day_heading(moment.date(), lang))
        .replace("%2", clock_time(moment, lang))
    )


def _field(block, name: str) -> str:
    return block[name] if isinstance(block, Mapping) else getattr(block, name)


def weekly_lines(blocks: Iterable, lang: str) -> list[tuple[str, str]]:
    """Weekly hours as (day, "9.00–15.00") rows, Monday first; a day with two blocks gets both."""
    rows: dict[str, list[str]] = {}
    ordered = sorted(blocks, key=lambda b: (WEEKDAY_NUMBER.get(_field(b, "weekday"), 8), _field(b, "start")))
    for block in ordered:
        span = f"{clock_time(_field(block, 'start'), lang)}–{clock_time(_field(block, 'end'), lang)}"
        rows.setdefault(_field(block, "weekday"), []).append(span)
    return [(weekday_heading(day, lang), ", ".join(spans)) for day, spans in rows.items()]


@dataclass(frozen=True)
class SlotDay:
    """One day's times on a page: the day and its slots (SLOT dicts, as the hub sent them)."""

    day: date
    slots: tuple[dict, ...]


def pages(slots: list[dict], per_page: int = PAGE_SLOTS, days: int = PAGE_DAYS) -> list[list[SlotDay]]:
    """The free slots in pages that fit one screen: at most `per_page` times over at most `days`
    days, earliest first; a day too long for one page goes on over the next."""
    out: list[list[SlotDay]] = []
    page: list[SlotDay] = []
    count = 0
    for slot in sorted(slots, key=lambda s: local(s["start"])):
        day = local(slot["start"]).date()
        same_day = bool(page) and page[-1].day == day
        if count >= per_page or (not same_day and len(page) >= days):
            out.append(page)
            page, count, same_day = [], 0, False
        if same_day:
            page[-1] = SlotDay(day, (*page[-1].slots, slot))
        else:
            page.append(SlotDay(day, (slot,)))
        count += 1
    if page:
        out.append(page)
    return out
