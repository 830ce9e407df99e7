"""An anonymous client costs nothing: a kiosk keeps its speed while a hostile client on the LAN loops
feed replays, sends 50 MB bodies and half-sent requests, and the hub keeps its memory.

A real `kiosk hub` process over a busy day's database (about 1,200 events); the attacker is its own
process (tests/abuse.py), so it shares no interpreter with the kiosk measured here. The figures are
printed (`pytest -s` shows them) and held to the issue's targets: p95 under 50 ms, RSS under 150 MB.
The p95 gets a second round when the first misses (see the test), never a third.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest
from conftest import HubProcess, publish_open_all_hours

from kiosk.core import clock
from kiosk.core.routing import loads
from kiosk.server import staff_actions, store, tokens
from kiosk.server.queue import create_visit

# Serial: its p95 is a measure of this machine too, so scripts/test runs it with no other test beside it.
pytestmark = [pytest.mark.hub, pytest.mark.serial]

ATTACK_SECONDS = 14.0
SERVICES = ["greeter", "coordinator", "workshop", "fourh"]
ANSWERS = [
    {"need": "talk"},
    {"need": "work", "age": "under30", "work_young": "job"},
    {"need": "work", "age": "over30", "work_adult": "workshop"},
    {"need": "activity"},
]


def busy_day(db_path: Path) -> int:
    """A busy day's events: 400 visits over four services, 380 of them called and finished; the last
    seq. Written in-process before the hub starts."""
    publish_open_all_hours(db_path)  # a hub process runs on the real clock
    db = store.open_db(db_path)
    try:
        routing = loads(store.active_routing(db)[1])
        version = store.active_routing_id(db)
        for i in range(400):
            create_visit(
                db, routing, version, lang="fi", answers=ANSWERS[i % 4], key=f"busy-{i}", now=clock.now()
            )
        for i in range(380):
            called = staff_actions.call_next(db, routing, SERVICES[i % 4], "desk", clock.now())
            staff_actions.done(db, routing, called["code"], clock.now())
        return store.last_seq(db)
    finally:
        db.conn.close()


def rss_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak) of a process, in MB."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def visit_times(url: str, token: str, seconds: float) -> list[float]:
    """Milliseconds of each kiosk POST /api/visits, one every 50 ms for `seconds`."""
    times = []
    headers = {"Authorization": f"Bearer {token}"}
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=url, headers=headers, timeout=30) as kiosk:
        while time.monotonic() < deadline:
            body = {"lang": "fi", "answers": ANSWERS[len(times) % 4], "key": str(uuid.uuid4())}
            started = time.perf_counter()
            reply = kiosk.post("/api/visits", json=body)
            times.append((time.perf_counter() - started) * 1000)
            assert reply.status_code == 201, reply.text
            time.sleep(max(0.0, 0.05 - (time.perf_counter() - started)))  # a steady pace, not a measure
    return times


def figures(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    median, most = statistics.median(times), max(times)
    return f"{len(times)} visits: median {median:.1f} ms, p95 {p95:.1f} ms, max {most:.1f} ms"


def p95_of(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.95) - 1]


def attack(hub: HubProcess, kiosk_token: str) -> tuple[list[float], dict]:
    """One round: the attacker's process for ATTACK_SECONDS while the kiosk posts; (its times, counts)."""
    attacker = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("abuse.py")), hub.url, str(ATTACK_SECONDS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        attacked = visit_times(hub.url, kiosk_token, ATTACK_SECONDS - 2.0)
        out, _ = attacker.communicate(timeout=60)
    finally:
        if attacker.poll() is None:
            attacker.kill()
    return attacked, json.loads(out.strip().splitlines()[-1])


def test_a_kiosk_keeps_its_speed_and_the_hub_its_memory_under_an_anonymous_attack(qtbot, tmp_path):
    db_path = tmp_path / "busy.db"
    events = busy_day(db_path)
    db = store.open_db(db_path)
    kiosk_token = tokens.add_token(db, "kiosk")
    db.conn.close()
    hub = HubProcess(db_path)
    rounds = []
    try:
        hub.start(qtbot)
        quiet = visit_times(hub.url, kiosk_token, 3.0)
        rss_before, _ = rss_mb(hub.process.pid)
        rounds.append(attack(hub, kiosk_token))
        rss_during, _ = rss_mb(hub.process.pid)
        if p95_of(rounds[0][0]) >= 50:
            # The p95 is also a measure of this machine: a second round tells a hub that is slow under
            # attack (it misses again) from a moment when something else took the cores (it does not).
            rounds.append(attack(hub, kiosk_token))
        rss_after, rss_peak = rss_mb(hub.process.pid)
    finally:
        hub.kill()
    print(f"\nbusy day: {events} events in the database")
    print(f"quiet:     {figures(quiet)}")
    for attacked, counts in rounds:
        print(f"attacked:  {figures(attacked)}")
        print(f"attacker:  {counts}")
    print(
        f"hub RSS:   {rss_before:.0f} MB before, {rss_during:.0f} MB during, {rss_after:.0f} MB after,"
        f" peak {rss_peak:.0f} MB"
    )
    for _, counts in rounds:
        assert counts["replays_refused"] > 100 and counts.get("replayed_messages", 0) == 0
        # Each body is cut off after what the kernels' buffers take (a few MB), never read whole.
        answered = sum(n for k, n in counts.items() if k.startswith("bodies_answered"))
        assert counts["body_megabytes_sent"] / (counts["bodies_cut_off"] + answered) < 10
        assert counts["half_requests_closed"] >= 5
    attacked = rounds[-1][0]
    assert p95_of(attacked) < 50, figures(attacked)
    assert rss_peak < 150
