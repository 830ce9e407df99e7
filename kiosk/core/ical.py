"""A booking as an iCalendar event (RFC 5545), small enough for a QR code a phone camera can read.

Times are written in UTC (`...Z`): every calendar shows them in the phone's own zone, so a
Helsinki 10:00 slot is 10:00 on a Finnish phone on either side of a daylight-saving change,
and no VTIMEZONE block (some 300 more characters) is needed. Nothing personal is in it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.core.routing import Service

PRODID = "-//Kokoomo Kiosk//booking//EN"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 says (3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after CRLF and a space (3.1), never
    splitting a UTF-8 character."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def booking_event(
    booking: dict,
    service: Service,
    centre_name: str,
    lang: str,
    *,
    description: str | None = None,
    stamp: datetime | None = None,
) -> str:
    """VCALENDAR text with one VEVENT for `booking` (BOOKING: code, start, end, created_at).

    SUMMARY is the service's name in `lang`, LOCATION its room and the centre, DESCRIPTION the
    `description` the caller words in the visitor's language (e.g. "Booking code: K7M4PX"), or just
    the code. DTSTAMP is `stamp`, by default when the booking was made.
    """
    start = datetime.fromisoformat(booking["start"])
    end = datetime.fromisoformat(booking["end"])
    made = stamp or datetime.fromisoformat(booking.get("created_at") or booking["start"])
    room = service.location.get(lang, "")
    location = f"{room}, {centre_name}" if room else centre_name
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "BEGIN:VEVENT",
        f"UID:{booking['code']}@kokoomo-kiosk",
        f"DTSTAMP:{_utc(made)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_text(service.name.get(lang, service.id))}",
        f"LOCATION:{_text(location)}",
        f"DESCRIPTION:{_text(description or booking['code'])}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)
