"""The engine: takes jobs from the queue and converts them, N at a time, in the background.

One scheduler thread polls the database (the queue's one truth, shared with the CLI and
other engines): it keeps its jobs' heartbeat, applies requests made anywhere (pause,
cancel, meeting mode) to its ffmpeg processes, recovers jobs of engines that died, looks
at the watch folders and claims new jobs into free slots. Each job then runs on its own
worker thread (`conversion.Conversion`). Listeners get plain events (job added, started,
progress, finished, idle ...) from those threads; the Qt adapter re-emits them as signals.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import psutil

from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.meetings.actual import MeetingModeTimes
from vcdesk.core.queue import owner as owners
from vcdesk.core.queue.conversion import (
    Context,
    Conversion,
    clean_up_after,
    remove_partial,
    sweep_segment_work,
)
from vcdesk.core.queue.events import EventKind, Listener, QueueEvent
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.meeting import MeetingDetector
from vcdesk.core.queue.settings import Gate, GateDecision, RoomSettings, ScheduledMeeting
from vcdesk.core.queue.store import JobStore
from vcdesk.core.queue.watch import WatchFolders

if TYPE_CHECKING:
    from vcdesk.core.meetings.recordings import RoomRecordings

log = logging.getLogger(__name__)


def default_thread_cap() -> int:
    """Leave one core to the meeting: ffmpeg's own choice would use them all."""
    return max(1, (os.cpu_count() or 2) - 1)


