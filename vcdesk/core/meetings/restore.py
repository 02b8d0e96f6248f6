"""Putting back, from the archive's sidecars, the meeting records, change logs and recordings a
damaged database lost (issue 14).

Every archived recording has a JSON sidecar beside it (vcdesk.core.meetings.archive): the
meeting's record and change log as they were when it was archived, the original recording,
and the output's size and SHA-256. `restore_from_sidecars` reads the sidecars under each
root's `archive` folder and, for each whose recording the database no longer knows, inserts
the meeting (with its own id when that id is free, else a new one, reported), its change log,
the recording with its archive columns (with its own id too, when the sidecar names it and it
is free, else a new one, reported), and a done job for the output, so that `vcdesk archive
verify`, `meeting show` and `queue list` know them again. A new id is above every id the
sidecars name, so that a renumbered row never takes the number another sidecar's row gets
back.

A sidecar is read as what it is, a file anyone could have put there: one that is not JSON,
not ours, of another version, or that names its output with a path leaving the archive, is
skipped and counted. The output is the sidecar's neighbour by name (the path written inside
is only checked, never followed), and it is only looked at (its size), never opened: the
archive is not modified. Running it twice adds nothing the second time."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from vcdesk.core.convert.presets import preset_of_output
from vcdesk.core.meetings.archive import ARCHIVE, SIDECAR_SUFFIX, SIDECAR_VERSION
from vcdesk.core.meetings.model import Change, Meeting, utc_text
from vcdesk.core.storage import DatabaseError, connect, writing

MAX_SIDECAR_BYTES = 4 << 20  # ours are a few kB; anything this big is not one
MAX_TEXT = 20_000  # the longest text a sidecar may put in the database (notes: 5,000)
MAX_DEPTH = 4  # archive/YYYY/MM/<file>: deeper folders are not ours
MAX_ID = (1 << 63) - 1  # SQLite's largest rowid
RESTORED = "restored"  # queue_job.origin of a done job put back from a sidecar
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Skipped:
    """A sidecar not used: `why` is "unreadable" (not JSON, too big, not a sidecar's
    shape), "version" (another sidecar version) or "path" (its output path leaves the
    archive or does not name its neighbour)."""

    path: Path
    why: str


@dataclass
class RestoreReport:
    folders: list[Path] = field(default_factory=list)  # archive folders searched
    sidecars: int = 0  # read and usable (restored from, or already known)
    meetings: int = 0  # meeting records put back
    changes: int = 0  # change-log rows put back
    recordings: int = 0  # recordings put back with their archive
    jobs: int = 0  # done jobs put back in the queue's list
    renumbered: list[tuple[int, int]] = field(default_factory=list)  # (sidecar's id, new id)
    # Recordings whose sidecar's id is another recording's now: (sidecar's id, new id).
    recordings_renumbered: list[tuple[int, int]] = field(default_factory=list)
    outputs_missing: int = 0  # restored, but the output is gone or not the size archived
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def restored(self) -> bool:
        return bool(self.meetings or self.recordings or self.changes or self.jobs)


@dataclass(frozen=True)
class _Sidecar:
    path: Path
    output: Path  # the neighbour by name
    output_dir: Path  # the conversion output_dir the archive folder is in
    meeting: Meeting
    changes: tuple[Change, ...]
    recording: dict[str, Any]
    output_bytes: int
    sha256: str


@dataclass(frozen=True)
class _Wanted:
    """The highest meeting and recording ids the sidecars name: a row that cannot have its
    own id gets one above these, never one that a later sidecar's row wants back."""

    meeting: int
    recording: int

    @classmethod
    def of(cls, found: Sequence[_Sidecar]) -> _Wanted:
        return cls(
            max(s.meeting.id for s in found),
            max((s.recording["id"] or 0 for s in found), default=0),
        )


def restore_from_sidecars(db_path: Path, archive_roots: Iterable[Path]) -> RestoreReport:
    """Read the sidecars under each root (a conversion output_dir, or its `archive` folder)
    and put back in the database at `db_path` what it lacks, in one transaction."""
    report = RestoreReport()
    found: list[_Sidecar] = []
    for folder in _archive_folders(archive_roots):
        report.folders.append(folder)
        for path in _sidecar_files(folder):
            read = _read(path, folder.parent)
            if isinstance(read, Skipped):
                report.skipped.append(read)
            else:
                found.append(read)
    report.sidecars = len(found)
    if not found:
        return report
    conn = connect(db_path)
    try:
        wanted = _Wanted.of(found)
        with writing(conn, threading.Lock()):
            for sidecar in found:
                _restore(conn, sidecar, report, wanted)
    finally:
        conn.close()
    return report


