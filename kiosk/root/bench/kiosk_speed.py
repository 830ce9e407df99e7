"""The kiosk's own figures: cold start, a tap to the next question, the last tap to the ticket, memory.

    python -m kiosk.root.bench.kiosk_speed [--quick] [--only start,taps,memory]

Everything runs offscreen against a real `kiosk hub` process on loopback (a fresh database with the
Kokoomo routing open at all hours), and each figure stands beside a baseline measured in the same run:
- cold start: `kiosk run --hub ... --windowed` in a fresh process until the welcome screen is painted,
  against a bare PySide6 window started the same way (start_probe.py; the median of several runs),
  and beside them the same start against a hub just started (as at a centre's boot), the bare window
  with the Qt the kiosk cannot start without, and the welcome screen alone in a minimal program: how
  far a start split in two could go;
- a tap on an answer until the next question is painted, through the real VisitorWindow, against one
  plain label repainted;
- the last tap until the ticket screen with its QR code is painted (the hub makes the ticket), against
  one SQLite commit with the hub's own settings plus one HTTP round trip to the same hub;
- the resident memory of a kiosk process walking visits through the real screens (kiosk_memory.py).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from kiosk.root.bench import report, size
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.loopback_hub import LoopbackHub
from kiosk.root.bench.timing import commits, p95, round_trips

FRAME_MS = 1000 / 60
START_RATIO = 2.0
"""The kiosk's cold start, in bare windows. Issue 15 asked for 1.5x; restated at 2x on 2026-12-06
(README, "The kiosk's own speed"), once measured apart: the Qt any kiosk screen needs takes 1.2x by
itself (the `qt` probe) and the kiosk's welcome screen alone, in a program with nothing else, 1.4-1.55x,
so 1.5x left nothing for the kiosk around it. 2x leaves the kiosk 0.5x for its flow, hub client,
routing model, top bar and input watching, which take some 0.35x now."""
TICKET_MS = 50.0
GROWTH_MB = 5.0


def _ms(seconds: list[float]) -> list[float]:
    return [s * 1000 for s in seconds]


# -- cold start -----------------------------------------------------------------------------------


def _start_env(pycache: str) -> dict[str, str]:
    """The kiosk's own settings (its chime included, as a kiosk with speakers has it), offscreen, and
    Python's compiled bytecode kept in `pycache`: an installed kiosk starts from compiled modules (pip
    compiles them), even where this shell says not to write any (PYTHONDONTWRITEBYTECODE), and
    compiling every module again on each start would be most of what is measured."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _start_once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to the first paint, CPU seconds the process used): it ends as soon as it painted."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk.root.bench.start_probe", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    line = process.stdout.readline()
    took = time.perf_counter() - started
    process.wait(timeout=30)
    if line.strip() != "painted":
        raise RuntimeError(f"start_probe {args[0]} ended without painting (exit {process.returncode})")
    return took, _children_cpu() - cpu_before


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The median wall and CPU times of `runs`, in ms."""
    return statistics.median(_ms([r[0] for r in runs])), statistics.median(_ms([r[1] for r in runs]))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start_with_a_fresh_hub(env: dict[str, str]) -> tuple[float, float]:
    """A kiosk's start against a hub that has just started and answered nothing but its health."""
    with LoopbackHub() as fresh:
        return _start_once(["kiosk", fresh.url, fresh.tokens["kiosk"]], env)


