"""The slip on paper: what it says (`compose`, GUI thread) and how it is drawn (`paint_slip`, any thread).

A receipt printer's paper is a roll: the page is as wide as the paper and as long as the slip, so
the height is measured first with the device's own font metrics and the page size set from it.
Everything is black on white (thermal printers have no grey) and sized in millimetres, so the
slip looks the same from a 203 dpi printer as in a 1200 dpi PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

import qrcode
from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPainterPath, QPen
from PySide6.QtPrintSupport import QPrinter

from kiosk.core import languages
from kiosk.core.booking_codes import group_code
from kiosk.core.clock import HELSINKI
from screens.common.locales import qt_locale
from screens.printing import words

PRINTABLE_MM = 72.0
"""Printable width of 80 mm receipt paper; 58 mm paper prints about 48 mm."""
SIDE_MM = 4.0
"""White paper left and right of the printable width (80 mm paper: 4 + 72 + 4)."""
TOP_MM, BOTTOM_MM = 3.0, 8.0
"""Above the first line, and below the last: room for the printer's tear bar."""
GAP_MM = 1.6
QUIET_ZONE = 4
"""White modules around the QR code, as the QR standard asks, so a phone finds its edges."""
QR_MODULE_MM = 0.9
QR_MIN_MM, QR_MAX_MM = 28.0, 44.0
"""The code itself (its quiet zone around it) at least 28 mm square, so a phone reads it from a hand's
length; modules about 0.9 mm, never below what 44 mm (or the paper) allows a long iCalendar text."""
FONT_FAMILY = "DejaVu Sans"
"""The sans serif scripts/setup installs: it has every letter of Finnish and Swedish."""

STYLES = {
    # style: (points on 72 mm paper, bold)
    "centre": (13.0, True),
    "heading": (11.0, False),
    "big": (60.0, True),
    "large": (22.0, True),
    "strong": (13.0, True),
    "body": (11.0, False),
    "small": (8.5, False),
}


class SlipError(ValueError):
    """The slip's data cannot be laid out (a missing number or code, an unknown kind)."""


@dataclass(frozen=True)
class Text:
    text: str
    style: str


@dataclass(frozen=True)
class Rule:
    """A dashed line between what the visitor must keep in mind and what helps them."""


@dataclass(frozen=True)
class Qr:
    text: str

    @cached_property
    def matrix(self) -> tuple[tuple[bool, ...], ...]:
        # Made when first drawn, on the printing thread: an iCalendar's code takes ~25 ms.
        return qr_matrix(self.text)


Block = Text | Rule | Qr


@dataclass(frozen=True)
class Slip:
    """A slip ready to draw: plain, immutable data, so a printing thread can take it."""

    kind: str
    blocks: tuple[Block, ...]
    rtl: bool = False
    """Laid out right to left (the registry's direction of the slip's language); numbers, codes and
    times stay left to right, as printed."""


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules (dark True), without the quiet zone; as `screens.common.qr.QrView` makes them."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(m) for m in row) for row in code.get_matrix())


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _when(start: str, lang: str) -> tuple[str, str]:
    """("Tiistaina 14. tammikuuta 2025", "klo 10.00")-like day and time of a booking, Helsinki wall clock."""
    try:
        moment = datetime.fromisoformat(start)
    except (TypeError, ValueError):
        raise SlipError(f"a booking's start must be ISO 8601 with an offset, not {start!r}") from None
    if moment.tzinfo is None:
        raise SlipError(f"a booking's start needs its offset: {start!r}")
    local = moment.astimezone(HELSINKI)
    where = qt_locale(lang)
    # The locale's long date without its year: a booking is at most two weeks ahead, and the
    # weekday and month in words are what a visitor new to Finnish dates reads best.
    # The year goes with what is written after it: Ukrainian "2025 р." leaves no "р." behind.
    long = where.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"[\s,.]*y+(\s*'[^']*'\.?)?", "", long).strip(" ,")
    day = languages.western_digits(where.toString(QDate(local.year, local.month, local.day), pattern))
    return _capitalised(day), languages.clock(local.hour, local.minute, lang)