def roots_in_database(db_path: Path) -> list[Path]:
    """Where archives may be, by what the database still names: the output_dir above each
    recording's archive path, and each job's output_dir (vcdesk keeps the archive in the
    conversion's output_dir). An unreadable database names none."""
    roots: list[Path] = []
    try:
        conn = connect(db_path)
    except DatabaseError:  # whatever is wrong is said where the database is opened
        return roots
    try:
        for (archived,) in conn.execute(
            "SELECT DISTINCT archive_path FROM meeting_recording WHERE archive_path IS NOT NULL"
        ):
            parents = Path(str(archived)).parents
            roots += [p.parent for p in list(parents)[:MAX_DEPTH] if p.name == ARCHIVE][:1]
        roots += [
            Path(str(r[0])) for r in conn.execute("SELECT DISTINCT output_dir FROM queue_job")
        ]
    except DatabaseError:
        return roots
    finally:
        conn.close()
    return roots


# --- finding and reading sidecars ----------------------------------------------------------


def _archive_folders(roots: Iterable[Path]) -> Iterator[Path]:
    """Each root's archive folder, once, if it is a folder: the root itself when it is
    named "archive", else root/archive."""
    seen: set[Path] = set()
    for root in roots:
        try:
            root = Path(root).expanduser().absolute()
        except (RuntimeError, ValueError):  # an unknown ~user, a nul byte
            continue
        folder = root if root.name == ARCHIVE else root / ARCHIVE
        try:
            key = folder.resolve()
            if key in seen or not folder.is_dir():
                continue
        except (OSError, RuntimeError):
            continue
        seen.add(key)
        yield folder


def _sidecar_files(folder: Path) -> list[Path]:
    """The *.json files under `folder`, at most MAX_DEPTH levels down; links to folders are
    not followed (an archive's copy on a share may hold one that leads anywhere)."""
    found: list[Path] = []
    for where, dirs, files in os.walk(folder, followlinks=False):
        depth = len(Path(where).relative_to(folder).parts)
        if depth >= MAX_DEPTH - 1:
            dirs.clear()
        found += [Path(where) / name for name in files if name.endswith(SIDECAR_SUFFIX)]
    return sorted(found)


def _read(path: Path, output_dir: Path) -> _Sidecar | Skipped:
    output = path.with_name(path.name[: -len(SIDECAR_SUFFIX)])
    try:
        if path.is_symlink() or path.stat().st_size > MAX_SIDECAR_BYTES:
            return Skipped(path, "unreadable")
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Skipped(path, "unreadable")
    if not isinstance(record, dict):
        return Skipped(path, "unreadable")
    version = record.get("sidecar_version")
    if isinstance(version, bool) or not isinstance(version, int):
        return Skipped(path, "unreadable")
    if version != SIDECAR_VERSION:
        return Skipped(path, "version")
    try:
        said = record["output"]
        if not isinstance(said, dict):
            raise ValueError("output")
        if not _names_neighbour(said.get("path"), output):
            return Skipped(path, "path")
        meeting = Meeting.from_json(record["meeting"])
        changes = tuple(Change.from_json(item) for item in _list(record.get("changes", [])))
        recording = _recording(record["recording"])
        size, sha256 = said.get("bytes"), said.get("sha256")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError("bytes")
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise ValueError("sha256")
        _check_texts(record["meeting"], changes, recording)
    except (KeyError, ValueError, TypeError, OverflowError):
        return Skipped(path, "unreadable")
    return _Sidecar(path, output, output_dir, meeting, changes, recording, size, sha256)


def _names_neighbour(said: object, output: Path) -> bool:
    """The sidecar's own output path is relative, stays inside the output_dir and ends in
    the neighbour's name: anything else is not a sidecar vcdesk wrote for that file."""
    if not isinstance(said, str) or not said or "\0" in said or "\\" in said:
        return False
    relative = PurePosixPath(said)
    if relative.is_absolute() or ".." in relative.parts or relative.parts[0] != ARCHIVE:
        return False
    return relative.name == output.name


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError("not a list")
    return value


def _recording(value: object) -> dict[str, Any]:
    """The sidecar's original recording: an absolute path (kept as text, never opened), and
    its id when the sidecar names it (None for a sidecar written before it did)."""
    if not isinstance(value, dict):
        raise ValueError("recording")
    recording_id = value.get("id")
    if recording_id is not None and (
        isinstance(recording_id, bool)
        or not isinstance(recording_id, int)
        or not 1 <= recording_id <= MAX_ID
    ):
        raise ValueError("id")
    path, by = value.get("path"), value.get("attached_by")
    if (
        not isinstance(path, str)
        or "\0" in path
        or not (PurePosixPath(path).is_absolute() or Path(path).is_absolute())
    ):
        raise ValueError("recording path")
    if not isinstance(by, str):
        raise ValueError("attached_by")
    size, duration = value.get("bytes"), value.get("duration_s")
    if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
        raise ValueError("bytes")
    if duration is not None and (
        isinstance(duration, bool) or not isinstance(duration, int | float) or duration < 0
    ):
        raise ValueError("duration_s")
    attached = dt.datetime.fromisoformat(str(value.get("attached_at")))
    if attached.tzinfo is None:
        raise ValueError("attached_at")
    return {
        "id": recording_id,
        "path": path,
        "bytes": size,
        "duration_s": None if duration is None else float(duration),
        "attached_at": utc_text(attached),
        "attached_by": by,
    }


