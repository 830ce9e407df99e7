"""Usable without touch or sight: keypad visits, speech mode, Read aloud, timing, names (issue 7).

Speech goes to Qt's `mock` engine (set for every test in tests/conftest.py): it makes no sound,
but it takes each text, reports itself speaking and stops when told, like a real engine. It has
voices for Finnish and English only, so speech is checked in those two; the keypad in all three.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu

from kiosk.core.spoken import spoken_number
from screens.common import theme
from screens.common.buttons import BigButton
from screens.common.i18n import Translations
from screens.common.scroll import ScrollPanel
from screens.screenshots import sample_ticket
from screens.visitor.access import speech_help
from screens.visitor.base import spoken_text

from .conftest import activate
from .driving import each_screen, visible

SPOKEN = ["fi", "en"]


def focused():
    return QApplication.focusWidget()


def press(kiosk, key) -> None:
    """One key, sent where the keyboard would send it: to the focused control, else the window."""
    target = focused()
    if target is None or target.window() is not kiosk.window:
        target = kiosk.window
    kiosk.qtbot.keyClick(target, key)


def move_to(kiosk, wanted, key=Qt.Key.Key_Down, limit=20) -> None:
    """Press `key` until the focus is on `wanted` (a widget, or a test on the focused widget)."""
    check = wanted if callable(wanted) else (lambda widget: widget is wanted)
    for _ in range(limit):
        if focused() is not None and check(focused()):
            return
        press(kiosk, key)
    last = getattr(focused(), "words", focused())
    raise AssertionError(f"the keypad never reached {wanted!r}; the focus is on {last!r}")


def answer_id(widget) -> str | None:
    return widget.property("answer_id") if isinstance(widget, BigButton) else None


def speaker(kiosk):
    return kiosk.window.access.speaker


@pytest.fixture
def keypad_kiosk(make_kiosk, qtbot):
    kiosk = make_kiosk()
    activate(qtbot, kiosk.window)
    return kiosk


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_whole_visit_by_keypad_alone(keypad_kiosk, hub_tickets, lang):
    kiosk = keypad_kiosk
    press(kiosk, Qt.Key.Key_2)  # the first key only switches speech mode on
    assert kiosk.flow.speech_mode
    welcome = kiosk.window.welcome
    move_to(kiosk, welcome.languages.buttons[lang], Qt.Key.Key_6)
    press(kiosk, Qt.Key.Key_5)
    assert kiosk.flow.lang == lang
    move_to(kiosk, welcome.start, Qt.Key.Key_2)
    press(kiosk, Qt.Key.Key_Enter)
    kiosk.wait_screen("question")
    for wanted in ("work", "over30", "job"):
        move_to(kiosk, lambda w, wanted=wanted: answer_id(w) == wanted)
        press(kiosk, Qt.Key.Key_5)
    kiosk.wait_screen("ticket")
    [ticket] = hub_tickets()
    assert (ticket["service"], ticket["lang"]) == ("coordinator", lang)
    assert kiosk.window.ticket.number.text() == ticket["number"]


def test_the_back_key_goes_one_question_back(keypad_kiosk):
    kiosk = keypad_kiosk
    kiosk.start()
    press(kiosk, Qt.Key.Key_Down)
    move_to(kiosk, lambda w: answer_id(w) == "work")
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.flow.question.id == "age"
    press(kiosk, Qt.Key.Key_Minus)
    assert kiosk.flow.question.id == "need"
    assert kiosk.flow.answers == {}


def ring_colour(button) -> str:
    """The colour drawn at the middle of the button's left edge (its border)."""
    image = button.grab().toImage()
    return image.pixelColor(2, image.height() // 2).name().upper()


def test_the_focus_ring_shows_only_once_a_key_is_used(keypad_kiosk):
    kiosk = keypad_kiosk
    start = kiosk.window.welcome.start
    start.setFocus()
    assert start.hasFocus()
    assert kiosk.window.property("keyboard") == "false"
    assert ring_colour(start) != theme.COLOURS["focus"], "a touch visitor sees no ring"
    press(kiosk, Qt.Key.Key_Down)
    assert kiosk.window.property("keyboard") == "true"
    assert isinstance(focused(), BigButton)
    assert ring_colour(focused()) == theme.COLOURS["focus"]
    kiosk.tap(kiosk.window.welcome.start)
    kiosk.wait_screen("question")
    kiosk.tap(kiosk.window.question.talk)
    kiosk.wait_screen("ticket")
    kiosk.tap(kiosk.window.ticket.done)
    kiosk.wait_screen("welcome")
    assert kiosk.window.property("keyboard") == "false", "the next visitor starts afresh"
    assert not kiosk.flow.speech_mode


@pytest.mark.parametrize("lang", SPOKEN)
def test_in_speech_mode_each_focus_move_says_exactly_the_focused_item(keypad_kiosk, lang):
    kiosk = keypad_kiosk
    kiosk.start(lang)
    said = speaker(kiosk).said
    press(kiosk, Qt.Key.Key_Down)
    # Where the window was not the active one (seen under a loaded parallel run), Access._focus asks
    # for it back, and the platform hands the keyboard over on its next turn.
    kiosk.qtbot.waitUntil(lambda: focused() is not None)
    assert said[0] == (speech_help(), lang)
    assert said[-1] == (spoken_text(focused()), lang)
    seen = {focused()}
    for key in (Qt.Key.Key_Down,) * 12 + (Qt.Key.Key_8,) * 3:
        before = len(said)
        press(kiosk, key)
        # A language's button says its name in its own voice, and nothing where there is none.
        buttons = kiosk.window.topbar.languages.buttons
        own = next((code for code, button in buttons.items() if button is focused()), lang)
        expected = [(spoken_text(focused()), own)] if speaker(kiosk).has_voice(own) else []
        assert said[before:] == expected
        seen.add(focused())
    question = kiosk.window.question
    assert {*question.answer_buttons, question.talk, question.back} <= seen
    assert kiosk.window.topbar.read_aloud in seen, "the bar's controls come after the screen's"


def test_speech_mode_reads_each_new_screen_and_its_focused_item(keypad_kiosk):
    kiosk = keypad_kiosk
    kiosk.start("en")
    press(kiosk, Qt.Key.Key_Down)
    move_to(kiosk, lambda w: answer_id(w) == "talk")
    said = speaker(kiosk).said
    before = len(said)
    press(kiosk, Qt.Key.Key_Enter)
    kiosk.wait_screen("ticket")
    words = [text for text, _ in said[before:]]
    number = kiosk.window.ticket.number.text()
    assert spoken_number(number) in words, "the number as people say it"
    assert number not in words, "never 'zero zero one'"
    assert words[-1] == spoken_text(kiosk.window.ticket.done)


@pytest.mark.parametrize("lang", SPOKEN)
def test_read_aloud_says_the_question_then_each_answer(kiosk, lang):
    kiosk.start(lang)
    kiosk.tap(kiosk.window.topbar.read_aloud)
    question = kiosk.window.question
    expected = [question.text.text(), *(b.spoken() for b in question.answer_buttons)]
    said = [text for text, said_lang in speaker(kiosk).said if said_lang == lang]
    assert said[: len(expected)] == expected
    assert said == kiosk.window.spoken_items()


def test_read_aloud_on_the_ticket_says_the_number_room_place_and_wait(sample_window):
    flow, window = sample_window((1920, 1080), "fi")
    flow.show_result(sample_ticket())
    window.topbar.read_aloud.click()
    said = [text for text, _ in window.access.speaker.said]
    ticket = window.ticket
    assert said[:2] == [ticket.heading.text(), "A12"]
    for label in (ticket.service_name, ticket.room, ticket.position, ticket.wait):
        assert label.text() in said


@pytest.mark.parametrize(("lang", "number"), [("ru", "а 12"), ("uk", "а 12"), ("en", "A12")])
def test_the_ticket_number_is_said_with_the_letter_as_the_visitors_language_names_it(
    sample_window, lang, number
):
    # Russian and Ukrainian voices read a Latin "A" in English ("ei"): their translations name it.
    flow, window = sample_window((1920, 1080), lang)
    flow.show_result(sample_ticket())
    assert window.ticket.number.text() == "A012"
    assert window.ticket.number.accessibleName() == number
    flow.choose_language("fi")
    assert window.ticket.number.accessibleName() == "A12", "named again in the new language"


def test_a_discreet_service_is_never_said_aloud(sample_window, routing):
    flow, window = sample_window((1920, 1080), "en")
    discreet = next(s for s in routing.services if s.discreet)
    body = sample_ticket()
    body["ticket"]["service"] = discreet.id
    flow.show_result(body)
    assert window.ticket.service_name.text() == discreet.name["en"], "the visitor's own screen shows it"
    window.topbar.read_aloud.click()
    assert discreet.name["en"] not in [text for text, _ in window.access.speaker.said]


def test_a_tap_stops_speech_at_once(kiosk):
    kiosk.start("en")
    engine = speaker(kiosk).engine
    kiosk.tap(kiosk.window.topbar.read_aloud)
    kiosk.qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Speaking)
    kiosk.tap(kiosk.window.question.back)
    kiosk.qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=1000)


