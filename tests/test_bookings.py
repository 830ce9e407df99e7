"""Bookings of scheduled services and dates off: the core on a real SQLite file, then the real hub."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import date, datetime, timedelta

import httpx
import pytest

from kiosk.core.clock import HELSINKI
from kiosk.server import bookings, dates_off, openings, staff_actions, store
from kiosk.server.queue import QueueError

DEBT_ROUTE = {"need": "money", "money": "debt"}  # -> debt: Tuesdays 10-14, 30-minute slots, prefix D
JOB = {"need": "work", "age": "under30", "work_young": "job"}  # -> coordinator, on site
MONDAY = datetime(2026, 3, 2, 12, 0, tzinfo=HELSINKI)
SLOT = "2026-03-03T10:00:00.000+02:00"  # the first debt slot after MONDAY
START = datetime.fromisoformat(SLOT)


@pytest.fixture
def db(tmp_path):
    database = store.open_db(tmp_path / "hub.db")
    yield database
    database.conn.close()


def book(db, routing, start=SLOT, key=None, service="debt", lang="fi", now=MONDAY):
    return bookings.create_booking(
        db, routing, None, service_id=service, start=start, lang=lang, key=key or str(uuid.uuid4()), now=now
    )


def refused(call, *args, **kwargs) -> QueueError:
    with pytest.raises(QueueError) as caught:
        call(*args, **kwargs)
    return caught.value


def counts(db) -> tuple[int, int, int]:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return one("SELECT COUNT(*) FROM bookings"), one("SELECT COUNT(*) FROM tickets"), store.last_seq(db)


# -- booking -----------------------------------------------------------------------------------------


def test_a_booking_has_a_short_code_without_look_alikes_and_an_anonymous_event(db, routing):
    made = book(db, routing, lang="sv")
    assert len(made["code"]) == 6 and set(made["code"]) <= set(bookings.CODE_ALPHABET)
    assert not set("0O1IL") & set(bookings.CODE_ALPHABET)
    assert made["service"] == "debt" and made["status"] == "booked" and made["lang"] == "sv"
    assert (made["start"], made["end"]) == (SLOT, "2026-03-03T10:30:00.000+02:00")
    assert made["ticket"] is None
    [event] = store.events_since(db, 0)
    assert event["type"] == "booking.created"
    assert event["booking"] == {
        "id": made["id"], "service": "debt", "start": SLOT, "end": made["end"], "status": "booked",
        "number": None,
    }  # fmt: skip
    assert made["code"] not in json.dumps(event)


def test_codes_differ_across_a_weeks_bookings(db, routing):
    codes = set()
    for day in (3, 10):
        for slot in openings.free_slots(db, routing.service("debt"), MONDAY, date(2026, 3, day)):
            codes.add(book(db, routing, store.iso(slot.start))["code"])
    assert len(codes) == 16


def test_the_same_key_gives_the_same_booking_once(db, routing):
    first = book(db, routing, key="tap")
    again = book(db, routing, start="2026-03-03T11:00:00+02:00", key="tap")
    assert again == first and counts(db) == (1, 0, 1)


def test_a_start_in_another_offset_books_the_same_slot(db, routing):
    made = book(db, routing, start="2026-03-03T08:00:00Z")
    assert made["start"] == SLOT
    error = refused(book, db, routing, start=SLOT)
    assert (error.status, error.code, error.where) == (409, "slot_taken", "start")


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"start": "2026-03-03T10:15:00+02:00"}, 422, "not_a_slot"),
        ({"start": "2026-03-04T10:00:00+02:00"}, 422, "not_a_slot"),  # a Wednesday
        ({"start": "2026-03-03T10:00:00"}, 422, "invalid_field"),  # no offset
        ({"start": "tomorrow at ten"}, 422, "invalid_field"),
        ({"start": "2026-03-17T10:00:00+02:00"}, 422, "too_far_ahead"),  # the 16th day
        ({"now": datetime(2026, 3, 3, 10, 1, tzinfo=HELSINKI)}, 409, "slot_started"),
        ({"service": "coordinator"}, 422, "not_scheduled"),
        ({"service": "nobody"}, 422, "unknown_service"),
        ({"lang": "de"}, 422, "unknown_lang"),
    ],
)
def test_a_time_that_is_not_a_free_slot_is_refused_and_nothing_changes(db, routing, kwargs, status, code):
    error = refused(book, db, routing, **kwargs)
    assert (error.status, error.code) == (status, code) and str(error)
    assert counts(db) == (0, 0, 0)


def test_a_slot_on_a_date_off_cannot_be_booked(db, routing):
    dates_off.set_date_off(db, routing, date(2026, 3, 3), "debt", "", False, MONDAY)
    error = refused(book, db, routing)
    assert (error.status, error.code) == (409, "date_off")


def test_the_database_itself_allows_one_live_booking_per_slot(db, routing):
    made = book(db, routing)
    row = ["X", "debt", "2026-03-03", SLOT, SLOT, "booked", "fi", "", ""]
    insert = (
        "INSERT INTO bookings (code, service, day, start_at, end_at, status, lang, created_at, booking_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        db.execute(insert, row)
    bookings.cancel(db, routing, made["code"], MONDAY)
    db.execute(insert, row)  # a cancelled booking frees its slot
    db.conn.commit()


# -- check-in ----------------------------------------------------------------------------------------


def minutes(n: float) -> datetime:
    return START + timedelta(minutes=n)


@pytest.mark.parametrize(("offset", "code"), [(-31, "too_early"), (-24 * 60, "too_early"), (16, "too_late")])
def test_check_in_outside_its_window_is_refused_with_the_booking(db, routing, offset, code):
    made = book(db, routing)
    before = counts(db)
    error = refused(bookings.check_in, db, routing, None, made["code"], minutes(offset))
    assert (error.status, error.code, error.booking["start"]) == (409, code, SLOT)
    assert counts(db) == before


@pytest.mark.parametrize("offset", [-30, 0, 15])
def test_check_in_within_its_window_makes_a_ticket_at_the_booked_service(db, routing, offset):
    made = book(db, routing, lang="en")
    result = bookings.check_in(db, routing, None, made["code"], minutes(offset))
    ticket = result["ticket"]
    assert result["outcome"] == "queued" and ticket["number"] == "N001" and ticket["service"] == "debt"
    assert ticket["priority"] == bookings.BOOKED_PRIORITY and ticket["lang"] == "en"
    assert ticket["status"] == "waiting" and ticket["position"] == 1 and ticket["queued_at"] == SLOT
    assert result["booking"]["status"] == "checked_in"
    assert result["booking"]["ticket"]["number"] == "N001"
    types = [e["type"] for e in store.events_since(db, 0)]
    assert types == ["booking.created", "ticket.created", "booking.checked_in"]


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "{a}-{b}", " {a} {b} "])
def test_codes_are_read_without_regard_to_case_spaces_and_dashes(db, routing, typed):
    code = book(db, routing)["code"]
    as_typed = typed.format(code=code, lower=code.lower(), a=code[:3], b=code[3:])
    assert bookings.check_in(db, routing, None, as_typed, minutes(0))["booking"]["code"] == code


def test_a_look_alike_letter_for_a_digit_still_finds_the_booking(db, routing):
    code = book(db, routing)["code"]
    typed = code.replace("8", "B").replace("5", "S").replace("2", "Z")
    assert bookings.booking(db, typed)["code"] == code


def test_a_second_check_in_is_refused_as_used_and_names_the_ticket(db, routing):
    code = book(db, routing)["code"]
    bookings.check_in(db, routing, None, code, minutes(-5))
    error = refused(bookings.check_in, db, routing, None, code, minutes(-4))
    assert (error.status, error.code) == (409, "used")
    assert error.booking["ticket"]["number"] == "N001" and counts(db)[1] == 1


def test_an_unknown_code_is_404(db, routing):
    error = refused(bookings.check_in, db, routing, None, "ZZZZZZ", MONDAY)
    assert (error.status, error.code) == (404, "unknown_booking")


def test_booked_visitors_are_called_in_the_order_of_their_times_not_of_arrival(db, routing):
    early = book(db, routing, SLOT)["code"]
    late = book(db, routing, "2026-03-03T10:30:00+02:00")["code"]
    bookings.check_in(db, routing, None, late, minutes(5))
    bookings.check_in(db, routing, None, early, minutes(10))  # 10 minutes late
    called = staff_actions.call_next(db, routing, "debt", "desk", minutes(11))
    assert called["number"] == "N002" and called["queued_at"] == SLOT


def test_a_checked_in_booking_is_ahead_of_walk_in_priorities(db, routing):
    answers_priorities = [a.priority for q in routing.questions for a in q.answers]
    assert max(answers_priorities) < bookings.BOOKED_PRIORITY


# -- staff: cancel, no-show, list -------------------------------------------------------------------


def test_cancel_frees_the_slot_and_then_refuses_every_other_step(db, routing):
    made = book(db, routing)
    assert START not in [s.start for s in openings.free_slots(db, routing.service("debt"), MONDAY)]
    cancelled = bookings.cancel(db, routing, made["code"].lower(), MONDAY)
    assert cancelled["status"] == "cancelled"
    assert START in [s.start for s in openings.free_slots(db, routing.service("debt"), MONDAY)]
    for call, args in (
        (bookings.cancel, (made["code"], MONDAY)),
        (bookings.check_in, (None, made["code"], minutes(0))),
        (bookings.no_show, (made["code"], minutes(20))),
    ):
        error = refused(call, db, routing, *args)
        assert (error.status, error.code) == (409, "cancelled")
    assert book(db, routing)["start"] == SLOT  # somebody else can have it now


def test_no_show_only_once_the_time_has_come_and_it_keeps_the_slot(db, routing):
    code = book(db, routing)["code"]
    error = refused(bookings.no_show, db, routing, code, minutes(-1))
    assert (error.status, error.code) == (409, "too_early")
    assert bookings.no_show(db, routing, code, minutes(20))["status"] == "no_show"
    assert refused(bookings.check_in, db, routing, None, code, minutes(10)).code == "no_show"
    assert refused(bookings.cancel, db, routing, code, minutes(21)).code == "no_show"
    assert [e["type"] for e in store.events_since(db, 0)][-1] == "booking.no_show"


def test_the_list_shows_each_days_bookings_with_their_tickets(db, routing):
    first = book(db, routing, SLOT)["code"]
    book(db, routing, "2026-03-03T11:00:00+02:00")
    book(db, routing, "2026-03-05T09:00:00+02:00", service="careers")  # Thursday
    bookings.check_in(db, routing, None, first, minutes(-5))
    tuesday = bookings.list_bookings(db, [], date(2026, 3, 3), date(2026, 3, 3))
    assert [(b["start"][11:16], b["status"]) for b in tuesday] == [
        ("10:00", "checked_in"),
        ("11:00", "booked"),
    ]
    assert tuesday[0]["ticket"]["number"] == "N001"
    week = bookings.list_bookings(db, ["careers"], date(2026, 3, 2), date(2026, 3, 8))
    assert [b["service"] for b in week] == ["careers"]


# -- dates off ----------------------------------------------------------------------------------------


def test_a_date_off_with_bookings_is_refused_listing_them_unless_they_are_cancelled(db, routing):
    made = book(db, routing)
    with pytest.raises(dates_off.DateOffError) as caught:
        dates_off.set_date_off(db, routing, date(2026, 3, 3), "debt", "sick", False, MONDAY)
    assert (caught.value.status, caught.value.code) == (409, "has_bookings")
    assert [b["code"] for b in caught.value.bookings] == [made["code"]] and made["code"] in str(caught.value)
    assert dates_off.list_dates_off(db) == [] and counts(db) == (1, 0, 1)
    result = dates_off.set_date_off(db, routing, date(2026, 3, 3), "debt", "sick", True, MONDAY)
    assert [b["status"] for b in result["cancelled"]] == ["cancelled"] and result["service"] == "debt"
    assert bookings.booking(db, made["code"])["status"] == "cancelled"
    assert [e["type"] for e in store.events_since(db, 0)][-2:] == ["booking.cancelled", "date_off.set"]
    assert "sick" not in json.dumps(store.events_since(db, 0))


def test_a_centre_wide_date_off_takes_every_services_bookings_into_account(db, routing):
    book(db, routing)
    with pytest.raises(dates_off.DateOffError):
        dates_off.set_date_off(db, routing, date(2026, 3, 3), None, "", False, MONDAY)
    dates_off.set_date_off(db, routing, date(2026, 3, 4), None, "", False, MONDAY)  # nobody booked
    assert dates_off.list_dates_off(db)[0]["service"] is None


def test_setting_a_date_off_again_changes_the_note_and_removing_it_brings_the_slots_back(db, routing):
    debt = routing.service("debt")
    dates_off.set_date_off(db, routing, date(2026, 3, 3), "debt", "a", False, MONDAY)
    dates_off.set_date_off(db, routing, date(2026, 3, 3), "debt", "b", False, MONDAY)
    assert [(d["date"], d["note"]) for d in dates_off.list_dates_off(db)] == [("2026-03-03", "b")]
    assert openings.free_slots(db, debt, MONDAY)[0].start.date() == date(2026, 3, 10)
    dates_off.remove_date_off(db, routing, date(2026, 3, 3), "debt", MONDAY)
    assert openings.free_slots(db, debt, MONDAY)[0].start == START
    error = refused(dates_off.remove_date_off, db, routing, date(2026, 3, 3), "debt", MONDAY)
    assert (error.status, error.code) == (404, "unknown_date_off")


@pytest.mark.parametrize(
    ("day", "service", "code"),
    [(date(2026, 3, 1), "debt", "past_date"), (date(2026, 3, 3), "coordinator", "not_scheduled"),
     (date(2026, 3, 3), "nobody", "unknown_service")],
)  # fmt: skip
def test_a_bad_date_off_is_refused_and_nothing_changes(db, routing, day, service, code):
    error = refused(dates_off.set_date_off, db, routing, day, service, "", False, MONDAY)
    assert (error.status, error.code) == (422, code)
    assert dates_off.list_dates_off(db) == [] and store.last_seq(db) == 0


# -- through the real hub -----------------------------------------------------------------------------


class Clock:
    """A hub clock a test sets."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(MONDAY)


