"""Looks a visitor relies on: nothing clipped at 1280x800 in Finnish, big targets, names for every button."""

from __future__ import annotations

import pytest
from looks import text_clipping
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import loads
from screens.common.big_number import BigNumber
from screens.common.buttons import BigButton
from screens.common.scroll import ScrollPanel
from screens.screenshots import sample_ticket
from screens.visitor.base import spoken_text

from .driving import each_screen, visible


def clipping(label: QLabel, window) -> str | None:
    """Why the label's text does not fit its box (or the window), or None when it fits.

    Inside a ScrollPanel the label must lie within the panel's content, which scrolls into view.
    """
    text = label.text()
    if not text or not label.isVisibleTo(window):
        return None
    if isinstance(label, BigNumber):
        # Drawn as large as fits, so it never clips; it must still stand out: at least twice the
        # body text and half again the largest other words on the ticket.
        ticket = window.ticket
        floor = max(2 * ticket.call.font().pixelSize(), 1.5 * ticket.service_name.font().pixelSize())
        if label.fitted_pixel_size() < floor:
            return f"{text!r} is drawn at only {label.fitted_pixel_size()} px, less than {floor:.0f}"
        return None
    panel = next((p for p in _ancestors(label) if isinstance(p, ScrollPanel)), None)
    if panel is not None:
        return text_clipping(label, panel.widget(), "its panel")
    return text_clipping(label, window)


def settle(window):
    """Let a new text size or screen reach every layout (Qt posts the requests)."""
    for _ in range(3):
        QApplication.processEvents()
        window.layout().activate()


