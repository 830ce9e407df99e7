"""The admin in every language: which languages the kiosk offers, which languages' texts await a
native speaker's review, and Arabic laid out right to left."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from kiosk.core.routing import check, texts
from screens.admin.edits import offer_language

from .conftest import click


def test_the_admin_names_the_languages_whose_texts_await_a_native_speakers_review(make_window, routing):
    window = make_window("en")
    note = window.review_note
    assert note.isVisible()
    # Kokoomo's routing offers uk, ar, so, ru and et, whose texts no native speaker has read yet.
    for name in ("Українська", "العربية", "Soomaali", "Русский", "Eesti"):
        assert name in note.text()
    for name in ("Suomi", "Svenska", "English"):
        assert name not in note.text()
    assert window.unreviewed() == ["uk", "ar", "so", "ru", "et"]

    # The routing can mark a language of reviewed kiosk words too: its own texts await review.
    marked = copy.deepcopy(routing)
    marked.unreviewed_languages = ["sv"]
    assert make_window("en", draft_routing=marked).unreviewed() == ["sv", "uk", "ar", "so", "ru", "et"]

    # Only reviewed languages offered: nothing is said.
    reviewed = copy.deepcopy(routing)
    reviewed.languages = ["fi", "sv", "en"]
    reviewed.unreviewed_languages = []
    assert not make_window("en", draft_routing=reviewed).review_note.isVisible()


def test_in_arabic_the_admin_is_mirrored_and_the_preview_keeps_the_kiosks_direction(qtbot, make_window):
    window = make_window("en")
    bar = window.tabs.tabBar()
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert bar.tabRect(0).x() < bar.tabRect(1).x()

    click(qtbot, window.language_buttons["ar"])
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: bar.tabRect(0).x() > bar.tabRect(1).x())
    # The names of the languages awaiting review keep their own scripts whole inside the Arabic line.
    assert "\u2068Українська\u2069" in window.review_note.text()

    window.preview.flow.choose_language("fi")
    assert window.preview.visitor.layoutDirection() == Qt.LayoutDirection.LeftToRight

    click(qtbot, window.language_buttons["fi"])
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_admin_chooses_the_languages_the_kiosk_offers(window, qtbot):
    """Taking Eesti away takes its texts with it (nothing left to publish wrong); offering it again asks
    for every text in it before Publish is on; Undo brings the texts back."""
    routing = window.draft.routing
    window.tabs.setCurrentWidget(window.services)
    window.services.select("centre")
    page = window.services.centre_page
    box = page.language_boxes["et"]
    assert box.isChecked() and "Eesti" in box.text()
    assert page.language_boxes["ru"].text() == "Русский (Russian)"

    click(qtbot, box)  # take Estonian away
    routing = window.draft.routing
    assert "et" not in routing.languages and "et" not in routing.unreviewed_languages
    assert all("et" not in (text or {}) for _where, text, _required in texts(routing))
    window.draft.check_now()
    assert window.draft.problems == []
    assert "et" not in page.name.fields

    click(qtbot, box)  # and offer it again: its texts are to be written
    routing = window.draft.routing
    assert routing.languages[-1] == "et" and routing.languages[0] == "fi"
    assert "et" in page.name.fields
    window.draft.check_now()
    missing = {p.where for p in window.draft.problems if "'et'" in p.message}
    assert "centre.name" in missing and "questions.need.text" in missing
    assert not window.publish_button.isEnabled()

    window.draft.undo()  # the last step: Estonian not offered
    window.draft.undo()  # the one before: Estonian with its texts, as it was
    routing = window.draft.routing
    assert "et" in routing.languages and routing.centre.name["et"] == "Kokoomo"
    window.draft.check_now()
    assert window.draft.problems == []


def test_the_last_language_stays(routing):
    only = copy.deepcopy(routing)
    for lang in list(only.languages)[1:]:
        assert offer_language(only, lang, False)
    assert only.languages == ["fi"]
    assert not offer_language(only, "fi", False)  # a kiosk speaks at least one language
    assert only.languages == ["fi"] and only.centre.name == {"fi": "Kokoomo"}
    assert check(only) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Only this service is in Room 7 on Wed."),
        ("fi", "Vain tämä palvelu on paikassa Huone 7 näinä päivinä: ke."),
    ],
)
def test_a_discreet_service_alone_in_its_room_says_so_in_the_admins_language(make_window, lang, words):
    """The open routing tells anyone the A-Clinic is alone in Room 7 on Wednesdays: the admin is told."""
    services = make_window(lang).services
    services.select("services.aclinic")
    note = services.service_page.discreet_note
    assert not note.isHidden() and words in note.text()
    services.select("services.careers")  # not discreet
    assert note.isHidden()


@pytest.mark.parametrize("lang", ["fi", "sv", "en", "uk", "ar", "so", "ru", "et"])
def test_every_page_of_the_services_tab_fits_its_width_in_every_language(make_window, qtbot, lang):
    """The tab scrolls down, never sideways (its scroll area has no horizontal bar): a page wider than
    the area was cut off at its right edge (its left, in Arabic), the centre's offered languages and its
    name's third column among it."""
    window = make_window(lang)
    window.tabs.setCurrentWidget(window.services)
    services = window.services
    viewport = services.pages.parentWidget()
    for key in ["centre", *(f"services.{s.id}" for s in window.draft.routing.services)]:
        services.select(key)
        page = services.pages.currentWidget()
        qtbot.waitUntil(lambda page=page: page.width() > 0)
        assert page.minimumSizeHint().width() <= viewport.width(), key
        qtbot.waitUntil(lambda page=page: page.width() <= viewport.width())
