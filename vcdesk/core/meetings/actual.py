"""A meeting's actual start and end from meeting mode (issue 15): the room goes into meeting
mode when its meeting really begins (the operator's switch, or a meeting client seen
running) and leaves it when the meeting is over, so those moments are the record's actual
times, unless someone already gave them ("End now", an edit).

The schedule's own meeting mode (the booked time holding the conversions) is not one of
these moments: it is the booking, which the record has already. The queue engine calls
`MeetingModeTimes.switched` on each change of the operator's switch or the detection, and
never lets it break the engine: a database that cannot be written is logged once.

Which record a moment belongs to:
- on at `at`: a record whose span [booked start - LEAD, booked end] holds `at` and that is
  not running: one not yet started gets actual_start = at; one switched off while still
  booked (off, then on again) gets its actual_end cleared. Of several, the nearest to `at`:
  for one not started its booked start, for one switched off the moment it was; a tie
  goes to the one not started. (Back to back, an "off then on" a few minutes before the
  next meeting starts that one, and an "on" soon after an "off" resumes the meeting that
  was switched off; an edit corrects what this guesses wrong.)
- off at `at`: the record started (actual_start before `at`), not ended, and booked to end
  at most GRACE before `at` gets actual_end = at; of several, the one started last."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from vcdesk.core.meetings.model import MAX_LENGTH, Meeting, MeetingError
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.storage import DatabaseError

log = logging.getLogger(__name__)

MEETING_MODE = "meeting mode"  # who changed the actual times, in the change log
LEAD = dt.timedelta(minutes=30)  # a meeting started this long before its booking is it
GRACE = dt.timedelta(hours=2)  # a meeting that overran its booking by this much still ends

# The database cannot be opened or written (busy, damaged, full, read-only), or a value
# the record refuses (an actual start typed after this end).
_FAILURES = (DatabaseError, sqlite3.Error, OSError, MeetingError)


def _second(moment: dt.datetime) -> dt.datetime:
    """`moment` as the record keeps it (UTC, to the second), for comparing with it."""
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _nearby(store: MeetingStore, room: str, at: dt.datetime, after: dt.timedelta) -> list[Meeting]:
    # Booked to start at most the longest meeting (plus `after`) before `at`, or within LEAD
    # after it: the rules below choose among these few.
    return store.list(room, at - MAX_LENGTH - after, at + LEAD + dt.timedelta(seconds=1))


def mode_on(
    target: Path | MeetingStore, room: str, at: dt.datetime, who: str = MEETING_MODE
) -> Meeting | None:
    """Meeting mode went on at `at` in `room`: the record it starts (or resumes), updated;
    None when no record is concerned. Raises what the store raises (DatabaseError, ...)."""
    return _with_store(target, lambda store: _on(store, room, _second(at), who))


def mode_off(
    target: Path | MeetingStore, room: str, at: dt.datetime, who: str = MEETING_MODE
) -> Meeting | None:
    """Meeting mode went off at `at` in `room`: the record it ends, updated; None when no
    record is running then."""
    return _with_store(target, lambda store: _off(store, room, _second(at), who))


def _on(store: MeetingStore, room: str, at: dt.datetime, who: str) -> Meeting | None:
    ranked: list[tuple[dt.timedelta, int, int, Meeting]] = []
    for meeting in _nearby(store, room, at, dt.timedelta(0)):
        if not meeting.booked_start - LEAD <= at <= meeting.booked_end:
            continue
        if meeting.actual_start is None:
            ranked.append((abs(meeting.booked_start - at), 0, -meeting.id, meeting))
        elif meeting.actual_end is not None and meeting.actual_end <= at:
            ranked.append((abs(at - meeting.actual_end), 1, -meeting.id, meeting))
    if not ranked:
        return None
    chosen = min(ranked, key=lambda entry: entry[:3])[3]
    if chosen.actual_start is None:
        return store.update(chosen.id, who=who, actual_start=at)
    return store.update(chosen.id, who=who, actual_end=None)


def _off(store: MeetingStore, room: str, at: dt.datetime, who: str) -> Meeting | None:
    running = [
        meeting
        for meeting in _nearby(store, room, at, GRACE)
        if meeting.actual_start is not None
        and meeting.actual_end is None
        # A meeting of less than a second is a switch flicked on and off, not a meeting
        # (and an end equal to its start is refused).
        and meeting.actual_start < at <= meeting.booked_end + GRACE
    ]
    if not running:
        return None
    chosen = max(running, key=lambda m: (m.actual_start, m.id))
    return store.update(chosen.id, who=who, actual_end=at)


def _with_store(
    target: Path | MeetingStore, use: Callable[[MeetingStore], Meeting | None]
) -> Meeting | None:
    if isinstance(target, MeetingStore):
        return use(target)
    store = MeetingStore(target)
    try:
        return use(store)
    finally:
        store.close()


class MeetingModeTimes:
    """The queue engine's side: `switched(on, room, at)` at each change of meeting mode
    (switch or detection), on the engine's thread. Opens the database only when meeting
    mode changes (rarely: a few times a day), and never raises for a database that cannot
    be written: that is logged once, until a write works again."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = threading.Lock()
        self._failing = False

    def switched(self, on: bool, room: str, at: dt.datetime) -> Meeting | None:
        try:
            changed = (mode_on if on else mode_off)(self.db_path, room, at)
        except _FAILURES as exc:
            with self._lock:
                first, self._failing = not self._failing, True
            if first:
                log.error(
                    "meeting records: meeting mode %s at %s not recorded (%s): %s",
                    "on" if on else "off",
                    at.isoformat(timespec="seconds"),
                    self.db_path,
                    exc,
                )
            return None
        if changed is not None:  # a write worked (a pass that wrote nothing proves nothing)
            with self._lock:
                self._failing = False
            log.info(
                "meeting mode %s: meeting #%d's actual times", "on" if on else "off", changed.id
            )
        return changed
