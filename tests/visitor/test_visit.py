"""A visitor's whole visit through the real widgets and a real hub."""

from __future__ import annotations

import pytest

from screens.screenshots import sample_book


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_complete_visit_ends_on_ticket_with_the_number_the_hub_holds(kiosk, hub, hub_tickets, lang):
    kiosk.start(lang)
    assert kiosk.flow.lang == lang
    kiosk.tap_answer("work")
    kiosk.tap_answer("under30")
    kiosk.tap_answer("job")
    kiosk.wait_screen("ticket")
    [row] = hub_tickets()
    assert row["service"] == "coordinator"
    assert row["lang"] == lang
    assert kiosk.window.ticket.number.text() == row["number"]
    room = {"fi": "Huone 2", "sv": "Rum 2", "en": "Room 2"}[lang]
    assert kiosk.window.ticket.room.text() == room
    assert kiosk.window.ticket.qr.text.startswith(hub.url + "/t/")


def test_the_screens_speak_the_chosen_language(kiosk):
    kiosk.start("sv")
    assert kiosk.window.question.text.text() == "Vad behöver du hjälp med?"
    assert kiosk.window.question.back.words == "Tillbaka"
    kiosk.switch_language("en")
    assert kiosk.window.question.text.text() == "What do you need help with?"
    assert kiosk.window.question.back.words == "Back"


def test_back_goes_one_question_back_and_start_over_to_the_first(kiosk):
    kiosk.start()
    kiosk.tap_answer("work")
    kiosk.tap_answer("over30")
    assert kiosk.flow.question.id == "work_adult"
    kiosk.tap(kiosk.window.question.back)
    assert kiosk.flow.question.id == "age"
    assert kiosk.flow.answers == {"need": "work"}
    kiosk.tap_answer("under30")
    kiosk.tap(kiosk.window.question.restart)
    assert kiosk.flow.question.id == "need"
    assert kiosk.flow.answers == {}
    kiosk.tap(kiosk.window.question.back)
    kiosk.wait_screen("welcome")


def test_talk_to_someone_gives_a_front_desk_ticket(kiosk, hub_tickets):
    kiosk.start()
    kiosk.tap_answer("money")
    kiosk.tap(kiosk.window.question.talk)
    kiosk.wait_screen("ticket")
    [row] = hub_tickets()
    assert row["service"] == "greeter"
    assert kiosk.window.ticket.number.text() == row["number"]
    assert row["number"].startswith("N")


def test_a_scheduled_service_offers_its_free_times_and_the_desk_can_help_now(kiosk, hub_tickets):
    kiosk.start("en")
    kiosk.tap_answer("money")
    kiosk.tap_answer("debt")
    kiosk.wait_screen("slots")
    screen = kiosk.window.slots
    assert screen.name.text() == "Financial and debt adviser"
    assert screen.time_buttons, "the next free times are offered"
    assert hub_tickets() == []
    kiosk.tap(screen.desk)
    kiosk.wait_screen("ticket")
    [row] = hub_tickets()
    assert row["service"] == "greeter"


def test_with_no_free_time_the_weekly_times_show_and_the_desk_can_help(sample_window, routing):
    flow, window = sample_window((1280, 800), "en")
    flow.show_result(sample_book(routing))
    assert flow.screen == "scheduled"
    assert [label.text() for label in window.scheduled.time_labels] == ["Tuesdays 10:00–14:00"]
    assert window.scheduled.desk.isVisible()


def test_done_and_the_ticket_timer_return_to_welcome_in_the_default_language(make_kiosk):
    kiosk = make_kiosk(ticket_ms=300)
    kiosk.start("en")
    kiosk.tap_answer("activity")
    kiosk.wait_screen("ticket")
    kiosk.wait_screen("welcome")
    assert kiosk.flow.lang == "fi"
    assert kiosk.window.welcome.start.words == "Aloita"
    kiosk.start("sv")
    kiosk.tap_answer("activity")
    kiosk.wait_screen("ticket")
    kiosk.tap(kiosk.window.ticket.done)
    kiosk.wait_screen("welcome")
    assert kiosk.flow.lang == "fi"


def shown(text: str) -> str:
    """A line as read: without its direction marks, its no-break spaces as spaces, and where it breaks
    into lines (between two prompts) read as the dot between them."""
    return text.replace("\u200e", "").replace("\u200f", "").replace("\u00a0", " ").replace("\u2028", "  ·  ")


def test_the_welcome_screen_asks_for_the_language_in_every_language(kiosk):
    choose = kiosk.window.welcome.choose
    assert shown(choose.text()) == (
        "Valitse kieli  ·  Välj språk  ·  Choose your language"
        "  ·  Виберіть мову  ·  اختر لغتك  ·  Dooro luqaddaada  ·  Выберите язык  ·  Vali keel"
    )
    assert choose.accessibleName() == "Valitse kieli", "Read aloud says it in the voice in use only"
    kiosk.tap(kiosk.window.welcome.languages.buttons["sv"])
    assert shown(choose.text()) == (
        "Välj språk  ·  Valitse kieli  ·  Choose your language"
        "  ·  Виберіть мову  ·  اختر لغتك  ·  Dooro luqaddaada  ·  Выберите язык  ·  Vali keel"
    )
