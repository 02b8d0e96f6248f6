"""Meetings added in the console (a room with no booking feed, or one the feed lacks),
kept in SQLite beside the queue, per room."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

from vcdesk.core.schedule.calendar import ScheduleError
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.storage import connect

MAX_TITLE = 200
MAX_LENGTH = dt.timedelta(days=7)


def _utc(moment: dt.datetime) -> str:
    # One fixed form in UTC, so that text order is time order in SQL.
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


class ScheduleEntries:
    """The console's entries. Safe to share between threads (one lock)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._conn = connect(db_path)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def add(self, room: str, start: dt.datetime, end: dt.datetime, title: str) -> Meeting:
        """A new entry; ScheduleError("entry") when it makes no sense (its case says why)."""
        title = title.strip()
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("start and end must carry their time zone")
        if not title:
            raise ScheduleError("entry", case="no_title")
        if len(title) > MAX_TITLE:
            raise ScheduleError("entry", case="title_too_long", limit=MAX_TITLE)
        if end <= start:
            raise ScheduleError("entry", case="ends_first")
        if end - start > MAX_LENGTH:
            raise ScheduleError("entry", case="too_long", days=MAX_LENGTH.days)
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                cur = self._conn.execute(
                    "INSERT INTO schedule_entry (room, start_utc, end_utc, title, created)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (room, _utc(start), _utc(end), title, _utc(dt.datetime.now(dt.UTC))),
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        assert cur.lastrowid is not None
        return self._meeting(cur.lastrowid, _utc(start), _utc(end), title, start.tzinfo)

    def remove(self, entry_id: int) -> bool:
        """False when there was no such entry."""
        with self._lock:
            cur = self._conn.execute("DELETE FROM schedule_entry WHERE id = ?", (entry_id,))
        return cur.rowcount > 0

    def end_early(self, room: str, meeting: Meeting, at: dt.datetime) -> None:
        """The meeting is over at `at`, before its booked end: a console entry is shortened,
        a feed meeting remembered as ended (see `ended`). ScheduleError("entry") unless the
        meeting is on at `at`."""
        if not meeting.start <= at < meeting.end:
            raise ScheduleError("entry", case="not_on")
        with self._lock:
            if meeting.entry_id is not None:
                self._conn.execute(
                    "UPDATE schedule_entry SET end_utc = ? WHERE id = ?",
                    (_utc(at), meeting.entry_id),
                )
            else:
                self._conn.execute(
                    "INSERT OR REPLACE INTO schedule_ended (room, uid, start_utc, ended_utc)"
                    " VALUES (?, ?, ?, ?)",
                    (room, meeting.uid, _utc(meeting.start), _utc(at)),
                )

    def ended(self, room: str, meetings: list[Meeting]) -> list[Meeting]:
        """The feed's `meetings` with those ended early cut at that moment (a meeting ended
        as it began is left out)."""
        if not meetings:
            return meetings
        starts = [_utc(m.start) for m in meetings]
        with self._lock:
            rows = self._conn.execute(
                "SELECT uid, start_utc, ended_utc FROM schedule_ended"
                " WHERE room = ? AND start_utc BETWEEN ? AND ?",
                (room, min(starts), max(starts)),
            ).fetchall()
        ends = {(uid, start): ended for uid, start, ended in rows}
        kept = []
        for m in meetings:
            ended = ends.get((m.uid, _utc(m.start)))
            if ended is not None:
                at = dt.datetime.fromisoformat(ended).astimezone(m.start.tzinfo)
                if at <= m.start:
                    continue
                m = dataclasses.replace(m, end=min(m.end, at))
            kept.append(m)
        return kept

    def between(
        self, room: str, start: dt.datetime, end: dt.datetime, zone: dt.tzinfo
    ) -> list[Meeting]:
        """The room's entries overlapping [start, end), in `zone`, sorted by start."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, start_utc, end_utc, title FROM schedule_entry"
                " WHERE room = ? AND start_utc < ? AND end_utc > ? ORDER BY start_utc, id",
                (room, _utc(end), _utc(start)),
            ).fetchall()
        return [self._meeting(row[0], row[1], row[2], row[3], zone) for row in rows]

    @staticmethod
    def _meeting(entry_id: int, start: str, end: str, title: str, zone: dt.tzinfo) -> Meeting:
        return Meeting(
            start=dt.datetime.fromisoformat(start).astimezone(zone),
            end=dt.datetime.fromisoformat(end).astimezone(zone),
            title=title,
            source="console",
            uid=f"console-{entry_id}",
            entry_id=entry_id,
        )
