"""The active room's schedule for the console: today's agenda, a countdown to the next
meeting, the automatic pre-meeting check, and the conversion plan.

The room's parts are core's: a RoomSession (vcdesk.core.session) per room, the one `vcdesk
agent` and `vcdesk queue run` use. Its schedule and gate are made, and first read, by
whichever worker thread asks first: the queue's, building its engine with the session's
settings (`QueueController.configure(session)`), or this controller's. The UI thread never
reads the feed nor the database: the meetings of today and the next two days are read on
the worker and kept here; the countdown, ticking every second, only looks at
that list. It is read again when the schedule changed (a refresh, an entry), when the day
changes, and every `reload_s` (entries another process added).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from vcdesk.core.meetings.bookings import schedule_flags
from vcdesk.core.meetings.licences import Flag
from vcdesk.core.profile.model import Profile
from vcdesk.core.queue.jobs import Job
from vcdesk.core.schedule.calendar import ScheduleError
from vcdesk.core.schedule.feed import FeedStatus
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.plan import Slot
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.session import Clock as Clock  # the console's clock is core's: re-exported
from vcdesk.core.session import RoomSession, due_prechecks
from vcdesk.core.session import utc_now as utc_now
from vcdesk.core.words.schedule import error_text
from vcdesk.qt.tasks import TaskRunner

log = logging.getLogger(__name__)
AHEAD = timedelta(days=3)  # meetings kept from today's midnight: the countdown looks 2 days on
RELOAD_S = 30.0
PLAN_DELAY_MS = 1000  # a burst of queue changes makes one plan


@dataclass(frozen=True)
class Countdown:
    """What the countdown line says, worked out from the meetings in memory."""

    now: datetime  # in the room's time zone
    current: Meeting | None  # a busy meeting on now (the one that ends last)
    next: Meeting | None  # the next busy meeting to start
    zone: str  # WIB, WITA, WIT ...


@dataclass(frozen=True)
class _Read:
    session: RoomSession
    schedule: RoomSchedule
    version: int
    day: date
    meetings: list[Meeting]
    status: FeedStatus
    read_at: datetime
    flags: Mapping[Meeting, Sequence[Flag]] = field(default_factory=dict)


def _licence_flags(
    session: RoomSession, schedule: RoomSchedule, meetings: list[Meeting], now: datetime
) -> dict[Meeting, list[Flag]]:
    """On the worker: the licence flags of the meetings read (never stops the agenda)."""
    try:
        profile, path = session.profile, session.profile_path
        return schedule_flags(profile, path, schedule.records, meetings, now)
    except Exception:  # a database or a shared folder in trouble: the agenda still shows
        log.warning("the licences of the agenda's meetings were not checked", exc_info=True)
        return {}


class ScheduleController(QObject):
    """Call `set_room(profile, path)` whenever the active room changes; the signals follow.
    `clock` returns an aware datetime (tests pass a simulated one)."""

    agendaChanged = Signal(list)  # list[Meeting]: today's, in the room's zone, sorted
    statusChanged = Signal(object)  # FeedStatus, or None when no room is chosen
    countdown = Signal(object)  # Countdown, every tick; not sent without a room
    precheckDue = Signal(object)  # Meeting: its pre-meeting check is due (once per meeting)
    planReady = Signal(object)  # dict {job id: Slot}: when each job is expected to run and finish
    entryFailed = Signal(str)  # a meeting could not be added, removed or ended: why
    # {Meeting: [Flag]}: the agenda's meetings whose licence is too small or whose host
    # accounts are all taken then (vcdesk.core.meetings.licences), after each read that
    # changes them
    flagsChanged = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        tick_ms: int = 1000,
        reload_s: float = RELOAD_S,
        schedule_settings: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`schedule_settings`: RoomSchedule's own (timeout_s, refresh_s)."""
        super().__init__(parent)
        self.data_dir = data_dir
        self._settings = dict(schedule_settings or {})
        self.clock = clock
        self.reload_s = reload_s
        self.session: RoomSession | None = None
        self._read: _Read | None = None
        self._reading = False
        self._read_again = False
        self._prechecked: set[tuple[str, datetime]] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker = TaskRunner(self._pool, self)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.tick)
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self._make_plan)
        self._plan_jobs: tuple[Callable[[], Sequence[Job]], int] | None = None
        self._planning = False

    # -- state (in memory) -----------------------------------------------------------------

    @property
    def schedule(self) -> RoomSchedule | None:
        """The active room's schedule once read (None before, or without a room)."""
        return self._read.schedule if self._read is not None else None

    @property
    def loaded(self) -> bool:
        return self._read is not None

    def today(self) -> list[Meeting]:
        read = self._read
        if read is None:
            return []
        start = datetime.combine(read.day, datetime.min.time(), read.schedule.zone)
        end = start + timedelta(days=1)
        return [m for m in read.meetings if m.start < end and m.end > start]

    def now(self) -> datetime:
        read = self._read
        now = self.clock()
        return now.astimezone(read.schedule.zone) if read is not None else now

    def state(self, now: datetime | None = None) -> Countdown | None:
        read = self._read
        if read is None:
            return None
        now = (now or self.clock()).astimezone(read.schedule.zone)
        on = [m for m in read.meetings if m.busy and m.start <= now < m.end]
        ahead = [m for m in read.meetings if m.busy and m.start > now]
        return Countdown(
            now,
            max(on, key=lambda m: m.end) if on else None,
            ahead[0] if ahead else None,
            read.schedule.zone_label(now),
        )

    # -- the room --------------------------------------------------------------------------

    def set_room(
        self, profile: Profile | None, profile_path: Path | None = None
    ) -> RoomSession | None:
        """The active room changed: its schedule is made and read on the worker. Returns
        the session whose engine settings the queue should use: the same one as before
        when the room's schedule settings did not change (a changed profile is applied to
        it: the agenda is read again, with its licences), else a new one. This controller
        is one user of its session (RoomSession.acquire) until the room changes again."""
        session, path = self.session, None if profile_path is None else Path(profile_path)
        if profile is None:
            self._let_go(session)
            self.session, self._read = None, None
            self._prechecked.clear()
            self._timer.stop()
            self.agendaChanged.emit([])
            self.statusChanged.emit(None)
            return None
        # (no path is a path too here: apply's None would mean "the same file")
        if session is not None and session.profile_path == path and session.keeps(profile, path):
            if profile != session.profile:
                # Not its schedule or gate (kept, with what they have read): no new session.
                session.apply(profile, path)
                self.reload()
            return session
        # Another room: a new session, whose parts are made on a worker (they open the
        # database). The old one is let go of: the queue's engine, another of its users,
        # may hold its gate until the new settings reach it on the queue's own worker.
        self._let_go(session)
        session = RoomSession(profile, self.data_dir, path, clock=self.clock, **self._settings)
        self.session, self._read = session.acquire(), None
        self._prechecked.clear()
        self.reload()
        return session

    def _let_go(self, session: RoomSession | None) -> None:
        """Release `session` on the worker, after the tasks already asked for (they use
        it); closed there if the queue's engine has let go of it too."""
        if session is not None:
            self._worker.run(session.release, lambda _result, _error: None)

    def reload(self) -> None:
        """Read the meetings again (worker thread); agendaChanged and statusChanged follow."""
        session = self.session
        if session is None:
            return
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        clock = self.clock

        def read() -> _Read:
            schedule = session.schedule
            if not schedule.loaded:
                session.refresh()  # the first read, here on this worker: the agenda needs it
            else:
                schedule.refresh_if_stale()  # then every refresh_s, on a thread of its own
            version = schedule.version  # before reading: a change meanwhile reads again
            now = clock().astimezone(schedule.zone)
            start = datetime.combine(now.date(), datetime.min.time(), schedule.zone)
            meetings = schedule.meetings(start, start + AHEAD)
            flags = _licence_flags(session, schedule, meetings, now)
            return _Read(
                session, schedule, version, now.date(), meetings, schedule.status, now, flags
            )

        def done(result: _Read | None, error: Exception | None) -> None:
            self._reading = False
            if result is not None and result.session is self.session:
                old, self._read = self._read, result
                if old is None or old.flags != result.flags:
                    self.flagsChanged.emit(result.flags)
                if old is None or (old.meetings, old.day) != (result.meetings, result.day):
                    self.agendaChanged.emit(self.today())
                if old is None or old.status != result.status:
                    self.statusChanged.emit(result.status)
                if not self._timer.isActive():
                    self._timer.start()
                self.tick()
            if self._read_again:
                self._read_again = False
                self.reload()

        self._worker.run(read, done)

    def add_entry(self, start: datetime, end: datetime, title: str, who: str | None = None) -> None:
        """A console entry (on the worker); the agenda follows. `who`: the operator, named
        in its record's change log."""
        session = self.session
        if session is not None:
            self._change(lambda: session.schedule.add_entry(start, end, title, who))

    def remove_entry(self, entry_id: int) -> None:
        session = self.session
        if session is not None:
            self._change(lambda: session.schedule.remove_entry(entry_id))

    def end_meeting(self, meeting: Meeting, who: str | None = None) -> None:
        """The meeting on now is over (on the worker); the agenda and the queue follow.
        `who`: the operator, named in its record's change log."""
        session = self.session
        if session is not None:
            self._change(lambda: session.schedule.end_meeting(meeting, who=who))

    def _change(self, change: Callable[[], object]) -> None:
        def done(_: object, error: Exception | None) -> None:
            if error is not None:
                why = error_text(error) if isinstance(error, ScheduleError) else str(error)
                self.entryFailed.emit(why)
            self.reload()

        self._worker.run(change, done)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the worker (tests; quitting)."""
        return self._worker.wait(msecs)

    def close(self) -> None:
        """At quit: no more ticks, reads or plans; a read under way is left to end (the
        console waits for its pool) and its answer dropped. The session is let go of after
        it (closed there, the queue having stopped first)."""
        self._timer.stop()
        self._plan_timer.stop()
        session, self.session = self.session, None
        self._let_go(session)
        self._worker.close(0)

    # -- the tick: in memory only --------------------------------------------------------

    def tick(self) -> None:
        read = self._read
        if read is None:
            return
        state = self.state()
        assert state is not None
        stale = (state.now - read.read_at).total_seconds() >= self.reload_s
        if read.schedule.version != read.version or state.now.date() != read.day or stale:
            self.reload()
        self.countdown.emit(state)
        # once per meeting, never late: the rule is core's (vcdesk.core.session)
        for m in due_prechecks(read.meetings, read.schedule.precheck, state.now, self._prechecked):
            self.precheckDue.emit(m)

    # -- the conversion plan ---------------------------------------------------------------

    def request_plan(self, jobs: Callable[[], Sequence[Job]], parallel: int = 1) -> None:
        """Work out when each job is expected to run and finish: `jobs()` is read here a
        moment later (a burst of queue changes makes one plan), the plan is made on the
        worker (it may probe the recordings); planReady follows."""
        self._plan_jobs = (jobs, parallel)
        if not self._plan_timer.isActive() and not self._planning:
            self._plan_timer.start()

    def _make_plan(self) -> None:
        session, asked = self.session, self._plan_jobs
        if session is None or asked is None:
            return
        self._plan_jobs = None
        self._planning = True
        jobs, parallel = list(asked[0]()), asked[1]
        clock = self.clock

        def plan() -> dict[int, Slot]:
            schedule, gate = session.parts()
            now = clock().astimezone(schedule.zone)
            return {slot.job_id: slot for slot in gate.plan(jobs, now, parallel)}

        def done(result: dict[int, Slot] | None, error: Exception | None) -> None:
            self._planning = False
            if result is not None and session is self.session:
                self.planReady.emit(result)
            if self._plan_jobs is not None:
                self._plan_timer.start()

        self._worker.run(plan, done)
