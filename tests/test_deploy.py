"""deploy/install.sh run into a temporary root (--root, --no-venv: no root rights, no systemd, seconds):
the folders, settings, links and units it writes, an update and going back, and `systemd-analyze verify`
on the units where that program exists. What needs the real machine (useradd, apt, systemctl, tty1) is
skipped by the script and named in its output."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INSTALL = REPO / "deploy" / "install.sh"
UNITS = ["kokoomo-hub.service", "kokoomo-kiosk.service", "kokoomo-backup.service", "kokoomo-screen.service"]
KIOSK = "/opt/kokoomo/current/app/.venv/bin/kiosk"
PYTHON = "/opt/kokoomo/current/app/.venv/bin/python"


def install(
    root: Path, *args: str, venv: bool = False, script: Path = INSTALL, env: dict | None = None
) -> subprocess.CompletedProcess:
    """install.sh into `root`; without `venv`, with --no-venv. `env`: more environment variables."""
    return subprocess.run(
        ["bash", str(script), "--root", str(root), *([] if venv else ["--no-venv"]), *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={**os.environ, **(env or {})},
    )


def source_tree(folder: Path) -> Path:
    """A small checkout to install from: the repository's deploy/ and pyproject.toml, to change."""
    shutil.copytree(REPO / "deploy", folder / "deploy")
    shutil.copy2(REPO / "pyproject.toml", folder / "pyproject.toml")
    return folder


def apt_packages(done: subprocess.CompletedProcess) -> list[str]:
    (line,) = (
        x for x in done.stdout.splitlines() if x.startswith("install.sh: skipped (--root): apt-get install")
    )
    return line.split("apt-get install", 1)[1].split()


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
    # The main process relays the kiosk's READY=1 and pings: PAMName=login moves cage and the kiosk out of
    # the service's cgroup, where systemd ignores them (kiosk/root/notify_relay.py).
    relay = f"{PYTHON} -m kiosk.root.notify_relay -- "
    assert kiosk["ExecStart"].startswith(
        relay + "/usr/bin/cage $KOKOOMO_CAGE_ARGS -- " + f"{KIOSK} run --hub"
    )
    assert (kiosk["User"], kiosk["PAMName"], kiosk["TTYPath"]) == ("kokoomo", "login", "/dev/tty1")
    assert (kiosk["Type"], kiosk["NotifyAccess"], kiosk["Restart"]) == ("notify", "main", "always")
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
    and stand-ins for the programs a --no-venv install into a root has not got: the venv's `kiosk` and
    `python` and, unless this machine has it, /usr/bin/cage. The backup goes to a folder elsewhere, so its
    drop-in (kokoomo-backup.service.d/) is checked too."""
    assert install(root, "--version", "1.0").returncode == 0
    settings = root / "etc/kokoomo/kokoomo.env"
    settings.write_text(settings.read_text().replace("=/var/lib/kokoomo/backups", "=/srv/kokoomo-backups"))
    assert install(root, "--version", "1.0").returncode == 0
    assert (root / "etc/systemd/system/kokoomo-backup.service.d/50-backup-dir.conf").is_file()
    library = Path("/usr/lib/systemd/system")
    if not library.is_dir():
        pytest.skip(f"{library} is not here: systemd-analyze has no units to check against")
    shutil.copytree(library, root / "usr/lib/systemd/system", symlinks=True)
    stand_in = "#!/bin/sh\nexit 0\n"
    for program in (
        "opt/kokoomo/1.0/app/.venv/bin/kiosk",
        "opt/kokoomo/1.0/app/.venv/bin/python",
        "usr/bin/cage",
    ):
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


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verify_accepts_the_region_servers_unit(tmp_path):
    """The region's unit is not a kiosk's (install.sh never writes it): checked on its own, in a root
    with this machine's unit library, its settings file and a stand-in for its `kiosk`."""
    library = Path("/usr/lib/systemd/system")
    if not library.is_dir():
        pytest.skip(f"{library} is not here: systemd-analyze has no units to check against")
    root = tmp_path / "region-root"
    shutil.copytree(library, root / "usr/lib/systemd/system", symlinks=True)
    unit = root / "etc/systemd/system/kokoomo-region.service"
    unit.parent.mkdir(parents=True)
    shutil.copy2(REPO / "deploy/region/kokoomo-region.service", unit)
    (root / "etc/kokoomo").mkdir(parents=True)
    shutil.copy2(REPO / "deploy/region/region.env", root / "etc/kokoomo/region.env")
    program = root / "opt/kokoomo-region/.venv/bin/kiosk"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    done = subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", str(unit)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and not done.stdout.strip() and not done.stderr.strip(), done.stderr
    # Its settings are the ones `kiosk region serve` reads, and the unit names each.
    settings = (REPO / "deploy/region/region.env").read_text()
    for name in ("KIOSK_REGION_DSN", "KOKOOMO_REGION_HOST", "KOKOOMO_REGION_PORT"):
        assert f"\n{name}=" in settings
    assert "${KOKOOMO_REGION_HOST}" in unit.read_text() and "${KOKOOMO_REGION_PORT}" in unit.read_text()


