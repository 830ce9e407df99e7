"""`kiosk region init`, `centre add` and `join` on a real PostgreSQL and a real region server."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from kiosk.region import db, tokens
from kiosk.root.cli import main
from kiosk.server import region_link, store


def test_init_makes_the_tables_and_one_admin_token_once(postgres, capsys, monkeypatch):
    dsn = postgres.new_database()
    monkeypatch.setenv("KIOSK_REGION_DSN", dsn)
    assert main(["region", "init"]) == 0
    first = capsys.readouterr().out
    admin = first.split()[-1]
    assert "admin token" in first
    assert main(["region", "init"]) == 0
    second = capsys.readouterr().out
    assert "up to date" in second and "admin token" not in second
    with db.connect(dsn) as conn:
        assert tokens.holder(conn, admin) == tokens.Holder("admin", None)
        assert conn.execute("SELECT count(*) FROM tokens WHERE role = 'admin'").fetchone()[0] == 1


def test_a_centre_token_is_printed_once_and_a_name_is_taken_once(region_dsn, capsys):
    assert main(["region", "centre", "add", "Kokoomo", "--town", "Haapavesi", "--dsn", region_dsn]) == 0
    token = capsys.readouterr().out.split()[-1]
    assert main(["region", "centre", "add", "Kokoomo", "--town", "Oulu", "--dsn", region_dsn]) == 1
    assert "already a centre named 'Kokoomo'" in capsys.readouterr().err
    assert main(["region", "centre", "add", "  ", "--town", "Oulu", "--dsn", region_dsn]) == 1
    assert "empty" in capsys.readouterr().err
    with db.connect(region_dsn) as conn:
        assert conn.execute("SELECT name, town FROM centres").fetchall() == [("Kokoomo", "Haapavesi")]
        assert tokens.holder(conn, token).role == "centre"
        # Only the hash is kept.
        assert conn.execute("SELECT count(*) FROM tokens WHERE token_hash = %s", [token]).fetchone()[0] == 0


def test_without_a_database_the_command_says_what_to_give(capsys, monkeypatch, postgres):
    monkeypatch.delenv("KIOSK_REGION_DSN", raising=False)
    assert main(["region", "stats"]) == 1
    assert "--dsn" in capsys.readouterr().err
    assert main(["region", "centre", "list", "--dsn", postgres.dsn("nowhere")]) == 1
    assert "cannot reach the region database" in capsys.readouterr().err


@pytest.mark.parametrize("how", ["wrong token", "no region there"])
def test_a_refused_join_changes_nothing_on_the_hub(region, tmp_path, capsys, how):
    path = tmp_path / "hub.db"
    store.open_db(path).conn.close()
    url = region.url if how == "wrong token" else "http://127.0.0.1:9"
    assert main(["region", "join", url, "--token", "0" * 48, "--db", str(path)]) == 1
    assert "refused to join" in capsys.readouterr().err
    hub_db = store.open_db(path)
    try:
        assert region_link.status(hub_db) == {"joined": False}
    finally:
        hub_db.conn.close()


def test_a_join_names_the_centre_and_the_region_records_the_hub(region, tmp_path, capsys):
    token = region.add_centre("Kokoomo", "Haapavesi")
    path = tmp_path / "hub.db"
    store.open_db(path).conn.close()
    assert region.join(token, path) == 0
    assert "as Kokoomo (Haapavesi)" in capsys.readouterr().out
    hub_db = store.open_db(path)
    try:
        status = region_link.status(hub_db)
        hub_id = hub_db.execute("SELECT hub_id FROM region_link").fetchone()[0]
    finally:
        hub_db.conn.close()
    assert status["joined"] and status["centre"] == "Kokoomo" and status["not_reached_since"] is None
    with db.connect(region.dsn) as conn:
        assert conn.execute("SELECT hub_id FROM centres").fetchone()[0] == hub_id


def test_serve_runs_the_region_server_and_refuses_an_uninitialised_database(postgres, region_dsn, qtbot):
    from conftest import free_port

    empty = postgres.new_database()
    refused = subprocess.run(
        [sys.executable, "-m", "kiosk", "region", "serve", "--dsn", empty, "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 1 and "kiosk region init" in refused.stderr
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "region", "serve", "--dsn", region_dsn, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def healthy() -> bool:
            try:
                return httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).json()["status"] == "ok"
            except httpx.TransportError:
                return False

        qtbot.waitUntil(lambda: server.poll() is not None or healthy(), timeout=20000)
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(10)


def test_a_day_off_set_by_mistake_is_listed_and_removed_and_the_centre_is_no_longer_told(region, capsys):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 2, "09:00", "12:00") == 0
    day = "2099-03-10"  # a Tuesday, long after any clock this runs on
    assert region.cli("day-off", "add", "Debt adviser", day, "--note", "a course") == 0
    capsys.readouterr()
    assert region.cli("day-off", "list") == 0
    assert capsys.readouterr().out.splitlines() == [f"{day}  Debt adviser  (a course)"]

    def told() -> list[dict]:
        answer = httpx.get(f"{region.url}/api/centre/days-off", headers=region.auth(kokoomo))
        return answer.json()["days_off"]

    assert told() == [{"service": "debt", "date": day}]

    assert region.cli("day-off", "remove", "Debt adviser", "2099-03-11") == 1  # no such day off
    assert "Debt adviser has no day off on 2099-03-11" in capsys.readouterr().err
    assert region.cli("day-off", "remove", "Nobody", day) == 1
    assert "no specialist named 'Nobody'" in capsys.readouterr().err
    assert told() == [{"service": "debt", "date": day}], "a refused removal changes nothing"

    assert region.cli("day-off", "remove", "Debt adviser", day) == 0
    assert "no longer off on 2099-03-10" in capsys.readouterr().out
    assert told() == []
    assert region.cli("day-off", "list") == 0
    assert capsys.readouterr().out.strip() == "no coming days off"


def test_rounds_are_listed_and_one_entered_wrong_is_removed_and_entered_again(region, capsys):
    kokoomo = region.add_centre("Kokoomo", "Haapavesi")
    region.add_centre("Ohjaamo", "Oulainen")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.cli("specialist", "add", "Careers", "--service", "careers") == 0
    assert region.add_round("Debt adviser", "Ohjaamo", 4, "10:00", "14:00") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 2, "09:00", "12:00") == 0  # meant: Wednesday
    assert region.add_round("Careers", "Kokoomo", 3, "13:00", "15:00") == 0
    capsys.readouterr()

    def listed(*specialist: str) -> list[str]:
        assert region.cli("round", "list", *specialist) == 0
        return capsys.readouterr().out.splitlines()

    def at_kokoomo() -> list[tuple[str, int, str]]:
        answer = httpx.get(f"{region.url}/api/centre/rounds", headers=region.auth(kokoomo))
        return [(r["specialist"], r["weekday"], r["start"]) for r in answer.json()["rounds"]]

    everything = [
        "Careers  Kokoomo  weekday 3 (Wed)  13:00-15:00  30 min",
        "Debt adviser  Kokoomo  weekday 2 (Tue)  09:00-12:00  30 min",
        "Debt adviser  Ohjaamo  weekday 4 (Thu)  10:00-14:00  30 min",
    ]
    assert listed() == everything
    assert listed("Debt adviser") == everything[1:]
    assert at_kokoomo() == [("Debt adviser", 2, "09:00"), ("Careers", 3, "13:00")]

    def refused(argv: list[str], message: str) -> None:
        assert region.cli("round", "remove", *argv) == 1
        err = capsys.readouterr().err
        assert err.strip() == message, err
        assert listed() == everything and at_kokoomo() == [
            ("Debt adviser", 2, "09:00"),
            ("Careers", 3, "13:00"),
        ]

    where = ["--centre", "Kokoomo", "--weekday", "2", "--from", "09:00"]
    refused(["Nobody", *where], "no specialist named 'Nobody'; the specialists: Careers, Debt adviser")
    refused(
        ["Debt adviser", "--centre", "Kokoomo centre", "--weekday", "2", "--from", "09:00"],
        "no centre named 'Kokoomo centre'; the centres: Kokoomo, Ohjaamo",
    )
    theirs = "their rounds: Kokoomo weekday 2 09:00-12:00, Ohjaamo weekday 4 10:00-14:00"
    refused(
        ["Debt adviser", "--centre", "Kokoomo", "--weekday", "3", "--from", "09:00"],
        f"Debt adviser has no round at Kokoomo on weekday 3 from 09:00; {theirs}",
    )
    refused(
        ["Debt adviser", "--centre", "Kokoomo", "--weekday", "2", "--from", "10:00"],
        f"Debt adviser has no round at Kokoomo on weekday 2 from 10:00; {theirs}",
    )
    refused(
        ["Debt adviser", "--centre", "Ohjaamo", "--weekday", "2", "--from", "09:00"],
        f"Debt adviser has no round at Ohjaamo on weekday 2 from 09:00; {theirs}",
    )
    refused(
        ["Careers", "--centre", "Kokoomo", "--weekday", "2", "--from", "09:00"],
        "Careers has no round at Kokoomo on weekday 2 from 09:00;"
        " their rounds: Kokoomo weekday 3 13:00-15:00",
    )
    assert region.cli("round", "list", "Nobody") == 1
    assert "no specialist named 'Nobody'; the specialists: Careers, Debt adviser" in capsys.readouterr().err

    assert region.cli("round", "remove", "Debt adviser", *where) == 0
    out = capsys.readouterr().out
    assert out.startswith("removed: Debt adviser  Kokoomo  weekday 2 (Tue)  09:00-12:00  30 min;")
    assert "next pull" in out and "bookings already made in them stay" in out
    assert listed() == [everything[0], everything[2]]
    assert at_kokoomo() == [("Careers", 3, "13:00")]
    # Entered again as meant: Wednesday (a specialist's weekday is free once its round is removed).
    assert region.add_round("Debt adviser", "Kokoomo", 3, "09:00", "12:00") == 0
    capsys.readouterr()
    assert listed("Debt adviser") == [
        "Debt adviser  Kokoomo  weekday 3 (Wed)  09:00-12:00  30 min",
        "Debt adviser  Ohjaamo  weekday 4 (Thu)  10:00-14:00  30 min",
    ]
    assert (
        region.cli("round", "remove", "Careers", "--centre", "Kokoomo", "--weekday", "3", "--from", "13:00")
        == 0
    )
    capsys.readouterr()
    assert listed("Careers") == ["Careers has no rounds"]


def test_a_specialist_who_left_is_removed_with_their_days_off_only_once_their_rounds_are(region, capsys):
    region.add_centre("Kokoomo", "Haapavesi")
    region.add_centre("Ohjaamo", "Oulainen")
    assert region.cli("specialist", "add", "Debt adviser", "--service", "debt") == 0
    assert region.cli("specialist", "add", "Careers", "--service", "careers") == 0
    assert region.add_round("Debt adviser", "Kokoomo", 2, "09:00", "12:00") == 0
    assert region.add_round("Debt adviser", "Ohjaamo", 4, "10:00", "14:00") == 0
    assert region.cli("day-off", "add", "Debt adviser", "2099-03-10", "--note", "a course") == 0
    capsys.readouterr()

    def listed(*argv: str) -> list[str]:
        assert region.cli(*argv) == 0
        return capsys.readouterr().out.splitlines()

    def everything() -> tuple[list[str], list[str], list[str]]:
        return listed("specialist", "list"), listed("round", "list"), listed("day-off", "list")

    before = everything()
    assert before[0] == ["Careers  careers  no rounds", "Debt adviser  debt  2 rounds"]
    assert len(before[1]) == 2 and before[2] == ["2099-03-10  Debt adviser  (a course)"]

    assert region.cli("specialist", "remove", "Debt adviser") == 1
    assert capsys.readouterr().err.strip() == (
        "Debt adviser still has 2 rounds: list them with `kiosk region round list 'Debt adviser'`,"
        " remove each with `kiosk region round remove`, then remove the specialist"
    )
    assert everything() == before
    assert region.cli("specialist", "remove", "Nobody") == 1
    assert (
        capsys.readouterr().err.strip()
        == "no specialist named 'Nobody'; the specialists: Careers, Debt adviser"
    )
    assert everything() == before

    assert (
        region.cli(
            "round", "remove", "Debt adviser", "--centre", "Ohjaamo", "--weekday", "4", "--from", "10:00"
        )
        == 0
    )
    capsys.readouterr()
    assert listed("specialist", "list") == ["Careers  careers  no rounds", "Debt adviser  debt  1 round"]
    assert region.cli("specialist", "remove", "Debt adviser") == 1
    assert "Debt adviser still has a round: list them" in capsys.readouterr().err
    assert listed("day-off", "list") == before[2]

    assert (
        region.cli(
            "round", "remove", "Debt adviser", "--centre", "Kokoomo", "--weekday", "2", "--from", "09:00"
        )
        == 0
    )
    assert region.cli("specialist", "remove", "Debt adviser") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "specialist 'Debt adviser' removed, with their day off"
    assert everything() == (["Careers  careers  no rounds"], ["no rounds"], ["no coming days off"])
    with db.connect(region.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM specialist_days_off").fetchone()[0] == 0
    assert region.cli("specialist", "remove", "Careers") == 0
    assert capsys.readouterr().out.strip() == "specialist 'Careers' removed"
    assert listed("specialist", "list") == ["no specialists"]
    assert region.cli("specialist", "remove", "Careers") == 1
    assert capsys.readouterr().err.strip() == (
        "no specialist named 'Careers'; there are no specialists (kiosk region specialist add)"
    )
