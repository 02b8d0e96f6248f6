"""The engine on real recordings with the real ffmpeg: verified outputs, progress, failures
that leave the queue going, awkward names, two engines on one database, full disks."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.fixtures.queue import (
    Recorder,
    decodes_cleanly,
    engines,
    fill_disk,
    finished,
    job_files,
    recording,
    tmpfs,
    wait_for,
)
from vcdesk.core.convert.presets import estimate_output_bytes, plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import JobState

__all__ = ["engines", "tmpfs"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_remux_transcode_and_audio_give_verified_outputs(engines: Make, tmp_path: Path) -> None:
    src = recording(tmp_path / "rapat.mkv", seconds=3, size=(640, 360))
    before = digest(src)
    engine, events = engines(start=False)
    jobs = [engine.add([src], preset=p)[0] for p in ("remux", "h264-720p", "audio-only")]
    engine.start()
    assert engine.wait_until_empty(120)
    rows = [engine.store.get(job.id) for job in jobs]
    assert [r.state for r in rows] == [JobState.DONE] * 3, [r.error for r in rows]
    assert [Path(r.output or "").name for r in rows] == ["rapat.mp4", "rapat (2).mp4", "rapat.m4a"]
    for row, kinds in zip(rows, (("video", "audio"), ("video", "audio"), ("audio",)), strict=True):
        out = Path(row.output or "")
        assert row.output_bytes == out.stat().st_size > 0
        assert tuple(s.kind for s in probe(out).streams) == kinds
        assert abs(probe(out).duration_s - 3) < 0.5
        assert decodes_cleanly(out)
        assert row.attempts == 1 and row.progress == 100 and row.speed and row.speed > 0
    assert probe(Path(rows[1].output or "")).video[0].codec == "h264"
    assert digest(src) == before  # the recording itself is untouched
    assert job_files(engine.output_dir) == ["rapat (2).mp4", "rapat.m4a", "rapat.mp4"]
    finished_ids = [e.job_id for e in events.of(EventKind.JOB_FINISHED)]
    assert sorted(finished_ids) == sorted(j.id for j in jobs)
    assert events.of(EventKind.IDLE)


def test_progress_is_monotonic_and_reaches_100(engines: Make, tmp_path: Path) -> None:
    src = recording(tmp_path / "panjang.mp4", seconds=6, size=(640, 360))
    engine, events = engines()
    samples: list[float] = []
    events.callbacks.append(
        lambda e: (
            samples.append(engine.store.get(e.job_id).progress)  # type: ignore[arg-type]
            if e.kind is EventKind.JOB_PROGRESS
            else None
        )
    )
    (job,) = engine.add([src], preset="h264-720p")
    row = wait_for(finished(engine, job), 120)
    assert row.state is JobState.DONE, row.error
    progress = [e.progress for e in events.of(EventKind.JOB_PROGRESS, job.id)]
    assert len(progress) >= 3, progress
    assert progress == sorted(progress) and progress[-1] == 100
    assert all(0 <= p <= 100 for p in progress)
    assert samples == sorted(samples)  # what the database showed, too
    etas = [e.eta_s for e in events.of(EventKind.JOB_PROGRESS, job.id) if e.eta_s is not None]
    assert etas and etas[-1] == 0
    assert row.progress == 100 and row.eta_s == 0 and row.duration_s == pytest.approx(6, abs=0.2)


def test_bad_inputs_fail_with_plain_reasons_and_the_queue_goes_on(
    engines: Make, tmp_path: Path
) -> None:
    good = recording(tmp_path / "good.mp4", seconds=2)
    whole = recording(tmp_path / "whole.mkv", seconds=3).read_bytes()
    truncated = tmp_path / "cut.mkv"
    truncated.write_bytes(whole[:400])
    noise = tmp_path / "noise.mp4"
    noise.write_bytes(os.urandom(50_000))
    missing = tmp_path / "gone.mp4"
    engine, _ = engines(start=False)
    bad = engine.add([truncated, noise, missing])
    (ok,) = engine.add([good])
    engine.start()
    assert engine.wait_until_empty(120)
    rows = [engine.store.get(job.id) for job in bad]
    assert [r.state for r in rows] == [JobState.FAILED] * 3
    for row in rows:
        assert row.error and "Traceback" not in row.error and row.error[0].isupper()
        assert row.output is None
    assert rows[1].error_code == "not_media" and "not a recording" in (rows[1].error or "")
    assert rows[2].error_code == "missing" and "not there" in (rows[2].error or "")
    assert rows[2].error_params == {"case": "file"}
    assert engine.store.get(ok.id).state is JobState.DONE
    assert job_files(engine.output_dir) == ["good.mp4"]  # no partial files left
    assert engine.finished[JobState.FAILED] == 3


@pytest.mark.parametrize(
    "name",
    [
        "rapat pagi 2024.mkv",
        "Rapat Ékonomi – Gubernur 会議.mkv",
        'it\'s "quoted".mkv',
        "-rapat.mkv",
    ],
)
def test_awkward_file_names(engines: Make, tmp_path: Path, name: str) -> None:
    src = recording(tmp_path / "in" / name, seconds=1)
    engine, _ = engines()
    (job,) = engine.add([src])
    row = wait_for(finished(engine, job), 60)
    assert row.state is JobState.DONE, row.error
    assert Path(row.output or "").name == Path(name).stem + ".mp4"
    assert decodes_cleanly(Path(row.output or ""))
    assert src.exists()


def test_two_engines_on_one_database_never_run_the_same_job(engines: Make, tmp_path: Path) -> None:
    one = recording(tmp_path / "in" / "r0.mkv", seconds=1)
    sources = [one] + [tmp_path / "in" / f"r{i}.mkv" for i in range(1, 6)]
    for copy in sources[1:]:
        shutil.copy(one, copy)
    first, first_events = engines(start=False)
    second, second_events = engines(start=False)
    jobs = first.add(sources)
    first.start()
    second.start()
    assert first.wait_until_empty(120) and second.wait_until_empty(120)
    started = [e.job_id for e in first_events.of(EventKind.JOB_STARTED)]
    started += [e.job_id for e in second_events.of(EventKind.JOB_STARTED)]
    assert sorted(started) == sorted(job.id for job in jobs)  # each exactly once
    assert first_events.of(EventKind.JOB_STARTED) and second_events.of(EventKind.JOB_STARTED)
    rows = first.store.jobs()
    assert {r.state for r in rows} == {JobState.DONE} and {r.attempts for r in rows} == {1}
    assert job_files(first.output_dir) == sorted(f"r{i}.mp4" for i in range(6))


def test_not_enough_space_fails_before_starting(
    engines: Make, tmpfs: Callable[[int], Path], tmp_path: Path
) -> None:
    src = recording(tmp_path / "besar.mp4", seconds=4, size=(1280, 720))
    need = estimate_output_bytes(probe(src), plan(probe(src), "h264-720p"))
    disk = tmpfs(1 << 20)
    assert need > 1 << 20
    engine, events = engines(output_dir=disk / "arsip")
    (job,) = engine.add([src], preset="h264-720p")
    row = wait_for(finished(engine, job), 60)
    assert row.state is JobState.FAILED and row.error_code == "disk_space"
    print(row.error)
    assert str(disk) in (row.error or "") and "tmpfs" in (row.error or "")
    assert "MB" in (row.error or "") and "Not enough free space" in (row.error or "")
    # the values the words are made from, for any language: the disk, and sizes in bytes
    params = row.error_params or {}
    assert str(disk) in params["disk"] and params["need"] > need > params["free"]
    assert not events.of(EventKind.JOB_PROGRESS, job.id)  # ffmpeg never started
    assert job_files(disk / "arsip") == []


def test_a_disk_filling_up_mid_job_fails_that_job_cleanly(
    engines: Make, tmpfs: Callable[[int], Path], tmp_path: Path
) -> None:
    src = recording(tmp_path / "rapat.mp4", seconds=8, size=(640, 360))
    need = estimate_output_bytes(probe(src), plan(probe(src), "h264-720p"))
    disk = tmpfs(need + (3 << 20))
    engine, events = engines(start=False, output_dir=disk)
    (job,) = engine.add([src], preset="h264-720p")
    (after,) = engine.add([src], output_dir=tmp_path / "elsewhere")
    fillers: list[Path] = []

    def fill_once(event: QueueEvent) -> None:
        if event.kind is EventKind.JOB_PROGRESS and event.job_id == job.id and not fillers:
            fillers.append(fill_disk(disk))  # another program takes the space mid-job

    events.callbacks.append(fill_once)
    engine.start()
    row = wait_for(finished(engine, job), 120)
    assert fillers, "the job finished before the disk could be filled"
    assert row.state is JobState.FAILED and row.error_code == "disk_full", row.error
    print(row.error)
    assert str(disk) in (row.error or "") and "filled up" in (row.error or "")
    assert "partial file was removed" in (row.error or "")
    assert (row.error_params or {}).get("case") == "during"
    assert str(disk) in (row.error_params or {})["disk"]
    assert job_files(disk) == ["filler.bin"]  # the partial output is gone
    assert wait_for(finished(engine, after), 60).state is JobState.DONE  # the queue went on
