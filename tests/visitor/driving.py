"""Driving the visitor window through its screens on sample data, without a hub (as `kiosk screenshots`)."""

from __future__ import annotations

from screens.screenshots import (
    SAMPLE_CLOSED_NOW,
    sample_book,
    sample_booking,
    sample_clock,
    sample_closed,
    sample_slots,
    sample_ticket,
)


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
    yield from each_booking_screen(flow, routing)


def each_booking_screen(flow, routing):
    """The booking and check-in screens (issue 5), on the screenshots' sample data; the language and
    text size stay as they were across the resets in between."""
    lang, larger = flow.lang, flow.larger_text

    def reset():
        flow.reset()
        flow.choose_language(lang)
        flow.set_larger_text(larger)

    service, free = sample_slots(routing)
    flow.show_slots(service, free, notice="slot_taken")
    yield "slots"
    flow.later_times()
    yield "slots, later"
    flow.earlier_times()
    flow.choose_slot(free[6]["start"])
    yield "confirm"
    service, booking = sample_booking(routing)
    flow.show_booking(booking, service)
    yield "booking"
    reset()
    flow.open_check_in()
    for sign in "K7M4PX":
        flow.type_sign(sign)
    yield "checkin"
    for error in ("unknown_booking", "too_early", "too_late", "used", "cancelled", "no_show"):
        used = {**booking, "ticket": {"number": "N001"}}
        flow.show_check_in_error(error, {"booking": used})
        yield f"checkin {error}"
    flow.clock = sample_clock(SAMPLE_CLOSED_NOW)
    reset()
    yield "welcome, closed"
    flow.show_result(sample_closed(routing))
    yield "closed"
    flow.book_later()
    yield "services"
    flow.clock = sample_clock()


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