def _ancestors(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


KOKOOMO_LANGUAGES = loads(DEFAULT_ROUTING.read_text(encoding="utf-8")).languages
"""Every language the Kokoomo routing offers: each is held to the same layout rules."""

SIZES = [(1280, 800), (1920, 1080), (1080, 1920)]


@pytest.mark.screenshots
@pytest.mark.parametrize("larger", [False, True], ids=["normal", "larger"])
@pytest.mark.parametrize("lang", KOKOOMO_LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080", "1080x1920"])
def test_no_label_is_clipped_at_any_size_in_any_language(sample_window, routing, qtbot, size, lang, larger):
    flow, window = sample_window(size, lang)
    problems = []
    for name in each_screen(flow, window, routing, larger=larger):
        qtbot.waitUntil(lambda: window.current.isVisible())
        settle(window)
        for label in visible(window, QLabel):
            why = clipping(label, window)
            if why:
                problems.append(f"{name}: {why}")
        bar = window.topbar
        for tool in (bar.read_aloud, bar.larger, bar.language_menu):
            icon = tool.icon_view
            if tool.isVisibleTo(window) and icon.width() < icon.height() * 3 // 4:
                problems.append(f"{name}: the icon of {tool.words!r} is squeezed to {icon.width()} px")
        for button in visible(window, BigButton):
            # A layout squeezed past its room draws a button cut off by its parent: no bottom edge.
            parent = button.parentWidget()
            if not parent.rect().contains(button.geometry()):
                problems.append(f"{name}: {button.words!r} cut off: {button.geometry()} in {parent.rect()}")
        for panel in visible(window, ScrollPanel):
            # The panel scrolls up and down only: content wider than it is cut off at its edge.
            if panel.widget().width() > panel.viewport().width():
                problems.append(
                    f"{name}: content {panel.widget().width()} px wide in a panel {panel.viewport().width()}"
                )
        if not larger:
            panels = [p for p in visible(window, ScrollPanel) if p.scrolls()]
            if panels:
                problems.append(f"{name}: scrolls at the normal text size")
    assert problems == [], "\n".join(problems)


def test_larger_text_is_at_least_one_and_a_half_times_every_font(sample_window):
    flow, window = sample_window((1920, 1080), "fi")
    flow.start()
    normal = {id(w): w.font().pixelSize() for w in visible(window, QLabel)}
    flow.set_larger_text(True)
    window.layout().activate()
    for label in visible(window, QLabel):
        if id(label) in normal and not isinstance(label, BigNumber):
            assert label.font().pixelSize() >= 1.5 * normal[id(label)] - 1, label.text()


@pytest.mark.parametrize("lang", KOKOOMO_LANGUAGES)
def test_touch_targets_are_at_least_80px_high_at_1280x800(sample_window, routing, lang):
    flow, window = sample_window((1280, 800), lang)
    low = []
    for name in each_screen(flow, window, routing):
        window.layout().activate()
        for button in visible(window, BigButton):
            if button.height() < 80:
                low.append(f"{name}: {button.words!r} is {button.height()} px high")
    assert low == []


def test_every_button_has_an_accessible_name_and_takes_focus(sample_window, routing):
    flow, window = sample_window((1280, 800), "en")
    for name in each_screen(flow, window, routing):
        for button in visible(window, QAbstractButton):
            assert button.accessibleName(), f"{name}: a button without a name"
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{name}: {button.accessibleName()}"


def test_every_screen_says_what_it_shows(sample_window, routing):
    flow, window = sample_window((1280, 800), "en")
    for name in each_screen(flow, window, routing):
        items = window.spoken_items()
        assert items, name
        # What is said may differ in form from what is shown ("A 12" for "A012"), not in source.
        shown = {spoken_text(w) for w in visible(window, QLabel)}
        shown |= {b.spoken() for b in visible(window, BigButton)}
        assert set(items) <= shown, name


def test_question_tab_order_follows_reading_order(sample_window, qtbot):
    flow, window = sample_window((1080, 1920), "en")  # where the languages have rows of their own
    flow.start()
    screen = window.question
    bar = window.topbar
    qtbot.waitUntil(lambda: all(b.isVisible() for b in bar.languages.buttons.values()))
    expected = [*screen.answer_buttons, screen.talk, screen.back, screen.restart]
    expected += [bar.read_aloud, bar.larger, *bar.languages.buttons.values()]
    widget, seen = expected[0], [expected[0]]
    while len(seen) < len(expected):
        widget = widget.nextInFocusChain()
        if isinstance(widget, QAbstractButton) and widget.isVisibleTo(window):
            seen.append(widget)
    assert seen == expected


@pytest.mark.parametrize("lang", ["uk", "ar"])
def test_choose_your_language_wraps_between_languages_and_reads_in_the_visit_direction(sample_window, lang):
    """At 1280x800 the prompts take two lines: no prompt is cut in two (a Somali visitor saw
    "Dooro" at the end of one line, "luqaddaada" on the next), and in Arabic the first prompt, the
    visit's own, stands on the right."""
    _flow, window = sample_window((1280, 800), lang)
    settle(window)
    choose = window.welcome.choose
    text = choose.text()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout = QTextLayout(text, choose.font())
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(choose.contentsRect().width())
        lines.append(line)
    layout.endLayout()
    assert len(lines) == 2
    plain = text.replace("\u00a0", " ")  # the same length: indexes hold
    here, prompts = choose.accessibleName(), window.welcome.other_prompts
    for prompt in [here, *prompts]:
        assert any(prompt in plain[ln.textStart() : ln.textStart() + ln.textLength()] for ln in lines), prompt
    x_here = lines[0].cursorToX(plain.index(here))[0]
    x_next = lines[0].cursorToX(plain.index(prompts[0]))[0]
    assert (x_here > x_next) == (lang == "ar")


def _rows(bar) -> list[list[str]]:
    """The bar's buttons as they stand: one list of language codes a row, top to bottom."""
    rows: dict[int, list[str]] = {}
    for lang, button in bar.buttons.items():
        rows.setdefault(button.y(), []).append(lang)
    return [rows[y] for y in sorted(rows)]


@pytest.mark.parametrize(
    ("size", "larger", "shape"),
    [
        ((1280, 800), False, [8]),  # one row across a small landscape screen,
        ((1280, 800), True, [8]),  # even with larger text (the names are already large)
        ((1080, 1920), False, [4, 4]),  # even rows where one would cut the names: never 6 and 2
        ((1080, 1920), True, [4, 4]),
    ],
)
def test_eight_languages_stand_in_even_rows_with_every_name_whole(sample_window, qtbot, size, larger, shape):
    flow, window = sample_window(size, "uk")  # the longest name is the one in use
    flow.set_larger_text(larger)
    bar = window.welcome.languages
    qtbot.waitUntil(lambda: [len(row) for row in _rows(bar)] == shape)
    for lang, button in bar.buttons.items():
        needed = button.words_label.minimumSizeHint().width()
        assert button.words_label.width() >= needed, f"{lang}: {button.words!r} is cut"


def test_more_than_six_languages_open_from_one_button_beside_the_tools(sample_window, qtbot):
    """Eight names beside Read aloud and Larger text would fold into rows as tall as the tools on
    every screen, even at 1920 px: the bar names the language in use and lists them all on a tap."""
    flow, window = sample_window((1920, 1080), "en")
    flow.start()
    bar = window.topbar
    qtbot.waitUntil(lambda: bar.language_menu.isVisible())
    assert bar.languages.isHidden()
    assert bar.height() <= bar.read_aloud.height() + 2 * bar.grid.contentsMargins().top() + 1
    menu = bar.open_language_menu()
    try:
        assert [action.data() for action in menu.actions()] == flow.routing.languages
    finally:
        menu.close()  # an open popup left behind takes the activation from later tests' windows


@pytest.mark.parametrize("lang", ["fi", "et"])
def test_no_button_loses_its_icon_to_long_words(sample_window, routing, lang):
    """Icons with words: a one-word label of larger text ("Ilmoittaudu", "Registreeru") squeezed the
    check-in button's icon to nothing at 1280x800."""
    from screens.common.theme import SIZES

    flow, window = sample_window((1280, 800), lang)
    for name in each_screen(flow, window, routing, larger=True):
        for _ in range(2):
            QApplication.processEvents()
            window.layout().activate()
        for button in visible(window, BigButton):
            if button.icon_view.has_icon:
                side = min(button.icon_view.width(), button.icon_view.height())
                assert side >= SIZES["icon_size"] // 2, f"{name}: {button.words!r} icon is {side} px"


@pytest.mark.parametrize(
    ("lang", "shown"), [("fi", True), ("so", True), ("ru", False)], ids=["fi", "so", "ru long words"]
)
def test_with_larger_text_in_portrait_the_qr_card_stays_where_the_words_leave_it_room(
    sample_window, lang, shown
):
    # It used to give way to larger text on every screen, though a portrait screen had room to spare.
    flow, window = sample_window((1080, 1920), lang)
    flow.set_larger_text(True)
    flow.key = "sample"
    flow.show_result(sample_ticket())
    settle(window)
    ticket = window.ticket
    assert ticket.qr_card.isVisible() == shown
    if shown:
        assert ticket.qr.height() >= ticket.qr.minimumHeight(), "a QR code too small to scan"
    found = [why for label in ticket.findChildren(QLabel) if (why := clipping(label, window))]
    assert found == [], "\n".join(found)


def test_with_larger_text_in_landscape_the_qr_card_gives_way_and_without_it_always_shows(sample_window):
    flow, window = sample_window((1920, 1080), "fi")
    flow.key = "sample"
    flow.show_result(sample_ticket())
    settle(window)
    assert window.ticket.qr_card.isVisible()
    flow.set_larger_text(True)
    settle(window)
    assert not window.ticket.qr_card.isVisible(), "beside the card the words would wrap past the screen"
    window.resize(1080, 1920)
    settle(window)
    assert window.ticket.qr_card.isVisible(), "turned to portrait: room for it again"
    flow.set_larger_text(False)
    settle(window)
    assert window.ticket.qr_card.isVisible() and window.ticket.qr_card.maximumHeight() > 10_000
