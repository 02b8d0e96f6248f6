"""One room's session: what a room profile makes of the conversion engine, the room's
schedule and its gate, and when the pre-meeting checklist is due. `vcdesk queue run
--profile`, `vcdesk agent` and the console's Qt adapters (vcdesk/qt/schedule.py and queue.py)
all build these parts here, so they build them alike.

    session = RoomSession(profile, data_dir, profile_path)
    session.refresh()                       # reads the feed: blocking (a worker thread)
    engine = session.make_engine()          # the room's settings and the schedule's hooks
    ...
    session.apply(changed_profile)          # same room: what did not change is kept
    session.close()                         # stops the engine it made, closes the rest

The schedule and the gate open the database: they are made on first use, by whichever
thread asks first (never a UI thread in the console), under a lock.

Shared by several users (the console's schedule controller and its queue's engine, which
let go of it at different times, each on its own worker): each `acquire()`s it and
`release()`s it; the last release closes it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from vcdesk.core.meetings.recordings import RoomRecordings
from vcdesk.core.paths import database_path
from vcdesk.core.profile.model import Conversion, Profile
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.settings import RoomSettings
from vcdesk.core.schedule.feed import FeedStatus
from vcdesk.core.schedule.gate import ScheduleGate
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.room import RoomSchedule

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]  # an aware datetime: the real clock, or a test's
PrecheckKey = tuple[str, datetime]  # (uid, start): one meeting's one occurrence


class SessionClosed(RuntimeError):
    """The session was closed: its parts are not made again (that would leak them)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def due_prechecks(
    meetings: Iterable[Meeting], precheck: timedelta, now: datetime, seen: set[PrecheckKey]
) -> list[Meeting]:
    """The meetings whose pre-meeting check is due at `now`, each once: a busy, timed
    meeting when `now` is within [start - precheck, start). A meeting already begun and not
    yet seen is only marked seen: a check is never run late (the clock jumped, the program
    was not running), as it would judge a meeting already under way. `seen` is updated."""
    due = []
    for m in meetings:
        key = (m.uid, m.start)
        if not m.busy or m.all_day or key in seen:
            continue
        if m.start - precheck <= now < m.start:
            seen.add(key)
            due.append(m)
        elif now >= m.start:
            seen.add(key)
    return due


def room_engine_settings(
    section: Conversion, hooks: Mapping[str, object] | None = None
) -> RoomSettings:
    """A room's engine settings: its `conversion` section's and its schedule's hooks. A
    session's are `engine_settings()`; this alone serves an engine with no schedule (the
    console's tests, a profile-less run)."""
    return RoomSettings.from_conversion(section, **(hooks or {}))


