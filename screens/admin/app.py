"""The admin screens as an application: `main(hub_url, token)` asks for the PIN, then opens the admin
window.

`AdminOpener` is the same without an event loop of its own: the kiosk's hidden gesture
(screens/visitor/admin_gesture.py) opens the admin over the running kiosk with it.

`token` is this PC's hub token (any role), sent with the PIN: the hub lets only a paired device, or
the hub machine itself, try the PIN. Without one, the staff console's saved token for that hub is used.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.client.admin_client import AdminClient
from kiosk.core.routing import Centre, Routing
from screens.admin.draft import Draft
from screens.admin.pin_dialog import PinDialog
from screens.admin.session import AdminSession
from screens.admin.style import stylesheet
from screens.admin.window import WINDOW_SIZE, AdminWindow
from screens.admin.words import AdminWords, admin_languages
from screens.common.collector import GuiThreadCollector
from screens.common.stopping import quit_on_signals
from screens.staff.settings import StaffSettings


def _nothing_yet() -> Routing:
    """The draft until the hub's routing arrives (a moment after the window opens)."""
    return Routing(centre=Centre(name={}), languages=admin_languages(), start="", fallback="")


class AdminOpener(QObject):
    """Owns the client, the session and (once the PIN is right) the window; `window` is None before."""

    def __init__(self, hub_url: str, lang: str = "fi", parent: QObject | None = None, *, token: str = ""):
        super().__init__(parent)
        self.words = AdminWords(lang, self)
        self.client = AdminClient(hub_url, self, pairing=token)
        self.session = AdminSession(self.client, self)
        self.window: AdminWindow | None = None
        self.dialog: PinDialog | None = None

    def ask_pin(self, parent=None) -> PinDialog:
        """The PIN dialog, shown (not modal to the kiosk); the window opens when the hub says yes."""
        self.dialog = PinDialog(self.session, self.words, parent)
        self.dialog.setStyleSheet(stylesheet())
        self.dialog.accepted.connect(self.open_window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def open_window(self) -> AdminWindow:
        self.window = AdminWindow(Draft(_nothing_yet()), self.words, self.client, name=self.session.name)
        self.window.resize(*WINDOW_SIZE)
        self.window.closing.connect(self.session.log_out)
        self.window.load_from_hub()
        self.window.show()
        self.window.raise_()
        return self.window


def pairing_token(hub_url: str, token: str = "", settings: StaffSettings | None = None) -> str:
    """The token to send with the PIN: `token` when given, else the staff console's saved one for this
    hub (a staff PC is paired already), else "" (enough on the hub machine itself)."""
    return token or (settings or StaffSettings()).token_for(hub_url)


def main(hub_url: str, token: str = "", lang: str = "fi") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Kokoomo Kiosk admin")
    quit_on_signals(app)
    GuiThreadCollector(app)
    opener = AdminOpener(hub_url, lang, token=pairing_token(hub_url, token))
    dialog = opener.ask_pin()
    if dialog.exec() != QDialog.DialogCode.Accepted or opener.window is None:
        return 1
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
