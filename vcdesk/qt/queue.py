"""The conversion queue as a QObject: one Engine for the console, its events re-emitted on
the UI thread, and every request to it run on a worker thread.

The engine calls its listeners from its own threads (scheduler, one per job). Each event is
re-emitted through a private signal, which Qt queues onto this object's (UI) thread. Progress
is coalesced there: the latest figure per job is kept and handed on at most every
PROGRESS_INTERVAL_MS, so a busy queue cannot flood the event loop.

Requests (add, pause, move ...) touch SQLite and may wait on its write lock, and starting or
stopping the engine joins threads and ends ffmpeg processes: all of them run on one private
worker thread, in the order they were asked for, so "pause" then "resume" never swap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from vcdesk.core.profile.model import Conversion as ConversionSection
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import Job, QueueError
from vcdesk.core.queue.settings import RoomSettings
from vcdesk.core.session import RoomSession, room_engine_settings
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words.conversions import queue_error_text
from vcdesk.core.words.storage import database_text
from vcdesk.qt.tasks import TaskRunner

log = logging.getLogger(__name__)

# The active room, as the engine's settings come from it: its session (the console: its
# conversion section, schedule gate and meeting hooks, all worked out in core), a conversion
# section alone (an engine without a schedule: tests), or None (the engine's defaults).
Room = RoomSession | ConversionSection | None

# What a dropped folder contributes, and what the file dialog offers first.
RECORDING_SUFFIXES = (".mp4", ".mkv", ".mov", ".m4a", ".webm", ".avi", ".ts", ".flv")
PROGRESS_INTERVAL_MS = 200  # at most ~5 progress updates a second per job


@dataclass
class _Found:
    """What a list of dropped or chosen paths comes to, worked out off the UI thread."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    empty_dirs: list[Path] = field(default_factory=list)


def _expand(paths: Iterable[Path]) -> _Found:
    """Files are taken as given (the operator chose them; the dialog offers "All files" too);
    a folder contributes the recordings inside it, at any depth, in name order."""
    found = _Found()
    for path in paths:
        path = path.expanduser().absolute()
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in RECORDING_SUFFIXES
                and p.is_file()
                # Hidden files are partial outputs (ours or a recorder's): never queue them.
                and not p.name.startswith(".")
            )
            if inside:
                found.files.extend(inside)
            else:
                found.empty_dirs.append(path)
        elif path.is_file():
            found.files.append(path)
        else:
            found.missing.append(path)
    return found


@dataclass(frozen=True)
class _Snapshot:
    jobs: list[Job]
    queue_paused: bool
    meeting_manual: bool


@dataclass(frozen=True)
class _Failure:
    """An expected refusal (wrong state, locked database): said to the operator, not logged
    as a crash."""

    error: Exception


# Events that carry a job's whole new row. (JOB_ADDED's row is the job as first stored: it
# can arrive after the job's start, so it never counts as newer than what is known.)
_ROW_EVENTS = (EventKind.JOB_STARTED, EventKind.JOB_CHANGED, EventKind.JOB_FINISHED)


def _acquire(room: Room) -> Room:
    return room.acquire() if isinstance(room, RoomSession) else room


def _release(room: Room) -> None:
    if isinstance(room, RoomSession):
        room.release()


def _key(room: Room) -> object:
    """Equal keys, the same settings: a session's change with its profile (the console
    applies a changed profile to the session it keeps), a section's are its own."""
    return (room, room.profile) if isinstance(room, RoomSession) else room


