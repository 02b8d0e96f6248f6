"""The room session in core: when the pre-meeting checklist is due (once per meeting, never
late, all-day and free meetings skipped), read from a real feed and the real database, and
`apply` keeping what did not change."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vcdesk.core.profile.load import load_profile
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.session import RoomSession, due_prechecks, room_engine_settings

DAY = datetime(2030, 1, 7, tzinfo=UTC)  # 07:00 WIB is 00:00 UTC


def at(hh: int, mm: int = 0) -> datetime:
    """The room's (WIB) wall clock that day, as an aware UTC time."""
    return DAY + timedelta(hours=hh - 7, minutes=mm)


def stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def event(uid: str, start: datetime, end: datetime, extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:{uid}\r\n"
        f"DTSTART:{stamp(start)}\r\nDTEND:{stamp(end)}\r\n{extra}END:VEVENT\r\n"
    )


FEED = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vcdesk tests//EN\r\n"
    + event("rapat-a", at(10), at(11))
    + event("bebas-b", at(11), at(12), "TRANSP:TRANSPARENT\r\n")  # free: no check
    + "BEGIN:VEVENT\r\nUID:libur-c\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:libur\r\n"
    "DTSTART;VALUE=DATE:20300107\r\nDTEND;VALUE=DATE:20300108\r\nTRANSP:OPAQUE\r\n"
    "END:VEVENT\r\n"  # all day, busy: still no check
    + event("rapat-d", at(12), at(13))
    + event("rapat-e", at(12), at(12, 30))  # the same start as D: both due, one per call
    + "END:VCALENDAR\r\n"
)


