"""Switching the console's room closes the room session it no longer uses: once the queue's
engine has taken the new room's settings, the old session's database connections are
closed, no thread is left behind, the engine never calls a closed gate, and quitting
afterwards closes the last one, without a traceback. Real console window, real engine
(meeting mode from the schedule: the gate is asked every round), real feed files, real
SQLite; the connections are counted as the process's open files."""

from __future__ import annotations

import logging
import weakref
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psutil
import pytest
from pytestqt.qtbot import QtBot

from tests.fixtures.queue import recording
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.session import RoomSession
from vcdesk.ui.app import settings_for
from vcdesk.ui.main_window import MainWindow

SWITCHES = 10  # A -> B -> A ... after the first round trip (what it opens once is kept)


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def room(folder: Path, name: str) -> Path:
    """A room whose feed has a meeting on now (the engine's meeting mode, asked of the gate
    every round, holds the queue) and whose conversions stay in `folder`."""
    folder.mkdir(parents=True)
    now = datetime.now(UTC)
    (folder / "room.ics").write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vcdesk tests//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:rapat@{name}\r\nDTSTAMP:{stamp(now)}\r\nSUMMARY:Rapat\r\n"
        f"DTSTART:{stamp(now - timedelta(minutes=5))}\r\n"
        f"DTEND:{stamp(now + timedelta(hours=2))}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    path = folder / "room.yaml"
    path.write_text(
        f"schema_version: 1\nroom:\n  name: {name}\n  timezone: Asia/Makassar\n"
        f"disk:\n  recordings_dir: {folder / 'tidak-ada'}\n"
        f"conversion:\n  output_dir: {folder / 'arsip'}\n  preset: remux\n"
        "schedule:\n  ics: room.ics\n",
        encoding="utf-8",
    )
    return path


def connections(db: Path) -> int:
    """The process's open descriptors on the database file: one per connection (its WAL is
    opened at its first read: not counted)."""
    return sum(1 for f in psutil.Process().open_files() if f.path == str(db))


def threads() -> int:
    return int(psutil.Process().num_threads())


def test_a_room_switch_closes_the_session_it_replaces(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    data = tmp_path / "data"
    db = database_path(data)
    rooms = [room(tmp_path / "a", "Ruang A"), room(tmp_path / "b", "Ruang B")]
    profiles: list[Profile] = [load_profile(path) for path in rooms]
    settings = settings_for(data)
    settings.setValue("tray/keep_running", False)  # quitting with a job waiting: no question
    win = MainWindow(settings, data, profiles[0], rooms[0])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.queue.meeting_scheduled, timeout=15_000)
    win.conversions_page.add_files([recording(tmp_path / "rapat.mp4", seconds=1)])
    qtbot.waitUntil(lambda: win.conversions_page.model.rowCount() == 1, timeout=10_000)

    replaced: list[weakref.ref[RoomSession]] = []

    def switch(to: int) -> None:
        """The operator picks the other room (as activate_profile does, the profile read)."""
        old = win.schedule.session
        assert old is not None
        replaced.append(weakref.ref(old))
        win.set_room(profiles[to], rooms[to])
        new = win.schedule.session
        assert new is not None and new is not old and new.room == profiles[to].room.name
        engine = win.queue.engine
        assert engine is not None
        # The engine has the new room's gate and says a meeting is on (asked of that gate).
        qtbot.waitUntil(lambda: engine.recordings is new.recordings, timeout=10_000)
        qtbot.waitUntil(lambda: engine.settings.scheduled_meeting is not None, timeout=10_000)
        qtbot.waitUntil(lambda: old.closed, timeout=10_000)
        # the agenda read: the new session's schedule has opened what it opens
        qtbot.waitUntil(lambda: win.schedule.loaded, timeout=10_000)

    switch(1)
    switch(0)
    qtbot.wait(500)  # a few engine rounds on the room it has
    before = (connections(db), threads())
    for n in range(SWITCHES):
        switch((n + 1) % 2)
        qtbot.wait(150)  # the engine asks its (new) gate a round or two
    qtbot.wait(500)
    after = (connections(db), threads())

    # (a) each replaced session was closed, its connections with it: none more open now
    alive = [ref() for ref in replaced]
    assert all(s is None or s.closed for s in alive), "a replaced room session left open"
    # (SQLite keeps a closed connection's descriptor for its next open while another of
    # the process's connections holds a lock on the file: one or two come and go. A session
    # left open keeps three: its entries, its meeting records and its gate's estimator.)
    assert after[0] <= before[0] + 2, f"database descriptors {before[0]} -> {after[0]}"
    # (b) no thread left behind by the sessions replaced
    assert after[1] <= before[1] + 1, f"threads {before[1]} -> {after[1]}"
    # the queue went on holding its job for the room's meeting, the engine on the last room
    engine = win.queue.engine
    assert engine is not None and engine.meeting_scheduled
    assert [job.state for job in engine.store.jobs()] == [JobState.QUEUED]
    # (c) the engine never met a closed gate, nothing failed on a worker
    assert not caplog.records, caplog.text

    # (d) quitting closes the last session too, without a traceback
    last = win.schedule.session
    assert last is not None and not last.closed
    win.close()
    qtbot.waitUntil(lambda: last.closed, timeout=30_000)
    assert win.queue.engine is None
    assert not caplog.records, caplog.text
