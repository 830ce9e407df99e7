"""deploy/install.sh run into a temporary root (--root, --no-venv: no root rights, no systemd, seconds):
the folders, settings, links and units it writes, an update and going back, and `systemd-analyze verify`
on the units where that program exists. What needs the real machine (useradd, apt, systemctl, tty1) is
skipped by the script and named in its output."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INSTALL = REPO / "deploy" / "install.sh"
UNITS = ["kokoomo-hub.service", "kokoomo-kiosk.service", "kokoomo-backup.service", "kokoomo-screen.service"]
KIOSK = "/opt/kokoomo/current/app/.venv/bin/kiosk"


def install(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(INSTALL), "--root", str(root), "--no-venv", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def unit(root: Path, name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read(root / "etc/systemd/system" / name)
    return parser


def link(root: Path, name: str) -> str:
    return (root / "opt/kokoomo" / name).readlink().as_posix()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "root"


def test_install_writes_the_layout_settings_and_units_and_says_what_it_skipped(root):
    done = install(root, "--version", "1.0")
    assert done.returncode == 0, done.stderr
    for skipped in ("apt-get install cage", "creating the system user kokoomo", "systemctl enable"):
        assert f"skipped (--root): {skipped}" in done.stdout
    assert "skipped (--no-venv): building the virtual environment" in done.stdout

    assert (root / "opt/kokoomo/1.0/app/kiosk/root/cli/__init__.py").is_file()
    assert (root / "opt/kokoomo/1.0/app/deploy/install.sh").is_file()
    assert not (root / "opt/kokoomo/1.0/app/.venv").exists(), "the developer's .venv is not copied"
    assert not (root / "opt/kokoomo/1.0/.incomplete").exists()
    assert link(root, "current") == "1.0" and not (root / "opt/kokoomo/previous").exists()
    assert (root / "var/lib/kokoomo/backups").is_dir()
    settings = (root / "etc/kokoomo/kokoomo.env").read_text()
    assert "KOKOOMO_DB=/var/lib/kokoomo/kiosk.db" in settings
    assert (root / "etc/kokoomo/kokoomo.env").stat().st_mode & 0o777 == 0o640  # holds the kiosk's token

    hub = unit(root, "kokoomo-hub.service")
    assert hub["Service"]["User"] == "kokoomo" and hub["Service"]["Restart"] == "on-failure"
    assert hub["Service"]["ExecStart"].startswith(f"{KIOSK} hub --db ${{KOKOOMO_DB}}")
    assert hub["Install"]["WantedBy"] == "multi-user.target"
    # `kiosk hub` says READY=1 and pings (kiosk/server/hub/server.py, with kiosk/root/systemd.py's notify)
    assert hub["Service"]["Type"] == "notify" and int(hub["Service"]["WatchdogSec"]) > 0
    kiosk_unit = (root / "etc/systemd/system/kokoomo-kiosk.service").read_text()
    assert any(
        line.startswith("After=") and "kokoomo-hub.service" in line for line in kiosk_unit.splitlines()
    )

    kiosk = unit(root, "kokoomo-kiosk.service")["Service"]
    assert kiosk["ExecStart"].startswith("/usr/bin/cage $KOKOOMO_CAGE_ARGS -- " + f"{KIOSK} run --hub")
    assert (kiosk["User"], kiosk["PAMName"], kiosk["TTYPath"]) == ("kokoomo", "login", "/dev/tty1")
    assert (kiosk["Type"], kiosk["NotifyAccess"], kiosk["Restart"]) == ("notify", "all", "always")
    assert int(kiosk["WatchdogSec"]) > 0 and kiosk["KillSignal"] == "SIGHUP"
    assert "getty@tty1.service" in unit(root, "kokoomo-kiosk.service")["Unit"]["Conflicts"]

    backup = unit(root, "kokoomo-backup.service")["Service"]
    assert backup["ExecStart"].startswith(f"{KIOSK} backup ${{KOKOOMO_BACKUP_DIR}}")
    timer = unit(root, "kokoomo-backup.timer")
    assert timer["Timer"]["OnCalendar"] == "*-*-* 02:30:00" and timer["Timer"]["Persistent"] == "true"
    assert unit(root, "kokoomo-screen.service")["Service"]["ExecStart"].startswith(f"{KIOSK} screen-schedule")


def test_an_update_is_a_new_folder_keeps_the_settings_and_rollback_moves_the_link_back(root):
    assert install(root, "--version", "1.0").returncode == 0
    settings = root / "etc/kokoomo/kokoomo.env"
    settings.write_text(settings.read_text().replace("KOKOOMO_BACKUP_KEEP=14", "KOKOOMO_BACKUP_KEEP=30"))

    done = install(root, "--version", "2.0")
    assert done.returncode == 0, done.stderr
    assert (link(root, "current"), link(root, "previous")) == ("2.0", "1.0")
    assert (root / "opt/kokoomo/1.0/app").is_dir(), "the old version stays for going back"
    assert "KOKOOMO_BACKUP_KEEP=30" in settings.read_text() and "kept the settings" in done.stdout

    done = install(root, "--rollback")
    assert done.returncode == 0, done.stderr
    assert (link(root, "current"), link(root, "previous")) == ("1.0", "2.0")
    assert "current is now 1.0 (was 2.0" in done.stdout
    assert install(root, "--rollback").returncode == 0  # and forward again
    assert link(root, "current") == "2.0"


def test_refusals_are_clear_and_change_nothing(root):
    done = install(root, "--rollback")
    assert done.returncode == 1 and "no previous version to go back to" in done.stderr
    assert not (root / "opt/kokoomo/current").exists()
    done = install(root, "--versoin", "3")
    assert done.returncode == 1 and "unknown option '--versoin'" in done.stderr
    done = install(root, "--version", "../up")
    assert done.returncode == 1 and "cannot name a version folder" in done.stderr
    assert not (root / "etc").exists()


def test_an_interrupted_build_is_started_again_not_used(root):
    assert install(root, "--version", "1.0").returncode == 0
    (root / "opt/kokoomo/1.0/.incomplete").touch()
    (root / "opt/kokoomo/1.0/app/kiosk/__init__.py").unlink()
    done = install(root, "--version", "1.0")
    assert done.returncode == 0 and "installed version 1.0" in done.stdout
    assert (root / "opt/kokoomo/1.0/app/kiosk/__init__.py").is_file()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verify_accepts_every_unit(root):
    """systemd-analyze verify --root: the units' syntax, every directive, their dependencies and that
    each command is an executable. The root gets this machine's own unit library (sysinit.target, ...),
    and stand-ins for the two programs a --no-venv install into a root has not got: the venv's `kiosk`
    and, unless this machine has it, /usr/bin/cage."""
    assert install(root, "--version", "1.0").returncode == 0
    library = Path("/usr/lib/systemd/system")
    if not library.is_dir():
        pytest.skip(f"{library} is not here: systemd-analyze has no units to check against")
    shutil.copytree(library, root / "usr/lib/systemd/system", symlinks=True)
    stand_in = "#!/bin/sh\nexit 0\n"
    for program in ("opt/kokoomo/1.0/app/.venv/bin/kiosk", "usr/bin/cage"):
        path = root / program
        path.parent.mkdir(parents=True, exist_ok=True)
        if program == "usr/bin/cage" and Path("/usr/bin/cage").exists():
            shutil.copy2("/usr/bin/cage", path)
        else:
            path.write_text(stand_in)
            path.chmod(0o755)
    units = [str(root / "etc/systemd/system" / name) for name in [*UNITS, "kokoomo-backup.timer"]]
    done = subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", *units], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip() and not done.stderr.strip(), done.stderr


def test_the_checked_units_are_the_ones_in_the_repository(root):
    assert install(root, "--version", "1.0").returncode == 0
    for name in [*UNITS, "kokoomo-backup.timer"]:
        written = root / "etc/systemd/system" / name
        assert written.read_bytes() == (REPO / "deploy/systemd" / name).read_bytes()
