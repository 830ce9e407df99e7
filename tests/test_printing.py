"""The printed slip: a narrow PDF per ticket and booking in each language, read back with QtPdf (pdfium),
printer failures sent to staff through a real hub, and `kiosk run --printer` refusing an unknown printer."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.core.clock import HELSINKI
from kiosk.root.cli import main as kiosk
from screens.common.i18n import Translations
from screens.printing.layout import QUIET_ZONE, SIDE_MM, Qr, Text, _placed, compose
from screens.printing.printer import SlipPrinter, Target, parse_target, print_slip, slip_words

NOW = datetime(2025, 1, 14, 10, 2, tzinfo=HELSINKI)
ROOMS = {"fi": "Huone 2", "sv": "Rum 2", "en": "Room 2"}
COORDINATOR = {
    "fi": "Työllisyyskoordinaattori",
    "sv": "Sysselsättningskoordinator",
    "en": "Employment coordinator",
}
DEBT = {"fi": "Velkaneuvoja", "sv": "Skuldrådgivare", "en": "Debt adviser"}
ICAL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kokoomo Kiosk//booking//EN\r\nBEGIN:VEVENT\r\n"
    "UID:K7M4PX@kokoomo\r\nDTSTAMP:20250114T080200Z\r\nDTSTART:20250121T080000Z\r\n"
    "DTEND:20250121T083000Z\r\nSUMMARY:Velkaneuvoja\r\nLOCATION:Huone 5\\, Kokoomo\r\n"
    "DESCRIPTION:Varauskoodi: K7M4PX\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
# The booked day and time as the visitor's language writes them (Helsinki wall clock; Finnish 9.00).
WHEN = {
    "fi": ("Tiistaina 21. tammikuuta", "klo 10.00"),
    "sv": ("Tisdag 21 januari", "kl. 10.00"),
    "en": ("Tuesday, 21 January", "at 10:00"),
}


def ticket(lang: str, **changes) -> dict:
    slip = {
        "kind": "ticket",
        "lang": lang,
        "number": "A012",
        "code": None,
        "service": COORDINATOR[lang],
        "room": ROOMS[lang],
        "start": None,
        "position": 3,
        "estimated_wait_minutes": 24,
        "qr": "http://192.168.1.20:8765/t/Xq3v9KpL2mN8",
    }
    return {**slip, **changes}


def booking(lang: str, **changes) -> dict:
    slip = {
        "kind": "booking",
        "lang": lang,
        "number": None,
        "code": "K7M4PX",
        "service": DEBT[lang],
        "room": ROOMS[lang],
        # 08:00 UTC is 10:00 in Helsinki in January: the slip shows the centre's wall clock.
        "start": "2025-01-21T08:00:00.000+00:00",
        "position": None,
        "estimated_wait_minutes": None,
        "qr": ICAL,
    }
    return {**slip, **changes}


@pytest.fixture
def words(qapp):
    return slip_words(Translations())


def write_pdf(words, slip: dict, path: Path, width_mm: float = 72.0) -> QPdfDocument:
    composed = compose(slip, "Kokoomo", lambda source: words(slip["lang"], source), NOW)
    print_slip(composed, Target(pdf=path), width_mm)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def text_of(document: QPdfDocument) -> str:
    return " ".join(document.getAllText(0).text().split())


def mm(points: float) -> float:
    return points / 72 * 25.4


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_ticket_slip_says_number_service_room_place_and_wait(words, tmp_path, lang):
    document = write_pdf(words, ticket(lang), tmp_path / "slip.pdf")
    text = text_of(document)
    assert document.pageCount() == 1
    assert "A012" in text and COORDINATOR[lang] in text and ROOMS[lang] in text
    expected = {
        "fi": ("Numerosi", "Olet jonossa numero 3.", "Odotat noin 24 minuuttia."),
        "sv": ("Ditt nummer", "Du är nummer 3 i kön.", "Du väntar cirka 24 minuter."),
        "en": ("Your number", "You are number 3 in the queue.", "You will wait about 24 minutes."),
    }[lang]
    for words_ in expected:
        assert words_ in text
    # Receipt paper: 80 mm wide, and longer than wide.
    size = document.pagePointSize(0)
    assert mm(size.width()) == pytest.approx(80, abs=0.5) and size.height() > size.width()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_booking_slip_says_code_service_room_and_the_time_in_the_visitors_language(words, tmp_path, lang):
    text = text_of(write_pdf(words, booking(lang), tmp_path / "slip.pdf"))
    day, time = WHEN[lang]
    assert "K7M 4PX" in text and DEBT[lang] in text and ROOMS[lang] in text
    assert day in text and time in text


def test_a_discreet_service_is_not_named_on_the_slip(words, tmp_path):
    for slip in (ticket("fi", service="", number="S003"), booking("fi", service="")):
        text = text_of(write_pdf(words, slip, tmp_path / f"{slip['kind']}.pdf"))
        assert "S003" in text or "K7M 4PX" in text
        assert COORDINATOR["fi"] not in text and DEBT["fi"] not in text
        assert ROOMS["fi"] in text


def test_the_next_in_line_is_told_so_not_a_wait(words, tmp_path):
    text = text_of(write_pdf(words, ticket("en", position=1, estimated_wait_minutes=0), tmp_path / "s.pdf"))
    assert "You are next." in text and "queue" not in text


@pytest.mark.parametrize("width_mm", [72.0, 48.0])
@pytest.mark.parametrize("make", [ticket, booking])
def test_nothing_is_printed_outside_the_paper_and_the_qr_code_is_large_enough(
    words, tmp_path, make, width_mm
):
    """No ink in the paper's side margins (nothing cut off), and a QR code a phone reads: >= 25 mm."""
    slip = make("sv", service="Sysselsättningskoordinatorsassistent")  # one long word
    document = write_pdf(words, slip, tmp_path / "slip.pdf", width_mm)
    size = document.pagePointSize(0)
    dpmm = 8  # a thermal printer's 203 dpi
    image = document.render(0, QSize(round(mm(size.width()) * dpmm), round(mm(size.height()) * dpmm)))
    margin = int((SIDE_MM - 0.5) * dpmm)
    for x in [*range(margin), *range(image.width() - margin, image.width())]:
        for y in range(0, image.height(), 2):
            colour = image.pixelColor(x, y)  # pdfium leaves the paper transparent
            assert colour.alpha() == 0 or colour.lightness() > 200, (
                f"ink at {x / dpmm:.1f} mm from the left, {y / dpmm:.0f} mm down"
            )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    composed = compose(slip, "Kokoomo", lambda source: words("sv", source), NOW)
    # Qt clips a line to the paper's printable width: every word must fit in it whole.
    width_px = width_mm * printer.resolution() / 25.4
    for block, font, _height, _module in _placed(composed, printer, width_mm):
        if isinstance(block, Text):
            metrics = QFontMetricsF(font, printer)
            assert max(metrics.horizontalAdvance(word) for word in block.text.split()) <= width_px, block.text
    [(side_px, module_px)] = [
        (height, module)
        for block, _f, height, module in _placed(composed, printer, width_mm)
        if isinstance(block, Qr)
    ]
    code_mm = (side_px - 2 * QUIET_ZONE * module_px) / (printer.resolution() / 25.4)
    assert 25 <= code_mm <= width_mm


