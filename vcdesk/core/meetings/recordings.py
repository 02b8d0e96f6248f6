"""Recordings belong to their meeting: which meeting a recording found in the room's folders
is attached to, and the `meeting_recording` rows that keep the attachment and, once the
queue has archived it, the archived output's name, size and SHA-256.

The rule (`meeting_for`): a recording belongs to the meeting that was on when the file was
last written, or that ended at most `meetings.attach_after_min` before (the actual end when
known, else the booked one); of several, the one that started last; of none, no meeting.
The time is the file's modification time, not the time it is found: a meeting client
writes its recording until the meeting (or the recording) ends, so its last write falls
inside the meeting or just after it, whereas the console may find the file hours later (it
was closed, the folder is on a share) and a file's creation time is not kept by every
system (Linux's stat has none) nor by a copy. The archive's own outputs and partial files
are never attached (`attachable`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vcdesk.core.convert.names import is_temp_name
from vcdesk.core.meetings.model import MAX_LENGTH, Meeting, MeetingError, utc_text
from vcdesk.core.meetings.store import MeetingStore, default_who
from vcdesk.core.storage import connect, writing

if TYPE_CHECKING:
    import zoneinfo

    from vcdesk.core.profile.model import Profile
    from vcdesk.core.queue.store import JobStore

WATCH = "watch"  # attached_by for a recording found in a folder


def meeting_start(meeting: Meeting) -> dt.datetime:
    """When the room was taken: the actual start when known and earlier, else the booked."""
    if meeting.actual_start is not None:
        return min(meeting.actual_start, meeting.booked_start)
    return meeting.booked_start


def meeting_end(meeting: Meeting) -> dt.datetime:
    """The actual end when known (an early "End now" frees the room), else the booked."""
    return meeting.actual_end if meeting.actual_end is not None else meeting.booked_end


def meeting_for(
    meetings: Iterable[Meeting], written: dt.datetime, after: dt.timedelta
) -> Meeting | None:
    """The meeting a recording last written at `written` belongs to (see the module's
    docstring): the latest-starting one on then or ended at most `after` before."""
    covering = [m for m in meetings if meeting_start(m) <= written <= meeting_end(m) + after]
    if not covering:
        return None
    return max(covering, key=lambda m: (meeting_start(m), m.id))


@dataclass(frozen=True)
class RoomRecordings:
    """What attaching and archiving need to know of the room whose engine runs: its name
    (meetings are per room), its clock (archive names), how long after a meeting a
    recording still belongs to it, and its folders (recordings_dir and watch_dirs)."""

    room: str
    zone: zoneinfo.ZoneInfo
    attach_after: dt.timedelta
    folders: tuple[Path, ...] = ()

    @classmethod
    def from_profile(cls, profile: Profile) -> RoomRecordings:
        from vcdesk.core.schedule.zones import room_zone

        folders = (profile.disk.recordings_dir, *profile.conversion.watch_dirs)
        return cls(
            room=profile.room.name,
            zone=room_zone(profile.room.timezone),
            attach_after=dt.timedelta(minutes=profile.meetings.attach_after_min),
            folders=tuple(_absolute(Path(folder).expanduser()) for folder in folders),
        )

    def in_folders(self, path: Path) -> bool:
        """True when `path` lies in one of the room's folders (or below)."""
        where = _absolute(path)
        return any(where.is_relative_to(folder) for folder in self.folders)

    def find_meeting(self, meetings: MeetingStore, written: dt.datetime) -> Meeting | None:
        """This room's meeting a file last written at `written` belongs to."""
        # Meetings booked to start up to their longest length (plus the grace, plus a day
        # for an actual start well before the booked one) around the moment: the rule then
        # picks among these few.
        margin = MAX_LENGTH + self.attach_after + dt.timedelta(days=1)
        nearby = meetings.list(self.room, written - margin, written + dt.timedelta(days=1))
        return meeting_for(nearby, written, self.attach_after)


