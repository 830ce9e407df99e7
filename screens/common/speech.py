"""Speaker: says texts aloud in the visitor's language through QtTextToSpeech, never waiting for it."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QLocale, QObject, Signal

from kiosk.core import languages
from screens.common import sound

log = logging.getLogger(__name__)


def speech_locale(lang: str) -> QLocale:
    """The voice a language is spoken in (the registry's speech locale); one of the same language
    elsewhere also does (sv_FI for sv_SE), one of another language never."""
    return QLocale(languages.language(lang).speech_locale)


RATE = -0.15
"""A little slower than the engine's own pace (-1..1): many listeners are new to the language."""

ENGINE_VARIABLE = "KIOSK_TTS_ENGINE"
"""Names the QtTextToSpeech engine ("speechd", "mock", ...; "none" switches speech off)."""

TEST_ENGINE = "mock"
"""Qt's engine for tests: it 'says' each word on a timer and makes no sound."""


class Speaker(QObject):
    """Speaks a list of texts in order; a new `say()` or `stop()` cuts off what is being said.

    Without a usable engine (none installed, no voice, no audio output) it logs why once and every
    call is a quiet no-op, so a screen never has to ask first. `said` keeps every (text, lang) handed
    to the engine, in order, for tests and for the record.

    Opening speech-dispatcher takes 2-3 s (it lists every espeak-ng voice), so the engine is opened
    on first use or by `open()`, which the kiosk calls once its first frame is on the screen; make
    one Speaker and keep it. `say()` itself returns in milliseconds.
    """

    utterance = Signal(str, str)
    """(text, lang), as each text is handed to the engine."""
    ready = Signal()
    """The engine has been opened (or found missing): `has_voice` now knows."""

    def __init__(self, engine: str | None = None, *, rate: float = RATE, parent: QObject | None = None):
        super().__init__(parent)
        self.said: list[tuple[str, str]] = []
        self._tts = None
        self._opened = False
        self._voiceless: set[str] = set()
        self._name = engine if engine is not None else os.environ.get(ENGINE_VARIABLE, "")
        self._rate = rate

    def open(self) -> None:
        """Open the engine now (once); every other call opens it when first needed."""
        if self._opened:
            return
        self._opened = True
        try:
            self._tts = self._open(self._name, self._rate)
        except ImportError as error:  # the add-on or a library it needs (libpulse0) is missing
            log.warning("Speech is off: QtTextToSpeech cannot be loaded (%s)", error)
        self.ready.emit()

    def has_voice(self, lang: str) -> bool:
        """Whether `lang` can be said: an engine with a voice of that language. Before the engine is
        opened (it takes seconds) it is not known yet, and counted as yes."""
        if not self._opened:
            return True
        return self._tts is not None and self._voice(lang) is not None

    @property
    def opened(self) -> bool:
        return self._opened

    @property
    def available(self) -> bool:
        self.open()
        return self._tts is not None

    @property
    def engine(self):
        """The QTextToSpeech in use (for its state signals), or None."""
        self.open()
        return self._tts

    def say(self, texts: str | list[str], lang: str) -> None:
        """Stop what is being said, then say `texts` one after another in the voice of `lang`."""
        self.open()
        if self._tts is None:
            return
        self.stop()
        if not self._use_language(lang):
            return
        for text in [texts] if isinstance(texts, str) else texts:
            text = text.strip()
            if not text:
                continue
            self._tts.enqueue(text)
            self.said.append((text, lang))
            self.utterance.emit(text, lang)

    def stop(self) -> None:
        """Stop at once, and forget whatever was still to be said."""
        if self._tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _open(self, name: str, rate: float):
        """The engine named (or the first real one), ready to speak; None, logged, if there is none."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        if name.lower() in ("none", "off"):
            log.warning("Speech is off: %s=%s", ENGINE_VARIABLE, name)
            return None
        engines = QTextToSpeech.availableEngines()
        if not name:
            name = next((e for e in engines if e != TEST_ENGINE), "")
        if name not in engines:
            wanted = f"'{name}'" if name else "a text-to-speech engine"
            log.warning("Speech is off: no %s (engines here: %s)", wanted, ", ".join(engines) or "none")
            return None
        # With no audio output, speech-dispatcher hangs on its first text and then on every new client,
        # so a real engine is only opened where it can be heard.
        if name != TEST_ENGINE and not sound.has_audio_output():
            log.warning("Speech is off: no audio output for the '%s' engine", name)
            return None
        tts = QTextToSpeech(name, self)
        if tts.state() == QTextToSpeech.State.Error:
            log.warning("Speech is off: the '%s' engine failed to start (%s)", name, tts.errorString())
            tts.deleteLater()
            return None
        tts.setRate(rate)
        return tts

    def _voice(self, lang: str) -> QLocale | None:
        """The engine's locale to say `lang` in: the registry's, else one of the same language, else None."""
        wanted = speech_locale(lang)
        if self._tts.locale() == wanted:
            return wanted
        locales = self._tts.availableLocales()
        same_language = [loc for loc in locales if loc.language() == wanted.language()]
        return wanted if wanted in locales else (same_language[0] if same_language else None)

    def _use_language(self, lang: str) -> bool:
        """Switch to a voice for `lang`; False (logged once per language) when the engine has none:
        a text is never said in another language's voice."""
        choice = self._voice(lang)
        if choice is not None and self._tts.locale() == choice:
            return True
        if choice is not None:
            self._tts.setLocale(choice)
        if choice is None or self._tts.locale() != choice:
            if lang not in self._voiceless:
                self._voiceless.add(lang)
                log.warning("Nothing is said in '%s': the speech engine has no voice for it", lang)
            return False
        return True
