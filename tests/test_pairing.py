"""`kiosk run --host 0.0.0.0`: the embedded hub on the LAN, and the lines that pair other machines with it."""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
import sys

import httpx
import pytest
from conftest import free_port

from kiosk.root import pairing
from kiosk.root.cli import main as kiosk
from kiosk.root.embedded import start_hub


def answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/health", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_pairing_lines_are_one_command_each_with_the_token_last():
    url, token, display_token = "http://192.168.1.23:8765", "s3cr3t-T0ken_x", "d1spl4y-T0ken_y"
    staff, display = pairing.pairing_lines(url, token, display_token)
    assert staff.split()[-1] == token and "kiosk staff --hub http://192.168.1.23:8765 --token" in staff
    assert display.split()[-1] == display_token and token not in display
    assert "kiosk display --hub http://192.168.1.23:8765 --token" in display


def test_urls_for_a_wildcard_bind_are_loopback_here_and_the_lan_address_elsewhere(monkeypatch):
    assert pairing.local_url("0.0.0.0", 8765) == "http://127.0.0.1:8765"
    assert pairing.local_url("::", 8765) == "http://[::1]:8765"
    assert pairing.local_url("192.168.1.23", 8765) == "http://192.168.1.23:8765"
    assert pairing.lan_url("192.168.1.23", 8765) == "http://192.168.1.23:8765"
    monkeypatch.setattr(pairing, "lan_address", lambda: "10.0.0.7")
    assert pairing.lan_url("0.0.0.0", 8765) == "http://10.0.0.7:8765"
    # No network address at all: the hostname, which the centre's DNS or mDNS may still resolve.
    monkeypatch.setattr(pairing, "lan_address", lambda: None)
    assert pairing.lan_url("0.0.0.0", 8765) == f"http://{socket.gethostname()}:8765"


def test_lan_address_is_an_address_of_this_machine_not_loopback():
    address = pairing.lan_address()
    if address is None:
        pytest.skip("this machine has no network address besides loopback")
    assert not ipaddress.IPv4Address(address).is_loopback
    with socket.socket() as sock:
        sock.bind((address, 0))  # only an address of one of this machine's interfaces can be bound


def test_loopback_hosts_are_told_apart_from_lan_ones():
    assert all(pairing.is_loopback(host) for host in ("127.0.0.1", "localhost", "::1"))
    assert not pairing.is_loopback("0.0.0.0") and not pairing.is_loopback("192.168.1.23")


def test_hub_bound_to_every_interface_answers_on_loopback_and_the_lan_and_pairs_a_staff_pc_and_tv(tmp_path):
    db = tmp_path / "lan.db"
    hub = start_hub(db, host="0.0.0.0")
    try:
        assert hub.url == f"http://127.0.0.1:{hub.port}" and answers(hub.url)
        paired = pairing.pair(db, "0.0.0.0", hub.port)  # what `kiosk run --host 0.0.0.0` prints
        lan = pairing.lan_address()
        if lan is not None:
            assert paired.url == f"http://{lan}:{hub.port}" and answers(paired.url)
        staff, display = paired.lines
        token, display_token = staff.split()[-1], display.split()[-1]
        assert f"--hub {paired.url} --token {token}" in staff
        assert f"--hub {paired.url} --token {display_token}" in display
        base = paired.url if lan is not None else hub.url
        call = httpx.post(
            f"{base}/api/services/greeter/call-next", headers={"Authorization": f"Bearer {token}"}, timeout=5
        )
        assert call.status_code == 204, "the printed token is a working staff token (nobody waits yet)"
        shown = httpx.get(
            f"{base}/api/queue", headers={"Authorization": f"Bearer {display_token}"}, timeout=5
        )
        assert shown.status_code == 200, "the printed display token reads the queue"
        assert httpx.get(f"{base}/api/queue", timeout=5).status_code == 401, "nobody reads it without one"
        again = pairing.pair(db, "0.0.0.0", hub.port)
        assert again.lines[0].split()[-1] != token, "every run prints a new token"
    finally:
        hub.stop()
    assert not answers(hub.url)


def left_by_a_crashed_kiosk(db) -> tuple[str, int]:
    """(url, pid) of a hub started on loopback by a kiosk process that then died without stopping it."""
    crashed = subprocess.run(
        [sys.executable, "-c", f"from kiosk.root.embedded import start_hub; import os; "
         f"h = start_hub({str(db)!r}); print(h.url, h.pid, flush=True); os._exit(1)"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    url, pid = crashed.stdout.split()
    assert answers(url)
    return url, int(pid)


def test_a_hub_left_on_loopback_is_replaced_when_the_next_run_asks_for_the_lan(tmp_path):
    db = tmp_path / "moved.db"
    url, pid = left_by_a_crashed_kiosk(db)
    hub = start_hub(db, host="0.0.0.0", watch=False)
    try:
        assert hub.pid != pid and not alive(pid) and not answers(url) and answers(hub.url)
        again = start_hub(db, host="0.0.0.0", watch=False)  # the same address: adopted, not doubled
        assert (again.pid, again.url) == (hub.pid, hub.url)
    finally:
        hub.stop()


def test_a_hub_left_on_another_port_is_replaced_when_a_port_is_asked_for(tmp_path):
    db = tmp_path / "port.db"
    url, pid = left_by_a_crashed_kiosk(db)
    wanted = free_port()
    hub = start_hub(db, port=wanted, watch=False)
    try:
        assert hub.port == wanted and hub.pid != pid and answers(hub.url) and not answers(url)
    finally:
        hub.stop()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--hub", "http://127.0.0.1:1", "--token", "t", "--host", "0.0.0.0"], "not with --hub"),
        (["--port", "70000"], "not a port number"),
    ],
)
def test_run_refuses_bad_host_or_port_before_opening_anything(tmp_path, capsys, argv, message):
    assert kiosk(["run", "--db", str(tmp_path / "x.db"), *argv]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
