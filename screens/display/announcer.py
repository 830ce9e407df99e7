"""Announcer: each call in turn — the chime, then the call said in each language, never cut off.

`Speaker.say` stops whatever is being said, so two calls that arrive together would cut each
other off; the announcer keeps a queue and starts the next text only when the engine is quiet
again (or after a time limit, should an engine never report that it finished).
"""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal

from screens.common.sound import Chime
from screens.common.speech import Speaker

log = logging.getLogger(__name__)

CHIME_MS = 1000
"""The chime (0.8 s) rings out before the first word."""
GAP_MS = 1500
"""Quiet between two calls, so that they are heard as two."""
TEXT_LIMIT_MS = 15000
"""Longest wait for one text to be said; an engine that never reports finishing does not stop the queue."""


class Announcer(QObject):
    """`announce([(text, lang), ...])` queues one call; `finished` when it has been chimed and said."""

    started = Signal(object)
    """The texts of a call, as its turn begins."""
    finished = Signal(object)

    def __init__(
        self,
        chime: Chime,
        speaker: Speaker,
        parent: QObject | None = None,
        *,
        chime_ms: int = CHIME_MS,
        gap_ms: int = GAP_MS,
        text_limit_ms: int = TEXT_LIMIT_MS,
    ):
        super().__init__(parent)
        self.chime = chime
        self.speaker = speaker
        self._gap_ms = gap_ms
        self._chime_ms = chime_ms
        self._waiting: deque[list[tuple[str, str]]] = deque()
        self._current: list[tuple[str, str]] | None = None
        self._texts: deque[tuple[str, str]] = deque()
        self._speaking = False
        self._engine = None
        self._checked = False
        self._step = QTimer(self, singleShot=True)
        self._step.timeout.connect(self._next_text)
        self._limit = QTimer(self, singleShot=True, interval=text_limit_ms)
        self._limit.timeout.connect(self._text_done)
        self._gap = QTimer(self, singleShot=True, interval=gap_ms)
        self._gap.timeout.connect(self._start_next)

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._waiting)

    def announce(self, texts: list[tuple[str, str]]) -> None:
        self._waiting.append(list(texts))
        if self._current is None and not self._gap.isActive():
            self._start_next()

    def check(self) -> None:
        """Open the speech engine and say in the log, once, if calls go out without a chime or speech."""
        if self._checked:
            return
        self._checked = True
        if not self.chime.available:
            log.warning("The display calls numbers without a chime (no sound)")
        if self.speaker.available:
            self._engine = self.speaker.engine
            self._engine.stateChanged.connect(self._on_state)
        else:
            log.warning("The display calls numbers without speech (no text-to-speech)")

    def _start_next(self) -> None:
        if not self._waiting:
            return
        self.check()
        self._current = self._waiting.popleft()
        self._texts = deque(self._current if self._engine is not None else [])
        self.started.emit(self._current)
        self.chime.play()
        self._step.start(self._chime_ms)

    def _next_text(self) -> None:
        if not self._texts:
            self._call_done()
            return
        text, lang = self._texts.popleft()
        self._speaking = True
        self._limit.start()
        before = len(self.speaker.said)
        self.speaker.say(text, lang)
        if len(self.speaker.said) == before:
            # Nothing was handed to the engine (no voice for this language): go on at once.
            self._text_done()

    def _on_state(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._speaking and state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._text_done()

    def _text_done(self) -> None:
        if not self._speaking:
            return
        self._speaking = False
        self._limit.stop()
        QTimer.singleShot(0, self, self._next_text)

    def _call_done(self) -> None:
        done, self._current = self._current, None
        self.finished.emit(done)
        self._gap.start()
