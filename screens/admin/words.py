"""AdminWords: the admin screens' own language, apart from the application's translator.

The live preview is a real kiosk window, and the kiosk switches the application's translator to the
visitor's language; the admin screens must keep the manager's language meanwhile. So they look
their words up here (`words.translate("AdminEditor", "Publish")`, which lupdate finds like
`QCoreApplication.translate`) and re-word themselves on `languageChanged`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator, Signal

from screens.common.build_translations import ensure_built, found_languages


def admin_languages() -> list[str]:
    """The admin screens' languages: every registry language with a .ts file (kiosk/core/languages.py)."""
    return found_languages()


class AdminWords(QObject):
    languageChanged = Signal(str)

    def __init__(self, lang: str = "fi", parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang if lang in admin_languages() else "fi"
        self._loaded: dict[str, QTranslator | None] = {}

    def switch(self, lang: str) -> None:
        if lang in admin_languages() and lang != self.lang:
            self.lang = lang
            self.languageChanged.emit(lang)

    def translate(self, context: str, source: str) -> str:
        """`source` in the admin's language (the English source when it has no translation)."""
        translator = self._translator(self.lang)
        return (translator.translate(context, source) if translator is not None else "") or source

    def _translator(self, lang: str) -> QTranslator | None:
        if lang not in self._loaded:
            qm = ensure_built(lang)
            translator = QTranslator(self)
            self._loaded[lang] = translator if qm is not None and translator.load(str(qm)) else None
        return self._loaded[lang]
