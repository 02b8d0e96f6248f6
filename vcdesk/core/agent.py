"""The room without a window (`vcdesk agent`): a RoomSession's engine, schedule and
pre-meeting checklist, run headless, and the room's metrics served for Prometheus.

Threads, each with one job, so nothing slow holds up the rest:
- the caller's (`run`): every `state_s` it reads what the metrics show (the last checklist
  run, the schedule, the queue, the disk) into a RoomState, and asks the session whether a
  pre-meeting checklist is due;
- the schedule's: reads the feed first (the gate holds the queue until then), then keeps it
  fresh; a calendar server that does not answer blocks only this thread;
- the power reader's: one UPS or battery reading every `power_s`, kept for the metrics (a
  scrape never opens a socket to the UPS);
- the checklist's: runs the checklists asked for, one at a time, and keeps each in the
  history, linked to the meeting it clears, as `vcdesk check` does;
- the engine's own, and the HTTP server's.

A second agent or the console on the same data folder is fine: the queue's job leases keep
one engine per job. `stop` (the signal handler sets the event `run` waits on) stops the
engine (a running conversion becomes interrupted, its partial file removed, and runs again
at the next start), cancels a checklist under way (not stored), and shuts the server down.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import queue
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from vcdesk.core.checks.headless import keep_run, run_context
from vcdesk.core.checks.result import CancelToken, Status
from vcdesk.core.checks.runner import ChecklistRun, overall
from vcdesk.core.history import list_runs, record_for
from vcdesk.core.metrics import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    Checklist,
    MetricsServer,
    RoomCollector,
    RoomState,
    Ups,
)
from vcdesk.core.profile.model import Power, Profile
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.store import as_seen
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.session import RoomSession
from vcdesk.core.storage import connect

log = logging.getLogger(__name__)

GO = (Status.PASS, Status.WARN)
# For tests and benchmarks: how often the power reading and the room's state are taken
# (seconds). A room PC keeps the defaults.
POWER_ENV = "VCDESK_AGENT_POWER_S"
STATE_ENV = "VCDESK_AGENT_STATE_S"


@dataclass(frozen=True)
class AgentOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    start_check: bool = True  # one checklist when the agent starts
    state_s: float = 5.0
    schedule_s: float = 30.0
    power_s: float = 30.0
    engine: dict[str, Any] = field(default_factory=dict)  # Engine's own options (poll_s ...)

    @classmethod
    def from_env(cls, **given: Any) -> AgentOptions:
        """`given`, with the intervals the environment sets (POWER_ENV, STATE_ENV)."""
        for name, key in ((POWER_ENV, "power_s"), (STATE_ENV, "state_s")):
            text = os.environ.get(name)
            if text:
                try:
                    given[key] = max(0.1, float(text))
                except ValueError:
                    log.warning("%s=%r is not a number of seconds: ignored", name, text)
        return cls(**given)


def read_power(section: Power) -> Ups | None:
    """One reading of the room's power source through the power check's own code (NUT or
    the PC's battery); None without a source or when the reading failed (its metrics are
    then left out rather than shown as a guess)."""
    if section.source == "none":
        return None
    from vcdesk.core.checks import power  # only in rooms with a power source

    token = CancelToken(deadline=time.monotonic() + 3 * section.nut.timeout_s + 2)
    try:
        result = power.run(section, token)
    except Exception:
        log.warning("agent: the power reading failed", exc_info=True)
        return None
    details = result.details
    if result.code.startswith("power.ups_"):
        flags = details.get("flags") or []
        on_battery = True if "OB" in flags else False if "OL" in flags else None
    elif result.code.startswith("power.battery_") and result.code != "power.battery_missing":
        plugged = details.get("plugged")
        on_battery = None if plugged is None else not plugged
    else:  # the UPS server did not answer, or no battery: nothing measured
        return None
    charge, runtime = details.get("charge_pct"), details.get("runtime_min")
    return Ups(
        on_battery,
        None if charge is None else max(0.0, min(1.0, float(charge) / 100)),
        None if runtime is None else float(runtime) * 60,
    )


def queue_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Jobs by state, as a reader should see them: a job whose engine is gone counts as
    the `interrupted` it will be (vcdesk.core.queue.store.as_seen)."""
    counts = {state.value: 0 for state in JobState}
    for state, n in conn.execute("SELECT state, COUNT(*) FROM queue_job GROUP BY state"):
        if state in counts and state not in ("running", "paused"):
            counts[state] += int(n)
    rows = conn.execute("SELECT * FROM queue_job WHERE state IN ('running', 'paused')")
    alive: dict[str, bool] = {}
    for row in rows.fetchall():
        counts[as_seen(Job.from_row(row), alive).state.value] += 1
    return counts


