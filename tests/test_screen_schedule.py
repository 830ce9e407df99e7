"""Screen blanking: lit from a margin before the centre opens to a margin after it closes, dark otherwise
and on closed days; `kiosk screen-schedule` reads the hours from a real hub and runs the commands."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.screen_hours import screen_on

HKI = ZoneInfo("Europe/Helsinki")
KOKOOMO = [  # assets/routing/kokoomo.yaml: Mon-Thu 09-15, Fri 09-14
    {"weekday": day, "start": "09:00", "end": "15:00"} for day in ("mon", "tue", "wed", "thu")
] + [{"weekday": "fri", "start": "09:00", "end": "14:00"}]
TUESDAY = date(2026, 3, 3)
HALF_HOUR = timedelta(minutes=30)


def at(day: date, clock: str) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=HKI)


@pytest.mark.parametrize(
    ("day", "clock", "lit"),
    [
        (TUESDAY, "10:00", True),
        (TUESDAY, "08:29", False),  # more than the margin before opening
        (TUESDAY, "08:30", True),  # the margin before opening
        (TUESDAY, "15:29", True),  # the margin after closing
        (TUESDAY, "15:30", False),
        (TUESDAY, "03:00", False),
        (date(2026, 3, 6), "14:15", True),  # Friday closes at 14
        (date(2026, 3, 6), "14:30", False),
        (date(2026, 3, 7), "10:00", False),  # Saturday
        (date(2026, 3, 8), "10:00", False),  # Sunday
    ],
)
def test_the_screen_is_lit_within_the_margin_of_the_opening_hours(day, clock, lit):
    assert screen_on(KOKOOMO, at(day, clock), margin=HALF_HOUR) is lit


def test_a_closed_day_stays_dark_and_hours_are_helsinki_time_whatever_the_zone():
    assert not screen_on(KOKOOMO, at(TUESDAY, "10:00"), {TUESDAY}, HALF_HOUR)
    assert screen_on(KOKOOMO, at(TUESDAY, "10:00").astimezone(ZoneInfo("UTC")), margin=HALF_HOUR)
    # Across the spring change (29 March 2026): Monday 30 March 08:30 is still the margin before 09:00.
    assert screen_on(KOKOOMO, at(date(2026, 3, 30), "08:30"), margin=HALF_HOUR)


def test_a_margin_reaches_over_midnight_and_no_hours_means_always_lit():
    late = [{"weekday": "tue", "start": "20:00", "end": "23:30"}]
    assert screen_on(late, at(date(2026, 3, 4), "00:30"), margin=timedelta(hours=1, minutes=1))
    assert not screen_on(late, at(date(2026, 3, 4), "00:30"), margin=HALF_HOUR)
    assert screen_on([], at(date(2026, 3, 8), "03:00"))


def schedule(hub_url: str, record: Path, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    """`kiosk screen-schedule` whose on/off commands append "on" or "off" to `record`."""
    on, off = (f"sh -c 'echo {word} >> {record}'" for word in ("on", "off"))
    command = [sys.executable, "-m", "kiosk", "screen-schedule", "--hub", hub_url, "--on", on, "--off", off]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=timeout, check=False)


def test_once_reads_the_hours_from_the_hub_and_runs_the_command(hub, tmp_path):
    record = tmp_path / "screen.log"
    done = schedule(hub.url, record, "--once", "--at", "2026-03-03T10:00+02:00")
    assert done.returncode == 0, done.stderr
    assert "screen on: opening hours (with a 30 min margin)" in done.stdout
    done = schedule(hub.url, record, "--once", "--at", "2026-03-03T20:00+02:00")
    assert done.returncode == 0 and "screen off: outside opening hours" in done.stdout
    done = schedule(hub.url, record, "--once", "--margin", "60", "--at", "2026-03-03T08:05+02:00")
    assert done.returncode == 0 and "screen on" in done.stdout
    assert record.read_text().split() == ["on", "off", "on"]


def test_a_closed_day_set_by_staff_darkens_the_screen(hub, tmp_path):
    import httpx

    day_off = {"service": None, "note": "Training day"}
    answer = httpx.put(f"{hub.url}/api/dates-off/2026-03-04", json=day_off, headers=hub.auth())
    assert answer.status_code == 200, answer.text
    record = tmp_path / "screen.log"
    done = schedule(hub.url, record, "--once", "--at", "2026-03-04T10:00+02:00")
    assert done.returncode == 0 and "screen off" in done.stdout, done.stdout + done.stderr


def test_the_loop_acts_on_a_change_only(qtbot, hub, tmp_path):
    record = tmp_path / "screen.log"
    on, off = (f"sh -c 'echo {word} >> {record}'" for word in ("on", "off"))
    command = [sys.executable, "-m", "kiosk", "screen-schedule", "--hub", hub.url, "--on", on, "--off", off]
    command += ["--every", "0.1", "--at", "2026-03-03T20:00+02:00"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: record.exists(), timeout=20000)
        qtbot.wait(1500)  # some fifteen checks more, with nothing changed
        assert process.poll() is None
    finally:
        process.terminate()
        process.wait(10)
    assert record.read_text().split() == ["off"]


def test_an_unreachable_hub_keeps_the_screen_on_and_says_so(tmp_path):
    from conftest import free_port

    record = tmp_path / "screen.log"
    url = f"http://127.0.0.1:{free_port()}"
    done = schedule(url, record, "--once", "--at", "2026-03-03T20:00+02:00")
    assert done.returncode == 0
    assert f"cannot read /api/routing from the hub at {url}" in done.stdout
    assert "screen on: the hub's hours are not known yet" in done.stdout
    assert record.read_text().split() == ["on"]


def test_bad_settings_and_a_failing_command_are_named(hub, tmp_path):
    base = [sys.executable, "-m", "kiosk", "screen-schedule", "--hub", hub.url, "--once"]
    done = subprocess.run([*base, "--margin", "soon"], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "'soon' is not a number of minutes" in done.stderr
    done = subprocess.run([*base, "--off", " "], capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "the screen's off command is empty" in done.stderr
    missing = tmp_path / "no-such-tool"
    evening = ["--at", "2026-03-03T20:00+02:00"]
    done = subprocess.run([*base, "--off", str(missing), *evening], capture_output=True, text=True)
    assert done.returncode == 1 and f"cannot run '{missing}'" in done.stdout


def test_a_failing_command_is_retried_every_check_but_warned_of_once(tmp_path, caplog):
    """A TV without DDC/CI: ddcutil fails at every check. It was a warning a minute in the journal."""
    import logging

    from conftest import free_port

    from kiosk.root.screen_schedule import ScreenSchedule

    record = tmp_path / "tries.log"
    works = tmp_path / "works"
    on = f"sh -c 'echo try >> {record}; test -e {works} || {{ echo no monitor >&2; exit 1; }}'"
    schedule = ScreenSchedule(
        hub_url=f"http://127.0.0.1:{free_port()}",  # no hub: the screen is wanted on
        on_command=on,
        off_command="true",
        margin=HALF_HOUR,
        clock=lambda: at(TUESDAY, "10:00"),
    )

    def warnings() -> list[str]:
        return [
            r.getMessage()
            for r in caplog.records
            if r.levelno == logging.WARNING and r.getMessage().startswith("screen on")
        ]

    caplog.set_level(logging.WARNING, logger="kiosk.root.screen_schedule")
    for _ in range(4):
        assert schedule.check() is not None
    assert record.read_text().split() == ["try"] * 4, "tried at every check"
    (warned,) = warnings()
    assert "failed (exit 1): no monitor" in warned

    works.touch()  # the monitor answers again: said, and a later failure is told again
    assert schedule.check() is None and schedule.lit is True
    works.unlink()
    schedule.lit = None
    assert schedule.check() is not None and schedule.check() is not None
    assert len(warnings()) == 3  # failed, on, failed again
