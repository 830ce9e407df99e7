"""Mark a day off for one of my scheduled services; if visitors booked that day, list them and offer
to cancel them with it (the hub refuses first and changes nothing until staff say so)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screens.common.wrapping import WrappingLabel
from screens.staff.appointments import Appointments, DayOffAnswer, booking_label


def _words(role: str = "") -> QLabel:
    label = WrappingLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class DayOffDialog(QDialog):
    """Day, service (when I have several) and a note for staff; the hub's answer is shown here."""

    def __init__(self, appointments: Appointments, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.appointments = appointments
        self.lang = lang
        self.held: list[dict] = []
        self.setMinimumWidth(520)
        self.title = _words("heading")
        self.body = _words()
        self.service = QComboBox()
        for sid in appointments.services():
            self.service.addItem(appointments.desk.service_name(sid, lang), sid)
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("d.M.yyyy")
        today = appointments.today
        self.date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.problem = _words()
        self.problem.setObjectName("Problem")
        self.problem.hide()
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.service_label = QLabel()
        self.date_label = QLabel()
        self.note_label = QLabel()
        self.form.addRow(self.service_label, self.service)
        self.form.addRow(self.date_label, self.date)
        self.form.addRow(self.note_label, self.note)
        self.form.setRowVisible(0, self.service.count() > 1)
        self.buttons = QDialogButtonBox()
        self.ok = QPushButton()
        self.ok.setProperty("role", "done")
        self.close_button = QPushButton()
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.setContentsMargins(24, 20, 24, 20)
        for widget in (self.title, self.body):
            column.addWidget(widget)
        column.addLayout(self.form)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        # A change of day or service is another question: forget the bookings listed for the last one.
        self.date.dateChanged.connect(lambda _d: self._forget())
        self.service.currentIndexChanged.connect(lambda _i: self._forget())
        appointments.dayOffAnswered.connect(self._answered)
        appointments.busyChanged.connect(lambda busy: self.ok.setEnabled(not busy))
        self.translateUI()

    def showEvent(self, event) -> None:
        # Sized once the console's style (its larger fonts) is in, so wrapped words are never cut.
        self.adjustSize()
        super().showEvent(event)

    def translateUI(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("StaffAppointments", "Mark a day off"))
        self.title.setText(QCoreApplication.translate("StaffAppointments", "A day when you are not here"))
        self.body.setText(
            QCoreApplication.translate(
                "StaffAppointments",
                "On a day off the kiosk offers none of your times, and nobody can book them.",
            )
        )
        self.service_label.setText(QCoreApplication.translate("StaffAppointments", "Service"))
        self.date_label.setText(QCoreApplication.translate("StaffAppointments", "Day"))
        self.note_label.setText(QCoreApplication.translate("StaffAppointments", "Note for staff"))
        self.note.setPlaceholderText(
            QCoreApplication.translate("StaffAppointments", "for example: training day (optional)")
        )
        self.close_button.setText(QCoreApplication.translate("StaffAppointments", "Close"))
        self._words_for_ok()

    def _words_for_ok(self) -> None:
        self.ok.setText(
            QCoreApplication.translate("StaffAppointments", "Cancel these bookings and mark the day off")
            if self.held
            else QCoreApplication.translate("StaffAppointments", "Mark the day off")
        )
        # Never narrower than its buttons (adjustSize alone stops at 2/3 of a small screen).
        self.setMinimumWidth(max(520, self.buttons.sizeHint().width() + 48))

    @property
    def chosen_day(self) -> date:
        return self.date.date().toPython()

    @property
    def chosen_service(self) -> str:
        return self.service.currentData() or ""

    def send(self) -> None:
        """Ask the hub; with bookings listed (and so seen), cancel them with it."""
        if not self.chosen_service:
            return
        self.appointments.day_off(
            self.chosen_day,
            self.chosen_service,
            cancel_bookings=bool(self.held),
            note=self.note.text().strip(),
        )

    def _forget(self) -> None:
        self.held = []
        self.problem.hide()
        self._words_for_ok()

    def _answered(self, answer: DayOffAnswer) -> None:
        if answer.day != self.chosen_day or answer.service != self.chosen_service or not self.isVisible():
            return
        if answer.kind == "set":
            self.accept()
            return
        if answer.kind == "has_bookings":
            self.held = list(answer.bookings)
            lines = "\n".join(booking_label(b) for b in self.held)
            self.problem.setText(
                QCoreApplication.translate("StaffAppointments", "Visitors have booked these times that day:")
                + f"\n{lines}\n"
                + QCoreApplication.translate(
                    "StaffAppointments",
                    "The hub cannot tell them. If you cancel, the kiosk says so when they come to check in.",
                )
            )
        else:
            self.problem.setText(
                QCoreApplication.translate(
                    "StaffAppointments", "The hub did not do this. The hub says: %1"
                ).replace("%1", answer.detail or answer.kind)
            )
        self.problem.show()
        self._words_for_ok()
        # Grow for the longer button and the list once the new words are laid out.
        QTimer.singleShot(0, self, self.adjustSize)
