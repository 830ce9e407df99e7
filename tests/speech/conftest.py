"""Fixtures for speech: a Speaker on Qt's mock engine, which 'says' each word on a timer, silently."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from screens.common.speech import TEST_ENGINE, Speaker


@dataclass
class Heard:
    """What the engine itself reports saying: each word, with the locale it was said in."""

    speaker: Speaker
    qtbot: object
    words: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        engine = self.speaker.engine
        engine.sayingWord.connect(
            lambda word, _id, _start, _length: self.words.append((word, engine.locale().name()))
        )

    def text(self) -> list[str]:
        return [word for word, _ in self.words]

    def locales(self) -> set[str]:
        return {locale for _, locale in self.words}

    def wait(self, words: int, timeout: int = 5000) -> None:
        """Wait until the engine has said `words` words and is quiet again."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        def done() -> None:
            assert len(self.words) >= words
            assert self.speaker.engine.state() == QTextToSpeech.State.Ready

        self.qtbot.waitUntil(done, timeout=timeout)


@pytest.fixture
def speaker(qtbot) -> Speaker:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if TEST_ENGINE not in QTextToSpeech.availableEngines():
        pytest.skip("this PySide6 has no mock text-to-speech engine")
    made = Speaker(TEST_ENGINE)
    assert made.available
    yield made
    made.stop()


@pytest.fixture
def heard(speaker: Speaker, qtbot) -> Heard:
    return Heard(speaker, qtbot)
