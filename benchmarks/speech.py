"""Speech, for real, once: renders a question with its answers and a ticket call in fi, sv and en to WAVs
with espeak-ng, prints their lengths and phonemes, and times Speaker.say() to the engine's Speaking.

    .venv/bin/python benchmarks/speech.py [--out DIR] [--repeat N]

The time from `say()` to the engine's state turning to Speaking is the nearest thing to "tap to first
sound" that can be measured without a microphone. It needs a real engine (speech-dispatcher with
espeak-ng) and an audio output; on a machine without sound, a PulseAudio null sink stands in:

    pulseaudio -n --daemonize=no --exit-idle-time=-1 -L module-null-sink \
        -L "module-native-protocol-unix auth-anonymous=1 socket=/tmp/pa/native" &
    PULSE_SERVER=unix:/tmp/pa/native .venv/bin/python benchmarks/speech.py
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.core.paths import DEFAULT_ROUTING
from kiosk.core.routing import Routing, loads
from kiosk.core.spoken import spoken_number

ESPEAK_VOICES = {"fi": "fi", "sv": "sv", "en": "en-gb"}
SAMPLE_TICKET = ("A012", "coordinator")


@functools.cache
def kokoomo() -> Routing:
    return loads(DEFAULT_ROUTING.read_text(encoding="utf-8"))


def samples(lang: str) -> dict[str, list[str]]:
    """What the kiosk would say, taken from the routing as the screens take it (no words of our own)."""
    routing = kokoomo()
    question = routing.question(routing.start)
    number, service_id = SAMPLE_TICKET
    service = routing.service(service_id)
    return {
        "question": [question.text[lang], *(a.label[lang] for a in question.answers)],
        "ticket": [spoken_number(number), service.name[lang], service.location[lang]],
    }


def sentences(texts: list[str]) -> str:
    """The texts as one run of sentences, as the engine gets them one after another."""
    return " ".join(t if t[-1:] in ".?!" else f"{t}." for t in texts)


def render(out: Path) -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        print("espeak-ng is not installed: no WAVs (apt-get install espeak-ng)")
        return
    print(f"WAVs in {out} (espeak-ng at its default speed)")
    print(f"{'file':<22} {'seconds':>7}  text")
    for lang, voice in ESPEAK_VOICES.items():
        for kind, texts in samples(lang).items():
            text = sentences(texts)
            path = out / f"{kind}-{lang}.wav"
            subprocess.run([espeak, "-v", voice, "-w", str(path), text], check=True)
            with wave.open(str(path)) as wav:
                seconds = wav.getnframes() / wav.getframerate()
            print(f"{path.name:<22} {seconds:7.2f}  {text}")
    print("\nphonemes (espeak-ng -x):")
    for lang, voice in ESPEAK_VOICES.items():
        text = sentences(samples(lang)["ticket"] + samples(lang)["question"][:1])
        phonemes = subprocess.run(
            [espeak, "-v", voice, "-q", "-x", text], check=True, capture_output=True, text=True
        ).stdout
        print(f"  {lang}: {' | '.join(line.strip() for line in phonemes.splitlines() if line.strip())}")


def time_to_speaking(repeat: int) -> None:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer

    from screens.common.speech import Speaker

    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    started = time.perf_counter()
    speaker = Speaker()
    opened = time.perf_counter() - started
    if not speaker.available:
        print("\nno real engine here (see the log line above): no tap-to-speech time")
        return
    tts = speaker.engine
    from PySide6.QtTextToSpeech import QTextToSpeech

    print(f"\nSpeaker() with the '{tts.engine()}' engine took {opened * 1000:.0f} ms to open")

    def wait_for(state, timeout_ms: int) -> float | None:
        """Milliseconds until the engine is in `state`, or None if it never got there."""
        clock = QElapsedTimer()
        clock.start()
        while tts.state() != state:
            if clock.elapsed() > timeout_ms:
                return None
            loop = QEventLoop()
            tts.stateChanged.connect(loop.quit)
            QTimer.singleShot(20, loop.quit)
            loop.exec()
            tts.stateChanged.disconnect(loop.quit)
        return clock.nsecsElapsed() / 1e6

    print(f"{'lang':<5} {'say() ms':>9} {'to Speaking ms (median, max of ' + str(repeat) + ')':>40}")
    for lang in ESPEAK_VOICES:
        calls, waits = [], []
        texts = samples(lang)["question"]
        for _ in range(repeat):
            speaker.stop()
            wait_for(QTextToSpeech.State.Ready, 5000)
            before = time.perf_counter()
            speaker.say(texts, lang)
            calls.append((time.perf_counter() - before) * 1000)
            waited = wait_for(QTextToSpeech.State.Speaking, 5000)
            if waited is not None:
                waits.append(waited + calls[-1])
        summary = f"{statistics.median(waits):.0f}, {max(waits):.0f}" if waits else "never started"
        print(f"{lang:<5} {statistics.median(calls):9.2f} {summary:>40}")
    speaker.stop()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for the WAVs (default: a new temporary one)")
    parser.add_argument("--repeat", type=int, default=10, help="say() timings per language")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = args.out or Path(tempfile.mkdtemp(prefix="kiosk-speech-"))
    out.mkdir(parents=True, exist_ok=True)
    render(out)
    time_to_speaking(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
