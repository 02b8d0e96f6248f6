"""The monthly report leaders ask of a room (issue 15): how many meetings it held in a month,
for whom, of which kind, how long, with how many participants, what they saved in travel and
meals, whether a checklist cleared each one, and what was recorded.

Qt-free: the CLI prints it as JSON, vcdesk.core.meetings.report_files writes it as CSV and
XLSX, vcdesk.ui.month_report paints it as a PDF. A meeting belongs to the month its booked
start falls in, on the room's clock (room.timezone), since that is the month the room's
booking calendar shows it in."""

from __future__ import annotations

import bisect
import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vcdesk.core.meetings.clearing import CLEARING_WINDOW
from vcdesk.core.meetings.model import Meeting, utc_text
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.profile.model import Profile, Savings
from vcdesk.core.profile.shared import room_savings
from vcdesk.core.schedule.zones import room_zone, zone_label
from vcdesk.core.storage import connect

NONE_KEY = "(none)"  # an organiser or kind nobody filled in: a key of its own, never dropped
GO, NO_GO, NO_RUN = "go", "no_go", "none"
_HOUR_S = 3600.0


class MonthError(ValueError):
    """A month that is not YYYY-MM (worded by vcdesk.core.words.month)."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(text)


def parse_month(text: str) -> tuple[int, int]:
    """ "2026-12" -> (2026, 12); MonthError for anything else."""
    cleaned = text.strip()
    if len(cleaned) != 7 or cleaned[4] != "-" or not (cleaned[:4] + cleaned[5:]).isdigit():
        raise MonthError(text)
    year, month = int(cleaned[:4]), int(cleaned[5:])
    if not (1 <= month <= 12 and year >= 1970):  # before 1970: a typo, not a record
        raise MonthError(text)
    return year, month


@dataclass
class Tally:
    """Meetings counted together (a month, a kind, an organiser)."""

    meetings: int = 0
    seconds: float = 0.0
    participants: int = 0
    savings_idr: int = 0

    @property
    def hours(self) -> float:
        return self.seconds / _HOUR_S

    def add(self, row: MeetingRow) -> None:
        self.meetings += 1
        self.seconds += row.seconds
        self.participants += row.participants
        self.savings_idr += row.saving_idr

    def to_json(self) -> dict[str, Any]:
        return {
            "meetings": self.meetings,
            "hours": round(self.hours, 2),
            "participants": self.participants,
            "savings_idr": self.savings_idr,
        }


@dataclass(frozen=True)
class Recordings:
    count: int = 0
    seconds: float = 0.0
    bytes: int = 0

    @property
    def hours(self) -> float:
        return self.seconds / _HOUR_S

    def __add__(self, other: Recordings) -> Recordings:
        return Recordings(
            self.count + other.count, self.seconds + other.seconds, self.bytes + other.bytes
        )

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "hours": round(self.hours, 2), "bytes": self.bytes}


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as the report counts it; times on the room's clock."""

    meeting: Meeting
    start: dt.datetime  # booked start, room's clock
    end: dt.datetime  # booked end, room's clock
    seconds: float  # actual end - actual start when both are known, else as booked
    participants: int  # actual, else expected, else 0
    saving_idr: int
    checklist: str  # GO, NO_GO or NO_RUN
    check_run_id: int | None  # the run that says so
    recordings: Recordings

    @property
    def hours(self) -> float:
        return self.seconds / _HOUR_S

    def to_json(self) -> dict[str, Any]:
        m, zone = self.meeting, self.start.tzinfo
        return {
            "id": m.id,
            "title": m.title,
            "organiser": m.organiser,
            "kind": m.kind,
            "platform": m.platform,
            "licence": m.licence,
            "operator": m.operator,
            "booked_start": self.start.isoformat(timespec="seconds"),
            "booked_end": self.end.isoformat(timespec="seconds"),
            "actual_start": _local(m.actual_start, zone),
            "actual_end": _local(m.actual_end, zone),
            "expected_participants": m.expected_participants,
            "actual_participants": m.actual_participants,
            "participants": self.participants,
            "hours": round(self.hours, 2),
            "saving_idr": self.saving_idr,
            "checklist": self.checklist,
            "check_run_id": self.check_run_id,
            "recordings": self.recordings.to_json(),
        }