class QueueController(QObject):
    """Owns the console's one Engine. Call `start()` once, `configure(room)` whenever the
    active room changes, and `shutdown(timeout)` when the application quits.

    Give it a parent (the main window). A parentless one whose last Python reference goes
    while a worker's answer is still queued is freed from inside that answer's own clean-up,
    which PySide turns into a crash."""

    jobAdded = Signal(object)  # Job
    jobChanged = Signal(object)  # Job: its new row (started, paused, moved, finished ...)
    jobProgress = Signal(int, float, object, object)  # id, percent, speed or None, eta s or None
    jobRemoved = Signal(int)
    jobFinished = Signal(object)  # Job done, failed or cancelled (after jobChanged): the tray
    queueReset = Signal(list)  # list[Job], in queue order: replace the whole list
    # meeting mode on, the meeting clients seen running, a meeting on in the room's schedule
    meetingChanged = Signal(bool, list, bool)
    flagsChanged = Signal(bool, bool)  # queue paused, meeting mode switched on by the operator
    actionFailed = Signal(str)  # a request was refused or failed: words for the operator
    runningChanged = Signal(bool)  # the engine started (True) or stopped (False)

    _event = Signal(object, object)  # QueueEvent, meeting reasons: from the engine's threads
    _progressDue = Signal()

    def __init__(
        self,
        database: Path,
        *,
        engine_options: Mapping[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`engine_options` override Engine settings (tests: quick polling, an output dir)."""
        super().__init__(parent)
        self.database = database
        self._options = dict(engine_options or {})
        self._room: Room = None
        self._room_key: object = None  # what `configure` compares: see _key
        self._engine: Engine | None = None  # set and cleared on the worker thread only
        self._applied: Room = None  # (worker) the room the engine has: one of its users
        self._unsubscribe: Callable[[], None] | None = None
        self._wanted = False  # start() was called and shutdown() was not
        # One thread, first come first served: requests apply in the order they were made.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._worker = TaskRunner(self._pool, self)
        self._refreshing = False
        self._refresh_again = False
        self._newer: dict[int, Job | None] | None = None  # see refresh()
        self._added: dict[int, Job] = {}
        self._flag_requests = 0  # queue-wide switches asked for and not yet applied
        self._lock = threading.Lock()
        self._pending: dict[int, QueueEvent] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_INTERVAL_MS)
        self._timer.timeout.connect(self._flush_progress)
        self._event.connect(self._dispatch)
        self._progressDue.connect(self._schedule_flush)

    # -- state read without touching the database --------------------------------------

    @property
    def engine(self) -> Engine | None:
        """The engine now in use (tests and diagnostics; may change on configure)."""
        return self._engine

    @property
    def meeting_on(self) -> bool:
        engine = self._engine
        return engine is not None and engine.meeting_on

    @property
    def meeting_clients(self) -> list[str]:
        engine = self._engine
        return engine.meeting_clients if engine is not None else []

    @property
    def meeting_scheduled(self) -> bool:
        engine = self._engine
        return engine is not None and engine.meeting_scheduled

    @property
    def output_dir(self) -> Path | None:
        engine = self._engine
        return engine.output_dir if engine is not None else None

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start converting (on the worker thread), then send the job list (queueReset)."""
        if self._wanted:
            return
        self._wanted = True
        self._drop_progress(None)
        room = _acquire(self._room)
        self._submit(lambda: self._take(room, self._open), None, self.tr("start the queue"))
        self.refresh()

    def configure(self, room: Room) -> None:
        """The active room changed: its settings apply from now on. A RoomSession's are
        `session.engine_settings()`, read on the worker thread (its gate opens the database
        the first time). The engine goes on (Engine.reconfigure): a running conversion
        finishes as it started, and the new settings apply to the jobs after it. The same
        session with the same profile, or an equal section: nothing happens.

        A session is one of its users from here until the engine has taken the next room's
        settings (or stopped): then released, on the worker (see RoomSession.acquire). Its
        owner keeps it open until start() or the next configure."""
        key = _key(room)
        if key == self._room_key:
            return
        self._room, self._room_key = room, key
        if not self._wanted:
            return

        def reconfigure(room: Room) -> None:
            if self._engine is None:
                self._open(room)
            else:
                self._engine.reconfigure(self._settings(room)[0])

        held = _acquire(room)
        self._submit(
            lambda: self._take(held, reconfigure),
            None,
            self.tr("apply the room's conversion settings"),
        )
        self.refresh()

    def _take(self, room: Room, apply: Callable[[Room], None]) -> None:
        """(on the worker) `apply(room)`, whose reference was taken when it was asked for:
        the engine then has it, and lets go of the room it had (released, closed when its
        last user). If it fails, the engine still has the room it had."""
        try:
            apply(room)
        except BaseException:
            _release(room)
            raise
        old, self._applied = self._applied, room
        _release(old)

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Stop the engine and wait up to `timeout` s for it (blocks: call it on quit, once
        the window is gone). Running jobs become interrupted and run again at the next start.
        True when everything stopped in time. Final: requests made after it are dropped."""
        self._wanted = False
        self._timer.stop()
        self._submit(lambda: self._close(timeout), None, self.tr("stop the queue"))
        # Nothing starts on the worker after this: a request made now (a refresh an engine
        # event asked for) would run while Qt deletes this object, and emit on it.
        done: bool = self._worker.close(int(timeout * 1000) + 2000)
        self._drop_progress(None)  # the flush timer is stopped: figures left would stick
        return done

    def _settings(self, room: Room) -> tuple[RoomSettings, dict[str, Any]]:
        """(on the worker) The room's settings as core works them out, with our own
        overrides, and the engine's own options."""
        if isinstance(room, RoomSession):
            settings = room.engine_settings()
        else:
            settings = room_engine_settings(room) if room is not None else RoomSettings()
        own, options = RoomSettings.split(self._options)
        return dataclasses.replace(settings, **own), options

    def _open(self, room: Room) -> None:
        settings, options = self._settings(room)
        engine = Engine(self.database, settings, **options)
        self._unsubscribe = engine.subscribe(self._listen)
        self._engine = engine
        # A new engine starts with meeting mode off and says so only when it goes on: clear
        # what the previous engine left on screen, before this one can send anything.
        self._listen(QueueEvent(EventKind.MEETING, meeting=False))
        engine.start()
        # From the worker: Qt queues it to the UI thread. RuntimeError ("Signal source has
        # been deleted"): the console is quitting and the controller is gone.
        with contextlib.suppress(RuntimeError):
            self.runningChanged.emit(True)

    def _close(self, timeout: float) -> None:
        engine, self._engine = self._engine, None
        if engine is None:
            return
        try:
            # Still listening while it stops: its jobs turning `interrupted` are news.
            engine.stop(timeout)
        finally:
            if self._unsubscribe is not None:
                self._unsubscribe()
                self._unsubscribe = None
            engine.store.close()
        room, self._applied = self._applied, None
        _release(room)  # stopped: it calls the room's gate no more
        # RuntimeError: the controller is gone, the application is quitting.
        with contextlib.suppress(RuntimeError):
            self.runningChanged.emit(False)

    # -- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the job list and the queue's flags (worker thread), then emit queueReset and
        flagsChanged. Overlapping calls come to one more read. (Meeting mode comes only from
        the engine's own events, which arrive in order: a read could overtake one.)"""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        # Rows the engine's events deliver while the read is under way: the read may have
        # happened before them, so they win over its rows (else a job seen converting
        # would show as waiting again until its next event).
        newer: dict[int, Job | None] = {}
        added: dict[int, Job] = {}  # jobs the read may have missed, as first stored
        self._newer, self._added = newer, added

        def read() -> _Snapshot | None:
            engine = self._engine
            if engine is None:
                return None  # not started: start() reads once the engine is there
            store = engine.store
            return _Snapshot(store.jobs(), store.queue_paused(), store.meeting_manual())

        def done(snapshot: _Snapshot | None) -> None:
            self._refreshing = False
            self._newer = None
            if snapshot is not None:
                jobs = [newer.get(job.id, job) for job in snapshot.jobs]
                known = {job.id for job in snapshot.jobs}
                late = {**added, **newer}  # what the read missed: the newest row of each
                jobs += [job for job_id, job in late.items() if job_id not in known]
                self.queueReset.emit([job for job in jobs if job is not None])
                if not self._flag_requests:  # else a newer switch is on its way: no flicker
                    self.flagsChanged.emit(snapshot.queue_paused, snapshot.meeting_manual)
            if self._refresh_again:
                self._refresh_again = False
                self.refresh()

        self._submit(read, done, self.tr("read the queue"), always=lambda: done(None))

    # -- requests --------------------------------------------------------------------------

    def add_files(self, paths: Iterable[str | os.PathLike[str]], preset: str | None = None) -> None:
        """Queue recordings. A folder adds the recordings inside it (RECORDING_SUFFIXES);
        paths that are not there are reported through actionFailed."""
        chosen = [Path(p) for p in paths]
        if not chosen:
            return

        def add() -> _Found:
            found = _expand(chosen)
            if found.files:
                self._require().add(found.files, preset=preset)
            return found

        def done(found: _Found) -> None:
            problems = [
                self.tr("%1 is not there any more.").replace("%1", str(p)) for p in found.missing
            ] + [
                self.tr("The folder %1 holds no recordings (%2).")
                .replace("%1", str(p))
                .replace("%2", " ".join(RECORDING_SUFFIXES))
                for p in found.empty_dirs
            ]
            if problems:
                self.actionFailed.emit(" ".join(problems))

        self._submit(add, done, self.tr("add the recordings"))

    def pause(self, job_id: int) -> None:
        self._job_request(job_id, lambda e: e.pause(job_id), self.tr("pause job #%1"))

    def resume(self, job_id: int) -> None:
        self._job_request(job_id, lambda e: e.resume(job_id), self.tr("resume job #%1"))

    def cancel(self, job_id: int) -> None:
        self._job_request(job_id, lambda e: e.cancel(job_id), self.tr("cancel job #%1"))

    def retry(self, job_id: int) -> None:
        self._job_request(job_id, lambda e: e.retry(job_id), self.tr("retry job #%1"))

    def remove(self, job_id: int) -> None:
        self._job_request(job_id, lambda e: e.remove(job_id), self.tr("remove job #%1"))

    def move(self, job_id: int, steps: int) -> None:
        """`steps` places later (negative: earlier) among the jobs not yet started."""

        def move() -> None:
            self._require().move(job_id, steps)

        # The jobs it passed moved too, and events only carry the one asked for: read the
        # list again, through refresh so that newer engine news is not undone.
        self._submit(
            move, lambda _: self.refresh(), self.tr("move job #%1").replace("%1", str(job_id))
        )

    def pause_queue(self) -> None:
        self._queue_request(lambda e: e.pause_queue(), self.tr("pause the queue"))

    def resume_queue(self) -> None:
        self._queue_request(lambda e: e.resume_queue(), self.tr("resume the queue"))

    def set_meeting(self, on: bool) -> None:
        """The operator's meeting switch. Meeting clients running keep meeting mode on."""
        self._queue_request(lambda e: e.set_meeting(on), self.tr("switch meeting mode"))

    def _job_request(self, job_id: int, call: Callable[[Engine], object], what: str) -> None:
        self._submit(lambda: call(self._require()), None, what.replace("%1", str(job_id)))

    def _queue_request(self, call: Callable[[Engine], object], what: str) -> None:
        self._flag_requests += 1

        def settled() -> None:
            self._flag_requests -= 1
            self.refresh()  # shows the flags as they are now, whether it worked or not

        self._submit(lambda: call(self._require()), lambda _: settled(), what, always=settled)

    def _require(self) -> Engine:
        engine = self._engine
        if engine is None:
            raise QueueError("not_running")
        return engine

    def _submit(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        what: str,
        always: Callable[[], None] | None = None,
    ) -> None:
        """Run `func` on the worker thread; `on_done(result)` back here, or actionFailed
        naming `what` could not be done and why. `always` runs instead of on_done on failure."""

        def guarded() -> Any:
            try:
                return func()
            except (QueueError, DatabaseError, OSError) as exc:
                return _Failure(exc)

        def done(result: Any, error: Exception | None) -> None:
            if isinstance(result, _Failure):
                error = result.error
            if error is not None:
                if always is not None:
                    always()
                self.actionFailed.emit(self._explain(what, error))
            elif on_done is not None:
                on_done(result)

        self._worker.run(guarded, done)

    def _explain(self, what: str, error: Exception) -> str:
        if isinstance(error, QueueError):
            detail = queue_error_text(error)
        elif isinstance(error, DatabaseError):
            detail = database_text(error)
        elif isinstance(error, OSError):
            detail = error.strerror or str(error)
        else:  # a bug: said plainly, with where to find the details
            detail = self.tr("an internal error (%1); the log file has the details").replace(
                "%1", type(error).__name__
            )
        return self.tr("Could not %1: %2.").replace("%1", what).replace("%2", detail.rstrip("."))

    # -- events from the engine's threads ----------------------------------------------------

    def _listen(self, event: QueueEvent) -> None:
        """Runs on an engine thread: nothing here may touch widgets or block."""
        try:
            if event.kind is EventKind.JOB_PROGRESS and event.job_id is not None:
                with self._lock:
                    first = not self._pending
                    self._pending[event.job_id] = event
                if first:
                    self._progressDue.emit()
                return
            reasons = None
            if event.kind is EventKind.MEETING:
                engine = self._engine
                if engine is not None:
                    reasons = (engine.meeting_clients, engine.meeting_scheduled)
            self._event.emit(event, reasons)
        except RuntimeError:  # the controller was deleted while the engine still ran
            log.debug("queue event after the controller was deleted: %s", event.kind)

    def _dispatch(self, event: QueueEvent, reasons: tuple[list[str], bool] | None) -> None:
        kind, job = event.kind, event.job
        if self._newer is not None:
            if job is not None and kind in _ROW_EVENTS:
                self._newer[job.id] = job
            elif job is not None and kind is EventKind.JOB_ADDED:
                self._added.setdefault(job.id, job)
            elif kind is EventKind.JOB_REMOVED and event.job_id is not None:
                self._newer[event.job_id] = None
        if kind is EventKind.JOB_ADDED and job is not None:
            self.jobAdded.emit(job)
        elif kind in (EventKind.JOB_STARTED, EventKind.JOB_CHANGED) and job is not None:
            self.jobChanged.emit(job)
        elif kind is EventKind.JOB_FINISHED and job is not None:
            self._drop_progress(job.id)  # the final row says it all; older figures would not
            self.jobChanged.emit(job)
            self.jobFinished.emit(job)
        elif kind is EventKind.JOB_REMOVED and event.job_id is not None:
            self._drop_progress(event.job_id)
            self.jobRemoved.emit(event.job_id)
        elif kind is EventKind.MEETING:
            clients, scheduled = reasons or ([], False)
            self.meetingChanged.emit(bool(event.meeting), list(clients), scheduled)
            self.refresh()  # the operator's switch may have changed with it
        elif kind is EventKind.QUEUE_CHANGED or (
            kind in (EventKind.JOB_CHANGED, EventKind.JOB_STARTED) and job is None
        ):
            self.refresh()  # another process (CLI, engine) changed the database

    def _schedule_flush(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _flush_progress(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        for job_id, event in pending.items():
            self.jobProgress.emit(job_id, float(event.progress or 0.0), event.speed, event.eta_s)

    def _drop_progress(self, job_id: int | None) -> None:
        """Forget the figures waiting for the next flush: one job's, or (None) all."""
        with self._lock:
            if job_id is None:
                self._pending.clear()
            else:
                self._pending.pop(job_id, None)
