"""What a stranger on the LAN can cost the hub (kiosk/server/hub/guard.py, kiosk/server/hub/server.py,
the feed's limits): raw sockets and real clients against a real hub on loopback."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import uuid

import httpx
import pytest
from conftest import free_port, lan_address, ticket_count
from websockets.exceptions import InvalidStatus

from kiosk.root.cli import main as kiosk
from kiosk.server.hub.events import REPLAY_MAX
from kiosk.server.hub.guard import MAX_BODY
from kiosk.server.hub.pace import Pace

pytestmark = pytest.mark.hub

FIFTY_MB = 50 * 1024 * 1024


def raw(hub, head: str, body: bytes = b"") -> socket.socket:
    """A connection that has sent `head` (and `body`), nothing more."""
    sock = socket.create_connection(("127.0.0.1", hub.port), timeout=5)
    sock.sendall(head.encode() + body)
    return sock


def answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of the one answer on `sock`, read until the hub closes it."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    headers = {name.lower(): value for name, value in (line.split(": ", 1) for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def post_head(hub, length: int, token: str | None = None, path: str = "/api/visits") -> str:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (
        f"POST {path} HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n{auth}"
        f"Content-Length: {length}\r\n\r\n"
    )


def test_a_write_without_a_known_token_is_refused_before_its_body_is_read(hub):
    for token in (None, "guess"):
        sock = raw(hub, post_head(hub, 100_000, token), b'{"lang": "fi"')  # 100 kB announced, 13 sent
        started = time.monotonic()
        status, headers, body = answer(sock)  # the hub answers and closes without waiting for the rest
        sock.close()
        assert status == 401 and headers["connection"] == "close" and headers["www-authenticate"] == "Bearer"
        assert json.loads(body)["error"] == ("no_token" if token is None else "unknown_token")
        assert time.monotonic() - started < 2
    assert ticket_count(hub.db_path) == 0


def test_a_body_announced_over_a_megabyte_is_refused_unread(hub):
    for token in (hub.token, None):
        sock = raw(hub, post_head(hub, FIFTY_MB if token is None else MAX_BODY + 1, token), b"{")
        status, headers, body = answer(sock)
        sock.close()
        assert status == 413 and headers["connection"] == "close"
        assert json.loads(body) == {
            "error": "too_large",
            "message": f"the body is larger than {MAX_BODY} bytes; nothing was read or changed",
            "where": "body",
        }


def test_a_body_sent_without_a_length_is_refused_once_it_passes_a_megabyte(hub):
    sent = 0

    def chunks():
        nonlocal sent
        for _ in range(50):  # 5 MB, never whole in the hub
            sent += 100_000
            yield b" " * 100_000

    reply = httpx.post(f"{hub.url}/api/visits", content=chunks(), headers=hub.auth("kiosk"), timeout=10)
    assert reply.status_code == 413 and reply.json()["error"] == "too_large"
    assert ticket_count(hub.db_path) == 0


def test_a_bad_length_is_refused(hub):
    sock = raw(hub, post_head(hub, 0, hub.token).replace("Content-Length: 0", "Content-Length: lots"))
    status, _headers, _body = answer(sock)
    sock.close()
    assert status == 400


def test_a_read_that_announces_a_body_is_refused_at_once(hub):
    """A GET with a body it then sends a byte a second held its connection until the body was whole."""
    for framing, start in (("Content-Length: 1000", b"x"), ("Transfer-Encoding: chunked", b"3e8\r\nx")):
        sock = raw(hub, f"GET /api/health HTTP/1.1\r\nHost: hub\r\n{framing}\r\n\r\n", start)
        started = time.monotonic()
        status, headers, body = answer(sock)
        sock.close()
        assert status == 400 and headers["connection"] == "close", framing
        assert json.loads(body)["error"] == "body_not_allowed"
        assert time.monotonic() - started < 2
    empty = raw(
        hub, "GET /api/health HTTP/1.1\r\nHost: hub\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    assert answer(empty)[0] == 200  # an empty body announced is no body
    empty.close()


def test_a_half_sent_request_is_closed_after_the_head_time(make_hub):
    hub = make_hub(head_seconds=1.0)
    started = time.monotonic()
    sock = raw(hub, "GET /api/health HTTP/1.1\r\nHost: hub\r\n")  # and never the blank line
    assert sock.recv(1) == b""  # closed by the hub, no answer
    waited = time.monotonic() - started
    sock.close()
    assert 0.9 <= waited < 4
    silent = raw(hub, "")  # a connection that sends nothing at all
    assert silent.recv(1) == b""
    silent.close()
    # A whole request is answered as ever.
    assert httpx.get(f"{hub.url}/api/health", timeout=5).status_code == 200


def test_one_lan_address_holds_only_so_many_connections(make_hub):
    """510 half-sent requests from one phone made every kiosk's ticket a 503 (the global limit); now
    that address's connections past its share are closed as they open, and the others are served."""
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    hub = make_hub(host=address, per_client=3)
    held = [socket.create_connection((address, hub.port), timeout=5) for _ in range(3)]
    for sock in held:
        sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: hub\r\n")  # half a head: held open
    extra = socket.create_connection((address, hub.port), timeout=5)
    assert extra.recv(1) == b""  # closed by the hub at once, no answer
    extra.close()
    for sock in held:
        sock.close()
    # Once they close, the address has its share again (the hub counts them down as it sees them go).
    deadline = time.monotonic() + 5
    while True:
        try:
            assert httpx.get(f"http://{address}:{hub.port}/api/health", timeout=5).status_code == 200
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline, "the address never got its connections back"
    for _ in range(20):
        assert httpx.get(f"http://{address}:{hub.port}/api/health", timeout=5).status_code == 200


