"""WaitingTickets: a table model of the waiting tickets of chosen services, fed by a LiveQueue."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.client.live import LiveQueue
from kiosk.core.call_order import call_order_key

Index = QModelIndex | QPersistentModelIndex


class WaitingTickets(QAbstractTableModel):
    """One row per waiting ticket of `services` (all when None), across services by priority, then place.

    Cells hold data, not words: number, service id, position, estimated wait in minutes, and the
    journey's service ids; the whole TICKET is under `TicketRole`. Headers are the view's to name.
    """

    NUMBER, SERVICE, POSITION, WAIT, JOURNEY = range(5)
    COLUMNS = 5
    TicketRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, live: LiveQueue, services: Iterable[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._live = live
        self._services = set(services) if services is not None else None
        self._rows: list[dict] = self._select()
        live.changed.connect(self._refresh)

    def set_services(self, services: Iterable[str] | None) -> None:
        self._services = set(services) if services is not None else None
        self._refresh()

    def _select(self) -> list[dict]:
        rows = [
            t
            for t in self._live.tickets()
            if t["status"] == "waiting" and (self._services is None or t["service"] in self._services)
        ]
        rows.sort(key=call_order_key)
        return rows

    def _refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._select()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        if role == self.TicketRole:
            return ticket
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.NUMBER:
            return ticket["number"]
        if column == self.SERVICE:
            return ticket["service"]
        if column == self.POSITION:
            return ticket["position"]
        if column == self.WAIT:
            return ticket["estimated_wait_minutes"]
        if column == self.JOURNEY:
            return " > ".join(ticket["journey"])
        return None

    def roleNames(self) -> dict:
        names = super().roleNames()
        names[self.TicketRole] = b"ticket"
        return names
