"""The database: schema migrations, transactions and tokens, on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.core.clock import now
from kiosk.server import store, tokens


def test_new_database_has_every_migration_and_wal(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    assert store.schema_version(db) == len(store.MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {"routing_versions", "tickets", "ticket_counters", "events", "tokens", "visits"}
    assert tables <= set(db.table_names())


def test_database_from_the_first_schema_opens_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    old = store.open_db(path, upto=1)
    assert store.schema_version(old) == 1
    assert "visits" not in old.table_names()
    version = store.publish_routing(old, "yaml: here", note="old", now=now())
    old.conn.close()

    db = store.open_db(path)
    assert store.schema_version(db) == len(store.MIGRATIONS)
    assert "visits" in db.table_names()
    assert store.active_routing(db) == (version, "yaml: here")


def test_database_from_a_newer_program_is_refused_in_one_line(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(store.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(store.StoreError, match="newer than this program"):
        store.open_db(path)


def test_file_that_is_not_a_database_gives_a_store_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a database, just words " * 100)
    with pytest.raises(store.StoreError, match=r"notes\.txt"):
        store.open_db(path)


def test_failed_transaction_leaves_neither_change_nor_event(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    with pytest.raises(RuntimeError), store.transaction(db):
        db.execute("UPDATE routing_versions SET active = 0")
        store.append_event(db, "test.happened", now(), {})
        raise RuntimeError("boom")
    assert store.last_seq(db) == 0
    assert not db.conn.in_transaction


def test_publishing_a_routing_makes_only_the_newest_active_with_an_event(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    first = store.publish_routing(db, "a", now=now())
    second = store.publish_routing(db, "b", note="second", now=now())
    assert second > first
    assert store.active_routing(db) == (second, "b")
    assert [e["type"] for e in store.events_since(db, 0)] == ["routing.published", "routing.published"]


def test_token_is_kept_only_as_its_hash_and_knows_its_role(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    token = tokens.add_token(db, "staff")
    assert tokens.role_of(db, token) == "staff"
    assert tokens.role_of(db, token + "x") is None
    stored = [row[0] for row in db.execute("SELECT token_hash FROM tokens")]
    assert token not in stored and len(stored[0]) == 64


def test_no_token_starts_with_a_dash_which_a_command_line_would_read_as_an_option(tmp_path):
    """One in 64 URL-safe tokens would start with '-': `kiosk staff --token -abc` then fails to parse."""
    db = store.open_db(tmp_path / "hub.db")
    made = [tokens.add_token(db, "display") for _ in range(400)]
    assert not [token for token in made if token.startswith("-")]
    assert len(set(made)) == 400 and all(len(token) == 32 for token in made)


def test_unknown_role_is_refused(tmp_path):
    db = store.open_db(tmp_path / "hub.db")
    with pytest.raises(ValueError, match="unknown role"):
        tokens.add_token(db, "janitor")
