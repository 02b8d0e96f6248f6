"""Meeting records made by the room's schedule (issue 15): one per busy calendar occurrence
of the coming days, one per console entry, and the actual end the "End now" gives. A real
ICS file on disk, a real SQLite file, the real clock."""

from __future__ import annotations

import getpass
import logging
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.storage import BUSY_TIMEOUT_ENV

ROOM = "Ruang Vicon Setda"
SERIES = "rakor-harian@setda.example.go.id"
LONE = "zoom-bappenas@setda.example.go.id"
STAMP = "%Y%m%dT%H%M%SZ"


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):{STAMP}}"


def _event(uid: str, title: str, start: datetime, end: datetime, *extra: str) -> str:
    lines = [f"UID:{uid}", "DTSTAMP:20261101T000000Z", f"SUMMARY:{title}"]
    lines += [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}", *extra]
    return "BEGIN:VEVENT\n" + "\n".join(lines) + "\nEND:VEVENT\n"


def _feed(path: Path, *events: str) -> None:
    body = "".join(events)
    path.write_text(
        f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//vcdesk tests//records//ID\n{body}END:VCALENDAR\n",
        encoding="utf-8",
    )


class Room:
    """A room whose feed holds a weekly series on every day at T = now + 3 h (an hour
    long), so that exactly the instances T-1d ... T+6d fall in the recording window
    (now - 1 day, now + 7 days) whenever the test runs, and a lone event on now."""

    def __init__(self, tmp_path: Path, data_dir: Path) -> None:
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        self.now = now
        self.first = now + timedelta(hours=3) - timedelta(days=21)
        self.lone_start = now - timedelta(minutes=30)
        self.ics = tmp_path / "jadwal.ics"
        self.profile_path = tmp_path / "ruang.yaml"
        self.profile_path.write_text(
            f"schema_version: 1\nroom:\n  name: {ROOM}\n  timezone: Asia/Makassar\n"
            "schedule:\n  ics: jadwal.ics\n",
            encoding="utf-8",
        )
        self.data_dir = data_dir
        self.write()

    def instance(self, k: int) -> datetime:
        """The series' instance k days from the one after now."""
        return self.first + timedelta(days=21 + k)

    def series(self, *extra: str) -> str:
        return _event(
            SERIES,
            "Rapat koordinasi harian",
            self.first,
            self.first + timedelta(hours=1),
            "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;COUNT=60",
            *extra,
        )

    def lone(self, shift: timedelta = timedelta(0)) -> str:
        start = self.lone_start + shift
        return _event(LONE, "Musrenbang daring", start, start + timedelta(hours=2))

    def free(self) -> str:  # not busy: no record
        start = self.now - timedelta(minutes=10)
        return _event("libur@x", "Piket", start, start + timedelta(hours=1), "TRANSP:TRANSPARENT")

    def write(self, *events: str) -> None:
        _feed(self.ics, *(events or (self.series(), self.lone(), self.free())))

    def schedule(self) -> RoomSchedule:
        profile = load_profile(self.profile_path)
        return RoomSchedule.from_profile(profile, self.data_dir, self.profile_path)

    def store(self) -> MeetingStore:
        return MeetingStore(database_path(self.data_dir))


def _change_rows(room: Room) -> int:
    with sqlite3.connect(database_path(room.data_dir)) as conn:
        return int(conn.execute("SELECT count(*) FROM meeting_change").fetchone()[0])


def test_a_series_gets_one_record_per_occurrence_and_never_twice(
    tmp_path: Path, data_dir: Path
) -> None:
    room = Room(tmp_path, data_dir)
    schedule = room.schedule()
    began = time.perf_counter()
    assert schedule.refresh().state == "fresh"
    first_s = time.perf_counter() - began
    store = room.store()
    records = store.list(ROOM)
    series = [r for r in records if r.calendar_uid == SERIES]
    assert sorted(r.occurrence for r in series) == [room.instance(k) for k in range(-1, 7)]
    assert all(r.booked_end - r.booked_start == timedelta(hours=1) for r in series)
    assert all((r.source, r.title) == ("calendar", "Rapat koordinasi harian") for r in series)
    (lone,) = [r for r in records if r.calendar_uid == LONE]
    assert (lone.booked_start, lone.occurrence) == (room.lone_start, room.lone_start)
    assert len(records) == 9  # the free event has none
    rows = _change_rows(room)
    assert rows == 9  # each its "created"

    # The same feed again: not even looked at (memo), nor by a new schedule (store).
    began = time.perf_counter()
    schedule.refresh()
    again_s = time.perf_counter() - began
    other = room.schedule()
    other.refresh()
    assert len(store.list(ROOM)) == 9 and _change_rows(room) == rows
    assert not schedule.records.due(schedule._calendar.digest, schedule.now().date())  # type: ignore[union-attr]
    print(f"first refresh {first_s * 1000:.1f} ms, same feed again {again_s * 1000:.1f} ms")
    for closing in (schedule, other):
        closing.close()
    store.close()


