"""What protects a visitor from the kiosk: inactivity reset, double taps, a hub that goes away."""

from __future__ import annotations


def test_inactivity_shows_a_countdown_that_more_time_resets(make_kiosk):
    kiosk = make_kiosk(idle_ms=200, countdown_s=20, tick_ms=50)
    kiosk.start("en")
    countdown = kiosk.window.countdown
    kiosk.qtbot.waitUntil(lambda: countdown.isVisible())
    assert countdown.more.words == "I need more time"
    kiosk.tap(countdown.more)
    assert not countdown.isVisible()
    assert kiosk.flow.screen == "question"
    assert kiosk.flow.lang == "en"


def test_a_countdown_left_to_run_returns_to_welcome_in_the_default_language(make_kiosk):
    kiosk = make_kiosk(idle_ms=200, countdown_s=3, tick_ms=50)
    kiosk.start("sv")
    kiosk.tap_answer("work")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.countdown.isVisible())
    kiosk.wait_screen("welcome")
    assert not kiosk.window.countdown.isVisible()
    assert kiosk.flow.lang == "fi"
    assert kiosk.flow.answers == {}
    assert kiosk.window.welcome.start.words == "Aloita"


def test_no_countdown_on_the_welcome_screen(make_kiosk):
    kiosk = make_kiosk(idle_ms=50, countdown_s=1, tick_ms=50)
    assert kiosk.flow.screen == "welcome"
    assert not kiosk.flow._idle.isActive()
    kiosk.start()
    assert kiosk.flow._idle.isActive()
    kiosk.tap(kiosk.window.question.back)
    assert not kiosk.flow._idle.isActive()


def test_double_tap_on_an_answer_advances_one_question(make_kiosk):
    kiosk = make_kiosk(tap_guard_ms=400)
    kiosk.start()
    kiosk.qtbot.waitUntil(lambda: kiosk.flow._since_step.elapsed() >= 400)
    work = kiosk.answer("work")
    kiosk.tap(work)
    kiosk.tap(work)
    assert kiosk.flow.question.id == "age"
    # The second tap of a real double tap lands on the new question's button at the same place.
    kiosk.tap(kiosk.window.question.answer_buttons[0])
    assert kiosk.flow.question.id == "age"
    assert kiosk.flow.answers == {"need": "work"}


def test_double_tap_on_the_last_answer_makes_one_ticket(kiosk, hub_tickets):
    kiosk.start()
    kiosk.tap_answer("activity")
    kiosk.tap_answer("activity")
    kiosk.wait_screen("ticket")
    assert len(hub_tickets()) == 1


def test_answer_buttons_are_disabled_while_the_ticket_is_asked_for(kiosk):
    kiosk.start()
    button = kiosk.answer("activity")
    kiosk.tap(button)
    assert kiosk.flow.busy
    assert not button.isEnabled()
    assert not kiosk.window.question.talk.isEnabled()
    kiosk.wait_screen("ticket")


def test_hub_down_shows_the_offline_screen_and_recovers_by_itself(kiosk, hub, hub_tickets):
    kiosk.start()
    hub.stop()
    kiosk.tap_answer("activity")
    kiosk.wait_screen("offline")
    assert kiosk.window.offline.title.text() == "Kysy apua infopisteestä."
    hub.start()
    kiosk.wait_screen("welcome")
    assert hub_tickets() == []
    kiosk.start()
    kiosk.tap_answer("activity")
    kiosk.wait_screen("ticket")


def test_a_hub_down_at_the_welcome_screen_is_noticed_before_a_visit(make_kiosk, hub):
    kiosk = make_kiosk(online_poll_ms=200)
    hub.stop()
    kiosk.wait_screen("offline")
    hub.start()
    kiosk.wait_screen("welcome")