def test_one_lan_address_is_paced(make_hub, qtbot):
    """A laptop asking for open reads as fast as it could slowed every kiosk's ticket 18-fold; now an
    address past its bucket is told to wait (429, Retry-After), cheaply, before anything is read, and
    its next connections are closed unread until the bucket fills again."""
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    hub = make_hub(host=address, pace=(0.5, 10))
    lan = f"http://{address}:{hub.port}"
    with httpx.Client(timeout=5) as device:  # one kept-alive connection, as a browser's
        answers = [device.get(f"{lan}/api/health") for _ in range(11)]
    assert [a.status_code for a in answers[:10]] == [200] * 10
    refused = answers[10]
    assert refused.status_code == 429 and refused.json()["error"] == "too_many_requests"
    assert int(refused.headers["retry-after"]) == refused.json()["retry_after_seconds"] in (1, 2)
    # While it has nothing left, its new connections are closed as they open: no request is parsed.
    sock = socket.create_connection((address, hub.port), timeout=5)
    sock.sendall(b"GET /api/health HTTP/1.1\r\nHost: hub\r\n\r\n")
    with contextlib.suppress(ConnectionResetError):
        assert sock.recv(1) == b""
    sock.close()

    # The bucket fills again at its pace: one more request within two seconds.
    def served() -> bool:
        try:
            return httpx.get(f"{lan}/api/health", timeout=5).status_code == 200
        except httpx.TransportError:  # closed as it opened: still spent
            return False

    qtbot.waitUntil(served, timeout=5000)