@pytest.fixture
def served(make_hub, clock):
    return make_hub(clock=clock)


def client(hub, role):
    return httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {hub.tokens[role]}"}, timeout=10)


@pytest.fixture
def kiosk(served):
    with client(served, "kiosk") as c:
        yield c


@pytest.fixture
def staff(served):
    with client(served, "staff") as c:
        yield c


def post_booking(kiosk, start=SLOT, **extra):
    body = {"service": "debt", "start": start, "lang": "fi", "key": str(uuid.uuid4()), **extra}
    return kiosk.post("/api/bookings", json=body)


def rows(hub, sql):
    db = store.open_db(hub.db_path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.conn.close()


def test_a_kiosk_books_one_service_only_a_few_times_in_a_while_and_the_desk_has_no_such_limit(
    served, kiosk, staff
):
    """Someone tapping through the kiosk (or a script with its token) took all 49 of the A-Clinic's free
    times in 0.1 s; now a kiosk's token books a service 3 times in 30 min, then the desk books."""
    free = kiosk.get("/api/services/debt/slots", params={"from": "2026-03-03", "to": "2026-03-16"}).json()
    starts = [slot["start"] for slot in free["slots"]]
    taken = post_booking(kiosk, start=starts[0])
    assert taken.status_code == 201
    assert post_booking(kiosk, start=starts[0]).json()["error"] == "slot_taken"  # a refusal costs nothing
    made = [taken] + [post_booking(kiosk, start=start) for start in starts[1:3]]
    assert [reply.status_code for reply in made] == [201, 201, 201]
    fourth = post_booking(kiosk, start=starts[3])
    assert fourth.status_code == 429 and fourth.json()["error"] == "too_many_bookings"
    assert int(fourth.headers["retry-after"]) == fourth.json()["retry_after_seconds"] > 29 * 60
    # Nothing was made; a retry of a booking already made still gets it (its answer may have been lost).
    assert rows(served, "SELECT COUNT(*) FROM bookings")[0][0] == 3
    retry = {"content": made[2].request.content, "headers": {"Content-Type": "application/json"}}
    again = kiosk.post("/api/bookings", **retry)
    assert again.status_code == 201 and again.json()["code"] == made[2].json()["code"]
    # Another service, and the desk, are not held back.
    careers = kiosk.get("/api/services/careers/slots", params={"from": "2026-03-03", "to": "2026-03-16"})
    assert (
        post_booking(kiosk, start=careers.json()["slots"][0]["start"], service="careers").status_code == 201
    )
    assert post_booking(staff, start=starts[3]).status_code == 201
    assert post_booking(staff, start=starts[4]).status_code == 201


def test_many_kiosks_one_slot_exactly_one_booking(served, kiosk):
    replies: list[httpx.Response] = []
    barrier = threading.Barrier(12)

    def tap():
        with client(served, "kiosk") as own:
            barrier.wait()
            replies.append(post_booking(own))

    threads = [threading.Thread(target=tap) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(r.status_code for r in replies)
    assert statuses == [201] + [409] * 11
    assert {r.json()["error"] for r in replies if r.status_code == 409} == {"slot_taken"}
    assert rows(served, "SELECT COUNT(*) FROM bookings") == [(1,)]


def test_the_book_outcome_lists_free_slots_and_a_booked_one_is_gone(kiosk):
    visit = {"lang": "fi", "answers": DEBT_ROUTE, "key": "v"}
    offered = kiosk.post("/api/visits", json=visit).json()
    assert offered["outcome"] == "book" and offered["slots"][0] == {
        "start": SLOT, "end": "2026-03-03T10:30:00.000+02:00",
    }  # fmt: skip
    assert post_booking(kiosk).status_code == 201
    again = kiosk.post("/api/visits", json=visit).json()
    assert again["slots"] == offered["slots"][1:]


def test_outside_opening_hours_a_walk_in_hears_when_the_centre_opens(kiosk, clock):
    clock.now = datetime(2026, 3, 7, 3, 0, tzinfo=HELSINKI)  # Saturday, 03:00
    reply = kiosk.post("/api/visits", json={"lang": "fi", "answers": JOB, "key": "night"})
    assert reply.status_code == 200
    body = reply.json()
    assert body["outcome"] == "closed" and body["opens"] == "2026-03-09T09:00:00.000+02:00"
    assert body["service"]["id"] == "coordinator" and body["reason"] == "hours"
    booking = kiosk.post("/api/visits", json={"lang": "fi", "answers": DEBT_ROUTE, "key": "night2"}).json()
    assert booking["outcome"] == "book" and booking["slots"][0]["start"] == "2026-03-10T10:00:00.000+02:00"


def test_check_in_through_the_hub_puts_the_ticket_in_the_queue(served, kiosk, staff, clock):
    made = post_booking(kiosk).json()
    clock.now = START - timedelta(minutes=45)
    early = kiosk.post(f"/api/bookings/{made['code']}/check-in")
    assert early.status_code == 409 and early.json()["error"] == "too_early"
    assert early.json()["booking"]["start"] == SLOT and "09:30" in early.json()["message"]
    clock.now = START - timedelta(minutes=10)
    code = f"{made['code'][:3].lower()}-{made['code'][3:]}"
    reply = kiosk.post(f"/api/bookings/{code}/check-in")
    assert reply.status_code == 201 and reply.json()["outcome"] == "queued"
    ticket = reply.json()["ticket"]
    queue = staff.get("/api/queue").json()
    assert [t["number"] for t in queue["tickets"]] == [ticket["number"]] == ["N001"]
    used = kiosk.post(f"/api/bookings/{made['code']}/check-in")
    assert used.status_code == 409 and used.json()["error"] == "used"
    assert used.json()["booking"]["ticket"]["number"] == "N001"
    listed = staff.get("/api/bookings", params={"service": "debt"}).json()
    assert listed["from"] == "2026-03-03" and listed["to"] == "2026-03-04"
    assert [(b["code"], b["status"], b["ticket"]["number"]) for b in listed["bookings"]] == [
        (made["code"], "checked_in", "N001")
    ]
    assert kiosk.post("/api/bookings/22222A/check-in").json()["error"] == "unknown_booking"


def test_staff_cancel_and_no_show_need_a_staff_token(served, kiosk, staff, clock):
    made = post_booking(kiosk).json()
    assert kiosk.post(f"/api/bookings/{made['code']}/cancel").status_code == 403
    assert kiosk.get("/api/bookings").status_code == 403
    other = post_booking(kiosk, "2026-03-03T10:30:00+02:00").json()
    assert staff.post(f"/api/bookings/{made['code']}/cancel").json()["status"] == "cancelled"
    again = staff.post(f"/api/bookings/{made['code']}/cancel")
    assert again.status_code == 409 and again.json()["error"] == "cancelled"
    clock.now = START + timedelta(minutes=40)
    assert staff.post(f"/api/bookings/{other['code']}/no-show").json()["status"] == "no_show"
    slots = kiosk.get("/api/services/debt/slots", params={"from": "2026-03-03", "to": "2026-03-03"}).json()
    assert slots["slots"][0]["start"] == "2026-03-03T11:00:00.000+02:00"  # 10:00 and 10:30 have started


def test_a_discreet_services_slots_are_for_a_kiosk_or_staff_only(served):
    """A slot of the A-Clinic or the debt adviser vanishing the moment the person at the kiosk books it
    would tell anyone polling in the lobby who they are seeing and when; a service that is not
    discreet keeps its slots open (a phone's calendar, the display)."""
    url = f"{served.url}/api/services/debt/slots"
    for headers in ({}, served.auth("display"), {"Authorization": "Bearer guess"}):
        refused = httpx.get(url, headers=headers)
        assert (refused.status_code, refused.json()["error"]) == (401, "discreet_slots"), headers
        assert "slots" not in refused.json()
    for role in ("kiosk", "staff", "admin"):
        assert httpx.get(url, headers=served.auth(role)).status_code == 200, role
    assert httpx.get(f"{served.url}/api/services/careers/slots").status_code == 200


def test_the_slots_read_is_open_and_says_what_is_wrong(served):
    kiosk = served.auth("kiosk")  # debt is discreet: its slots are a kiosk's or staff's to read
    got = httpx.get(
        f"{served.url}/api/services/debt/slots",
        params={"from": "2026-03-09", "to": "2026-03-10"},
        headers=kiosk,
    )
    assert got.status_code == 200 and len(got.json()["slots"]) == 8 and got.json()["from"] == "2026-03-09"
    default = httpx.get(f"{served.url}/api/services/debt/slots", headers=kiosk).json()
    assert (default["from"], default["to"], len(default["slots"])) == ("2026-03-02", "2026-03-15", 16)
    for path, params, status, error in (
        ("nobody", {}, 404, "unknown_service"),
        ("coordinator", {}, 422, "not_scheduled"),
        ("debt", {"from": "2026-03-10", "to": "2026-03-09"}, 422, "bad_range"),
        ("debt", {"from": "2026-03-01", "to": "2026-06-01"}, 422, "bad_range"),
        ("debt", {"from": "3.3.2026"}, 422, "invalid_field"),
    ):
        reply = httpx.get(f"{served.url}/api/services/{path}/slots", params=params, headers=kiosk)
        assert (reply.status_code, reply.json()["error"]) == (status, error), (path, params)
        assert reply.json()["message"]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"service": "debt", "start": SLOT, "lang": "fi"}, "key"),
        ({"service": "debt", "start": SLOT, "lang": "fi", "key": "k", "name": "Maija"}, "name"),
        ({"service": "debt", "start": 1741000000, "lang": "fi", "key": "k"}, "start"),
        ({"service": "debt", "start": "2026-03-03T10:00", "lang": "fi", "key": "k"}, "start"),
    ],
)
def test_a_malformed_booking_is_422_and_changes_nothing(served, kiosk, body, where):
    reply = kiosk.post("/api/bookings", json=body)
    assert reply.status_code == 422 and reply.json()["where"] == where and reply.json()["message"]
    assert rows(served, "SELECT COUNT(*) FROM bookings") == [(0,)]


