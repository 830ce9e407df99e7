"""Admin: the PIN (scrypt hash, lock-out kept across restarts), sessions that end, and publishing,
listing, diffing and going back to routing versions, through a real hub."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import subprocess
import sys
from datetime import datetime, timedelta

import httpx
import pytest
from conftest import running_clock

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import check, read
from kiosk.root.cli import main
from kiosk.server import store

pytestmark = pytest.mark.hub

PIN = "739215"


class MovableClock:
    """The hub's clock, running on with real time, that a test can move forward."""

    def __init__(self) -> None:
        self.running = running_clock()
        self.shift = timedelta()

    def __call__(self) -> datetime:
        return self.running() + self.shift

    def move(self, **amount) -> None:
        self.shift += timedelta(**amount)


def set_pin(db_path, pin=PIN, monkeypatch=None) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
    return main(["admin", "--set-pin", "--pin-stdin", "--db", str(db_path)])


@pytest.fixture
def clock():
    return MovableClock()


@pytest.fixture
def admin_hub(make_hub, clock, tmp_path, monkeypatch):
    db_path = tmp_path / "admin.db"
    assert set_pin(db_path, monkeypatch=monkeypatch) == 0
    return make_hub(clock=clock, db_path=db_path)


def login(hub, pin=PIN, name=None):
    body = {"pin": pin} | ({"name": name} if name is not None else {})
    return httpx.post(f"{hub.url}/api/admin/session", json=body, timeout=10)


