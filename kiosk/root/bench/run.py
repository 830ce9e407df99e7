"""`kiosk bench`: every measuring module in a process of its own (so one's Qt application or memory
never disturbs another), their figures in one table, and the report as JSON with the machine it ran on.
A module that is missing, raises or dies is an error line, never the end of the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from kiosk.root.bench import machine, size
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.report import Failure, table

MODULES = ("kiosk_speed", "hub_writes", "display_latency", "hub_memory")
"""The measuring modules of kiosk/root/bench/, in the order they run."""


def timeout(quick: bool) -> float:
    """Seconds one module may take before it is stopped and reported as an error."""
    return float(size.pick(quick, 1800, 300, 120))


def figure_of(data: dict) -> Figure:
    return Figure(**{key: value for key, value in data.items() if key != "ratio"})


def run_module(name: str, quick: bool, seconds: float | None = None) -> list[Figure | Failure]:
    """The figures of kiosk.root.bench.`name`, measured in a new process, or one Failure saying why not."""
    seconds = timeout(quick) if seconds is None else seconds
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        out = Path(folder) / "figures.json"
        command = [sys.executable, "-m", "kiosk.root.bench.one", name, "--out", str(out)]
        try:
            done = subprocess.run(
                command + (["--quick"] if quick else []),
                env=env,
                capture_output=True,
                text=True,
                timeout=seconds,
            )
        except subprocess.TimeoutExpired:
            return [Failure(name, f"did not finish within {seconds:.0f} s")]
        if not out.exists():
            last = (done.stderr.strip().splitlines() or [""])[-1]
            return [Failure(name, f"its process ended with code {done.returncode} before reporting: {last}")]
        result = json.loads(out.read_text(encoding="utf-8"))
    if "error" in result:
        return [Failure(name, result["error"])]
    return [figure_of(data) for data in result["figures"]]


def report(
    entries: list[Figure | Failure], start: list[float], modules: list[dict], extra: dict | None = None
) -> dict:
    return {
        "machine": {**machine.describe(), "load_start": start, "load_end": machine.load()},
        "tiny": size.tiny(),
        "modules": modules,
        "figures": [entry.as_json() for entry in entries if isinstance(entry, Figure)],
        "errors": [entry.as_json() for entry in entries if isinstance(entry, Failure)],
        **(extra or {}),
    }


def run(
    quick: bool = False,
    json_path: Path | None = None,
    soak_minutes: float | None = None,
    modules: tuple[str, ...] = MODULES,
    say: Callable[[str], None] = print,
) -> int:
    """Measure, print the table, write the JSON; 0 when every module reported, 1 when one could not."""
    start = machine.load()
    entries: list[Figure | Failure] = []
    ran: list[dict] = []  # per module: how many figures, or its error
    extra: dict = {}
    if soak_minutes is not None:
        from kiosk.root.bench import soak

        try:
            figures, samples = soak.soak(soak_minutes, say=say)
        except Exception as error:  # the kiosk or the hub died: said as the soak's error line
            entries.append(Failure("soak", f"{type(error).__name__}: {error}"))
            ran.append({"module": "soak", "figures": 0, "error": entries[-1].error})
        else:
            entries += figures
            extra["soak"] = {"minutes": soak_minutes, "samples": samples}
            ran.append({"module": "soak", "figures": len(figures), "error": None})
    else:
        for name in modules:
            print(f"measuring {name} ...", file=sys.stderr, flush=True)
            got = run_module(name, quick)
            entries += got
            failed = [entry.error for entry in got if isinstance(entry, Failure)]
            ran.append(
                {"module": name, "figures": len(got) - len(failed), "error": failed[0] if failed else None}
            )
    say(table(entries))
    result = report(entries, start, ran, extra)
    load = result["machine"]
    say(f"load average at start {start[0]:.2f}, at the end {load['load_end'][0]:.2f}; {load['cpu']}, "
        f"{load['cores']} cores, Python {load['python']}, PySide6 {load['pyside6']}")  # fmt: skip
    if json_path is not None:
        json_path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if result["errors"] else 0
