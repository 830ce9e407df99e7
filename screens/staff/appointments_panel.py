"""The Appointments tab: today's and tomorrow's bookings of my scheduled services, with Cancel and
Did not come, the free times in one line per service and day, and a way to mark a day off; under them,
a visiting specialist's week at every centre of their round (from the region, time and state only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import as_printed, isolated
from screens.staff.appointments import Appointments, booking_label
from screens.staff.day_off import DayOffDialog
from screens.staff.when import clock, day_text


def _label(role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(wordWrap=wrap)
    if role:
        label.setProperty("role", role)
    return label


def status_words(booking: dict) -> str:
    """Booked / Checked in: D001 (its ticket) / Cancelled / Did not come."""
    status = booking.get("status")
    if status == "checked_in":
        number = (booking.get("ticket") or {}).get("number", "")
        return QCoreApplication.translate("StaffAppointments", "Checked in: %1").replace("%1", number)
    return {
        "booked": QCoreApplication.translate("StaffAppointments", "Booked"),
        "cancelled": QCoreApplication.translate("StaffAppointments", "Cancelled"),
        "no_show": QCoreApplication.translate("StaffAppointments", "Did not come"),
    }.get(status or "", status or "")


class BookingRow(QFrame):
    """One booking: time, code, what became of it, and (while booked) its two buttons."""

    def __init__(self, panel: AppointmentsPanel, booking: dict, show_service: bool, compact: bool):
        super().__init__()
        self.setProperty("role", "booking")
        self.setProperty("status", booking.get("status", ""))
        self.booking = booking
        appointments = panel.appointments
        self.time = _label("strong", wrap=False)
        self.time.setText(clock(booking.get("start")))
        self.code = _label("code", wrap=False)
        self.code.setText(booking.get("code", ""))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = _label()
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        words = status_words(booking)
        if show_service:
            words = f"{appointments.desk.service_name(booking.get('service', ''), panel.lang)} · {words}"
        self.status.setText(words)
        self.no_show_button = QPushButton(QCoreApplication.translate("StaffAppointments", "Did not come"))
        self.no_show_button.setToolTip(
            QCoreApplication.translate("StaffAppointments", "The time has come and the visitor is not here.")
        )
        self.cancel_button = QPushButton(QCoreApplication.translate("StaffAppointments", "Cancel…"))
        self.cancel_button.setToolTip(
            QCoreApplication.translate("StaffAppointments", "Cancel the booking: the time is free again.")
        )
        # Narrow: the buttons on a line of their own under the words, so neither is squeezed.
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 4, 6, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.time, 0, 0)
        grid.addWidget(self.code, 0, 1)
        grid.addWidget(self.status, 0, 2)
        grid.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.no_show_button)
        buttons.addWidget(self.cancel_button)
        if compact:
            grid.addLayout(buttons, 1, 0, 1, 3)
        else:
            grid.addLayout(buttons, 0, 3)
        booked = booking.get("status") == "booked"
        self.cancel_button.setVisible(booked)
        self.no_show_button.setVisible(booked and appointments.has_started(booking))
        self.no_show_button.clicked.connect(lambda: appointments.no_show(booking))
        self.cancel_button.clicked.connect(lambda: panel.confirm_cancel(booking))

    def buttons(self) -> list[QPushButton]:
        return [self.no_show_button, self.cancel_button]


class AppointmentsPanel(QWidget):
    """Rebuilt from the Appointments whenever they change (a few rows a day: cheap)."""

    def __init__(self, appointments: Appointments, parent: QWidget | None = None):
        super().__init__(parent)
        self.appointments = appointments
        self.lang = "fi"
        self.rows: list[BookingRow] = []
        self.confirm: QMessageBox | None = None
        self.day_off_dialog: DayOffDialog | None = None
        self.undo_buttons: dict[tuple[date, str], QPushButton] = {}
        self.compact = False

        self.intro = _label("muted")
        self.day_off_button = QPushButton()
        self.day_off_button.clicked.connect(lambda: self.mark_day_off())
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.intro, 1)
        top.addWidget(self.day_off_button, 0, Qt.AlignmentFlag.AlignTop)

        self.content = QWidget()
        self.content.setObjectName("AppointmentsContent")
        self._column = QVBoxLayout(self.content)
        self._column.setContentsMargins(0, 0, 6, 0)
        self._column.setSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.content)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.scroll, 1)

        appointments.changed.connect(self.refresh)
        appointments.busyChanged.connect(lambda _busy: self.update_enabled())
        appointments.desk.onlineChanged.connect(lambda _online: self.update_enabled())

    COMPACT_WIDTH = 600
    """Below this width a booking's buttons go under its words."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        compact = self.width() < self.COMPACT_WIDTH
        if compact != self.compact:
            self.compact = compact
            self.refresh()

    # -- words and rows --------------------------------------------------------------------------------

    def translateUI(self, lang: str) -> None:
        self.lang = lang
        self.day_off_button.setText(QCoreApplication.translate("StaffAppointments", "Mark a day off…"))
        self.refresh()

    def refresh(self) -> None:
        appointments = self.appointments
        while self._column.count():
            item = self._column.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        self.undo_buttons = {}
        services = appointments.services()
        self.day_off_button.setVisible(bool(services))
        if not services:
            self.intro.setText(
                QCoreApplication.translate(
                    "StaffAppointments",
                    "None of your services takes appointments. Choose one in My services…",
                )
            )
            self._column.addStretch(1)
            self.update_enabled()
            return
        self.intro.setText(
            QCoreApplication.translate(
                "StaffAppointments",
                "A visitor who checks in at the kiosk comes to your waiting list first: use Call next.",
            )
        )
        if appointments.problem is not None and not appointments.loaded:
            self._column.addWidget(self._muted(self._problem_text()))
        elif not appointments.loaded:
            self._column.addWidget(
                self._muted(QCoreApplication.translate("StaffAppointments", "Reading the bookings…"))
            )
        for day in appointments.days:
            self._add_day(day, services)
        for service in services:
            self._add_week(service)
        self._column.addStretch(1)
        self.update_enabled()

    def _problem_text(self) -> str:
        kind = self.appointments.problem.kind if self.appointments.problem else ""
        if kind == "token":
            return QCoreApplication.translate(
                "StaffAppointments", "The hub does not show bookings without a staff token."
            )
        return QCoreApplication.translate(
            "StaffAppointments", "The bookings could not be read. The console tries again in a minute."
        )

    def _muted(self, text: str) -> QLabel:
        label = _label("muted")
        label.setText(text)
        return label

    def _add_day(self, day: date, services: list[str]) -> None:
        appointments, lang = self.appointments, self.lang
        heading = _label("heading")
        heading.setText(day_text(day, lang, appointments.today))
        self._column.addWidget(heading)
        several = len(services) > 1
        bookings = [b for b in appointments.on_day(day) if b.get("service") in services]
        for booking in bookings:
            row = BookingRow(self, booking, several, self.compact)
            self._column.addWidget(row)
            self.rows.append(row)
        if not bookings:
            self._column.addWidget(
                self._muted(QCoreApplication.translate("StaffAppointments", "No bookings."))
            )
        for service in services:
            name = appointments.desk.service_name(service, lang)
            if appointments.is_off(service, day):
                self._add_day_off(day, service, name)
                continue
            free = [clock(slot.get("start")) for slot in appointments.free_on(service, day)]
            if not free and not any(b.get("service") == service for b in bookings):
                continue  # not here that day: nothing to say
            if free:
                text = QCoreApplication.translate("StaffAppointments", "Free times: %1").replace(
                    "%1", " · ".join(free)
                )
            else:
                text = QCoreApplication.translate("StaffAppointments", "No free times.")
            label = self._muted(f"{name}: {text}" if several else text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._column.addWidget(label)
        self._column.addSpacing(6)

    def _add_week(self, service: str) -> None:
        """The week of the specialist whose region round brings `service` here, at every centre: one line
        a day ("Tue 10.3.: 9.00 Kokoomo · 13.30 Ohjaamo (came)"); nothing for a service no round brings."""
        appointments, lang = self.appointments, self.lang
        week = appointments.weeks.get(service)
        unreached = service in appointments.weeks_unreached
        if week is None and not unreached:
            return
        who = (week or {}).get("specialist") or appointments.desk.service_name(service, lang)
        heading = _label("heading")
        heading.setText(
            QCoreApplication.translate("StaffAppointments", "%1 at every centre this week").replace("%1", who)
        )
        self._column.addWidget(heading)
        if unreached:
            text = QCoreApplication.translate(
                "StaffAppointments", "The region does not answer: the other centres' times are not shown."
            )
            self._column.addWidget(self._muted(text))
        by_day = appointments.week_days(service)
        if week is not None and not by_day:
            self._column.addWidget(
                self._muted(QCoreApplication.translate("StaffAppointments", "No bookings at any centre."))
            )
        came = QCoreApplication.translate("StaffAppointments", "came")
        absent = QCoreApplication.translate("StaffAppointments", "did not come")
        for day, times in by_day.items():
            parts = []
            for time in times:
                # Each time and centre kept whole, so an Arabic line lists them right to left
                # without mixing one centre's time with the next centre's name.
                part = f"{as_printed(clock(time.get('start')))} {isolated(time.get('centre', ''))}"
                state = {"checked_in": came, "no_show": absent}.get(str(time.get("state")))
                parts.append(f"{part} ({state})" if state else part)
            label = self._muted(f"{day_text(day, lang, appointments.today)}: {' · '.join(parts)}")
            label.setObjectName("RegionWeekDay")
            self._column.addWidget(label)
        self._column.addSpacing(6)

    def _add_day_off(self, day: date, service: str, name: str) -> None:
        appointments = self.appointments
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        if appointments.centre_off(day):
            words = QCoreApplication.translate("StaffAppointments", "The whole centre is closed this day.")
        else:
            words = QCoreApplication.translate("StaffAppointments", "Day off: %1").replace("%1", name)
        label = _label("strong")
        label.setText(words)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(label, 1)
        if not appointments.centre_off(day):
            undo = QPushButton(QCoreApplication.translate("StaffAppointments", "Not off after all"))
            undo.setToolTip(
                QCoreApplication.translate("StaffAppointments", "The free times come back to the kiosk.")
            )
            undo.clicked.connect(lambda: appointments.remove_day_off(day, service))
            row.addWidget(undo)
            self.undo_buttons[(day, service)] = undo
        self._column.addWidget(line)

    def update_enabled(self) -> None:
        can = self.appointments.can_act
        for row in self.rows:
            for button in row.buttons():
                button.setEnabled(can)
        for button in self.undo_buttons.values():
            button.setEnabled(can)
        self.day_off_button.setEnabled(can)

    def buttons(self) -> list[QPushButton]:
        """Every button of the tab (for the clipping checks)."""
        found = [self.day_off_button, *self.undo_buttons.values()]
        for row in self.rows:
            found += row.buttons()
        return found

    # -- asking first -----------------------------------------------------------------------------------

    def confirm_cancel(self, booking: dict) -> QMessageBox:
        """Cancel only after a yes: the visitor holds the code and is not told by the hub."""
        box = self.confirm = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("StaffAppointments", "Cancel the booking?"))
        box.setText(
            QCoreApplication.translate("StaffAppointments", "Cancel the booking %1?").replace(
                "%1", booking_label(booking)
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "StaffAppointments",
                "The time becomes free for others. The visitor is not told: if you can, tell them yourself.",
            )
        )
        yes = box.addButton(
            QCoreApplication.translate("StaffAppointments", "Cancel the booking"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("StaffAppointments", "Keep it"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        yes.clicked.connect(lambda: self.appointments.cancel(booking))
        box.open()
        return box

    def mark_day_off(self) -> DayOffDialog:
        dialog = self.day_off_dialog = DayOffDialog(self.appointments, self.lang, self)
        dialog.open()
        return dialog
