"""Which meeting a checklist run clears, and keeping that on the meeting's record: the run's
id, the SOP items ticked in it, and the operator who ran it.

A run clears the room's next meeting: the first one booked to start after the run ended
and within CLEARING_WINDOW of it, not yet begun. A later run before that meeting starts
clears it again (the record names "the last run before its start", as the issue asks); a
run during a meeting clears the one after. The monthly report falls back on the same rule
for a record that names no run (vcdesk.core.meetings.report).

Linking never stands in the way of keeping the run: a database that cannot be written,
or a record that refuses the values, is logged and the run stays saved as it is."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vcdesk.core.meetings.model import Meeting, MeetingError
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.storage import DatabaseError

if TYPE_CHECKING:
    from vcdesk.core.history import RunRecord

log = logging.getLogger(__name__)

# A checklist run more than this long before a meeting cleared an earlier one, not it.
CLEARING_WINDOW = dt.timedelta(hours=12)

_FAILURES = (DatabaseError, sqlite3.Error, OSError, MeetingError)


def meeting_to_clear(store: MeetingStore, room: str, at: dt.datetime) -> Meeting | None:
    """The meeting of `room` a run ending at `at` clears (see the module's docstring)."""
    for meeting in store.list(room, at, at + CLEARING_WINDOW):
        if meeting.actual_start is None or meeting.actual_start >= at:
            return meeting
    return None


def link_run(database: Path, run: RunRecord) -> Meeting | None:
    """Keep `run` (saved: it has its id) on the record of the meeting it clears: its id,
    its ticks, and its operator when the record names none. The record as now kept, or
    None when the run clears no meeting or the link could not be written (logged)."""
    if run.id is None:
        return None
    try:
        store = MeetingStore(database)
    except _FAILURES as exc:
        log.warning("checklist run #%d: not linked to its meeting: %s", run.id, exc)
        return None
    try:
        meeting = meeting_to_clear(store, run.room, run.finished.astimezone(dt.UTC))
        if meeting is None:
            return None
        fields: dict[str, object] = {"check_run_id": run.id, "sop_ticked": run.sop_ticked}
        if not meeting.operator and run.operator:
            fields["operator"] = run.operator
        return store.update(meeting.id, who=run.operator or None, **fields)
    except _FAILURES as exc:
        log.warning("checklist run #%d: not linked to its meeting: %s", run.id, exc)
        return None
    finally:
        store.close()


def ticks_changed(database: Path, run_id: int, ticked: Sequence[str], who: str | None) -> None:
    """The operator ticked SOP items after the run: the run's record and the record of the
    meeting it cleared both keep what is ticked now (raises DatabaseError for the run's
    own record; the meeting's is logged when it cannot follow)."""
    from vcdesk.core.history import set_sop_ticked

    set_sop_ticked(database, run_id, ticked)
    try:
        store = MeetingStore(database)
    except _FAILURES as exc:
        log.warning("checklist run #%d: ticks not kept on its meeting: %s", run_id, exc)
        return
    try:
        for meeting in store.cleared_by(run_id):
            store.update(meeting.id, who=who, sop_ticked=tuple(ticked))
    except _FAILURES as exc:
        log.warning("checklist run #%d: ticks not kept on its meeting: %s", run_id, exc)
    finally:
        store.close()
