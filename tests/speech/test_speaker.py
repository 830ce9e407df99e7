"""Speaker: texts said in order in the visitor's language, cut off by stop() or the next say(), and a quiet
no-op (logged once) where there is nothing to speak with. The mock engine reports each word it says."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from screens.common import sound
from screens.common.speech import ENGINE_VARIABLE, RATE, TEST_ENGINE, Speaker

# The mock engine splits words at anything but ASCII letters and digits, so these texts stay ASCII.


def warnings(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "screens.common.speech" and r.levelno >= logging.WARNING
    ]


def test_says_texts_in_order_in_the_voice_of_the_language(qtbot, speaker, heard):
    handed = []
    speaker.utterance.connect(lambda text, lang: handed.append((text, lang)))
    speaker.say(["Hei kaikki", "A12, huone 2"], "fi")
    heard.wait(5)
    assert heard.text() == ["Hei", "kaikki", "A12", "huone", "2"]
    assert heard.locales() == {"fi_FI"}
    assert speaker.said == handed == [("Hei kaikki", "fi"), ("A12, huone 2", "fi")]


def test_english_is_said_in_a_british_voice_and_one_string_is_one_text(qtbot, speaker, heard):
    speaker.say("Room two", "en")
    heard.wait(2)
    assert heard.words == [("Room", "en_GB"), ("two", "en_GB")]
    assert speaker.said == [("Room two", "en")]


def test_blank_texts_are_skipped(qtbot, speaker, heard):
    speaker.say(["", "  ", "Hei"], "fi")
    heard.wait(1)
    assert speaker.said == [("Hei", "fi")]
    assert heard.text() == ["Hei"]


def test_stop_silences_at_once_and_forgets_what_was_still_to_come(qtbot, speaker, heard):
    with qtbot.waitSignal(speaker.engine.sayingWord):
        speaker.say(["one two three four", "five six"], "en")
    speaker.stop()
    assert speaker.engine.state() == QTextToSpeech.State.Ready
    with qtbot.assertNotEmitted(speaker.engine.sayingWord, wait=600):
        pass
    assert heard.text() == ["one"]


def test_a_new_say_cuts_off_the_one_before(qtbot, speaker, heard):
    with qtbot.waitSignal(speaker.engine.sayingWord):
        speaker.say(["Hei kaikki ja tervetuloa", "Toinen lause"], "fi")
    speaker.say(["Hello again"], "en")
    heard.wait(3)
    assert heard.words == [("Hei", "fi_FI"), ("Hello", "en_GB"), ("again", "en_GB")]


def test_say_right_after_say_says_only_the_second(qtbot, speaker, heard):
    speaker.say(["First words"], "fi")
    speaker.say(["Second words"], "fi")
    heard.wait(2)
    assert heard.text() == ["Second", "words"]
    assert speaker.said == [("First words", "fi"), ("Second words", "fi")]


def test_a_language_without_a_voice_is_silent_and_logged_once(qtbot, speaker, heard, caplog):
    # Qt's mock engine has Finnish and English voices but no Swedish one.
    if any(loc.language() == loc.Language.Swedish for loc in speaker.engine.availableLocales()):
        pytest.skip("this mock engine has a Swedish voice")
    with qtbot.waitSignal(speaker.engine.sayingWord):
        speaker.say(["Hei kaikki ja tervetuloa"], "fi")
    with caplog.at_level(logging.WARNING):
        speaker.say(["Hej"], "sv")
        speaker.say(["Hej igen"], "sv")
    assert speaker.engine.state() == QTextToSpeech.State.Ready, "the Finnish was stopped all the same"
    with qtbot.assertNotEmitted(speaker.engine.sayingWord, wait=300):
        pass
    assert heard.text() == ["Hei"]
    assert speaker.said == [("Hei kaikki ja tervetuloa", "fi")]
    assert warnings(caplog) == ["Nothing is said in 'sv': the speech engine has no voice for it"]


def test_speech_is_a_little_slower_than_the_engine_default(speaker):
    assert RATE < 0
    assert speaker.engine.rate() == pytest.approx(RATE)


def test_the_engine_is_chosen_by_the_environment(qtbot, speaker, monkeypatch):
    monkeypatch.setenv(ENGINE_VARIABLE, TEST_ENGINE)
    chosen = Speaker()
    assert chosen.available
    assert chosen.engine.engine() == TEST_ENGINE


@pytest.mark.parametrize("name", ["no-such-engine", "none"])
def test_without_an_engine_everything_is_a_quiet_noop_logged_once(qtbot, caplog, name):
    with caplog.at_level(logging.WARNING):
        speaker = Speaker(name)
        with qtbot.assertNotEmitted(speaker.utterance):
            speaker.say(["Hei", "Hej"], "fi")
            speaker.say("Hello", "en")
            speaker.stop()
    assert not speaker.available
    assert speaker.engine is None
    assert speaker.said == []
    assert len(warnings(caplog)) == 1
    assert warnings(caplog)[0].startswith("Speech is off:")


def test_a_real_engine_is_not_opened_without_an_audio_output(qtbot, caplog, monkeypatch):
    # speech-dispatcher with nowhere to play hangs on its first text and then blocks every new client.
    real = [e for e in QTextToSpeech.availableEngines() if e != TEST_ENGINE]
    if not real:
        pytest.skip("no real text-to-speech engine is installed")
    monkeypatch.setattr(sound, "has_audio_output", lambda: False)
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)  # tests/conftest.py picks the mock engine
    with caplog.at_level(logging.WARNING):
        speaker = Speaker()
        speaker.say("Hei", "fi")
    assert not speaker.available
    assert warnings(caplog) == [f"Speech is off: no audio output for the '{real[0]}' engine"]


def test_the_real_engine_starts_speaking_quickly_where_it_can_be_heard(qtbot, monkeypatch):
    """Real speech only where the machine has an engine and a sound output (never on CI)."""
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    speaker = Speaker()
    if not speaker.available:
        pytest.skip("no real engine with an audio output here")
    with qtbot.waitSignal(
        speaker.engine.stateChanged, timeout=3000, check_params_cb=lambda s: s == QTextToSpeech.State.Speaking
    ):
        speaker.say(["A12, huone 2"], "fi")
    speaker.stop()
    qtbot.waitUntil(lambda: speaker.engine.state() == QTextToSpeech.State.Ready, timeout=3000)


def test_the_engine_is_opened_on_first_use_not_when_the_speaker_is_made(qtbot):
    # Opening speech-dispatcher takes seconds; the kiosk opens it once its first frame is shown.
    speaker = Speaker(TEST_ENGINE)
    assert not speaker.opened
    speaker.stop()
    assert not speaker.opened, "stopping nothing opens nothing"
    speaker.say("Hello", "en")
    assert speaker.opened and speaker.said == [("Hello", "en")]
