"""How big a bench run is: full, `--quick` (about a minute for every module together), or tiny.

Tiny (`KIOSK_BENCH_TINY=1` in the environment, inherited by each module's process) is for the test that
runs the whole `kiosk bench` command in seconds: its figures prove the plumbing, not the product."""

from __future__ import annotations

import os

TINY_ENV = "KIOSK_BENCH_TINY"


def tiny() -> bool:
    return os.environ.get(TINY_ENV, "") not in ("", "0")


def pick(quick: bool, full: int, short: int, smallest: int) -> int:
    """`full` for a full run, `short` for --quick, `smallest` when tiny."""
    if tiny():
        return smallest
    return short if quick else full
