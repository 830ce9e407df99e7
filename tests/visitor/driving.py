"""Driving the visitor window through its screens on sample data, without a hub (as `kiosk screenshots`)."""

from __future__ import annotations

from screens.screenshots import sample_book, sample_ticket


def each_screen(flow, window, routing, larger=False):
    """Drive the window through every screen, yielding a name for each."""
    flow.set_larger_text(larger)
    yield "welcome"
    flow.start()
    yield "question"
    for question in routing.questions[1:]:
        first = routing.question(routing.start)
        # Walk to each later question through the answers that lead there.
        path = _path_to(routing, first, question.id)
        if path is None:
            continue
        flow.start()
        for qid, aid in path:
            flow.answer(qid, aid)
        yield f"question {question.id}"
    window.countdown.start(20)
    yield "countdown"
    window.countdown.stop()
    flow.show_result(sample_ticket())
    yield "ticket"
    flow.show_result(sample_book(routing))
    yield "scheduled"
    flow.show_offline()
    yield "offline"


def _path_to(routing, question, target, path=()):
    if question.id == target:
        return list(path)
    for answer in question.answers:
        if answer.next:
            found = _path_to(
                routing, routing.question(answer.next), target, (*path, (question.id, answer.id))
            )
            if found is not None:
                return found
    return None


def visible(window, kind):
    return [w for w in window.findChildren(kind) if w.isVisibleTo(window)]
