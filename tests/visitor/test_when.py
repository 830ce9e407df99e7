"""Days, times and pages of times as the visitor reads them (screens/visitor/when.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from screens.common.i18n import Translations
from screens.visitor import when

HELSINKI = ZoneInfo("Europe/Helsinki")
NOW = datetime(2026, 11, 23, 16, 0, tzinfo=HELSINKI)  # a Monday after closing


@pytest.fixture
def speak(qapp):
    translations = Translations()

    def use(lang: str) -> str:
        translations.switch(lang)
        return lang

    yield use
    translations.switch("fi")


@pytest.mark.parametrize(
    ("lang", "heading", "clock"),
    [("fi", "Tiistai 24.11.", "9.00"), ("sv", "Tisdag 24.11.", "9.00"), ("en", "Tuesday 24 Nov", "09:00")],
)
def test_day_headings_and_times_in_each_language(speak, lang, heading, clock):
    speak(lang)
    assert when.day_heading(date(2026, 11, 24), lang) == heading
    assert when.clock_time("09:00", lang) == clock


@pytest.mark.parametrize(
    ("lang", "tomorrow", "next_week"),
    [
        ("fi", "Olemme taas auki huomenna kello 9.00.", "Olemme taas auki maanantaina 30.11. kello 9.00."),
        ("sv", "Vi öppnar igen i morgon klockan 9.00.", "Vi öppnar igen på måndag 30.11. klockan 9.00."),
        ("en", "It opens again tomorrow at 09:00.", "It opens again on Monday 30 Nov at 09:00."),
    ],
)
def test_opens_again_says_tomorrow_or_the_weekday_with_the_date_a_week_on(speak, lang, tomorrow, next_week):
    speak(lang)
    morning = datetime(2026, 11, 24, 9, 0, tzinfo=HELSINKI)
    assert when.opens_again(morning, NOW, lang) == tomorrow
    assert when.opens_again(morning + timedelta(days=6), NOW, lang) == next_week


def test_a_page_holds_at_most_eight_times_over_at_most_three_days():
    def slot(day: int, hour: int) -> dict:
        start = datetime(2026, 3, day, hour, 0, tzinfo=HELSINKI)
        return {"start": start.isoformat(), "end": (start + timedelta(minutes=30)).isoformat()}

    slots = [slot(3, h) for h in range(9, 19)] + [slot(d, 10) for d in (4, 5, 6, 9)]
    pages = when.pages(slots)
    assert [[(d.day.day, len(d.slots)) for d in page] for page in pages] == [
        [(3, 8)],
        [(3, 2), (4, 1), (5, 1)],
        [(6, 1), (9, 1)],
    ]
    assert sum(len(d.slots) for page in pages for d in page) == len(slots)
