"""The chime: a soft WAV made by our own script, and a Chime that is silent (and logs once) without audio."""

from __future__ import annotations

import logging
import subprocess
import sys
import wave
from array import array

import pytest

from kiosk.core.paths import REPO
from screens.common import sound
from screens.common.sound import CHIME, Chime


@pytest.fixture(autouse=True)
def sound_on(monkeypatch):
    """These tests are about QtMultimedia itself (tests/conftest.py switches sound off)."""
    monkeypatch.delenv("KIOSK_SOUND", raising=False)


def warnings(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "screens.common.sound" and r.levelno >= logging.WARNING
    ]


def test_the_chime_is_short_soft_and_starts_and_ends_in_silence():
    with wave.open(str(CHIME)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        seconds = wav.getnframes() / wav.getframerate()
        samples = array("h", wav.readframes(wav.getnframes()))
    assert 0.6 <= seconds <= 1.0
    peak = max(abs(s) for s in samples) / 32768
    assert 0.2 < peak <= 0.5, "audible but gentle: no louder than about -6 dBFS"
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200, "no click at either end"


def test_the_committed_chime_is_what_the_script_makes(tmp_path):
    out = tmp_path / "chime.wav"
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_sounds.py"), "--out", str(out)], check=True)
    assert out.read_bytes() == CHIME.read_bytes(), "run scripts/make_sounds.py and commit the WAV"


def test_without_audio_output_the_chime_is_silent_counted_and_logged_once(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(sound, "has_audio_output", lambda: False)
    with caplog.at_level(logging.WARNING):
        chime = Chime()
        with qtbot.waitSignals([chime.chimed, chime.chimed]):
            chime.play()
            chime.play()
    assert not chime.available
    assert not chime.ringing
    assert chime.played == 2
    assert warnings(caplog) == ["The chime is silent: no audio output"]


def test_a_missing_sound_file_is_silent_and_logged_once(qtbot, caplog, tmp_path):
    with caplog.at_level(logging.WARNING):
        chime = Chime(tmp_path / "nothing.wav")
        chime.play()
    assert not chime.available
    assert chime.played == 1
    assert warnings(caplog) == [f"The chime is silent: no sound file {tmp_path / 'nothing.wav'}"]


def test_the_chime_rings_where_there_is_an_audio_output(qtbot):
    """Real sound only where the machine has an output (never on CI)."""
    if not sound.has_audio_output():
        pytest.skip("no audio output here")
    chime = Chime()
    assert chime.available
    chime.play()
    qtbot.waitUntil(lambda: chime.ringing, timeout=3000)
