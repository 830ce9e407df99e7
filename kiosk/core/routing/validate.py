"""Semantic checks of a routing: every problem an admin must fix before it can be used."""

from __future__ import annotations

import re
from collections import Counter

from kiosk.core import languages as registry
from kiosk.core.routing.model import KINDS, TIME_FACTORS, WEEKDAYS, Hours, Routing, Text
from kiosk.core.routing.problems import Problem

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
ID_MOST = 64
_NEW_ID = re.compile(rf"^[a-z0-9][a-z0-9_-]{{0,{ID_MOST - 1}}}$")
"""What a routing published now must use for its service and answer ids: a centre's daily figures name
them, and the region takes ids of this shape only (kiosk/core/region_figures.py); one it refused
stopped every later day's figures. Not asked of a routing already stored (`check`): a centre's routing
published before must still be read after an update."""
_PREFIX = re.compile(r"^[A-Z]{1,2}$")


def check(routing: Routing) -> list[Problem]:
    """Every problem in the routing; an empty list means it is valid."""
    problems: list[Problem] = []
    problems += _check_languages(routing)
    problems += _check_texts(routing)
    problems += _check_ids(routing)
    problems += _check_services(routing)
    problems += _check_references(routing)
    problems += _check_graph(routing)
    problems += _check_hours(routing.centre.hours, "centre.hours")
    if routing.centre.time_factor not in TIME_FACTORS:
        allowed = ", ".join(str(f) for f in TIME_FACTORS)
        problems.append(
            Problem("centre.time_factor", f"must be one of {allowed}, not {routing.centre.time_factor!r}")
        )
    return problems


def _check_languages(routing: Routing) -> list[Problem]:
    problems = []
    if not routing.languages:
        problems.append(Problem("languages", "list at least one language, the default first"))
    for lang, n in Counter(routing.languages).items():
        if n > 1:
            problems.append(Problem("languages", f"language {lang!r} is listed {n} times"))
    for lang in dict.fromkeys(routing.languages):
        if not registry.known(lang):
            known = ", ".join(registry.codes())
            problems.append(Problem("languages", f"unknown language {lang!r}: the kiosk has {known}"))
    for lang in routing.unreviewed_languages:
        if lang not in routing.languages:
            problems.append(Problem("unreviewed_languages", f"language {lang!r} is not in languages"))
    return problems


def texts(routing: Routing) -> list[tuple[str, Text | None, bool]]:
    """Every text of the routing with where it is and whether it must be there."""
    out: list[tuple[str, Text | None, bool]] = [("centre.name", routing.centre.name, True)]
    for s in routing.services:
        out.append((f"services.{s.id}.name", s.name, True))
        out.append((f"services.{s.id}.location", s.location, True))
    for q in routing.questions:
        out.append((f"questions.{q.id}.text", q.text, True))
        out.append((f"questions.{q.id}.help", q.help, False))
        for a in q.answers:
            out.append((f"questions.{q.id}.answers.{a.id}.label", a.label, True))
            out.append((f"questions.{q.id}.answers.{a.id}.help", a.help, False))
    return out


def _check_texts(routing: Routing) -> list[Problem]:
    problems = []
    for where, text, required in texts(routing):
        if text is None and not required:
            continue
        text = text or {}
        for lang in routing.languages:
            if not str(text.get(lang, "")).strip():
                problems.append(Problem(where, f"missing translation for {lang!r}"))
        for lang in text:
            if lang not in routing.languages:
                problems.append(Problem(where, f"text in {lang!r}, which is not in languages"))
    return problems


def _duplicates(values: list[str]) -> list[str]:
    return [v for v, n in Counter(values).items() if n > 1]


def _bad_id(kind: str, value: str) -> str:
    return (
        f"{kind} id {value!r} must be lower-case letters a-z, digits, - or _ (at most {ID_MOST}),"
        " starting with a letter or digit"
    )


def to_publish(routing: Routing) -> list[Problem]:
    """What a routing to publish must also hold (besides `check`): ids the region's figures can name."""
    problems = [
        Problem("services", _bad_id("service", s.id)) for s in routing.services if not _NEW_ID.match(s.id)
    ]
    for q in routing.questions:
        for a in q.answers:
            if not _NEW_ID.match(a.id):
                problems.append(Problem(f"questions.{q.id}.answers", _bad_id("answer", a.id)))
    return problems


def _check_ids(routing: Routing) -> list[Problem]:
    problems = []
    for kind, ids in (
        ("service", [s.id for s in routing.services]),
        ("question", [q.id for q in routing.questions]),
    ):
        for value in ids:
            if not _ID.match(value):
                problems.append(
                    Problem(f"{kind}s", f"{kind} id {value!r} must be lower-case letters, digits, - or _")
                )
        for dup in _duplicates(ids):
            problems.append(Problem(f"{kind}s.{dup}", f"duplicate {kind} id {dup!r}"))
    for q in routing.questions:
        for dup in _duplicates([a.id for a in q.answers]):
            problems.append(Problem(f"questions.{q.id}.answers.{dup}", f"duplicate answer id {dup!r}"))
        if not q.answers:
            problems.append(Problem(f"questions.{q.id}", "a question needs at least one answer"))
    return problems


