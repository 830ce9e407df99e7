"""The admin in every language: which languages' texts await a native speaker's review, and Arabic
laid out right to left."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

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
