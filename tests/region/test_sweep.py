"""A region test run killed before it stopped its PostgreSQL leaves the cluster running; the next run's
first cluster stops and deletes it, and leaves alone those of runs still going."""

from __future__ import annotations

import os
import subprocess
import sys

from .postgres import OWNER, PREFIX, bindir, sweep


def test_a_dead_runs_cluster_folder_is_swept_and_a_live_ones_kept(tmp_path):
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead, live, unmarked = (tmp_path / f"{PREFIX}{name}" for name in ("dead", "live", "unmarked"))
    for folder in (dead, live, unmarked):
        (folder / "data").mkdir(parents=True)
    (dead / OWNER).write_text(ended.stdout.strip())
    (live / OWNER).write_text(str(os.getpid()))
    assert sweep(bindir() or tmp_path, tmp_path) == [dead]
    assert not dead.exists() and live.exists() and unmarked.exists()