def _check_services(routing: Routing) -> list[Problem]:
    problems = []
    for s in routing.services:
        where = f"services.{s.id}"
        if s.kind not in KINDS:
            problems.append(Problem(f"{where}.kind", f"kind {s.kind!r} must be one of {', '.join(KINDS)}"))
        if not _PREFIX.match(s.prefix) and not (s.discreet and not s.prefix):
            problems.append(
                Problem(f"{where}.prefix", f"ticket prefix {s.prefix!r} must be one or two capital letters")
            )
        if s.scheduled and not s.schedule:
            problems.append(Problem(f"{where}.schedule", "a scheduled service needs a schedule"))
        if not s.scheduled and s.schedule:
            problems.append(Problem(f"{where}.schedule", "only a scheduled service has a schedule"))
        problems += _check_hours(s.schedule, f"{where}.schedule")
        for i, block in enumerate(s.schedule):
            if not 5 <= block.slot_minutes <= 240:
                problems.append(
                    Problem(
                        f"{where}.schedule[{i}].slot_minutes",
                        f"slot length {block.slot_minutes} must be 5 to 240 minutes",
                    )
                )
    # A discreet service's own prefix is never printed (Routing.ticket_prefix): it may be left out.
    open_services = [s for s in routing.services if not s.discreet]
    for dup in _duplicates([s.prefix for s in open_services if s.prefix]):
        owners = ", ".join(s.id for s in open_services if s.prefix == dup)
        problems.append(Problem("services", f"duplicate ticket prefix {dup!r} ({owners})"))
    return problems


def _check_hours(blocks: list[Hours], where: str) -> list[Problem]:
    problems = []
    for i, block in enumerate(blocks):
        here = f"{where}[{i}]"
        if block.weekday not in WEEKDAYS:
            problems.append(
                Problem(f"{here}.weekday", f"bad weekday {block.weekday!r}: use one of {', '.join(WEEKDAYS)}")
            )
        good = True
        for name in ("start", "end"):
            value = getattr(block, name)
            if not _TIME.match(value):
                problems.append(
                    Problem(f"{here}.{name}", f"bad time {value!r}: write it as HH:MM, e.g. 09:30")
                )
                good = False
        if good and block.start >= block.end:
            problems.append(Problem(here, f"start {block.start} must be before end {block.end}"))
    return problems


def _check_references(routing: Routing) -> list[Problem]:
    problems = []
    services = {s.id: s for s in routing.services}
    questions = {q.id for q in routing.questions}
    if routing.start not in questions:
        problems.append(Problem("start", f"start question {routing.start!r} does not exist"))
    fallback = services.get(routing.fallback)
    if fallback is None:
        problems.append(Problem("fallback", f"fallback service {routing.fallback!r} does not exist"))
    elif fallback.scheduled:
        problems.append(Problem("fallback", f"fallback service {routing.fallback!r} must be on site"))
    for q in routing.questions:
        for a in q.answers:
            where = f"questions.{q.id}.answers.{a.id}"
            if (a.next is None) == (a.route is None):
                problems.append(Problem(where, "an answer needs exactly one of next or route"))
            if a.next is not None and a.next not in questions:
                problems.append(Problem(f"{where}.next", f"unknown question {a.next!r}"))
            if a.route is not None:
                if not a.route:
                    problems.append(Problem(f"{where}.route", "a route needs at least one service"))
                for sid in a.route:
                    if sid not in services:
                        problems.append(Problem(f"{where}.route", f"unknown service {sid!r}"))
                kinds = {services[sid].kind for sid in a.route if sid in services}
                if len(kinds) > 1:
                    problems.append(
                        Problem(
                            f"{where}.route",
                            "mixes on-site and scheduled services: give the scheduled one its own answer",
                        )
                    )
    return problems


def _check_graph(routing: Routing) -> list[Problem]:
    """Questions that cannot be reached from `start`, and questions that lead back to themselves."""
    questions = {q.id: q for q in routing.questions}
    if routing.start not in questions:
        return []
    problems = []
    reached: set[str] = set()
    reported: set[tuple[str, ...]] = set()

    def walk(qid: str, path: list[str]) -> None:
        if qid in path:
            cycle = path[path.index(qid) :]
            key = tuple(sorted(cycle))
            if key not in reported:
                reported.add(key)
                loop = " -> ".join([*cycle, qid])
                problems.append(Problem(f"questions.{qid}", f"questions loop: {loop}"))
            return
        if qid in reached or qid not in questions:
            return
        reached.add(qid)
        for a in questions[qid].answers:
            if a.next:
                walk(a.next, [*path, qid])

    walk(routing.start, [])
    for q in routing.questions:
        if q.id not in reached:
            problems.append(
                Problem(f"questions.{q.id}", f"question {q.id!r} cannot be reached from the start")
            )
    return problems
