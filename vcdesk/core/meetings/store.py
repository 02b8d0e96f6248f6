"""Meeting records in SQLite beside the queue and the checklist history, with their change
log: every change to a record is kept (who, when, the old and the new value of each field),
since a record leaders hold the room to account with is never silently rewritten.

Every write reads what it changes inside its own write transaction (BEGIN IMMEDIATE), so
the console and a `vcdesk meeting set` in a terminal never lose each other's changes."""

from __future__ import annotations

import builtins
import datetime as dt
import getpass
import json
import sqlite3
import threading
from collections.abc import Mapping
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from vcdesk.core.meetings.model import (
    COUNTS,
    EDITABLE,
    SOURCES,
    TIMES,
    Change,
    Meeting,
    MeetingError,
    from_utc_text,
    utc_text,
)
from vcdesk.core.meetings.rules import Rules, check_values
from vcdesk.core.storage import connect, writing

CALENDAR = "calendar"  # who moved a calendar meeting's booked times


def default_who() -> str:
    """The person behind a change when none is named: the OS user."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment (a service)
        return ""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class MeetingStore:
    """The meeting records of every room in one database. Safe to share between threads
    (one lock). `rules` are the room's kinds and licences that new values are checked
    against (vcdesk.core.meetings.rules.room_rules)."""

    def __init__(self, db_path: Path, rules: Rules | None = None) -> None:
        self.db_path = db_path
        self.rules = rules or Rules()
        self._conn = connect(db_path)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- reading -------------------------------------------------------------------------

    def get(self, meeting_id: int) -> Meeting:
        """The record; MeetingError("not_found") when there is none."""
        with self._lock:
            row = self._conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,))
            found = row.fetchone()
        if found is None:
            raise MeetingError("not_found", id=meeting_id)
        return _meeting(found)

    def list(
        self,
        room: str | None = None,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
    ) -> list[Meeting]:
        """Meetings booked to start in [start, end) (either open), by booked start."""
        clauses: list[str] = []
        params: list[Any] = []
        if room is not None:
            clauses.append("room = ?")
            params.append(room)
        if start is not None:
            clauses.append("booked_start >= ?")
            params.append(utc_text(start))
        if end is not None:
            clauses.append("booked_start < ?")
            params.append(utc_text(end))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT * FROM meeting {where} ORDER BY booked_start, id"  # noqa: S608
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [_meeting(row) for row in rows]

    def cleared_by(self, run_id: int) -> builtins.list[Meeting]:
        """The records that name checklist run `run_id` as the one that cleared them."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM meeting WHERE check_run_id = ? ORDER BY id", (run_id,)
            ).fetchall()
        return [_meeting(row) for row in rows]

    def changes(self, meeting_id: int) -> builtins.list[Change]:
        """The record's change log, oldest first ("created" first)."""
        self.get(meeting_id)  # MeetingError for an unknown id, not an empty log
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM meeting_change WHERE meeting_id = ? ORDER BY id", (meeting_id,)
            ).fetchall()
        return [
            Change(
                meeting_id=row["meeting_id"],
                at=dt.datetime.fromisoformat(row["at"]),
                who=row["who"],
                field=row["field"],
                old=_loads(row["old_json"]),
                new=_loads(row["new_json"]),
            )
            for row in rows
        ]

    # --- writing -------------------------------------------------------------------------

    def add(
        self,
        room: str,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        *,
        source: str = "cli",
        who: str | None = None,
        link: tuple[str, dt.datetime] | None = None,
        **fields: Any,
    ) -> Meeting:
        """A new record (MeetingError when a value cannot be kept; nothing is written then).
        `fields` are among EDITABLE; its creation is the first entry of its change log.
        `link`: the schedule's key of the meeting (a console entry's "console-<id>" and its
        start), kept in calendar_uid/occurrence so that "End now" finds the record again."""
        if source not in SOURCES or source == CALENDAR:
            raise ValueError(f"source {source!r}: calendar meetings come from from_occurrence")
        uid, occurrence = (None, None) if link is None else (link[0], utc_text(link[1]))
        with self._writing() as conn:
            return self._insert(conn, room, title, start, end, source, who, uid, occurrence, fields)

    def linked(self, room: str, uid: str, occurrence: dt.datetime | None = None) -> Meeting | None:
        """The record the schedule keeps for its meeting `uid` (a calendar event's UID, a
        console entry's link) and `occurrence`; with no occurrence, the latest of that uid
        (a lone event has one). None when there is none."""
        sql = "SELECT * FROM meeting WHERE room = ? AND calendar_uid = ?"
        params: builtins.list[Any] = [room, uid]
        if occurrence is not None:
            sql += " AND occurrence = ?"
            params.append(utc_text(occurrence))
        with self._lock:
            found = self._conn.execute(f"{sql} ORDER BY id DESC LIMIT 1", params).fetchone()
        return None if found is None else _meeting(found)

    def update(self, meeting_id: int, *, who: str | None = None, **fields: Any) -> Meeting:
        """Change `fields` of a record, each change logged with `who` (else the OS user)
        and the time; a field given its current value logs nothing. MeetingError for an
        unknown id or field, or a value that cannot be kept (then nothing is written)."""
        unknown = sorted(set(fields) - set(EDITABLE))
        if unknown:
            raise MeetingError("unknown_field", field=unknown[0])
        with self._writing() as conn:
            return self._update(conn, meeting_id, who, fields)

    def from_occurrence(
        self,
        room: str,
        uid: str,
        occurrence_start: dt.datetime,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        **fields: Any,
    ) -> Meeting:
        """The record of one occurrence of a calendar event (`uid`; `occurrence_start` says
        which instance: its RECURRENCE-ID, else its start), made the first time it is seen
        and the same record every time after. A booking the calendar moved updates the
        booked times, logged as changed by "calendar"; whatever else the calendar says
        then is left alone, since the operator may have corrected it."""
        key = (room, uid, utc_text(occurrence_start))
        with self._writing() as conn:
            row = conn.execute(
                "SELECT id FROM meeting WHERE room = ? AND calendar_uid = ? AND occurrence = ?",
                key,
            ).fetchone()
            if row is not None:
                moved = {"booked_start": start, "booked_end": end}
                return self._update(conn, int(row["id"]), CALENDAR, moved)
            # The calendar is not the operator's typing: an over-long title is cut, not
            # refused, and one with no title is kept untitled.
            title = " ".join(title.split())[:200]
            fields = {**fields, "title": title}
            return self._insert(
                conn, room, title, start, end, CALENDAR, CALENDAR, uid, key[2], fields
            )

    # --- inside a write transaction ------------------------------------------------------

    def _writing(self) -> AbstractContextManager[sqlite3.Connection]:
        return writing(self._conn, self._lock)

    def _insert(
        self,
        conn: sqlite3.Connection,
        room: str,
        title: str,
        start: dt.datetime,
        end: dt.datetime,
        source: str,
        who: str | None,
        uid: str | None,
        occurrence: str | None,
        fields: Mapping[str, Any],
    ) -> Meeting:
        unknown = sorted(set(fields) - set(EDITABLE))
        if unknown:
            raise MeetingError("unknown_field", field=unknown[0])
        values = _blank()
        values.update(_normal(fields))
        values.update(_normal({"title": title, "booked_start": start, "booked_end": end}))
        given = frozenset(k for k, v in values.items() if v not in ("", None, ()))
        check_values(values, self.rules, given, untitled=source == CALENDAR)
        now = utc_text(_now())
        row = _to_row(values)
        columns = [*row, "room", "source", "calendar_uid", "occurrence", "created", "updated"]
        cur = conn.execute(
            f"INSERT INTO meeting ({', '.join(columns)})"  # noqa: S608 (names are ours)
            f" VALUES ({', '.join('?' * len(columns))})",
            [*row.values(), room, source, uid, occurrence, now, now],
        )
        meeting_id = int(cur.lastrowid or 0)
        meeting = _meeting(
            conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        )
        created = json.dumps(meeting.to_json(), ensure_ascii=False)
        _log(conn, meeting_id, now, who, "created", None, created)
        return meeting

    def _update(
        self,
        conn: sqlite3.Connection,
        meeting_id: int,
        who: str | None,
        fields: Mapping[str, Any],
    ) -> Meeting:
        found = conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        if found is None:
            raise MeetingError("not_found", id=meeting_id)
        current = _values(_meeting(found))
        wanted = _normal(fields)
        changed = frozenset(k for k, v in wanted.items() if v != current[k])
        if not changed:
            return _meeting(found)
        values = {**current, **wanted}
        # An untitled calendar meeting stays editable, until someone gives it a title.
        untitled = found["source"] == CALENDAR and "title" not in changed
        check_values(values, self.rules, changed, untitled=untitled)
        old, new = _to_row(current), _to_row(wanted)
        now = utc_text(_now())
        columns = sorted(_column(field) for field in changed)
        assignments = ", ".join(f"{column} = ?" for column in columns)
        conn.execute(
            f"UPDATE meeting SET {assignments}, updated = ? WHERE id = ?",  # noqa: S608
            [*(new[column] for column in columns), now, meeting_id],
        )
        for field in sorted(changed):
            _log(conn, meeting_id, now, who, field, _json(old, field), _json(new, field))
        return _meeting(
            conn.execute("SELECT * FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
        )


# --- rows and values ---------------------------------------------------------------------


def _blank() -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(EDITABLE, "")
    values.update(dict.fromkeys(TIMES | COUNTS | {"check_run_id"}, None))
    values["sop_ticked"] = ()
    return values


def _normal(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Values as they are kept: text stripped, times to the second in UTC, ticks a tuple."""
    normal: dict[str, Any] = {}
    for field, value in fields.items():
        if field in TIMES:
            normal[field] = None if value is None else from_utc_text(utc_text(value))
        elif field in COUNTS or field == "check_run_id":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise TypeError(f"{field} must be an int or None, not {value!r}")
            normal[field] = value
        elif field == "sop_ticked":
            normal[field] = tuple(str(item) for item in value)
        elif field == "notes":
            normal[field] = str(value).strip()
        else:  # one-line text
            normal[field] = " ".join(str(value).split())
    return normal


def _values(meeting: Meeting) -> dict[str, Any]:
    return {field: getattr(meeting, field) for field in EDITABLE}


def _to_row(values: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for `values` (EDITABLE fields; sop_ticked is the sop_json column)."""
    row: dict[str, Any] = {}
    for field, value in values.items():
        if field in TIMES:
            row[field] = None if value is None else utc_text(value)
        elif field == "sop_ticked":
            row["sop_json"] = json.dumps(list(value), ensure_ascii=False)
        else:
            row[field] = value
    return row


def _column(field: str) -> str:
    """The column that keeps `field` (the SOP ticks are kept as JSON)."""
    return "sop_json" if field == "sop_ticked" else field


def _json(row: Mapping[str, Any], field: str) -> str:
    if field == "sop_ticked":
        return str(row["sop_json"])
    return json.dumps(row[field], ensure_ascii=False)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _log(
    conn: sqlite3.Connection,
    meeting_id: int,
    at: str,
    who: str | None,
    field: str,
    old: str | None,
    new: str | None,
) -> None:
    conn.execute(
        "INSERT INTO meeting_change (meeting_id, at, who, field, old_json, new_json)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            meeting_id,
            at,
            default_who() if who is None or not who.strip() else who.strip(),
            field,
            old,
            new,
        ),
    )


def _meeting(row: sqlite3.Row) -> Meeting:
    def time(column: str) -> dt.datetime:
        value = from_utc_text(row[column])
        assert value is not None, column  # NOT NULL in the schema
        return value

    return Meeting(
        id=row["id"],
        room=row["room"],
        title=row["title"],
        organiser=row["organiser"],
        kind=row["kind"],
        platform=row["platform"],
        licence=row["licence"],
        expected_participants=row["expected_participants"],
        actual_participants=row["actual_participants"],
        booked_start=time("booked_start"),
        booked_end=time("booked_end"),
        actual_start=from_utc_text(row["actual_start"]),
        actual_end=from_utc_text(row["actual_end"]),
        operator=row["operator"],
        check_run_id=row["check_run_id"],
        sop_ticked=tuple(json.loads(row["sop_json"])),
        notes=row["notes"],
        source=row["source"],
        calendar_uid=row["calendar_uid"],
        occurrence=from_utc_text(row["occurrence"]),
        created=time("created"),
        updated=time("updated"),
    )