def _check_texts(
    meeting: dict[str, Any], changes: Sequence[Change], recording: dict[str, Any]
) -> None:
    texts = [v for v in meeting.values() if isinstance(v, str)]
    texts += [recording["path"], recording["attached_by"]]
    texts += [c.who for c in changes] + [c.field for c in changes]
    texts += [json.dumps([c.old, c.new], ensure_ascii=False) for c in changes]
    if any(len(text) > MAX_TEXT for text in texts):
        raise ValueError("too long")


# --- putting rows back ----------------------------------------------------------------------


def _restore(
    conn: sqlite3.Connection, sidecar: _Sidecar, report: RestoreReport, wanted: _Wanted
) -> None:
    archive_path = str(sidecar.output)
    known = conn.execute(
        "SELECT 1 FROM meeting_recording WHERE archive_path = ?"
        " OR (path = ? AND archive_path IS NOT NULL)",
        (archive_path, sidecar.recording["path"]),
    ).fetchone()
    if known is not None:
        return  # known already (a second output of one recording keeps the later one)
    meeting_id = _meeting_id(conn, sidecar, report, wanted)
    job_id = _job(conn, sidecar, report)
    archive = {
        "archive_path": archive_path,
        "archive_bytes": sidecar.output_bytes,
        "archive_sha256": sidecar.sha256,
        "sidecar_path": str(sidecar.path),
    }
    row = conn.execute(
        "SELECT id FROM meeting_recording WHERE path = ?", (sidecar.recording["path"],)
    ).fetchone()
    if row is not None:  # attached still, its archive columns lost
        conn.execute(
            "UPDATE meeting_recording SET archive_path = ?, archive_bytes = ?,"
            " archive_sha256 = ?, sidecar_path = ?, job_id = COALESCE(job_id, ?) WHERE id = ?",
            (*archive.values(), job_id, row[0]),
        )
    else:
        values = {**sidecar.recording, "meeting_id": meeting_id, "job_id": job_id, **archive}
        said = sidecar.recording["id"]
        taken = (
            said is not None
            and conn.execute("SELECT 1 FROM meeting_recording WHERE id = ?", (said,)).fetchone()
        )
        if said is None or taken:
            values["id"] = _new_id(conn, "meeting_recording", wanted.recording)
        new_id = _insert(conn, "meeting_recording", values)
        if taken:  # a sidecar without an id has no number to report as changed
            report.recordings_renumbered.append((said, new_id))
    report.recordings += 1
    if _size(sidecar.output) != sidecar.output_bytes:
        report.outputs_missing += 1


def _meeting_id(
    conn: sqlite3.Connection, sidecar: _Sidecar, report: RestoreReport, wanted: _Wanted
) -> int:
    """The id of the sidecar's meeting in the database: the same record found (by its id,
    or by its calendar occurrence, or by where and when it was made), else inserted."""
    meeting = sidecar.meeting
    row = conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting.id,)).fetchone()
    if row is not None and _same(row, meeting):
        _restore_changes(conn, meeting.id, sidecar.changes, report, only_if_none=True)
        return meeting.id
    found = conn.execute(
        "SELECT * FROM meeting WHERE room = ? AND created = ? AND booked_start = ?"
        " OR room = ? AND calendar_uid = ? AND occurrence = ? ORDER BY id LIMIT 1",
        (
            meeting.room,
            utc_text(meeting.created),
            utc_text(meeting.booked_start),
            meeting.room,
            meeting.calendar_uid,
            None if meeting.occurrence is None else utc_text(meeting.occurrence),
        ),
    ).fetchone()
    if found is not None:  # the calendar made it again since, or it was renumbered before
        _restore_changes(conn, int(found["id"]), sidecar.changes, report, only_if_none=True)
        return int(found["id"])
    values = _meeting_row(meeting)
    if row is not None:  # its id is another meeting's now: a new one
        values["id"] = _new_id(conn, "meeting", wanted.meeting)
    new_id = _insert(conn, "meeting", values)
    if new_id != meeting.id:
        report.renumbered.append((meeting.id, new_id))
    report.meetings += 1
    _restore_changes(conn, new_id, sidecar.changes, report, only_if_none=False)
    return new_id


