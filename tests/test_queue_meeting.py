"""Staying out of the meeting's way: low priority, meeting mode suspending ffmpeg (its CPU
time stops), pause and cancel of a running job, and a meeting client switching it on."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from tests.fixtures.queue import (
    FAST,
    Recorder,
    engines,
    finished,
    job_files,
    long_recording,
    recording,
    stand_in,
    wait_for,
)
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.profile.model import Conversion
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.events import EventKind
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.meeting import (
    BUILTIN_CLIENTS,
    MeetingDetector,
    builtin_names,
    client_name,
    running_clients,
    watched_names,
)
from vcdesk.core.queue.process import FfmpegProcess
from vcdesk.core.queue.settings import RoomSettings

__all__ = ["engines", "long_recording", "stand_in"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]

ENCODE = [
    find_ffmpeg(),
    "-v", "error", "-nostdin", "-progress", "pipe:1",
    "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", "-t", "60",
    "-c:v", "libx264", "-preset", "veryfast", "-f", "null", "-",
]  # fmt: skip


def cpu_seconds(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def grows(proc: psutil.Process, seconds: float = 1.0) -> float:
    before = cpu_seconds(proc)
    time.sleep(seconds)
    return cpu_seconds(proc) - before


@pytest.mark.skipif(not psutil.LINUX, reason="nice and I/O class per thread are Linux facts")
def test_low_priority_reaches_every_ffmpeg_thread() -> None:
    low = FfmpegProcess(ENCODE, low_priority=True).start()
    normal = FfmpegProcess(ENCODE, low_priority=False).start()
    try:
        proc = psutil.Process(low.pid)
        # x264 has made its threads (at nice 19 on a busy machine this can take a while).
        wait_for(lambda: len(proc.threads()) > 2, 90)
        assert {os.getpriority(os.PRIO_PROCESS, t.id) for t in proc.threads()} == {19}
        assert proc.ionice().ioclass == psutil.IOPRIO_CLASS_IDLE
        assert psutil.Process(normal.pid).nice() == 0
        assert os.getpriority(os.PRIO_PROCESS, 0) == 0  # the caller's thread kept its own
        assert psutil.Process().nice() == 0
        low.suspend()
        assert wait_for(lambda: proc.status() == psutil.STATUS_STOPPED, 5)
        low.resume()
        assert proc.status() != psutil.STATUS_STOPPED
    finally:
        low.terminate(grace_s=2)
        normal.terminate(grace_s=2)
    assert low.wait(10) != 0 and normal.wait(10) != 0
    # A suspended ffmpeg still stops on terminate (it is resumed first).
    stopped = FfmpegProcess(ENCODE, low_priority=False).start()
    stopped.suspend()
    started = time.monotonic()
    stopped.terminate(grace_s=5)
    assert stopped.poll() is not None and time.monotonic() - started < 4


def test_meeting_mode_stops_ffmpeg_cpu_time_and_resumes_it(
    engines: Make, long_recording: Path, tmp_path: Path
) -> None:
    engine, events = engines()
    (job,) = engine.add([long_recording], preset="h264-720p")
    proc = wait_for(lambda: engine.process_of(job.id), 60)
    wait_for(lambda: events.of(EventKind.JOB_PROGRESS, job.id), 60)
    assert grows(proc, 0.5) > 0.05
    engine.set_meeting(True)
    wait_for(lambda: proc.status() == psutil.STATUS_STOPPED, 10)
    assert grows(proc, 1.5) < 0.02  # not a tick of CPU while the meeting runs
    assert engine.meeting_on and events.of(EventKind.MEETING)[-1].meeting is True
    assert engine.store.get(job.id).state is JobState.RUNNING
    (waiting,) = engine.add([recording(tmp_path / "kecil.mp4", seconds=1)])
    time.sleep(1.0)
    assert engine.store.get(waiting.id).state is JobState.QUEUED  # nothing starts meanwhile

    engine.set_meeting(False)
    wait_for(lambda: proc.status() != psutil.STATUS_STOPPED, 10)
    assert grows(proc, 1.0) > 0.05
    assert events.of(EventKind.MEETING)[-1].meeting is False

    # Cancel it now rather than wait: ffmpeg ends, the partial file goes, the next job runs.
    engine.cancel(job.id)
    row = wait_for(finished(engine, job), 20)
    assert row.state is JobState.CANCELLED and row.owner is None and row.output is None
    wait_for(lambda: not proc.is_running() or proc.status() == psutil.STATUS_ZOMBIE, 10)
    assert wait_for(finished(engine, waiting), 60).state is JobState.DONE
    assert job_files(engine.output_dir) == ["kecil.mp4"]


def test_pausing_a_running_job_suspends_it_in_place(
    engines: Make, long_recording: Path, tmp_path: Path
) -> None:
    engine, events = engines()
    (job,) = engine.add([long_recording], preset="h264-720p")
    proc = wait_for(lambda: engine.process_of(job.id), 60)
    wait_for(lambda: events.of(EventKind.JOB_PROGRESS, job.id), 60)
    temp = Path(engine.store.get(job.id).temp_path or "")
    assert temp.name.startswith(".") and temp.exists()
    # As `vcdesk queue pause ID` does from another process: only the database changes.
    other = engine.store.__class__(engine.db_path)
    other.pause(job.id)
    wait_for(lambda: proc.status() == psutil.STATUS_STOPPED, 10)
    assert grows(proc, 1.0) < 0.02
    other.resume(job.id)
    wait_for(lambda: proc.status() != psutil.STATUS_STOPPED, 10)
    other.cancel(job.id)
    row = wait_for(finished(engine, job), 20)
    assert row.state is JobState.CANCELLED
    assert not temp.exists() and job_files(engine.output_dir) == []
    other.close()


def test_a_meeting_client_switches_meeting_mode_on_and_its_exit_off(
    engines: Make, stand_in: Callable[[str], subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    engine, events = engines(meeting_processes=["Zoom", "ms-teams"], meeting_off_delay_s=1.5)
    time.sleep(0.5)
    assert not engine.meeting_on
    client = stand_in("zoom")
    assert running_clients(["ZOOM.exe"]) == ["Zoom"]  # case and .exe do not matter
    wait_for(lambda: engine.meeting_on, 10)
    assert engine.meeting_clients == ["Zoom"] and engine.store.meeting_auto()
    (job,) = engine.add([recording(tmp_path / "rapat.mp4", seconds=1)])
    time.sleep(1.0)
    assert engine.store.get(job.id).state is JobState.QUEUED
    client.kill()
    client.wait(10)
    gone = time.monotonic()
    wait_for(lambda: not engine.meeting_on, 15)
    # The off-delay was kept: counted from the last scan that saw the client, which can
    # be up to one scan interval before it exited.
    assert time.monotonic() - gone >= 1.5 - FAST["meeting_scan_s"] - 0.05
    assert not engine.store.meeting_auto()
    assert [e.meeting for e in events.of(EventKind.MEETING)] == [True, False]
    assert wait_for(finished(engine, job), 60).state is JobState.DONE


def test_new_room_settings_apply_without_cutting_the_running_job_short(
    engines: Make,
    stand_in: Callable[[str], subprocess.Popen[bytes]],
    long_recording: Path,
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "arsip-1", tmp_path / "arsip-2"
    engine, events = engines(preset="h264-720p", output_dir=first)
    (job,) = engine.add([long_recording])
    wait_for(lambda: engine.store.get(job.id).progress > 0, 60)
    proc = engine.process_of(job.id)
    assert proc is not None

    # Another room: another archive, preset and meeting client, and the schedule's
    # settings gone. The running ffmpeg is the same process, and it keeps going.
    engine.reconfigure(
        RoomSettings(
            preset="remux",
            output_dir=second,
            meeting_processes=("zoom",),
            meeting_off_delay_s=0.5,
            low_priority=False,
        )
    )
    time.sleep(0.5)
    assert engine.process_of(job.id) == proc and grows(proc, 0.5) > 0.2
    assert engine.output_dir == second and engine.preset == "remux"

    client = stand_in("zoom")  # the new room's meeting client is now watched for
    wait_for(lambda: engine.meeting_on, 10)
    wait_for(lambda: proc.status() == psutil.STATUS_STOPPED, 10)
    client.kill()
    client.wait(10)
    wait_for(lambda: not engine.meeting_on, 15)

    done = wait_for(finished(engine, job), 120)
    assert done.state is JobState.DONE and done.attempts == 1  # never interrupted, never redone
    assert Path(done.output or "").parent == first  # where it was queued to go
    changes = events.of(EventKind.JOB_CHANGED, job.id)
    assert all(e.job is None or e.job.state is not JobState.INTERRUPTED for e in changes)
    (later,) = engine.add([recording(tmp_path / "sesi 2.mp4", seconds=1)])
    assert later.preset == "remux" and Path(later.output_dir) == second
    assert wait_for(finished(engine, later), 60).state is JobState.DONE
    assert job_files(second) == ["sesi 2.mp4"]

    with pytest.raises(TypeError, match="poll_s"):
        RoomSettings(poll_s=0.01)  # type: ignore[call-arg]  # the engine's own, not a room's
    with pytest.raises(ValueError, match="max_parallel"):
        RoomSettings(max_parallel=0)


# -- the built-in list of meeting clients ------------------------------------------------------


def test_the_builtin_list_names_every_common_client_on_each_system() -> None:
    assert set(BUILTIN_CLIENTS) == {
        "Zoom", "Microsoft Teams", "Webex", "GoTo Meeting", "Jitsi Meet", "Skype",
    }  # fmt: skip
    windows, linux, mac = (builtin_names(p) for p in ("win32", "linux", "darwin"))
    assert {"Zoom.exe", "ms-teams.exe", "Teams.exe", "Skype.exe", "Jitsi Meet.exe"} <= set(windows)
    assert {"zoom", "teams-for-linux", "jitsi-meet", "skypeforlinux"} <= set(linux)
    assert {"zoom.us", "MSTeams", "Skype"} <= set(mac)
    # Reported by the client's name, whichever system's spelling (and case) matched.
    assert [client_name(n) for n in ("ZOOM.EXE", "zoom.us", "Teams.exe", "atmgr.exe")] == [
        "Zoom", "Zoom", "Microsoft Teams", "Webex",
    ]  # fmt: skip
    assert client_name("obs64.exe") == "obs64" and client_name(" vMix ") == "vMix"


def test_builtin_clients_are_watched_unless_switched_off() -> None:
    extra = ("obs64.exe",)
    default = Conversion(meeting_processes=extra)
    assert default.builtin_meeting_clients is True  # old profiles: detected by default
    assert watched_names(default, "linux") == (*builtin_names("linux"), "obs64.exe")
    only_own = Conversion(builtin_meeting_clients=False, meeting_processes=extra)
    assert watched_names(only_own, "linux") == ("obs64.exe",)
    assert watched_names(Conversion(builtin_meeting_clients=False)) == ()


def test_a_builtin_client_is_seen_by_default_and_only_then(
    stand_in: Callable[[str], subprocess.Popen[bytes]],
) -> None:
    """Stand-ins named as the Linux clients really are; teams-for-linux is 15 characters,
    the most the kernel keeps of a process's name."""
    assert running_clients(watched_names(Conversion())) == []
    stand_in("zoom")
    stand_in("teams-for-linux")
    seen = running_clients(watched_names(Conversion()))
    assert seen == ["Microsoft Teams", "Zoom"]
    detector = MeetingDetector(watched_names(Conversion()), off_delay_s=0)
    assert detector.poll() and detector.clients == ["Microsoft Teams", "Zoom"]

    off = Conversion(builtin_meeting_clients=False)
    assert not MeetingDetector(watched_names(off), off_delay_s=0).poll()
    # The profile's own names are seen with the list off, and reported as written.
    stand_in("vmix64")
    own = Conversion(builtin_meeting_clients=False, meeting_processes=("vMix64.exe", "zoom"))
    detector = MeetingDetector(watched_names(own), off_delay_s=0)
    assert detector.poll() and detector.clients == ["Zoom", "vMix64"]


def test_the_engine_holds_the_queue_while_a_builtin_client_runs(
    engines: Make, stand_in: Callable[[str], subprocess.Popen[bytes]]
) -> None:
    """The engine's meeting_processes as a room profile gives them (conversion_settings)."""
    engine, events = engines(meeting_processes=watched_names(Conversion()), meeting_off_delay_s=0.5)
    time.sleep(0.5)
    assert not engine.meeting_on
    client = stand_in("skypeforlinux")
    wait_for(lambda: engine.meeting_on, 10)
    assert engine.meeting_clients == ["Skype"]  # the console: "Meeting mode: on (Skype)"
    client.kill()
    client.wait(10)
    wait_for(lambda: not engine.meeting_on, 15)
    assert [e.meeting for e in events.of(EventKind.MEETING)] == [True, False]