class RoomSession:
    """Built from a room profile; `schedule_settings` are RoomSchedule's own (timeout_s,
    refresh_s). `clock` is what `precheck_due` and the agent read as now."""

    def __init__(
        self,
        profile: Profile,
        data_dir: Path,
        profile_path: Path | None = None,
        clock: Clock | None = None,
        **schedule_settings: Any,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.db_path = database_path(self.data_dir)
        self.profile_path = None if profile_path is None else Path(profile_path)
        self.clock: Clock = clock or utc_now
        self._schedule_settings = schedule_settings
        self._lock = threading.Lock()
        self._made: tuple[RoomSchedule, ScheduleGate] | None = None
        self._prechecked: set[PrecheckKey] = set()
        self._due: list[Meeting] = []  # found due, not handed out yet
        self.engine: Engine | None = None
        self._users = 0  # acquire()d and not yet release()d
        self._closed = False
        self._take(profile)

    def _take(self, profile: Profile) -> None:
        self.profile = profile
        # The room's meetings also claim its recordings (attached, archived by meeting name).
        self.recordings = RoomRecordings.from_profile(profile)

    def _schedule_key(self, profile: Profile) -> tuple[object, ...]:
        """What the schedule and the gate are made of: equal keys, the same parts."""
        return (profile.room.name, profile.room.timezone, profile.schedule)

    def keeps(self, profile: Profile, profile_path: Path | None = None) -> bool:
        """True when `apply(profile, profile_path)` would keep the schedule and the gate
        (and what they have read): the same room, schedule settings and profile file. The
        console asks first: a session whose gate its engine holds is replaced, not applied
        (apply would close that gate under the engine it did not make)."""
        path = self.profile_path if profile_path is None else Path(profile_path)
        return (
            self._schedule_key(profile) == self._schedule_key(self.profile)
            and path == self.profile_path
        )

    # -- the parts -------------------------------------------------------------------------

    @property
    def room(self) -> str:
        return self.profile.room.name

    def parts(self) -> tuple[RoomSchedule, ScheduleGate]:
        """The room's schedule and gate, made on first call (they open the database).
        SessionClosed once closed."""
        with self._lock:
            if self._closed:
                raise SessionClosed(self.room)
            if self._made is None:
                schedule = RoomSchedule.from_profile(
                    self.profile,
                    self.data_dir,
                    self.profile_path,
                    clock=self.clock,
                    **self._schedule_settings,
                )
                self._made = schedule, ScheduleGate(schedule, self.db_path)
            return self._made

    @property
    def schedule(self) -> RoomSchedule:
        return self.parts()[0]

    @property
    def gate(self) -> ScheduleGate:
        return self.parts()[1]

    def engine_hooks(self) -> dict[str, object]:
        """Engine(..., **session.engine_hooks()): the gate, the scheduled meetings and the
        room whose meetings its recordings belong to."""
        return {**self.gate.engine_hooks(), "recordings": self.recordings}

    def engine_settings(self) -> RoomSettings:
        """The room's engine settings: its `conversion` section and its schedule's hooks."""
        hooks = self.engine_hooks()
        return room_engine_settings(self.profile.conversion, hooks)

    def make_engine(self, db_path: Path | None = None, **options: Any) -> Engine:
        """The room's engine (not started), kept as `self.engine`: `apply` reconfigures it
        and `close` stops it. `options`: Engine's own (poll_s ...)."""
        engine = Engine(db_path or self.db_path, self.engine_settings(), **options)
        self.engine = engine
        return engine

    # -- a changed profile -------------------------------------------------------------------

    def apply(self, profile: Profile, profile_path: Path | None = None) -> bool:
        """The room's profile changed (edited, reloaded). The same room and schedule
        settings keep their schedule and gate (and what they have read); otherwise both are
        made anew on next use. The engine, if made here, takes the new settings without
        stopping (a running conversion goes on). True when the schedule was made anew."""
        path = self.profile_path if profile_path is None else Path(profile_path)
        same = self.keeps(profile, path)
        old: tuple[RoomSchedule, ScheduleGate] | None = None
        with self._lock:
            if not same:
                old, self._made = self._made, None
                self._prechecked, self._due = set(), []
            self.profile_path = path
            self._take(profile)
        if self.engine is not None:
            self.engine.reconfigure(self.engine_settings())
        if old is not None:  # after the engine has let go of the old gate
            _close_parts(old)
        return not same

    # -- the schedule ------------------------------------------------------------------------

    def refresh(self) -> FeedStatus:
        """Read the room's feed now (blocking, up to the schedule's timeout_s)."""
        return self.schedule.refresh()

    def now(self) -> datetime:
        """The session's clock, in the room's zone."""
        return self.clock().astimezone(self.schedule.zone)

    def precheck_due(self, now: datetime | None = None) -> Meeting | None:
        """The meeting whose pre-meeting checklist is due at `now` (default the clock), once
        per meeting and never late (see `due_prechecks`); None before the schedule has been
        read. Call it often (every few seconds): each call hands out at most one."""
        schedule = self.schedule
        if not schedule.loaded:
            return None
        now = (now or self.clock()).astimezone(schedule.zone)
        # Meetings on now are marked seen (missed), those ahead within the pre-check found.
        meetings = schedule.meetings(now, now + schedule.precheck + timedelta(seconds=1))
        with self._lock:
            self._due += due_prechecks(meetings, schedule.precheck, now, self._prechecked)
            # two meetings due at once: the other at the next call, unless begun meanwhile
            while self._due and self._due[0].start <= now:
                self._due.pop(0)
            return self._due.pop(0) if self._due else None

    # -- the end -----------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def acquire(self) -> RoomSession:
        """One more user (returned): the session stays open until each has released it.
        SessionClosed if it was closed already."""
        with self._lock:
            if self._closed:
                raise SessionClosed(self.room)
            self._users += 1
        return self

    def release(self) -> None:
        """A user is done with it: the last one closes it (on the caller's thread, which
        may wait for a gate call under way: never the UI thread)."""
        with self._lock:
            if self._users <= 0:
                raise RuntimeError("room session released more often than acquired")
            self._users -= 1
            last = self._users == 0
        if last:
            self.close()

    def close(self) -> None:
        """Stop the engine made here (its running conversions become interrupted, to run
        again at the next start) and close the database connections. Whatever its users;
        once (again: nothing happens); its parts are not made again after it."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.stop()
            engine.store.close()
        with self._lock:
            made, self._made = self._made, None
        if made is not None:
            _close_parts(made)


def _close_parts(parts: tuple[RoomSchedule, ScheduleGate]) -> None:
    schedule, gate = parts
    gate.close()
    schedule.close()
