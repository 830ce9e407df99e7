"""Translations: a language switch installs that language's words, and each language is read once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from screens.common import i18n
from screens.common.build_translations import compile_qm, ts_path
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


def test_a_qm_rebuilt_beside_a_running_screen_leaves_the_one_it_reads_alone(qapp, tmp_path):
    """A screen maps its .qm into memory: a rebuild renames a new file over it, never rewrites it."""
    folder = tmp_path / "translations"
    folder.mkdir()
    qm = folder / "kiosk_fi.qm"
    compile_qm(ts_path("fi"), qm)
    running = QTranslator()
    assert running.load(str(qm))
    assert running.translate("Visitor", "Start") == "Aloita"
    mode = qm.stat().st_mode
    compile_qm(ts_path("ar"), qm)  # another language's words into the same file name
    assert running.translate("Visitor", "Start") == "Aloita", "the running screen's words changed under it"
    fresh = QTranslator()
    assert fresh.load(str(qm)) and fresh.translate("Visitor", "Start") == "ابدأ"
    assert qm.stat().st_mode == mode
    assert [p.name for p in folder.iterdir()] == ["kiosk_fi.qm"], "no temporary file left behind"
