"""A batch killed mid-run (SIGKILL, SIGTERM) leaves no worker running and no partial file under
a final name; the next write into the folder removes the temporary files it left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from .conftest import PLAN_EXAMPLE

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc"
)


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for PID 1 to reap it does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds  # a generous bound for a loaded machine, not a speed
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_a_jobs_2_batch_stops_its_workers(sig: signal.Signals, tmp_path: Path) -> None:
    text = PLAN_EXAMPLE.read_text(encoding="utf-8")
    inputs = []
    for number in range(400):
        path = tmp_path / "in" / f"plan-{number:03d}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        inputs.append(str(path))
    out = tmp_path / "out"
    batch = subprocess.Popen(
        [sys.executable, "-m", "vanban", "render", *inputs, "-o", str(out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        assert wait_for(lambda: out.is_dir() and len(list(out.glob("*.docx"))) >= 5, 120)
        workers = children(batch.pid)
        assert len(workers) >= 2
        os.kill(batch.pid, sig)
        batch.wait(timeout=60)
        assert wait_for(lambda: not any(running(w) for w in workers), 30), "a worker survived"
    finally:
        if batch.poll() is None:
            batch.kill()
            batch.wait()
        for worker in workers:  # a failing run must not leave them behind either
            if running(worker):
                os.kill(worker, signal.SIGKILL)
    written = list(out.glob("*.docx"))
    assert len(written) < 400  # killed mid-run
    for docx in written:  # every final name holds a whole document
        with zipfile.ZipFile(docx) as package:
            assert package.testzip() is None
    assert all(p.name.startswith(".") for p in out.iterdir() if p.suffix != ".docx")


def test_temporary_files_of_a_dead_process_are_removed_by_the_next_write(tmp_path: Path) -> None:
    import vanban

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".plan.docx.abcd1234.{dead.pid}.part"
    stale.write_bytes(b"PK half")
    mine = tmp_path / f".other.docx.abcd1234.{os.getpid()}.part"
    mine.write_bytes(b"PK being written")
    vanban.render(vanban.load(PLAN_EXAMPLE), tmp_path / "plan.docx")
    assert not stale.exists() and mine.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name, "plan.docx"]