class Engine:
    def __init__(
        self,
        db_path: Path,
        room: RoomSettings | None = None,
        *,
        meeting_scan_s: float = 2.0,
        watch_scan_s: float = 5.0,
        poll_s: float = 0.25,
        heartbeat_s: float = 2.0,
        lease_s: float = owners.DEFAULT_LEASE_S,
        recover_s: float = 5.0,
        stop_grace_s: float = 5.0,
        ffmpeg: str | None = None,
    ) -> None:
        """`room`: what the room decides (RoomSettings; its defaults when None); the rest
        are the engine's own. `lease_s` matters only for engines on other hosts (see
        owner.py)."""
        self.db_path = db_path
        self.store = JobStore(db_path)
        self.owner = owners.new_owner_id()
        self.poll_s = poll_s
        self.heartbeat_s = heartbeat_s
        self.lease_s = lease_s
        self.recover_s = recover_s
        self.stop_grace_s = stop_grace_s
        self.meeting_scan_s = meeting_scan_s
        self.watch_scan_s = watch_scan_s
        self._ffmpeg = ffmpeg
        self._settings: RoomSettings | None = None
        self._settings_lock = threading.Lock()
        self._gate_decision: GateDecision | None = None
        self._apply(room or RoomSettings())
        self._listeners: list[Listener] = []
        self._runs: dict[int, Conversion] = {}
        self._runs_lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._meeting = False
        self._meeting_auto = False
        self._queue_paused = False
        self._idle = True
        self._data_version = -1
        self.finished: Counter[JobState] = Counter()  # what this engine's jobs ended as
        self._gate_failed = False
        self._meeting_scheduled = False
        self._schedule_failed = False
        self._swept = False
        # Meeting mode by the switch or a client (not the schedule's): the room's meeting
        # records take their actual times from it. None until the first round: what is on
        # at the start may be left from yesterday, not a switch made now.
        self._meeting_actual: bool | None = None
        self._client_seen: datetime | None = None  # when a meeting client last ran
        self._mode_times = MeetingModeTimes(db_path)

    @property
    def settings(self) -> RoomSettings:
        """The room's settings now in force."""
        assert self._settings is not None
        return self._settings

    def reconfigure(self, room: RoomSettings) -> None:
        """The room's settings are now these, as if the engine were made anew, but without
        stopping it. Jobs not yet started get them; a running conversion goes on as it
        started, so a change of room or profile never throws away work done. (The scheduler
        may see old and new settings mixed for one round; every mix is a valid engine.)"""
        if room != self._settings:
            self._apply(room)
            log.info("queue engine: new room settings apply from now on")
        self.wake()

    def _apply(self, room: RoomSettings) -> None:
        with self._settings_lock:
            old, self._settings = self._settings, room
            low, threads = room.low_priority, room.threads
            self.max_parallel: int = room.max_parallel
            self.low_priority: bool = low
            self.threads: int | None = (
                (default_thread_cap() if low else None) if threads == "auto" else threads
            )
            self.output_dir: Path = Path(room.output_dir).expanduser()
            self.preset: str = room.preset
            self._gate: Gate | None = room.gate
            self._scheduled_meeting: ScheduledMeeting | None = room.scheduled_meeting
            self.recordings: RoomRecordings | None = room.recordings

            def changed(*names: str) -> bool:
                return old is None or any(getattr(old, n) != getattr(room, n) for n in names)

            if changed("gate"):
                self._gate_decision = None

            # A new detector or watcher forgets what it saw: made only when its settings change.
            if changed("meeting_processes", "meeting_off_delay_s"):
                self._detector = MeetingDetector(room.meeting_processes, room.meeting_off_delay_s)
            if changed("watch_dirs", "watch_settle_s", "output_dir"):
                self._watch = WatchFolders(
                    room.watch_dirs, room.watch_settle_s, skip=[self.output_dir]
                )

    # listeners

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(event)` from the engine's threads; returns the unsubscriber."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, event: QueueEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("queue listener failed on %s", event.kind)

    # life cycle

    def _context(self) -> Context:
        """What a conversion starting now gets of this engine (conversion.Context)."""
        return Context(
            store=self.store,
            owner=self.owner,
            ffmpeg=lambda: self.ffmpeg,
            low_priority=self.low_priority,
            threads=self.threads,
            hardware=self.settings.hardware,
            stop_grace_s=self.stop_grace_s,
            recordings=self.recordings,
            report=self.emit,
            ended=self._run_ended,
            until=self._next_hold,
        )

    def _next_hold(self) -> datetime | None:
        """The schedule's next hold (conversion.Context.until); None without a schedule, or
        when it fails (the engine's meeting mode still suspends the job in the hold)."""
        hook = self.settings.next_hold
        if hook is None:
            return None
        try:
            return hook(datetime.now(UTC))
        except Exception:
            log.exception("the room schedule failed to say when the next meeting is")
            return None

    @property
    def ffmpeg(self) -> str:
        if self._ffmpeg is None:
            self._ffmpeg = find_ffmpeg()
        return self._ffmpeg

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Engine:
        if self.running:
            return self
        owners.register(self.owner)
        self._stopping.clear()
        self._swept = False  # partial outputs left before are tried again at each start
        self._thread = threading.Thread(target=self._loop, name="vcdesk-queue", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Stop converting: each running ffmpeg is resumed if suspended and terminated, its
        partial output removed, and its job left `interrupted` for the next start."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def close(self) -> None:
        self.stop()
        self.store.close()

    def wake(self) -> None:
        """Look at the queue now rather than at the next poll."""
        self._wake.set()

    def is_empty(self) -> bool:
        """True when no job runs here and none waits to be claimed."""
        with self._runs_lock:
            if self._runs:
                return False
        # Read after the slots: a job claimed meanwhile is then owned here in the database.
        return self.store.nothing_for(self.owner)

    def wait_until_empty(self, timeout: float | None = None) -> bool:
        """Block until `is_empty()`; False on timeout or if the engine stopped."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.is_empty():
            if not self.running or (deadline is not None and time.monotonic() > deadline):
                return False
            time.sleep(self.poll_s)
        return True

    # state others read

    @property
    def meeting_on(self) -> bool:
        return self._meeting

    @property
    def meeting_clients(self) -> list[str]:
        return list(self._detector.clients)

    @property
    def queue_paused(self) -> bool:
        return self._queue_paused

    @property
    def meeting_scheduled(self) -> bool:
        """The room's schedule holds the conversions now (part of `meeting_on`)."""
        return self._meeting_scheduled

    @property
    def gate_decision(self) -> GateDecision | None:
        """The gate's last answer (why waiting jobs wait), or None without a gate."""
        return self._gate_decision

    def active_jobs(self) -> list[int]:
        with self._runs_lock:
            return list(self._runs)

    def process_of(self, job_id: int) -> psutil.Process | None:
        """The ffmpeg process converting a job here, if one runs."""
        with self._runs_lock:
            run = self._runs.get(job_id)
        return None if run is None else run.process()

    # requests (the GUI calls these; the CLI goes to the store, the engine sees it by polling)

    def add(
        self, paths: Iterable[Path], preset: str | None = None, output_dir: Path | None = None
    ) -> list[Job]:
        out = (output_dir or self.output_dir).expanduser()
        jobs = [self.store.add(Path(p).absolute(), out, preset or self.preset) for p in paths]
        for job in jobs:
            self.emit(QueueEvent(EventKind.JOB_ADDED, job.id, job))
        self.wake()
        return jobs

    def _changed(self, job: Job) -> Job:
        self.emit(QueueEvent(EventKind.JOB_CHANGED, job.id, job))
        self.wake()
        return job

    def pause(self, job_id: int) -> Job:
        return self._changed(self.store.pause(job_id))

    def resume(self, job_id: int) -> Job:
        return self._changed(self.store.resume(job_id))

    def cancel(self, job_id: int) -> Job:
        return self._changed(self.store.cancel(job_id))

    def retry(self, job_id: int) -> Job:
        return self._changed(self.store.retry(job_id))

    def move(self, job_id: int, steps: int) -> Job:
        return self._changed(self.store.move(job_id, steps))

    def remove(self, job_id: int) -> None:
        self.store.remove(job_id)
        self.emit(QueueEvent(EventKind.JOB_REMOVED, job_id))

    def pause_queue(self) -> None:
        self.store.set_queue_paused(True)
        self.wake()

    def resume_queue(self) -> None:
        self.store.set_queue_paused(False)
        self.wake()

    def set_meeting(self, on: bool) -> None:
        """The operator's switch; detection of meeting clients may keep it on regardless."""
        self.store.set_meeting_manual(on)
        self.wake()

    # the scheduler

    def _loop(self) -> None:
        # The first round recovers dead engines' jobs before it claims any.
        last_heartbeat = last_recover = last_scan = last_watch = -1e9
        try:
            while not self._stopping.is_set():
                now = time.monotonic()
                try:
                    if now - last_heartbeat >= self.heartbeat_s and self.active_jobs():
                        self.store.heartbeat(self.owner)
                        last_heartbeat = now
                    if now - last_recover >= self.recover_s:
                        self._recover()
                        last_recover = now
                    self._update_meeting(rescan=now - last_scan >= self.meeting_scan_s)
                    if now - last_scan >= self.meeting_scan_s:
                        last_scan = now
                    self._reconcile()
                    if self._watch.dirs and now - last_watch >= self.watch_scan_s:
                        self._poll_watch()
                        last_watch = now
                    self._claim()
                except Exception:
                    # A locked or full database now and then must not end the engine.
                    log.exception("queue engine: this round failed; trying again")
                self._wake.wait(self.poll_s)
                self._wake.clear()
        finally:
            self._shutdown()

    def _recover(self) -> None:
        recovered = self.store.recover(self.owner, self.lease_s, clean_up_after)
        for job in recovered:
            log.warning("job #%d: its engine is gone; now %s", job.id, job.state.value)
            self.emit(QueueEvent(EventKind.JOB_CHANGED, job.id, job))
        if recovered or not self._swept:
            # At each start and recovery, not every round: a folder stays read-only a while.
            self.store.sweep_leftovers(remove_partial)
            self._swept = True
        # Each round of recovery: a job cancelled or removed while no engine ran it has its
        # segments' work folder removed; an interrupted one keeps it to resume.
        sweep_segment_work(self.store)

    def _update_meeting(self, rescan: bool) -> None:
        manual_before = self._meeting_actual and not self._meeting_auto
        if rescan:
            auto = self._detector.poll()
            if self._detector.clients:
                self._client_seen = datetime.now(UTC)
            if auto != self._meeting_auto:
                self._meeting_auto = auto
                self.store.set_meeting_auto(auto)
                log.info(
                    "meeting client %s: meeting mode %s",
                    ", ".join(self._detector.clients) or "gone",
                    "on" if auto else "off after the delay",
                )
        scheduled = self._read_schedule()
        if scheduled != self._meeting_scheduled:
            self._meeting_scheduled = scheduled
            self.store.set_meeting_scheduled(scheduled)
            log.info("room schedule: meeting mode %s", "on" if scheduled else "off")
        actual = self._meeting_auto or self.store.meeting_manual()
        on = actual or self._meeting_scheduled
        if on != self._meeting:
            self._meeting = on
            self.emit(QueueEvent(EventKind.MEETING, meeting=on))
        self._queue_paused = self.store.queue_paused()
        if actual != self._meeting_actual:
            first, self._meeting_actual = self._meeting_actual is None, actual
            if not first and self.recordings is not None:
                # A client's "off" comes after the detector's delay: the meeting ended when
                # the client was last seen. The operator's switch ends it now.
                seen = None if manual_before or actual else self._client_seen
                at = seen or datetime.now(UTC)
                self._mode_times.switched(actual, self.recordings.room, at)

    def _read_schedule(self) -> bool:
        """The schedule's word on meeting mode; if it fails, the last word (logged once)."""
        if self._scheduled_meeting is None:
            return False
        try:
            on = bool(self._scheduled_meeting(datetime.now(UTC)))
        except Exception:
            if not self._schedule_failed:
                log.exception("the room schedule failed; meeting mode stays as it was")
            self._schedule_failed = True
            return self._meeting_scheduled
        self._schedule_failed = False
        return on

    def _reconcile(self) -> None:
        """Apply what the database says (from any process) to the jobs running here."""
        rows = {job.id: job for job in self.store.owned(self.owner)}
        with self._runs_lock:
            runs = dict(self._runs)
        for job_id, run in runs.items():
            job = rows.get(job_id)
            if job is None:
                run.abandon()  # recovered by another engine, or removed: not ours any more
            elif job.state is JobState.CANCELLED:
                run.cancel()
            else:
                run.hold(paused=job.state is JobState.PAUSED, meeting=self._meeting)
        version = self.store.data_version()
        if version != self._data_version:
            if self._data_version != -1:
                self.emit(QueueEvent(EventKind.QUEUE_CHANGED))
            self._data_version = version

    def _poll_watch(self) -> None:
        for job in self._watch.poll(self.store, self.output_dir, self.preset, self.recordings):
            self.emit(QueueEvent(EventKind.JOB_ADDED, job.id, job))

    def _claim(self) -> None:
        while not self._queue_paused and not self._meeting and not self._stopping.is_set():
            with self._runs_lock:
                if len(self._runs) >= self.max_parallel:
                    return
            job = self._claim_next()
            if job is None:
                break
            self._idle = False
            run = Conversion(self._context(), job)
            with self._runs_lock:
                self._runs[job.id] = run
            self.emit(QueueEvent(EventKind.JOB_STARTED, job.id, job))
            run.start()
        with self._runs_lock:
            busy = bool(self._runs)
        if not busy and not self._idle:
            self._idle = True
            self.emit(QueueEvent(EventKind.IDLE))

    def _claim_next(self) -> Job | None:
        """The next job to run here: the first waiting one, or the one the gate allows."""
        if self._gate is None:
            return self.store.claim(self.owner)
        waiting = self.store.waiting()
        if not waiting:
            self._gate_decision = GateDecision(None, "empty")
            return None
        try:
            decision = GateDecision(*self._gate(waiting, datetime.now(UTC)))
        except Exception:
            # Holding is the safe side: a conversion must never delay the next meeting.
            if not self._gate_failed:
                log.exception("the queue's gate failed; no job starts until it answers")
            self._gate_failed = True
            return None
        self._gate_failed = False
        self._gate_decision = decision
        if decision.job_id is None:
            return None
        # None if another engine took it meanwhile: the next round asks the gate again.
        return self.store.claim_job(self.owner, decision.job_id)

    def _run_ended(self, job_id: int, job: Job | None) -> None:
        """Called by a worker as its last act."""
        with self._runs_lock:
            run = self._runs.pop(job_id, None)
        if job is not None and job.state is JobState.DONE and run is not None:
            media_s = run.media_s
            if media_s:
                try:
                    self.store.record_speed(job.preset, media_s, run.active_s())
                except Exception:
                    log.exception("job #%d: could not record its speed", job_id)
        if job is not None and job.state.finished:
            self.finished[job.state] += 1
            self.emit(QueueEvent(EventKind.JOB_FINISHED, job_id, job))
        elif job is not None:
            self.emit(QueueEvent(EventKind.JOB_CHANGED, job_id, job))
        self.wake()

    def _shutdown(self) -> None:
        with self._runs_lock:
            runs = list(self._runs.values())
        for run in runs:
            run.stop()
        for run in runs:
            run.join(self.stop_grace_s + 10)
        owners.unregister(self.owner)
        if self._meeting_auto:  # no engine is watching for meeting clients any more
            try:
                self.store.set_meeting_auto(False)
            except Exception:
                log.exception("could not clear the meeting flag")
            self._meeting_auto = False
        if self._meeting_scheduled:  # nor at the schedule
            try:
                self.store.set_meeting_scheduled(False)
            except Exception:
                log.exception("could not clear the scheduled meeting flag")
            self._meeting_scheduled = False
