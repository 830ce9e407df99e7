"""`kiosk bench` end to end at its tiny size (KIOSK_BENCH_TINY=1): every module's figures or its error
line, in the table and in the JSON report with the machine it ran on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from kiosk.root.bench import run
from kiosk.root.bench.figures import Figure
from kiosk.root.bench.report import Failure

pytestmark = [pytest.mark.serial, pytest.mark.hub]

OURS = {  # the figures of the modules this test knows by name
    "kiosk_speed": [
        "cold start to the welcome screen painted, median",
        "cold start to the welcome screen painted, the hub just started, median",
        "cold start of a bare window with the Qt the kiosk needs, median",
        "cold start of the welcome screen alone, median",
    ],
    "display_latency": [
        "visit sent -> display's model, median",
        "visit sent -> display's model, p95",
        "call sent -> display's model, median",
        "call sent -> display's model, p95",
    ],
    "hub_memory": ["hub after 10 visits", "hub after 40 visits", "database after 40 visits"],
}


def tiny_env() -> dict[str, str]:
    return {**os.environ, "KIOSK_BENCH_TINY": "1", "QT_QPA_PLATFORM": "offscreen"}


def test_kiosk_bench_quick_reports_every_module_in_the_table_and_the_json(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "bench", "--quick", "--json", str(out)],
        env=tiny_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    report = json.loads(out.read_text(encoding="utf-8"))
    table = done.stdout
    assert table.splitlines()[0].split() == [
        "section",
        "figure",
        "value",
        "baseline",
        "ratio",
        "target",
        "met",
    ]
    assert [m["module"] for m in report["modules"]] == list(run.MODULES)
    for module in report["modules"]:
        if module["error"]:
            assert module["figures"] == 0
            assert f"{module['module']}" in table and f"ERROR: {module['error']}" in table
            assert {"module": module["module"], "error": module["error"]} in report["errors"]
        else:
            assert module["figures"] > 0, module
    assert done.returncode == (1 if report["errors"] else 0), done.stderr
    names = [figure["name"] for figure in report["figures"]]
    for module, expected in OURS.items():
        assert next(m for m in report["modules"] if m["module"] == module)["error"] is None, done.stderr
        for name in expected:
            assert name in names
            assert name in table
    for figure in report["figures"]:
        assert figure["value"] >= 0 or figure["section"] == "display", figure
        if figure["baseline"]:
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"])
    machine = report["machine"]
    assert machine["cores"] >= 1 and machine["python"].startswith("3.") and machine["pyside6"]
    assert len(machine["load_start"]) == 3 and len(machine["load_end"]) == 3 and machine["date"]
    assert report["tiny"] is True
    assert "load average at start" in table


def test_a_module_that_is_missing_or_cannot_measure_is_an_error_not_a_crash():
    assert run.run_module("no_such_bench", quick=True) == [
        Failure("no_such_bench", "no module kiosk.root.bench.no_such_bench")
    ]
    assert run.run_module("figures", quick=True) == [
        Failure("figures", "kiosk.root.bench.figures has no measure(quick)")
    ]


def test_bench_refuses_a_json_file_in_a_missing_folder_and_a_soak_of_no_minutes(tmp_path):
    missing = subprocess.run(
        [sys.executable, "-m", "kiosk", "bench", "--json", str(tmp_path / "nowhere" / "b.json")],
        env=tiny_env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 2 and "no folder" in missing.stderr
    zero = subprocess.run(
        [sys.executable, "-m", "kiosk", "bench", "--soak", "0"],
        env=tiny_env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert zero.returncode == 2 and "a soak lasts more than 0" in zero.stderr


def test_kiosk_bench_soak_says_a_line_per_sample_and_the_growth_of_each_figure(tmp_path):
    out = tmp_path / "soak.json"
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "bench", "--soak", "0.1", "--json", str(out)],
        env=tiny_env(), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    samples = report["soak"]["samples"]
    assert len(samples) >= 2 and samples[-1]["minutes"] >= 0.1
    assert samples[-1]["visits"] >= 1 and samples[0]["hub_fds"] > 0 and samples[0]["kiosk_threads"] > 0
    assert sum(" min  visits " in line for line in done.stdout.splitlines()) == len(samples)
    names = {figure["name"] for figure in report["figures"]}
    for who in ("kiosk", "hub"):
        for what in ("memory growth per 5,000 visits", "fds growth per hour", "threads growth per hour"):
            assert f"{who} {what}" in names
            assert f"{who} {what}" in done.stdout
    assert {"events rows at the end", "database and -wal at the end"} <= names
    assert "hub database connections, most at once" in names and samples[-1]["hub_connections"] >= 1
    assert report["errors"] == []


def soak_samples(hub_fds: list[int], database_fds: list[int]) -> list[dict]:
    """A minute apart: steady but for the hub's descriptors (of them, `database_fds` on its database)."""
    return [
        {"minutes": float(i), "visits": 30 * i, "kiosk_rss_mb": 100.0, "kiosk_fds": 6, "kiosk_threads": 2,
         "hub_rss_mb": 60.0, "hub_fds": fds, "hub_threads": 6, "hub_connections": db // 2,
         "hub_database_fds": db, "events": 100, "db_mb": 1.0, "wal_mb": 0.1}
        for i, (fds, db) in enumerate(zip(hub_fds, database_fds, strict=True))
    ]  # fmt: skip


def test_the_soak_tells_its_read_pool_growing_once_from_descriptors_climbing():
    from kiosk.root.bench.soak import POOL_MOST, summary

    def hub_fds_met(samples: list[dict]) -> bool:
        return next(f for f in summary(samples) if f.name == "hub fds growth per hour").met

    def connections(samples: list[dict]) -> bool:
        return next(f for f in summary(samples) if f.name == "hub database connections, most at once").met

    # One more pooled read connection late in the run (the 62-minute soak's step, 22 -> 24): bounded.
    pool_grew = soak_samples([22] * 6 + [24] * 6, [4] * 6 + [6] * 6)
    assert hub_fds_met(pool_grew) and connections(pool_grew)
    # Sockets or files left open: the second half climbs above the first.
    leaking = soak_samples([22, 22, 22, 23, 23, 23, 24, 25, 26, 27, 28, 29], [4] * 12)
    assert not hub_fds_met(leaking)
    # A connection per worker thread (before the pool): more than the pool ever keeps.
    per_thread = soak_samples(list(range(22, 46, 2)), list(range(4, 28, 2)))
    assert not connections(per_thread) and max(s["hub_connections"] for s in per_thread) > POOL_MOST


def test_the_soak_judges_memory_only_once_the_caches_had_time_to_fill():
    from kiosk.root.bench.soak import WARM_MINUTES, summary

    def memory(minutes: int, rss: Callable[[int], float]) -> Figure:
        samples = soak_samples([22] * (minutes + 1), [4] * (minutes + 1))
        for i, sample in enumerate(samples):
            sample["hub_rss_mb"] = rss(i)
        return next(f for f in summary(samples) if f.name == "hub memory growth per 5,000 visits")

    filling = memory(15, lambda i: 60.0 + min(i, 10) * 0.2)  # the 15-minute soaks: caches still filling
    assert filling.met is None and "too short to judge" in filling.note
    steady = memory(2 * int(WARM_MINUTES) + 2, lambda i: 60.0 + min(i, 10) * 0.2)
    assert steady.met is True
    leaking = memory(2 * int(WARM_MINUTES) + 2, lambda i: 60.0 + i * 0.2)  # 0.2 MB a minute, for ever
    assert leaking.met is False and leaking.value > 5