@dataclass(frozen=True)
class MonthReport:
    year: int
    month_number: int
    room: str
    institution: str
    unit: str
    location: str
    timezone: str
    zone_label: str  # WIB, WITA, WIT...
    savings: Savings  # the cost model the savings were reckoned with
    rows: tuple[MeetingRow, ...]
    totals: Tally
    by_kind: dict[str, Tally]
    by_organiser: dict[str, Tally]
    checklists: dict[str, int]
    recordings: Recordings

    @property
    def month(self) -> str:
        return f"{self.year:04d}-{self.month_number:02d}"

    def to_json(self) -> dict[str, Any]:
        """The same in every language: keys, codes, integer rupiah, hours to 2 decimals."""
        return {
            "month": self.month,
            "room": self.room,
            "institution": self.institution,
            "unit": self.unit,
            "location": self.location,
            "timezone": self.timezone,
            "meetings": self.totals.meetings,
            "hours": round(self.totals.hours, 2),
            "participants": self.totals.participants,
            "savings_idr": self.totals.savings_idr,
            "savings_model": {
                "travel_cost_per_meeting": self.savings.travel_cost_per_meeting,
                "meal_cost_per_participant": self.savings.meal_cost_per_participant,
            },
            "by_kind": {name: tally.to_json() for name, tally in self.by_kind.items()},
            "by_organiser": {name: tally.to_json() for name, tally in self.by_organiser.items()},
            "checklists": dict(self.checklists),
            "recordings": self.recordings.to_json(),
            "meetings_list": [row.to_json() for row in self.rows],
        }


def month_report(
    db_path: Path, profile: Profile, profile_path: Path | None, year: int, month: int
) -> MonthReport:
    """The room's report for `month` of `year` from the database at `db_path`. Raises
    ProfileError when the room's shared licences file (its savings) cannot be read, and
    DatabaseError when the database cannot."""
    zone = room_zone(profile.room.timezone)
    first = dt.datetime(year, month, 1, tzinfo=zone)
    after = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    savings = room_savings(profile, profile_path)
    room = profile.room.name
    store = MeetingStore(db_path)
    try:
        meetings = store.list(room, first, after)
    finally:
        store.close()
    conn = connect(db_path)
    try:
        runs = _Runs(conn, room, first - CLEARING_WINDOW, after, meetings)
        recorded = _recordings(conn, room, first, after)
    finally:
        conn.close()
    rows = tuple(_row(m, zone, savings, runs, recorded.get(m.id, Recordings())) for m in meetings)
    return MonthReport(
        year=year,
        month_number=month,
        room=room,
        institution=profile.room.institution,
        unit=profile.room.unit,
        location=profile.room.location,
        timezone=profile.room.timezone,
        zone_label=zone_label(zone, first),
        savings=savings,
        rows=rows,
        totals=_tally(rows),
        by_kind=_grouped(rows, "kind", profile.meetings.kinds),
        by_organiser=_grouped(rows, "organiser", ()),
        checklists=_checklists(rows),
        recordings=sum((row.recordings for row in rows), Recordings()),
    )


# --- one meeting ---------------------------------------------------------------------------


def _row(
    meeting: Meeting, zone: dt.tzinfo, savings: Savings, runs: _Runs, recordings: Recordings
) -> MeetingRow:
    if meeting.actual_start is not None and meeting.actual_end is not None:
        seconds = (meeting.actual_end - meeting.actual_start).total_seconds()
    else:
        seconds = (meeting.booked_end - meeting.booked_start).total_seconds()
    participants = meeting.participants or 0
    saving = savings.travel_cost_per_meeting + savings.meal_cost_per_participant * participants
    checklist, run_id = runs.clearing(meeting)
    return MeetingRow(
        meeting=meeting,
        start=meeting.booked_start.astimezone(zone),
        end=meeting.booked_end.astimezone(zone),
        seconds=max(0.0, seconds),
        participants=participants,
        saving_idr=saving,
        checklist=checklist,
        check_run_id=run_id,
        recordings=recordings,
    )


def _local(moment: dt.datetime | None, zone: dt.tzinfo | None) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


# --- totals ---------------------------------------------------------------------------------


def _tally(rows: Iterable[MeetingRow]) -> Tally:
    tally = Tally()
    for row in rows:
        tally.add(row)
    return tally


