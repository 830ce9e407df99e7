"""StaffWindow: the console a specialist keeps open all day: who waits, Call next, who is with me, away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.client.live_model import WaitingTickets
from screens.common.i18n import Translations
from screens.common.language import autonym, layout_direction
from screens.common.wrapping import WrappingLabel
from screens.staff.appointments import Appointments
from screens.staff.appointments_panel import AppointmentsPanel
from screens.staff.called import CalledPanel
from screens.staff.desk import Desk, Status, waited_minutes
from screens.staff.dialogs import PairingDialog, ServicesDialog
from screens.staff.notice import NoticeStrip
from screens.staff.services_panel import ServicesPanel
from screens.staff.settings import StaffSettings, staff_languages
from screens.staff.style import SHORT_HEIGHT, scale_for, sizes, stylesheet
from screens.staff.table import ReadableTickets, WaitingView, minutes_text
from screens.staff.when import clock

PROBLEMS = ("refused", "token", "unreachable", "failed")
MINIMUM_SIZE = (860, 500)
"""Below this nothing fits whole (half of a 1920x1080 screen is 960 wide: it fits)."""
NARROW_WIDTH = 1180
"""Below this width the language buttons go into Settings, the called visitor's buttons take two
rows, and the waiting list's service names and notes share what room there is (cut with "…", whole
in a tooltip)."""


def _label(role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(wordWrap=wrap)
    if role:
        label.setProperty("role", role)
    return label


def status_text(desk: Desk, status: Status, lang: str) -> str:
    """One sentence for what just happened, in the console's language."""
    service = desk.service_name(status.service, lang) if status.service else ""
    words = {
        "called": QCoreApplication.translate("StaffStatus", "You called %1."),
        "nobody": QCoreApplication.translate("StaffStatus", "Nobody is waiting now."),
        "recalled": QCoreApplication.translate("StaffStatus", "%1 was called again."),
        "done": QCoreApplication.translate("StaffStatus", "%1 is done."),
        "moved": QCoreApplication.translate("StaffStatus", "%1 is done here and now waits for: %2."),
        "no_show": QCoreApplication.translate("StaffStatus", "%1 is marked as did not come."),
        "transferred": QCoreApplication.translate("StaffStatus", "%1 now waits for: %2."),
        "present": QCoreApplication.translate("StaffStatus", "You are present: %2."),
        "away": QCoreApplication.translate(
            "StaffStatus", "You are away: %2. The kiosk does not send new visitors there."
        ),
        "refused": QCoreApplication.translate("StaffStatus", "The hub did not do this. The hub says: %3"),
        "token": QCoreApplication.translate(
            "StaffStatus", "The hub does not accept this computer's token. Enter a staff token."
        ),
        "unreachable": QCoreApplication.translate(
            "StaffStatus", "The hub did not answer. Check the lists before you try again."
        ),
        "failed": QCoreApplication.translate(
            "StaffStatus", "Something went wrong at the hub. The hub says: %3"
        ),
        "booking_cancelled": QCoreApplication.translate("StaffStatus", "The booking %1 is cancelled."),
        "booking_no_show": QCoreApplication.translate(
            "StaffStatus", "The booking %1 is marked as did not come."
        ),
        "day_off": QCoreApplication.translate("StaffStatus", "%1 is a day off: %2."),
        "day_on": QCoreApplication.translate("StaffStatus", "%1 is not a day off after all: %2."),
    }.get(status.kind, "")
    return words.replace("%1", status.number).replace("%2", service).replace("%3", status.detail)