def write_room(folder: Path, name: str = "Ruang Uji", preset: str = "remux") -> Path:
    (folder / "room.ics").write_text(FEED, encoding="utf-8")
    path = folder / "room.yaml"
    path.write_text(
        f"schema_version: 1\nroom:\n  name: {name}\n  timezone: Asia/Jakarta\n"
        f"conversion:\n  preset: {preset}\n  low_priority: false\n"
        "schedule:\n  ics: room.ics\n  precheck_min: 30\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def session(tmp_path: Path) -> Iterator[RoomSession]:
    path = write_room(tmp_path)
    made = RoomSession(load_profile(path), tmp_path / "data", path)
    assert made.refresh().state == "fresh"
    yield made
    made.close()


def uid(meeting: Meeting | None) -> str | None:
    return None if meeting is None else meeting.uid


# (the clock's times, in order; what each call hands out)
CASES = [
    pytest.param(
        [at(9, 29), at(9, 30), at(9, 31), at(9, 59), at(10, 0)],
        [None, "rapat-a", None, None, None],
        id="due-at-start-minus-precheck-once",
    ),
    pytest.param([at(9, 59)], ["rapat-a"], id="late-but-before"),
    pytest.param([at(10, 0), at(10, 1)], [None, None], id="begun-never-late"),
    pytest.param([at(10, 10), at(11, 30)], [None, "rapat-e"], id="missed-one-then-the-next"),
    pytest.param(
        [at(10, 45), at(11, 0), at(11, 29)], [None, None, None], id="free-and-all-day-skipped"
    ),
    pytest.param(
        [at(11, 40), at(11, 40), at(11, 40)],
        ["rapat-e", "rapat-d", None],  # in start order, then the shorter first
        id="two-at-once-one-per-call",
    ),
    pytest.param(
        [at(11, 40), at(12, 0)], ["rapat-e", None], id="the-second-begun-before-it-was-asked"
    ),
]


@pytest.mark.parametrize(("times", "expected"), CASES)
def test_precheck_due(session: RoomSession, times: list[datetime], expected: list[str]) -> None:
    assert [uid(session.precheck_due(now)) for now in times] == expected


def test_nothing_is_due_before_the_schedule_is_read(tmp_path: Path) -> None:
    path = write_room(tmp_path)
    unread = RoomSession(load_profile(path), tmp_path / "data", path)
    try:
        assert unread.precheck_due(at(9, 45)) is None
        unread.refresh()
        assert uid(unread.precheck_due(at(9, 45))) == "rapat-a"
    finally:
        unread.close()


def test_due_prechecks_rule_alone() -> None:
    zone = at(0).tzinfo
    assert zone is not None
    timed = Meeting(at(10), at(11), "timed", uid="t")
    free = dataclasses.replace(timed, uid="f", busy=False)
    all_day = Meeting(at(7), at(7) + timedelta(days=1), "day", all_day=True, uid="d")
    seen: set[tuple[str, datetime]] = set()
    pre = timedelta(minutes=30)
    assert due_prechecks([timed, free, all_day], pre, at(9, 30), seen) == [timed]
    assert due_prechecks([timed, free, all_day], pre, at(9, 31), seen) == []
    assert seen == {("t", at(10))}
    # a new occurrence (another start) of the same uid is another meeting
    moved = dataclasses.replace(timed, start=at(15), end=at(16))
    assert due_prechecks([moved], pre, at(14, 45), seen) == [moved]


def test_apply_keeps_the_schedule_of_the_same_room_and_reconfigures_the_engine(
    tmp_path: Path,
) -> None:
    path = write_room(tmp_path)
    session = RoomSession(load_profile(path), tmp_path / "data", path)
    try:
        session.refresh()
        engine = session.make_engine()
        hooks = session.engine_hooks()
        assert hooks["gate"] is session.gate and hooks["recordings"] == session.recordings
        schedule = session.schedule
        assert uid(session.precheck_due(at(9, 45))) == "rapat-a"

        # Same room, another conversion preset: the schedule (and what it has handed out)
        # is kept; the engine takes the new preset without stopping.
        write_room(tmp_path, preset="audio-only")
        assert session.apply(load_profile(path)) is False
        assert session.schedule is schedule and schedule.loaded
        assert engine.preset == "audio-only"
        assert session.precheck_due(at(9, 46)) is None  # still once

        # Another room: a new schedule, read anew; the engine's gate is the new one.
        write_room(tmp_path, name="Ruang Lain")
        assert session.apply(load_profile(path)) is True
        assert session.schedule is not schedule and not session.schedule.loaded
        assert engine.recordings is not None and engine.recordings.room == "Ruang Lain"
        session.refresh()
        assert uid(session.precheck_due(at(9, 47))) == "rapat-a"
    finally:
        session.close()
    assert session.engine is None


def test_keeps_says_what_apply_would_do(tmp_path: Path) -> None:
    """The console asks `keeps` before `apply`: it must agree with what apply then does."""
    path = write_room(tmp_path)
    session = RoomSession(load_profile(path), tmp_path / "data", path)
    try:
        schedule = session.schedule
        write_room(tmp_path, preset="audio-only")
        other_preset = load_profile(path)
        write_room(tmp_path, name="Ruang Lain")
        other_room = load_profile(path)
        assert session.keeps(other_preset) and session.keeps(other_preset, path)
        assert not session.keeps(other_preset, tmp_path / "lain.yaml")  # another file
        assert not session.keeps(other_room)
        assert session.apply(other_preset, path) is False and session.schedule is schedule
        assert session.profile is other_preset
        assert session.apply(other_room) is True and session.schedule is not schedule
        assert session.keeps(other_room) and not session.keeps(other_preset)
    finally:
        session.close()


def test_engine_settings_with_a_schedule_and_without(session: RoomSession) -> None:
    """A session's room settings are its section's plus its schedule's hooks; a section
    alone (an engine without a schedule) gives the same room settings and no hooks; an
    engine option that is not a room's is refused."""
    section = session.profile.conversion
    alone = room_engine_settings(section)
    assert alone.preset == "remux" and alone.low_priority is False and alone.gate is None
    with pytest.raises(TypeError, match="poll_s"):
        room_engine_settings(section, {"poll_s": 0.1})
    settings = session.engine_settings()
    assert settings == dataclasses.replace(alone, **session.engine_hooks())
    assert settings.gate is session.gate and settings.recordings == session.recordings
