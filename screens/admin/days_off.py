"""DaysOffBox and PresenceBox: a service's (or the whole centre's) days off and present / away, straight
through the hub (they are not part of the routing and need no publishing)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kiosk.client.admin_client import AdminClient
from screens.admin.ask import ask
from screens.admin.words import AdminWords
from screens.common.wrapping import WrappingLabel

AHEAD_DAYS = 60
"""How far ahead the list shows (the hub reads at most 62 days at once)."""


def day_words(day: date, words: AdminWords) -> str:
    names = [
        words.translate("AdminWeek", "Mon"),
        words.translate("AdminWeek", "Tue"),
        words.translate("AdminWeek", "Wed"),
        words.translate("AdminWeek", "Thu"),
        words.translate("AdminWeek", "Fri"),
        words.translate("AdminWeek", "Sat"),
        words.translate("AdminWeek", "Sun"),
    ]
    return f"{names[day.weekday()]} {day.day}.{day.month}.{day.year}"


class DaysOffBox(QGroupBox):
    """The days off of one service (`service` id) or of the whole centre (`service` None)."""

    def __init__(self, words: AdminWords, client: AdminClient | None, parent=None):
        super().__init__(parent)
        self.words = words
        self.client = client
        self.service: str | None = None
        self.days = QListWidget(objectName="DaysOff")
        self.days.setMaximumHeight(110)
        self.day = QDateEdit(objectName="DayOffDate", calendarPopup=True)
        self.day.setDisplayFormat("d.M.yyyy")
        self.note = QLineEdit(objectName="DayOffNote", maxLength=200)
        self.add = QPushButton(objectName="AddDayOff")
        self.remove = QPushButton(objectName="RemoveDayOff")
        self.status = WrappingLabel()
        self.status.setProperty("role", "muted")
        self.add.clicked.connect(lambda: self._add(False))
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.note, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.days)
        layout.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.remove)
        layout.addLayout(bottom)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.setTitle(
            translate("AdminServices", "Days off")
            if self.service
            else translate("AdminServices", "Holidays: the centre is closed")
        )
        self.note.setPlaceholderText(translate("AdminServices", "Note for staff (optional)"))
        self.add.setText(translate("AdminServices", "Add day off"))
        self.remove.setText(translate("AdminServices", "Remove the chosen day"))
        if self.client is None:
            self.status.setText(translate("AdminServices", "Needs the hub: not connected."))

    def show_for(self, service: str | None) -> None:
        self.service = service
        self.translateUI()
        today = date.today()
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        enabled = self.client is not None
        for widget in (self.add, self.remove, self.day, self.note):
            widget.setEnabled(enabled)
        self.reload()

    def reload(self) -> None:
        if self.client is None:
            return
        today = date.today()
        self.client.dates_off(today, today + timedelta(days=AHEAD_DAYS), self._listed)

    def _listed(self, status: int, body: dict | None, _error: str) -> None:
        self.days.clear()
        if status != 200 or not body:
            self._say_failed(status, body)
            return
        for item in body.get("dates_off", []):
            if item.get("service") != self.service:
                continue
            day = date.fromisoformat(item["date"])
            line = day_words(day, self.words) + (f" – {item['note']}" if item.get("note") else "")
            entry = QListWidgetItem(line)
            entry.setData(Qt.ItemDataRole.UserRole, item["date"])
            self.days.addItem(entry)
        if not self.days.count():
            self.status.setText(self.words.translate("AdminServices", "No days off in the next two months."))
        else:
            self.status.setText("")

    def _add(self, cancel_bookings: bool) -> None:
        if self.client is None:
            return
        chosen = self.day.date().toPython()
        self.client.set_date_off(
            chosen, self.service, self.note.text().strip(), self._added, cancel_bookings=cancel_bookings
        )

    def _added(self, status: int, body: dict | None, _error: str) -> None:
        translate = self.words.translate
        body = body or {}
        if status == 200:
            self.note.clear()
            self.status.setText(translate("AdminServices", "Day off saved."))
            self.reload()
        elif status == 409 and body.get("error") == "has_bookings":
            count = len(body.get("bookings") or [])
            text = translate(
                "AdminServices",
                "%1 visitors have booked a time that day. Cancel their bookings and mark the day off?",
            ).replace("%1", str(count))
            yes = translate("AdminServices", "Cancel the bookings, mark the day off")
            if ask(
                self,
                translate("AdminServices", "Bookings on that day"),
                text,
                yes,
                translate("AdminServices", "Keep the bookings"),
            ):
                self._add(True)
        else:
            self._say_failed(status, body)

    def _remove(self) -> None:
        item = self.days.currentItem()
        if item is None or self.client is None:
            return
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        self.client.remove_date_off(
            day, self.service, lambda s, b, e: self.reload() if s == 200 else self._say_failed(s, b)
        )

    def _say_failed(self, status: int, body: dict | None) -> None:
        translate = self.words.translate
        if status == 0:
            self.status.setText(translate("AdminServices", "The hub does not answer."))
        else:
            message = (body or {}).get("message") or f"HTTP {status}"
            self.status.setText(translate("AdminServices", "Not saved: %1").replace("%1", str(message)))


class PresenceBox(QGroupBox):
    """Present / away for an on-site service today: an away service is not offered at the kiosk."""

    def __init__(self, words: AdminWords, client: AdminClient | None, parent=None):
        super().__init__(parent)
        self.words = words
        self.client = client
        self.service = ""
        self.available: bool | None = None
        self.state = WrappingLabel(objectName="PresenceState")  # "needs the hub" is long in Somali
        self.state.setProperty("role", "lang")
        self.toggle = QPushButton(objectName="PresenceToggle")
        self.toggle.clicked.connect(self._toggle)
        self.help = WrappingLabel()
        self.help.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.help)
        words.languageChanged.connect(self.translateUI)
        self.translateUI()

    def translateUI(self, _lang: str = "") -> None:
        translate = self.words.translate
        self.setTitle(translate("AdminServices", "Today"))
        self.help.setText(
            translate("AdminServices", "Away: the kiosk sends visitors to the front desk instead.")
        )
        if self.client is None:
            self.state.setText(translate("AdminServices", "Needs the hub: not connected."))
        elif self.available is None:
            self.state.setText(translate("AdminServices", "Asking the hub…"))
        else:
            self.state.setText(
                translate("AdminServices", "Present")
                if self.available
                else translate("AdminServices", "Away")
            )
        self.toggle.setText(
            translate("AdminServices", "Mark away")
            if self.available
            else translate("AdminServices", "Mark present")
        )
        self.toggle.setEnabled(self.client is not None and self.available is not None)

    def show_for(self, service: str) -> None:
        self.service = service
        self.available = None
        self.translateUI()
        if self.client is not None:
            self.client.queue(self._read)

    def _read(self, status: int, body: dict | None, _error: str) -> None:
        if status == 200 and body:
            state = next((s for s in body.get("services", []) if s.get("id") == self.service), None)
            self.available = bool(state.get("available", True)) if state else None
        self.translateUI()

    def _toggle(self) -> None:
        if self.client is None or self.available is None:
            return
        wanted = not self.available
        self.client.set_available(self.service, wanted, self._set)

    def _set(self, status: int, body: dict | None, _error: str) -> None:
        if status == 200 and body:
            self.available = bool(body.get("available"))
        self.translateUI()