def session_client(hub, name="Maija"):
    response = login(hub, name=name)
    assert response.status_code == 201, response.text
    token = response.json()["token"]
    return httpx.Client(base_url=hub.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def next_event_of(ws, type_, timeout=5.0):
    while True:
        message = json.loads(ws.recv(timeout=timeout))
        if message["type"] == type_:
            return message


# --- the PIN -----------------------------------------------------------------------------------------


def test_the_pin_is_kept_only_as_a_salted_scrypt_hash(tmp_path, monkeypatch, capsys):
    db_path = tmp_path / "pin.db"
    assert set_pin(db_path, monkeypatch=monkeypatch) == 0
    assert "admin PIN set" in capsys.readouterr().out
    db = store.open_db(db_path)
    scheme, salt, digest, n, r, p = db.execute("SELECT scheme, salt, hash, n, r, p FROM admin_pin").fetchone()
    db.conn.close()
    assert (scheme, n, r, p) == ("scrypt", 2**14, 8, 1)
    assert len(bytes.fromhex(salt)) == 16
    assert digest == hashlib.scrypt(PIN.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1, dklen=32).hex()
    raw = b"".join(path.read_bytes() for path in tmp_path.glob("pin.db*"))
    assert PIN.encode() not in raw and PIN.encode("utf-16-le") not in raw

    # The same PIN again gets a new salt, so equal PINs never share a hash.
    assert set_pin(db_path, monkeypatch=monkeypatch) == 0
    db = store.open_db(db_path)
    assert db.execute("SELECT salt FROM admin_pin").fetchone()[0] != salt
    db.conn.close()


@pytest.mark.parametrize("bad", ["123", "1234567890123", "12a4", " ", "１２３４"])
def test_a_pin_that_is_not_4_to_12_digits_is_refused_and_nothing_changes(bad, tmp_path, monkeypatch, capsys):
    db_path = tmp_path / "pin.db"
    assert set_pin(db_path, "2468", monkeypatch=monkeypatch) == 0
    db = store.open_db(db_path)
    before = db.execute("SELECT hash FROM admin_pin").fetchone()
    db.conn.close()
    assert set_pin(db_path, bad, monkeypatch=monkeypatch) == 1
    assert "4 to 12 digits" in capsys.readouterr().err
    db = store.open_db(db_path)
    assert db.execute("SELECT hash FROM admin_pin").fetchone() == before
    db.conn.close()


def test_set_pin_asks_twice_and_refuses_two_different_pins(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("kiosk.root.cli.admin_cmd._has_terminal", lambda: True)
    answers = iter(["1357", "1358"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["admin", "--set-pin", "--db", str(tmp_path / "x.db")]) == 1
    assert "differ" in capsys.readouterr().err
    answers = iter(["1357", "1357"])
    assert main(["admin", "--set-pin", "--db", str(tmp_path / "x.db")]) == 0


@pytest.mark.parametrize("given", ["", "1357\n1357\n"])
def test_set_pin_without_a_terminal_says_so_and_changes_nothing(tmp_path, given):
    """Over `ssh host cmd`, from a script or a unit: no controlling terminal, stdin empty or piped. It
    was a getpass traceback (EOFError); now one line naming --pin-stdin, exit 1, no database made."""
    db_path = tmp_path / "pin.db"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "admin", "--set-pin", "--db", str(db_path)],
        input=given,
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "has none" in done.stderr and "--pin-stdin" in done.stderr and "nothing was changed" in done.stderr
    assert not db_path.exists()


def test_a_bad_pin_on_stdin_makes_no_database(tmp_path, monkeypatch, capsys):
    assert set_pin(tmp_path / "none.db", "", monkeypatch=monkeypatch) == 1
    assert "4 to 12 digits" in capsys.readouterr().err and not (tmp_path / "none.db").exists()


def test_no_pin_set_is_409_with_how_to_set_one(hub):
    response = login(hub, "1234")
    assert response.status_code == 409
    assert response.json()["error"] == "no_pin"
    assert "kiosk admin --set-pin" in response.json()["message"]


def test_five_wrong_tries_lock_longer_each_time_and_a_restart_keeps_the_lock(admin_hub, clock):
    for left in (4, 3, 2, 1):
        response = login(admin_hub, "0000")
        assert response.status_code == 401
        assert response.json()["error"] == "wrong_pin" and response.json()["tries_left"] == left
    fifth = login(admin_hub, "0000")
    assert fifth.status_code == 429
    assert fifth.json()["error"] == "locked" and fifth.json()["retry_after_seconds"] == 30
    assert fifth.headers["Retry-After"] == "30"
    # Locked: even the right PIN is not looked at.
    assert login(admin_hub).status_code == 429

    clock.move(seconds=31)
    again = login(admin_hub, "0000")
    assert again.status_code == 429 and again.json()["retry_after_seconds"] == 60

    admin_hub.stop()
    admin_hub.start()
    still = login(admin_hub)
    assert still.status_code == 429 and 0 < still.json()["retry_after_seconds"] <= 60

    clock.move(seconds=61)
    assert login(admin_hub, "0000").json()["retry_after_seconds"] == 120
    clock.move(seconds=121)
    assert login(admin_hub).status_code == 201
    # A right PIN resets the count: five tries again.
    assert login(admin_hub, "0000").json()["tries_left"] == 4


def test_the_lock_stops_growing_at_an_hour(admin_hub, clock):
    waits = []
    for _ in range(5):
        response = login(admin_hub, "0000")
    waits.append(response.json()["retry_after_seconds"])
    for _ in range(9):
        clock.move(seconds=waits[-1] + 1)
        waits.append(login(admin_hub, "0000").json()["retry_after_seconds"])
    assert waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]


def test_resetting_the_pin_clears_the_lock(admin_hub, monkeypatch):
    for _ in range(5):
        login(admin_hub, "0000")
    assert login(admin_hub).status_code == 429
    assert set_pin(admin_hub.db_path, "8642", monkeypatch=monkeypatch) == 0
    assert login(admin_hub, "8642").status_code == 201


# --- sessions -----------------------------------------------------------------------------------------


def test_a_session_token_works_for_admin_calls_until_8_hours(admin_hub, clock):
    response = login(admin_hub, name="  Maija  ")
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Maija"
    expires = datetime.fromisoformat(body["expires_at"])
    assert abs((expires - clock()) - timedelta(hours=8)) < timedelta(seconds=5)
    headers = {"Authorization": f"Bearer {body['token']}"}
    with httpx.Client(base_url=admin_hub.url, headers=headers, timeout=10) as admin:
        assert admin.get("/api/routing/versions").status_code == 200
        assert admin.get("/api/admin/session").json() == {"name": "Maija", "expires_at": body["expires_at"]}
        # An admin token is accepted everywhere, the staff calls too.
        assert admin.post("/api/services/coordinator/call-next").status_code == 204
        clock.move(hours=7, minutes=59)
        assert admin.get("/api/stats").status_code == 200
        clock.move(minutes=2)
        ended = admin.get("/api/routing/versions")
        assert ended.status_code == 401 and ended.json()["error"] == "unknown_token"
    # The lasting admin token of `kiosk token add` never ends.
    lasting = {"Authorization": f"Bearer {admin_hub.tokens['admin']}"}
    assert httpx.get(f"{admin_hub.url}/api/routing/versions", headers=lasting).status_code == 200


def test_logging_out_ends_the_session_and_only_sessions(admin_hub):
    with session_client(admin_hub) as admin:
        assert admin.delete("/api/admin/session").status_code == 204
        assert admin.get("/api/routing/versions").status_code == 401
    lasting = {"Authorization": f"Bearer {admin_hub.tokens['admin']}"}
    refused = httpx.delete(f"{admin_hub.url}/api/admin/session", headers=lasting)
    assert refused.status_code == 409 and refused.json()["error"] == "not_a_session"
    assert httpx.get(f"{admin_hub.url}/api/routing/versions", headers=lasting).status_code == 200


def test_admin_calls_refuse_other_roles(admin_hub):
    staff = {"Authorization": f"Bearer {admin_hub.tokens['staff']}"}
    paths = ["/api/routing/versions", "/api/stats", "/api/settings/retention"]
    paths.append("/api/routing/diff?from=1&to=1")
    for path in paths:
        assert httpx.get(admin_hub.url + path, headers=staff).status_code == 403
        assert httpx.get(admin_hub.url + path).status_code == 401
    assert httpx.post(f"{admin_hub.url}/api/routing", json={"yaml": "x"}, headers=staff).status_code == 403


def test_session_request_is_strict(admin_hub):
    assert httpx.post(f"{admin_hub.url}/api/admin/session", json={"pin": 739215}).status_code == 422
    assert httpx.post(f"{admin_hub.url}/api/admin/session", json={"pin": PIN, "nme": "x"}).status_code == 422
    long_name = httpx.post(f"{admin_hub.url}/api/admin/session", json={"pin": PIN, "name": "x" * 41})
    assert long_name.status_code == 422


# --- publishing and versions --------------------------------------------------------------------------


def current(hub):
    return httpx.get(f"{hub.url}/api/routing", timeout=10).json()


def answer(data, qid, aid):
    question = next(q for q in data["questions"] if q["id"] == qid)
    return next(a for a in question["answers"] if a["id"] == aid)


def test_publishing_a_good_routing_reaches_the_feed_and_the_history(admin_hub):
    before = current(admin_hub)
    seq = httpx.get(f"{admin_hub.url}/api/queue", headers=admin_hub.auth()).json()["seq"]
    data = copy.deepcopy(before["routing"])
    answer(data, "need", "money")["label"]["sv"] = "Pengar och räkningar"
    with session_client(admin_hub, "Maija") as admin, admin_hub.feed(seq) as ws:
        response = admin.post("/api/routing", json={"routing": data, "note": "  clearer\nSwedish  "})
        assert response.status_code == 201, response.text
        version = response.json()["version"]
        event = next_event_of(ws, "routing.published")
        assert event["version"] == version and event["note"] == "clearer Swedish"
        assert "by" not in event  # the feed is open: no names on it
        now = current(admin_hub)
        assert now["version"] == version
        assert answer(now["routing"], "need", "money")["label"]["sv"] == "Pengar och räkningar"

        history = admin.get("/api/routing/versions").json()
        assert history["active"] == version
        newest, first = history["versions"][0], history["versions"][-1]
        assert newest == {
            "id": version,
            "created_at": newest["created_at"],
            "note": "clearer Swedish",
            "by": "Maija",
            "active": True,
        }
        assert first["id"] == before["version"] and first["active"] is False
        ids = [v["id"] for v in history["versions"]]
        assert ids == sorted(ids, reverse=True)

        one = admin.get(f"/api/routing/versions/{version}").json()
        assert one["routing"] == now["routing"] and "Pengar och räkningar" in one["yaml"]
        assert one["by"] == "Maija" and one["active"] is True


def test_a_yaml_publish_keeps_the_text_as_sent(admin_hub):
    text = "# edited by hand\n" + DEFAULT_ROUTING.read_text(encoding="utf-8")
    with session_client(admin_hub) as admin:
        version = admin.post("/api/routing", json={"yaml": text, "note": "comment"}).json()["version"]
        assert admin.get(f"/api/routing/versions/{version}").json()["yaml"] == text
        both = admin.post("/api/routing", json={"yaml": text, "routing": current(admin_hub)["routing"]})
        assert both.status_code == 422 and both.json()["error"] == "invalid_field"
        assert admin.post("/api/routing", json={"note": "nothing"}).status_code == 422
        assert admin.post("/api/routing", json={"yaml": text, "note": "x" * 121}).status_code == 422


def test_a_bad_routing_is_refused_with_every_problem_and_nothing_changes(admin_hub):
    before = current(admin_hub)
    seq = httpx.get(f"{admin_hub.url}/api/queue", headers=admin_hub.auth()).json()["seq"]
    data = copy.deepcopy(before["routing"])
    answer(data, "need", "money")["next"] = "agee"
    answer(data, "need", "money").pop("route", None)
    del answer(data, "need", "work")["label"]["sv"]
    model, shape = read(copy.deepcopy(data))
    expected = [{"where": p.where, "message": p.message} for p in shape + check(model)]
    assert len(expected) >= 2
    with session_client(admin_hub) as admin:
        response = admin.post("/api/routing", json={"routing": data, "note": "broken"})
        assert response.status_code == 422
        body = response.json()
        assert body["error"] == "invalid_routing" and body["problems"] == expected
        assert any(p["where"] == "questions.need.answers.money.next" for p in body["problems"])
        bad_yaml = admin.post("/api/routing", json={"yaml": "centre: {name: What now?}", "note": ""})
        assert bad_yaml.status_code == 422 and bad_yaml.json()["problems"][0]["where"].startswith("line 1")
        assert len(admin.get("/api/routing/versions").json()["versions"]) == 1
    assert current(admin_hub) == before
    assert httpx.get(f"{admin_hub.url}/api/queue", headers=admin_hub.auth()).json()["seq"] == seq


def test_diff_and_going_back_to_an_earlier_version(admin_hub):
    first = current(admin_hub)
    data = copy.deepcopy(first["routing"])
    old_label = answer(data, "need", "money")["label"]["sv"]
    answer(data, "need", "money")["label"]["sv"] = "Pengar, räkningar"
    need = next(q for q in data["questions"] if q["id"] == "need")
    need["answers"].insert(0, need["answers"].pop())
    moved = need["answers"][0]["id"]
    with session_client(admin_hub, "Ville") as admin:
        second = admin.post("/api/routing", json={"routing": data, "note": "shorter"}).json()["version"]
        diff = admin.get(f"/api/routing/diff?from={first['version']}&to={second}").json()
        assert diff["from"] == first["version"] and diff["to"] == second
        label = {"where": "questions.need.answers.money.label.sv", "kind": "changed"}
        assert label | {"before": old_label, "after": "Pengar, räkningar"} in diff["changes"]
        move = {"where": f"questions.need.answers.{moved}", "kind": "moved"}
        assert any(c["kind"] == move["kind"] and c["where"] == move["where"] for c in diff["changes"])
        assert len(diff["changes"]) == 2

        seq = httpx.get(f"{admin_hub.url}/api/queue", headers=admin_hub.auth()).json()["seq"]
        with admin_hub.feed(seq) as ws:
            back = admin.post(f"/api/routing/versions/{first['version']}/activate", json={"note": "oops"})
            assert back.status_code == 201
            third = back.json()["version"]
            assert next_event_of(ws, "routing.published")["version"] == third
        assert third > second
        assert current(admin_hub)["routing"] == first["routing"]
        history = admin.get("/api/routing/versions").json()
        assert history["active"] == third
        assert history["versions"][0]["note"] == f"back to version {first['version']}: oops"
        assert history["versions"][0]["by"] == "Ville"
        assert admin.get(f"/api/routing/diff?from={first['version']}&to={third}").json()["changes"] == []

        missing = admin.get(f"/api/routing/diff?from={first['version']}&to=999")
        assert missing.status_code == 404 and missing.json() | {"message": ""} == {
            "error": "unknown_version", "message": "", "where": "to"}  # fmt: skip
        assert admin.get("/api/routing/versions/999").status_code == 404
        assert admin.post("/api/routing/versions/999/activate", json={}).status_code == 404


def test_kiosk_routing_import_on_a_running_hub_reaches_a_feed_client(hub, tmp_path):
    seq = httpx.get(f"{hub.url}/api/queue", headers=hub.auth()).json()["seq"]
    routing_file = tmp_path / "routing.yaml"
    routing_file.write_text(DEFAULT_ROUTING.read_text(encoding="utf-8"), encoding="utf-8")
    with hub.feed(seq) as ws:
        command = [sys.executable, "-m", "kiosk", "routing", "import", str(routing_file)]
        command += ["--db", str(hub.db_path), "--note", "from the command line"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        event = next_event_of(ws, "routing.published", timeout=5)
    assert event["note"] == "from the command line"
    assert current(hub)["version"] == event["version"]
