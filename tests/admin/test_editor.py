"""The routing editor on a local draft: edits, problems beside their items, the preview walking the draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .conftest import click, type_into


def answer_item(window, qid: str, aid: str) -> str:
    return f"questions.{qid}.answers.{aid}"


def test_changing_a_label_changes_the_draft_and_the_preview(qtbot, window):
    window.editor.select(answer_item(window, "need", "work"))
    field = window.editor.answer_panel.label.fields["en"]
    type_into(qtbot, field, "Jobs")
    assert window.draft.routing.question("need").answer("work").label["en"] == "Jobs"
    assert window.draft.dirty
    preview = window.preview
    preview.flow.choose_language("en")
    preview.flow.start()
    # The preview follows the draft once the edit is checked (~200 ms).
    qtbot.waitUntil(lambda: any(b.words == "Jobs" for b in preview.visitor.question.answer_buttons))


def test_a_missing_translation_is_shown_beside_the_item_and_blocks_publish(qtbot, window):
    editor = window.editor
    editor.select("questions.need")
    click(qtbot, editor.add_answer)
    new = editor.current
    assert new.startswith("questions.need.answers.")
    panel = editor.answer_panel
    type_into(qtbot, panel.label.fields["fi"], "Asuminen")
    type_into(qtbot, panel.label.fields["en"], "Housing")
    # The Swedish field is marked in words, not colour alone, and the problem is said beside it.
    assert panel.label.fields["sv"].property("missing") == "true"
    assert panel.label.missing["sv"].text() == "Missing"
    assert panel.label.missing["fi"].text() == ""
    qtbot.waitUntil(lambda: "Swedish text is missing" in panel.label_problems.text())
    assert panel.label_problems.isVisible()
    tree_item = editor._find(new)
    assert tree_item.text(0).startswith("⚠")
    assert any(
        "Swedish text is missing" in window.problem_list.item(i).text()
        for i in range(window.problem_list.count())
    )
    assert not window.publish_button.isEnabled()
    assert "fix the problems" in window.reason.text()

    type_into(qtbot, panel.label.fields["sv"], "Boende")
    qtbot.waitUntil(lambda: "Swedish" not in panel.label_problems.text())
    for lang, label in (
        ("uk", "Житло"),
        ("ar", "السكن"),
        ("so", "Guri"),
        ("ru", "Жильё"),
        ("et", "Eluase"),
    ):  # every language the routing offers
        type_into(qtbot, panel.label.fields[lang], label)
    qtbot.waitUntil(lambda: not panel.label_problems.isVisible())
    assert not editor._find(new).text(0).startswith("⚠")
    assert window.draft.problems == []
    # With no hub the reason says so: never a silent grey button.
    assert "no connection" in window.reason.text()


def test_clicking_a_problem_selects_its_item(qtbot, window):
    window.editor.select("questions.need")
    click(qtbot, window.editor.add_answer)
    new = window.editor.current
    window.editor.select("questions.age")
    qtbot.waitUntil(lambda: window.problem_list.item(0).data(Qt.ItemDataRole.UserRole) is not None)
    rect = window.problem_list.visualItemRect(window.problem_list.item(0))
    qtbot.mouseClick(window.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.current == new


def test_an_answer_can_lead_to_a_new_service_and_the_preview_gives_its_number(qtbot, window):
    services = window.services
    window.tabs.setCurrentWidget(services)
    click(qtbot, services.add_walk_in)
    sid = services.current.split(".", 1)[1]
    page = services.service_page
    names = {"fi": "Asumisneuvonta", "sv": "Boenderådgivning", "en": "Housing advice"}
    names |= {"uk": "Житлова порада", "ar": "استشارة السكن", "so": "La-talinta guryaha"}
    names |= {"ru": "Жилищные советы", "et": "Eluasemenõustamine"}
    rooms = {
        "fi": "Huone 9",
        "sv": "Rum 9",
        "en": "Room 9",
        "uk": "Кімната 9",
        "ar": "الغرفة 9",
        "so": "Qolka 9",
        "ru": "Кабинет 9",
        "et": "Ruum 9",
    }
    for lang, name in names.items():
        type_into(qtbot, page.name.fields[lang], name)
    for lang, room in rooms.items():
        type_into(qtbot, page.room.fields[lang], room)
    prefix = window.draft.routing.service(sid).prefix
    assert prefix and prefix not in {s.prefix for s in window.draft.routing.services if s.id != sid}

    window.tabs.setCurrentWidget(window.editor)
    editor = window.editor
    editor.select("questions.need")
    click(qtbot, editor.add_answer)
    panel = editor.answer_panel
    housing = {"fi": "Asuminen", "sv": "Boende", "en": "Housing", "uk": "Житло", "ar": "السكن", "so": "Guri"}
    housing |= {"ru": "Жильё", "et": "Eluase"}
    for lang, label in housing.items():
        type_into(qtbot, panel.label.fields[lang], label)
    leads = panel.leads
    # Leads to: only the new service (the new answer starts at the front desk).
    leads.services.setCurrentRow(0)
    click(qtbot, leads.remove)
    leads.add_choice.setCurrentIndex(leads.add_choice.findData(sid))
    click(qtbot, leads.add)
    answer = window.draft.routing.question("need").answer(editor.current.rsplit(".", 1)[1])
    assert answer.route == [sid] and answer.next is None
    qtbot.waitUntil(lambda: window.draft.problems == [] and not window.draft.checking)

    flow = window.preview.flow
    flow.choose_language("en")
    flow.start()
    visitor = window.preview.visitor
    button = next(b for b in visitor.question.answer_buttons if b.property("answer_id") == answer.id)
    click(qtbot, button)
    qtbot.waitUntil(lambda: flow.screen == "ticket")
    assert visitor.ticket.number.text() == f"{prefix}001"
    assert visitor.ticket.service_name.text() == "Housing advice"


def test_the_preview_walks_the_draft_like_the_kiosk(qtbot, window, routing):
    flow = window.preview.flow
    visitor = window.preview.visitor
    flow.choose_language("sv")
    click(qtbot, visitor.welcome.start)
    assert flow.screen == "question" and flow.question.id == routing.start
    # Money leads to a question, then to the debt adviser, who takes bookings: the free times show.
    first = flow.question
    money = first.answer("money")
    click(qtbot, next(b for b in visitor.question.answer_buttons if b.property("answer_id") == "money"))
    assert flow.question.id == money.next
    deeper = flow.question
    booked = next(a for a in deeper.answers if a.route and routing.service(a.route[0]).scheduled)
    click(qtbot, next(b for b in visitor.question.answer_buttons if b.property("answer_id") == booked.id))
    qtbot.waitUntil(lambda: flow.screen == "slots")
    assert flow.booking_service["id"] == booked.route[0]
    # An edit while the visitor is on a later screen walks the same path again on the new draft.
    window.editor.select(f"questions.{deeper.id}")
    type_into(qtbot, window.editor.question_panel.text.fields["sv"], "Vad gäller det?")
    qtbot.waitUntil(lambda: flow.routing.question(deeper.id).text["sv"] == "Vad gäller det?")
    qtbot.waitUntil(lambda: flow.screen == "slots")


def test_add_move_remove_and_undo(qtbot, window):
    editor = window.editor
    routing = window.draft.routing
    before = [q.id for q in routing.questions]
    editor.select(f"questions.{before[0]}")
    click(qtbot, editor.add_question)
    new = editor.current.split(".", 1)[1]
    assert [q.id for q in window.draft.routing.questions] == [before[0], new, *before[1:]]
    click(qtbot, editor.move_up)
    assert [q.id for q in window.draft.routing.questions][:2] == [new, before[0]]
    # Nothing leads to it yet: the checker says so beside it.
    qtbot.waitUntil(lambda: "No answer leads to this question" in editor.question_panel.problems.text())
    click(qtbot, editor.remove)
    assert [q.id for q in window.draft.routing.questions] == before
    click(qtbot, window.undo)
    assert new in [q.id for q in window.draft.routing.questions]
    click(qtbot, window.undo)
    click(qtbot, window.undo)
    assert [q.id for q in window.draft.routing.questions] == before
    assert not window.undo.isEnabled()


def test_a_bad_id_is_refused_with_a_message_and_changes_nothing(qtbot, window):
    editor = window.editor
    editor.select("questions.need.answers.work")
    field = editor.answer_panel.id
    type_into(qtbot, field, "study")
    field.editingFinished.emit()
    assert window.draft.routing.question("need").answer("work") is not None
    assert field.text() == "work"
    assert "already used" in window.reason.text()
    type_into(qtbot, field, "job")
    field.editingFinished.emit()
    assert window.draft.routing.question("need").answer("job") is not None
    assert editor.current == "questions.need.answers.job"


def test_renaming_a_question_keeps_the_answers_that_lead_to_it(qtbot, window, routing):
    target = routing.question("need").answer("work").next
    window.editor.select(f"questions.{target}")
    field = window.editor.question_panel.id
    type_into(qtbot, field, "how-old")
    field.editingFinished.emit()
    assert window.draft.routing.question("need").answer("work").next == "how-old"
    qtbot.waitUntil(lambda: not window.draft.checking)
    assert window.draft.problems == []


def test_words_follow_the_admin_language_not_the_preview(qtbot, window):
    window.words.switch("fi")
    assert window.tabs.tabText(0) != "Questions"
    finnish = window.tabs.tabText(0)
    # The preview switching the kiosk to Swedish must not change the admin's words.
    window.preview.flow.choose_language("sv")
    window.words.switch("en")
    window.words.switch("fi")
    assert window.tabs.tabText(0) == finnish


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "The region refused the figures of Tue 1.12.2026 (2 days in all): "),
        ("fi", "Alue ei hyväksynyt"),
    ],
)
def test_the_versions_tab_names_the_days_the_region_refused(make_window, lang, words):
    """A refused day no longer holds back the outbox (kiosk/server/region_link.py), so it must be seen."""
    versions = make_window(lang).versions
    link = {"joined": True, "templates": [], "days_refused": []}
    versions.show_region(link)
    assert versions.region_note.isHidden()
    refused = [
        {"day": "2026-11-30", "refused_at": "2026-12-01T02:00:00+02:00", "reason": "422: unknown key"},
        {"day": "2026-12-01", "refused_at": "2026-12-02T02:00:00+02:00", "reason": "422: answer:työ"},
    ]
    versions.show_region({**link, "days_refused": refused})
    assert not versions.region_note.isHidden()
    assert words in versions.region_note.text() and versions.region_note.text().endswith("422: answer:työ")
