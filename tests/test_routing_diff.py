"""The structural routing diff: changes named by ids, reorders as moves, other lists as whole values."""

from __future__ import annotations

import copy

from kiosk.core.routing import to_data
from kiosk.core.routing.diff import diff


def changes(before, after):
    return [c.json() for c in diff(before, after)]


def question(data, qid):
    return next(q for q in data["questions"] if q["id"] == qid)


def answer(data, qid, aid):
    return next(a for a in question(data, qid)["answers"] if a["id"] == aid)


def test_the_same_routing_has_no_changes(routing):
    data = to_data(routing)
    assert diff(data, copy.deepcopy(data)) == []


def test_a_changed_label_is_named_by_question_and_answer_ids(routing):
    before = to_data(routing)
    after = copy.deepcopy(before)
    old = answer(after, "need", "money")["label"]["sv"]
    answer(after, "need", "money")["label"]["sv"] = "Pengar och räkningar"
    assert changes(before, after) == [
        {
            "where": "questions.need.answers.money.label.sv",
            "kind": "changed",
            "before": old,
            "after": "Pengar och räkningar",
        }
    ]


def test_an_added_answer_and_service_and_a_removed_question(routing):
    before = to_data(routing)
    after = copy.deepcopy(before)
    new_service = {"id": "library", "name": {"fi": "Kirjasto"}, "kind": "onsite", "prefix": "L"}
    after["services"].append(new_service)
    new_answer = {"id": "books", "label": {"fi": "Kirjat"}, "route": ["library"]}
    question(after, "need")["answers"].append(new_answer)
    removed = question(after, "life")
    after["questions"].remove(removed)
    found = changes(before, after)
    assert {"where": "services.library", "kind": "added", "before": None, "after": new_service} in found
    assert {
        "where": "questions.need.answers.books",
        "kind": "added",
        "before": None,
        "after": new_answer,
    } in found
    assert {"where": "questions.life", "kind": "removed", "before": removed, "after": None} in found
    assert len(found) == 3


def test_reordering_answers_is_one_move_not_a_rewrite(routing):
    before = to_data(routing)
    after = copy.deepcopy(before)
    answers = question(after, "need")["answers"]
    ids_before = [a["id"] for a in answers]
    last = answers.pop()
    answers.insert(0, last)
    found = changes(before, after)
    assert found == [
        {
            "where": f"questions.need.answers.{last['id']}",
            "kind": "moved",
            "before": len(ids_before) - 1,
            "after": 0,
        }
    ]


def test_a_moved_and_edited_item_shows_both(routing):
    before = to_data(routing)
    after = copy.deepcopy(before)
    services = after["services"]
    first = services.pop(0)
    first["prefix"] = "Q"
    services.append(first)
    found = changes(before, after)
    assert [c["kind"] for c in found] == ["moved", "changed"]
    assert found[1]["where"] == f"services.{first['id']}.prefix"


def test_a_route_is_a_value_shown_whole(routing):
    before = to_data(routing)
    after = copy.deepcopy(before)
    target = next(a for q in after["questions"] for a in q["answers"] if len(a.get("route") or []) > 1)
    qid = next(q["id"] for q in after["questions"] if target in q["answers"])
    old_route = list(target["route"])
    target["route"] = list(reversed(old_route))
    assert changes(before, after) == [
        {
            "where": f"questions.{qid}.answers.{target['id']}.route",
            "kind": "changed",
            "before": old_route,
            "after": list(reversed(old_route)),
        }
    ]


def test_scalars_and_added_or_removed_keys(routing):
    before = to_data(routing)
    after = copy.deepcopy(before)
    after["start"] = "age"
    after["centre"]["time_factor"] = 2
    del after["centre"]["hours"]
    found = changes(before, after)
    assert {"where": "start", "kind": "changed", "before": before["start"], "after": "age"} in found
    assert {"where": "centre.time_factor", "kind": "added", "before": None, "after": 2} in found
    assert {
        "where": "centre.hours",
        "kind": "removed",
        "before": before["centre"]["hours"],
        "after": None,
    } in found


def test_lists_without_unique_ids_compare_as_values():
    before = {"services": [{"id": "a"}, {"id": "a"}]}
    after = {"services": [{"id": "a"}]}
    assert changes(before, after) == [
        {"where": "services", "kind": "changed", "before": before["services"], "after": after["services"]}
    ]
