#!/usr/bin/env bash
# Installs Kokoomo Kiosk on a Debian 12 machine as a kiosk: see "Installing at a centre" in README.md.
#
#   sudo deploy/install.sh                  install this checkout as a new version and start it
#   sudo deploy/install.sh --rollback       go back to the version before (the `previous` link)
#   deploy/install.sh --root DIR --no-venv  only write the files, under DIR (tests, CI; no root needed)
#
# The virtual environment is built with Debian's /usr/bin/python3 (KOKOOMO_PYTHON=PATH for another), with
# the project's runtime dependencies only; --with-tests adds the test tools (pytest, ...) as well.
#
# Layout: /opt/kokoomo/<version>/app (the project, with its virtual environment in app/.venv),
# /opt/kokoomo/current and /opt/kokoomo/previous (symlinks), /etc/kokoomo/kokoomo.env (settings,
# never overwritten), /var/lib/kokoomo (the database and backups), /etc/systemd/system/kokoomo-*.
set -euo pipefail

SOURCE=$(cd "$(dirname "$0")/.." && pwd)
ROOT=/
VERSION=
BUILD_VENV=1
WITH_TESTS=0
ROLLBACK=0
# Debian's own Python, not whichever python3 is first on PATH (a pyenv or /usr/local one of the person
# installing): the kiosk's venv must outlive their account and match Debian's libraries.
PYTHON=${KOKOOMO_PYTHON:-/usr/bin/python3}
USER_NAME=kokoomo
APT_PACKAGES=(
  # Debian 12's cage (0.1.4) will not start without Xwayland, which it only recommends.
  cage xwayland ddcutil i2c-tools libwayland-client0 libwayland-cursor0 libwayland-egl1
  python3 python3-venv
  # What Qt, speech and sound need at run time: the same list as scripts/setup's for a checkout
  # (tests/test_deploy.py holds them in step).
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
  libpulse0 libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  # A sound server for the kiosk's session. Qt's sound (the chime, QtMultimedia) speaks only the
  # PulseAudio protocol, and speech-dispatcher's default output is PulseAudio too, so plain ALSA is not
  # enough. The kiosk's unit logs kokoomo in on tty1 with PAMName=login: pam_systemd gives that session
  # XDG_RUNTIME_DIR and starts kokoomo's user manager, where Debian enables pipewire-pulse.socket and
  # wireplumber for every user; dbus-user-session gives it the user bus WirePlumber expects.
  pipewire-pulse wireplumber dbus-user-session
)

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  echo "Options: --root DIR, --version NAME (default: the project's version and commit), --no-venv,"
  echo "  --with-tests (the test tools in the venv too), --rollback"
}
die() { echo "install.sh: $*" >&2; exit 1; }
say() { echo "install.sh: $*"; }
skip() { echo "install.sh: skipped (--root): $*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --root) [ $# -ge 2 ] || die "--root needs a folder"; ROOT=$2; shift 2 ;;
    --version) [ $# -ge 2 ] || die "--version needs a name"; VERSION=$2; shift 2 ;;
    --no-venv) BUILD_VENV=0; shift ;;
    --with-tests) WITH_TESTS=1; shift ;;
    --rollback) ROLLBACK=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help); nothing was changed" ;;
  esac
done

REAL=1
if [ "$ROOT" != / ]; then
  REAL=0
  mkdir -p "$ROOT" || die "cannot make the root folder $ROOT"
  ROOT=$(cd "$ROOT" && pwd)
fi
if [ "$BUILD_VENV" = 1 ] && ! "$PYTHON" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  if [ "$REAL" = 1 ] && [ "$PYTHON" = /usr/bin/python3 ]; then
    : # Debian's python3 and python3-venv come with the packages below
  else
    die "$PYTHON is not a Python 3.11 or newer with venv (KOKOOMO_PYTHON names another); nothing was changed"
  fi
fi
if [ "$REAL" = 1 ]; then
  [ "$(id -u)" = 0 ] || die "run it as root (sudo), or with --root DIR to only write the files; nothing was changed"
  [ -d /run/systemd/system ] || die "this machine does not run systemd (a container?): install with --root DIR" \
    "to only write the files; nothing was changed"