def test_kiosk_hub_takes_its_pace_from_the_command_line(tmp_path, qtbot):
    """Phones behind NAT all come from one address: `kiosk hub --pace` (KOKOOMO_HUB_ARGS) sets it."""
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    port = free_port()
    command = [sys.executable, "-m", "kiosk", "hub", "--db", str(tmp_path / "hub.db")]
    hub = subprocess.Popen(
        [*command, "--host", address, "--port", str(port), "--pace", "0.2/3"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        lan = f"http://{address}:{port}/api/health"

        def started() -> bool:
            try:
                return httpx.get(lan, timeout=2).status_code == 200  # the first of its 3
            except httpx.TransportError:
                return False

        qtbot.waitUntil(started, timeout=20_000)
        with httpx.Client(timeout=5) as device:
            assert [device.get(lan).status_code for _ in range(3)] == [200, 200, 429]
    finally:
        hub.terminate()
        hub.wait(10)


@pytest.mark.parametrize("bad", ["fast", "0", "20/10", "-1/5", "5/x"])
def test_a_bad_pace_is_refused_before_the_hub_opens_anything(tmp_path, capsys, bad):
    with pytest.raises(SystemExit) as exit_:
        kiosk(["hub", "--db", str(tmp_path / "x.db"), "--pace", bad])
    assert exit_.value.code == 2 and "--pace" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_a_burst_then_the_pace(qtbot):
    """The bucket itself, on a clock of its own: `burst` at once, then `per_second`; addresses apart."""
    pace = Pace(per_second=2, burst=3)
    assert [pace.wait("10.0.0.5", 100.0) for _ in range(3)] == [0, 0, 0]
    assert pace.wait("10.0.0.5", 100.0) == pytest.approx(0.5)
    assert pace.wait("10.0.0.6", 100.0) == 0  # another device has its own
    assert pace.wait("10.0.0.5", 100.25) == pytest.approx(0.25)  # a refused try costs nothing
    assert pace.wait("10.0.0.5", 100.5) == 0
    assert pace.wait("10.0.0.5", 100.5) > 0
    assert [pace.wait("10.0.0.5", 200.0) for _ in range(3)] == [0, 0, 0]  # full again, never more


def test_the_admin_pin_from_the_hub_machine_needs_no_token_at_the_door(hub):
    # Loopback is the hub machine: the PIN route itself decides (here: no PIN set yet).
    reply = httpx.post(f"{hub.url}/api/admin/session", json={"pin": "1234", "name": "x"}, timeout=10)
    assert reply.status_code != 401


def test_feeds_from_one_address_are_capped(make_hub, qtbot):
    hub = make_hub(feeds_per_client=3)
    with contextlib.ExitStack() as stack:
        held = [stack.enter_context(hub.feed(10_000_000, role)) for role in ("display", "staff", "kiosk")]
        for ws in held:
            assert json.loads(ws.recv(timeout=5))["type"] == "reset"
        with pytest.raises(InvalidStatus) as refused, hub.feed(10_000_000, "admin"):
            pass
        assert refused.value.response.status_code == 403
        held.pop().close()

        def opens() -> bool:
            try:
                with hub.feed(10_000_000, "admin") as again:
                    return json.loads(again.recv(timeout=5))["type"] == "reset"
            except InvalidStatus:
                return False

        # A slot given back is a slot to take (the hub notices the close a moment later).
        qtbot.waitUntil(opens, timeout=5000)


def test_a_replay_is_capped_and_a_client_further_behind_gets_a_reset(hub):
    with httpx.Client(base_url=hub.url, headers=hub.auth("kiosk"), timeout=10) as kiosk:
        for _ in range(REPLAY_MAX + 20):
            body = {"lang": "fi", "answers": {"need": "talk"}, "key": str(uuid.uuid4())}
            assert kiosk.post("/api/visits", json=body).status_code == 201
    last = REPLAY_MAX + 21  # routing.published, then one ticket.created per visit
    with hub.feed(0) as ws:
        first = json.loads(ws.recv(timeout=5))
    assert first["type"] == "reset" and first["seq"] == last
    assert len(first["snapshot"]["tickets"]) == REPLAY_MAX + 20
    with hub.feed(last - REPLAY_MAX) as ws:
        replayed = [json.loads(ws.recv(timeout=5)) for _ in range(REPLAY_MAX)]
    assert [m["seq"] for m in replayed] == list(range(last - REPLAY_MAX + 1, last + 1))


def test_a_refused_body_still_arriving_in_pieces_hears_the_refusal(hub):
    """Qt sends a body in pieces: an admin whose session had ended pressed Publish, and the hub closed
    the connection under the rest of the routing (broken pipe), so the console said the hub did not
    answer instead of "your session has ended"."""
    body = b'{"note": "n", "routing": "' + b"x" * 40_000 + b'"}'
    for token in (None, "guess"):
        sock = raw(hub, post_head(hub, len(body), token, "/api/routing"))
        for start in range(0, len(body), 10_000):
            time.sleep(0.05)  # each piece after the hub has had time to answer the head
            sock.sendall(body[start : start + 10_000])
        status, headers, reply = answer(sock)
        sock.close()
        assert status == 401 and headers["connection"] == "close"
        assert json.loads(reply)["error"] == ("no_token" if token is None else "unknown_token")