def test_the_checked_units_are_the_ones_in_the_repository(root):
    assert install(root, "--version", "1.0").returncode == 0
    for name in [*UNITS, "kokoomo-backup.timer"]:
        written = root / "etc/systemd/system" / name
        assert written.read_bytes() == (REPO / "deploy/systemd" / name).read_bytes()


def fake_python(folder: Path, log: Path) -> Path:
    """A stand-in for a Python: logs how it is called; `-m venv DIR` makes DIR/bin/python, which logs
    its own calls (with the folder it runs in) the same way."""
    venv_python = f'#!/bin/sh\necho "venv-python $(pwd) $*" >> {log}\n'
    script = folder / "fake-python"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "python $*" >> {log}\n'
        'if [ "$1" = -m ] && [ "$2" = venv ]; then\n'
        '  mkdir -p "$3/bin"\n'
        f"  printf '%s' '{venv_python}' > \"$3/bin/python\"\n"
        '  chmod +x "$3/bin/python"\n'
        "fi\n"
    )
    script.chmod(0o755)
    return script


def test_the_venv_is_built_with_the_named_python_and_only_the_runtime_dependencies(root, tmp_path):
    log = tmp_path / "calls.log"
    python = fake_python(tmp_path, log)
    done = install(root, "--version", "1.0", venv=True, env={"KOKOOMO_PYTHON": str(python)})
    assert done.returncode == 0, done.stderr
    app = root / "opt/kokoomo/1.0/app"
    calls = log.read_text().splitlines()
    assert f"python -m venv {app}/.venv" in calls
    assert f"venv-python {app} -m pip install -q -e ." in calls, calls  # not .[test]: no pytest on a kiosk
    assert f"venv-python {app} -m screens.common.build_translations" in calls
    assert not any("[test]" in call for call in calls)

    log.unlink()
    done = install(root, "--version", "2.0", "--with-tests", venv=True, env={"KOKOOMO_PYTHON": str(python)})
    assert done.returncode == 0, done.stderr
    assert f"venv-python {root}/opt/kokoomo/2.0/app -m pip install -q -e .[test]" in log.read_text()


