"""The one place that opens the SQLite database: WAL, a busy timeout, and schema migrations
by `PRAGMA user_version`, so a crash or a second process never corrupts or loses data."""

from __future__ import annotations

import datetime
import filecmp
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Migration N (1-based) takes the schema from user_version N-1 to N. Append only: a
# released migration is never edited, since databases in the field already ran it.
MIGRATIONS: Sequence[str] = (
    # 1: checklist runs, one row per run and one per result (issue 3).
    """
    CREATE TABLE check_run (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,          -- ISO 8601 with offset
        finished TEXT,
        profile_path TEXT NOT NULL,
        room TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        overall TEXT NOT NULL,          -- pass / warn / fail
        profile_json TEXT NOT NULL,     -- the profile as judged (secrets masked)
        sop_json TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX check_run_room_started ON check_run (room, started);
    CREATE TABLE check_result (
        run_id INTEGER NOT NULL REFERENCES check_run (id) ON DELETE CASCADE,
        check_id TEXT NOT NULL,
        status TEXT NOT NULL,
        code TEXT NOT NULL,
        value REAL,
        unit TEXT NOT NULL,
        threshold TEXT NOT NULL,
        message TEXT NOT NULL,
        details_json TEXT NOT NULL,
        duration_s REAL NOT NULL,
        PRIMARY KEY (run_id, check_id)
    );
    """,
    # 2: the conversion queue (issue 4): jobs, queue-wide flags, files seen in watch folders.
    """
    CREATE TABLE queue_job (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL,            -- absolute path of the recording (never modified)
        output_dir TEXT NOT NULL,
        preset TEXT NOT NULL,
        state TEXT NOT NULL,            -- queued running paused done failed cancelled interrupted
        position INTEGER NOT NULL,      -- order among waiting jobs, smaller first
        origin TEXT NOT NULL DEFAULT 'manual',  -- manual / watch
        progress REAL NOT NULL DEFAULT 0,       -- percent, 0 to 100
        speed REAL,                     -- times real time
        eta_s REAL,
        duration_s REAL,                -- the input's, once probed
        output TEXT,                    -- the verified file, once done
        output_bytes INTEGER,
        temp_path TEXT,                 -- partial output while running, removed on failure
        error_code TEXT,
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,          -- ISO 8601 with offset
        started TEXT,
        finished TEXT,
        owner TEXT,                     -- the engine running it: host/pid/start/token
        heartbeat REAL,                 -- unix time the owner last said it is alive
        pid INTEGER,                    -- ffmpeg's, so a crashed owner's orphan can be stopped
        pid_created REAL
    );
    CREATE INDEX queue_job_state_position ON queue_job (state, position);
    CREATE TABLE queue_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE queue_watch_seen (
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        job_id INTEGER,
        seen TEXT NOT NULL,
        PRIMARY KEY (path, size, mtime_ns)
    );
    """,
    # 3: the room's schedule (issue 6): meetings added in the console, and how fast this
    # machine has converted per preset (the planner's estimates).
    """
    CREATE TABLE schedule_entry (
        id INTEGER PRIMARY KEY,
        room TEXT NOT NULL,             -- the profile's room.name
        start_utc TEXT NOT NULL,        -- ISO 8601 in UTC, +00:00: compares right as text
        end_utc TEXT NOT NULL,
        title TEXT NOT NULL,
        created TEXT NOT NULL
    );
    CREATE INDEX schedule_entry_room_start ON schedule_entry (room, start_utc);
    CREATE TABLE conversion_speed (
        id INTEGER PRIMARY KEY,
        preset TEXT NOT NULL,
        media_s REAL NOT NULL,          -- the input's duration
        wall_s REAL NOT NULL,           -- claim to done, less the time held (paused, meeting)
        finished TEXT NOT NULL
    );
    CREATE INDEX conversion_speed_preset ON conversion_speed (preset, id);
    """,
    # 4: calendar meetings the operator ended before their booked end (the feed is the
    # booking system's; the console keeps only when the room was really free again).
    """
    CREATE TABLE schedule_ended (
        room TEXT NOT NULL,
        uid TEXT NOT NULL,              -- the feed event's UID
        start_utc TEXT NOT NULL,        -- which instance of it (recurring events share a UID)
        ended_utc TEXT NOT NULL,
        PRIMARY KEY (room, uid, start_utc)
    );
    """,
    # 5: why a job failed as values too (issue 13): error_params is a JSON object, the
    # reason's values, so it is worded in the reader's language; `error` keeps the English
    # words. NULL on rows written before: their `error` text is what is shown.
    """
    ALTER TABLE queue_job ADD COLUMN error_params TEXT;
    """,
    # 6: meeting records (issue 15), one per meeting held in the room, and their change log:
    # a record is never rewritten without a trace of who changed what, when, from what.
    """
    CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        room TEXT NOT NULL,             -- the profile's room.name
        title TEXT NOT NULL,
        organiser TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',  -- one of the profile's meetings.kinds; '' not said
        platform TEXT NOT NULL DEFAULT '',
        licence TEXT NOT NULL DEFAULT '',
        expected_participants INTEGER,
        actual_participants INTEGER,
        booked_start TEXT NOT NULL,     -- ISO 8601 in UTC, +00:00: compares right as text
        booked_end TEXT NOT NULL,
        actual_start TEXT,              -- NULL until known
        actual_end TEXT,
        operator TEXT NOT NULL DEFAULT '',
        check_run_id INTEGER,           -- the check_run that cleared it (no FK: runs are
                                        -- repaired and salvaged on their own)
        sop_json TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,           -- calendar / console / cli
        calendar_uid TEXT,              -- a calendar meeting's event UID
        occurrence TEXT,                -- and which instance of it (ISO 8601 UTC)
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX meeting_room_start ON meeting (room, booked_start);
    -- NULLs are distinct: only calendar meetings are held to one record per occurrence.
    CREATE UNIQUE INDEX meeting_occurrence ON meeting (room, calendar_uid, occurrence);
    CREATE TABLE meeting_change (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id),
        at TEXT NOT NULL,               -- ISO 8601 in UTC
        who TEXT NOT NULL,              -- operator's name, the OS user, or "calendar"
        field TEXT NOT NULL,            -- "created" (new_json: the whole record) or a field
        old_json TEXT,
        new_json TEXT
    );
    CREATE INDEX meeting_change_meeting ON meeting_change (meeting_id, id);
    """,
    # 7: a meeting's recordings (issue 15): the original file, attached when it appears in the
    # room's folders during or soon after the meeting (or by hand), and its archived output
    # with the checksum `vcdesk archive verify` recomputes.
    """
    CREATE TABLE meeting_recording (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id),
        path TEXT NOT NULL,             -- the original recording, absolute (never modified)
        bytes INTEGER,                  -- of the original, when attached
        duration_s REAL,                -- of the original, when probed
        attached_at TEXT NOT NULL,      -- ISO 8601 in UTC
        attached_by TEXT NOT NULL,      -- "watch" (found in a folder), an operator, the OS user
        job_id INTEGER,                 -- the conversion that archives it (no FK: jobs are
                                        -- removed and repaired on their own)
        archive_path TEXT,              -- archive/YYYY/MM/YYYY-MM-DD HHMM title.ext, once done
        archive_bytes INTEGER,
        archive_sha256 TEXT,            -- of the archived output, as written
        sidecar_path TEXT               -- the JSON beside it: the meeting's record and the hash
    );
    CREATE UNIQUE INDEX meeting_recording_path ON meeting_recording (path);
    CREATE INDEX meeting_recording_meeting ON meeting_recording (meeting_id);
    """,
)