def test_the_inactivity_warning_is_seen_heard_and_spoken_and_a_key_gives_more_time(make_kiosk):
    kiosk = make_kiosk(idle_ms=200, countdown_s=20, tick_ms=50)
    kiosk.start("en")
    chime = kiosk.window.access.chime
    countdown = kiosk.window.countdown
    with kiosk.qtbot.waitSignal(chime.chimed, timeout=5000):
        pass
    assert countdown.isVisible()
    said = [text for text, _ in speaker(kiosk).said]
    assert said[-len(countdown.spoken_items()) :] == countdown.spoken_items()
    kiosk.flow.set_speech_mode(True)  # as after an earlier key; any key now means "more time"
    press(kiosk, Qt.Key.Key_Plus)
    assert not countdown.isVisible()
    assert kiosk.flow.screen == "question"


def test_speech_mode_doubles_every_time_limit_and_the_centre_can_lengthen_them(make_kiosk, routing):
    kiosk = make_kiosk(idle_ms=60_000, countdown_s=20, ticket_ms=30_000)
    flow = kiosk.flow
    assert (flow._idle.interval(), flow.countdown_s, flow._ticket.interval()) == (60_000, 20, 30_000)
    kiosk.start()
    press(kiosk, Qt.Key.Key_Down)
    assert (flow._idle.interval(), flow.countdown_s, flow._ticket.interval()) == (120_000, 40, 60_000)
    routing.centre.time_factor = 4
    flow.set_routing(routing)
    flow.reset()
    assert not flow.speech_mode
    assert (flow._idle.interval(), flow.countdown_s, flow._ticket.interval()) == (240_000, 80, 120_000)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_control_has_a_name_and_a_description_in_every_language(sample_window, routing, lang):
    flow, window = sample_window((1920, 1080), lang)
    english = {}  # name -> description, in `lang`
    for name in each_screen(flow, window, routing):
        for button in visible(window, QAbstractButton):
            assert button.accessibleName(), f"{name}: a control without a name"
            assert button.accessibleDescription(), f"{name}: {button.accessibleName()!r} has no description"
            english[button.accessibleName()] = button.accessibleDescription()
    if lang != "en":
        # Descriptions are translated: none is left in the source language.
        flow2, window2 = sample_window((1920, 1080), "en")
        sources = {
            b.accessibleDescription()
            for _ in each_screen(flow2, window2, routing)
            for b in visible(window2, QAbstractButton)
        }
        # Descriptions that are the routing's own help lines are content, translated there.
        untranslated = set(english.values()) & sources
        assert not untranslated, f"descriptions left in English: {untranslated}"


