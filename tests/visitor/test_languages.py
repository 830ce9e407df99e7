"""A language is data: the registry (kiosk/core/languages.py), and a made-up language walked through a
whole visit from a temporary .ts file and routing, with no code of its own."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import httpx
import pytest
from PySide6.QtCore import Qt

from kiosk.core import clock, languages
from kiosk.core.paths import DEFAULT_ROUTING, TRANSLATIONS
from kiosk.core.routing import check_text, dump, loads
from kiosk.server import store
from screens.common import build_translations
from screens.common.buttons import IconView

XX = languages.Language("xx", "Xxish", "en_GB", "xx_XX", languages.RTL, "HH:mm", reviewed=False)
"""A right-to-left language no speech engine has a voice for."""

WORDS = {
    ("Visitor", "Your number is"): "XX-NUMBER",
    ("Access", "No voice"): "XX-SILENT",
    ("Phone", "Your number"): "XX-PHONE-NUMBER",
}


def make_ts(folder) -> None:
    """translations/kiosk_xx.ts: English's messages, a few of them in 'Xxish'."""
    tree = ET.parse(TRANSLATIONS / "kiosk_en.ts")
    tree.getroot().set("language", "xx")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            words = WORDS.get((name, message.findtext("source")))
            if words:
                message.find("translation").text = words
    tree.write(folder / "kiosk_xx.ts", encoding="utf-8", xml_declaration=True)


def xx_routing() -> str:
    routing = loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))
    routing.languages = ["fi", "xx", "en"]
    routing.unreviewed_languages = ["xx"]
    texts = [routing.centre.name]
    for service in routing.services:
        texts += [service.name, service.location]
    for question in routing.questions:
        texts += [question.text, question.help]
        for answer in question.answers:
            texts += [answer.label, answer.help]
    for text in texts:
        if text is not None:
            for lang in [lang for lang in text if lang not in routing.languages]:
                del text[lang]
            text["xx"] = f"xx {text['en']}"
    return dump(routing)


@pytest.fixture
def xx(tmp_path, monkeypatch):
    """'xx' registered at runtime, its .ts beside copies of the real ones in a temporary folder."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in TRANSLATIONS.glob("kiosk_*.ts"):
        shutil.copy(ts, folder)
    make_ts(folder)
    monkeypatch.setattr(build_translations, "TRANSLATIONS", folder)
    monkeypatch.setattr("kiosk.server.ts_words.TRANSLATIONS", folder)
    languages.register(XX)
    yield folder
    languages.unregister("xx")


def test_a_routing_in_an_unknown_language_is_refused_by_check():
    text = xx_routing().replace("- xx\n", "- zz\n", 1)
    problems = [str(p) for p in check_text(text)]
    assert any("unknown language 'zz'" in p for p in problems), problems


def test_a_registered_language_is_checked_like_any_other(xx):
    text = xx_routing()
    assert check_text(text) == []
    assert loads(text).unreviewed_languages == ["xx"]
    assert "unreviewed_languages:\n- xx" in dump(loads(text))
    missing = text.replace("xx Room 2", "", 1)
    assert any("missing translation for 'xx'" in str(p) for p in check_text(missing))


def test_build_translations_finds_every_ts(xx):
    found = build_translations.found_languages(xx)
    assert found[:3] == ["fi", "sv", "en"] and "xx" in found
    assert build_translations.ensure_built("xx").exists()


def test_a_whole_visit_in_a_made_up_language(xx, hub, make_kiosk):
    db = store.open_db(hub.db_path)
    try:
        store.publish_routing(db, xx_routing(), note="xx", now=clock.now())
    finally:
        db.conn.close()
    kiosk = make_kiosk()
    window = kiosk.window
    window.access.speaker.open()  # the kiosk opens it after its first frame
    assert list(window.welcome.languages.buttons) == ["fi", "xx", "en"]
    assert window.welcome.languages.buttons["xx"].words == "Xxish"

    kiosk.start("xx")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.question.text.text() == "xx What do you need help with?"
    [back_icon] = window.question.back.findChildren(IconView)
    assert back_icon.mirrored
    # No voice for 'xx' here: Read aloud says so, and nothing is ever said in another voice.
    assert not window.topbar.read_aloud.isEnabled()
    assert window.topbar.read_aloud.words == "XX-SILENT"
    window.access.read_aloud()
    assert all(lang != "xx" for _text, lang in window.access.speaker.said)

    kiosk.tap_answer("work")
    kiosk.tap_answer("under30")
    kiosk.tap_answer("job")
    kiosk.wait_screen("ticket")
    ticket = window.ticket
    assert ticket.heading.text() == "XX-NUMBER"
    assert ticket.room.text() == "xx Room 2"
    assert ticket.number.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert ticket.qr.layoutDirection() == Qt.LayoutDirection.LeftToRight

    page = httpx.get(ticket.qr.text, headers={"Accept-Language": "xx, en;q=0.5"}, timeout=5)
    assert '<html lang="xx" dir="rtl">' in page.text
    assert "XX-PHONE-NUMBER" in page.text and "xx Room 2" in page.text
    # the number keeps left to right inside the right-to-left page (its tag also sizes it by length)
    assert re.search(r'id="number" dir="ltr"[^>]*>' + re.escape(ticket.number.text()) + "<", page.text)

    kiosk.tap(window.topbar.languages.buttons["fi"])
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.topbar.read_aloud.isEnabled()
    assert ticket.room.text() == "Huone 2"


def test_a_language_without_a_ts_falls_back_to_english(xx, caplog):
    from screens.common.i18n import Translations

    (xx / "kiosk_xx.ts").unlink()
    assert Translations().text_in("xx", "Visitor", "Your number is") == "Your number is"
    assert "No translations for 'xx'" in caplog.text


def test_in_lang_times_and_digits():
    assert languages.in_lang({"fi": "Huone", "en": "Room"}, "sv") == "Huone"
    assert languages.in_lang({"fi": "Huone", "en": "Room"}, "sv", ["en"]) == "Room"
    assert languages.in_lang(None, "fi") == ""
    assert languages.clock(9, 5, "fi") == "9.05"
    assert languages.clock(9, 5, "en") == "09:05"
    assert languages.clock(10, 30, "ar") == "10:30"
    assert languages.western_digits("٢٤ نوفمبر") == "24 نوفمبر"
    assert [lang.code for lang in languages.LANGUAGES] == ["fi", "sv", "en", "uk", "ar", "so", "ru", "et"]
    assert languages.is_rtl("ar") and not languages.is_rtl("uk")
    assert {c for c in languages.codes() if not languages.reviewed(c)} >= {"uk", "ar", "so", "ru", "et"}
