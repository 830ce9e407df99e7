"""The display's decisions on plain data, and the window drawing them without a hub."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.core.clock import HELSINKI
from screens.common.i18n import Translations
from screens.common.locales import written_date
from screens.common.sound import Chime
from screens.common.speech import Speaker
from screens.display import style, words
from screens.display.announcer import Announcer
from screens.display.board import Call, CallLog, announcement, build_board, is_fresh, opening_text
from screens.display.display import default_langs
from screens.display.shots import render
from screens.display.window import DisplayWindow

NOW = datetime(2026, 1, 7, 10, 0, tzinfo=HELSINKI)
CENTRE = {"name": {"fi": "Kokoomo"}, "hours": [{"weekday": "wed", "start": "09:00", "end": "15:00"}]}


def service(sid, *, kind="onsite", discreet=False, waiting=0, room="Huone 1"):
    return {
        "id": sid,
        "name": {"fi": f"{sid}-fi", "en": f"{sid}-en"},
        "kind": kind,
        "location": {"fi": room, "en": room.replace("Huone", "Room")},
        "discreet": discreet,
        "available": True,
        "waiting": waiting,
        "estimated_wait_minutes": waiting * 8,
    }


def called(code, number, sid, minutes_ago):
    return {"code": code, "number": number, "service": sid, "status": "called",
            "called_at": (NOW - timedelta(minutes=minutes_ago)).isoformat()}  # fmt: skip


def test_rows_are_onsite_services_that_are_not_discreet():
    services = [
        service("a", waiting=2),
        service("s", discreet=True, waiting=1),
        service("u", kind="scheduled"),
    ]
    board = build_board([], services, CallLog(), CENTRE, NOW)
    assert [(r.name["fi"], r.waiting, r.wait_minutes) for r in board.services] == [("a-fi", 2, 16)]


def test_the_newest_call_is_latest_and_done_calls_stay_in_the_list():
    services = [service("a"), service("s", discreet=True, room="Huone 7")]
    calls = CallLog()
    build_board([called("1", "A001", "a", 9), called("2", "S001", "s", 5)], services, calls, CENTRE, NOW)
    # A001 is done now (gone from the queue), A002 is called: the list keeps A001.
    board = build_board(
        [called("3", "A002", "a", 1), called("2", "S001", "s", 5)], services, calls, CENTRE, NOW
    )
    assert board.latest.number == "A002"
    assert [c.number for c in board.previous] == ["S001", "A001"]
    assert board.previous[0].room == {"fi": "Huone 7", "en": "Room 7"}


def test_calls_of_an_earlier_day_are_forgotten():
    calls = CallLog()
    build_board([called("1", "A001", "a", 60 * 24)], [service("a")], calls, CENTRE, NOW)
    assert build_board([], [service("a")], calls, CENTRE, NOW).latest is None


def test_closed_and_nobody_left_is_the_closed_page_but_a_queue_keeps_the_board():
    evening = NOW.replace(hour=16)
    empty = build_board([], [service("a")], CallLog(), CENTRE, evening)
    assert not empty.open and empty.closed_page and empty.opens == NOW + timedelta(days=7, hours=-1)
    busy = build_board([called("1", "A001", "a", 1)], [service("a")], CallLog(), CENTRE, evening)
    assert not busy.open and not busy.closed_page


def test_before_the_routing_came_the_centre_is_not_called_closed():
    assert build_board([], [], CallLog(), None, NOW.replace(hour=3)).open


def test_a_call_is_fresh_for_a_minute():
    assert is_fresh(called("1", "A001", "a", 0.5), NOW)
    assert not is_fresh(called("1", "A001", "a", 1.5), NOW)
    assert not is_fresh({"status": "called", "called_at": None}, NOW)


def test_the_call_says_number_and_room_in_each_language():
    call = Call("c", "A012", {"fi": "Huone 2", "sv": "Rum 2", "en": "Room 2"}, NOW)
    assert announcement(call, ["fi", "en"]) == [("A12, Huone 2", "fi"), ("A12, Room 2", "en")]
    # A room without that language is said in the one it has, not left out.
    assert announcement(Call("c", "B007", {"fi": "Työpaja"}, NOW), ["en"]) == [("B7, Työpaja", "en")]


def test_opening_text_in_each_language_with_the_date_when_far(qapp):
    translations = Translations()

    def word(lang, source):
        return translations.text_in(lang, words.CONTEXT, source)

    def write_date(day, lang):
        return written_date(day, lang, word(lang, words.SHORT_DATE))

    def opening(opens, now, lang):
        return opening_text(opens, now, lang, word, write_date)

    friday = datetime(2026, 1, 9, 16, 0, tzinfo=HELSINKI)
    monday = datetime(2026, 1, 12, 9, 0, tzinfo=HELSINKI)
    assert opening(monday, friday, "fi") == "Avoinna taas ma 9.00"
    assert opening(monday, friday, "sv") == "Öppet igen mån 9.00"
    assert opening(monday, friday, "en") == "Open again Mon 09:00"
    # Estonian's short weekdays are single letters ("E"): the day is written out, as said.
    assert opening(monday, friday, "et") == "Avame esmaspäeval kell 09:00"
    # A week or more away, the date as each language writes it: never the Finnish "19.1." in English.
    later = monday + timedelta(days=7)
    assert opening(later, friday, "fi") == "Avoinna taas ma 19.1. 9.00"
    assert opening(later, friday, "sv") == "Öppet igen mån 19.1. 9.00"
    assert opening(later, friday, "en") == "Open again Mon 19 Jan 09:00"
    assert opening(later, friday, "et") == "Avame esmaspäeval 19.1. kell 09:00"
    for lang in ("uk", "ar", "so"):
        text = opening(later, friday, lang)
        assert "19" in text and "19.1." not in text and "09:00" in text, (lang, text)


def test_languages_default_to_the_routings_first_then_english():
    assert default_langs(["fi", "sv", "en"]) == ("fi", "en")
    assert default_langs(["sv", "fi"]) == ("sv", "fi")
    assert default_langs(["en"]) == ("en", "en")


@pytest.mark.parametrize(("fg", "bg"), style.PAIRS)
def test_every_text_colour_reaches_7_to_1(fg, bg):
    from screens.common.theme import contrast

    assert contrast(style.COLOURS[fg], style.COLOURS[bg]) >= 7


def test_every_display_word_is_translated(qapp):
    translations = Translations()
    sources = [v for k, v in vars(words).items() if k.isupper() and k != "CONTEXT" and isinstance(v, str)]
    sources += list(words.WEEKDAYS)
    for lang in ("fi", "sv"):
        for source in sources:
            assert translations.text_in(lang, words.CONTEXT, source) != source or source in ("%1 min",), (
                lang,
                source,
            )


def test_window_draws_a_board_from_plain_data(qtbot):
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    calls = CallLog()
    tickets = [called("2", "N002", "g", 2), called("1", "N001", "g", 5)]
    window.show_board(build_board(tickets, [service("g", waiting=3, room="Huone 4")], calls, CENTRE, NOW))
    assert window.number.text() == "N002"
    assert (window.room.first.text(), window.room.second.text()) == ("Huone 4", "Room 4")
    assert (window.hero_label.first.text(), window.hero_label.second.text()) == ("Vuorossa", "Now serving")
    assert window.previous_cells[0][0].text() == "N001"
    assert window.clock.text() == "10.00" and window.centre.text() == "Kokoomo"
    window.show()
    assert not window.banner.isVisible()
    window.show_board(build_board(tickets, [service("g")], calls, CENTRE, NOW, online=False))
    assert window.banner.isVisible()


@pytest.mark.screenshots
def test_shots_are_full_hd_in_each_language(tmp_path, qapp):
    paths = render(tmp_path, ["fi", "sv", "en"])
    assert sorted(p.name for p in paths) == sorted(
        f"{name}-{lang}.png"
        for name in ("display", "display-closed", "display-unpaired")
        for lang in ("fi", "sv", "en")
    )
    for path in paths:
        assert QImage(str(path)).size().toTuple() == (1920, 1080), path.name


def test_calls_go_out_in_turn_and_chime_each(qtbot):
    announcer = Announcer(Chime(), Speaker(), chime_ms=20, gap_ms=20)
    started = []
    announcer.started.connect(
        lambda texts: started.append((texts[0][0], announcer.chime.played, len(announcer.speaker.said)))
    )
    announcer.announce([("A1, Huone 2", "fi"), ("A1, Room 2", "en")])
    announcer.announce([("N2, Infopiste", "fi"), ("N2, Info desk", "en")])
    qtbot.waitUntil(lambda: not announcer.busy, timeout=10000)
    assert [t for t, _ in announcer.speaker.said] == [
        "A1, Huone 2",
        "A1, Room 2",
        "N2, Infopiste",
        "N2, Info desk",
    ]
    # The second call's chime rang only after the first call had been said in full.
    assert started == [("A1, Huone 2", 0, 0), ("N2, Infopiste", 1, 2)]
    assert announcer.chime.played == 2


def test_without_speech_calls_still_chime_and_the_log_says_so_once(qtbot, monkeypatch, caplog):
    monkeypatch.setenv("KIOSK_TTS_ENGINE", "off")
    announcer = Announcer(Chime(), Speaker(), chime_ms=10, gap_ms=10)
    with caplog.at_level(logging.WARNING):
        for number in ("A1", "A2", "A3"):
            announcer.announce([(number, "fi")])
        qtbot.waitUntil(lambda: not announcer.busy, timeout=5000)
    assert announcer.chime.played == 3 and announcer.speaker.said == []
    assert sum("without speech" in r.getMessage() for r in caplog.records) == 1
    assert sum("without a chime" in r.getMessage() for r in caplog.records) == 1


def test_closed_with_visitors_still_waiting_keeps_the_board_and_says_so_in_the_header(qtbot):
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.show()
    evening = NOW.replace(hour=15, minute=20)
    board = build_board([called("1", "N001", "g", 1)], [service("g", waiting=1)], CallLog(), CENTRE, evening)
    window.show_board(board)
    assert window.pages.currentIndex() == 0 and window.header_opens.isVisible()
    assert window.header_opens.first.text() == "Suljettu – Avoinna taas ke 14.1. 9.00"
    window.show_board(build_board([], [service("g")], CallLog(), CENTRE, evening))
    assert window.pages.currentIndex() == 1 and not window.header_opens.isVisible()


def _ink(label) -> tuple[int, int]:
    """The first and last pixel column the label's text is drawn in."""
    image = label.grab().toImage()
    background = image.pixel(0, 0)
    columns = [
        x for x in range(image.width()) if any(image.pixel(x, y) != background for y in range(image.height()))
    ]
    return columns[0], columns[-1]