@contextmanager
def writing(
    conn: sqlite3.Connection, lock: threading.Lock | threading.RLock
) -> Iterator[sqlite3.Connection]:
    """One write transaction on a connection shared by threads (`lock`): the write lock is
    taken up front (BEGIN IMMEDIATE), so what is read inside stays true until COMMIT; any
    error rolls it all back."""
    with lock:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


BUSY_TIMEOUT_S = 10.0  # how long a command waits for another program's lock
BUSY_TIMEOUT_ENV = "VCDESK_DB_BUSY_TIMEOUT_S"  # overrides it (tests; a slow shared disk)

# SQLite's primary result codes (an extended code's low byte).
_BUSY, _LOCKED, _CORRUPT, _FULL, _NOTADB = 5, 6, 11, 13, 26


class DatabaseError(RuntimeError):
    """A database that cannot be opened, read or written: a stable `code` ("busy",
    "damaged", "full", "newer", "unusable") and the values its words need (`params`, always
    with "path"), worded by vcdesk.core.words.storage in the reader's language; `message`
    and str() are the English words (logs, the console's older readers)."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self) -> str:
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.storage import problem_text

        with speaking(ENGLISH):
            return problem_text(self.code, self.params)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"DatabaseError({self.code!r}, {self.params!r})"


def busy_timeout() -> float:
    try:
        seconds = float(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_S))
    except ValueError:
        return BUSY_TIMEOUT_S
    return seconds if 0 <= seconds <= 3600 else BUSY_TIMEOUT_S


def connect(path: Path, migrations: Sequence[str] = MIGRATIONS) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the database at `path`.

    Connections are in autocommit mode (isolation_level=None): callers group writes with
    explicit `BEGIN IMMEDIATE` so a write lock is taken up front, never upgraded mid-way.
    Every error SQLite raises through the connection, here or later, is a DatabaseError:
    "busy" after the busy timeout when another program holds the lock, "damaged" (with a
    copy of the file saved beside it) when the file is not a sound database. The first
    open of a file in a process checks it (PRAGMA quick_check).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError("unusable", path=str(path), detail=exc.strerror or str(exc)) from exc
    conn: sqlite3.Connection | None = None
    try:
        with _guard(path):
            conn = sqlite3.connect(
                path,
                timeout=busy_timeout(),
                isolation_level=None,
                check_same_thread=False,
                factory=_Connection,
            )
        conn.db_path = path
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        _check_once(conn, path)
        _migrate(conn, migrations)
    except BaseException:
        if conn is not None:
            conn.close()  # or the file stays locked (Windows)
        raise
    return conn


class _Cursor(sqlite3.Cursor):
    """Turns SQLite's errors into DatabaseError, whichever step meets them."""

    def execute(self, sql: str, parameters: Any = (), /) -> _Cursor:
        with _guard(self.connection):
            return super().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> _Cursor:
        with _guard(self.connection):
            return super().executemany(sql, seq_of_parameters)

    def fetchone(self) -> Any:
        with _guard(self.connection):
            return super().fetchone()

    def fetchmany(self, size: int | None = None) -> list[Any]:
        with _guard(self.connection):
            return super().fetchmany(self.arraysize if size is None else size)

    def fetchall(self) -> list[Any]:
        with _guard(self.connection):
            return super().fetchall()

    def __next__(self) -> Any:
        with _guard(self.connection):
            return super().__next__()


