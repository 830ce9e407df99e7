"""What changed between two routings, as a manager reads it: by ids, not by lines of YAML.

Both sides are the routing's plain data (`to_data`). Services, questions and a question's answers
are matched by their `id`, so `questions.need.answers.money.label.sv` names one Swedish label
wherever the answer sits; an item that only changed place is `moved` (the fewest moves that explain
the new order: the items outside the longest run kept in order). Other lists (a route, the
languages, opening hours, a schedule) are values: a difference shows the whole list before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KEYED_LISTS = ("services", "questions", "questions.*.answers")
"""Lists whose items are matched by `id` (the `*` stands for any question id)."""


@dataclass(frozen=True)
class Change:
    where: str
    kind: str  # added | removed | changed | moved
    before: Any = None
    after: Any = None

    def json(self) -> dict:
        return {"where": self.where, "kind": self.kind, "before": self.before, "after": self.after}


def diff(before: dict, after: dict) -> list[Change]:
    """Every difference from `before` to `after`, in the order of the routing file."""
    changes: list[Change] = []
    _mapping(before, after, "", changes)
    return changes


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _keyed(path: str) -> bool:
    parts = path.split(".")
    for pattern in KEYED_LISTS:
        wanted = pattern.split(".")
        if len(wanted) == len(parts) and all(w in ("*", p) for w, p in zip(wanted, parts, strict=True)):
            return True
    return False


def _value(before: Any, after: Any, path: str, changes: list[Change]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        _mapping(before, after, path, changes)
    elif isinstance(before, list) and isinstance(after, list) and _keyed(path) and _all_ids(before, after):
        _by_id(before, after, path, changes)
    elif before != after or type(before) is not type(after):
        changes.append(Change(path, "changed", before, after))


def _mapping(before: dict, after: dict, path: str, changes: list[Change]) -> None:
    for key in [*before, *(k for k in after if k not in before)]:
        where = _join(path, str(key))
        if key not in after:
            changes.append(Change(where, "removed", before[key], None))
        elif key not in before:
            changes.append(Change(where, "added", None, after[key]))
        else:
            _value(before[key], after[key], where, changes)


def _all_ids(*lists: list) -> bool:
    for items in lists:
        ids = [item.get("id") if isinstance(item, dict) else None for item in items]
        if None in ids or len(set(ids)) != len(ids):
            return False  # an unchecked draft: compare the lists as values
    return True


def _by_id(before: list[dict], after: list[dict], path: str, changes: list[Change]) -> None:
    old = {item["id"]: (i, item) for i, item in enumerate(before)}
    new = {item["id"]: (i, item) for i, item in enumerate(after)}
    kept_old = [i for i in old if i in new]
    kept_new = [i for i in new if i in old]
    stayed = set(_longest_common_run(kept_old, kept_new))
    for id_, (i, item) in old.items():
        where = _join(path, str(id_))
        if id_ not in new:
            changes.append(Change(where, "removed", item, None))
            continue
        j, other = new[id_]
        if id_ not in stayed:
            changes.append(Change(where, "moved", i, j))
        _value(item, other, where, changes)
    for id_, (_, item) in new.items():
        if id_ not in old:
            changes.append(Change(_join(path, str(id_)), "added", None, item))


def _longest_common_run(a: list, b: list) -> list:
    """The longest subsequence of `a` that is also one of `b` (both hold the same items)."""
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            lengths[i][j] = (
                lengths[i + 1][j + 1] + 1 if a[i] == b[j] else max(lengths[i + 1][j], lengths[i][j + 1])
            )
    run, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            run.append(a[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return run