def _leans(label) -> str:
    """The side of its box a label's text is drawn nearer to: "left" or "right", or "filled" when the
    text is as wide as its box (within a few pixels: it then leans nowhere)."""
    start, end = _ink(label)
    before, after = start, label.width() - 1 - end
    if abs(before - after) <= 8:
        return "filled"
    return "left" if before < after else "right"


def _lean_of_pair(first, second) -> str:
    """The side both lines of a pair lean to (the one that fills its box leans with the other)."""
    leans = {_leans(first), _leans(second)} - {"filled"}
    assert len(leans) == 1, f"{first.text()!r} and {second.text()!r} lean {leans or 'nowhere'}"
    return leans.pop()


def _side_of(widget, other) -> str:
    """Which side of `other` `widget` stands on, on the screen."""
    here, there = widget.mapToGlobal(widget.rect().center()), other.mapToGlobal(other.rect().center())
    return "left" if here.x() < there.x() else "right"


@pytest.mark.parametrize("langs", [("fi", "ar"), ("ar", "fi")], ids=["fi+ar", "ar+fi"])
def test_an_arabic_line_stays_beside_its_number_and_over_its_figures(qtbot, langs):
    """The display reads in its first language's direction (Arabic first: mirrored). Each line of two
    keeps its own direction, but both start at the same edge: a room stays against its call's number
    (at the far side of its cell it would stand beside the next call's number), a service's two names
    start together, and the headings and minutes stand over the figures' edge, as the figures do."""
    window = DisplayWindow(langs=langs)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    rooms = {"fi": "Huone 2", "ar": "غرفة 2"}
    names = {"fi": "Neuvonta", "ar": "الاستقبال"}
    queue = [
        {**service("g", waiting=2), "location": rooms, "name": names},
        {**service("h", waiting=1), "location": rooms, "name": names},
    ]
    calls = [called("1", "N001", "g", 1), called("2", "N002", "g", 2), called("3", "N003", "h", 3)]
    window.show_board(build_board(calls, queue, CallLog(), CENTRE, NOW))
    qtbot.waitUntil(lambda: window.previous.isVisible())
    for _ in range(3):  # a new board may take a second layout pass (the queue fitted to its panel)
        QApplication.processEvents()
    number, room = window.previous_cells[0]
    assert {room.first.text(), room.second.text()} == {"غرفة 2", "Huone 2"}
    towards_number = _side_of(number, room)
    assert towards_number == ("right" if langs[0] == "ar" else "left"), "mirrored only when Arabic is first"
    assert _lean_of_pair(room.first, room.second) == towards_number, "a room stands apart from its number"
    name, _count, _wait = window._row_widgets[0]
    assert _lean_of_pair(name.first, name.second) == ("right" if langs[0] == "ar" else "left")
    # The minutes' heading is about as wide as its column in both languages: the same edge set for both.
    heading = window.wait_column
    assert heading.first.alignment() == heading.second.alignment()
    assert heading.first.alignment() & Qt.AlignmentFlag.AlignAbsolute