def _grouped(rows: Iterable[MeetingRow], key: str, listed: tuple[str, ...]) -> dict[str, Tally]:
    """Tallies by the meetings' `key` ("kind" or "organiser"). The `listed` names come first
    in their order, even with no meeting (a leader reads "webinar: 0" as an answer); then
    the others by meetings held, most first; NONE_KEY last."""
    groups: dict[str, Tally] = {name: Tally() for name in listed}
    for row in rows:
        name = getattr(row.meeting, key) or NONE_KEY
        groups.setdefault(name, Tally()).add(row)
    others = sorted(
        (name for name in groups if name not in listed and name != NONE_KEY),
        key=lambda name: (-groups[name].meetings, name.casefold()),
    )
    order = [*listed, *others, *([NONE_KEY] if NONE_KEY in groups else [])]
    return {name: groups[name] for name in order}


def _checklists(rows: Iterable[MeetingRow]) -> dict[str, int]:
    counts = {GO: 0, NO_GO: 0, NO_RUN: 0}
    for row in rows:
        counts[row.checklist] += 1
    return counts


# --- checklist runs ---------------------------------------------------------------------------


class _Runs:
    """The room's checklist runs around the month, read once: which run cleared a meeting.

    A run's times are ISO 8601 with the offset of the PC it ran on, so they are compared as
    moments, not as text; the query only narrows them down by their local date, with a day
    to spare either side for any offset."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        room: str,
        since: dt.datetime,
        until: dt.datetime,
        meetings: list[Meeting],
    ) -> None:
        low = (since.date() - dt.timedelta(days=1)).isoformat()
        high = (until.date() + dt.timedelta(days=1)).isoformat()
        rows = conn.execute(
            "SELECT id, started, finished, overall FROM check_run"
            " WHERE room = ? AND substr(started, 1, 10) BETWEEN ? AND ?",
            (room, low, high),
        ).fetchall()
        runs = sorted(
            (_moment(r["finished"] or r["started"]), _moment(r["started"]), int(r["id"]), r)
            for r in rows
        )
        self._finished = [run[0] for run in runs]
        self._runs = [(started, run_id, str(r["overall"])) for _f, started, run_id, r in runs]
        # A meeting's own run (check_run_id) may be of any time or room: read those by id.
        named = sorted({m.check_run_id for m in meetings if m.check_run_id is not None})
        self._named: dict[int, str] = {}
        for chunk in range(0, len(named), 500):  # SQLite's limit on parameters
            ids = named[chunk : chunk + 500]
            marks = ", ".join("?" * len(ids))
            for r in conn.execute(
                f"SELECT id, overall FROM check_run WHERE id IN ({marks})",  # noqa: S608
                ids,
            ):
                self._named[int(r["id"])] = str(r["overall"])

    def clearing(self, meeting: Meeting) -> tuple[str, int | None]:
        """GO or NO_GO and the run, or (NO_RUN, None). The meeting's own check_run_id when it
        names a run still kept; else the room's last run that finished before the meeting
        started (its actual start when known: a meeting that began late was cleared by a
        run before it began) and started at most CLEARING_WINDOW before that."""
        run_id = meeting.check_run_id
        if run_id is not None and run_id in self._named:
            return _verdict(self._named[run_id]), run_id
        start = meeting.actual_start or meeting.booked_start
        last = bisect.bisect_right(self._finished, start) - 1
        if last < 0:
            return NO_RUN, None
        started, found, overall = self._runs[last]
        if started < start - CLEARING_WINDOW:
            return NO_RUN, None
        return _verdict(overall), found


def _verdict(overall: str) -> str:
    return NO_GO if overall == "fail" else GO  # pass and warn both clear a meeting


def _moment(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:  # never written so, but a naive time is this PC's
        moment = moment.astimezone()
    return moment.astimezone(dt.UTC)


# --- recordings ---------------------------------------------------------------------------


def _recordings(
    conn: sqlite3.Connection, room: str, first: dt.datetime, after: dt.datetime
) -> dict[int, Recordings]:
    """The month's meetings' recordings, per meeting: how many, how long, how big."""
    rows = conn.execute(
        "SELECT r.meeting_id, COUNT(*) AS n, TOTAL(r.duration_s) AS seconds,"
        " TOTAL(r.bytes) AS size FROM meeting_recording AS r"
        " JOIN meeting AS m ON m.id = r.meeting_id"
        " WHERE m.room = ? AND m.booked_start >= ? AND m.booked_start < ?"
        " GROUP BY r.meeting_id",
        (room, utc_text(first), utc_text(after)),
    ).fetchall()
    return {
        int(r["meeting_id"]): Recordings(int(r["n"]), float(r["seconds"]), int(r["size"]))
        for r in rows
    }
