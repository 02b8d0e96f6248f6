"""The plan uses every gap (issue 17): a transcode too long for the time left before a
meeting starts anyway, converts the segments that fit, gives the PC back before the hold
(no ffmpeg runs in it) and goes on after the meeting from its finished segments. Real
ffmpeg, the real schedule gate and engine, the real clock."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from tests.fixtures.queue import Recorder, decodes_cleanly, engines, finished, wait_for
from vcdesk.core.convert import segments
from vcdesk.core.convert.probe import probe
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule.gate import ScheduleGate
from vcdesk.core.schedule.room import RoomSchedule

__all__ = ["engines"]  # fixtures used here

SECONDS = 120
FPS = 30
SEGMENT_S = 6  # 20 segments, each about 1.5 s of work here
PRESET = "h264-720p"
# What this PC "has shown" for the preset: the whole job (about 290 s) does not fit before a
# hold 60 s away, one segment (about 29 s, with the per-job allowance) does.
SHOWN_SPEED = 0.5
HOLD_IN_S = 60.0
MOVED_IN_S = 5.0  # the meeting moved to start this soon, once two segments are done
MEETING_S = 8.0

Make = Callable[..., tuple[Engine, Recorder]]


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 s of 1280x720 at 30 fps, a keyframe every 2 s, with a tone."""
    keyframes = ["-g", str(2 * FPS), "-sc_threshold", "0"]
    return make_video(
        tmp_path_factory.mktemp("gaps") / "rapat panjang.mp4",
        seconds=SECONDS,
        fps=FPS,
        vcodec=["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", *keyframes],
    )


@pytest.fixture(autouse=True)
def short_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(segments.SEGMENT_SECONDS_ENV, str(SEGMENT_S))


@pytest.fixture
def room(data_dir: Path) -> Iterator[RoomSchedule]:
    """No pause before a meeting: the hold is the meeting itself, seconds long."""
    schedule = RoomSchedule(
        room="Ruang Vicon", timezone="Asia/Makassar", ics=None, data_dir=data_dir,
        pause_before_min=0,
    )  # fmt: skip
    schedule.refresh()
    yield schedule
    schedule.close()


def test_a_long_transcode_fills_the_gap_stops_before_the_meeting_and_resumes_after(
    engines: Make,
    room: RoomSchedule,
    clip: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="vcdesk.core.queue.conversion")
    db = tmp_path / "queue.sqlite3"
    history = JobStore(db)
    history.record_speed(PRESET, SHOWN_SPEED * 100, 100)
    history.close()
    now = datetime.now(UTC)
    first = room.add_entry(
        now + timedelta(seconds=HOLD_IN_S), now + timedelta(seconds=HOLD_IN_S + MEETING_S), "A"
    )
    gate = ScheduleGate(room, db)
    engine, _events = engines(db_path=db, **gate.engine_hooks())
    (job,) = engine.add([clip], preset=PRESET)

    # It starts though it cannot finish before the meeting: its first segment fits.
    wait_for(lambda: engine.store.get(job.id).state is JobState.RUNNING, 20)
    assert gate.last is not None and gate.last.reason == "fits_part"
    # Whatever this machine's speed, the meeting is then moved to a few seconds after the
    # second segment's end, so the job is cut short by it.
    wait_for(lambda: engine.store.get(job.id).progress >= 2 * SEGMENT_S / SECONDS * 100, 60)
    assert engine.store.get(job.id).state is JobState.RUNNING
    now = datetime.now(UTC).replace(microsecond=0)  # as the entries keep times: to the second
    hold = (now + timedelta(seconds=MOVED_IN_S), now + timedelta(seconds=MOVED_IN_S + MEETING_S))
    room.add_entry(*hold, "Rapat koordinasi")  # added first: never a moment with no meeting
    room.remove_entry(first.entry_id or 0)

    # Before the hold it goes back to the queue, its finished segments kept.
    given = wait_for(
        lambda: (
            (row := engine.store.get(job.id)).state is JobState.QUEUED and row.progress > 0 and row
        ),
        MOVED_IN_S + 5,
    )
    assert datetime.now(UTC) < hold[0] + timedelta(seconds=1)
    folder = segments.work_folder(tmp_path / "out" / f"{clip.stem}.mp4")
    kept = sorted(folder.glob("seg-*.mp4"))
    assert 0 < len(kept) < SECONDS // SEGMENT_S
    assert given.progress == pytest.approx(100 * len(kept) * SEGMENT_S / SECONDS, abs=1.0)
    assert given.error_code is None  # nothing went wrong: it waits for the next free time

    assert given.speed is not None and given.speed > 0  # its segments' pace, for the gate

    # It is not taken again for the same gap (the gate judges its next segment by that
    # pace), and during the meeting no ffmpeg of it runs: it stays queued, at its progress.
    while datetime.now(UTC) < hold[1] - timedelta(seconds=0.5):
        row = engine.store.get(job.id)
        assert row.state is JobState.QUEUED, (gate.last, row)
        assert engine.process_of(job.id) is None
        assert row.progress >= given.progress
        time.sleep(0.2)

    # After it, the job goes on from its segments: the progress never drops back to 0.
    seen: list[float] = []

    def done() -> bool:
        row = engine.store.get(job.id)
        seen.append(row.progress)
        return finished(engine, job)() is not None

    wait_for(done, 120, interval=0.1)
    final = engine.store.get(job.id)
    assert final.state is JobState.DONE, final
    assert min(seen) >= given.progress
    assert final.output is not None and decodes_cleanly(Path(final.output))
    assert abs(probe(Path(final.output)).duration_s - SECONDS) <= 1 / FPS + 0.05
    assert not folder.exists()

    # Each segment was encoded once: the stop came between two, nothing was redone.
    encoded = [
        int(m.group(1))
        for r in caplog.records
        if (m := re.search(r"job #\d+: encoding segment (\d+)", r.getMessage()))
    ]
    assert sorted(encoded) == list(range(SECONDS // SEGMENT_S)), encoded
    assert any("the rest in the next free time" in r.getMessage() for r in caplog.records)

    # The speed recorded is that of the media this last run converted, not the whole file.
    media_s, _wall_s = engine.store.speed_samples(PRESET, 1)[0]
    assert media_s == pytest.approx(SECONDS * (1 - given.progress / 100), abs=SEGMENT_S)
    gate.close()