def cold_start(hub, runs: int) -> list[Figure]:
    probes = {
        "kiosk": ["kiosk", hub.url, hub.tokens["kiosk"]],
        "bare": ["bare"],
        "qt": ["qt"],
        "welcome": ["welcome", hub.url, hub.tokens["kiosk"]],
    }
    runs_of: dict[str, list[tuple[float, float]]] = {name: [] for name in probes}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-pycache-") as pycache:
        env = _start_env(pycache)
        # The first start of each reads Qt's libraries from disk and compiles the modules: not counted.
        for args in probes.values():
            _start_once(args, env)
        for _ in range(runs):  # in turn, so all see the same machine
            for name, args in probes.items():
                runs_of[name].append(_start_once(args, env))
        at_boot = [_start_with_a_fresh_hub(env) for _ in range(runs)]
    (value, cpu), (baseline, cpu_baseline) = _medians(runs_of["kiosk"]), _medians(runs_of["bare"])
    alone, _ = _medians(runs_of["welcome"])
    with_qt, _ = _medians(runs_of["qt"])
    boot, _ = _medians(at_boot)
    return [
        Figure(
            "kiosk",
            "cold start to the welcome screen painted, median",
            value,
            "ms",
            "a bare PySide6 window painted",
            baseline,
            f"within {START_RATIO}x the bare window",
            value <= START_RATIO * baseline,
            f"{runs} fresh processes each, offscreen, modules compiled, routing from a hub on loopback",
        ),
        Figure(
            "kiosk",
            "cold start to the welcome screen painted, CPU time, median",
            cpu,
            "ms",
            "a bare PySide6 window painted, CPU time",
            cpu_baseline,
            note="the processes' own CPU (user + system): steadier than the wall clock on a busy machine",
        ),
        Figure(
            "kiosk",
            "cold start to the welcome screen painted, the hub just started, median",
            boot,
            "ms",
            "a bare PySide6 window painted",
            baseline,
            note="as at a centre's boot: a new `kiosk hub` process, healthy, then the kiosk; its first "
            "answers are the hub's first too",
        ),
        Figure(
            "kiosk",
            "cold start of a bare window with the Qt the kiosk needs, median",
            with_qt,
            "ms",
            "a bare PySide6 window painted",
            baseline,
            note="the same label in a process that also loads QtNetwork and QtSvg and touches the `Qt` "
            "namespace (start_probe.py qt): what no kiosk screen can start without",
        ),
        Figure(
            "kiosk",
            "cold start of the welcome screen alone, median",
            alone,
            "ms",
            "a bare PySide6 window painted",
            baseline,
            note="the kiosk's welcome screen in a minimal program (start_probe.py welcome): the floor of "
            "any start that drew it first and loaded the rest after",
        ),
    ]


# -- taps -----------------------------------------------------------------------------------------


def _label_repaints(count: int) -> list[float]:
    from PySide6.QtWidgets import QLabel

    from kiosk.root.bench.kiosk_walk import SIZE, Painted, Waiter

    label = QLabel("Kysymys")
    label.resize(*SIZE)
    label.show()
    painted, waiter = Painted(label), Waiter()
    waiter.until(lambda: painted.count > 0, "the label shown")
    took = []
    for i in range(count):
        waiter.settle()
        before = painted.count
        start = time.perf_counter()
        label.setText(f"Kysymys {i}")
        waiter.until(lambda b=before: painted.count > b, "the label repainted")
        took.append(time.perf_counter() - start)
    label.close()
    label.deleteLater()
    return took


def _kiosk(hub):
    from kiosk.client.hub_client import HubClient
    from kiosk.root.bench.kiosk_walk import Kiosk
    from screens.visitor.flow import VisitFlow
    from screens.visitor.screen import Screen

    client = HubClient(hub.url, hub.tokens["kiosk"])
    kiosk = Kiosk(VisitFlow(client, tap_guard_ms=0))
    client.fetch_routing()
    kiosk.wait_screen(Screen.WELCOME)
    return client, kiosk