def test_by_default_debians_python_builds_the_venv_not_the_first_python3_on_path(root, tmp_path):
    log = tmp_path / "calls.log"
    shadow = tmp_path / "bin"
    shadow.mkdir()
    fake_python(tmp_path, log).rename(shadow / "python3")
    env = {k: v for k, v in os.environ.items() if k != "KOKOOMO_PYTHON"}
    env["PATH"] = f"{shadow}:{env['PATH']}"
    done = subprocess.run(
        ["bash", str(INSTALL), "--root", str(root), "--no-venv", "--version", "1.0"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "skipped (--no-venv): building the virtual environment (with /usr/bin/python3)" in done.stdout
    assert not log.exists()


def test_a_python_that_cannot_make_a_venv_is_refused_before_anything_changes(root, tmp_path):
    done = install(root, "--version", "1.0", venv=True, env={"KOKOOMO_PYTHON": str(tmp_path / "none")})
    assert done.returncode == 1 and "is not a Python 3.11 or newer with venv" in done.stderr
    assert not root.exists() or not any(root.iterdir())


def test_the_debian_packages_bring_qt_speech_and_a_sound_server_for_the_kiosk_session(root):
    done = install(root, "--version", "1.0")
    packages = apt_packages(done)
    # The venv no longer comes from scripts/setup: its run-time packages (not --for-tests') are here too.
    setup = (REPO / "scripts/setup").read_text()
    runtime = re.search(r"^APT_PACKAGES=\((.*?)\)", setup, re.S | re.M).group(1).split()
    assert set(runtime) <= set(packages), set(runtime) - set(packages)
    # Qt's sound and speech-dispatcher speak PulseAudio: pipewire-pulse in kokoomo's user session.
    for needed in ("pipewire-pulse", "wireplumber", "dbus-user-session", "python3", "python3-venv"):
        assert needed in packages
    assert len(packages) == len(set(packages))


def test_rollback_puts_back_exactly_the_units_of_the_version_before(root, tmp_path):
    assert install(root, "--version", "1.0").returncode == 0
    units = root / "etc/systemd/system"
    before = {p.name: p.read_bytes() for p in units.iterdir() if p.is_file()}
    # The admin's drop-in (systemctl edit) is theirs and stays.
    (units / "kokoomo-hub.service.d").mkdir()
    (units / "kokoomo-hub.service.d/override.conf").write_text("[Service]\nEnvironment=X=1\n")

    newer = source_tree(tmp_path / "v2")
    hub = newer / "deploy/systemd/kokoomo-hub.service"
    hub.write_text(hub.read_text().replace("RestartSec=2", "RestartSec=5"))
    (newer / "deploy/systemd/kokoomo-extra.service").write_text(
        "[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n"
    )
    done = install(root, "--version", "2.0", script=newer / "deploy/install.sh")
    assert done.returncode == 0, done.stderr
    assert (units / "kokoomo-extra.service").is_file() and "RestartSec=5" in (units / hub.name).read_text()
    assert "kokoomo-extra.service" in done.stdout.split("systemctl enable and restart", 1)[1]

    done = install(root, "--rollback")
    assert done.returncode == 0, done.stderr
    assert {p.name: p.read_bytes() for p in units.iterdir() if p.is_file()} == before
    assert "skipped (--root): systemctl disable --now kokoomo-extra.service" in done.stdout
    assert (units / "kokoomo-hub.service.d/override.conf").is_file()

    done = install(root, "--rollback")  # forward again: version 2.0's units
    assert done.returncode == 0 and (units / "kokoomo-extra.service").is_file()


def test_the_version_names_the_commit_even_in_a_checkout_another_user_owns(root, tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    checkout = source_tree(tmp_path / "checkout")
    git = ["git", "-C", str(checkout), "-c", "user.name=t", "-c", "user.email=t@t"]
    for step in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "x"]):
        subprocess.run([*git, *step], check=True, capture_output=True)
    commit = subprocess.run(
        [*git, "rev-parse", "--short", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    # git's own switch for "this repository belongs to someone else" (sudo -i, or root's shell, on the
    # IT person's clone): git then refuses it as of "dubious ownership" unless safe.directory allows it.
    done = install(root, script=checkout / "deploy/install.sh", env={"GIT_TEST_ASSUME_DIFFERENT_OWNER": "1"})
    assert done.returncode == 0, done.stderr
    version = re.search(r'^version = "(.*)"', (REPO / "pyproject.toml").read_text(), re.M).group(1)
    assert link(root, "current") == f"{version}-{commit}"


def test_a_backup_folder_elsewhere_is_allowed_by_a_drop_in_and_a_bad_one_is_named(root):
    assert install(root, "--version", "1.0").returncode == 0
    dropin = root / "etc/systemd/system/kokoomo-backup.service.d/50-backup-dir.conf"
    assert not dropin.exists(), "the default folder is in the unit's ReadWritePaths already"
    settings = root / "etc/kokoomo/kokoomo.env"
    default = settings.read_text()
    settings.write_text(
        default.replace("KOKOOMO_BACKUP_DIR=/var/lib/kokoomo/backups", "KOKOOMO_BACKUP_DIR=/mnt/nas/kokoomo/")
    )

    done = install(root, "--version", "1.0")
    assert done.returncode == 0, done.stderr
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.read(dropin)
    assert parser["Service"]["ReadWritePaths"] == "/mnt/nas/kokoomo"
    assert "the nightly backup goes to /mnt/nas/kokoomo" in done.stdout

    settings.write_text(
        default.replace("KOKOOMO_BACKUP_DIR=/var/lib/kokoomo/backups", "KOKOOMO_BACKUP_DIR=/mnt/my backups")
    )
    done = install(root, "--version", "1.0")
    assert done.returncode == 0 and "WARNING: KOKOOMO_BACKUP_DIR=/mnt/my backups" in done.stdout
    assert "ReadWritePaths=/mnt/nas/kokoomo\n" in dropin.read_text()  # the last good one stays

    settings.write_text(default)
    assert install(root, "--version", "1.0").returncode == 0
    assert not dropin.parent.exists()
