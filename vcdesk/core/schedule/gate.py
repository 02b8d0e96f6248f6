"""The room's schedule hooked into the conversion engine.

    schedule = RoomSchedule.from_profile(profile, data_dir, profile_path)
    schedule.refresh()                      # reads the feed: on a worker thread in the GUI
    gate = ScheduleGate(schedule, database_path(data_dir))
    engine = Engine(db, RoomSettings.from_conversion(profile.conversion, **gate.engine_hooks()))

The engine then asks the gate before each claim which waiting job may start (plan.choose),
and asks `meeting_on` every round: during a meeting, and `pause_before` ahead of it, meeting
mode is on and running jobs are suspended, to go on when the meeting ends.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from vcdesk.core.queue.jobs import WAITING, Job, JobState
from vcdesk.core.queue.settings import GateDecision
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule import plan as policy
from vcdesk.core.schedule.estimate import JobEstimator
from vcdesk.core.schedule.room import RoomSchedule

log = logging.getLogger(__name__)

# Besides plan.Reason: the schedule has not been read yet, so nothing starts (a long job
# must not begin just before a meeting nobody has looked up).
LOADING = "schedule_loading"
HORIZON = timedelta(days=2)  # meetings further ahead do not change today's decisions
HOLDS_TTL = timedelta(seconds=30)  # entries added by another process show up this fast
CLOSE_WAIT_S = 30.0  # a call under way (it may probe a recording) ends before close()


class ScheduleGate:
    """Callable as the engine's `gate`; `meeting_on` is its `scheduled_meeting`. Also makes
    the console's plan (which waiting job runs when). Safe to call from several threads."""

    def __init__(
        self,
        schedule: RoomSchedule,
        db_path: Path | None = None,
        *,
        estimator: JobEstimator | None = None,
        ffmpeg: str | None = None,
    ) -> None:
        if estimator is None:
            if db_path is None:
                raise ValueError("give the queue's database path, or an estimator")
            estimator = JobEstimator(JobStore(db_path), ffmpeg)
        self.schedule = schedule
        self.estimator = estimator
        self.last: policy.Choice | None = None  # the last answer given to the engine
        self._lock = threading.Lock()
        self._holds: list[policy.Hold] = []
        self._holds_key: tuple[int, datetime] | None = None  # (schedule version, made at)
        # Calls under way, so close() waits for them: an engine's thread may have picked up
        # this gate just before the engine took another (reconfigure does not wait for it).
        self._use = threading.Condition()
        self._calls = 0
        self._closed = False
        self._meeting_was = False  # the last answers: what a call after close() is told
        self._hold_was: datetime | None = None

    def engine_hooks(self) -> dict[str, object]:
        """RoomSettings.from_conversion(section, **gate.engine_hooks())."""
        return {"gate": self, "scheduled_meeting": self.meeting_on, "next_hold": self.next_hold}

    def close(self) -> None:
        """Close its store once the calls under way have ended; a later call answers from
        memory (holding the queue is the safe side), never touching the closed store."""
        with self._use:
            if self._closed:
                return
            self._closed = True
            if not self._use.wait_for(lambda: self._calls == 0, CLOSE_WAIT_S):
                log.warning("schedule gate: closed while still in use after %.0f s", CLOSE_WAIT_S)
        self.estimator.store.close()

    @contextlib.contextmanager
    def _using(self) -> Iterator[bool]:
        """True inside while the gate is open (counted as a call under way), else False."""
        with self._use:
            closed = self._closed
            if not closed:
                self._calls += 1
        if closed:
            yield False
            return
        try:
            yield True
        finally:
            with self._use:
                self._calls -= 1
                self._use.notify_all()

    def holds(self, now: datetime) -> list[policy.Hold]:
        """The holds from a day before `now` to HORIZON after, remade when the schedule
        changed or HOLDS_TTL has passed (in `now`'s terms, so a simulated clock works)."""
        version = self.schedule.version
        with self._lock:
            key = self._holds_key
            if key is not None and key[0] == version and abs(now - key[1]) < HOLDS_TTL:
                return self._holds
        meetings = self.schedule.meetings(now - timedelta(days=1), now + HORIZON)
        made = policy.holds(meetings, self.schedule.pause_before)
        with self._lock:
            self._holds, self._holds_key = made, (version, now)
        return made

    def __call__(self, waiting: Sequence[Job], now: datetime) -> GateDecision:
        with self._using() as open_:
            if not open_:
                return GateDecision(None, LOADING)
            self.schedule.refresh_if_stale()
            if not self.schedule.loaded:
                return GateDecision(None, LOADING)
            items = [self._waiting(job) for job in waiting]
            choice = policy.choose(now, self.holds(now), items)
            self.last = choice
            return GateDecision(choice.job_id, choice.reason)

    def _waiting(self, job: Job) -> policy.Waiting:
        return policy.Waiting(job.id, self.estimator.estimate_s(job), self.estimator.piece_s(job))

    def next_hold(self, now: datetime) -> datetime | None:
        """When the hold in force or the next one begins (a transcode in segments stops
        between two before it); None before the schedule is read, or with none ahead."""
        with self._using() as open_:
            if not open_:
                return self._hold_was
            self.schedule.refresh_if_stale()
            if not self.schedule.loaded:
                return None
            all_holds = self.holds(now)
            hold = policy.hold_at(now, all_holds) or policy.next_hold(now, all_holds)
            self._hold_was = None if hold is None else hold.start
            return self._hold_was

    def meeting_on(self, now: datetime) -> bool:
        """True during a meeting and `pause_before` ahead of it. Before the schedule has
        been read, False: the operator's switch and meeting clients still work."""
        with self._using() as open_:
            if not open_:
                return self._meeting_was
            self.schedule.refresh_if_stale()
            if not self.schedule.loaded:
                return False
            self._meeting_was = policy.hold_at(now, self.holds(now)) is not None
            return self._meeting_was

    def plan(self, jobs: Sequence[Job], now: datetime, parallel: int = 1) -> list[policy.Slot]:
        """When each job is expected to run and finish: the running ones (ours or another
        engine's) and the waiting ones in the order the gate will start them. Paused jobs
        are left out (they wait for the operator). May probe inputs: call it off the UI
        thread."""
        running = [
            policy.Running(job.id, self.estimator.remaining_s(job), self.estimator.piece_s(job))
            for job in jobs
            if job.state is JobState.RUNNING
        ]
        waiting = [self._waiting(job) for job in jobs if job.state in WAITING]
        return policy.plan(now, self.holds(now), waiting, running, parallel)
