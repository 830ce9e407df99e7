"""Storage that really refuses writes, even for root (the tests run as root, where chmod stops nothing):

- `Immutable`: `chattr +i` (ext4 and most Linux file systems): the kernel refuses every write to the
  file, also through a file already open for writing, and root's too. `chmod a-w` beside it, so the
  file looks read-only to `ls` as well.
- `SmallDisk`: a 4 MiB ext4 file system in a file, loop-mounted (no reserved blocks, so root fills it
  too), filled with one file and freed by removing it: a real ENOSPC, as on a full disk.

Each skips the test where the machine cannot do it (not root, no loop devices, no chattr).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


class Immutable:
    """Files made unwritable with `chattr +i`; `release` makes them writable again (always at the end)."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.modes: dict[Path, int] = {}
        if os.geteuid() != 0 or shutil.which("chattr") is None:
            pytest.skip("needs root and chattr")

    def lock(self, *paths: Path, chmod: bool = True) -> None:
        """Make `paths` unwritable; with `chmod`, also take away their write bits (a folder keeps x)."""
        for path in paths:
            self.modes[path] = path.stat().st_mode & 0o7777
            if chmod:
                path.chmod(0o555 if path.is_dir() else 0o444)
            result = _run("chattr", "+i", str(path))
            if result.returncode != 0:
                path.chmod(self.modes[path])
                pytest.skip(f"chattr +i does not work here: {result.stderr.strip()}")
            self.paths.append(path)

    def release(self) -> None:
        for path in self.paths:
            _run("chattr", "-i", str(path))
            path.chmod(self.modes[path])
        self.paths.clear()


class SmallDisk:
    """A tiny ext4 disk mounted at `folder`; `fill` leaves no free block, `free` gives them back."""

    SIZE = 4 << 20

    def __init__(self, where: Path) -> None:
        if os.geteuid() != 0 or shutil.which("mkfs.ext4") is None:
            pytest.skip("needs root and mkfs.ext4")
        self.image = where / "disk.img"
        self.folder = where / "disk"
        self.folder.mkdir()
        self.mounted = False
        with self.image.open("wb") as image:
            image.truncate(self.SIZE)
        made = _run("mkfs.ext4", "-q", "-m", "0", "-F", str(self.image))
        mounted = made.returncode == 0 and _run("mount", "-o", "loop", str(self.image), str(self.folder))
        if not mounted or mounted.returncode != 0:
            pytest.skip(f"cannot loop-mount a small disk here: {(made.stderr or mounted.stderr).strip()}")
        self.mounted = True
        self.filler = self.folder / "filler"

    def fill(self) -> None:
        """Write until the disk says it is full (ENOSPC)."""
        chunk = b"\0" * 65536
        with self.filler.open("ab", buffering=0) as out:
            try:
                while True:
                    out.write(chunk)
            except OSError:
                pass
            try:
                while True:  # the last blocks, smaller than a chunk
                    out.write(b"\0" * 1024)
            except OSError:
                pass

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def unmount(self) -> None:
        if self.mounted:
            if _run("umount", str(self.folder)).returncode != 0:
                _run("umount", "-l", str(self.folder))
            self.mounted = False