def in_view(button, window) -> QRect:
    """The part of `button` a finger can reach: inside its scrolling panel's view, if it has one."""
    box = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, ScrollPanel):
        parent = parent.parentWidget()
    if parent is None:
        return box
    view = parent.viewport()
    return box.intersected(QRect(view.mapTo(window, view.rect().topLeft()), view.size()))


def test_touch_targets_are_80px_high_and_8px_apart(sample_window, routing):
    flow, window = sample_window((1280, 800), "fi")
    problems = []
    for name in each_screen(flow, window, routing, larger=True):
        boxes = [
            (b.words, QRect(b.mapTo(window, b.rect().topLeft()), b.size()), in_view(b, window))
            for b in visible(window, BigButton)
            if not window.countdown.isVisible() or b is window.countdown.more
        ]
        for words, box, _ in boxes:
            if box.height() < 80:
                problems.append(f"{name}: {words!r} is {box.height()} px high")
        # What can be touched of a button scrolled half out of its panel is the part in view.
        boxes = [(words, seen) for words, _, seen in boxes if not seen.isEmpty()]
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
            if box_a.adjusted(-8, -8, 8, 8).intersects(box_b):
                problems.append(f"{name}: {a!r} and {b!r} are closer than 8 px")
    assert problems == []


@pytest.mark.parametrize("background", ["background", "surface"])
def test_the_focus_ring_stands_out_3_to_1(background):
    assert theme.contrast(theme.COLOURS["focus"], theme.COLOURS[background]) >= 3.0


def test_a_language_switch_retranslates_the_language_buttons_descriptions(kiosk):
    kiosk.start("fi")
    bar = kiosk.window.topbar.languages
    finnish = bar.buttons["en"].accessibleDescription()
    kiosk.switch_language("en")
    assert bar.buttons["en"].accessibleDescription() == "Changes the language to English."
    assert finnish != bar.buttons["en"].accessibleDescription()


