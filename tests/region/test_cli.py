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