def test_dates_off_through_the_hub(served, kiosk, staff):
    made = post_booking(kiosk).json()
    refused_ = staff.put("/api/dates-off/2026-03-03", json={"service": "debt", "note": "sick"})
    assert refused_.status_code == 409 and refused_.json()["error"] == "has_bookings"
    assert [b["code"] for b in refused_.json()["bookings"]] == [made["code"]]
    done = staff.put(
        "/api/dates-off/2026-03-03", json={"service": "debt", "note": "sick", "cancel_bookings": True}
    )
    assert done.status_code == 200 and [b["code"] for b in done.json()["cancelled"]] == [made["code"]]
    assert staff.put("/api/dates-off/2026-03-10", json={"service": None}).status_code == 200
    listed = staff.get("/api/dates-off", params={"from": "2026-03-01"}).json()["dates_off"]
    assert [(d["date"], d["service"]) for d in listed] == [("2026-03-03", "debt"), ("2026-03-10", None)]
    assert httpx.get(f"{served.url}/api/dates-off").status_code == 401  # notes are for staff
    assert kiosk.put("/api/dates-off/2026-03-11", json={"service": None}).status_code == 403
    assert (
        httpx.get(f"{served.url}/api/services/debt/slots", headers=served.auth("kiosk")).json()["slots"] == []
    )
    assert staff.delete("/api/dates-off/2026-03-10").status_code == 200
    assert staff.delete("/api/dates-off/2026-03-10").json()["error"] == "unknown_date_off"
    assert (
        len(httpx.get(f"{served.url}/api/services/debt/slots", headers=served.auth("kiosk")).json()["slots"])
        == 8
    )


@pytest.mark.parametrize(
    ("path", "body", "error", "where"),
    [
        ("2026-03-03", {"note": ""}, "invalid_field", "service"),  # null must be said, not forgotten
        ("2026-02-30", {"service": None}, "invalid_field", "path.date"),
        ("2026-03-03", {"service": None, "note": "x" * 201}, "invalid_field", "note"),
        ("2026-03-03", {"service": "coordinator"}, "not_scheduled", "service"),
        ("2026-03-01", {"service": None}, "past_date", "date"),
    ],
)
def test_a_malformed_date_off_is_422_and_changes_nothing(served, staff, path, body, error, where):
    reply = staff.put(f"/api/dates-off/{path}", json=body)
    assert (reply.status_code, reply.json()["error"], reply.json()["where"]) == (422, error, where)
    assert rows(served, "SELECT COUNT(*) FROM dates_off") == [(0,)]