def test_a_pdf_slip_replaces_the_last_one_and_leaves_no_part_file(words, tmp_path):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "slip.pdf"
    write_pdf(words, ticket("fi"), path)
    document = write_pdf(words, booking("fi"), path)
    assert "K7M 4PX" in text_of(document) and "A012" not in text_of(document)
    assert [p.name for p in path.parent.iterdir()] == ["slip.pdf"]


def test_the_slip_printer_prints_off_the_gui_thread_and_says_so(qtbot, words, tmp_path):
    slips = SlipPrinter(Target(pdf=tmp_path / "slip.pdf"), words)
    try:
        with qtbot.waitSignal(slips.printed, timeout=10_000) as printed:
            slips.print_slip(ticket("en"), "Kokoomo")
        assert printed.args == ["ticket"] and (tmp_path / "slip.pdf").exists()
        assert slips.last_ms > 0
    finally:
        slips.stop()


@pytest.mark.parametrize(
    ("slip", "why"),
    [
        ({"kind": "receipt", "lang": "fi"}, "'ticket' or a 'booking'"),
        (ticket("fi", number=None), "needs its number"),
        (booking("fi", start="tomorrow"), "ISO 8601"),
        (booking("fi", start="2025-01-21T10:00:00"), "offset"),
    ],
)
def test_a_slip_that_cannot_be_laid_out_fails_calmly(qtbot, words, tmp_path, slip, why):
    slips = SlipPrinter(Target(pdf=tmp_path / "slip.pdf"), words)
    try:
        with qtbot.waitSignal(slips.failed, timeout=5000) as failed:
            slips.print_slip(slip, "Kokoomo")
        assert why in failed.args[0] and not (tmp_path / "slip.pdf").exists()
    finally:
        slips.stop()


