"""Resumable conversions in the queue (issue 17): a transcode runs in segments
(vcdesk.core.convert.segments); kill -9 mid-job keeps the finished segments, and the next
run encodes only the rest; a cancel removes the work folder. Real ffmpeg, the real CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli import ROOT
from tests.fixtures.queue import decodes_cleanly, engines, finished, job_files, wait_for
from vcdesk.core.convert import segments
from vcdesk.core.convert.probe import find_ffprobe, probe
from vcdesk.core.convert.segments import SEGMENT_SECONDS_ENV
from vcdesk.core.convert.url import file_url
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.paths import log_path
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.store import JobStore

__all__ = ["engines"]  # fixtures used here

SECONDS = 40
FPS = 30
SEGMENT_S = 10  # 4 segments of the 40 s clip (keyframes every 2 s)
PRESET = "h264-720p"


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 s of 640x360 at 30 fps, a keyframe every 2 s exactly, with a tone."""
    path = tmp_path_factory.mktemp("resumable") / "rapat.mp4"
    subprocess.run(
        [
            find_ffmpeg(), "-v", "error", "-nostdin", "-y",
            "-f", "lavfi", "-i", f"testsrc2=size=640x360:rate={FPS}",
            "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000",
            "-t", str(SECONDS),
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-g", str(2 * FPS), "-sc_threshold", "0", "-c:a", "aac",
            file_url(path),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    return path


@pytest.fixture(autouse=True)
def short_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SEGMENT_SECONDS_ENV, str(SEGMENT_S))


def work_of(out: Path, clip: Path) -> Path:
    return segments.work_folder(out / f"{clip.stem}.mp4")


def done_segments(folder: Path) -> list[Path]:
    return sorted(folder.glob("seg-*.mp4")) if folder.is_dir() else []


def pictures(path: Path) -> tuple[int, float]:
    """(frames, seconds) of the first video stream, read from its packets."""
    ffprobe = find_ffprobe(find_ffmpeg())
    assert ffprobe is not None
    found = subprocess.run(
        [ffprobe, "-v", "error", "-select_streams", "v:0", "-count_packets",
         "-show_entries", "stream=nb_read_packets,duration", "-of", "csv=p=0", file_url(path)],
        capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    frames, _, seconds = found.partition(",")
    if not frames.isdigit():  # the order ffprobe prints them in
        seconds, _, frames = found.partition(",")
    return int(frames), float(seconds)


def whole(output: Path, clip: Path) -> None:
    assert decodes_cleanly(output)
    frames, seconds = pictures(output)
    assert frames == SECONDS * FPS
    assert abs(seconds - pictures(clip)[1]) <= 1 / FPS + 1e-3
    assert abs(probe(output).duration_s - probe(clip).duration_s) <= 1 / FPS + 0.03


def test_the_queue_converts_through_segments(
    tmp_path: Path, clip: Path, engines: Callable[..., tuple[Engine, Any]]
) -> None:
    engine, events = engines()
    out = tmp_path / "out"
    [job] = engine.add([clip], preset=PRESET)
    work = work_of(out, clip)
    seen: set[str] = set()

    def watch() -> Any:
        seen.update(p.name for p in done_segments(work))
        return finished(engine, job)()

    row = wait_for(watch, 120, interval=0.02)
    assert row.state is JobState.DONE, row.error
    assert {"seg-0000.mp4", "seg-0001.mp4"} <= seen  # it did go through segments
    # Progress over the whole file: it climbs through every segment, never back.
    # (The 100 % event is sent just after the row says done.)
    wait_for(lambda: events.of("job_progress", job.id)[-1].progress == 100.0, 10)
    percents = [e.progress for e in events.of("job_progress", job.id)]
    assert percents == sorted(percents)
    assert any(25 < p < 75 for p in percents), percents
    # Removed just after the job is marked done (a crash between: the next start sweeps it).
    wait_for(lambda: not work.exists(), 10)
    assert job_files(out) == ["rapat.mp4"]
    assert engine.store.segment_works() == {}
    whole(out / "rapat.mp4", clip)


def start_engine(data: Path, profile: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "vcdesk", "--data-dir", str(data), "queue", "run",
         "--profile", str(profile)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "VCDESK_LANG": "en", SEGMENT_SECONDS_ENV: str(SEGMENT_S)},
    )  # fmt: skip


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "vcdesk", "--data-dir", str(data), "queue", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "VCDESK_LANG": "en", SEGMENT_SECONDS_ENV: str(SEGMENT_S)},
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_kill_9_keeps_finished_segments_and_a_new_run_encodes_only_the_rest(
    tmp_path: Path, clip: Path
) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    profile = tmp_path / "room.yaml"
    profile.write_text("schema_version: 1\nroom:\n  name: R\nconversion:\n  low_priority: false\n")
    added = cli(data, "add", str(clip), "--preset", PRESET, "--output-dir", str(out))
    assert added.returncode == 0, added.stderr
    work = work_of(out, clip)
    store = JobStore(data / "vcdesk.sqlite3")
    engine = start_engine(data, profile)
    try:
        wait_for(lambda: len(done_segments(work)) >= 1, 120, interval=0.02)
        # Meeting mode holds the job (its ffmpeg suspended, or no next segment started), so
        # the kill comes mid-job however fast this machine encodes.
        assert cli(data, "meeting", "on").returncode == 0
    finally:
        os.kill(engine.pid, signal.SIGKILL)
        engine.wait(10)
    kept = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in done_segments(work)}
    assert 1 <= len(kept) < 4, kept
    assert cli(data, "meeting", "off").returncode == 0
    log = log_path(data)
    before = log.read_text(encoding="utf-8") if log.exists() else ""

    rerun = cli(data, "run", "--until-empty", "--profile", str(profile))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    row = store.get(1)
    assert row.state is JobState.DONE and row.attempts == 2, row.error
    said = log.read_text(encoding="utf-8")[len(before) :]
    encoded = {
        int(line.rsplit(" ", 1)[1]) for line in said.splitlines() if "encoding segment" in line
    }
    finished_before = {int(name[4:8]) for name in kept}
    assert encoded == {0, 1, 2, 3} - finished_before, (encoded, kept)
    assert f"4 segments, {len(kept)} already encoded" in said
    assert job_files(out) == ["rapat.mp4"]  # work folder and partials gone
    whole(out / "rapat.mp4", clip)
    assert store.segment_works() == {}
    store.close()


