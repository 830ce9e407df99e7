"""The routing engine: given the answers so far, the next question or the outcome. Pure, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.core.routing.model import Answer, Question, Routing


class AnswerError(ValueError):
    """Answers that do not fit the routing; `where` names the question or answer at fault."""

    def __init__(self, where: str, message: str):
        self.where = where
        super().__init__(message)


@dataclass
class Outcome:
    """Where a finished path leads: the services in order, with the priority of the last answer."""

    route: list[str]
    priority: int = 0
    path: list[tuple[str, str]] = field(default_factory=list)
    """The (question id, answer id) pairs taken, in order."""


@dataclass
class Step:
    """Either the next question to ask or the outcome of a finished path."""

    question: Question | None = None
    outcome: Outcome | None = None
    path: list[tuple[str, str]] = field(default_factory=list)


def walk(routing: Routing, answers: dict[str, str]) -> Step:
    """Follow the answers from the start; every answer must lie on the path taken."""
    path: list[tuple[str, str]] = []
    question = routing.question(routing.start)
    seen: set[str] = set()
    while question is not None:
        if question.id in seen:
            raise AnswerError(question.id, f"the routing loops back to question {question.id!r}")
        seen.add(question.id)
        chosen = answers.get(question.id)
        if chosen is None:
            _refuse_off_path(routing, answers, path)
            return Step(question=question, path=path)
        answer = question.answer(chosen)
        if answer is None:
            raise AnswerError(question.id, f"question {question.id!r} has no answer {chosen!r}")
        path.append((question.id, answer.id))
        if answer.route is not None:
            _refuse_off_path(routing, answers, path)
            return Step(outcome=_outcome(answer, path), path=path)
        question = routing.question(answer.next or "")
    raise AnswerError(path[-1][0] if path else "start", "the routing leads to a question that does not exist")


def resolve(routing: Routing, answers: dict[str, str]) -> Outcome:
    """The outcome of a complete path; `AnswerError` if the path stops at a question."""
    step = walk(routing, answers)
    if step.outcome is None:
        assert step.question is not None
        raise AnswerError(
            step.question.id, f"the answers stop early: question {step.question.id!r} is not answered"
        )
    return step.outcome


def fallback(routing: Routing, answers: dict[str, str]) -> Outcome:
    """The visitor asked to talk to someone: the fallback service, keeping the answers given so far."""
    step = walk(routing, answers)
    return Outcome(route=[routing.fallback], path=step.path)


def _outcome(answer: Answer, path: list[tuple[str, str]]) -> Outcome:
    return Outcome(route=list(answer.route or []), priority=answer.priority, path=list(path))


def _refuse_off_path(routing: Routing, answers: dict[str, str], path: list[tuple[str, str]]) -> None:
    on_path = {qid for qid, _ in path}
    for qid in answers:
        if qid in on_path:
            continue
        if routing.question(qid) is None:
            raise AnswerError(qid, f"unknown question {qid!r}")
        raise AnswerError(qid, f"question {qid!r} is not on the path these answers take")
