"""StaffWindow: the console a specialist keeps open all day: who waits, Call next, who is with me, away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.live_model import WaitingTickets
from screens.common.i18n import Translations
from screens.common.language import autonym
from screens.staff.called import CalledPanel
from screens.staff.desk import Desk, Status, waited_minutes
from screens.staff.dialogs import PairingDialog, ServicesDialog
from screens.staff.services_panel import ServicesPanel
from screens.staff.settings import LANGUAGES, StaffSettings
from screens.staff.style import scale_for, sizes, stylesheet
from screens.staff.table import ReadableTickets, WaitingView, minutes_text

PROBLEMS = ("refused", "token", "unreachable", "failed")


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
    }.get(status.kind, "")
    return words.replace("%1", status.number).replace("%2", service).replace("%3", status.detail)


class StaffWindow(QWidget):
    """Shows a Desk; every button goes to the Desk, which refuses while offline or while a request is out."""

    def __init__(
        self,
        desk: Desk,
        settings: StaffSettings,
        translations: Translations | None = None,
        *,
        hub_url: str = "",
        now: Callable[[], datetime] | None = None,
        ask_services: bool = True,
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

        self.waiting_model = WaitingTickets(desk.live, desk.services, self)
        self.readable = ReadableTickets(desk, self.waiting_model, self.now, self)

        # Top: who I am, my services, the token, the language.
        self.title = _label("heading", wrap=False)
        self.services_button = QPushButton()
        self.settings_button = QPushButton()
        self.settings_menu = QMenu(self.settings_button)
        self.token_action = self.settings_menu.addAction("")
        self.token_action.triggered.connect(lambda: self.pair())
        self.settings_button.setMenu(self.settings_menu)
        self.language_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.services_button)
        top.addWidget(self.settings_button)
        top.addSpacing(16)
        for lang in LANGUAGES:
            button = QPushButton(autonym(lang))
            button.setProperty("role", "lang")
            button.clicked.connect(lambda _=False, chosen=lang: self.choose_language(chosen))
            self.language_buttons[lang] = button
            top.addWidget(button)

        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName("Banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # Left: who waits.
        self.waiting_heading = _label("heading")
        self.table = WaitingView(self.readable)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.waiting_heading)
        left.addWidget(self.table, 1)

        # Right: the next step first (Call next), then who is with me, then my services.
        self.call_next_button = QPushButton()
        self.call_next_button.setProperty("role", "primary")
        self.call_next_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.next_hint = _label()
        self.called_heading = _label("heading")
        self.called = CalledPanel(desk)
        self.called_scroll = QScrollArea()
        self.called_scroll.setWidgetResizable(True)
        self.called_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.called_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.called_scroll.setWidget(self.called)
        self.services_heading = _label("heading")
        self.services_panel = ServicesPanel(desk)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.call_next_button)
        right.addWidget(self.next_hint)
        right.addSpacing(6)
        right.addWidget(self.called_heading)
        right.addWidget(self.called_scroll, 1)
        right.addWidget(self.services_heading)
        right.addWidget(self.services_panel)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setMinimumWidth(480)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 11)
        body.addWidget(right_box, 9)

        # Bottom: what just happened, and (after a 401/403) a way to enter another token.
        self.status_line = QFrame()
        self.status_line.setObjectName("StatusLine")
        self.status_label = QLabel(wordWrap=True)
        self.status_label.setObjectName("StatusText")
        self.pair_button = QPushButton()
        status_row = QHBoxLayout(self.status_line)
        status_row.setContentsMargins(16, 6, 16, 6)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.pair_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        inner = QVBoxLayout()
        inner.setContentsMargins(20, 12, 20, 12)
        inner.setSpacing(10)
        inner.addLayout(top)
        inner.addWidget(self.banner)
        inner.addLayout(body, 1)
        column.addLayout(inner, 1)
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
        desk.changed.connect(self.refresh)
        desk.busyChanged.connect(lambda _busy: self._update_enabled())
        desk.onlineChanged.connect(lambda _online: self.refresh())
        desk.statusChanged.connect(self._show_status)

        self._theme = 0.0
        self.apply_theme()
        self.translations.switch(self.lang)
        self.translateUI()
        self.refresh()
        # The window has the focus at first: no focus ring on a button nobody has reached yet.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()

    # -- look -----------------------------------------------------------------------------------

    def apply_theme(self) -> None:
        scale = scale_for(self.height() if self.isVisible() or self.height() > 100 else 768)
        if abs(scale - self._theme) < 0.01:
            return
        self._theme = scale
        self.setStyleSheet(stylesheet(scale))
        self.table.set_row_height(sizes(scale)["row_height"])

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
        self.banner.setText(
            QCoreApplication.translate("Staff", "No connection to the hub – trying again…")
            + "\n"
            + QCoreApplication.translate(
                "Staff", "You see the last known queue. The buttons work again when the connection is back."
            )
        )
        self.call_next_button.setText(QCoreApplication.translate("Staff", "Call next"))
        self.called_heading.setText(QCoreApplication.translate("Staff", "With you now"))
        self.services_heading.setText(QCoreApplication.translate("Staff", "My services"))
        self.pair_button.setText(QCoreApplication.translate("Staff", "Enter a staff token…"))
        self.readable.set_lang(lang)
        self.called.translateUI(lang)
        self.services_panel.translateUI(lang)
        self._update_words()

    def _update_words(self) -> None:
        lang = self.lang
        count = self.readable.rowCount()
        self.waiting_heading.setText(
            QCoreApplication.translate("Staff", "Waiting for my services: %1").replace("%1", str(count))
        )
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
        self._show_status(self.desk.status, fresh=False)

    def _show_status(self, status: Status | None, fresh: bool = True) -> None:
        if status is not None and fresh:
            self._status_at = self.now().strftime("%H:%M")
        if not self.desk.token:
            text = QCoreApplication.translate(
                "Staff", "This computer has no staff token yet: you can see the queue but not call."
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
        self.banner.setVisible(not self.desk.online)
        self.called.refresh()
        self.services_panel.refresh()
        self._update_words()
        self._update_enabled()
        if self._ask_services and not self.desk.services and self.desk.onsite_services():
            self._ask_services = False
            self.choose_services()

    def _update_enabled(self) -> None:
        can = self.desk.can_act
        self.call_next_button.setEnabled(can and bool(self.desk.services))
        self.called.set_enabled(can)
        self.services_panel.set_enabled(can)
        self.services_button.setEnabled(bool(self.desk.live.services()))

    def _set_available(self, service: str, available: bool) -> None:
        if not self.desk.set_available(service, available):
            self.services_panel.refresh()

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
