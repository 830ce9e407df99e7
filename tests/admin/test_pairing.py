"""The admin window from a PC that is not the hub machine: without a hub token the PIN dialog says
plainly that this PC is not paired (and the hub counts no try); with one (given, or the staff
console's saved one for that hub) the PIN works. On a real hub listening on this machine's own LAN
address, so its requests come from a non-loopback address as another PC's would."""

from __future__ import annotations

import io
import sys

import httpx
import pytest
from conftest import lan_address
from PySide6.QtCore import QSettings

from kiosk.root.cli import main as kiosk_cli
from kiosk.server import tokens
from screens.admin.app import AdminOpener, pairing_token
from screens.staff.settings import StaffSettings

from .conftest import click

pytestmark = pytest.mark.hub

PIN = "582047"
NOT_PAIRED = {
    "en": "This PC is not paired with the hub. Start the admin with a token from the hub machine:",
    "fi": "Tätä tietokonetta ei ole liitetty keskuskoneeseen. Käynnistä ylläpito keskuskoneelta saadulla"
    " tunnisteella:",
    "sv": "Den här datorn är inte kopplad till huvuddatorn. Starta administrationen med en nyckel från"
    " huvuddatorn:",
}


def not_paired(lang: str, url: str) -> str:
    """The words, then the command to type on a line of its own, with this hub's address."""
    return f"{NOT_PAIRED[lang]}\nkiosk admin --hub {url} --token T"


@pytest.fixture
def lan_hub(make_hub, tmp_path, monkeypatch):
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no address but loopback: no other-PC client can be made")
    db_path = tmp_path / "admin.db"
    monkeypatch.setattr(sys, "stdin", io.StringIO(PIN + "\n"))
    assert kiosk_cli(["admin", "--set-pin", "--pin-stdin", "--db", str(db_path)]) == 0
    return make_hub(db_path=db_path, host=address)


@pytest.fixture
def opener(qtbot):
    made: list[AdminOpener] = []

    def make(url: str, lang: str = "en", token: str = "") -> AdminOpener:
        opener = AdminOpener(url, lang, token=token)
        made.append(opener)
        return opener

    yield make
    for opener in made:
        if opener.window is not None:
            opener.window.draft.dirty = False
            opener.window.close()
            opener.window.deleteLater()
        if opener.dialog is not None:
            opener.dialog.close()


def tap_pin(qtbot, dialog, pin: str) -> None:
    for digit in pin:
        click(qtbot, dialog.digit_buttons[digit])
    click(qtbot, dialog.ok)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_pc_without_a_token_is_told_it_is_not_paired_and_no_try_is_counted(qtbot, lan_hub, opener, lang):
    dialog = opener(lan_hub.url, lang).ask_pin()
    for _ in range(6):  # more than the five tries before a lock
        tap_pin(qtbot, dialog, PIN)
        qtbot.waitUntil(lambda: dialog.message.text() == not_paired(lang, lan_hub.url))
        assert dialog.ok.isEnabled() is False  # the PIN field was cleared; nothing is locked
        assert dialog.locked_for == 0
    # Nothing was counted: a paired device still has its five tries.
    staff = {"Authorization": f"Bearer {lan_hub.tokens['staff']}"}
    reply = httpx.post(f"{lan_hub.url}/api/admin/session", json={"pin": "0000"}, headers=staff, timeout=10)
    assert reply.json()["tries_left"] == 4


def test_with_the_staff_consoles_saved_token_the_pin_opens_the_admin(qtbot, lan_hub, opener, tmp_path):
    settings = StaffSettings(QSettings(str(tmp_path / "staff.ini"), QSettings.Format.IniFormat))
    assert pairing_token(lan_hub.url, "", settings) == ""
    settings.remember_token(lan_hub.url + "/", lan_hub.tokens["staff"])
    assert pairing_token(lan_hub.url, "", settings) == lan_hub.tokens["staff"]
    assert pairing_token(lan_hub.url, "given", settings) == "given"  # --token wins
    assert pairing_token("http://another:8765", "", settings) == ""  # a token belongs to its hub
    an_opener = opener(lan_hub.url, token=pairing_token(lan_hub.url, "", settings))
    dialog = an_opener.ask_pin()
    tap_pin(qtbot, dialog, "1111")
    qtbot.waitUntil(lambda: "Tries left: 4." in dialog.message.text())
    tap_pin(qtbot, dialog, PIN)
    # The hub's routing loaded: a version (a bare `and` would hand waitUntil None, which it takes as done).
    opened = lambda: bool(an_opener.window and an_opener.window.draft.version is not None)  # noqa: E731
    qtbot.waitUntil(opened, timeout=10_000)
    # The window works with the session from then on; logging out leaves the pairing token alone.
    assert an_opener.client.token != lan_hub.tokens["staff"]
    an_opener.session.log_out()
    assert an_opener.client.pairing == lan_hub.tokens["staff"]


def test_a_revoked_token_is_not_paired_any_more(qtbot, lan_hub, opener):
    kiosk = lan_hub.tokens["kiosk"]
    dialog = opener(lan_hub.url, token=kiosk).ask_pin()
    tap_pin(qtbot, dialog, "1111")
    qtbot.waitUntil(lambda: "Tries left: 4." in dialog.message.text())
    assert kiosk_cli(["token", "revoke", "--db", str(lan_hub.db_path), tokens.token_id(kiosk)]) == 0
    tap_pin(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: dialog.message.text() == not_paired("en", lan_hub.url))
    # The command fits on one line of the message: the dialog widened for it.
    command = dialog.message.text().splitlines()[-1]
    room = dialog.message.contentsRect().width() - 2 * dialog.message.margin()
    assert dialog.message.fontMetrics().horizontalAdvance(command) <= room