def test_a_moved_booking_updates_its_record_and_a_removed_one_keeps_it(
    tmp_path: Path, data_dir: Path
) -> None:
    room = Room(tmp_path, data_dir)
    schedule = room.schedule()
    schedule.refresh()
    store = room.store()
    before = {(r.calendar_uid, r.occurrence): r for r in store.list(ROOM)}
    rows = _change_rows(room)

    # The booking system moves instance 2 by two hours (RECURRENCE-ID) and the lone event
    # by one: the same records, their booked times changed by "calendar".
    moved = room.instance(2)
    override = _event(
        SERIES,
        "Rapat koordinasi harian",
        moved + timedelta(hours=2),
        moved + timedelta(hours=3),
        f"RECURRENCE-ID:{_utc(moved)}",
    )
    room.write(room.series(), override, room.lone(timedelta(hours=1)), room.free())
    schedule.refresh()
    after = {(r.calendar_uid, r.occurrence): r for r in store.list(ROOM)}
    assert after.keys() == before.keys()
    record = after[(SERIES, moved)]
    assert record.id == before[(SERIES, moved)].id
    assert (record.booked_start, record.booked_end) == (
        moved + timedelta(hours=2),
        moved + timedelta(hours=3),
    )
    changes = [c for c in store.changes(record.id) if c.field != "created"]
    assert {(c.field, c.who) for c in changes} == {
        ("booked_start", "calendar"),
        ("booked_end", "calendar"),
    }
    lone = after[(LONE, room.lone_start)]
    assert lone.booked_start == room.lone_start + timedelta(hours=1)
    assert _change_rows(room) == rows + 4  # two fields of two records, nothing else

    # The lone event leaves the feed, instance 3 is cancelled: their records stay.
    cancelled = room.instance(3)
    room.write(room.series(f"EXDATE:{_utc(cancelled)}"), override)
    schedule.refresh()
    kept = {(r.calendar_uid, r.occurrence) for r in store.list(ROOM)}
    assert kept == after.keys() and (SERIES, cancelled) in kept and (LONE, room.lone_start) in kept
    assert all(r.actual_end is None for r in store.list(ROOM))
    schedule.close()
    store.close()


def test_console_entries_get_records_and_end_now_sets_the_actual_end(
    tmp_path: Path, data_dir: Path
) -> None:
    room = Room(tmp_path, data_dir)
    schedule = room.schedule()
    schedule.refresh()
    store = room.store()
    zone = schedule.zone

    # "Add meeting…": a record of source console, by the OS user.
    start = (room.now + timedelta(hours=5)).astimezone(zone).replace(tzinfo=None)
    entry = schedule.add_entry(start, start + timedelta(hours=1), "Rapat evaluasi SPBE")
    (record,) = [r for r in store.list(ROOM) if r.source == "console"]
    assert (record.title, record.booked_start) == ("Rapat evaluasi SPBE", entry.start)
    assert store.changes(record.id)[0].who == getpass.getuser()
    # Removing the entry leaves its record.
    assert entry.entry_id is not None and schedule.remove_entry(entry.entry_id)
    assert store.get(record.id).title == "Rapat evaluasi SPBE"

    # "End now" of a console entry on now, by the operator named.
    on = schedule.add_entry(
        room.now - timedelta(minutes=5), room.now + timedelta(hours=1), "Rapat dadakan"
    )
    ended_at = room.now + timedelta(minutes=1)
    schedule.end_meeting(on, ended_at, who="console")
    (dadakan,) = [r for r in store.list(ROOM) if r.title == "Rapat dadakan"]
    assert dadakan.actual_end == ended_at and dadakan.booked_end == on.end  # booked stays
    assert store.changes(dadakan.id)[-1].who == "console"

    # "End now" of the calendar meeting on now (the lone event), as the console calls it.
    current = schedule.current_meeting(room.now + timedelta(seconds=30))
    assert current is not None and current.uid == LONE
    schedule.end_meeting(current, ended_at)
    lone = store.linked(ROOM, LONE)
    assert lone is not None and lone.actual_end == ended_at
    assert store.changes(lone.id)[-1].who == getpass.getuser()
    # A series instance on now (moved there) is found by its RECURRENCE-ID.
    moved = room.instance(1)
    room.write(
        room.series(),
        _event(
            SERIES,
            "Rapat koordinasi harian",
            room.now - timedelta(minutes=20),
            room.now + timedelta(minutes=40),
            f"RECURRENCE-ID:{_utc(moved)}",
        ),
    )
    schedule.refresh()
    current = schedule.current_meeting(room.now + timedelta(seconds=30))
    assert current is not None and current.occurrence == moved
    schedule.end_meeting(current, ended_at, who="Budi")
    instance = store.linked(ROOM, SERIES, moved)
    assert instance is not None and instance.actual_end == ended_at

    # A meeting with no record (a free one): the schedule's end stands, nothing fails.
    rows = _change_rows(room)
    room.write(room.free())
    schedule.refresh()
    on_now = schedule.meetings(room.now, room.now + timedelta(seconds=1))
    (free,) = [m for m in on_now if m.source == "feed"]
    assert not free.busy
    schedule.end_meeting(free, ended_at)
    assert _change_rows(room) == rows
    assert schedule.meetings(ended_at, ended_at + timedelta(seconds=1)) == []
    schedule.close()
    store.close()


def test_a_database_error_is_logged_once_and_the_schedule_stands(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.2")
    room = Room(tmp_path, data_dir)
    schedule = room.schedule()
    schedule.refresh()
    store = room.store()
    assert len(store.list(ROOM)) == 9
    holder = sqlite3.connect(database_path(data_dir), isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
    caplog.set_level(logging.ERROR, logger="vcdesk.core.meetings.from_schedule")
    for shift in (1, 2):  # two changed feeds, both due
        room.write(room.series(), room.lone(timedelta(hours=shift)), room.free())
        assert schedule.refresh().state == "fresh"
        assert [m.uid for m in schedule.day(schedule.now().date())]  # the schedule reads on
    logged = [(r.name, r.levelname) for r in caplog.records if "meeting records" in r.message]
    assert logged == [("vcdesk.core.meetings.from_schedule", "ERROR")]
    holder.execute("ROLLBACK")
    holder.close()
    schedule.refresh()  # still due (the failed one was not memoised): recorded now
    lone = store.linked(ROOM, LONE)
    assert lone is not None and lone.booked_start == room.lone_start + timedelta(hours=2)
    schedule.close()
    store.close()
