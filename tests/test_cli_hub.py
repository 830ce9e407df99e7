"""`kiosk token add`, `kiosk routing import|export` and the embedded hub launcher."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import loads
from kiosk.root.cli import main as kiosk
from kiosk.root.embedded import EmbeddedHubError, start_hub
from kiosk.server import store, tokens


def test_token_add_prints_the_token_as_the_last_word(tmp_path):
    db_path = tmp_path / "hub.db"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "token", "add", "--db", str(db_path), "--role", "staff"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    token = result.stdout.strip().splitlines()[-1].split()[-1]
    db = store.open_db(db_path)
    assert tokens.role_of(db, token) == "staff"


def test_a_kiosk_token_may_be_named_for_staff_and_the_list_shows_the_name(tmp_path, capsys):
    db = str(tmp_path / "hub.db")
    assert kiosk(["token", "add", "--db", db, "--role", "kiosk", "--name", "Door"]) == 0
    token = capsys.readouterr().out.split()[-1]
    assert kiosk(["token", "list", "--db", db]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if tokens.token_id(token) in line]
    assert line.split()[1] == "kiosk" and line.endswith("'Door'")
    hub_db = store.open_db(db)
    try:
        assert tokens.device_of(hub_db, token) == ("kiosk", "Door")
        unnamed = tokens.add_token(hub_db, "kiosk")
        assert tokens.device_of(hub_db, unnamed) == ("kiosk", tokens.token_id(unnamed))
        assert tokens.device_of(hub_db, "not-a-token") is None
    finally:
        hub_db.conn.close()


def test_token_add_refuses_an_unknown_role(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        kiosk(["token", "add", "--db", str(tmp_path / "hub.db"), "--role", "janitor"])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_routing_import_then_export_gives_an_equal_model(tmp_path, capsys):
    db = str(tmp_path / "hub.db")
    assert kiosk(["routing", "import", str(DEFAULT_ROUTING), "--db", db, "--note", "first"]) == 0
    assert "routing version 1" in capsys.readouterr().out
    assert kiosk(["routing", "export", "--db", db]) == 0
    exported = capsys.readouterr().out
    assert loads(exported) == loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))


def test_routing_export_writes_a_file(tmp_path):
    db = str(tmp_path / "hub.db")
    kiosk(["routing", "import", str(DEFAULT_ROUTING), "--db", db])
    out = tmp_path / "out.yaml"
    assert kiosk(["routing", "export", "--db", db, "--out", str(out)]) == 0
    assert loads(out.read_text(encoding="utf-8")).start == "need"


def test_invalid_routing_is_refused_with_every_problem_and_the_active_one_stays(tmp_path, capsys):
    db = str(tmp_path / "hub.db")
    kiosk(["routing", "import", str(DEFAULT_ROUTING), "--db", db])
    bad = tmp_path / "bad.yaml"
    text = DEFAULT_ROUTING.read_text(encoding="utf-8")
    bad.write_text(
        text.replace("start: need", "start: nowhere").replace("fallback: greeter", "fallback: nobody")
    )
    capsys.readouterr()
    assert kiosk(["routing", "import", str(bad), "--db", db]) == 1
    out = capsys.readouterr().out
    assert "start question 'nowhere'" in out and "fallback service 'nobody'" in out
    database = store.open_db(db)
    assert store.active_routing(database) == (1, text)


def test_routing_import_of_a_missing_file_is_one_line(tmp_path, capsys):
    assert kiosk(["routing", "import", str(tmp_path / "nope.yaml"), "--db", str(tmp_path / "hub.db")]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err


def test_routing_export_of_a_missing_database_is_one_line(tmp_path, capsys):
    assert kiosk(["routing", "export", "--db", str(tmp_path / "none.db")]) == 1
    assert "no hub database there" in capsys.readouterr().err


def test_unwritable_database_path_is_one_line_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "token", "add", "--db", str(blocker / "hub.db"), "--role", "kiosk"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert "cannot open the database" in result.stderr and "Traceback" not in result.stderr


def test_embedded_hub_that_cannot_open_its_database_says_why(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(EmbeddedHubError, match="cannot open the database"):
        start_hub(blocker / "hub.db")


def test_routing_import_into_a_database_that_cannot_be_opened_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert kiosk(["routing", "import", str(DEFAULT_ROUTING), "--db", str(blocker / "hub.db")]) == 1
    err = capsys.readouterr().err
    assert "cannot open the database" in err and "Traceback" not in err


def test_routing_export_of_a_file_that_is_no_database_is_one_line(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database, just some bytes " * 64)
    assert kiosk(["routing", "export", "--db", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "cannot use the database" in err and "Traceback" not in err


def test_routing_import_into_a_database_that_refuses_the_write_is_one_line_and_changes_nothing(
    tmp_path, capsys
):
    db = str(tmp_path / "hub.db")
    kiosk(["routing", "import", str(DEFAULT_ROUTING), "--db", db])
    database = store.open_db(db)
    # SQLite itself refuses the write, as a full disk or a read-only file would.
    database.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON routing_versions "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    database.conn.close()
    capsys.readouterr()
    assert kiosk(["routing", "import", str(DEFAULT_ROUTING), "--db", db, "--note", "second"]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert len(out.err.strip().splitlines()) == 1 and "disk is full" in out.err
    database = store.open_db(db)
    assert store.active_routing(database)[0] == 1
    database.conn.close()


@pytest.mark.parametrize("verb", [["list"], ["revoke", "0123456789ab"]])
def test_token_list_and_revoke_refuse_a_path_with_no_database_and_make_nothing(tmp_path, verb):
    db_path = tmp_path / "nowhere" / "kiosk.db"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "token", *verb, "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no hub database there" in result.stderr and "nothing was made" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_a_crash_under_the_kiosk_command_leaves_the_python_stack_on_stderr(tmp_path):
    """A segfault in Qt or SQLite after months unattended: journalctl keeps where Python was."""
    crash = (
        "import ctypes, kiosk.root.cli as cli\n"
        f"cli.main(['token', 'list', '--db', {str(tmp_path / 'none.db')!r}])\n"
        "def deep_in_the_kiosk():\n"
        "    ctypes.string_at(0)\n"
        "deep_in_the_kiosk()\n"
    )
    done = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "Segmentation fault" in done.stderr and "deep_in_the_kiosk" in done.stderr, done.stderr
