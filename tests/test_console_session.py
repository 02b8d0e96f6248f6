"""The console on core's room session: the schedule controller holds a RoomSession whose
schedule and gate are made on a worker (never the UI thread: they open the database), and
the queue's engine takes that session's settings. The same room re-applied keeps its session
(and the pre-meeting checks already handed out), a changed profile is applied to it, another
room gets a new one. Real engine, real feed file, real SQLite."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from tests.fixtures.queue import FAST
from tests.test_session import at, write_room
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.session import RoomSession
from vcdesk.qt.queue import QueueController
from vcdesk.qt.schedule import ScheduleController


def test_the_console_drives_the_room_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_on: list[threading.Thread] = []
    real = RoomSchedule.from_profile.__func__  # type: ignore[attr-defined]

    def from_profile(cls: type[RoomSchedule], *args: Any, **kwargs: Any) -> RoomSchedule:
        made_on.append(threading.current_thread())
        return real(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(RoomSchedule, "from_profile", classmethod(from_profile))
    now = [at(9)]
    data, path = tmp_path / "data", write_room(tmp_path)
    host = QObject()  # the main window, in the application
    schedule = ScheduleController(data, clock=lambda: now[0], tick_ms=3_600_000, parent=host)
    options = {**FAST, "output_dir": tmp_path / "out"}
    queue = QueueController(database_path(data), engine_options=options, parent=host)
    due: list[Meeting] = []
    schedule.precheckDue.connect(due.append)
    sessions: list[RoomSession] = []  # closed here (the console leaves them to the collector)

    def tick_at(when: datetime) -> list[str]:
        now[0] = when
        due.clear()
        schedule.tick()
        return [m.uid for m in due]

    with qtbot.waitSignal(schedule.agendaChanged, timeout=10_000):
        session = schedule.set_room(load_profile(path), path)
        assert session is not None and schedule.session is session
        sessions.append(session)
        queue.configure(session)
    with qtbot.waitSignal(queue.runningChanged, timeout=10_000):
        queue.start()
    engine = queue.engine
    assert engine is not None
    try:
        # The engine's room settings are the session's: its gate, recordings and preset.
        assert engine._gate is session.gate and engine.recordings is session.recordings
        assert engine.preset == "remux" and not engine.low_priority
        assert len(made_on) == 1 and made_on[0] is not threading.main_thread()
        parts = session.parts()
        assert tick_at(at(9, 45)) == ["rapat-a"]

        # The same room again: the same session, nothing made anew.
        assert schedule.set_room(load_profile(path), path) is session
        queue.configure(session)
        assert session.parts() == parts and len(made_on) == 1

        # The same room, another preset: applied to the same session, whose schedule (and
        # the check already handed out) is kept; the engine takes the preset, not stopping.
        write_room(tmp_path, preset="audio-only")
        assert schedule.set_room(load_profile(path), path) is session
        assert session.profile.conversion.preset == "audio-only" and session.parts() == parts
        queue.configure(session)
        qtbot.waitUntil(lambda: engine.preset == "audio-only", timeout=10_000)
        assert queue.engine is engine and engine._gate is session.gate
        assert tick_at(at(9, 46)) == []

        # Another room: a new session, made on a worker; the engine holds its gate.
        write_room(tmp_path, name="Ruang Lain")
        now[0] = at(9)  # the new agenda's own tick hands out nothing yet
        with qtbot.waitSignal(schedule.agendaChanged, timeout=10_000):
            other = schedule.set_room(load_profile(path), path)
            assert other is not None and other is not session
            sessions.append(other)
            queue.configure(other)
        qtbot.waitUntil(lambda: engine.recordings is other.recordings, timeout=10_000)
        assert engine.recordings is not None and engine.recordings.room == "Ruang Lain"
        assert engine._gate is other.gate and other.parts() != parts
        assert len(made_on) == 2 and threading.main_thread() not in made_on
        assert tick_at(at(9, 47)) == ["rapat-a"]  # the new room's check

        # No room: the engine's own defaults, no schedule.
        assert schedule.set_room(None) is None
        queue.configure(None)
        qtbot.waitUntil(lambda: engine.recordings is None, timeout=10_000)
        assert engine._gate is None and engine.preset == "remux"
    finally:
        assert queue.shutdown(30)
        schedule.close()
        schedule.wait(10_000)
        for made in sessions:
            made.close()
