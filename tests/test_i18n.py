"""Translations: a language switch installs that language's words, and each language is read once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screens.common import i18n
from screens.common.i18n import Translations


def words() -> str:
    return QCoreApplication.translate("Common", "Are you still there?")


def test_switching_back_and_forth_reads_each_language_once(qapp, monkeypatch):
    built = []
    real = i18n.ensure_built

    def ensure_built(lang):
        built.append(lang)
        return real(lang)

    monkeypatch.setattr(i18n, "ensure_built", ensure_built)
    translations = Translations()
    try:
        said = []
        for lang in ("fi", "sv", "fi", "sv", "en"):
            translations.switch(lang)
            said.append(words())
        assert said[0] == said[2] == "Oletko vielä täällä?"
        assert said[1] == said[3] != said[0]
        assert said[4] == "Are you still there?"
        assert built == ["fi", "sv", "en"]
    finally:
        if translations._translator is not None:
            QCoreApplication.removeTranslator(translations._translator)
