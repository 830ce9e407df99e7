"""`kiosk screen-schedule`: the kiosk's screen off outside the centre's hours, and on again before it opens.

Every `every` seconds it reads the centre's hours and closed days from the hub (the open calls
`GET /api/routing` and `GET /api/closed-days`), asks kiosk/core/screen_hours.py whether the screen
should be lit, and runs the `on` or `off` command when that changes (and once at start). The commands
come from /etc/kokoomo/kokoomo.env (deploy/): Debian 12's cage (0.1.4) implements neither
wlr-output-management (wlr-randr) nor wlr-output-power-management (wlopm), so the default speaks to
the monitor itself over DDC/CI with ddcutil.

When the hub cannot be reached it keeps the hours it last read; with none read yet the screen stays
on: a kiosk is never darkened because of a doubt. A command that fails (a monitor without DDC/CI) is
tried again at every check but logged once, and again only when its failure changes or it works.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import subprocess
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from kiosk.core.screen_hours import screen_on

log = logging.getLogger(__name__)

DEFAULT_ON = "ddcutil --noverify setvcp d6 01"
DEFAULT_OFF = "ddcutil --noverify setvcp d6 04"
"""VCP feature D6 (power mode) of DDC/CI: 01 on, 04 off (the monitor still listens for 01)."""


class HubUnreachable(RuntimeError):
    pass


def read_hours(hub_url: str, timeout: float = 5.0) -> tuple[list, frozenset[date]]:
    """The centre's weekly hours and its closed days from today on, from the hub."""

    def get(path: str):
        try:
            with urllib.request.urlopen(f"{hub_url.rstrip('/')}{path}", timeout=timeout) as answer:
                return json.load(answer)
        except (OSError, ValueError) as error:
            raise HubUnreachable(f"cannot read {path} from the hub at {hub_url}: {error}") from None

    routing = get("/api/routing")["routing"]
    hours = list((routing.get("centre") or {}).get("hours") or [])
    closed = frozenset(date.fromisoformat(day) for day in get("/api/closed-days")["dates"])
    return hours, closed


def session_env() -> dict[str, str]:
    """The environment for the commands: a Wayland tool needs the kiosk session's socket, which a
    service outside that session does not have; these are where logind and cage put it."""
    env = dict(os.environ)
    env.setdefault("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}")
    env.setdefault("WAYLAND_DISPLAY", "wayland-0")
    return env


def run_command(command: str) -> str | None:
    """Run one screen command; None when it worked, else what went wrong in one line."""
    try:
        done = subprocess.run(
            shlex.split(command), env=session_env(), capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, ValueError, subprocess.TimeoutExpired) as error:
        return f"cannot run {command!r}: {error}"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return f"{command!r} failed (exit {done.returncode}): {last}"
    return None


@dataclass
class ScreenSchedule:
    hub_url: str
    on_command: str
    off_command: str
    margin: timedelta
    clock: Callable[[], datetime]
    hours: list | None = None
    closed: frozenset[date] = frozenset()
    lit: bool | None = None
    """What the screen was last successfully set to (None: not yet set)."""
    said: set[str] = field(default_factory=set)
    failing: str | None = None
    """The failure last warned of: a monitor without DDC/CI fails every check, and is told once."""

    def wanted(self) -> tuple[bool, str]:
        """Whether the screen should be on now, and why."""
        try:
            self.hours, self.closed = read_hours(self.hub_url)
        except HubUnreachable as error:
            self._say_once(f"{error}; " + ("keeping the hours read before" if self.hours else "screen on"))
            if self.hours is None:
                return True, "the hub's hours are not known yet"
        on = screen_on(self.hours, self.clock(), self.closed, self.margin)
        minutes = int(self.margin.total_seconds() // 60)
        why = "opening hours" if on else "outside opening hours"
        return on, f"{why} (with a {minutes} min margin)"

    def check(self, force: bool = False) -> str | None:
        """Set the screen as it should be now, if that changed (or `force`); the problem, if any."""
        on, why = self.wanted()
        if on == self.lit and not force:
            return None
        problem = run_command(self.on_command if on else self.off_command)
        if problem:
            # Tried again at every check (the monitor may come back), but said again only if it changes.
            failure = f"screen {'on' if on else 'off'}: {problem}"
            if failure != self.failing:
                self.failing = failure
                log.warning("%s (tried again every check; said again only when this changes)", failure)
            return problem
        self.failing = None
        self.lit = on
        log.warning("screen %s: %s", "on" if on else "off", why)
        return None

    def loop(self, every: float) -> None:
        self.check(force=True)
        while True:
            time.sleep(every)
            self.check()

    def _say_once(self, message: str) -> None:
        if message not in self.said:
            self.said.add(message)
            log.warning(message)
