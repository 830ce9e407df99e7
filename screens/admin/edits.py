"""Edits of a routing draft as plain functions over the model, and where a checker's problem belongs.

No widgets here: the editor calls these and shows the result. Removing a question leaves answers
that led to it pointing nowhere on purpose: the checker then names each one, and the manager
decides where they should lead instead.
"""

from __future__ import annotations

import re

from kiosk.core.routing import Answer, Question, Routing, ScheduleBlock, Service, texts


def new_id(taken: set[str], base: str) -> str:
    """`base`, or `base-2`, `base-3`... whichever is free."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def empty_text(routing: Routing) -> dict[str, str]:
    return {lang: "" for lang in routing.languages}


def offer_language(routing: Routing, lang: str, offered: bool) -> bool:
    """Offer `lang` at the kiosk (after the others: the first stays the default), its texts to be
    written (the checker names each one missing), or stop offering it: its texts go with it (a text
    in a language not offered is a problem) and so does its mark of awaiting review. The last
    language is kept. Whether anything changed."""
    if offered:
        if lang in routing.languages:
            return False
        routing.languages.append(lang)
        return True
    if lang not in routing.languages or len(routing.languages) == 1:
        return False
    routing.languages.remove(lang)
    routing.unreviewed_languages = [code for code in routing.unreviewed_languages if code != lang]
    for _where, text, _required in texts(routing):
        if text:
            text.pop(lang, None)
    return True


def add_question(routing: Routing, after: str | None = None) -> Question:
    """A new question with one answer, after `after` (or last); nothing leads to it yet."""
    qid = new_id({q.id for q in routing.questions}, "question")
    question = Question(id=qid, text=empty_text(routing), answers=[])
    question.answers.append(Answer(id="answer", label=empty_text(routing), route=[routing.fallback]))
    index = next((i + 1 for i, q in enumerate(routing.questions) if q.id == after), len(routing.questions))
    routing.questions.insert(index, question)
    return question


def remove_question(routing: Routing, qid: str) -> None:
    routing.questions = [q for q in routing.questions if q.id != qid]


def add_answer(routing: Routing, qid: str, after: str | None = None) -> Answer | None:
    """A new answer that leads to the fallback service until the manager chooses."""
    question = routing.question(qid)
    if question is None:
        return None
    aid = new_id({a.id for a in question.answers}, "answer")
    answer = Answer(id=aid, label=empty_text(routing), route=[routing.fallback])
    index = next((i + 1 for i, a in enumerate(question.answers) if a.id == after), len(question.answers))
    question.answers.insert(index, answer)
    return answer


def remove_answer(routing: Routing, qid: str, aid: str) -> None:
    question = routing.question(qid)
    if question is not None:
        question.answers = [a for a in question.answers if a.id != aid]


def move(items: list, index: int, delta: int) -> bool:
    """Move `items[index]` up (-1) or down (+1); False when it cannot go further."""
    target = index + delta
    if not (0 <= index < len(items)) or not (0 <= target < len(items)):
        return False
    items[index], items[target] = items[target], items[index]
    return True


def rename_question(routing: Routing, old: str, new: str) -> None:
    """A question's id changed: answers that led to it and the start follow it."""
    for question in routing.questions:
        if question.id == old:
            question.id = new
        for answer in question.answers:
            if answer.next == old:
                answer.next = new
    if routing.start == old:
        routing.start = new


def rename_answer(routing: Routing, qid: str, old: str, new: str) -> None:
    question = routing.question(qid)
    answer = question.answer(old) if question else None
    if answer is not None:
        answer.id = new


def add_service(routing: Routing, kind: str = "onsite") -> Service:
    sid = new_id({s.id for s in routing.services}, "service")
    taken = {s.prefix for s in routing.services}
    prefix = next((c for c in "ABCDEFGHJKLMNPQRSTUVWXYZ" if c not in taken), "")
    service = Service(
        id=sid, name=empty_text(routing), kind=kind, prefix=prefix, location=empty_text(routing)
    )
    if kind == "scheduled":
        service.schedule.append(ScheduleBlock("mon", "09:00", "12:00", 30))
    routing.services.append(service)
    return service


def remove_service(routing: Routing, sid: str) -> None:
    routing.services = [s for s in routing.services if s.id != sid]


def rename_service(routing: Routing, old: str, new: str) -> None:
    """A service's id changed: routes and the fallback follow it."""
    for service in routing.services:
        if service.id == old:
            service.id = new
    for question in routing.questions:
        for answer in question.answers:
            if answer.route:
                answer.route = [new if s == old else s for s in answer.route]
    if routing.fallback == old:
        routing.fallback = new


def users_of_service(routing: Routing, sid: str) -> list[tuple[str, str]]:
    """(question id, answer id) of every answer whose route names the service."""
    return [(q.id, a.id) for q in routing.questions for a in q.answers if sid in (a.route or [])]


_ANSWER = re.compile(r"^questions\.([^.]+)\.answers\.([^.\[]+)")
_QUESTION = re.compile(r"^questions\.([^.\[]+)")
_SERVICE = re.compile(r"^services\.([^.\[]+)")


def item_of(where: str, routing: Routing | None = None) -> str:
    """The editor item a problem's `where` concerns: `questions.Q.answers.A`, `questions.Q`,
    `services.S`, `centre`, or "" (the routing as a whole)."""
    if m := _ANSWER.match(where):
        return f"questions.{m.group(1)}.answers.{m.group(2)}"
    if m := _QUESTION.match(where):
        return f"questions.{m.group(1)}"
    if m := _SERVICE.match(where):
        return f"services.{m.group(1)}"
    if where.startswith("centre"):
        return "centre"
    if where == "start" and routing is not None and routing.question(routing.start) is not None:
        return f"questions.{routing.start}"
    if where == "fallback":
        return "fallback"
    return ""


def field_of(where: str, item: str) -> str:
    """What of the item it is about: `text`, `label`, `help`, `next`, `route`, `name`, `schedule`...
    ("" for the item as a whole)."""
    rest = where[len(item) :].lstrip(".") if item and where.startswith(item) else ""
    return re.split(r"[.\[]", rest, maxsplit=1)[0] if rest else ""
