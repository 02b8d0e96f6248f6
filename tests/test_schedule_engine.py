"""The schedule wired into the real engine: a real conversion held back when a meeting is
near and run when it is not, suspended by a scheduled meeting and resumed after it, and
the speed it showed recorded for the next estimates."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil
import pytest

from tests.fixtures.queue import (
    Recorder,
    engines,
    finished,
    long_recording,
    recording,
    wait_for,
)
from vcdesk.core.queue.engine import Engine, GateDecision
from vcdesk.core.queue.events import EventKind
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule.gate import LOADING, ScheduleGate
from vcdesk.core.schedule.room import RoomSchedule

__all__ = ["engines", "long_recording"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]


@pytest.fixture
def room(data_dir: Path) -> Iterator[RoomSchedule]:
    """A room with no feed, pause_before 15 min; meetings are added as console entries."""
    schedule = RoomSchedule(
        room="Ruang Vicon", timezone="Asia/Makassar", ics=None, data_dir=data_dir
    )
    schedule.refresh()
    yield schedule
    schedule.close()


def gated(make: Make, room: RoomSchedule, tmp_path: Path) -> tuple[Engine, Recorder, ScheduleGate]:
    db = tmp_path / "queue.sqlite3"
    gate = ScheduleGate(room, db)
    engine, events = make(db_path=db, **gate.engine_hooks())
    return engine, events, gate


def test_a_job_that_would_not_end_before_the_meeting_waits(
    engines: Make, room: RoomSchedule, tmp_path: Path
) -> None:
    # The hold (15 min before the meeting) begins in 60 s; this machine has shown
    # h264-720p at 0.01x real time, so 2 s of it are expected to take about 4 min.
    history = JobStore(tmp_path / "queue.sqlite3")
    history.record_speed("h264-720p", 1.0, 100.0)
    history.close()
    now = datetime.now(UTC)
    entry = room.add_entry(now + timedelta(minutes=16), now + timedelta(hours=1), "A")
    engine, _events, gate = gated(engines, room, tmp_path)
    (job,) = engine.add([recording(tmp_path / "rapat.mp4", seconds=2)], preset="h264-720p")
    wait_for(lambda: engine.gate_decision == GateDecision(None, "nothing_fits"), 10)
    assert gate.last is not None and gate.last.hold is not None
    assert gate.last.hold.title == "A"
    time.sleep(1.0)
    assert engine.store.get(job.id).state is JobState.QUEUED and not engine.meeting_on

    room.remove_entry(entry.entry_id or 0)  # the meeting is called off: the job runs
    assert wait_for(finished(engine, job), 60).state is JobState.DONE
    wait_for(lambda: engine.gate_decision == GateDecision(None, "empty"), 10)
    gate.close()


def test_within_pause_before_meeting_mode_is_on_and_nothing_starts(
    engines: Make, room: RoomSchedule, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    entry = room.add_entry(now + timedelta(minutes=10), now + timedelta(hours=1), "Rapat")
    engine, events, gate = gated(engines, room, tmp_path)
    wait_for(lambda: engine.meeting_on, 10)
    assert engine.meeting_scheduled and engine.store.meeting_scheduled()
    assert not engine.store.meeting_manual() and not engine.store.meeting_auto()
    (job,) = engine.add([recording(tmp_path / "rapat.mp4", seconds=1)])
    time.sleep(1.0)
    assert engine.store.get(job.id).state is JobState.QUEUED

    room.remove_entry(entry.entry_id or 0)
    wait_for(lambda: not engine.meeting_on, 10)
    assert wait_for(finished(engine, job), 60).state is JobState.DONE
    assert [e.meeting for e in events.of(EventKind.MEETING)] == [True, False]
    assert not engine.store.meeting_scheduled()
    # What the job took was recorded for the next estimates.
    ((media_s, wall_s),) = wait_for(lambda: engine.store.speed_samples("remux"), 10)
    assert media_s == pytest.approx(1.0, abs=0.1) and 0 < wall_s < 30
    gate.close()


def test_a_scheduled_meeting_suspends_a_running_job_which_resumes_after(
    engines: Make, room: RoomSchedule, long_recording: Path, tmp_path: Path
) -> None:
    engine, events, gate = gated(engines, room, tmp_path)
    (job,) = engine.add([long_recording], preset="h264-720p")
    proc = wait_for(lambda: engine.process_of(job.id), 60)
    wait_for(lambda: events.of(EventKind.JOB_PROGRESS, job.id), 60)
    assert engine.gate_decision == GateDecision(job.id, "free")

    # An ad-hoc meeting, entered in the console while the job converts.
    now = datetime.now(UTC)
    entry = room.add_entry(now - timedelta(minutes=1), now + timedelta(minutes=30), "Mendadak")
    wait_for(lambda: proc.status() == psutil.STATUS_STOPPED, 10)
    held_from = time.monotonic()
    assert engine.meeting_on and engine.store.get(job.id).state is JobState.RUNNING
    time.sleep(1.0)  # progress lines ffmpeg wrote before it stopped are read and stored
    before, cpu = engine.store.get(job.id).progress, sum(proc.cpu_times()[:2])
    time.sleep(2.0)
    assert engine.store.get(job.id).progress == before
    assert sum(proc.cpu_times()[:2]) - cpu < 0.02  # not a tick of CPU while suspended

    room.remove_entry(entry.entry_id or 0)
    wait_for(lambda: proc.status() != psutil.STATUS_STOPPED, 10)
    held_s = time.monotonic() - held_from
    row = wait_for(finished(engine, job), 120)
    assert row.state is JobState.DONE
    # Recorded as the worker ends, a moment after the row says done.
    ((media_s, wall_s),) = wait_for(lambda: engine.store.speed_samples("h264-720p"), 10)
    assert media_s == pytest.approx(12.0, abs=0.5)
    # The time suspended is not counted as converting time.
    started = datetime.fromisoformat(row.started or "")
    total_s = (datetime.fromisoformat(row.finished or "") - started).total_seconds()
    assert wall_s <= total_s - held_s + 2.0  # started and finished are to the second
    gate.close()


def test_a_failing_gate_holds_the_queue_and_the_engine_goes_on(
    engines: Make, tmp_path: Path
) -> None:
    broken = True
    calls: list[Sequence[Job]] = []

    def gate(waiting: Sequence[Job], now: datetime) -> GateDecision:
        calls.append(waiting)
        assert now.tzinfo is not None
        if broken:
            raise RuntimeError("schedule database locked")
        return GateDecision(waiting[0].id, "free")

    engine, _ = engines(gate=gate)
    (job,) = engine.add([recording(tmp_path / "rapat.mp4", seconds=1)])
    wait_for(lambda: len(calls) >= 3, 10)
    assert engine.store.get(job.id).state is JobState.QUEUED and engine.running
    broken = False
    assert wait_for(finished(engine, job), 60).state is JobState.DONE


def test_gate_waits_for_the_schedule_to_be_read(data_dir: Path, tmp_path: Path) -> None:
    schedule = RoomSchedule(room="R", timezone="Asia/Jayapura", ics=None, data_dir=data_dir)
    gate = ScheduleGate(schedule, tmp_path / "q.sqlite3")
    store = JobStore(tmp_path / "q.sqlite3")
    job = store.add(recording(tmp_path / "a.mp4", seconds=1), tmp_path / "out", "remux")
    assert not gate.meeting_on(datetime.now(UTC))
    # The first call starts a refresh in the background and answers at once.
    answer = gate([job], datetime.now(UTC))
    assert answer in (GateDecision(None, LOADING), GateDecision(job.id, "free"))
    wait_for(lambda: schedule.loaded, 10)
    assert gate([job], datetime.now(UTC)) == GateDecision(job.id, "free")
    gate.close()
    store.close()
    schedule.close()


def test_claim_job_takes_only_that_waiting_job_once(tmp_path: Path) -> None:
    one, two = JobStore(tmp_path / "q.sqlite3"), JobStore(tmp_path / "q.sqlite3")
    a = one.add(tmp_path / "a.mkv", tmp_path, "remux")
    b = one.add(tmp_path / "b.mkv", tmp_path, "remux")
    assert [j.id for j in one.waiting()] == [a.id, b.id]
    claimed = two.claim_job("engine-2", b.id)
    assert claimed is not None and claimed.owner == "engine-2" and claimed.attempts == 1
    assert claimed.state is JobState.RUNNING and claimed.started
    assert one.claim_job("engine-1", b.id) is None  # taken already
    assert one.claim_job("engine-1", 999) is None
    assert [j.id for j in one.waiting()] == [a.id]
    one.close()
    two.close()


def test_speed_history_keeps_the_recent_runs(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "q.sqlite3")
    for i in range(25):
        store.record_speed("remux", 60.0 + i, 1.0)
    store.record_speed("remux", 0.0, 1.0)  # nothing to learn from
    store.record_speed("h264-720p", 60.0, 40.0)
    samples = store.speed_samples("remux")
    assert len(samples) == 20 and samples[0] == (84.0, 1.0)  # newest first
    assert store.speed_samples("remux", 3) == [(84.0, 1.0), (83.0, 1.0), (82.0, 1.0)]
    assert store.speed_samples("h264-720p") == [(60.0, 40.0)]
    store.close()