class _Connection(sqlite3.Connection):
    db_path: Path

    def cursor(self, factory: Any = None) -> Any:
        return super().cursor(factory or _Cursor)

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        if sql == "ROLLBACK" and not self.in_transaction:
            # The statement that failed ended the transaction (or BEGIN never took the
            # lock): nothing to undo, and an error here would hide the one that matters.
            return self.cursor()
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Any:
        return self.cursor().executemany(sql, seq_of_parameters)


@contextmanager
def _guard(where: sqlite3.Connection | Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        path = where if isinstance(where, Path) else getattr(where, "db_path", None)
        raise _from_sqlite(exc, Path(path or "?")) from exc


def _from_sqlite(exc: sqlite3.Error, path: Path) -> DatabaseError:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary in (_BUSY, _LOCKED) or (primary is None and "locked" in text):
        return DatabaseError("busy", path=str(path), seconds=busy_timeout())
    if primary in (_CORRUPT, _NOTADB) or (primary is None and "malformed" in text):
        return damaged(path, text)
    if primary == _FULL:
        return DatabaseError("full", path=str(path))
    return DatabaseError("unusable", path=str(path), detail=text)


# Files checked (quick_check) in this process.
_checked: set[Path] = set()
_files_lock = threading.Lock()


def _check_once(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check on the first open of `path` in this process (every CLI command;
    the console once, and again when an operation meets a damaged page)."""
    key = path.absolute()
    with _files_lock:
        if key in _checked:
            return
    found = [row[0] for row in conn.execute("PRAGMA quick_check(3)").fetchall()]
    if found != ["ok"]:
        raise damaged(path, "; ".join(str(line) for line in found))
    with _files_lock:
        _checked.add(key)


def damaged(path: Path, detail: str) -> DatabaseError:
    """DatabaseError("damaged") for `path`, after saving a copy of it (and of its WAL)
    beside it: timestamped, made once per damaged content, and nothing ever deleted."""
    key = path.absolute()
    with _files_lock:
        _checked.discard(key)  # checked again at the next open
        try:
            backup = _save_copy(key)
        except OSError as exc:
            return DatabaseError(
                "damaged",
                case="not_saved",
                path=str(path),
                detail=detail,
                reason=exc.strerror or str(exc),
            )
    return DatabaseError("damaged", case="saved", path=str(path), detail=detail, backup=str(backup))


def save_copy(path: Path) -> Path:
    """A copy of `path` (and of its WAL) beside it, made once per content: the one made
    before for the same damage, else a new timestamped one. Nothing is ever deleted."""
    key = path.absolute()
    with _files_lock:
        _checked.discard(key)  # checked again at the next open
        return _save_copy(key)


def mark_sound(path: Path) -> None:
    """`path` just passed PRAGMA quick_check: the next open in this process skips it."""
    with _files_lock:
        _checked.add(path.absolute())


def error_from_sqlite(exc: sqlite3.Error, path: Path) -> DatabaseError:
    """What `exc`, met on the database at `path`, means to the person (busy, damaged...)."""
    return _from_sqlite(exc, path)


def _save_copy(path: Path) -> Path:
    wal = path.with_name(path.name + "-wal")
    pattern = f"{path.stem}-damaged-*{path.suffix}"
    for old in sorted(path.parent.glob(pattern), reverse=True):  # the same damage again
        old_wal = old.with_name(old.name + "-wal")
        if _same(old, path) and (_same(old_wal, wal) if wal.exists() else not old_wal.exists()):
            return old
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}-damaged-{stamp}-{n}{path.suffix}")
    shutil.copy2(path, target)
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def _same(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def _migrate(conn: sqlite3.Connection, migrations: Sequence[str]) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(migrations):
        raise DatabaseError(
            "newer",
            path=str(getattr(conn, "db_path", "")),
            version=current,
            known=len(migrations),
        )
    for version in range(current + 1, len(migrations) + 1):
        # One transaction per step: a crash mid-migration leaves the previous version intact.
        conn.execute("BEGIN IMMEDIATE")
        try:
            recheck = conn.execute("PRAGMA user_version").fetchone()[0]
            if recheck >= version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(migrations[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT our transaction; split on complete statements instead.
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s.strip(" ;\n\t")]
