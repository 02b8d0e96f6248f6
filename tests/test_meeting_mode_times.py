"""A meeting's actual start and end from meeting mode (issue 15), on real components: a real
queue engine (its scheduler thread, its database flags), a real MeetingStore on the same
SQLite file, the operator's switch, a stand-in meeting client, and the schedule's own
meeting mode, which is the booking and stamps nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.fixtures.queue import FAST, Recorder, engines, stand_in, wait_for
from vcdesk.core.meetings import actual
from vcdesk.core.meetings.actual import GRACE, LEAD, MEETING_MODE, mode_off, mode_on
from vcdesk.core.meetings.model import Meeting
from vcdesk.core.meetings.recordings import RoomRecordings
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.queue.engine import Engine

__all__ = ["engines", "stand_in"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]
WITA = ZoneInfo("Asia/Makassar")
ROOM = "Ruang Vicon Setda"
ROOM_RECORDINGS = RoomRecordings(ROOM, WITA, dt.timedelta(minutes=30))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _booked_around_now(db: Path, title: str = "Rapat koordinasi") -> Meeting:
    store = MeetingStore(db)
    try:
        now = _now()
        return store.add(ROOM, title, now - dt.timedelta(minutes=10), now + dt.timedelta(hours=1))
    finally:
        store.close()


def _record(db: Path, meeting_id: int) -> Meeting:
    store = MeetingStore(db)
    try:
        return store.get(meeting_id)
    finally:
        store.close()


def _changes(db: Path, meeting_id: int) -> list[tuple[str, str, object, object]]:
    store = MeetingStore(db)
    try:
        return [(c.who, c.field, c.old, c.new) for c in store.changes(meeting_id)[1:]]
    finally:
        store.close()


def _started(engine: Engine) -> Engine:
    """The engine once its first round has seen the switch as it was (its baseline)."""
    wait_for(lambda: engine._meeting_actual is not None, 10)
    return engine


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def test_the_switch_stamps_start_end_and_a_resumed_meeting_clears_its_end(
    engines: Make, tmp_path: Path
) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    meeting = _booked_around_now(db)
    store = MeetingStore(db)
    other = store.add("Ruang lain", "Rapat lain", meeting.booked_start, meeting.booked_end)
    store.close()
    engine = _started(engines(db_path=db, recordings=ROOM_RECORDINGS)[0])

    before = _now()
    engine.set_meeting(True)
    start = wait_for(lambda: _record(db, meeting.id).actual_start, 10)
    assert before <= start <= _now() and engine.meeting_on
    time.sleep(1.1)  # the record keeps seconds: an end in the same second is no meeting

    before = _now()
    engine.set_meeting(False)
    end = wait_for(lambda: _record(db, meeting.id).actual_end, 10)
    assert before <= end <= _now() and end > start and not engine.meeting_on

    engine.set_meeting(True)  # the meeting goes on after all
    wait_for(lambda: _record(db, meeting.id).actual_end is None, 10)
    time.sleep(1.1)
    engine.set_meeting(False)
    last_end = wait_for(lambda: _record(db, meeting.id).actual_end, 10)
    assert last_end > end

    record = _record(db, meeting.id)
    assert (record.actual_start, record.actual_end) == (start, last_end)
    assert (record.booked_start, record.booked_end) == (meeting.booked_start, meeting.booked_end)
    assert _changes(db, meeting.id) == [
        (MEETING_MODE, "actual_start", None, _iso(start)),
        (MEETING_MODE, "actual_end", None, _iso(end)),
        (MEETING_MODE, "actual_end", _iso(end), None),
        (MEETING_MODE, "actual_end", None, _iso(last_end)),
    ]
    assert _changes(db, other.id) == []  # another room's meeting is not this room's mode


def test_the_schedules_meeting_mode_stamps_nothing(engines: Make, tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    meeting = _booked_around_now(db)
    booked = {"on": False}
    engine = _started(
        engines(
            db_path=db,
            recordings=ROOM_RECORDINGS,
            scheduled_meeting=lambda _now: booked["on"],
        )[0]
    )
    booked["on"] = True
    wait_for(lambda: engine.meeting_on and engine.meeting_scheduled, 10)
    time.sleep(0.5)
    booked["on"] = False
    wait_for(lambda: not engine.meeting_on, 10)
    time.sleep(0.5)
    assert _changes(db, meeting.id) == []

    # The operator's switch during a booked time is the meeting starting.
    booked["on"] = True
    wait_for(lambda: engine.meeting_on, 10)
    engine.set_meeting(True)
    start = wait_for(lambda: _record(db, meeting.id).actual_start, 10)
    time.sleep(1.1)
    engine.set_meeting(False)  # the schedule still holds the queue: the meeting has ended
    wait_for(lambda: _record(db, meeting.id).actual_end, 10)
    assert engine.meeting_on and engine.meeting_scheduled
    assert [field for _who, field, _o, _n in _changes(db, meeting.id)] == [
        "actual_start",
        "actual_end",
    ]
    assert _record(db, meeting.id).actual_start == start


def test_without_a_record_or_a_room_nothing_is_stamped_and_nothing_fails(
    engines: Make, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    caplog.set_level(logging.INFO, logger=actual.__name__)
    engine = _started(engines(db_path=db, recordings=ROOM_RECORDINGS)[0])
    for on in (True, False, True, False):
        engine.set_meeting(on)
        wait_for(lambda on=on: engine.meeting_on is on, 10)
    time.sleep(0.5)
    assert [r for r in caplog.records if r.name == actual.__name__] == []

    # No room known (an engine without a profile): a record on now is left alone.
    meeting = _booked_around_now(db)
    engine.reconfigure(dataclasses.replace(engine.settings, recordings=None))
    for on in (True, False):
        engine.set_meeting(on)
        wait_for(lambda on=on: engine.meeting_on is on, 10)
    time.sleep(0.5)
    assert _changes(db, meeting.id) == []


def test_a_database_that_cannot_be_written_is_logged_once_and_the_engine_goes_on(
    engines: Make, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    meeting = _booked_around_now(db)
    # The meeting table refuses writes, as a read-only or damaged file would: the queue's
    # own tables still work, so the engine can be seen going on.
    with sqlite3.connect(db) as conn:
        conn.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON meeting"
            " BEGIN SELECT RAISE(ABORT, 'attempt to write a readonly database'); END"
        )
    caplog.set_level(logging.INFO, logger=actual.__name__)
    engine = _started(engines(db_path=db, recordings=ROOM_RECORDINGS)[0])
    for on in (True, False, True, False, True):
        engine.set_meeting(on)
        wait_for(lambda on=on: engine.meeting_on is on, 10)
        time.sleep(0.3)
    assert engine.running
    errors = [r for r in caplog.records if r.name == actual.__name__]
    assert len(errors) == 1 and errors[0].levelno == logging.ERROR, errors
    assert "readonly" in errors[0].getMessage()
    assert _changes(db, meeting.id) == []

    # Writable again: the next switch is kept.
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER refuse")
    engine.set_meeting(False)
    wait_for(lambda: not engine.meeting_on, 10)
    engine.set_meeting(True)
    assert wait_for(lambda: _record(db, meeting.id).actual_start, 10)


def test_a_client_that_went_away_ends_the_meeting_when_it_was_last_seen(
    engines: Make, stand_in: Callable[[str], subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    meeting = _booked_around_now(db)
    delay = 3.0
    _started(
        engines(
            db_path=db,
            recordings=ROOM_RECORDINGS,
            meeting_processes=["vcdesk-rapat"],
            meeting_off_delay_s=delay,
        )[0]
    )
    client = stand_in("vcdesk-rapat")
    start = wait_for(lambda: _record(db, meeting.id).actual_start, 10)
    time.sleep(1.1)
    client.kill()
    client.wait(10)
    gone = dt.datetime.now(dt.UTC)
    end = wait_for(lambda: _record(db, meeting.id).actual_end, 15)
    off = dt.datetime.now(dt.UTC)
    assert off - gone >= dt.timedelta(seconds=delay - 0.5)  # the detector's delay was kept
    # ... but the record's end is when the client was last seen, not when the delay ran out.
    slack = dt.timedelta(seconds=FAST["meeting_scan_s"] + 2)  # a scan or two, whole seconds
    assert gone - slack <= end <= gone + dt.timedelta(seconds=1), (gone, end)
    assert start < end
    assert [(who, field) for who, field, _o, _n in _changes(db, meeting.id)] == [
        (MEETING_MODE, "actual_start"),
        (MEETING_MODE, "actual_end"),
    ]


# --- which record a moment belongs to (the functions the engine calls) -------------------


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"2026-12-03 {hhmm}").replace(tzinfo=WITA)


def test_which_record_a_switch_belongs_to(tmp_path: Path) -> None:
    store = MeetingStore(tmp_path / "vcdesk.sqlite3")
    try:
        a = store.add(ROOM, "A", at("09:00"), at("10:00"))
        b = store.add(ROOM, "B", at("10:00"), at("11:00"))
        ended = store.add(ROOM, "Sudah selesai", at("07:00"), at("08:00"))
        ended = store.update(ended.id, who="Budi", actual_start=at("07:05"), actual_end=at("07:50"))
        assert mode_on(store, ROOM, at("08:29")) is None  # before A's lead
        assert mode_on(store, ROOM, at("08:40")) == store.get(a.id)  # A started early
        assert store.get(a.id).actual_start == at("08:40")
        assert mode_on(store, ROOM, at("08:45")) is None  # A runs: nothing to change
        assert mode_on(store, "Ruang lain", at("08:45")) is None

        # Off and on again a few minutes later, B not due for a while: A resumes.
        assert mode_off(store, ROOM, at("09:38")).actual_end == at("09:38")  # type: ignore[union-attr]
        assert mode_on(store, ROOM, at("09:40")).id == a.id  # type: ignore[union-attr]
        assert store.get(a.id).actual_end is None
        # Off, and on just before B: B starts.
        assert mode_off(store, ROOM, at("09:50")).id == a.id  # type: ignore[union-attr]
        assert mode_on(store, ROOM, at("09:58")).id == b.id  # type: ignore[union-attr]
        assert store.get(a.id).actual_end == at("09:50")
        assert store.get(b.id).actual_start == at("09:58")

        # B overruns its booking: still ended within the grace, not beyond it.
        assert mode_off(store, ROOM, at("11:00") + GRACE + dt.timedelta(minutes=1)) is None
        assert mode_off(store, ROOM, at("12:30")).id == b.id  # type: ignore[union-attr]
        assert mode_off(store, ROOM, at("12:40")) is None  # nothing runs any more
        assert store.get(ended.id) == ended  # "End now" or an edit stands
        assert mode_on(store, ROOM, at("07:30")) is None  # before its recorded end: no resuming
    finally:
        store.close()
    assert dt.timedelta(minutes=30) == LEAD
