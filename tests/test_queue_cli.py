"""`vcdesk queue ...` as an operator runs it: exit codes, JSON, and the headless engine
surviving `kill -9` and stopping cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil

from tests.cli import ROOT, vcdesk
from tests.fixtures.queue import decodes_cleanly, job_files, long_recording, recording, wait_for
from vcdesk.core.convert.probe import probe
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.store import JobStore

__all__ = ["long_recording"]  # fixtures used here

JOB_KEYS = {
    "id", "input", "output_dir", "preset", "state", "position", "origin", "progress", "speed",
    "eta_s", "duration_s", "output", "output_bytes", "error_code", "error", "error_params",
    "attempts", "created", "started", "finished",
}  # fmt: skip


def q(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = vcdesk("--data-dir", str(data), "queue", *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def listing(data: Path) -> dict[str, Any]:
    result = q(data, "list", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_commands_exit_codes_and_json(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    good = recording(tmp_path / "rapat.mp4", seconds=1)
    broken = tmp_path / "rusak.mp4"
    broken.write_bytes(good.read_bytes()[:300])

    missing = q(data, "add", str(good), str(tmp_path / "nope.mp4"), "--output-dir", str(out))
    assert missing.returncode == 2 and "nope.mp4: no such file" in missing.stderr
    assert q(data, "add", str(tmp_path), "--output-dir", str(out)).returncode == 2
    assert listing(data)["jobs"] == []  # nothing was queued

    added = q(data, "add", str(good), str(broken), "--output-dir", str(out))
    assert added.returncode == 0 and added.stdout.startswith("queued #1: ")
    report = listing(data)
    assert set(report) == {"paused", "meeting", "jobs"}
    assert report["meeting"] == {"on": False, "manual": False, "auto": False}
    assert [set(job) for job in report["jobs"]] == [JOB_KEYS, JOB_KEYS]
    assert [job["state"] for job in report["jobs"]] == ["queued", "queued"]
    assert report["jobs"][0]["output_dir"] == str(out)

    assert q(data, "cancel", "99").returncode == 2
    assert "only a failed" in q(data, "retry", "1").stderr
    assert q(data, "pause", "abc").returncode == 2
    assert q(data, "move", "2", "up").returncode == 0
    assert [job["id"] for job in listing(data)["jobs"]] == [2, 1]
    assert q(data, "pause", "1").returncode == 0
    assert listing(data)["jobs"][1]["state"] == "paused"
    assert q(data, "resume", "1").returncode == 0
    assert q(data, "pause").returncode == 0 and listing(data)["paused"] is True
    assert q(data, "resume").returncode == 0 and listing(data)["paused"] is False
    assert q(data, "meeting", "on").returncode == 0
    assert listing(data)["meeting"]["on"] is True
    assert q(data, "meeting", "off").returncode == 0
    assert q(data, "meeting", "maybe").returncode == 2

    run = q(data, "run", "--until-empty")
    assert run.returncode == 1, run.stdout + run.stderr  # a job failed
    assert "#1 Done: " in run.stdout and "#2 Failed: " in run.stdout
    jobs = {job["id"]: job for job in listing(data)["jobs"]}
    assert jobs[1]["state"] == "done" and jobs[1]["progress"] == 100
    assert Path(jobs[1]["output"]) == out / "rapat.mp4"
    assert jobs[2]["state"] == "failed" and jobs[2]["error"]
    assert "Traceback" not in jobs[2]["error"]
    text = q(data, "list").stdout
    assert "#1" in text and "saved as " + str(out / "rapat.mp4") in text
    assert jobs[2]["error"] in text
    assert q(data, "remove", "2").returncode == 0
    assert [job["id"] for job in listing(data)["jobs"]] == [1]
    assert q(data, "run", "--until-empty").returncode == 0  # nothing left to do


def test_add_takes_defaults_from_the_profile(tmp_path: Path) -> None:
    data = tmp_path / "data"
    good = recording(tmp_path / "rapat.mp4", seconds=1)
    profile = tmp_path / "room.yaml"
    profile.write_text(
        "schema_version: 1\nroom:\n  name: R\nconversion:\n"
        f"  output_dir: {tmp_path / 'arsip'}\n  preset: audio-only\n"
    )
    assert q(data, "add", str(good), "--profile", str(profile)).returncode == 0
    assert q(data, "add", str(good), "--profile", str(profile), "--preset", "remux").returncode == 0
    jobs = listing(data)["jobs"]
    assert [(j["preset"], j["output_dir"]) for j in jobs] == [
        ("audio-only", str(tmp_path / "arsip")),
        ("remux", str(tmp_path / "arsip")),
    ]
    profile.write_text("schema_version: 1\nroom:\n  name: R\nconversion:\n  preset: mpeg2\n")
    bad = q(data, "add", str(good), "--profile", str(profile))
    assert bad.returncode == 2 and f"{profile}:5: conversion.preset" in bad.stderr


def normal_priority_profile(folder: Path) -> str:
    """The machine running these tests is shared: at nice 19 the transcode could crawl.
    (Low priority has its own tests in test_queue_meeting.py.)"""
    path = folder / "room.yaml"
    path.write_text("schema_version: 1\nroom:\n  name: R\nconversion:\n  low_priority: false\n")
    return str(path)


def start_engine(data: Path) -> subprocess.Popen[str]:
    profile = normal_priority_profile(data.parent)
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vcdesk",
            "--data-dir",
            str(data),
            "queue",
            "run",
            "--profile",
            profile,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def running_with_output(store: JobStore, job_id: int) -> Job | None:
    job = store.get(job_id)
    ok = job.state is JobState.RUNNING and job.pid and job.temp_path and job.progress > 2
    return job if ok and Path(job.temp_path or "").exists() else None


def test_kill_9_mid_transcode_then_restart_gives_one_valid_output(
    tmp_path: Path, long_recording: Path
) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    add = q(data, "add", str(long_recording), "--preset", "h264-720p", "--output-dir", str(out))
    assert add.returncode == 0
    store = JobStore(data / "vcdesk.sqlite3")
    engine = start_engine(data)
    try:
        job = wait_for(lambda: running_with_output(store, 1), 60)
        # In meeting mode its ffmpeg is suspended: killed now, it would never end by itself.
        ffmpeg = psutil.Process(job.pid)
        assert q(data, "meeting", "on").returncode == 0
        wait_for(lambda: ffmpeg.status() == psutil.STATUS_STOPPED, 10)
    finally:
        os.kill(engine.pid, signal.SIGKILL)
        engine.wait(10)
    # Suspended or not, its ffmpeg dies with the engine (a zombie at most, if nothing reaps
    # it here); the partial file stays until an engine starts.
    wait_for(lambda: not ffmpeg.is_running() or ffmpeg.status() == psutil.STATUS_ZOMBIE, 2)
    assert len(job_files(out)) == 1 and job_files(out)[0].endswith(".part")
    assert q(data, "meeting", "off").returncode == 0

    rerun = q(data, "run", "--until-empty", "--profile", normal_priority_profile(tmp_path))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    row = store.get(1)
    assert row.state is JobState.DONE and row.attempts == 2
    assert job_files(out) == ["long.mp4"]  # one output, no leftovers
    assert decodes_cleanly(out / "long.mp4")
    assert abs(probe(out / "long.mp4").duration_s - probe(long_recording).duration_s) < 0.5
    store.close()


def test_sigterm_stops_cleanly_even_in_meeting_mode(tmp_path: Path, long_recording: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    assert (
        q(
            data, "add", str(long_recording), "--preset", "h264-720p", "--output-dir", str(out)
        ).returncode
        == 0
    )
    store = JobStore(data / "vcdesk.sqlite3")
    engine = start_engine(data)
    try:
        job = wait_for(lambda: running_with_output(store, 1), 60)
        ffmpeg = psutil.Process(job.pid)
        assert q(data, "meeting", "on").returncode == 0
        wait_for(lambda: ffmpeg.status() == psutil.STATUS_STOPPED, 10)
        engine.send_signal(signal.SIGTERM)
        assert engine.wait(30) == 0
    finally:
        if engine.poll() is None:
            engine.kill()
            engine.wait(10)
    assert engine.stderr is not None and "Traceback" not in engine.stderr.read()
    wait_for(lambda: not ffmpeg.is_running() or ffmpeg.status() == psutil.STATUS_ZOMBIE, 5)
    row = store.get(1)
    assert row.state is JobState.INTERRUPTED and row.owner is None
    assert "will run again" in (row.error or "")
    assert job_files(out) == []
    store.close()


def test_list_prints_each_job_on_one_line_whatever_its_name(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    names = ["a\nb.mp4", "merah\x1b[31m.mp4", "rapat\u202egpj.mp4"]
    for name in names:
        recording(tmp_path / name, seconds=1)
    added = q(data, "add", *(str(tmp_path / name) for name in names), "--output-dir", str(out))
    assert added.returncode == 0, added.stderr
    text = q(data, "list").stdout
    assert len(text.splitlines()) == len(names), text
    assert "\x1b" not in text and "\u202e" not in text
    for shown in ("a\\nb.mp4", "merah\\x1b[31m.mp4", "rapat\\u202egpj.mp4"):
        assert shown in text, text
    assert [Path(job["input"]).name for job in listing(data)["jobs"]] == names  # the real names
