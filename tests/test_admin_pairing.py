"""Only a paired device (any valid token) or the hub machine (loopback) may try the admin PIN, so
nobody else on the LAN can keep the admin locked out; a token holder's wrong tries still lock.

The rule for other machines is tested at the ASGI level (httpx.ASGITransport with a fake LAN client
address, the hub's own app and database) and by the address predicate; the test hubs themselves
listen on 127.0.0.1 only, so over real HTTP they show the loopback half of the rule."""

from __future__ import annotations

import asyncio
import io
import sys

import httpx
import pytest
from conftest import running_clock

from kiosk.root.cli import main
from kiosk.server import store, tokens
from kiosk.server.hub.app import create_app
from kiosk.server.hub.auth import is_loopback

PIN = "739215"
LAN_CLIENT = ("192.168.1.50", 1234)


def set_pin(db_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PIN + "\n"))
    assert main(["admin", "--set-pin", "--pin-stdin", "--db", str(db_path)]) == 0


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("127.4.5.6", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("192.168.1.50", False),
        ("10.0.0.1", False),
        ("::ffff:192.168.1.50", False),
        ("fe80::1", False),
        ("localhost", False),  # a name is not an address the hub saw
        ("testclient", False),
        ("", False),
        (None, False),
    ],
)
def test_only_loopback_addresses_are_the_hub_machine(host, local):
    assert is_loopback(host) is local


def tries(app, client_address, calls: list[tuple[str | None, str]]) -> list[tuple[int, str, object]]:
    """Send each (token or None, pin) from `client_address` to the hub app in one ASGI session;
    (status, error, tries_left or retry_after_seconds) each."""

    async def run():
        transport = httpx.ASGITransport(app=app, client=client_address)
        async with httpx.AsyncClient(transport=transport, base_url="http://hub") as client:
            answers = []
            for token, pin in calls:
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                reply = await client.post("/api/admin/session", json={"pin": pin}, headers=headers)
                body = reply.json()
                extra = body.get("tries_left", body.get("retry_after_seconds"))
                answers.append((reply.status_code, body.get("error", "ok"), extra))
            return answers

    return asyncio.run(run())


@pytest.fixture
def lan_app(tmp_path, monkeypatch):
    """The hub's app over its own database with a PIN and a token of each role; closed after."""
    db_path = tmp_path / "hub.db"
    set_pin(db_path, monkeypatch)
    db = store.open_db(db_path)
    made = {role: tokens.add_token(db, role) for role in tokens.ROLES}
    db.conn.close()
    app = create_app(db_path, clock=running_clock())
    app.tokens = made
    yield app
    app.state.hub.close()


def test_a_lan_client_without_a_valid_token_gets_401_and_it_is_no_try(lan_app):
    nobody = [(None, "0000")] * 12 + [("not-a-token", "0000")] * 12
    answers = tries(lan_app, LAN_CLIENT, nobody)
    assert answers[:12] == [(401, "no_token", None)] * 12
    assert answers[12:] == [(401, "unknown_token", None)] * 12
    # None of those 24 counted: a paired device still has all five tries, and the right PIN works.
    staff = lan_app.tokens["staff"]
    assert tries(lan_app, LAN_CLIENT, [(staff, "0000"), (staff, PIN)]) == [
        (401, "wrong_pin", 4),
        (201, "ok", None),
    ]


@pytest.mark.parametrize("role", ["kiosk", "display", "staff", "admin"])
def test_a_paired_device_of_any_role_may_try_and_its_wrong_tries_lock(lan_app, role):
    token = lan_app.tokens[role]
    answers = tries(lan_app, LAN_CLIENT, [(token, "0000")] * 5 + [(token, PIN), (None, PIN)])
    assert answers[:4] == [(401, "wrong_pin", n) for n in (4, 3, 2, 1)]
    assert answers[4] == (429, "locked", 30)
    assert answers[5] == (429, "locked", 30)  # locked: the right PIN waits too
    assert answers[6] == (401, "no_token", None)  # and a stranger is still refused before the lock


@pytest.fixture
def admin_hub(make_hub, tmp_path, monkeypatch):
    db_path = tmp_path / "admin.db"
    set_pin(db_path, monkeypatch)
    return make_hub(db_path=db_path)


def login(server, pin: str, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(f"{server.url}/api/admin/session", json={"pin": pin}, headers=headers, timeout=10)


@pytest.mark.hub
def test_on_the_hub_machine_the_pin_needs_no_token(admin_hub):
    wrong = login(admin_hub, "0000")
    assert (wrong.status_code, wrong.json()["tries_left"]) == (401, 4)
    # A stale token (revoked, or of another hub) does not stop the admin at the hub machine either.
    stale = login(admin_hub, "0000", token="revoked-long-ago")
    assert (stale.status_code, stale.json()["tries_left"]) == (401, 3)
    right = login(admin_hub, PIN)
    assert right.status_code == 201, right.text


@pytest.mark.hub
def test_over_http_a_token_holders_wrong_tries_lock_and_its_id_is_logged(admin_hub, caplog):
    kiosk = admin_hub.tokens["kiosk"]
    answers = [login(admin_hub, "0000", token=kiosk).status_code for _ in range(5)]
    assert answers == [401, 401, 401, 401, 429]
    assert login(admin_hub, PIN).status_code == 429  # the lock holds for the hub machine too
    assert f"admin PIN refused (wrong_pin) from token {tokens.token_id(kiosk)} (kiosk)" in caplog.text
    assert kiosk not in caplog.text


def test_kiosk_token_revoke_refuses_the_device_from_its_next_call(admin_hub, capsys):
    kiosk = admin_hub.tokens["kiosk"]
    assert main(["token", "list", "--db", str(admin_hub.db_path)]) == 0
    listed = capsys.readouterr().out
    assert f"{tokens.token_id(kiosk)}  kiosk" in listed
    assert listed.count("\n") == 4  # one line per token: kiosk, display, staff, admin
    assert main(["token", "revoke", "--db", str(admin_hub.db_path), tokens.token_id(kiosk)]) == 0
    assert capsys.readouterr().out.startswith(f"revoked: {tokens.token_id(kiosk)}  kiosk")
    refused = httpx.post(
        f"{admin_hub.url}/api/notices",
        json={"kind": "printer", "message": "test"},
        headers={"Authorization": f"Bearer {kiosk}"},
    )
    assert (refused.status_code, refused.json()["error"]) == (401, "unknown_token")
    # An id that names no token, or is too short to name one surely, revokes nothing.
    assert main(["token", "revoke", "--db", str(admin_hub.db_path), tokens.token_id(kiosk)]) == 1
    assert main(["token", "revoke", "--db", str(admin_hub.db_path), "abc"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"0 tokens have an id starting {tokens.token_id(kiosk)!r}: nothing was revoked",
        "'abc' is not a token id: give the id kiosk token list shows",
    ]
