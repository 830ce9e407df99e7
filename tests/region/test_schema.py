"""The region's schema: numbered SQL files applied in order, once, and recorded."""

from __future__ import annotations

from kiosk.region import db


def test_migrations_apply_in_order_once_and_are_recorded(postgres):
    dsn = postgres.new_database()
    with db.connect(dsn) as conn:
        first = db.migrate(conn)
        again = db.migrate(conn)
        recorded = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    names = [name for _, name, _ in db.migrations()]
    assert first == names
    assert again == []
    assert recorded == list(enumerate(names, start=1))


def test_an_unreachable_database_is_one_clear_line(postgres):
    try:
        db.connect(postgres.dsn("no_such_database"))
    except db.RegionError as error:
        assert "cannot reach the region database" in str(error)
        assert "no_such_database" in str(error)
    else:
        raise AssertionError("connected to a database that does not exist")