def _printed(now: datetime, lang: str) -> str:
    """When the slip was printed ("14.1.2025 10.02"): a wait estimate is from that moment."""
    local = now.astimezone(HELSINKI)
    where = qt_locale(lang)
    day = languages.without_marks(
        languages.western_digits(
            where.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat)
        )
    )
    return f"{day} {languages.clock(local.hour, local.minute, lang)}"


def compose(slip: dict, centre: str, tr: Callable[[str], str], now: datetime) -> Slip:
    """What a slip says, top to bottom; `tr(source)` gives a "Slip" word in the slip's language.

    `slip` is what `VisitFlow.slipReady` emits (see screens/printing/printer.py); `service` is ""
    for a discreet service, and then no service is named: a slip can be left on a table.
    """
    kind = slip.get("kind")
    lang = str(slip.get("lang") or "")
    service = str(slip.get("service") or "")
    room = str(slip.get("room") or "")
    rtl = languages.is_rtl(lang)
    blocks: list[Block] = [Text(centre, "centre")] if centre else []
    if kind == "ticket":
        number = str(slip.get("number") or "")
        if not number:
            raise SlipError("a ticket slip needs its number")
        blocks += [Text(tr(words.YOUR_NUMBER), "heading"), Text(number, "big")]
        blocks += [Text(text, "strong") for text in (service, room) if text]
        blocks.append(Rule())
        position = int(slip.get("position") or 0)
        minutes = int(slip.get("estimated_wait_minutes") or 0)
        if position > 1:
            blocks.append(Text(tr(words.POSITION).replace("%1", str(position)), "body"))
        if minutes <= 0 or position == 1:
            wait = tr(words.NEXT)
        elif minutes == 1:
            wait = tr(words.WAIT_ONE)
        else:
            wait = tr(words.WAIT_MANY).replace("%1", str(minutes))
        blocks += [Text(wait, "strong"), Text(tr(words.CALL), "body")]
        caption = words.QR_TICKET
    elif kind == "booking":
        code = str(slip.get("code") or "")
        if not code:
            raise SlipError("a booking slip needs its code")
        day, time = _when(slip.get("start"), lang)
        blocks += [Text(tr(words.YOUR_TIME), "heading"), Text(day, "strong")]
        blocks.append(Text(tr(words.AT_TIME).replace("%1", languages.as_printed_in(time, lang)), "large"))
        blocks += [Text(text, "strong") for text in (service, room) if text]
        blocks += [Rule(), Text(tr(words.YOUR_CODE), "heading"), Text(group_code(code), "big")]
        blocks.append(Text(tr(words.CHECK_IN), "body"))
        caption = words.QR_BOOKING
    else:
        raise SlipError(f"a slip is a 'ticket' or a 'booking', not {kind!r}")
    qr = str(slip.get("qr") or "")
    if qr:
        blocks += [Qr(qr), Text(tr(caption), "body")]
    printed = _printed(now, lang)
    blocks.append(Text(languages.as_printed_in(printed, lang), "small"))
    return Slip(kind, tuple(blocks), rtl)


# -- drawing ----------------------------------------------------------------------------------------


def _font(style: str, scale: float) -> QFont:
    points, bold = STYLES[style]
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points * scale)
    font.setBold(bold)
    return font


_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap


