"""A number given on the command line: an int or float within limits, or one clear line saying why not."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def bounded(
    kind: Callable[[str], float], unit: str, within: Callable[[float], bool], limits: str
) -> Callable[[str], float]:
    """An argparse `type`: `kind(text)` (int or float) for which `within` holds, else an ArgumentTypeError
    in one line: "'soon' is not a number of minutes", or "0: <limits>"."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of {unit}") from None
        if not within(value):
            raise argparse.ArgumentTypeError(f"{text}: {limits}")
        return value

    return parse