class StaffWindow(QWidget):
    """Shows a Desk; every button goes to the Desk, which refuses while offline or while a request is out.

    Wide (1366x768 and up): the lists on the left (tabs: waiting, appointments), Call next, who is
    with me and my services on the right. Narrow (below NARROW_WIDTH) or short (below SHORT_HEIGHT,
    e.g. half a screen): the same parts, smaller; when short, My services becomes a third tab. The
    language buttons stand beside the title only where it stays whole beside them; else (and when
    narrow) the languages are in Settings only.
    """

    def __init__(
        self,
        desk: Desk,
        settings: StaffSettings,
        translations: Translations | None = None,
        *,
        hub_url: str = "",
        now: Callable[[], datetime] | None = None,
        ask_services: bool = True,
        appointments: Appointments | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("StaffWindow")
        self.desk = desk
        self.settings = settings
        self.hub_url = hub_url
        self.now = now or (lambda: datetime.now().astimezone())
        self.translations = translations or Translations(self)
        self.lang = settings.lang
        self._ask_services = ask_services
        self._status_at = ""
        self.services_dialog: ServicesDialog | None = None
        self.pairing_dialog: PairingDialog | None = None
        self.appointments = appointments or Appointments(desk, None, now=self.now, parent=self)

        self.waiting_model = WaitingTickets(desk.live, desk.services, self)
        self.readable = ReadableTickets(desk, self.waiting_model, self.now, self)

        # Top: who I am, my services, the token and the language (in the menu too, for narrow windows).
        self.title = _label("heading", wrap=False)
        self.title.setMinimumWidth(0)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.services_button = QPushButton()
        self.settings_button = QPushButton()
        self.settings_menu = QMenu(self.settings_button)
        self.token_action = self.settings_menu.addAction("")
        self.token_action.triggered.connect(lambda: self.pair())
        self.settings_menu.addSeparator()
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for lang in staff_languages():
            action = self.settings_menu.addAction(autonym(lang))
            action.setCheckable(True)
            action.setChecked(lang == self.lang)
            self.language_group.addAction(action)
            action.triggered.connect(lambda _=False, chosen=lang: self.choose_language(chosen))
            self.language_actions[lang] = action
        self.settings_button.setMenu(self.settings_menu)
        self.language_buttons: dict[str, QPushButton] = {}
        top = self.top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title, 1)
        top.addWidget(self.services_button)
        top.addWidget(self.settings_button)
        self.language_row = QWidget()
        languages = QHBoxLayout(self.language_row)
        languages.setContentsMargins(16, 0, 0, 0)
        languages.setSpacing(8)
        for lang in staff_languages():
            button = QPushButton(autonym(lang))
            button.setProperty("role", "lang")
            button.clicked.connect(lambda _=False, chosen=lang: self.choose_language(chosen))
            self.language_buttons[lang] = button
            languages.addWidget(button)
        top.addWidget(self.language_row)

        self.notice = NoticeStrip(desk)
        self.banner = WrappingLabel()
        self.banner.setObjectName("Banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Left: who waits, and my appointments.
        self.table = WaitingView(self.readable)
        self.appointments_panel = AppointmentsPanel(self.appointments)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.appointments_panel, "")

        # Right: the next step first (Call next), then who is with me, then my services.
        self.call_next_button = QPushButton()
        self.call_next_button.setProperty("role", "primary")
        self.call_next_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.next_hint = _label()
        self.next_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.called_heading = _label("heading")
        self.called = CalledPanel(desk)
        self.called_scroll = QScrollArea()
        self.called_scroll.setWidgetResizable(True)
        self.called_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.called_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.called_scroll.setWidget(self.called)
        self.services_heading = _label("heading")
        self.services_panel = ServicesPanel(desk)
        self.services_box = QWidget()
        services_column = QVBoxLayout(self.services_box)
        services_column.setContentsMargins(0, 0, 0, 0)
        services_column.setSpacing(8)
        services_column.addWidget(self.services_heading)
        services_column.addWidget(self.services_panel)
        services_column.addStretch(0)
        self.right = QVBoxLayout()
        self.right.setContentsMargins(0, 0, 0, 0)
        self.right.setSpacing(8)
        self.right.addWidget(self.call_next_button)
        self.right.addWidget(self.next_hint)
        self.right.addSpacing(6)
        self.right.addWidget(self.called_heading)
        self.right.addWidget(self.called_scroll, 1)
        self.right.addWidget(self.services_box)
        self.right_box = QWidget()
        self.right_box.setLayout(self.right)
        self.right_box.setMinimumWidth(360)
        self.right_box.installEventFilter(self)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.tabs, 11)
        body.addWidget(self.right_box, 9)

        # Bottom: what just happened, and (after a 401/403) a way to enter another token.
        self.status_line = QFrame()
        self.status_line.setObjectName("StatusLine")
        self.status_label = WrappingLabel()
        self.status_label.setObjectName("StatusText")
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pair_button = QPushButton()
        status_row = QHBoxLayout(self.status_line)
        status_row.setContentsMargins(16, 6, 16, 6)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.pair_button)

        column = QVBoxLayout(self)
        # The window's own minimum, not the sum of its parts': My services move into a tab when the
        # right column is too short for them, which the layout's minimum cannot know beforehand.
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(*MINIMUM_SIZE)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.inner = QVBoxLayout()
        self.inner.setContentsMargins(20, 12, 20, 12)
        self.inner.setSpacing(10)
        self.inner.addLayout(top)
        self.inner.addWidget(self.notice)
        self.inner.addWidget(self.banner)
        self.inner.addLayout(body, 1)
        column.addLayout(self.inner, 1)
        column.addWidget(self.status_line)

        self.call_next_button.clicked.connect(lambda: self.desk.call_next())
        self.services_button.clicked.connect(self.choose_services)
        self.pair_button.clicked.connect(lambda: self.pair())
        self.called.recall.connect(desk.recall)
        self.called.done.connect(desk.done)
        self.called.noShow.connect(desk.no_show)
        self.called.transfer.connect(desk.transfer)
        self.services_panel.callNext.connect(desk.call_next)
        self.services_panel.availability.connect(self._set_available)
        self.appointments.changed.connect(self._update_tabs)
        desk.changed.connect(self.refresh)
        desk.busyChanged.connect(lambda _busy: self._update_enabled())
        desk.onlineChanged.connect(lambda _online: self.refresh())
        desk.statusChanged.connect(self._show_status)

        self._theme: tuple | None = None
        self.narrow: bool | None = None
        self.short: bool | None = None
        self.apply_theme()
        self.translations.switch(self.lang)
        self.translateUI()
        self.refresh()
        # The window has the focus at first: no focus ring on a button nobody has reached yet.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()

    # -- look -----------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        shown = self.isVisible() or self.height() > 100
        height = self.height() if shown else 768
        width = self.width() if shown else 1366
        scale = scale_for(height)
        short = height < SHORT_HEIGHT
        self.arrange(narrow=width < NARROW_WIDTH, short=short)
        if self._theme is None or abs(scale - self._theme[0]) >= 0.01 or short != self._theme[1]:
            self._theme = (scale, short)
            self.setStyleSheet(stylesheet(scale, short))
            self.table.set_row_height(sizes(scale, short)["row_height"])
        self._fit_languages()  # once, with the words at their styled widths

    def arrange(self, *, narrow: bool, short: bool) -> None:
        """Fit the parts to the window: see the class's docstring."""
        if narrow != self.narrow:
            self.narrow = narrow
            self.called.set_compact(narrow)
            self.table.set_narrow(narrow)
            margin = 12 if narrow else 20
            self.inner.setContentsMargins(margin, 8 if narrow else 12, margin, 8 if narrow else 12)
        if short != self.short:
            self.short = short
            # Short: the next visitor is the list's first row; the hint moves into Call next's tooltip.
            self.next_hint.setVisible(not short)
        QTimer.singleShot(0, self, self._fit_services)

    def _fit_languages(self) -> None:
        """The language buttons stand beside the title while the title stays whole beside them (eight
        languages left "Kokoomo – staff console" cut at 1366 px); else, as in a narrow console, the
        languages are in Settings only (where they always are)."""
        if self.narrow is None:
            return  # not arranged yet
        beside = (self.title, self.services_button, self.settings_button, self.language_row)
        needs = sum(widget.sizeHint().width() for widget in beside) + 3 * self.top.spacing()
        margins = self.inner.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        self.language_row.setVisible(not self.narrow and needs <= room)

    def _right_needs(self) -> int:
        """The height the right column needs with My services in it and the first called card whole."""
        width = self.right_box.width()
        cards = self.called.cards
        first = cards[0] if cards else self.called.empty
        card = first.heightForWidth(width) if first.hasHeightForWidth() else -1
        card = max(card, first.sizeHint().height(), first.minimumSizeHint().height())
        hint = self.next_hint.heightForWidth(width) if self.next_hint.isVisibleTo(self) else 0
        parts = [self.call_next_button, self.called_heading, self.services_box]
        return sum(w.sizeHint().height() for w in parts) + max(hint, 0) + card + 6 + 5 * self.right.spacing()

    def _fit_services(self) -> None:
        """My services stay in the right column while Call next and the visitor with me fit whole
        above them; otherwise they become the third tab on the left."""
        in_tab = self.tabs.indexOf(self.services_box) >= 0
        fits = self._right_needs() <= self.right_box.height()
        if fits and in_tab:
            self.tabs.removeTab(self.tabs.indexOf(self.services_box))
            self.right.addWidget(self.services_box)
            self.services_heading.show()
            self.services_box.show()
        elif not fits and not in_tab:
            self.right.removeWidget(self.services_box)
            self.services_heading.hide()
            self.tabs.addTab(self.services_box, "")  # the tab widget shows it when its tab is chosen
        self._update_tabs()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.right_box and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_services)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_theme()

    # -- words ------------------------------------------------------------------------------------

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)

    def choose_language(self, lang: str) -> None:
        self.lang = lang
        self.setLayoutDirection(layout_direction(lang))
        self.settings.lang = lang
        self.translations.switch(lang)
        self.translateUI()

    def translateUI(self) -> None:
        lang = self.lang
        self.setWindowTitle(QCoreApplication.translate("Staff", "Kokoomo – staff console"))
        self.title.setText(QCoreApplication.translate("Staff", "Kokoomo – staff console"))
        self.services_button.setText(QCoreApplication.translate("Staff", "My services…"))
        self.settings_button.setText(QCoreApplication.translate("Staff", "Settings"))
        self.token_action.setText(QCoreApplication.translate("Staff", "Enter another staff token…"))
        for code, button in self.language_buttons.items():
            button.setProperty("current", "true" if code == lang else "false")
            button.style().unpolish(button)
            button.style().polish(button)
            self.language_actions[code].setChecked(code == lang)
        self._update_banner()
        self._fit_languages()  # the title's words changed
        self.call_next_button.setText(QCoreApplication.translate("Staff", "Call next"))
        self.called_heading.setText(QCoreApplication.translate("Staff", "With you now"))
        self.services_heading.setText(QCoreApplication.translate("Staff", "My services"))
        self.pair_button.setText(QCoreApplication.translate("Staff", "Enter a staff token…"))
        self.readable.set_lang(lang)
        self.called.translateUI(lang)
        self.services_panel.translateUI(lang)
        self.appointments_panel.translateUI(lang)
        self.notice.translateUI()
        self._update_words()

    def _update_banner(self) -> None:
        """Offline first (then nothing is known about saving), else the hub that cannot save."""
        if not self.desk.online:
            lines = (
                QCoreApplication.translate("Staff", "No connection to the hub – trying again…"),
                QCoreApplication.translate(
                    "Staff",
                    "You see the last known queue. The buttons work again when the connection is back.",
                ),
            )
        else:
            lines = (
                QCoreApplication.translate("Staff", "The hub cannot save: tickets cannot be given."),
                QCoreApplication.translate(
                    "Staff",
                    "Tell the centre's IT: the disk may be full. It works again by itself once fixed.",
                ),
            )
        self.banner.setText("\n".join(lines))
        # Not paired is no lost connection: the status line says what to do instead.
        paired = self.desk.live.paired
        self.banner.setVisible(paired and not (self.desk.online and self.desk.writes_ok))

    def _update_tabs(self) -> None:
        count = self.readable.rowCount()
        self.tabs.setTabText(0, QCoreApplication.translate("Staff", "Waiting: %1").replace("%1", str(count)))
        bookings = self.appointments.on_day(self.appointments.today)
        booked = [b for b in bookings if b.get("status") in ("booked", "checked_in")]
        appointments = QCoreApplication.translate("StaffAppointments", "Appointments")
        if booked:
            appointments = QCoreApplication.translate("StaffAppointments", "Appointments: %1").replace(
                "%1", str(len(booked))
            )
        self.tabs.setTabText(1, appointments)
        # Only a desk with a scheduled service has appointments; the tab is there once one is chosen.
        self.tabs.setTabVisible(1, bool(self.desk.scheduled_services()))
        index = self.tabs.indexOf(self.services_box)
        if index >= 0:
            self.tabs.setTabText(index, QCoreApplication.translate("Staff", "My services"))

    def _update_words(self) -> None:
        lang = self.lang
        self._update_tabs()
        ticket = self.desk.next_ticket()
        if ticket is None:
            hint = QCoreApplication.translate("Staff", "Nobody is waiting for your services.")
        else:
            hint = QCoreApplication.translate("Staff", "Next: %1 · %2 · waited %3").replace(
                "%1", ticket["number"]
            )
            hint = hint.replace("%2", self.desk.service_name(ticket["service"], lang))
            hint = hint.replace("%3", minutes_text(waited_minutes(ticket, self.now())))
        if not self.desk.services:
            hint = QCoreApplication.translate("Staff", "Choose your services first: My services…")
        self.next_hint.setText(hint)
        self.call_next_button.setToolTip(hint)
        self._show_status(self.desk.status, fresh=False)

    def _show_status(self, status: Status | None, fresh: bool = True) -> None:
        if status is not None and fresh:
            self._status_at = clock(self.now())
        if not self.desk.token:
            text = QCoreApplication.translate(
                "Staff", "This computer has no staff token yet: enter one to see the queue and call."
            )
            problem = True
        elif status is None:
            online = self.desk.online
            text = QCoreApplication.translate("Staff", "Connected to the hub.") if online else ""
            problem = False
        else:
            text = f"{self._status_at}  {status_text(self.desk, status, self.lang)}"
            problem = status.kind in PROBLEMS
        self.status_label.setText(text)
        self.pair_button.setVisible(not self.desk.token or (status is not None and status.kind == "token"))
        self.status_line.setProperty("kind", "problem" if problem else "")
        self.status_line.style().unpolish(self.status_line)
        self.status_line.style().polish(self.status_line)

    # -- state ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.waiting_model.set_services(self.desk.services)
        self._update_banner()
        self.called.refresh()
        self.services_panel.refresh()
        self._update_words()
        self._update_enabled()
        QTimer.singleShot(0, self, self._fit_services)
        if self._ask_services and not self.desk.services and self.desk.onsite_services():
            self._ask_services = False
            self.choose_services()

    def _update_enabled(self) -> None:
        can = self.desk.can_act
        self.call_next_button.setEnabled(can and bool(self.desk.services))
        self.called.set_enabled(can)
        self.services_panel.set_enabled(can)
        self.services_button.setEnabled(bool(self.desk.live.services()))
        self.appointments_panel.update_enabled()

    def _set_available(self, service: str, available: bool) -> None:
        if not self.desk.set_available(service, available):
            self.services_panel.refresh()

    def visible_buttons(self) -> list[QPushButton]:
        """Every button a person can see now (for the check that none is cut)."""
        return [b for b in self.findChildren(QPushButton) if b.isVisibleTo(self) and b.isVisible()]

    # -- dialogs ---------------------------------------------------------------------------------

    def choose_services(self) -> ServicesDialog:
        dialog = self.services_dialog = ServicesDialog(
            self.desk.live.services(), self.desk.services, self.lang, self
        )
        dialog.accepted.connect(lambda: self._services_chosen(dialog.chosen))
        dialog.open()
        return dialog

    def _services_chosen(self, ids: list[str]) -> None:
        self.settings.services = ids
        self.desk.set_services(ids)

    def pair(self, problem: str = "") -> PairingDialog:
        if self.pairing_dialog is not None and self.pairing_dialog.isVisible():
            return self.pairing_dialog
        dialog = self.pairing_dialog = PairingDialog(self.hub_url or self.desk.live.url, problem, self)
        dialog.accepted.connect(lambda: self._paired(dialog.token))
        dialog.open()
        return dialog

    def _paired(self, token: str) -> None:
        self.settings.remember_token(self.hub_url or self.desk.live.url, token)
        self.desk.set_token(token)
        self.desk.status = None
        self._show_status(None)