def _new_id(conn: sqlite3.Connection, table: str, wanted: int) -> int | None:
    """An id above the table's and every sidecar's; None (SQLite picks a free one) past the
    largest rowid, which only a sidecar made to look like ours could name."""
    row = conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()  # noqa: S608
    new_id = max(int(row[0]), wanted) + 1
    return new_id if new_id <= MAX_ID else None


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    """The row's id: its own, or SQLite's choice when `values` has none (None or absent)."""
    if values.get("id") is None:
        values = {k: v for k, v in values.items() if k != "id"}
    cursor = conn.execute(
        f"INSERT INTO {table} ({', '.join(values)})"  # noqa: S608 (our names)
        f" VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )
    return int(cursor.lastrowid or 0)


def _same(row: sqlite3.Row, meeting: Meeting) -> bool:
    """The row under the sidecar's id is its meeting: made in the same room at the same
    second (its times and title may have been edited since it was archived)."""
    return (row["room"], row["created"]) == (meeting.room, utc_text(meeting.created))


def _meeting_row(meeting: Meeting) -> dict[str, Any]:
    def when(moment: dt.datetime | None) -> str | None:
        return None if moment is None else utc_text(moment)

    return {
        "id": meeting.id,
        "room": meeting.room,
        "title": meeting.title,
        "organiser": meeting.organiser,
        "kind": meeting.kind,
        "platform": meeting.platform,
        "licence": meeting.licence,
        "expected_participants": meeting.expected_participants,
        "actual_participants": meeting.actual_participants,
        "booked_start": when(meeting.booked_start),
        "booked_end": when(meeting.booked_end),
        "actual_start": when(meeting.actual_start),
        "actual_end": when(meeting.actual_end),
        "operator": meeting.operator,
        "check_run_id": meeting.check_run_id,
        "sop_json": json.dumps(list(meeting.sop_ticked), ensure_ascii=False),
        "notes": meeting.notes,
        "source": meeting.source,
        "calendar_uid": meeting.calendar_uid,
        "occurrence": when(meeting.occurrence),
        "created": when(meeting.created),
        "updated": when(meeting.updated),
    }


def _restore_changes(
    conn: sqlite3.Connection,
    meeting_id: int,
    changes: Sequence[Change],
    report: RestoreReport,
    *,
    only_if_none: bool,
) -> None:
    """The sidecar's change log for the meeting: for a meeting put back, or one that kept
    its record but lost its whole log. Part of a log is never merged: new rows would sort
    after later changes (the log is read in id order)."""
    if (
        only_if_none
        and conn.execute(
            "SELECT 1 FROM meeting_change WHERE meeting_id = ? LIMIT 1", (meeting_id,)
        ).fetchone()
    ):
        return
    for change in changes:
        # As the store writes them: "created" has no old value (NULL), any other field's
        # old value is JSON, null included.
        created = change.field == "created" and change.old is None
        conn.execute(
            "INSERT INTO meeting_change (meeting_id, at, who, field, old_json, new_json)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                meeting_id,
                utc_text(change.at),
                change.who,
                change.field,
                None if created else _json(change.old),
                _json(change.new),
            ),
        )
        report.changes += 1


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _job(conn: sqlite3.Connection, sidecar: _Sidecar, report: RestoreReport) -> int:
    """The done job that wrote the output: the queue's own when it kept it, else one put
    back (its preset is not in the sidecar: what the output's name tells, else left blank
    rather than guessed)."""
    output = str(sidecar.output)
    row = conn.execute("SELECT id FROM queue_job WHERE output = ?", (output,)).fetchone()
    if row is not None:
        return int(row[0])
    finished = _finished(sidecar)
    position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM queue_job").fetchone()
    cursor = conn.execute(
        "INSERT INTO queue_job (input, output_dir, preset, state, position, origin, progress,"
        " duration_s, output, output_bytes, attempts, created, finished)"
        " VALUES (?, ?, ?, 'done', ?, ?, 100, ?, ?, ?, 1, ?, ?)",
        (
            sidecar.recording["path"],
            str(sidecar.output_dir),
            preset_of_output(sidecar.output.name),
            position[0],
            RESTORED,
            sidecar.recording["duration_s"],
            output,
            sidecar.output_bytes,
            finished,
            finished,
        ),
    )
    report.jobs += 1
    return int(cursor.lastrowid or 0)


def _finished(sidecar: _Sidecar) -> str:
    """When the conversion ended, as near as the archive tells: the output's modification
    time (it was renamed into place then), else the sidecar's."""
    for path in (sidecar.output, sidecar.path):
        try:
            stamp = path.stat().st_mtime
        except OSError:
            continue
        return dt.datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None