def test_unknown_printer_or_missing_folder_is_refused_at_start(tmp_path, capsys):
    target, problem = parse_target("No Such Printer 9000")
    assert target is None and "no such printer" in problem and "printers Qt sees" in problem
    target, problem = parse_target(f"pdf:{tmp_path}/nowhere/slip.pdf")
    assert target is None and "does not exist" in problem
    target, problem = parse_target(f"pdf:{tmp_path}/slip.pdf")
    assert target == Target(pdf=tmp_path / "slip.pdf") and problem == ""


def test_kiosk_run_with_an_unknown_printer_says_so_in_one_line_and_exits_2(capsys):
    assert kiosk(["run", "--printer", "No Such Printer 9000", "--db", "unused.db"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No Such Printer 9000" in err and "printers Qt sees:" in err


# -- on a real hub ------------------------------------------------------------------------------------


def notices(hub) -> list[dict]:
    events = []
    with hub.feed(0) as ws:
        while True:
            try:
                event = json.loads(ws.recv(timeout=0.5))
            except TimeoutError:
                return events
            if event["type"] == "notice":
                events.append(event["notice"])


@pytest.fixture
def kiosk_parts(qtbot, hub):
    """`build` a kiosk on the real hub with a printer; the printer thread and client are ended after."""
    from screens.visitor.app import build

    made = []

    def make(target: Target):
        client, flow, window = build(hub.url, hub.token, printer=target, tap_guard_ms=0)
        qtbot.addWidget(window)
        made.append((client, flow))
        return client, flow, flow.findChild(SlipPrinter)

    yield make
    for client, flow in made:
        flow.findChild(SlipPrinter).stop()
        client.stop()
        client.deleteLater()


def test_a_printer_failure_reaches_staff_through_the_hubs_feed(qtbot, hub, kiosk_parts, tmp_path):
    # The folder of the PDF goes away after start: the printer cannot open its output, as a real one
    # that is unplugged or out of paper cannot.
    folder = tmp_path / "out"
    folder.mkdir()
    _client, _flow, slips = kiosk_parts(Target(pdf=folder / "slip.pdf"))
    folder.rmdir()
    slips.print_slip(ticket("fi"), "Kokoomo")
    qtbot.waitUntil(lambda: bool(notices(hub)), timeout=10_000)
    [notice] = notices(hub)
    assert notice["kind"] == "printer" and "could not be opened for a ticket slip" in notice["message"]
    assert "A012" not in notice["message"]


@pytest.mark.skipif(
    not hasattr(__import__("screens.visitor.flow", fromlist=["VisitFlow"]).VisitFlow, "slipReady"),
    reason="the visitor flow does not hand over slips yet (VisitFlow.slipReady)",
)
def test_a_ticket_from_the_hub_comes_out_of_the_printer(qtbot, hub, kiosk_parts, tmp_path, words):
    _client, flow, slips = kiosk_parts(Target(pdf=tmp_path / "slip.pdf"))
    qtbot.waitUntil(lambda: flow.screen == "welcome", timeout=10_000)
    flow.choose_language("sv")
    flow.start()
    with qtbot.waitSignal(slips.printed, timeout=10_000):
        flow.talk()  # "I just want to talk": a front-desk ticket
    document = QPdfDocument()
    document.load(str(tmp_path / "slip.pdf"))
    text = text_of(document)
    number = flow.result["ticket"]["number"]
    assert number in text and "Kokoomo" in text and "Ditt nummer" in text


def test_dates_on_a_slip_read_as_printed_in_ukrainian_and_arabic(words):
    """Ukrainian writes its year "2025 р.": without the year no "р." is left behind. Arabic puts
    right-to-left marks between a date's parts: inside the date kept left to right they turned it
    into "1410:02 2025/1/", so the printed moment carries none."""

    def texts(slip: dict) -> list[str]:
        composed = compose(slip, "Kokoomo", lambda source: words(slip["lang"], source), NOW)
        return [block.text for block in composed.blocks if isinstance(block, Text)]

    uk = texts({**booking("en"), "lang": "uk", "service": "Радник", "room": "Кімната 7"})
    assert "Вівторок, 21 січня" in uk
    assert not any("р." in text for text in uk)
    ar = texts({**ticket("en"), "lang": "ar", "service": "منسّق التوظيف", "room": "غرفة 2"})
    assert ar[-1] == "\u206614/1/2025 10:02\u2069"