def disk_free(profile: Profile) -> tuple[int, float] | None:
    """Free bytes on the recordings folder's disk and the hours of recording they hold."""
    try:
        free = psutil.disk_usage(str(Path(profile.disk.recordings_dir).expanduser())).free
    except OSError:
        return None
    bits_per_hour = profile.disk.recording_bitrate_mbps * 1e6 * 3600
    return int(free), free * 8 / bits_per_hour


class Agent:
    def __init__(self, session: RoomSession, options: AgentOptions, version: str) -> None:
        self.session = session
        self.options = options
        self.version = version
        self.collector = RoomCollector(RoomState(session.room, version))
        self.server: MetricsServer | None = None
        self._stopping = threading.Event()
        self._poke = threading.Event()  # read the state now (a checklist was kept)
        self._checklists: queue.Queue[tuple[str, Meeting | None]] = queue.Queue()
        self._run: ChecklistRun | None = None
        self._ups: Ups | None = None
        self._ups_read = False  # until a first reading works
        self._threads: list[threading.Thread] = []
        self._conn: sqlite3.Connection | None = None
        self._failing: set[str] = set()  # parts of the state whose failure was logged

    # -- life cycle -------------------------------------------------------------------------

    def listen(self) -> tuple[str, int]:
        """Open the metrics endpoint (raises OSError: the port is taken, the address is not
        this machine's). First, so a wrong address stops the agent before it starts work."""
        self.server = MetricsServer(self.collector, self.options.host, self.options.port)
        return self.server.address

    def start(self) -> None:
        engine = self.session.make_engine(**self.options.engine)
        engine.subscribe(_log_event)
        engine.start()
        for name, target in (
            ("schedule", self._schedule_loop),
            ("power", self._power_loop),
            ("checklist", self._checklist_loop),
        ):
            thread = threading.Thread(target=target, name=f"vcdesk-agent-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        if self.options.start_check:
            self._checklists.put(("start", None))
        log.info("agent: room %s started", self.session.room)

    def run(self, stop: threading.Event) -> None:
        """Until `stop` is set: the room's state every `state_s`, and the checklists due."""
        next_state = 0.0
        while not stop.is_set():
            if self._poke.is_set() or time.monotonic() >= next_state:
                self._poke.clear()
                self.tick()
                next_state = time.monotonic() + self.options.state_s
            # Short waits: the signal handler runs on this thread between them.
            stop.wait(min(0.5, max(0.0, next_state - time.monotonic())))

    def stop(self) -> None:
        self._stopping.set()
        run = self._run
        if run is not None:
            run.cancel()
        self.session.close()  # the engine first: its conversions become interrupted
        if self.server is not None:
            self.server.close()
            self.server = None
        for thread in self._threads:
            thread.join(5)  # daemons: a check stuck in a driver is left behind
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        log.info("agent: room %s stopped", self.session.room)

    # -- the room's state (the caller's thread) ------------------------------------------------

    def tick(self) -> None:
        """Read the room's state for the metrics, and queue the checklists due."""
        try:
            while (meeting := self.session.precheck_due()) is not None:
                log.info("agent: pre-meeting checklist for the meeting at %s", meeting.start)
                self._checklists.put(("precheck", meeting))
            self._ok("precheck")
        except Exception:
            self._failed("precheck")
        self.collector.state = self.read_state()

    def read_state(self) -> RoomState:
        state: dict[str, Any] = {}
        for part, read in (
            ("checklist", self._read_checklist),
            ("schedule", self._read_schedule),
            ("queue", self._read_queue),
            ("disk", self._read_disk),
        ):
            try:
                state |= read()
                self._ok(part)
            except Exception:
                self._failed(part)
                state |= self._kept(part)
        engine = self.session.engine
        if engine is not None:
            state["meeting_mode"] = engine.meeting_on
            state["conversion_failures"] = engine.finished[JobState.FAILED]
        reading_ok = None if self.session.profile.power.source == "none" else self._ups_read
        return RoomState(
            self.session.room, self.version, ups=self._ups, ups_reading_ok=reading_ok, **state
        )

    def _kept(self, part: str) -> dict[str, Any]:
        """What the last snapshot said of a part that could not be read now."""
        old = self.collector.state
        kept: dict[str, dict[str, Any]] = {
            "checklist": {"checklist": old.checklist},
            "schedule": {
                "next_meeting_start_ts": old.next_meeting_start_ts,
                "meeting_end_ts": old.meeting_end_ts,
                "meeting_in_progress": old.meeting_in_progress,
            },
            "queue": {"queue_jobs": old.queue_jobs},
            "disk": {
                "disk_free_bytes": old.disk_free_bytes,
                "recording_hours_left": old.recording_hours_left,
            },
        }
        return kept[part]

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.session.db_path)
        return self._conn

    def _read_checklist(self) -> dict[str, Any]:
        runs = list_runs(self._db(), limit=1, room=self.session.room)
        if not runs:
            return {"checklist": None}
        run = runs[0]
        checks = {r.id: r.status in GO for r in run.results}
        return {"checklist": Checklist(run.overall in GO, run.finished.timestamp(), checks)}

    def _read_schedule(self) -> dict[str, Any]:
        schedule = self.session.schedule
        if not schedule.loaded:
            return {}
        now = self.session.now()
        current, ahead = schedule.current_meeting(now), schedule.next_meeting(now)
        ending = current or ahead
        return {
            "next_meeting_start_ts": None if ahead is None else ahead.start.timestamp(),
            "meeting_end_ts": None if ending is None else ending.end.timestamp(),
            "meeting_in_progress": current is not None,
        }

    def _read_queue(self) -> dict[str, Any]:
        return {"queue_jobs": queue_counts(self._db())}

    def _read_disk(self) -> dict[str, Any]:
        found = disk_free(self.session.profile)
        if found is None:
            return {"disk_free_bytes": None, "recording_hours_left": None}
        return {"disk_free_bytes": found[0], "recording_hours_left": found[1]}

    def _failed(self, part: str) -> None:
        if part not in self._failing:  # once until it works again: not every 5 s
            self._failing.add(part)
            log.warning("agent: the room's %s could not be read", part, exc_info=True)

    def _ok(self, part: str) -> None:
        if part in self._failing:
            self._failing.discard(part)
            log.info("agent: the room's %s can be read again", part)

    # -- the other threads --------------------------------------------------------------------

    def _schedule_loop(self) -> None:
        try:
            status = self.session.refresh()  # the gate holds the queue until this is done
            if status.state in ("cached", "unavailable"):
                log.warning("agent: the room's schedule: %s (%s)", status.state, status.problem)
        except Exception:
            log.exception("agent: the room's schedule could not be read")
        self._poke.set()
        while not self._stopping.wait(self.options.schedule_s):
            try:
                # Every schedule_s (so an unread feed is retried), the feed itself only
                # when older than the schedule's refresh_s: a booking export changes
                # seldom, and a province's rooms must not poll its server every 30 s.
                self.session.schedule.refresh_if_stale()
            except Exception:
                log.exception("agent: the room's schedule could not be refreshed")

    def _power_loop(self) -> None:
        section = self.session.profile.power
        if section.source == "none":
            return
        while not self._stopping.is_set():
            self._ups = read_power(self.session.profile.power)
            self._ups_read = self._ups is not None
            if self._stopping.wait(self.options.power_s):
                return

    def _checklist_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                why, meeting = self._checklists.get(timeout=0.5)
            except queue.Empty:
                continue
            try:
                self._checklist(why, meeting)
            except Exception:
                log.exception("agent: the %s checklist failed", why)

    def _checklist(self, why: str, meeting: Meeting | None) -> None:
        session = self.session
        profile, path = session.profile, session.profile_path
        started = dt.datetime.now().astimezone()
        context = run_context(profile, path or Path(), session.data_dir, None)
        run = ChecklistRun(profile, context=context)
        self._run = run
        if self._stopping.is_set():
            run.cancel()
        results = run.start().wait()
        self._run = None
        if self._stopping.is_set():
            return  # cancelled by the stop: a run of skipped checks says nothing of the room
        verdict = overall(results)
        record = record_for(profile, str(path or ""), started, results, verdict)
        kept = keep_run(session.data_dir, record)
        log.info("agent: %s checklist #%s: %s", why, kept.id, verdict.value)
        self._poke.set()


def _log_event(event: QueueEvent) -> None:
    job = event.job
    if event.kind is EventKind.JOB_FINISHED and job is not None:
        log.info("agent: job #%d %s", job.id, job.state.value)
    elif event.kind is EventKind.MEETING:
        log.info("agent: meeting mode %s", "on" if event.meeting else "off")