def _placed(slip: Slip, device, width_mm: float) -> Iterator[tuple[Block, QFont | None, float, float]]:
    """Each block with its font (None for a drawing), height and (QR) module size, in device pixels."""
    dpmm = device.logicalDpiY() / 25.4
    width = width_mm * dpmm
    scale = min(1.0, max(0.7, width_mm / PRINTABLE_MM))
    for block in slip.blocks:
        if isinstance(block, Text):
            font = _font(block.style, scale)
            if block.style == "big":
                # One line, as large as fits: a ticket number must never wrap.
                advance = QFontMetricsF(font, device).horizontalAdvance(block.text)
                if advance > width * 0.96:
                    font.setPointSizeF(font.pointSizeF() * width * 0.96 / advance)
                height = QFontMetricsF(font, device).height()
            else:
                # A word longer than the paper (a long service name on 58 mm paper) would be cut:
                # the whole line gets smaller instead.
                longest = max(map(QFontMetricsF(font, device).horizontalAdvance, block.text.split() or [""]))
                if longest > width:
                    font.setPointSizeF(font.pointSizeF() * width / longest * 0.98)
                rect = QFontMetricsF(font, device).boundingRect(QRectF(0, 0, width, 1e6), _FLAGS, block.text)
                height = rect.height()
            yield block, font, height, 0.0
        elif isinstance(block, Rule):
            yield block, None, 3 * dpmm, 0.0
        else:
            modules = len(block.matrix)
            count = modules + 2 * QUIET_ZONE
            code_mm = min(max(modules * QR_MODULE_MM, QR_MIN_MM), QR_MAX_MM)
            module_mm = min(code_mm / modules, width_mm / count)
            # Whole device dots per module keep the edges sharp on a 203 dpi printer.
            module = max(int(module_mm * dpmm), 1)
            yield block, None, module * count, float(module)


def slip_height_mm(slip: Slip, device, width_mm: float) -> float:
    """The paper the slip takes, top to bottom, on `device` (its fonts and resolution)."""
    dpmm = device.logicalDpiY() / 25.4
    heights = [height for _block, _font, height, _module in _placed(slip, device, width_mm)]
    return TOP_MM + BOTTOM_MM + sum(heights) / dpmm + GAP_MM * max(len(heights) - 1, 0)


def page_size(slip: Slip, device, width_mm: float) -> QPageSize:
    return QPageSize(
        QSizeF(width_mm + 2 * SIDE_MM, slip_height_mm(slip, device, width_mm)),
        QPageSize.Unit.Millimeter,
        "Kokoomo slip",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def set_page(printer: QPrinter, slip: Slip, width_mm: float) -> bool:
    """Page as wide as the paper and as long as the slip, no margins; False if the driver refuses the size."""
    printer.setFullPage(True)
    fitted = printer.setPageSize(page_size(slip, printer, width_mm))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return fitted


def paint_slip(painter: QPainter, slip: Slip, width_mm: float) -> None:
    """Draw `slip` from the page's top-left corner on the painter's (paged) device, in its pixels."""
    device = painter.device()
    dpmm = device.logicalDpiY() / 25.4
    left, width = SIDE_MM * dpmm, width_mm * dpmm
    top = TOP_MM * dpmm
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    direction = Qt.LayoutDirection.RightToLeft if slip.rtl else Qt.LayoutDirection.LeftToRight
    painter.setLayoutDirection(direction)
    black = QColor("black")
    painter.setPen(black)
    for block, font, height, module in _placed(slip, device, width_mm):
        if isinstance(block, Text):
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignHCenter if block.style == "big" else _FLAGS
            painter.drawText(QRectF(left, top, width, height), flags, block.text)
        elif isinstance(block, Rule):
            pen = QPen(black, max(0.3 * dpmm, 1.0), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            middle = top + height / 2
            painter.drawLine(QPointF(left, middle), QPointF(left + width, middle))
            painter.setPen(black)
        else:
            x0 = round(left + (width - height) / 2) + QUIET_ZONE * module
            y0 = round(top) + QUIET_ZONE * module
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for y, row in enumerate(block.matrix):
                x = 0
                while x < len(row):
                    if not row[x]:
                        x += 1
                        continue
                    run = x
                    while run < len(row) and row[run]:
                        run += 1
                    path.addRect(QRectF(x0 + x * module, y0 + y * module, (run - x) * module, module))
                    x = run
            painter.fillPath(path, black)
        top += height + GAP_MM * dpmm
