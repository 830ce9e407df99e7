"""Translations: one QTranslator for the kiosk's own words, switched at runtime."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator, Signal

from screens.common.build_translations import ensure_built, ts_path

log = logging.getLogger(__name__)


class Translations(QObject):
    """Installs translations/kiosk_<lang>.qm; every widget re-translates on QEvent.LanguageChange."""

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lang = ""
        self._translator: QTranslator | None = None
        # Each language is built (if need be) and read from disk once; a visit switches back and forth.
        self._loaded: dict[str, QTranslator | None] = {}

    def switch(self, lang: str) -> None:
        """Use `lang` from now on; widgets get their LanguageChange before this returns."""
        if lang == self.lang:
            return
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = self._load(lang)
        if self._translator is not None:
            app.installTranslator(self._translator)
        self.lang = lang
        # Qt posts LanguageChange to the windows; deliver it now so the screen is right before it is shown.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(lang)

    def text_in(self, lang: str, context: str, source: str, disambiguation: str | None = None) -> str:
        """One string in `lang`, whatever language is in use (the source text if it has none)."""
        translator = self._load(lang)
        return (
            translator.translate(context, source, disambiguation) if translator is not None else ""
        ) or source

    def _load(self, lang: str) -> QTranslator | None:
        if lang not in self._loaded:
            qm = ensure_built(lang)
            translator = QTranslator(self)
            self._loaded[lang] = translator if qm is not None and translator.load(str(qm)) else None
            if self._loaded[lang] is None and lang != "en":
                # English is the source language: its words are in the code, so it needs no file.
                log.warning("No translations for '%s' (%s): its screens are in English", lang, ts_path(lang))
        return self._loaded[lang]
