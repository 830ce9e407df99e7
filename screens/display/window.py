"""DisplayWindow: the waiting-room TV, drawing a Board in two languages at once.

The first language is large, the second smaller under it, both always on screen: a visitor who
reads neither Finnish nor the second language well still finds the number and room, and nobody
has to wait for a rotation to reach their language. Nothing here decides anything: `show_board`
draws plain data (screens/display/board.py).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import in_lang
from screens.common.big_number import BigNumber
from screens.common.i18n import Translations
from screens.common.language import layout_direction
from screens.common.locales import written_date
from screens.common.wrapping import WrappingLabel
from screens.display import style, words
from screens.display.board import PREVIOUS_SHOWN, Board, Call, ServiceRow, clock_text, opening_text

CELL_GAP = 18
"""Between an earlier call's number and its room, in the strip."""
FLASH_MS = 10000
"""How long the newest call stays highlighted."""
PULSE_MS = 700
PULSES = 7
"""The highlight blinks this many times first (under 1 Hz: calm, and far from a flashing hazard)."""


UNBROKEN = re.compile(r"\S+(?:\s+\d\S*)*")
"""A word with the numbers after it ("Room 7", "Кімната 7"): one piece that a wrap never splits."""


class Wrapped(WrappingLabel):
    """A label that wraps its words onto more lines but is never narrower than its longest word, nor
    splits a room's number from its word (a plain wrapped QLabel may be squeezed until a one-word room
    name is cut off at its edge)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(piece) for piece in UNBROKEN.findall(self.text())), default=0)
        margins = self.contentsMargins()
        # (one pixel more: a word's advance is rounded down, the wrapping measures it rounded up)
        return QSize(max(hint.width(), widest + 1 + margins.left() + margins.right()), hint.height())


def _label(name: str, *, second: bool = False, wrap: bool = False) -> QLabel:
    label = Wrapped() if wrap else QLabel()
    label.setObjectName(name)
    label.setProperty("second", second)
    return label


def _fitted(name: str) -> BigNumber:
    label = BigNumber()
    label.setObjectName(name)
    label.setProperty("second", False)
    label.unsetLayoutDirection()  # words, not a number: each line in its own direction
    return label


class Pair(QWidget):
    """A text in the first language over the same text, smaller, in the second (hidden if the same).

    Both lines start at the same edge, the one the display reads from (its first language's): a line
    in the other direction (Arabic under Finnish, Finnish under Arabic) is not pushed to the far edge.
    """

    def __init__(
        self,
        name: str,
        align=Qt.AlignmentFlag.AlignLeft,
        *,
        wrap: bool = False,
        side_by_side: bool = False,
        centred: bool = False,
        fitted: bool = False,
    ):
        super().__init__()
        # `fitted`: the first line kept on one line, as large as fits (a long room name a little smaller).
        self.first = _fitted(name) if fitted else _label(name, wrap=wrap)
        self.second = _label(name, second=True, wrap=wrap)
        layout = QHBoxLayout(self) if side_by_side else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24 if side_by_side else 0)
        if centred:
            layout.addStretch(1)
        self._align = align | (
            Qt.AlignmentFlag.AlignBaseline if side_by_side else Qt.AlignmentFlag.AlignVCenter
        )
        for label in (self.first, self.second):
            layout.addWidget(label)
        self._align_lines()
        if side_by_side or centred:
            layout.addStretch(1)

    def _align_lines(self) -> None:
        """Left (or right) as the edge on this side in the display's direction, for both lines alike:
        Qt's own left would be each line's leading edge, the right one for an Arabic line."""
        align = self._align
        side = align & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
        if side and not align & Qt.AlignmentFlag.AlignAbsolute:
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                align ^= Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight  # the other side
            align |= Qt.AlignmentFlag.AlignAbsolute
        for label in (self.first, self.second):
            label.setAlignment(align)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_lines()

    def set_texts(self, first: str, second: str) -> None:
        self.first.setText(first)
        self.second.setText(second)
        self.second.setVisible(bool(second) and second != first)


class DisplayWindow(QWidget):
    def __init__(self, translations: Translations | None = None, langs: tuple[str, str] = ("fi", "en")):
        super().__init__()
        self.setObjectName("display")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.translations = translations or Translations(self)
        self.langs = langs
        self.board = Board()
        self._scale = 0.0
        self._queue_step = 1.0
        self._fitted: tuple | None = None
        """What the queue was last fitted for: its size, scale and words."""
        self._flash_left = 0
        self._build()
        self.setLayoutDirection(layout_direction(langs[0]))
        self._flash_timer = QTimer(self, interval=PULSE_MS)
        self._flash_timer.timeout.connect(self._pulse)
        self._flash_end = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_end.timeout.connect(self._end_flash)
        self._apply_style()
        self.queue.installEventFilter(self)  # a new size: the rows fitted to it
        self.previous.installEventFilter(self)  # and the earlier calls
        self.show_board(self.board)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        # The TV's size is the window's size: content never makes the window grow past the screen.
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._root = root

        header = QWidget(objectName="header")
        top = QHBoxLayout(header)
        top.setContentsMargins(0, 0, 0, 0)
        self.centre = _label("centre")
        self.clock = _label("clock")
        # Offline, the banner sits in the header between name and clock: seen, calm, and nothing moves.
        self.banner = QFrame(objectName="banner")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        banner = QVBoxLayout(self.banner)
        self.banner_text = Pair("banner", Qt.AlignmentFlag.AlignCenter)
        banner.addWidget(self.banner_text)
        # Closed while visitors are still waiting: the board stays up, and the header says when it opens.
        self.header_opens = Pair("opens", Qt.AlignmentFlag.AlignHCenter)
        top.addWidget(self.centre, 0)
        top.addStretch(1)
        top.addWidget(self.banner, 0)
        top.addWidget(self.header_opens, 0)
        top.addStretch(1)
        top.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)
        root.addWidget(header)

        self.pages = QStackedWidget()
        root.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_board_page())
        self.pages.addWidget(self._build_closed_page())

    def _panel(self, name: str) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(objectName=name)
        frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        return frame, QVBoxLayout(frame)

    def _build_board_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        body = QHBoxLayout()
        self._body, self._column = body, column

        self.hero, hero = self._panel("hero")
        self.hero.setProperty("flash", False)
        self.hero_label = Pair("label", Qt.AlignmentFlag.AlignHCenter)
        self.number = BigNumber()
        self.number.setObjectName("number")
        self.number.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.room = Pair("room", Qt.AlignmentFlag.AlignHCenter, wrap=True, fitted=True)
        self.none = Pair("none", Qt.AlignmentFlag.AlignHCenter, centred=True)
        hero.addWidget(self.hero_label)
        hero.addWidget(self.number, 1)
        hero.addWidget(self.room)
        hero.addWidget(self.none, 1)
        body.addWidget(self.hero, 1)

        self.queue, queue = self._panel("queue")
        # Its height is what the screen leaves it, never what its rows ask: they are fitted to it
        # (`_fit_queue`), instead of pushing the earlier calls' strip off the screen.
        self.queue.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        self.rows.setHorizontalSpacing(24)
        self.rows.setVerticalSpacing(6)
        self._row_widgets: list[tuple[Pair, QLabel, QLabel]] = []
        self.queue_title = Pair("title")
        # Over the figures, which stand to the right in every script (an Arabic heading too).
        over_figures = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
        self.people_column = Pair("column", over_figures)
        self.wait_column = Pair("column", over_figures)
        self.rows.addWidget(self.queue_title, 0, 0)
        self.rows.addWidget(self.people_column, 0, 1, Qt.AlignmentFlag.AlignBottom)
        self.rows.addWidget(self.wait_column, 0, 2, Qt.AlignmentFlag.AlignBottom)
        # "More services: 2" and how many wait for them, under the last row, only while rows are left off:
        # a visitor who does not find their service knows it is not forgotten.
        self.more = Pair("service", wrap=True)
        self.more_count = _label("count")
        self.more_count.setAlignment(over_figures | Qt.AlignmentFlag.AlignVCenter)
        self.rows.addWidget(self.more, 1, 0)  # moved under the last row as rows are added
        self.rows.addWidget(self.more_count, 1, 1)
        self._services: list[ServiceRow] = []
        self._show_more(0)
        queue.addLayout(self.rows)
        queue.addStretch(1)
        body.addWidget(self.queue, 1)
        column.addLayout(body, 1)

        # The calls before the newest, in one strip under both: number and room, newest first.
        self.previous = QFrame(objectName="previous")
        self.previous.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        rows = QVBoxLayout(self.previous)
        self.previous_title = Pair("strip", side_by_side=True)
        rows.addWidget(self.previous_title)
        strip = self._strip = QHBoxLayout()
        rows.addLayout(strip)
        self.previous_cells: list[tuple[QLabel, Pair]] = []
        for _ in range(PREVIOUS_SHOWN):
            cell = QHBoxLayout()
            cell.setSpacing(0)  # the gap is CELL_GAP alone
            number = _label("number")
            # Against its own number in any script: an Arabic room set to the right of its cell
            # would stand beside the next call's number instead.
            # Wrapped: a long room name ("Miiska macluumaadka") takes a second line, never cut off.
            room = Pair("room", wrap=True)
            cell.addWidget(number, 0)
            cell.addSpacing(CELL_GAP)
            cell.addWidget(room, 1)
            strip.addLayout(cell, 1)
            self.previous_cells.append((number, room))
        column.addWidget(self.previous)
        return page

    def _build_closed_page(self) -> QWidget:
        page, layout = self._panel("closed")
        layout.addStretch(1)
        self.closed = Pair("closed", Qt.AlignmentFlag.AlignHCenter)
        self.opens = Pair("opens", Qt.AlignmentFlag.AlignHCenter, wrap=True)  # a far date in a long language
        layout.addWidget(self.closed)
        layout.addSpacing(60)
        layout.addWidget(self.opens)
        layout.addStretch(1)
        return page

    # -- words ----------------------------------------------------------------------------------

    def word(self, lang: str, source: str) -> str:
        return self.translations.text_in(lang, words.CONTEXT, source)

    def date_text(self, day: date, lang: str) -> str:
        return written_date(day, lang, self.word(lang, words.SHORT_DATE))

    def both(self, source: str) -> tuple[str, str]:
        return self.word(self.langs[0], source), self.word(self.langs[1], source)

    def both_of(self, text: dict) -> tuple[str, str]:
        """A routing text (name, room) in the display's two languages."""
        return in_lang(text, self.langs[0]), in_lang(text, self.langs[1])

    def set_languages(self, langs: tuple[str, str]) -> None:
        """Show the board in `langs`, laid out in the first one's direction (Arabic first: mirrored)."""
        self.langs = langs
        self.setLayoutDirection(layout_direction(langs[0]))
        self.show_board(self.board)

    # -- drawing --------------------------------------------------------------------------------

    def show_board(self, board: Board) -> None:
        self.board = board
        self.centre.setText(in_lang(board.centre, self.langs[0]))
        self.clock.setText(clock_text(board.now, self.langs[0]) if board.now else "")
        self.pages.setCurrentIndex(1 if board.closed_page else 0)

        self.hero_label.set_texts(*self.both(words.NOW_SERVING))
        self._show_latest(board.latest)
        self.previous_title.set_texts(*self.both(words.PREVIOUS))
        for i, (number, room) in enumerate(self.previous_cells):
            call = board.previous[i] if i < len(board.previous) else None
            number.setText(call.number if call else "")
            room.set_texts(*self.both_of(call.room)) if call else room.set_texts("", "")
        self.previous.setVisible(bool(board.previous))
        self._fit_strip()

        self.queue_title.set_texts(*self.both(words.WAITING_NOW))
        self.people_column.set_texts(*self.both(words.PEOPLE))
        self.wait_column.set_texts(*self.both(words.WAIT))
        self._show_services(board.services)
        self._fit_queue()

        closed = self.both(words.CLOSED)
        self.closed.set_texts(*closed)
        opens = ("", "")
        if not board.open and board.opens is not None and board.now is not None:
            opens = tuple(
                opening_text(board.opens, board.now, lang, self.word, self.date_text) for lang in self.langs
            )
        self.opens.set_texts(*opens)
        self.header_opens.set_texts(
            f"{closed[0]} – {opens[0]}" if opens[0] else closed[0],
            f"{closed[1]} – {opens[1]}" if opens[1] else closed[1],
        )

        self.banner_text.set_texts(*self.both(words.OFFLINE if board.paired else words.NOT_PAIRED))
        self.banner.setVisible(not board.online)
        # Offline matters more than closed: the one slot in the header shows the banner then.
        self.header_opens.setVisible(board.online and not board.open and not board.closed_page)

    def _show_latest(self, call: Call | None) -> None:
        for widget in (self.hero_label, self.number, self.room):
            widget.setVisible(call is not None)
        self.none.setVisible(call is None)
        if call is None:
            self.none.set_texts(*self.both(words.NO_CALLS))
            return
        self.number.setText(call.number)
        self.room.set_texts(*self.both_of(call.room))

    def _show_services(self, services: list[ServiceRow]) -> None:
        self._services = services
        grew = len(self._row_widgets) < len(services)
        while len(self._row_widgets) < len(services):
            row = len(self._row_widgets) + 1
            name = Pair("service", wrap=True)  # a long name takes a second line, never cut off
            count = _label("count")
            wait = _label("wait")
            figures = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            count.setAlignment(figures | Qt.AlignmentFlag.AlignVCenter)
            wait.setAlignment(figures | Qt.AlignmentFlag.AlignVCenter)
            self.rows.addWidget(name, row, 0)
            self.rows.addWidget(count, row, 1)
            self.rows.addWidget(wait, row, 2)
            self._row_widgets.append((name, count, wait))
            self._restyle(name, count, wait)
        if grew:  # the "more" line stays under the last row
            for widget in (self.more, self.more_count):
                self.rows.removeWidget(widget)
            self.rows.addWidget(self.more, len(self._row_widgets) + 1, 0)
            self.rows.addWidget(self.more_count, len(self._row_widgets) + 1, 1)
        self._show_more(0)
        for i, (name, count, wait) in enumerate(self._row_widgets):
            shown = i < len(services)
            for widget in (name, count, wait):
                widget.setVisible(shown)
            if not shown:
                continue
            service = services[i]
            name.set_texts(*self.both_of(service.name))
            count.setText(str(service.waiting))
            if not service.available:
                wait.setObjectName("away")
                wait.setText("\n".join(dict.fromkeys(self.both(words.AWAY))))
            else:
                wait.setObjectName("wait")
                minutes = self.word(self.langs[0], words.MINUTES).replace("%1", str(service.wait_minutes))
                wait.setText(minutes if service.waiting else "–")
            self._restyle(wait)

    # -- the newest call stands out for a while -------------------------------------------------

    def flash(self) -> None:
        """Highlight the newest call: a few slow blinks, then steady until FLASH_MS."""
        self._flash_left = PULSES
        self._set_flash(True)
        self._flash_timer.start()
        self._flash_end.start()

    @property
    def flashing(self) -> bool:
        return bool(self.hero.property("flash"))

    def _pulse(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_timer.stop()
            self._set_flash(True)
            return
        self._set_flash(not self.flashing)

    def _end_flash(self) -> None:
        self._flash_timer.stop()
        self._set_flash(False)

    def _set_flash(self, on: bool) -> None:
        if self.flashing == on:
            return
        self.hero.setProperty("flash", on)
        self._restyle(self.hero, *self.hero.findChildren(QWidget))

    # -- sizes follow the window ----------------------------------------------------------------

    def _restyle(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.update()

    def _apply_style(self) -> None:
        scale = style.scale_for(max(self.width(), 1), max(self.height(), 1))
        if abs(scale - self._scale) < 0.01:
            return
        self._scale = scale
        sizes = style.sizes(scale)
        # (the strip's too: a room's last word never stands against the next call's number)
        for layout in (self._root, self._body, self._column, self._strip):
            layout.setSpacing(sizes["spacing"])
        self._root.setContentsMargins(*[sizes["margin"]] * 4)
        self.setStyleSheet(style.stylesheet(scale))
        self.queue.setStyleSheet(style.queue_stylesheet(scale, self._queue_step))
        self._fitted = None

    # -- the queue's rows all on their panel ----------------------------------------------------

    def _queue_fits(self) -> bool:
        layout = self.queue.layout()
        for kept in (self.rows, layout):
            kept.invalidate()  # the heights each keeps are for the words and sizes before
        need = layout.totalHeightForWidth(self.queue.width())  # -1: no row wraps
        return (need if need >= 0 else layout.totalSizeHint().height()) <= self.queue.height()

    def _fit_queue(self) -> None:
        """Every row of the queue on its panel: its words a step smaller (style.QUEUE_STEPS) while they
        do not fit (a long name on two lines, many services), as large as fits again when the rows or
        the panel change. Only then: a board that changed nothing in the queue is not measured."""
        if self.queue.width() <= 1 or self.queue.height() <= 1 or self._fitting_for() == self._fitted:
            return
        for step in style.QUEUE_STEPS:
            self._set_queue_step(step)
            if self._queue_fits():
                break
        else:  # at the smallest step still too many: the last rows are left off, whole, and counted
            shown = [row for row in self._row_widgets if row[0].isVisibleTo(self.queue)]
            while len(shown) > 1 and not self._queue_fits():
                for widget in shown.pop():
                    widget.hide()
                self._show_more(len(self._services) - len(shown))  # an earlier fitting may have left some
        self._fitted = self._fitting_for()

    def _show_more(self, left_off: int) -> None:
        """The line for the last `left_off` services (0: hidden): how many, and how many wait for them."""
        for widget in (self.more, self.more_count):
            widget.setVisible(left_off > 0)
        if left_off == 0:
            return
        shown = len(self._services) - left_off
        self.more.set_texts(*(text.replace("%1", str(left_off)) for text in self.both(words.MORE_SERVICES)))
        self.more_count.setText(str(sum(service.waiting for service in self._services[shown:])))

    def _fitting_for(self) -> tuple:
        shown = (label.text() for label in self.queue.findChildren(QLabel) if label.isVisibleTo(self.queue))
        return (self.queue.size(), self._scale, *shown)

    def _set_queue_step(self, step: float) -> None:
        if step != self._queue_step:
            self._queue_step = step
            self.queue.setStyleSheet(style.queue_stylesheet(self._scale, step))

    def _fit_strip(self) -> None:
        """The earlier calls that fit the strip whole, newest first: where the four rooms' words are too
        wide for it (Ukrainian, Somali), the oldest is left out rather than cut off at the edge."""
        width = self.previous.width()
        cells = [cell for cell in self.previous_cells if cell[0].text()]
        for number, room in self.previous_cells:
            for widget in (number, room):
                widget.setVisible((number, room) in cells)
        if width <= 1:
            return
        margins = self.previous.layout().contentsMargins()
        room = width - margins.left() - margins.right()

        def least(shown: list[tuple[QLabel, Pair]]) -> int:
            """The strip's least width for these cells (each number, the gap, its room's longest word)."""
            wide = sum(n.minimumSizeHint().width() + CELL_GAP + r.minimumSizeHint().width() for n, r in shown)
            return wide + self._strip.spacing() * (len(shown) - 1)

        while len(cells) > 1 and least(cells) > room:
            for widget in cells.pop():
                widget.hide()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.queue:
                self._fit_queue()
            elif watched is self.previous and event.oldSize().width() != event.size().width():
                self._fit_strip()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._apply_style()
        return super().event(event)