def held_after_a_segment(
    engines: Callable[..., tuple[Engine, Any]], out: Path, clip: Path
) -> tuple[Engine, Job, Path]:
    """An engine converting `clip` in segments, held in meeting mode once one segment is
    done: whatever comes next comes mid-job, however fast this PC is."""
    engine, _ = engines()
    [job] = engine.add([clip], preset=PRESET)
    work = work_of(out, clip)
    wait_for(lambda: len(done_segments(work)) >= 1, 120, interval=0.02)
    engine.set_meeting(True)
    return engine, job, work


def test_cancel_mid_job_removes_the_work_folder(
    tmp_path: Path, clip: Path, engines: Callable[..., tuple[Engine, Any]]
) -> None:
    out = tmp_path / "out"
    engine, job, work = held_after_a_segment(engines, out, clip)
    engine.cancel(job.id)
    row = wait_for(finished(engine, job), 60)
    assert row.state is JobState.CANCELLED
    assert not work.exists() and job_files(out) == []
    assert engine.store.segment_works() == {}


def test_an_interrupted_jobs_work_is_kept_and_removed_once_it_is_cancelled(
    tmp_path: Path, clip: Path, engines: Callable[..., tuple[Engine, Any]]
) -> None:
    engine, job, work = held_after_a_segment(engines, tmp_path / "out", clip)
    engine.close()  # a quit: the job is interrupted, its segments kept
    store = JobStore(tmp_path / "queue.sqlite3")
    assert store.get(job.id).state is JobState.INTERRUPTED
    assert done_segments(work)
    store.set_meeting_manual(False)
    store.cancel(job.id)  # while no engine runs: the next one's recovery removes the folder
    store.close()
    again, _ = engines()
    wait_for(lambda: not work.exists(), 30)
    assert again.store.segment_works() == {}


def test_a_failed_job_removes_its_work_folder(
    tmp_path: Path, clip: Path, engines: Callable[..., tuple[Engine, Any]]
) -> None:
    source = tmp_path / "rapat.mp4"
    source.write_bytes(clip.read_bytes())
    # No recovery round after the first: the failed run itself must remove its work.
    engine, _ = engines(recover_s=3600)
    out = tmp_path / "out"
    [job] = engine.add([source], preset=PRESET)
    work = work_of(out, source)
    wait_for(lambda: len(done_segments(work)) >= 1, 120, interval=0.02)
    engine.set_meeting(True)
    # The recording is cut short under the job: its later segments cannot be what the
    # first probe promised, and the output does not verify.
    with source.open("r+b") as f:
        f.truncate(source.stat().st_size // 3)
    engine.set_meeting(False)
    row = wait_for(finished(engine, job), 120)
    assert row.state is JobState.FAILED
    assert not work.exists()  # removed before the job was marked failed
    assert job_files(out) == []
    assert engine.store.segment_works() == {}
