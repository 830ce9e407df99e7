"""Chime: the soft two-tone call of assets/sounds/chime.wav, through QtMultimedia's QSoundEffect."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

from kiosk.core.paths import ASSETS

log = logging.getLogger(__name__)

CHIME = ASSETS / "sounds" / "chime.wav"
SOUND_VARIABLE = "KIOSK_SOUND"
"""Set to "off" for a kiosk without speakers (and for the tests)."""
VOLUME = 0.8
"""Of the system volume: the WAV itself is already soft (scripts/make_sounds.py)."""


class Chime(QObject):
    """`play()` rings the chime; without an audio output it logs why once and stays silent.

    `played` counts every `play()`, and `chimed` is emitted for each, whether or not a sound device
    is there, so that a screen's test on a machine without audio can still see that it chimed.
    """

    chimed = Signal()

    def __init__(self, source: Path = CHIME, *, volume: float = VOLUME, parent: QObject | None = None):
        super().__init__(parent)
        self.played = 0
        self._effect = None
        self._logged = False
        self._source = source
        self._volume = volume
        self._loaded = False

    def load(self) -> None:
        """Open the audio output and the sound (QtMultimedia takes some 50 ms to load): a window calls
        it after its first frame; the first `play()` does if nobody did."""
        if self._loaded:
            return
        self._loaded = True
        source, volume = self._source, self._volume
        if os.environ.get(SOUND_VARIABLE, "").lower() in ("off", "none"):
            # Not even QtMultimedia is loaded: its audio back-end starts threads of its own.
            self._off(f"{SOUND_VARIABLE}={os.environ[SOUND_VARIABLE]}")
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:  # the add-on or a library it needs (libpulse0) is missing
            self._off(f"QtMultimedia cannot be loaded ({error})")
            return
        if not Path(source).is_file():
            self._off(f"no sound file {source}")
        elif not has_audio_output():
            self._off("no audio output")
        else:
            self._effect = QSoundEffect(self)
            self._effect.statusChanged.connect(self._check_status)
            self._effect.setSource(QUrl.fromLocalFile(str(source)))
            self._effect.setVolume(volume)

    @property
    def available(self) -> bool:
        self.load()
        return self._effect is not None

    @property
    def ringing(self) -> bool:
        """Whether the sound is playing right now (never, without an audio output)."""
        return self._effect is not None and self._effect.isPlaying()

    def play(self) -> None:
        """Ring once (from the start, if it is still ringing); never waits for the sound."""
        self.played += 1
        self.chimed.emit()
        self.load()
        if self._effect is not None:
            self._effect.play()

    def _check_status(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if self._effect is not None and self._effect.status() == QSoundEffect.Status.Error:
            self._effect.deleteLater()
            self._effect = None
            self._off("the sound could not be loaded")

    def _off(self, why: str) -> None:
        if not self._logged:
            self._logged = True
            log.warning("The chime is silent: %s", why)


def has_audio_output() -> bool:
    """Whether Qt sees a device to play sound on (a machine without audio, such as CI, has none)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    return bool(QMediaDevices.audioOutputs())