def test_in_speech_mode_the_language_list_says_each_language_in_its_own_voice(keypad_kiosk):
    """With larger text on a 1280x800 screen the eight languages fold into one button with a list.
    The keypad moves through the list as through a screen: each language is said in its own voice
    (nothing where this kiosk has none: the mock engine speaks Finnish and English only), 5 chooses."""
    kiosk = keypad_kiosk
    kiosk.start("en")
    kiosk.flow.set_larger_text(True)
    bar = kiosk.window.topbar
    kiosk.qtbot.waitUntil(lambda: bar.language_menu.isVisible())
    press(kiosk, Qt.Key.Key_Down)  # speech mode on
    # The bar refolded around the focus: the kiosk takes the keyboard back (Access._focus).
    kiosk.qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window)
    move_to(kiosk, bar.language_menu)
    said = speaker(kiosk).said
    before = len(said)
    press(kiosk, Qt.Key.Key_5)
    menu = bar.menu
    assert menu is not None and menu.isVisible()
    assert said[before:] == [("English", "en")], "the list opens on the language in use"

    def key(sign) -> list[tuple[str, str]]:
        start = len(said)
        kiosk.qtbot.keyClick(menu, sign)  # a popup takes the keys itself
        return said[start:]

    # Українська, العربية, Soomaali, Русский and Eesti have no voice here: passed in silence, never
    # in English.
    assert [key(Qt.Key.Key_2) for _ in range(6)] == [[], [], [], [], [], [("Suomi", "fi")]]
    assert menu.activeAction().data() == "fi"
    assert key(Qt.Key.Key_8) == []  # Eesti
    assert key(Qt.Key.Key_2) == [("Suomi", "fi")]
    key(Qt.Key.Key_5)
    assert kiosk.flow.lang == "fi" and not menu.isVisible()


def test_a_somali_visit_shows_on_read_aloud_that_there_is_no_voice(keypad_kiosk):
    """Debian's espeak-ng has no Somali voice (nor has the mock engine): the button says so in
    Somali, cannot be pressed, and nothing is said in another language's voice meanwhile."""
    kiosk = keypad_kiosk
    speaker(kiosk).open()  # the kiosk opens it after its first frame
    kiosk.start("so")
    read_aloud = kiosk.window.topbar.read_aloud
    no_voice = Translations().text_in("so", "Access", "No voice")
    assert no_voice and no_voice != "No voice"
    assert read_aloud.words == no_voice and not read_aloud.isEnabled()
    before = len(speaker(kiosk).said)
    kiosk.window.access.read_aloud()
    press(kiosk, Qt.Key.Key_Down)  # speech mode: the help and each item would be said
    press(kiosk, Qt.Key.Key_Down)
    assert speaker(kiosk).said[before:] == []
    kiosk.switch_language("fi")
    assert read_aloud.isEnabled() and read_aloud.words != no_voice


def test_on_the_welcome_screen_each_language_is_said_in_its_own_voice(keypad_kiosk):
    kiosk = keypad_kiosk
    buttons = kiosk.window.welcome.languages.buttons
    press(kiosk, Qt.Key.Key_2)  # speech mode on, in Finnish
    said = speaker(kiosk).said
    before = len(said)
    for button in buttons.values():
        move_to(kiosk, button, Qt.Key.Key_6)
    names = {button.words: lang for lang, button in buttons.items()}
    spoken = [(text, lang) for text, lang in said[before:] if text in names]
    # The mock engine has Finnish and English voices: Svenska, Українська, العربية, Soomaali are silent.
    assert ("English", "en") in spoken
    assert all(lang == names[text] for text, lang in spoken), spoken


def test_the_language_list_opened_again_and_again_keeps_one_menu(kiosk):
    """A kiosk runs for months and its list is opened thousands of times: one menu lives at a time."""
    kiosk.start("en")
    kiosk.flow.set_larger_text(True)  # eight languages at 1280x800: the list
    bar = kiosk.window.topbar
    kiosk.qtbot.waitUntil(lambda: bar.language_menu.isVisible())
    for _ in range(5):
        kiosk.tap(bar.language_menu)
        kiosk.qtbot.waitUntil(lambda: bar.menu is not None and bar.menu.isVisible())
        bar.menu.close()
    kiosk.qtbot.waitUntil(lambda: len(bar.findChildren(QMenu)) == 1)
    kiosk.switch_language("sv")
    assert kiosk.flow.lang == "sv"
