"""A segmented transcode's keyframe scan (segments.SegmentWork.open -> cut_points) is held in
a meeting and ended by a cancel or a quit, like every other ffmpeg of a job (issue 17).

Real engine, real ffprobe, a real file. The input is 8 hours of 64x36 pictures at 30 fps
(864,000 packets): ffprobe lists every packet header, so its scan runs for about 3 s on this
project's 2-core machines, long enough to switch a meeting on while it runs (the engine
applies a hold within its 0.1 s poll here) and still see it suspended. It is made in about
3 s: 10 minutes encoded once (libx264 ultrafast), then joined 48 times by stream copy. A
named FIFO that never ends would scan forever, but the job probes its input first and needs
a length to decide on segments, which a FIFO does not have; a real file also tests the scan
as a room PC runs it.
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from tests.fixtures.queue import engines, finished, job_files, recording, wait_for
from vcdesk.core.convert import segments
from vcdesk.core.convert.url import file_url
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import JobState

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, object]]
PIECE_S = 600
PIECES = 48
PRESET = "h264-720p"  # pictures encoded: segmented
SCAN_MARK = "packet=pts,flags"  # the keyframe scan's argv, as cut_points builds it


@pytest.fixture(scope="module")
def long_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cuts-held")
    piece = folder / "piece.mp4"
    ffmpeg = find_ffmpeg()
    subprocess.run(
        [
            ffmpeg, "-v", "error", "-nostdin", "-y",
            "-f", "lavfi", "-i", "testsrc2=size=64x36:rate=30", "-t", str(PIECE_S),
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "60", "-pix_fmt", "yuv420p",
            file_url(piece),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    listing = folder / "list.txt"
    listing.write_text("ffconcat version 1.0\n" + "file piece.mp4\n" * PIECES)
    long = folder / "rapat.mp4"
    subprocess.run(
        [ffmpeg, "-v", "error", "-nostdin", "-y", "-f", "concat", "-safe", "0",
         "-i", file_url(listing), "-c", "copy", file_url(long)],
        check=True,
        timeout=120,
    )  # fmt: skip
    piece.unlink()
    return long


def the_scan() -> psutil.Process | None:
    """This test process's ffprobe listing packets (started by the engine's worker thread)."""
    for child in psutil.Process().children(recursive=True):
        try:
            if SCAN_MARK in child.cmdline():
                return child
        except psutil.Error:
            continue
    return None


def status(proc: psutil.Process) -> str:
    try:
        return str(proc.status())
    except psutil.NoSuchProcess:
        return "gone"


def start_job(engines: Make, tmp_path: Path, src: Path) -> tuple[Engine, int, psutil.Process]:
    engine, _ = engines(preset=PRESET, output_dir=tmp_path / "out")
    (job,) = engine.add([src])
    scan = wait_for(the_scan, 30, interval=0.01)
    return engine, job.id, scan


def test_a_meeting_suspends_the_scan_and_its_end_resumes_it(
    engines: Make, tmp_path: Path, long_input: Path
) -> None:
    engine, job_id, scan = start_job(engines, tmp_path, long_input)
    engine.set_meeting(True)
    held_at = time.monotonic()
    wait_for(lambda: status(scan) == psutil.STATUS_STOPPED, 5, interval=0.01)
    held_in = time.monotonic() - held_at
    # Held, it stays held: no progress in its CPU time while the meeting lasts.
    cpu = scan.cpu_times()
    time.sleep(1.0)
    assert status(scan) == psutil.STATUS_STOPPED
    assert scan.cpu_times().user == pytest.approx(cpu.user, abs=0.02)
    assert engine.store.get(job_id).state is JobState.RUNNING

    engine.set_meeting(False)
    wait_for(lambda: status(scan) != psutil.STATUS_STOPPED, 5, interval=0.01)
    # It goes on to its end, and the job on to its segments (the cuts of 8 hours).
    wait_for(lambda: status(scan) == "gone", 30, interval=0.05)
    out = tmp_path / "out"
    work = segments.work_folder(out / f"{long_input.stem}.mp4")
    wait_for(lambda: (work / segments.MANIFEST).is_file(), 30)
    cuts = segments.SegmentWork.open(work, long_input, engine.ffmpeg).cuts
    assert len(cuts) == PIECE_S * PIECES // segments.SEGMENT_TARGET_S
    print(f"held {held_in * 1000:.0f} ms after the meeting began")

    engine.cancel(job_id)
    assert wait_for(finished(engine, engine.store.get(job_id)), 30).state is JobState.CANCELLED


@pytest.mark.parametrize("held", [False, True], ids=["running", "held"])
def test_a_cancel_ends_the_scan_at_once(
    engines: Make, tmp_path: Path, long_input: Path, held: bool
) -> None:
    engine, job_id, scan = start_job(engines, tmp_path, long_input)
    if held:  # a suspended scan must die too, not wait for the meeting's end
        engine.set_meeting(True)
        wait_for(lambda: status(scan) == psutil.STATUS_STOPPED, 5, interval=0.01)
    began = time.monotonic()
    engine.cancel(job_id)
    wait_for(lambda: status(scan) in ("gone", psutil.STATUS_ZOMBIE), 2, interval=0.01)
    ended_in = time.monotonic() - began
    row = wait_for(finished(engine, engine.store.get(job_id)), 10)
    assert row.state is JobState.CANCELLED, row.error
    assert job_files(tmp_path / "out") == []  # no work folder, no partial
    print(f"scan ended {ended_in * 1000:.0f} ms after the cancel ({'held' if held else 'running'})")


def test_a_quit_during_the_scan_interrupts_the_job(
    engines: Make, tmp_path: Path, long_input: Path
) -> None:
    engine, job_id, scan = start_job(engines, tmp_path, long_input)
    began = time.monotonic()
    engine.stop(timeout=10)
    assert status(scan) in ("gone", psutil.STATUS_ZOMBIE)
    assert time.monotonic() - began < 2
    row = engine.store.get(job_id)
    assert row.state is JobState.INTERRUPTED and row.owner is None, row  # not failed


def test_the_scans_timeout_counts_only_its_running_time(tmp_path: Path, long_input: Path) -> None:
    """Held through a meeting longer than its timeout, a scan still ends well; running past
    its timeout, it is killed and says so."""
    short = recording(tmp_path / "short.mp4", seconds=4)
    started: list[psutil.Process] = []

    def hold_for_a_while(popen: subprocess.Popen[bytes]) -> None:
        proc = psutil.Process(popen.pid)
        proc.suspend()
        started.append(proc)
        threading.Timer(1.5, proc.resume).start()

    began = time.monotonic()
    assert segments.cut_points(
        find_ffmpeg(), short, target_s=2, timeout_s=0.5, on_start=hold_for_a_while
    )[0] == pytest.approx(0.0, abs=0.1)
    assert time.monotonic() - began > 1.5 * len(started) > 1.5  # each listing held 1.5 s

    running: list[subprocess.Popen[bytes]] = []
    began = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        segments.cut_points(find_ffmpeg(), long_input, timeout_s=0.5, on_start=running.append)
    assert time.monotonic() - began < 2
    assert running[-1].returncode is not None  # killed and waited for, not left running
