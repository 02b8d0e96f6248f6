"""The one place that opens the SQLite database: WAL, a busy timeout, and schema migrations
by `PRAGMA user_version`, so a crash or a second process never corrupts or loses data."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

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
)


class DatabaseError(RuntimeError):
    """A database that cannot be opened or migrated, with a message a person can act on."""


def connect(path: Path, migrations: Sequence[str] = MIGRATIONS) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the database at `path`.

    Connections are in autocommit mode (isolation_level=None): callers group writes with
    explicit `BEGIN IMMEDIATE` so a write lock is taken up front, never upgraded mid-way.
    """
    conn: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        _migrate(conn, migrations)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()  # or the file stays locked (Windows) that the message says to move
        raise DatabaseError(
            f"cannot open the database {path}: {exc}. If the disk is full, free space; if the "
            f"file is damaged, move it aside and vcdesk will start a new one"
        ) from exc
    return conn


def _migrate(conn: sqlite3.Connection, migrations: Sequence[str]) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(migrations):
        raise DatabaseError(
            f"the database is at schema version {current}, newer than this vcdesk knows "
            f"({len(migrations)}): update vcdesk"
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
