#!/usr/bin/env python3
"""Writes assets/sounds/chime.wav: two soft bell-like tones, high then low, about 0.8 s.

The kiosk's sounds are made here rather than downloaded, so anyone can see and change them. The
output is the same bytes on every run (no randomness), so a test can check that the committed WAV
is what this script makes.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from pathlib import Path

RATE = 44_100
LENGTH = 0.8
PEAK = 0.35
"""About -9 dBFS: a gentle call in a quiet room, never a startle."""

# (start in seconds, fundamental in Hz): E5 then C5, a falling major third ("ding-dong").
TONES = [(0.0, 659.25), (0.28, 523.25)]
# A bell's warmth comes from a few quieter partials above the fundamental.
PARTIALS = [(1.0, 1.0), (2.0, 0.25), (3.0, 0.08)]
ATTACK = 0.012
"""A soft start (no click) but quick enough to sound like a bell, not a swell."""
DECAY = 0.16
"""Time constant of the exponential fade of each tone, in seconds."""
FADE_OUT = 0.06
"""The last stretch is faded to silence, so the file ends on zero."""

OUT = Path(__file__).resolve().parents[1] / "assets" / "sounds" / "chime.wav"


def sample(t: float) -> float:
    """The chime's value at time t, -1..1 before scaling."""
    value = 0.0
    for start, frequency in TONES:
        local = t - start
        if local < 0:
            continue
        envelope = min(local / ATTACK, 1.0) * math.exp(-local / DECAY)
        for multiple, weight in PARTIALS:
            value += weight * envelope * math.sin(2 * math.pi * frequency * multiple * local)
    return value


def render() -> list[float]:
    count = round(RATE * LENGTH)
    values = [sample(i / RATE) for i in range(count)]
    fade = round(RATE * FADE_OUT)
    for i in range(fade):
        values[count - fade + i] *= 1 - (i + 1) / fade
    loudest = max(abs(v) for v in values)
    return [v * PEAK / loudest for v in values]


def write(path: Path) -> Path:
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in render())
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    print(write(parser.parse_args(argv).out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
