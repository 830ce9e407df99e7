"""What protects a visitor from the kiosk: inactivity reset, double taps, a hub that goes away."""

from __future__ import annotations

import hashlib
import sqlite3

from kiosk.root.cli import main as kiosk_cli


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


def test_a_kiosk_the_hub_no_longer_knows_sends_visitors_to_the_desk_and_tells_staff_why(
    make_kiosk, hub, hub_tickets, capsys
):
    """Installed with a wrong token (or one revoked), a kiosk looked fine until its first visitor's
    ticket failed; now its health poll notices, and the offline screen says why in a line for staff."""
    kiosk = make_kiosk(online_poll_ms=200)
    assert kiosk.window.offline.staff_note.isHidden()
    listed = capsys.readouterr().out if kiosk_cli(["token", "list", "--db", str(hub.db_path)]) == 0 else ""
    kiosk_id = next(line.split()[0] for line in listed.splitlines() if " kiosk " in f" {line} ")
    assert kiosk_cli(["token", "revoke", "--db", str(hub.db_path), kiosk_id]) == 0
    kiosk.wait_screen("offline")
    assert not kiosk.client.paired and kiosk.window.offline.staff_note.isVisible()
    assert kiosk.window.offline.body.isHidden()  # not "back soon": it is not, until staff mend it
    assert "asennusohje" in kiosk.window.offline.staff_note.text()  # in the kiosk's language
    assert hub_tickets() == []
    # The hub knows the token again (a database restored from before the revoke): back by itself.
    db = sqlite3.connect(hub.db_path)
    with db:
        db.execute(
            "INSERT INTO tokens (token_hash, role, created_at) VALUES (?, 'kiosk', ?)",
            [hashlib.sha256(hub.token.encode()).hexdigest(), "2026-12-06T10:00:00+02:00"],
        )
    db.close()
    kiosk.wait_screen("welcome")
    assert kiosk.client.paired
    kiosk.start()
    kiosk.tap_answer("activity")
    kiosk.wait_screen("ticket")
