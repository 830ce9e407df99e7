"""Slots from a service's weekly schedule: across weeks, dates off, bookings, daylight-saving changes;
and the centre's walk-in hours (the `closed` outcome) on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.routing import ScheduleBlock, Service, check
from kiosk.core.schedule import DAYS_AHEAD, slot_at, slots, slots_on
from kiosk.server import openings, store
from kiosk.server.queue import create_visit


def at(y, m, d, hh=0, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=HELSINKI)


def service(*blocks: tuple[str, str, str, int]) -> Service:
    schedule = [ScheduleBlock(day, start, end, minutes) for day, start, end, minutes in blocks]
    return Service("debt", {"fi": "Velka"}, kind="scheduled", prefix="D", schedule=schedule)


DEBT = service(("tue", "10:00", "14:00", 30))
MONDAY = at(2026, 3, 2, 8, 0)  # a Monday morning in winter (+02:00)


def starts(found) -> list[str]:
    return [store.iso(slot.start) for slot in found]


def test_a_block_is_cut_into_slots_and_a_short_rest_is_no_slot():
    odd = service(("tue", "10:00", "11:40", 45))  # 10:00, 10:45; 11:30-12:15 would run past 11:40
    found = slots_on(odd, date(2026, 3, 3))
    assert [(s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in found] == [
        ("10:00", "10:45"),
        ("10:45", "11:30"),
    ]
    assert slots_on(odd, date(2026, 3, 4)) == []  # a Wednesday


def test_slots_cover_every_week_of_the_horizon_and_no_more():
    found = slots(DEBT, MONDAY)
    days = sorted({slot.start.date() for slot in found})
    assert days == [date(2026, 3, 3), date(2026, 3, 10)]  # 14 days from Monday 2 March: two Tuesdays
    assert len(found) == 16 and found == sorted(found)
    assert starts(found)[:2] == ["2026-03-03T10:00:00.000+02:00", "2026-03-03T10:30:00.000+02:00"]
    assert store.iso(found[-1].end) == "2026-03-10T14:00:00.000+02:00"
    four_weeks = slots(DEBT, MONDAY, days=28)
    assert len(four_weeks) == 32 and DAYS_AHEAD == 14


def test_several_blocks_and_weekdays_come_out_in_time_order():
    two = service(("thu", "09:00", "10:00", 30), ("mon", "12:00", "13:00", 30), ("mon", "09:00", "10:00", 60))
    found = slots(two, MONDAY, days=7)
    assert [s.start.strftime("%a %H:%M") for s in found] == [
        "Mon 09:00", "Mon 12:00", "Mon 12:30", "Thu 09:00", "Thu 09:30",
    ]  # fmt: skip


def test_started_slots_are_left_out_but_one_starting_now_is_offered():
    found = slots(DEBT, at(2026, 3, 3, 10, 30), days=1)
    assert starts(found)[0] == "2026-03-03T10:30:00.000+02:00"
    later = slots(DEBT, at(2026, 3, 3, 10, 31), days=1)
    assert starts(later)[0] == "2026-03-03T11:00:00.000+02:00" and len(later) == 6


def test_dates_off_and_booked_slots_are_left_out():
    booked = {at(2026, 3, 10, 10, 0), at(2026, 3, 10, 11, 30).astimezone(HELSINKI)}
    found = slots(DEBT, MONDAY, dates_off={date(2026, 3, 3)}, booked=booked)
    assert {s.start.date() for s in found} == {date(2026, 3, 10)}
    assert len(found) == 6 and at(2026, 3, 10, 10, 0) not in [s.start for s in found]


def test_a_booked_start_given_in_utc_is_the_same_slot():
    from datetime import UTC

    found = slots(DEBT, MONDAY, days=2, booked={datetime(2026, 3, 3, 8, 0, tzinfo=UTC)})
    assert starts(found)[0] == "2026-03-03T10:30:00.000+02:00"


@pytest.mark.parametrize(
    ("monday", "before", "after"),
    [
        (at(2026, 3, 23, 8), "2026-03-24T10:00:00.000+02:00", "2026-03-31T10:00:00.000+03:00"),  # 29 March
        (at(2026, 10, 19, 8), "2026-10-20T10:00:00.000+03:00", "2026-10-27T10:00:00.000+02:00"),  # 25 October
    ],
)
def test_a_10_oclock_slot_is_10_local_on_both_sides_of_a_dst_change(monday, before, after):
    found = slots(DEBT, monday)
    firsts = [store.iso(s.start) for s in found if s.start.strftime("%H:%M") == "10:00"]
    assert firsts == [before, after]
    assert all(s.end - s.start == timedelta(minutes=30) for s in found)


def test_a_sunday_schedule_on_the_dst_day_keeps_its_wall_times_and_skips_the_missing_hour():
    night = service(("sun", "02:00", "05:00", 60))
    spring = slots_on(night, date(2026, 3, 29))  # 03:00-03:59 does not exist that night
    assert [store.iso(s.start) for s in spring] == [
        "2026-03-29T02:00:00.000+02:00",
        "2026-03-29T04:00:00.000+03:00",
    ]
    assert store.iso(spring[0].end) == "2026-03-29T04:00:00.000+03:00"  # one real hour
    day = service(("sun", "10:00", "12:00", 60))
    assert [store.iso(s.start) for s in slots_on(day, date(2026, 10, 25))] == [
        "2026-10-25T10:00:00.000+02:00",
        "2026-10-25T11:00:00.000+02:00",
    ]


def test_slot_at_finds_a_slot_by_its_instant_and_nothing_else():
    assert slot_at(DEBT, datetime.fromisoformat("2026-03-03T08:30:00Z")).start == at(2026, 3, 3, 10, 30)
    assert slot_at(DEBT, at(2026, 3, 3, 10, 15)) is None  # between slots
    assert slot_at(DEBT, at(2026, 3, 4, 10, 0)) is None  # a Wednesday
    assert slot_at(DEBT, at(2026, 3, 3, 14, 0)) is None  # the block's end


def test_the_default_routing_gives_every_scheduled_service_at_least_a_week_of_slots(routing):
    assert check(routing) == []
    for monday_evening in (at(2026, 3, 2, 18), at(2026, 11, 23, 18), at(2026, 12, 27, 23)):
        for svc in (s for s in routing.services if s.scheduled):
            found = slots(svc, monday_evening)
            week = {s.start.date() for s in found if s.start < monday_evening + timedelta(days=8)}
            assert week, f"{svc.id} has no slot in the week after {monday_evening}"
            assert len({s.start.date() for s in found}) >= 2, f"{svc.id}: fewer than two days in 14"


# -- the database: dates off, bookings, and the centre's hours -------------------------------------


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "hub.db")
    yield database
    database.conn.close()


def add_date_off(db, day: date, service_id: str = openings.CENTRE) -> None:
    with store.transaction(db):
        db.execute(
            "INSERT INTO dates_off (day, service, note, created_at) VALUES (?, ?, '', '')",
            [day.isoformat(), service_id],
        )


def test_free_slots_leave_out_the_services_and_the_centres_dates_off(db, routing):
    debt = routing.service("debt")  # Tuesdays
    add_date_off(db, date(2026, 3, 3), "debt")
    add_date_off(db, date(2026, 3, 10), "social")  # another service's day off changes nothing here
    found = openings.free_slots(db, debt, MONDAY)
    assert {s.start.date() for s in found} == {date(2026, 3, 10)}
    add_date_off(db, date(2026, 3, 10))  # the whole centre
    assert openings.free_slots(db, debt, MONDAY) == []
    assert openings.free_slots(db, debt, MONDAY, date(2026, 3, 16), date(2026, 3, 17))[0].start == at(
        2026, 3, 17, 10
    )


JOB = {"need": "work", "age": "under30", "work_young": "job"}
DEBT_ROUTE = {"need": "money", "money": "debt"}


def visit(db, routing, answers, key, now):
    return create_visit(db, routing, None, lang="fi", answers=answers, key=key, now=now)


@pytest.mark.parametrize(
    ("now", "opens"),
    [
        (at(2026, 3, 7, 3, 0), "2026-03-09T09:00:00.000+02:00"),  # Saturday night -> Monday
        (at(2026, 3, 6, 14, 0), "2026-03-09T09:00:00.000+02:00"),  # Friday closes at 14:00
        (at(2026, 3, 3, 8, 59), "2026-03-03T09:00:00.000+02:00"),  # a minute early
        (at(2026, 3, 27, 16, 0), "2026-03-30T09:00:00.000+03:00"),  # over the spring change
    ],
)
def test_outside_opening_hours_an_onsite_visit_is_told_when_the_centre_opens(db, routing, now, opens):
    status, body = visit(db, routing, JOB, "k", now)
    assert status == 200 and body["outcome"] == "closed" and body["reason"] == "hours"
    assert body["opens"] == opens and body["service"]["id"] == "coordinator"
    assert body["hours"][0] == {"weekday": "mon", "start": "09:00", "end": "15:00"}
    assert db.execute("SELECT COUNT(*) FROM tickets").fetchone()[0] == 0 and store.last_seq(db) == 0


def test_a_closed_centre_still_offers_to_book(db, routing):
    status, body = visit(db, routing, DEBT_ROUTE, "k", at(2026, 3, 7, 3, 0))  # Saturday night
    assert status == 200 and body["outcome"] == "book"
    assert body["slots"][0]["start"] == "2026-03-10T10:00:00.000+02:00"


def test_a_centre_wide_date_off_closes_the_centre_all_day(db, routing):
    add_date_off(db, date(2026, 3, 3))
    add_date_off(db, date(2026, 3, 4))
    status, body = visit(db, routing, JOB, "k", at(2026, 3, 3, 10, 0))
    assert body["outcome"] == "closed" and body["reason"] == "date_off"
    assert body["opens"] == "2026-03-05T09:00:00.000+02:00"
    status, body = visit(db, routing, JOB, "k", at(2026, 3, 5, 10, 0))
    assert status == 201 and body["outcome"] == "queued"


def test_a_service_date_off_does_not_close_the_centre(db, routing):
    add_date_off(db, date(2026, 3, 3), "debt")
    assert visit(db, routing, JOB, "k", at(2026, 3, 3, 10, 0))[1]["outcome"] == "queued"


def test_a_routing_without_hours_takes_walk_ins_at_any_hour_but_not_on_a_date_off(db, routing):
    routing.centre.hours = []
    assert visit(db, routing, JOB, "a", at(2026, 3, 8, 3, 0))[1]["outcome"] == "queued"  # Sunday 03:00
    add_date_off(db, date(2026, 3, 9))
    body = visit(db, routing, JOB, "b", at(2026, 3, 9, 12, 0))[1]
    assert body["outcome"] == "closed" and body["opens"] == "2026-03-10T00:00:00.000+02:00"


def test_a_replayed_key_gives_its_ticket_even_after_closing_time(db, routing):
    first = visit(db, routing, JOB, "k", at(2026, 3, 3, 14, 59))
    assert first[0] == 201
    assert visit(db, routing, JOB, "k", at(2026, 3, 3, 15, 1)) == first
