"""The waiting list as people read it: WaitingTickets' data cells turned into names, minutes and notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kiosk.client.live_model import WaitingTickets
from screens.staff.desk import Desk, waited_minutes

REFRESH_MS = 30_000
"""How often the minutes waited move on by themselves."""


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("Staff", "%1 min").replace("%1", str(minutes))


def journey_note(desk: Desk, ticket: dict, lang: str) -> str:
    """ "then: Workshop" when the journey goes on after this service, "from: Wassup" when handed on."""
    parts = []
    came = desk.came_from(ticket)
    if came:
        parts.append(
            QCoreApplication.translate("Staff", "from: %1").replace("%1", desk.service_name(came, lang))
        )
    after = desk.next_steps(ticket)
    if after:
        names = ", ".join(desk.service_name(s, lang) for s in after)
        parts.append(QCoreApplication.translate("Staff", "then: %1").replace("%1", names))
    return " · ".join(parts)


class ReadableTickets(QIdentityProxyModel):
    """Same rows and columns as WaitingTickets; the cells say number, service name, place in its
    queue, minutes waited since arrival and the journey note, in the console's language."""

    def __init__(self, desk: Desk, source: WaitingTickets, now: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self._desk = desk
        self._now = now
        self.lang = "fi"
        self.setSourceModel(source)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.refresh()

    def refresh(self) -> None:
        """Say every cell again (the language changed, or a minute passed)."""
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            WaitingTickets.POSITION,
            WaitingTickets.WAIT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (WaitingTickets.SERVICE, WaitingTickets.JOURNEY):
            role = Qt.ItemDataRole.DisplayRole  # the whole name or note, when the column is too narrow for it
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return super().data(index, role)
        ticket = super().data(index, WaitingTickets.TicketRole)
        if not isinstance(ticket, dict):
            return None
        if column == WaitingTickets.NUMBER:
            return ticket["number"]
        if column == WaitingTickets.SERVICE:
            return self._desk.service_name(ticket["service"], self.lang)
        if column == WaitingTickets.POSITION:
            return str(ticket["position"])
        if column == WaitingTickets.WAIT:
            return minutes_text(waited_minutes(ticket, self._now()))
        if column == WaitingTickets.JOURNEY:
            return journey_note(self._desk, ticket, self.lang)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return super().headerData(section, orientation, role)
        return {
            WaitingTickets.NUMBER: QCoreApplication.translate("Staff", "Number"),
            WaitingTickets.SERVICE: QCoreApplication.translate("Staff", "Service"),
            WaitingTickets.POSITION: QCoreApplication.translate("Staff", "Place"),
            WaitingTickets.WAIT: QCoreApplication.translate("Staff", "Waited"),
            WaitingTickets.JOURNEY: QCoreApplication.translate("Staff", "Note"),
        }.get(section)


class WaitingView(QTableView):
    """A read-only table, one row per waiting ticket; the minutes waited refresh every 30 s."""

    def __init__(self, model: ReadableTickets, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WaitingTickets.JOURNEY, QHeaderView.ResizeMode.Stretch)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(model.refresh)
        self._timer.start()

    def set_narrow(self, narrow: bool) -> None:
        """Narrow: the service names share the room with the notes, both cut with "…" (whole in a tooltip)."""
        mode = QHeaderView.ResizeMode.Stretch if narrow else QHeaderView.ResizeMode.ResizeToContents
        self.horizontalHeader().setSectionResizeMode(WaitingTickets.SERVICE, mode)

    def set_row_height(self, height: int) -> None:
        self.verticalHeader().setDefaultSectionSize(height)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
