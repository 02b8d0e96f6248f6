"""An engine that dies leaves nothing behind: its ffmpeg (converting or verifying) dies with
it, `queue list` tells the truth about its job at once, and the next start sweeps the
partial file, runs the job again and finishes it. Partial files that cannot be removed
(a read-only disk) are remembered and removed at a later start; a stopped job shows the
progress it kept (none), not where it was cut."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from tests.cli import ROOT
from tests.fixtures.queue import (
    Recorder,
    decodes_cleanly,
    engines,
    job_files,
    long_recording,
    recording,
    tmpfs,
    wait_for,
)
from tests.test_queue_cli import (
    listing,
    normal_priority_profile,
    q,
    running_with_output,
    start_engine,
)
from vcdesk.core import lifeline
from vcdesk.core.convert.probe import probe
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.events import EventKind
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.process import FfmpegProcess
from vcdesk.core.queue.store import JobStore

__all__ = ["engines", "long_recording", "tmpfs"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]
LINUX_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's"
)

# Runs a minute at its input's pace, at almost no CPU: only its death ends it sooner.
SLOW = [
    find_ffmpeg(),
    "-v", "error", "-nostdin", "-re",
    "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=10", "-t", "60", "-f", "null", "-",
]  # fmt: skip


def gone(proc: psutil.Process) -> bool:
    """Ended (a zombie at most: nothing here may reap an orphan)."""
    try:
        return proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def seconds_until_gone(proc: psutil.Process, since: float, limit: float = 2.0) -> float:
    """How long after `since` (time.monotonic) the process was gone; at most `limit`."""
    wait_for(lambda: gone(proc), limit, interval=0.01)
    took = time.monotonic() - since
    assert took <= limit
    return took


# --- ffmpeg dies with its engine -----------------------------------------------------------


@LINUX_ONLY
def test_kill_9_takes_ffmpeg_along_and_the_next_start_finishes_the_job(
    tmp_path: Path, long_recording: Path
) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    add = q(data, "add", str(long_recording), "--preset", "h264-720p", "--output-dir", str(out))
    assert add.returncode == 0
    store = JobStore(data / "vcdesk.sqlite3")
    engine = start_engine(data)
    try:
        job = wait_for(lambda: running_with_output(store, 1), 60)
        ffmpeg = psutil.Process(job.pid)
        assert ffmpeg.ppid() == engine.pid and ffmpeg.status() != psutil.STATUS_STOPPED
    finally:
        killed = time.monotonic()
        os.kill(engine.pid, signal.SIGKILL)
        engine.wait(10)
    took = seconds_until_gone(ffmpeg, killed)
    print(f"ffmpeg gone {took * 1000:.0f} ms after its engine's kill -9")
    assert len(job_files(out)) == 1 and job_files(out)[0].endswith(".part")

    # Before any engine starts, the list already tells the truth, without changing the row.
    assert store.get(1).state is JobState.RUNNING and store.get(1).progress > 2
    (shown,) = listing(data)["jobs"]
    assert (shown["state"], shown["progress"], shown["error_code"]) == (
        "interrupted",
        0,
        "interrupted",
    )
    assert shown["error_params"] == {"case": "gone"}
    text = q(data, "list").stdout
    assert "Interrupted   0.0%" in text and "runs again" in text, text
    assert store.get(1).state is JobState.RUNNING  # a reader never writes

    # Retry need not wait for an engine to recover it; the partial is left to the next sweep.
    retry = q(data, "retry", "1")
    assert retry.returncode == 0, retry.stdout + retry.stderr
    assert store.get(1).state is JobState.QUEUED and store.get(1).owner is None
    assert [p.name for p in store.leftovers()] == [job_files(out)[0]]

    rerun = q(data, "run", "--until-empty", "--profile", normal_priority_profile(tmp_path))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    row = store.get(1)
    assert row.state is JobState.DONE and row.attempts == 2 and row.progress == 100
    assert job_files(out) == ["long.mp4"]  # the partial was swept, one output
    assert decodes_cleanly(out / "long.mp4")
    assert abs(probe(out / "long.mp4").duration_s - probe(long_recording).duration_s) < 0.5
    store.close()


KILL_SELF_AFTER_START = """
import os, signal, sys
from vcdesk.core.queue.process import FfmpegProcess
argv = sys.argv[2:]
proc = FfmpegProcess(argv, low_priority=sys.argv[1] == "low").start()
proc.suspend()  # a suspended ffmpeg never ends by itself: only its death signal ends it
print(proc.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""

KILL_SELF_WHILE_VERIFYING = """
import os, signal, sys
from pathlib import Path
from vcdesk.core.convert.presets import plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.convert.verify import verify
src = Path(sys.argv[1])
info = probe(src)

def on_start(popen):
    os.kill(popen.pid, signal.SIGSTOP)
    print(popen.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

verify(src, info, plan(info, "remux"), on_start=on_start)
"""


def child_of_killed(script: str, *args: str) -> tuple[psutil.Process, float]:
    """Run `script`, which starts a child, prints its pid and kill -9s itself: the child,
    and when its parent was gone."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    return psutil.Process(int(done.stdout.strip())), time.monotonic()  # it just died


@LINUX_ONLY
@pytest.mark.parametrize("priority", ["low", "normal"])
def test_a_suspended_ffmpeg_dies_with_its_process(priority: str) -> None:
    child, killed = child_of_killed(KILL_SELF_AFTER_START, priority, *SLOW)
    try:
        seconds_until_gone(child, killed)
    finally:
        if not gone(child):
            child.kill()


@LINUX_ONLY
def test_verify_ffmpeg_dies_with_its_process(tmp_path: Path) -> None:
    src = recording(tmp_path / "rapat.mp4", seconds=2)
    child, killed = child_of_killed(KILL_SELF_WHILE_VERIFYING, str(src))
    try:
        seconds_until_gone(child, killed)
    finally:
        if not gone(child):
            child.kill()


@LINUX_ONLY
@pytest.mark.parametrize("low_priority", [True, False])
def test_ffmpeg_outlives_the_thread_that_started_it(low_priority: bool) -> None:
    """The death signal follows the thread that forked: a caller's thread that ends (the
    console's task, a test) must not take ffmpeg with it."""
    started: list[FfmpegProcess] = []
    caller = threading.Thread(
        target=lambda: started.append(FfmpegProcess(SLOW, low_priority=low_priority).start())
    )
    caller.start()
    caller.join()
    (proc,) = started
    try:
        time.sleep(1.0)
        assert proc.poll() is None, proc.stderr_tail
        assert psutil.Process(proc.pid).nice() == (19 if low_priority else 0)
    finally:
        proc.terminate(grace_s=2)
    assert proc.wait(10) != 0


def test_the_windows_job_object_is_left_alone_elsewhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if sys.platform == "win32":
        pytest.skip("this is the test that it is not used off Windows")

    def must_not_run() -> None:
        raise AssertionError("the Windows job object was used")

    monkeypatch.setattr(lifeline, "_windows_job", must_not_run)
    monkeypatch.setattr(lifeline, "_kernel32", must_not_run)
    proc = FfmpegProcess([find_ffmpeg(), "-hide_banner", "-version"], low_priority=False)
    assert proc.start().wait(30) == 0
    assert ("preexec_fn" in lifeline.child_options()) is sys.platform.startswith("linux")


# --- partial files that cannot be removed ------------------------------------------------

PAUSED_BY_A_DEAD_ENGINE = """
import sys
from pathlib import Path
from vcdesk.core.queue.owner import new_owner_id
from vcdesk.core.queue.store import JobStore
store = JobStore(Path(sys.argv[1]))
me = new_owner_id()
job = store.claim(me)
store.set_fields(job.id, me, temp_path=sys.argv[2], progress=42.0)
store.pause(job.id)
"""


def warnings_about(caplog: pytest.LogCaptureFixture, path: Path) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.WARNING and str(path) in r.getMessage()
    ]


