"""The booking's iCalendar text: parsed by the `icalendar` package, right local time, short for a QR."""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar
import pytest

from kiosk.core.clock import HELSINKI
from kiosk.core.ical import booking_event


def booking(start: str, minutes: int = 30, code: str = "K7M4PX") -> dict:
    begin = datetime.fromisoformat(start)
    return {
        "code": code,
        "start": start,
        "end": (begin + timedelta(minutes=minutes)).isoformat(timespec="milliseconds"),
        "created_at": "2026-03-02T12:00:00.000+02:00",
    }


def parsed(text: str):
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    return calendar, event


@pytest.mark.parametrize(
    ("start", "lang", "summary", "location"),
    [
        ("2026-03-24T10:00:00.000+02:00", "fi", "Talous- ja velkaneuvoja", "Huone 7, Kokoomo"),  # winter
        ("2026-03-31T10:00:00.000+03:00", "sv", "Ekonomi- och skuldrådgivare", "Rum 7, Kokoomo"),  # spring
        ("2026-10-27T10:00:00.000+02:00", "en", "Financial and debt adviser", "Room 7, Kokoomo"),  # autumn
    ],
)
def test_the_event_holds_the_booked_local_time_the_service_and_the_room(
    routing, start, lang, summary, location
):
    debt = routing.service("debt")
    assert (debt.name[lang], debt.location[lang]) == (summary, location.split(",")[0])
    text = booking_event(booking(start), debt, "Kokoomo", lang)
    calendar, event = parsed(text)
    assert calendar["VERSION"] == "2.0"
    begins = event.decoded("DTSTART").astimezone(HELSINKI)
    ends = event.decoded("DTEND").astimezone(HELSINKI)
    assert (begins.hour, begins.minute, ends.hour, ends.minute) == (10, 0, 10, 30)
    assert begins == datetime.fromisoformat(start)
    assert str(event["SUMMARY"]) == summary and str(event["LOCATION"]) == location
    assert str(event["DESCRIPTION"]) == "K7M4PX" and "K7M4PX" in str(event["UID"])
    assert event.decoded("DTSTAMP") == datetime.fromisoformat("2026-03-02T10:00:00+00:00")


def test_the_caller_words_the_description_and_special_characters_survive(routing):
    text = booking_event(
        booking("2026-03-24T10:00:00.000+02:00"),
        routing.service("aclinic"),
        "Kokoomo; Haapavesi, keskusta",
        "fi",
        description="Varauskoodi: K7M4PX\nTule ajoissa, kiitos",
    )
    _, event = parsed(text)
    assert str(event["DESCRIPTION"]) == "Varauskoodi: K7M4PX\nTule ajoissa, kiitos"
    assert str(event["LOCATION"]).endswith("Kokoomo; Haapavesi, keskusta")


def test_lines_are_crlf_and_at_most_75_octets_even_with_long_finnish_words(routing):
    service = routing.service("rehab")
    service.name["fi"] = "Ammatillinen kuntoutus ja työkyvyn arviointi – äöå " * 3
    text = booking_event(booking("2026-03-27T09:00:00.000+02:00", 60), service, "Kokoomo", "fi")
    lines = text.split("\r\n")
    assert lines[-1] == "" and all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    _, event = parsed(text)
    assert str(event["SUMMARY"]) == service.name["fi"]


def test_the_text_is_short_enough_for_a_readable_qr_code(routing):
    longest = max(
        len(booking_event(booking("2026-03-24T10:00:00.000+02:00"), s, "Kokoomo", lang).encode("utf-8"))
        for s in routing.services
        if s.scheduled
        for lang in routing.languages
    )
    # About 300 bytes: a version 10-11 QR code at medium error correction (up to 331 bytes at version 11).
    assert longest <= 330, longest