@dataclass(frozen=True)
class Recording:
    """One row of meeting_recording. `archive_path` and `sidecar_path` are absolute (the
    archived output and its JSON, so `vcdesk archive verify` finds them without the job,
    which may have been removed since)."""

    id: int
    meeting_id: int
    path: str
    bytes: int | None
    duration_s: float | None
    attached_at: dt.datetime
    attached_by: str
    job_id: int | None = None
    archive_path: str | None = None
    archive_bytes: int | None = None
    archive_sha256: str | None = None
    sidecar_path: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "meeting_id": self.meeting_id,
            "path": self.path,
            "bytes": self.bytes,
            "duration_s": self.duration_s,
            "attached_at": self.attached_at.isoformat(timespec="seconds"),
            "attached_by": self.attached_by,
            "job_id": self.job_id,
            "archive_path": self.archive_path,
            "archive_bytes": self.archive_bytes,
            "archive_sha256": self.archive_sha256,
            "sidecar_path": self.sidecar_path,
        }


def attachable(path: Path, jobs: JobStore | None = None) -> bool:
    """False for what must never be attached: a partial output (a conversion still writing
    it) or a file the queue wrote (the archive's own outputs)."""
    if is_temp_name(path):
        return False
    return jobs is None or not jobs.is_output(path)