def test_a_partial_on_a_read_only_disk_is_removed_at_a_later_start(
    engines: Make,
    tmpfs: Callable[[int], Path],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    disk = tmpfs(8 << 20)
    out = disk / "arsip"
    out.mkdir()
    partial = out / ".rapat.1a2b3c4d.part"
    partial.write_bytes(b"half a recording")
    not_ours = [out / ".lain.99999999.part", out / "rapat.mp4"]
    for path in not_ours:
        path.write_bytes(b"someone else's")
    db = tmp_path / "queue.sqlite3"
    store = JobStore(db)
    store.add(tmp_path / "rapat.mkv", out, "remux")
    subprocess.run(
        [sys.executable, "-c", PAUSED_BY_A_DEAD_ENGINE, str(db), str(partial)],
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, timeout=30)

    first, _ = engines(db_path=db)
    row = wait_for(lambda: (job := store.get(1)).owner is None and job, 10)
    assert row.state is JobState.PAUSED and row.progress == 0  # nothing of it is kept
    assert partial.exists() and store.leftovers() == [partial]
    first.stop()
    again, _ = engines(db_path=db)  # still read-only: tried again, not said again
    time.sleep(1.5)
    again.stop()
    assert partial.exists() and store.leftovers() == [partial]
    assert len(warnings_about(caplog, partial)) == 1, caplog.text

    subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True, timeout=30)
    engines(db_path=db)
    # the sweep removes the file, then forgets it, then says so: wait for the last step
    wait_for(lambda: any("at last" in r.getMessage() for r in caplog.records), 10)
    assert not partial.exists() and store.leftovers() == []
    assert all(path.read_bytes() == b"someone else's" for path in not_ours)
    store.close()


def test_only_partial_names_are_ever_removed(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "q.sqlite3")
    keep = tmp_path / "rapat.mp4"  # a damaged row naming a real file
    keep.write_bytes(b"a finished recording")
    store.remember_leftover(keep)
    from vcdesk.core.queue.conversion import remove_partial

    assert store.sweep_leftovers(remove_partial) == []
    assert keep.read_bytes() == b"a finished recording"
    store.close()


# --- what a stopped job shows ------------------------------------------------------------


def test_a_stopped_job_shows_what_it_kept(engines: Make, long_recording: Path) -> None:
    engine, events = engines()
    (job,) = engine.add([long_recording], preset="h264-720p")
    wait_for(lambda: engine.store.get(job.id).progress > 5, 60)
    engine.stop()
    row = engine.store.get(job.id)
    assert row.state is JobState.INTERRUPTED and row.owner is None
    assert (row.progress, row.speed, row.eta_s) == (0, None, None)
    assert events.of(EventKind.JOB_CHANGED, job.id)[-1].job == row
    assert job_files(engine.output_dir) == []
