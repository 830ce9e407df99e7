"""Opening hours in Helsinki wall-clock time: across days, weekends, closed dates and DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.hours import is_open, next_opening
from kiosk.core.routing.model import Hours

# As assets/routing/kokoomo.yaml: mon-thu 9-15, fri 9-14.
WEEK = [Hours(day, "09:00", "15:00") for day in ("mon", "tue", "wed", "thu")] + [
    Hours("fri", "09:00", "14:00")
]


def at(text: str) -> datetime:
    """A Helsinki wall-clock time, e.g. "2026-03-30 09:00"."""
    return datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


@pytest.mark.parametrize(
    ("now", "open_"),
    [
        ("2026-01-05 08:59", False),  # Monday, before opening
        ("2026-01-05 09:00", True),  # the first minute
        ("2026-01-05 14:59", True),
        ("2026-01-05 15:00", False),  # closing time is closed
        ("2026-01-09 14:30", False),  # Friday closes at 14
        ("2026-01-10 11:00", False),  # Saturday
        ("2026-01-11 11:00", False),  # Sunday
    ],
)
def test_is_open_within_the_blocks_only(now, open_):
    assert is_open(WEEK, at(now)) is open_


def test_dicts_from_the_api_work_as_well_as_dataclasses():
    blocks = [{"weekday": "mon", "start": "09:00", "end": "15:00"}]
    assert is_open(blocks, at("2026-01-05 10:00"))
    assert next_opening(blocks, at("2026-01-05 16:00")) == at("2026-01-12 09:00")


def test_any_zone_is_read_as_helsinki_time():
    # 07:30 UTC in January is 09:30 in Helsinki: open.
    assert is_open(WEEK, datetime(2026, 1, 5, 7, 30, tzinfo=UTC))
    assert not is_open(WEEK, datetime(2026, 1, 5, 6, 30, tzinfo=UTC))


@pytest.mark.parametrize(
    ("now", "opens"),
    [
        ("2026-01-05 07:00", "2026-01-05 09:00"),  # before opening: today
        ("2026-01-05 10:00", "2026-01-06 09:00"),  # open now: the next block, tomorrow
        ("2026-01-05 15:00", "2026-01-06 09:00"),  # after closing: tomorrow
        ("2026-01-09 14:00", "2026-01-12 09:00"),  # Friday after closing: Monday
        ("2026-01-10 12:00", "2026-01-12 09:00"),  # Saturday: Monday
        ("2026-01-11 23:59", "2026-01-12 09:00"),  # Sunday night: Monday
    ],
)
def test_next_opening_across_the_week(now, opens):
    assert next_opening(WEEK, at(now)) == at(opens)


def test_closed_dates_are_skipped_and_close_the_day():
    christmas = {date(2025, 12, 24), date(2025, 12, 25), date(2025, 12, 26)}
    assert next_opening(WEEK, at("2025-12-23 15:30"), christmas) == at("2025-12-29 09:00")
    assert not is_open(WEEK, at("2025-12-24 10:00"), christmas)
    assert is_open(WEEK, at("2025-12-24 10:00"))


def test_a_centre_without_hours_never_opens():
    assert next_opening([], at("2026-01-05 10:00")) is None
    assert not is_open([], at("2026-01-05 10:00"))


def test_spring_dst_change_keeps_nine_oclock_local():
    # Helsinki moves from +02:00 to +03:00 on Sunday 2026-03-29.
    opens = next_opening(WEEK, at("2026-03-27 16:00"))
    assert opens == at("2026-03-30 09:00")
    assert opens.utcoffset() == timedelta(hours=3)
    assert opens.astimezone(UTC).hour == 6
    # Monday 08:30 UTC is 11:30 local after the change (open); 06:30 UTC is 09:30 (open), 05:30 closed.
    assert is_open(WEEK, datetime(2026, 3, 30, 6, 30, tzinfo=UTC))
    assert not is_open(WEEK, datetime(2026, 3, 30, 5, 30, tzinfo=UTC))


def test_autumn_dst_change_keeps_nine_oclock_local():
    # Helsinki moves from +03:00 back to +02:00 on Sunday 2026-10-25.
    opens = next_opening(WEEK, at("2026-10-23 14:00"))
    assert opens == at("2026-10-26 09:00")
    assert opens.utcoffset() == timedelta(hours=2)
    assert opens.astimezone(UTC).hour == 7
    assert not is_open(WEEK, datetime(2026, 10, 26, 6, 30, tzinfo=UTC))  # 08:30 local
    assert is_open(WEEK, datetime(2026, 10, 26, 7, 0, tzinfo=UTC))  # 09:00 local


def test_a_block_on_the_night_of_the_change():
    # A Sunday block 02:00-05:00 on the spring-forward night (03:00-04:00 does not exist): 04:30 is open.
    night = [Hours("sun", "02:00", "05:00")]
    assert is_open(night, datetime(2026, 3, 29, 1, 30, tzinfo=UTC))  # 04:30 +03:00
    assert not is_open(night, datetime(2026, 3, 29, 2, 0, tzinfo=UTC))  # 05:00 +03:00