class RecordingStore:
    """The meeting_recording rows, on the database the meetings and the queue share. Safe
    to share between threads (one lock)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._conn = connect(db_path)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- reading -------------------------------------------------------------------------

    def for_path(self, path: Path) -> Recording | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM meeting_recording WHERE path = ?", (str(_absolute(path)),)
            ).fetchone()
        return None if row is None else _recording(row)

    def of_meeting(self, meeting_id: int) -> list[Recording]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM meeting_recording WHERE meeting_id = ? ORDER BY id",
                (meeting_id,),
            ).fetchall()
        return [_recording(row) for row in rows]

    def archived(self, room: str | None = None) -> list[Recording]:
        """Every recording with an archived output (of `room`'s meetings when given)."""
        sql = "SELECT r.* FROM meeting_recording r"
        params: tuple[str, ...] = ()
        if room is not None:
            sql += " JOIN meeting m ON m.id = r.meeting_id WHERE m.room = ? AND"
            params = (room,)
        else:
            sql += " WHERE"
        sql += " r.archive_path IS NOT NULL ORDER BY r.id"
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [_recording(row) for row in rows]

    # --- writing -------------------------------------------------------------------------

    def attach(
        self,
        meeting_id: int,
        path: Path,
        *,
        by: str | None = None,
        size: int | None = None,
        duration_s: float | None = None,
        job_id: int | None = None,
    ) -> Recording:
        """Attach the recording at `path` to a meeting (by hand: `by` the operator, else the
        OS user; found in a folder: WATCH). A recording attached before moves to this
        meeting, keeping its archive columns; MeetingError("not_found") for no meeting."""
        where = str(_absolute(path))
        who = (by or "").strip() or default_who()
        now = utc_text(dt.datetime.now(dt.UTC))
        with self._writing() as conn:
            if conn.execute("SELECT 1 FROM meeting WHERE id = ?", (meeting_id,)).fetchone() is None:
                raise MeetingError("not_found", id=meeting_id)
            conn.execute(
                "INSERT INTO meeting_recording"
                " (meeting_id, path, bytes, duration_s, attached_at, attached_by, job_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (path) DO UPDATE SET meeting_id = excluded.meeting_id,"
                " attached_at = excluded.attached_at, attached_by = excluded.attached_by,"
                " bytes = COALESCE(excluded.bytes, bytes),"
                " duration_s = COALESCE(excluded.duration_s, duration_s),"
                " job_id = COALESCE(excluded.job_id, job_id)",
                (meeting_id, where, size, duration_s, now, who, job_id),
            )
            row = conn.execute(
                "SELECT * FROM meeting_recording WHERE path = ?", (where,)
            ).fetchone()
        return _recording(row)

    def set_fields(self, recording_id: int, **fields: Any) -> None:
        """Update columns of one row (job_id, duration_s, the archive_* and sidecar_path)."""
        with self._writing() as conn:
            set_fields(conn, recording_id, **fields)

    def _writing(self) -> AbstractContextManager[sqlite3.Connection]:
        return writing(self._conn, self._lock)


def set_fields(conn: sqlite3.Connection, recording_id: int, **fields: Any) -> None:
    """RecordingStore.set_fields inside a write transaction the caller holds (the queue's,
    when a finished conversion records its archive together with its end)."""
    unknown = set(fields) - _SETTABLE
    if unknown:
        raise ValueError(f"not a settable column: {sorted(unknown)}")
    assignments = ", ".join(f"{name} = ?" for name in fields)
    conn.execute(
        f"UPDATE meeting_recording SET {assignments} WHERE id = ?",  # noqa: S608
        (*fields.values(), recording_id),
    )


_SETTABLE = frozenset(
    {
        "job_id",
        "bytes",
        "duration_s",
        "archive_path",
        "archive_bytes",
        "archive_sha256",
        "sidecar_path",
    }
)


def attach_found(
    room: RoomRecordings,
    db_path: Path,
    path: Path,
    mtime_ns: int,
    *,
    size: int | None = None,
    job_id: int | None = None,
    jobs: JobStore | None = None,
) -> Recording | None:
    """A recording found in one of the room's folders: attach it to its meeting (module
    docstring), unless it is attached already (by hand, say: that choice stands) or is not
    a recording (`attachable`). Returns its row, or None when it belongs to no meeting."""
    path = _absolute(path)
    if not attachable(path, jobs):
        return None
    recordings = RecordingStore(db_path)
    meetings = MeetingStore(db_path)
    try:
        known = recordings.for_path(path)
        if known is not None:
            if job_id is not None and known.job_id is None:
                recordings.set_fields(known.id, job_id=job_id)
                known = recordings.for_path(path)
            return known
        written = dt.datetime.fromtimestamp(mtime_ns / 1e9, dt.UTC)
        meeting = room.find_meeting(meetings, written)
        if meeting is None:
            return None
        return recordings.attach(meeting.id, path, by=WATCH, size=size, job_id=job_id)
    finally:
        recordings.close()
        meetings.close()


def attach_by_hand(
    db_path: Path, meeting_id: int, path: Path, who: str | None = None
) -> tuple[Recording, Recording | None]:
    """The operator attaches the recording at `path` to meeting `meeting_id` (`who`, else the
    OS user): the row as now kept, and as it was before (None: new; another meeting's: it
    moved). MeetingError "no_file", "not_a_recording" (the archive's own output or a
    partial file) or "not_found" (no such meeting); nothing is written then."""
    from vcdesk.core.queue.store import JobStore

    path = _absolute(path)  # links kept: the name the queue gives the same file
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None
    if size is None:
        raise MeetingError("no_file", path=str(path))
    jobs = JobStore(db_path)
    try:
        ours = not attachable(path, jobs)
    finally:
        jobs.close()
    if ours:
        raise MeetingError("not_a_recording", path=str(path))
    store = RecordingStore(db_path)
    try:
        before = store.for_path(path)
        return store.attach(meeting_id, path, by=who, size=size), before
    finally:
        store.close()


def _absolute(path: Path) -> Path:
    """An absolute path without resolving links: the name the folder shows, as the queue
    keeps its inputs (Path.absolute, see vcdesk.core.queue.watch)."""
    return path if path.is_absolute() else path.absolute()


def _recording(row: sqlite3.Row) -> Recording:
    return Recording(
        id=row["id"],
        meeting_id=row["meeting_id"],
        path=row["path"],
        bytes=row["bytes"],
        duration_s=row["duration_s"],
        attached_at=dt.datetime.fromisoformat(row["attached_at"]),
        attached_by=row["attached_by"],
        job_id=row["job_id"],
        archive_path=row["archive_path"],
        archive_bytes=row["archive_bytes"],
        archive_sha256=row["archive_sha256"],
        sidecar_path=row["sidecar_path"],
    )


def recordings_json(rows: Sequence[Recording]) -> list[dict[str, Any]]:
    return [row.to_json() for row in rows]
