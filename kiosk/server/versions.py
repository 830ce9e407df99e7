"""Routing versions for the admin: the history, one version's text and data, publishing a checked
routing, and going back to an earlier one (as a new version, so the history stays linear)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from kiosk.core.routing import Problem, check, check_text, dump, loads, read, to_data, to_publish
from kiosk.core.routing.diff import diff
from kiosk.server.store import publish_routing

NOTE_LENGTH = 120
_COLUMNS = "id, created_at, note, created_by, active"


class VersionError(LookupError):
    """No routing version with that id."""

    def __init__(self, version: int, where: str):
        self.version = version
        self.where = where
        super().__init__(f"no routing version {version}")


class InvalidRouting(ValueError):
    """A routing that cannot be published; `problems` are exactly what `kiosk routing check` says."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the routing; nothing was published")


def _entry(row: tuple) -> dict:
    id_, created_at, note, by, active = row
    return {"id": id_, "created_at": created_at, "note": note, "by": by, "active": bool(active)}


def history(db: sqlite_utils.Database) -> dict:
    """`{"active": id, "versions": [...]}`, newest first."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM routing_versions ORDER BY id DESC").fetchall()
    versions = [_entry(row) for row in rows]
    active = next((v["id"] for v in versions if v["active"]), None)
    return {"active": active, "versions": versions}


def _text(db: sqlite_utils.Database, version: int, where: str) -> tuple[dict, str]:
    row = db.execute(f"SELECT {_COLUMNS}, yaml FROM routing_versions WHERE id = ?", [version]).fetchone()
    if row is None:
        raise VersionError(version, where)
    return _entry(row[:5]), row[5]


def _data(text: str) -> dict:
    """A stored version as plain data (as `GET /api/routing` gives it)."""
    return to_data(loads(text))


def version(db: sqlite_utils.Database, version_id: int) -> dict:
    """One version with its YAML text and its routing as plain data."""
    entry, text = _text(db, version_id, "version")
    return {**entry, "yaml": text, "routing": _data(text)}


def difference(db: sqlite_utils.Database, first: int, second: int) -> dict:
    """`{"from", "to", "changes": [...]}`: what changed from version `first` to version `second`."""
    _, before = _text(db, first, "from")
    _, after = _text(db, second, "to")
    return {"from": first, "to": second, "changes": [c.json() for c in diff(_data(before), _data(after))]}


@dataclass(frozen=True)
class Draft:
    """A routing to publish, as YAML text or as plain data (what `GET /api/routing` gives)."""

    yaml: str | None = None
    data: dict | None = None

    def checked_text(self) -> str:
        """The text to store; `InvalidRouting` with every problem when it is not valid."""
        if self.yaml is not None:
            problems = check_text(self.yaml)
            if problems:
                raise InvalidRouting(problems)
            return self.yaml
        model, problems = read(self.data or {})
        problems = problems + check(model) + to_publish(model)
        if problems:
            raise InvalidRouting(problems)
        return dump(model)


def one_line(note: str) -> str:
    return " ".join(note.split())


def publish(db: sqlite_utils.Database, draft: Draft, *, note: str, by: str, now: datetime) -> int:
    """Check and publish a routing as the new active version (event `routing.published`); its id."""
    text = draft.checked_text()
    return publish_routing(db, text, note=one_line(note)[:NOTE_LENGTH], now=now, by=by)


def activate(db: sqlite_utils.Database, version_id: int, *, note: str, by: str, now: datetime) -> int:
    """Publish an earlier version's text again, as a new version noted "back to version N: note"."""
    _, text = _text(db, version_id, "version")
    note = one_line(note)
    words = f"back to version {version_id}" + (f": {note}" if note else "")
    return publish(db, Draft(yaml=text), note=words, by=by, now=now)
