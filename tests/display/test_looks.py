"""Looks the waiting room relies on: every word on the TV whole, in every language the centre offers,
with the Kokoomo services and with many more, and a long room name for the newest call."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from looks import text_clipping
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import loads
from screens.common.big_number import BigNumber
from screens.display import style
from screens.display.board import CallLog, build_board
from screens.display.shots import CLOSED_NOW, OPEN_NOW, sample_queue
from screens.display.window import DisplayWindow

ROUTING = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
NOW = datetime.fromisoformat(OPEN_NOW)


def board(*, extra_services: int = 0, latest: str | None = None):
    """The sample morning (screens/display/shots.py); `extra_services` more on-site queues named as long
    as the longest (four more: eleven rows, a large centre); `latest`: that service's ticket called
    last, to the hero."""
    tickets, services = sample_queue(ROUTING, NOW)
    rows = [s for s in services if s["kind"] == "onsite" and not s["discreet"]]
    longest = max(rows, key=lambda s: max(len(v) for v in s["name"].values()))
    services += [{**longest, "id": f"more{i}", "waiting": i} for i in range(extra_services)]
    if latest is not None:
        tickets.append({**tickets[0], "code": "sample-latest", "number": "N099", "service": latest,
                        "called_at": (NOW + timedelta(seconds=1)).isoformat()})  # fmt: skip
    centre = {"name": dict(ROUTING.centre.name)}
    return build_board(tickets, services, CallLog(), centre, NOW)


def closed_board(days_off: int = 0):
    """Friday evening after closing; with `days_off`, the days from Monday on closed too (a holiday),
    so the opening is a week or more away and the screen names its date."""
    now = datetime.fromisoformat(CLOSED_NOW)
    monday = now.date() + timedelta(days=3)
    off = frozenset(monday + timedelta(days=i) for i in range(days_off))
    centre = {"name": dict(ROUTING.centre.name), "hours": [vars(h) for h in ROUTING.centre.hours]}
    return build_board([], [], CallLog(), centre, now, closed_dates=off)


def settled(window: DisplayWindow) -> None:
    for _ in range(3):  # a new board may take a second layout pass (the queue fitted to its panel)
        QApplication.processEvents()


def problems(window: DisplayWindow) -> list[str]:
    labels = [label for label in window.findChildren(QLabel) if not isinstance(label, BigNumber)]
    found = [why for label in labels if (why := text_clipping(label, window))]
    # The newest call's number and room are drawn as large as fits their boxes: whole, and the number
    # still the largest thing on the screen.
    for fitted in (window.number, window.room.first):
        need = fitted._size_at(fitted.fitted_pixel_size())
        if fitted.isVisible() and need.width() > fitted.contentsRect().width():
            found.append(f"{fitted.text()!r} needs {need.width()} px, has {fitted.contentsRect().width()}")
    number, room = window.number.fitted_pixel_size(), window.room.first.fitted_pixel_size()
    if window.number.isVisible() and number < 1.5 * room:
        found.append(f"{window.number.text()!r} drawn at {number} px, its room {room} px")
    panel = window.queue.contentsRect()
    for name, count, wait in [*window._row_widgets, (window.more, window.more_count, window.more_count)]:
        for widget in (name, count, wait):
            bottom = widget.mapTo(window.queue, widget.rect().bottomLeft()).y()
            if widget.isVisible() and bottom > panel.bottom():
                found.append(f"the row {name.first.text()!r} runs off its panel ({bottom}>{panel.bottom()})")
    return found


@pytest.mark.screenshots
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1080p", "720p"])
@pytest.mark.parametrize("lang", ROUTING.languages)
def test_no_word_on_the_tv_is_cut_off(qtbot, lang, size):
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.set_languages((lang, "en" if lang == "fi" else "fi"))
    found = []
    for name, shown in (
        ("the sample morning", board()),
        ("the info desk's long room called last", board(latest="greeter")),
        ("four more services", board(extra_services=4)),
        ("closed till Monday", closed_board()),
        ("closed for the holidays, the date named", closed_board(days_off=9)),
    ):
        window.show_board(shown)
        settled(window)
        found += [f"{name}: {why}" for why in problems(window)]
    assert found == [], "\n".join(found)


def test_the_queue_shrinks_a_step_at_a_time_only_as_far_as_it_must_and_grows_back(qtbot):
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.show_board(board())
    settled(window)
    assert window._queue_step == 1.0, "Kokoomo's seven Finnish rows fit at full size"
    window.show_board(board(extra_services=4))
    settled(window)
    crowded = window._queue_step
    assert crowded < 1.0 and crowded in style.QUEUE_STEPS
    assert problems(window) == []
    larger = style.QUEUE_STEPS[style.QUEUE_STEPS.index(crowded) - 1]
    window._set_queue_step(larger)
    window._fitted = None
    assert not window._queue_fits(), "one step larger would not have fitted"
    window._fit_queue()
    assert window._queue_step == crowded
    window.show_board(board())
    settled(window)
    assert window._queue_step == 1.0, "back to full size once the rows fit again"


def test_services_left_off_the_panel_are_counted_under_the_last_row(qtbot):
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.set_languages(("fi", "en"))
    crowded = board(extra_services=14)  # 21 rows: more than fit a 720p panel at the smallest step
    window.show_board(crowded)
    settled(window)
    hidden = [i for i, (name, _, _) in enumerate(window._row_widgets) if name.isHidden()]
    assert hidden, "21 rows do not all fit"
    assert hidden == list(range(len(crowded.services) - len(hidden), len(crowded.services))), "the last ones"
    assert window.more.isVisible()
    assert window.more.first.text() == f"Muita palveluja: {len(hidden)}"
    assert window.more.second.text() == f"More services: {len(hidden)}"
    assert window.more_count.text() == str(sum(crowded.services[i].waiting for i in hidden))
    assert problems(window) == []
    window.show_board(board())
    settled(window)
    assert not window.more.isVisible() and not any(name.isHidden() for name, _, _ in window._row_widgets[:7])