fi
under() { if [ "$REAL" = 1 ]; then echo "$1"; else echo "$ROOT$1"; fi; }
OPT=$(under /opt/kokoomo)
ETC=$(under /etc/kokoomo)
DATA=$(under /var/lib/kokoomo)
UNIT_DIR=$(under /etc/systemd/system)

# The units of a version folder, exactly as that version has them: each written, and every other
# kokoomo-* unit (one a newer version added, met on --rollback) stopped, disabled and removed. Drop-in
# folders (kokoomo-*.service.d/, `systemctl edit`) are the admin's and stay. Sets ENABLE: the units
# with an [Install] section, to enable and (re)start.
write_units() {
  local from="$1/app/deploy/systemd" unit name
  ENABLE=()
  shopt -s nullglob
  for unit in "$from"/kokoomo-*; do
    name=${unit##*/}
    install -m 0644 "$unit" "$UNIT_DIR/$name"
    if grep -q '^\[Install\]' "$unit"; then ENABLE+=("$name"); fi
  done
  for unit in "$UNIT_DIR"/kokoomo-*; do
    name=${unit##*/}
    if [ ! -f "$unit" ] || [ -e "$from/$name" ]; then continue; fi
    if [ "$REAL" = 1 ]; then
      systemctl disable --now "$name" >/dev/null 2>&1 || true
    else
      skip "systemctl disable --now $name"
    fi
    rm -f "$unit"
    say "removed $name: version ${1##*/} has no such unit"
  done
  shopt -u nullglob
  say "wrote the units of version ${1##*/} to $UNIT_DIR: $(cd "$from" && echo kokoomo-*)"
}

# kokoomo-backup.service may write only /var/lib/kokoomo (ProtectSystem=strict, and systemd does not
# expand a setting in ReadWritePaths=): a KOKOOMO_BACKUP_DIR elsewhere gets a drop-in allowing it.
backup_dir_dropin() {
  local dir dropin="$UNIT_DIR/kokoomo-backup.service.d/50-backup-dir.conf"
  dir=$(sed -n 's/^KOKOOMO_BACKUP_DIR=//p' "$ETC/kokoomo.env" | tail -1)
  dir=${dir#[\"\']}; dir=${dir%[\"\']}; dir=${dir%/}
  case "$dir" in
    ""|/var/lib/kokoomo|/var/lib/kokoomo/*)
      if [ -e "$dropin" ]; then
        rm -f "$dropin"
        rmdir "${dropin%/*}" 2>/dev/null || true # unless the admin's own drop-ins are in it
      fi
      return ;;
    *[[:space:]\'\"\$\\%]*|[!/]*)
      say "WARNING: KOKOOMO_BACKUP_DIR=$dir in $ETC/kokoomo.env is not an absolute folder without spaces"
      say "  or quotes: the nightly backup cannot write there; fix it and run this script again"
      return ;;
  esac
  mkdir -p "${dropin%/*}"
  {
    echo "# Written by deploy/install.sh from KOKOOMO_BACKUP_DIR in /etc/kokoomo/kokoomo.env (it rewrites"
    echo "# this file on every run): the backup may write there as well as in /var/lib/kokoomo."
    echo "[Service]"
    echo "ReadWritePaths=$dir"
  } >"$dropin"
  chmod 0644 "$dropin"
  if [ "$REAL" = 1 ]; then
    mkdir -p "$dir"
    chown "$USER_NAME":"$USER_NAME" "$dir" 2>/dev/null ||
      say "WARNING: cannot give $dir to $USER_NAME: the nightly backup runs as $USER_NAME and must write there"
  else
    skip "making $dir, owned by $USER_NAME"
  fi
  say "the nightly backup goes to $dir (allowed in $dropin)"
}

start_services() {
  if [ "$REAL" = 1 ]; then
    systemctl daemon-reload
    systemctl enable "${ENABLE[@]}"
    systemctl restart "${ENABLE[@]}"
    say "restarted ${ENABLE[*]}"
  else
    skip "systemctl enable and restart ${ENABLE[*]} (after daemon-reload)"
  fi
}

# Points a link at a version folder in one step (a rename), so `current` is never missing.
point() {
  ln -sfn "$2" "$OPT/.$1.new"
  mv -T "$OPT/.$1.new" "$OPT/$1"
}

if [ "$ROLLBACK" = 1 ]; then
  [ -L "$OPT/previous" ] || die "no previous version to go back to in $OPT; nothing was changed"
  back=$(readlink "$OPT/previous")
  [ -d "$OPT/$back" ] || die "the previous version $OPT/$back is gone; nothing was changed"
  [ -d "$OPT/$back/app/deploy/systemd" ] || die "the previous version $OPT/$back has no deploy/systemd; nothing was changed"
  now=$(readlink "$OPT/current")
  point current "$back"
  point previous "$now"
  say "current is now $back (was $now; sudo deploy/install.sh --rollback again returns to it)"
  write_units "$OPT/$back"
  start_services
  say "if $back refuses the database as newer than it knows, the update had changed its schema: restore"
  say "the backup taken before it, from $DATA/backups/before-update (README: Backup and restore)"
  exit 0
fi

if [ -z "$VERSION" ]; then
  base=$(sed -n 's/^version = "\(.*\)"/\1/p' "$SOURCE/pyproject.toml" | head -1)
  # Run as root on a checkout another user cloned, git refuses it ("dubious ownership") unless told it
  # is safe: for this one read-only question, it is.
  commit=$(git -c safe.directory="$SOURCE" -C "$SOURCE" rev-parse --short HEAD 2>/dev/null ||
    date -u +%Y%m%d%H%M%S)
  VERSION="${base:-0}-$commit"
fi
case "$VERSION" in
  ""|.*|*/*|current|previous) die "'$VERSION' cannot name a version folder; nothing was changed" ;;
esac

# 1. Debian packages and the system user.
if [ "$REAL" = 1 ]; then
  say "installing Debian packages: ${APT_PACKAGES[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
  getent group i2c >/dev/null || groupadd --system i2c
  if ! id "$USER_NAME" >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/kokoomo --no-create-home --shell /usr/sbin/nologin "$USER_NAME"
    say "created the system user $USER_NAME"
  fi
  # Seat devices come from logind; audio for speech, i2c for ddcutil (screen blanking).
  usermod -a -G video,render,input,audio,i2c "$USER_NAME"
else
  skip "apt-get install ${APT_PACKAGES[*]}"
  skip "creating the system user $USER_NAME (useradd --system, groups video render input audio i2c)"
fi

# 2. Folders and settings.
mkdir -p "$OPT" "$ETC" "$DATA/backups" "$UNIT_DIR"
if [ ! -e "$ETC/kokoomo.env" ]; then
  install -m 0640 "$SOURCE/deploy/kokoomo.env" "$ETC/kokoomo.env"
  say "wrote the settings $ETC/kokoomo.env"
  # Phones reach the hub at this machine's LAN address (the ticket's QR code): the first one, to check.
  address=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$' || true)
  if [ "$REAL" = 1 ] && [ -n "$address" ]; then
    sed -i "s|^KOKOOMO_KIOSK_ARGS=\$|KOKOOMO_KIOSK_ARGS=--public-url http://$address:8765|" "$ETC/kokoomo.env"
    say "phones will reach the hub at http://$address:8765 (KOKOOMO_KIOSK_ARGS in $ETC/kokoomo.env: check it)"
  elif [ "$REAL" = 1 ]; then
    say "WARNING: this machine has no LAN address yet: set KOKOOMO_KIOSK_ARGS=--public-url http://<its address>:8765"
    say "  in $ETC/kokoomo.env and restart kokoomo-kiosk, or the ticket's QR code cannot reach the hub from a phone"
  fi
else
  say "kept the settings $ETC/kokoomo.env"
fi
if [ "$REAL" = 1 ]; then
  chown root:"$USER_NAME" "$ETC/kokoomo.env"
  chown "$USER_NAME":"$USER_NAME" "$DATA" "$DATA/backups"
  chmod 0750 "$DATA"
  echo i2c-dev >/etc/modules-load.d/kokoomo-ddc.conf
  modprobe i2c-dev 2>/dev/null || true
else
  skip "chown of $ETC/kokoomo.env and $DATA to $USER_NAME; loading i2c-dev"
fi

# The project in a virtual environment of Debian's Python: what the kiosk and the hub run on (the
# project's dependencies in pyproject.toml), and the test tools only with --with-tests. Editable, so
# the translations built next to the code are the ones it loads.
build_venv() {
  local app=$1 what=.
  [ "$WITH_TESTS" = 1 ] && what='.[test]'
  say "building the virtual environment in $app/.venv with $PYTHON (a few minutes)"
  "$PYTHON" -m venv "$app/.venv"
  (cd "$app" && .venv/bin/python -m pip install -q -e "$what")
  (cd "$app" && .venv/bin/python -m screens.common.build_translations)
  "$app/.venv/bin/python" -m compileall -q "$app/kiosk" "$app/screens" >/dev/null || true
}

# 3. The version folder: built beside, renamed into place when complete.
target="$OPT/$VERSION"
if [ -d "$target" ] && [ ! -e "$target/.incomplete" ]; then
  say "version $VERSION is already in $target: using it as it is"
else
  # Built in place (the editable install records its folder), marked until complete: an interrupted
  # build is started again, never used.
  rm -rf "$target"
  mkdir -p "$target/app"
  touch "$target/.incomplete"
  tar -C "$SOURCE" --exclude=./.venv --exclude=./.git --exclude=__pycache__ --exclude=./.pytest_cache \
    --exclude=./.ruff_cache -cf - . | tar -C "$target/app" -xf -
  if [ "$BUILD_VENV" = 1 ]; then
    build_venv "$target/app"
  else
    say "skipped (--no-venv): building the virtual environment (with $PYTHON$([ "$WITH_TESTS" = 1 ] && echo ", and the test tools"))"
  fi
  rm "$target/.incomplete"
  say "installed version $VERSION in $target"
fi

# 4. Before switching: a backup of the database with the version that wrote it.
if [ "$REAL" = 1 ] && [ -L "$OPT/current" ] && [ -f /var/lib/kokoomo/kiosk.db ]; then
  runuser -u "$USER_NAME" -- "$OPT/current/app/.venv/bin/kiosk" backup /var/lib/kokoomo/backups/before-update \
    --db /var/lib/kokoomo/kiosk.db --keep 5
fi

# 5. current -> this version, previous -> the one before.
if [ -L "$OPT/current" ] && [ "$(readlink "$OPT/current")" != "$VERSION" ]; then
  point previous "$(readlink "$OPT/current")"
fi
point current "$VERSION"
say "current is $VERSION$([ -L "$OPT/previous" ] && echo ", previous is $(readlink "$OPT/previous")")"

# 6. The systemd units: this version's; and the backup's sandbox opened to KOKOOMO_BACKUP_DIR.
write_units "$OPT/$VERSION"
backup_dir_dropin

# 7. The kiosk's token, once.
env_file="$ETC/kokoomo.env"
if grep -q '^KOKOOMO_KIOSK_TOKEN=$' "$env_file"; then
  if [ "$REAL" = 1 ] && [ -x "$OPT/current/app/.venv/bin/kiosk" ]; then
    token=$(runuser -u "$USER_NAME" -- "$OPT/current/app/.venv/bin/kiosk" token add \
      --db /var/lib/kokoomo/kiosk.db --role kiosk --name "$(hostname)" | tail -1 | awk '{print $NF}')
    sed -i "s|^KOKOOMO_KIOSK_TOKEN=\$|KOKOOMO_KIOSK_TOKEN=$token|" "$env_file"
    say "made the kiosk's token (in $env_file)"
  else
    skip "making the kiosk's token (kiosk token add --role kiosk): set KOKOOMO_KIOSK_TOKEN in $env_file"
  fi
fi

# 8. Enable and start.
if [ "$REAL" = 1 ]; then
  systemctl set-default graphical.target >/dev/null
fi
start_services
if [ "$REAL" = 1 ]; then
  say "done: the kiosk starts on tty1; sudo deploy/install.sh --rollback goes back to the version before"
else
  skip "systemctl set-default graphical.target"
  say "done (files only, under $ROOT)"
fi
