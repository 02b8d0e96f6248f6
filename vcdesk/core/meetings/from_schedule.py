"""Meeting records from the room's schedule (issue 15): each busy calendar occurrence of the
coming days, each meeting added in the console, and the "End now" of a meeting on now.

Worked out in core, where the schedule is read, so that `queue run`, the console and a
later agent all keep the same records. Never breaks the schedule: a database that cannot
be written is logged (once) and tried again at the next read of a changed feed or day."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from vcdesk.core.meetings.model import Meeting as Record
from vcdesk.core.meetings.model import MeetingError
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.storage import DatabaseError

log = logging.getLogger(__name__)

# The calendar occurrences given a record at each read: yesterday's (a meeting that ran
# late, a feed read after midnight) to a week ahead (the operator prepares the records).
BEFORE = timedelta(days=1)
AFTER = timedelta(days=7)
CONSOLE = "console"  # a console entry's record: its source

# The database cannot be opened or written (busy, damaged, full, read-only).
_FAILURES = (DatabaseError, sqlite3.Error, OSError)


class ScheduleRecords:
    """The records one room's schedule keeps. Safe to share between threads: the schedule
    refreshes on a worker, entries are added on the console's thread."""

    def __init__(self, room: str, db_path: Path, store: MeetingStore | None = None) -> None:
        self.room = room
        self.db_path = db_path
        self._store = store
        self._own = store is None  # opened here: closed here
        self._lock = threading.Lock()
        self._memo: tuple[str, date] | None = None  # the feed content and day last recorded
        self._failing = False  # a database error was logged: not again until it works

    def close(self) -> None:
        with self._lock:
            if self._own and self._store is not None:
                self._store.close()
            self._store = None

    def due(self, digest: str, today: date) -> bool:
        """The feed's content changed or a new day began since the last recording."""
        with self._lock:
            return self._memo != (digest, today)

    def window(self, now: datetime) -> tuple[datetime, datetime]:
        return now - BEFORE, now + AFTER

    # calendar occurrences

    def record_feed(self, meetings: Iterable[Meeting], digest: str, today: date) -> int | None:
        """Give each busy feed meeting its record (the same one every time; a moved booking
        updates its booked times, by "calendar"). How many were seen; None when the
        database failed (then the next read tries again).

        A meeting that left the feed, or is now free or cancelled, keeps its record: a
        record leaders hold the room to account with is not silently removed (the operator
        notes a cancellation on it)."""
        seen = 0
        refused: list[str] = []
        try:
            store = self._open()
            for meeting in meetings:
                if meeting.source != "feed" or not meeting.busy:
                    continue
                key = self._occurrence(store, meeting)
                try:
                    store.from_occurrence(
                        self.room, meeting.uid, key, meeting.title, meeting.start, meeting.end
                    )
                except MeetingError as exc:  # e.g. a booking longer than a record allows
                    refused.append(f"{meeting.uid}@{key.isoformat()}: {exc.code}")
                    continue
                seen += 1
        except _FAILURES as exc:
            self._failed(exc)
            return None
        self._worked()
        if refused:
            log.warning(
                "meeting records: %d calendar meetings not recorded: %s",
                len(refused),
                "; ".join(refused[:5]),
            )
        with self._lock:
            self._memo = (digest, today)
        return seen

    def _occurrence(self, store: MeetingStore, meeting: Meeting) -> datetime:
        """Which instance of its event `meeting` is: its RECURRENCE-ID in a series; for a
        lone event the start its record was first made with (a lone event has one
        instance: moved, it keeps its record), else its start."""
        if meeting.occurrence is not None:
            return meeting.occurrence
        if meeting.uid:
            known = store.linked(self.room, meeting.uid)
            if known is not None and known.source == "calendar" and known.occurrence:
                return known.occurrence
        return meeting.start

    # console entries and "End now"

    def entry_added(self, meeting: Meeting, who: str | None = None) -> Record | None:
        """The record of a meeting just added in the console (None when the database
        failed). Removing the entry later leaves the record (see record_feed)."""
        try:
            record = self._open().add(
                self.room,
                meeting.title,
                meeting.start,
                meeting.end,
                source=CONSOLE,
                who=who,
                link=(meeting.uid, meeting.start),
            )
        except MeetingError as exc:  # the entry's checks are the record's: not seen
            log.warning("meeting records: console meeting %s not recorded: %s", meeting.uid, exc)
            return None
        except _FAILURES as exc:
            self._failed(exc)
            return None
        self._worked()
        return record

    def ended(self, meeting: Meeting, at: datetime, who: str | None = None) -> Record | None:
        """The operator ended `meeting` at `at`: its record's actual end (None when it has
        no record, or the database failed; the schedule's end stands either way)."""
        try:
            store = self._open()
            record = self.record_of(meeting)
            if record is None:
                return None
            updated = store.update(record.id, who=who, actual_end=at)
        except MeetingError as exc:  # e.g. an actual start typed after this end
            log.warning("meeting records: end of %s not recorded: %s", meeting.uid, exc)
            return None
        except _FAILURES as exc:
            self._failed(exc)
            return None
        self._worked()
        return updated

    def record_of(self, meeting: Meeting) -> Record | None:
        """The record the schedule keeps for `meeting`, None when there is none."""
        if not meeting.uid:
            return None
        store = self._open()
        if meeting.source == "console":
            return store.linked(self.room, meeting.uid, meeting.start)
        return store.linked(self.room, meeting.uid, self._occurrence(store, meeting))

    # the database

    def _open(self) -> MeetingStore:
        with self._lock:
            if self._store is None:
                self._store = MeetingStore(self.db_path)
            return self._store

    def _failed(self, exc: BaseException) -> None:
        with self._lock:
            first, self._failing = not self._failing, True
        if first:
            log.error("meeting records: database %s: %s", self.db_path, exc)

    def _worked(self) -> None:
        with self._lock:
            self._failing = False