def taps(hub, count: int, visits: int) -> list[Figure]:
    from kiosk.root.bench.kiosk_walk import cycle, steps

    repaint = _ms(_label_repaints(count))
    client, kiosk = _kiosk(hub)
    try:
        to_question = cycle(steps(kiosk.flow.routing, to_question=True))
        tap, tap_cpu = _split([kiosk.time_to_question(next(to_question)) for _ in range(count)])
        to_ticket = cycle(steps(kiosk.flow.routing, to_question=False))
        ticket, ticket_cpu = _split([kiosk.time_to_ticket(next(to_ticket)) for _ in range(visits)])
    finally:
        client.stop()
        kiosk.window.close()
        kiosk.window.deleteLater()
    commit, round_trip = _ms(commits(visits)), _ms(round_trips(hub.url, visits))
    frame = f"p95 within one 60 Hz frame ({FRAME_MS:.1f} ms)"
    each = f"{count} taps, offscreen, through the real VisitorWindow"
    return [
        Figure("kiosk", "tap to next question painted, median", statistics.median(tap), "ms",
               "one plain label repaint, median", statistics.median(repaint), note=each),
        Figure("kiosk", "tap to next question painted, p95", p95(tap), "ms",
               "one plain label repaint, p95", p95(repaint), frame, p95(tap) <= FRAME_MS, each),
        Figure("kiosk", "last tap to ticket with QR painted, median", statistics.median(ticket), "ms",
               "one SQLite commit + one HTTP round trip, medians",
               statistics.median(commit) + statistics.median(round_trip),
               note=f"{visits} visits, a `kiosk hub` process on loopback"),
        Figure("kiosk", "last tap to ticket with QR painted, p95", p95(ticket), "ms",
               "one SQLite commit + one HTTP round trip, p95s", p95(commit) + p95(round_trip),
               f"p95 within {TICKET_MS:.0f} ms", p95(ticket) <= TICKET_MS,
               f"{visits} visits, a `kiosk hub` process on loopback"),
        Figure("kiosk", "tap to next question, the kiosk's CPU time, p95", p95(tap_cpu), "ms",
               note="the GUI thread's own work, steadier than the wall clock on a busy machine"),
        Figure("kiosk", "last tap to ticket, the kiosk's CPU time, p95", p95(ticket_cpu), "ms",
               note="the GUI thread's own work (the hub's is in its own process)"),
    ]  # fmt: skip


def _split(timed: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """(wall, CPU) pairs in seconds -> the walls and the CPU times, in ms."""
    return _ms([wall for wall, _cpu in timed]), _ms([cpu for _wall, cpu in timed])


# -- memory ---------------------------------------------------------------------------------------


def memory(hub, first: int, last: int) -> list[Figure]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    module = "kiosk.root.bench.kiosk_memory"
    command = [sys.executable, "-m", module, hub.url, hub.tokens["kiosk"], str(first), str(last)]
    lines = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout.split("\n")
    rss = {int(n): float(mb) for n, mb in (line.split() for line in lines if line.strip())}
    growth = rss[last] - rss[first]
    walked = "visits walked by taps through the real screens, offscreen, in a process of its own"
    return [
        Figure("memory", f"kiosk RSS after {first} visits", rss[first], "MB", note=walked),
        Figure("memory", f"kiosk RSS after {last} visits", rss[last], "MB", note=walked),
        Figure("memory", f"kiosk RSS growth, {first} to {last} visits", growth, "MB",
               target=f"under {GROWTH_MB:.0f} MB from 100 to 5,000 visits", met=growth < GROWTH_MB,
               note=walked),
    ]  # fmt: skip


PARTS = ("start", "taps", "memory")


def measure(quick: bool, parts: tuple[str, ...] = PARTS) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    figures = []
    with LoopbackHub() as hub:
        if "start" in parts:
            figures += cold_start(hub, runs=size.pick(quick, 7, 3, 1))
        if "taps" in parts:
            figures += taps(hub, count=size.pick(quick, 400, 100, 10), visits=size.pick(quick, 200, 30, 3))
        if "memory" in parts:
            figures += memory(hub, size.pick(quick, 100, 50, 5), size.pick(quick, 5000, 500, 20))
    return figures


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = sys.argv[1:]
    parts = tuple(args[args.index("--only") + 1].split(",")) if "--only" in args else PARTS
    print(report.table(measure(quick="--quick" in args, parts=parts)))
