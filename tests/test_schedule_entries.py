"""Meetings added in the console, and the room's day: feed and console together, the
current and next meeting (the countdown's)."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from vcdesk.core.profile.load import load_profile
from vcdesk.core.schedule.calendar import ScheduleError
from vcdesk.core.schedule.entries import ScheduleEntries
from vcdesk.core.schedule.room import RoomSchedule

ICS = Path(__file__).parent / "fixtures" / "ics"
WIB, WIT = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Jayapura")


def test_entries_are_per_room_and_kept_in_utc(tmp_path: Path) -> None:
    entries = ScheduleEntries(tmp_path / "db.sqlite3")
    start = datetime(2025, 3, 12, 9, 0, tzinfo=WIB)
    added = entries.add("Ruang A", start, start + timedelta(hours=1), "  Rapat RKPD  ")
    entries.add("Ruang B", start, start + timedelta(hours=1), "Lain ruang")
    assert (added.title, added.source, added.busy) == ("Rapat RKPD", "console", True)
    assert added.start == start and added.entry_id is not None

    # Read back in another zone (the same instant) and from another connection.
    other = ScheduleEntries(tmp_path / "db.sqlite3")
    (seen,) = other.between("Ruang A", start - timedelta(days=1), start + timedelta(days=1), WIT)
    assert seen.start == start and f"{seen.start:%H:%M}" == "11:00" and seen.start.tzinfo == WIT
    # Overlap, not containment: a window inside the meeting still finds it; touching does not.
    assert other.between(
        "Ruang A", start + timedelta(minutes=10), start + timedelta(minutes=20), WIB
    )
    assert not other.between("Ruang A", start + timedelta(hours=1), start + timedelta(hours=2), WIB)
    assert other.remove(added.entry_id) and not other.remove(added.entry_id)
    assert other.between("Ruang A", start - timedelta(days=1), start + timedelta(days=1), WIB) == []
    entries.close()
    other.close()


@pytest.mark.parametrize(
    ("start_h", "end_h", "title", "words"),
    [
        (10, 9, "Rapat", "must end after it starts"),
        (10, 10, "Rapat", "must end after it starts"),
        (9, 10, "   ", "Give the meeting a title"),
        (9, 10, "x" * 201, "longer than 200"),
        (9, 9 + 24 * 8, "Rapat", "longer than 7 days"),
    ],
)
def test_entry_checks(tmp_path: Path, start_h: int, end_h: int, title: str, words: str) -> None:
    entries = ScheduleEntries(tmp_path / "db.sqlite3")
    day = datetime(2025, 3, 12, tzinfo=WIB)
    with pytest.raises(ScheduleError, match=words):
        entries.add("R", day + timedelta(hours=start_h), day + timedelta(hours=end_h), title)
    entries.close()


def test_room_day_merges_feed_and_console_and_counts_down(tmp_path: Path, data_dir: Path) -> None:
    shutil.copy(ICS / "weekly.ics", tmp_path / "jadwal.ics")
    profile_path = tmp_path / "ruang.yaml"
    profile_path.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Vicon\n  timezone: Asia/Jakarta\n"
        "schedule:\n  ics: jadwal.ics\n  pause_before_min: 10\n  precheck_min: 20\n",
        encoding="utf-8",
    )
    schedule = RoomSchedule.from_profile(load_profile(profile_path), data_dir, profile_path)
    assert schedule.source == str(tmp_path / "jadwal.ics")  # beside the profile
    assert (schedule.pause_before, schedule.precheck) == (
        timedelta(minutes=10),
        timedelta(minutes=20),
    )
    assert schedule.refresh().state == "fresh" and schedule.zone_label() == "WIB"
    version = schedule.version
    # Naive times are the room's wall clock.
    entry = schedule.add_entry(
        datetime(2025, 3, 10, 11, 0), datetime(2025, 3, 10, 12, 0), "Vicon BPK"
    )
    assert schedule.version > version
    day = schedule.day(date(2025, 3, 10))
    assert [(f"{m.start:%H:%M}", m.title, m.source) for m in day] == [
        ("09:00", "Rapat koordinasi mingguan", "feed"),
        ("11:00", "Vicon BPK", "console"),
        ("13:00", "Musrenbang daring dengan Bappenas", "feed"),
    ]
    at = datetime(2025, 3, 10, 9, 30, tzinfo=WIB)
    current = schedule.current_meeting(at)
    assert current is not None and current.title == "Rapat koordinasi mingguan"
    upcoming = schedule.next_meeting(at)
    assert upcoming is not None and upcoming.entry_id == entry.entry_id
    assert upcoming.start - at == timedelta(minutes=90)  # the countdown
    assert schedule.next_meeting(datetime(2025, 3, 10, 16, 0, tzinfo=UTC)) is None
    assert schedule.remove_entry(entry.entry_id or 0)
    assert [m.source for m in schedule.day(date(2025, 3, 10))] == ["feed", "feed"]
    schedule.close()


def test_a_meeting_ended_early_frees_the_room_from_then(tmp_path: Path, data_dir: Path) -> None:
    shutil.copy(ICS / "weekly.ics", tmp_path / "jadwal.ics")
    profile_path = tmp_path / "ruang.yaml"
    profile_path.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Vicon\n  timezone: Asia/Jakarta\n"
        "schedule:\n  ics: jadwal.ics\n",
        encoding="utf-8",
    )
    schedule = RoomSchedule.from_profile(load_profile(profile_path), data_dir, profile_path)
    schedule.refresh()
    monday = date(2025, 3, 10)
    feed = schedule.day(monday)[0]  # the weekly 09:00 meeting, a recurring feed event
    entry = schedule.add_entry(datetime(2025, 3, 10, 11, 0), datetime(2025, 3, 10, 12, 0), "BPK")
    with pytest.raises(ScheduleError, match="on now"):
        schedule.end_meeting(feed, datetime(2025, 3, 10, 8, 0, tzinfo=WIB))  # not begun yet

    version = schedule.version
    early = datetime(2025, 3, 10, 9, 40, tzinfo=WIB)
    schedule.end_meeting(feed, early)
    schedule.end_meeting(entry, datetime(2025, 3, 10, 11, 15, tzinfo=WIB))
    assert schedule.version > version  # the gate makes its holds again
    assert schedule.current_meeting(early) is None
    assert schedule.current_meeting(early - timedelta(minutes=1)) is not None

    # Remembered in the database (another console, a restart) and for that instance only:
    # a later Monday's meeting keeps its booked end.
    again = RoomSchedule.from_profile(load_profile(profile_path), data_dir, profile_path)
    again.refresh()
    ends = [(f"{m.start:%H:%M}", f"{m.end:%H:%M}") for m in again.day(monday)]
    assert ends[:2] == [("09:00", "09:40"), ("11:00", "11:15")]
    next_week = again.day(date(2025, 4, 7))[0]
    assert (next_week.uid, next_week.end - next_week.start) == (feed.uid, feed.end - feed.start)
    schedule.close()
    again.close()
