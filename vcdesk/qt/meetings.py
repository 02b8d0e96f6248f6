"""The console's hand on the room's meeting records: every MeetingStore call (a month's
records, a save, a change log) runs on a worker thread of its own, and its answer comes back
on the UI thread through the `on_done(result, error)` the caller gives.

One worker, so the calls run in the order made: a month read after a save sees the save.
The store is opened on the worker the first time it is needed (opening checks and migrates
the database), never on the UI thread."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from vcdesk.core.files import write_atomic
from vcdesk.core.meetings.model import Change, Meeting
from vcdesk.core.meetings.recordings import Recording, RecordingStore, attach_by_hand
from vcdesk.core.meetings.rules import Rules, room_rules
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.shared import room_licences
from vcdesk.core.storage import connect
from vcdesk.qt.tasks import TaskRunner

if TYPE_CHECKING:
    from vcdesk.core.meetings.report import MonthReport

Done = Callable[[Any, Exception | None], None]


@dataclass(frozen=True)
class Month:
    """One month's records of one room, as the Meetings page shows them."""

    room: str
    start: dt.datetime  # the first midnight of the month on the room's clock
    end: dt.datetime  # the next month's
    meetings: list[Meeting]
    verdicts: dict[int, str]  # checklist run id -> its overall status (pass / warn / fail)


class MeetingsController(QObject):
    """`set_room(profile, path)` when the active room changes; then `load_month`, `save`,
    `changes`. `saved` follows every save that kept something (the page reloads)."""

    saved = Signal(object)  # Meeting

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one at a time, in order
        self._worker = TaskRunner(self._pool, self)
        self._store: MeetingStore | None = None
        self._store_lock = threading.Lock()
        self._room: tuple[Profile, Path | None] | None = None

    # -- the room ------------------------------------------------------------------------

    def set_room(self, profile: Profile | None, profile_path: Path | None) -> None:
        """Saves from now on are checked against this room's kinds and licences."""
        self._room = None if profile is None else (profile, profile_path)

    def _opened(self, rules: Rules | None = None) -> MeetingStore:
        """The store (on the worker), with `rules` for what it writes next."""
        with self._store_lock:
            if self._store is None:
                self._store = MeetingStore(self.database)
            if rules is not None:
                self._store.rules = rules
            return self._store

    # -- calls -----------------------------------------------------------------------------

    def load_month(self, room: str, start: dt.datetime, end: dt.datetime, on_done: Done) -> None:
        """The records of `room` booked to start in [start, end) and the verdicts of the
        checklist runs they link to: a Month."""

        def read() -> Month:
            meetings = self._opened().list(room, start, end)
            runs = sorted({m.check_run_id for m in meetings if m.check_run_id is not None})
            return Month(room, start, end, meetings, _verdicts(self.database, runs))

        self._worker.run(read, on_done)

    def save(
        self,
        meeting_id: int | None,
        fields: Mapping[str, Any],
        who: str,
        on_done: Done,
    ) -> None:
        """Change record `meeting_id` (None: a new one from the console), each change logged
        with `who`. The answer is the Meeting, or a MeetingError (nothing written then)."""
        room = self._room
        values = dict(fields)

        def write() -> Meeting:
            rules = room_rules(room[0], room[1]) if room is not None else Rules()
            store = self._opened(rules)
            if meeting_id is not None:
                return store.update(meeting_id, who=who, **values)
            if room is None:
                raise RuntimeError("no active room to add a meeting to")
            title = values.pop("title")
            start, end = values.pop("booked_start"), values.pop("booked_end")
            name = room[0].room.name
            return store.add(name, title, start, end, source="console", who=who, **values)

        def done(result: Meeting | None, error: Exception | None) -> None:
            if result is not None:
                self.saved.emit(result)
            on_done(result, error)

        self._worker.run(write, done)

    def licences(self, profile: Profile, profile_path: Path | None, on_done: Done) -> None:
        """The names of the room's licences, its own and its shared file's (a tuple; a
        ProfileError when the shared file is bad)."""

        def read() -> tuple[str, ...]:
            return tuple(licence.name for licence in room_licences(profile, profile_path))

        self._worker.run(read, on_done)

    def changes(self, meeting_id: int, on_done: Done) -> None:
        """The record's change log, oldest first: a list of Change."""

        def read() -> list[Change]:
            return self._opened().changes(meeting_id)

        self._worker.run(read, on_done)

    def recordings(self, meeting_id: int, on_done: Done) -> None:
        """The recordings attached to the record: a list of Recording, oldest first."""

        def read() -> list[Recording]:
            store = RecordingStore(self.database)
            try:
                return store.of_meeting(meeting_id)
            finally:
                store.close()

        self._worker.run(read, on_done)

    def attach(self, meeting_id: int, path: Path, who: str, on_done: Done) -> None:
        """Attach the recording at `path` by hand (`who` in its row): the answer is
        (Recording, the row before or None), or a MeetingError (nothing written then)."""
        database = self.database
        self._worker.run(lambda: attach_by_hand(database, meeting_id, path, who), on_done)

    # -- the month's report -----------------------------------------------------------------

    def month_report(
        self,
        profile: Profile,
        profile_path: Path | None,
        year: int,
        month: int,
        on_done: Done,
        save: tuple[Path, Callable[[MonthReport], bytes | str]] | None = None,
    ) -> None:
        """The room's report for `month` of `year` (vcdesk.core.meetings.report.MonthReport),
        read from the database on the worker. `save`: a file and how to make its content
        from the report, made and written there too (whole, or not at all): a month of
        meetings laid out as a PDF takes a second or more."""
        database = self.database

        def read() -> object:
            # Imported here: the page asks whether this build has the report at all.
            from vcdesk.core.meetings.report import month_report

            report = month_report(database, profile, profile_path, year, month)
            if save is not None:
                write_atomic(save[0], save[1](report))
            return report

        self._worker.run(read, on_done)

    # -- the end ---------------------------------------------------------------------------

    def wait(self, msecs: int = -1) -> bool:
        return self._worker.wait(msecs)

    def close(self, msecs: int = 0) -> bool:
        """At quit: nothing more starts, answers still to come are dropped; the store is
        closed once the worker is idle (else at the process's end)."""
        idle = self._worker.close(msecs)
        if idle and self._store is not None:
            self._store.close()
            self._store = None
        return idle


def _verdicts(database: Path, run_ids: list[int]) -> dict[int, str]:
    """The overall status of each checklist run a record links to (runs since deleted are
    left out)."""
    if not run_ids:
        return {}
    conn = connect(database)
    try:
        marks = ", ".join("?" * len(run_ids))
        rows = conn.execute(
            f"SELECT id, overall FROM check_run WHERE id IN ({marks})",  # noqa: S608 (marks)
            run_ids,
        ).fetchall()
    finally:
        conn.close()
    return {int(row["id"]): str(row["overall"]) for row in rows}
