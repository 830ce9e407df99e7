"""My services: how many wait at each, my present / away switch, and (with several) a call for one service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.core.languages import in_lang
from screens.common.wrapping import WrappingLabel
from screens.staff.desk import Desk


class ServiceRow:
    """The widgets of one service's row in the panel's grid."""

    def __init__(self, service_id: str):
        self.service_id = service_id
        self.name = WrappingLabel()
        self.name.setProperty("role", "strong")
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count = WrappingLabel()
        self.count.setProperty("role", "muted")
        self.presence = QPushButton(checkable=True)
        self.call = QPushButton()

    def widgets(self) -> list[QWidget]:
        return [self.name, self.count, self.presence, self.call]


class ServicesPanel(QWidget):
    callNext = Signal(str)
    availability = Signal(str, bool)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.rows: dict[str, ServiceRow] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 1)
        self.lang = "fi"

    def refresh(self) -> None:
        ids = [s["id"] for s in self.desk.my_services()]
        if ids != list(self.rows):
            for row in self.rows.values():
                for widget in row.widgets():
                    widget.hide()
                    widget.deleteLater()
            self.rows = {}
            for index, sid in enumerate(ids):
                row = ServiceRow(sid)
                self._grid.addWidget(row.name, index * 2, 0)
                self._grid.addWidget(row.count, index * 2 + 1, 0)
                self._grid.addWidget(row.presence, index * 2, 1, 2, 1)
                self._grid.addWidget(row.call, index * 2, 2, 2, 1)
                row.presence.clicked.connect(lambda checked, s=sid: self.availability.emit(s, checked))
                row.call.clicked.connect(lambda _=False, s=sid: self.callNext.emit(s))
                self.rows[sid] = row
        several = len(self.rows) > 1
        for sid, row in self.rows.items():
            row.call.setVisible(several)
            # Away means "the kiosk sends nobody here": a scheduled service takes bookings, not walk-ins.
            row.presence.setVisible((self.desk.service(sid) or {}).get("kind") != "scheduled")
        self.translateUI(self.lang)

    def set_enabled(self, enabled: bool) -> None:
        for row in self.rows.values():
            row.presence.setEnabled(enabled)
            row.call.setEnabled(enabled)

    def translateUI(self, lang: str) -> None:
        self.lang = lang
        for sid, row in self.rows.items():
            service = self.desk.service(sid) or {}
            row.name.setText(in_lang(service.get("name"), lang))
            waiting = int(service.get("waiting") or 0)
            row.count.setText(QCoreApplication.translate("Staff", "%1 waiting").replace("%1", str(waiting)))
            present = bool(service.get("available", True))
            row.presence.setChecked(present)
            row.presence.setText(
                QCoreApplication.translate("Staff", "Present")
                if present
                else QCoreApplication.translate("Staff", "Away")
            )
            row.presence.setToolTip(
                QCoreApplication.translate("Staff", "Away: the kiosk does not send new visitors here.")
            )
            row.call.setText(QCoreApplication.translate("Staff", "Call"))
            row.call.setToolTip(QCoreApplication.translate("Staff", "Call the next visitor of this service."))
