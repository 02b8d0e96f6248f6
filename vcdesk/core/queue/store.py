"""The queue in SQLite: the one truth that the GUI, the CLI and every engine share.

Requests (pause, cancel, ...) only change a job's row; the engine that owns a running job
sees the change on its next poll and acts on its ffmpeg. So `vcdesk queue cancel 3` in a
terminal and a click in the console do the same thing, whichever process runs the job.
Every write that depends on what it read takes the write lock first (BEGIN IMMEDIATE): two
engines never claim the same job, and a request never races a job's completion.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from vcdesk.core.convert.errors import Reason
from vcdesk.core.queue.jobs import WAITING, Job, JobNotFound, JobState, QueueError
from vcdesk.core.queue.owner import DEFAULT_LEASE_S, owner_alive
from vcdesk.core.storage import connect, writing

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.5  # at most this often is a job's progress written
_QUEUE_PAUSED = "queue_paused"
_MEETING_MANUAL = "meeting_manual"
_MEETING_AUTO = "meeting_auto"
_MEETING_SCHEDULED = "meeting_scheduled"
# Partial outputs that could not be removed (a read-only folder): a JSON list of the exact
# paths the conversions wrote, tried again at every engine start until they are gone.
_LEFTOVERS = "leftover_parts"
# Segmented transcodes' work folders (vcdesk.core.convert.segments), by job id: kept while
# the job may resume, removed once it is done, failed, cancelled or removed. JSON object
# {job id: {"folder": path, "encoder": name or null}}; the encoder is pinned so that a resume
# never joins segments made by two different encoders.
_SEGMENT_WORK = "segment_work"
SPEED_HISTORY = 20  # recent runs kept per preset in conversion_speed


def now_iso() -> str:
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


assert tuple(WAITING) == (JobState.QUEUED, JobState.INTERRUPTED), "update the SQL below"


def failure(reason: Reason) -> dict[str, Any]:
    """The fields that record why a job stopped: its code and values (worded in each
    reader's language) and the English words, for the log and older readers."""
    return {
        "error_code": reason.code,
        "error_params": json.dumps(reason.params, ensure_ascii=False),
        "error": reason.message,
    }


# No reason any more (claimed again, retried).
_NO_FAILURE = {"error_code": None, "error_params": None, "error": None}


class JobStore:
    """One connection to the queue tables. Safe to share between threads (one lock)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._conn = connect(db_path)
        self._lock = threading.RLock()
        self._last_progress: dict[int, float] = {}

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        return writing(self._conn, self._lock)

    def _fetch(self, conn: sqlite3.Connection, job_id: int) -> Job:
        row = conn.execute("SELECT * FROM queue_job WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise JobNotFound("not_found", job_id=job_id)
        return Job.from_row(row)

    def _update(self, conn: sqlite3.Connection, job_id: int, **fields: Any) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        conn.execute(
            f"UPDATE queue_job SET {assignments} WHERE id = ?",  # noqa: S608 (names are ours)
            (*fields.values(), job_id),
        )

    # reading

    def get(self, job_id: int) -> Job:
        with self._lock:
            return self._fetch(self._conn, job_id)

    def jobs(self, states: Iterable[JobState] | None = None) -> list[Job]:
        """Every job in queue order, as a reader should see it: one whose engine is gone
        (killed, crashed) shows as it will be once an engine recovers it (see `as_seen`)."""
        wanted = None if states is None else set(states)
        with self._lock:
            rows = self._conn.execute("SELECT * FROM queue_job ORDER BY position, id").fetchall()
        alive: dict[str, bool] = {}
        jobs = [as_seen(Job.from_row(row), alive) for row in rows]
        return [job for job in jobs if wanted is None or job.state in wanted]

    def waiting(self) -> list[Job]:
        """The jobs an engine may claim, in queue order (by the state index, not a scan)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM queue_job WHERE state IN ('queued', 'interrupted')"
                " ORDER BY position, id"
            ).fetchall()
        return [Job.from_row(row) for row in rows]

    def nothing_for(self, owner: str) -> bool:
        """No job waits to be claimed and none is held by `owner` (one consistent read)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM queue_job WHERE state IN ('queued', 'interrupted')"
                " OR owner = ? LIMIT 1",
                (owner,),
            ).fetchone()
        return row is None

    def data_version(self) -> int:
        """Changes whenever another connection (process, engine) commits a change."""
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # adding and ordering

    def add(self, source: Path, output_dir: Path, preset: str, origin: str = "manual") -> Job:
        with self._write() as conn:
            return self._insert(conn, source, output_dir, preset, origin)

    def _insert(
        self, conn: sqlite3.Connection, source: Path, output_dir: Path, preset: str, origin: str
    ) -> Job:
        position = conn.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM queue_job").fetchone()
        cur = conn.execute(
            "INSERT INTO queue_job (input, output_dir, preset, state, position, origin, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                str(source),
                str(output_dir),
                preset,
                JobState.QUEUED.value,
                position[0],
                origin,
                now_iso(),
            ),
        )
        assert cur.lastrowid is not None
        return self._fetch(conn, cur.lastrowid)

    def add_watched(
        self, source: Path, size: int, mtime_ns: int, output_dir: Path, preset: str
    ) -> Job | None:
        """Queue a file found in a watch folder, unless this very file (path, size and
        modification time) was queued before: then None."""
        with self._write() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO queue_watch_seen (path, size, mtime_ns, seen)"
                " VALUES (?, ?, ?, ?)",
                (str(source), size, mtime_ns, now_iso()),
            )
            if cur.rowcount == 0:
                return None
            job = self._insert(conn, source, output_dir, preset, "watch")
            conn.execute(
                "UPDATE queue_watch_seen SET job_id = ? WHERE path = ? AND size = ?"
                " AND mtime_ns = ?",
                (job.id, str(source), size, mtime_ns),
            )
            return job

    def is_output(self, path: Path) -> bool:
        """True when `path` is a file this queue wrote (a watch folder must not requeue it)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM queue_job WHERE output = ? OR temp_path = ? LIMIT 1",
                (str(path), str(path)),
            ).fetchone()
        return row is not None

    def move(self, job_id: int, steps: int) -> Job:
        """Move a waiting or paused job `steps` places later (negative: earlier) among the
        jobs not yet started."""
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.owner is not None or job.state.finished or job.state is JobState.RUNNING:
                raise QueueError("not_waiting", job_id=job_id, state=job.state.value)
            pending = [
                (row[0], row[1])
                for row in conn.execute(
                    "SELECT id, position FROM queue_job WHERE owner IS NULL AND state IN"
                    " ('queued', 'interrupted', 'paused') ORDER BY position, id"
                )
            ]
            ids = [pid for pid, _ in pending]
            positions = sorted(pos for _, pos in pending)
            index = ids.index(job_id)
            ids.insert(max(0, min(len(ids) - 1, index + steps)), ids.pop(index))
            for new_id, position in zip(ids, positions, strict=True):
                conn.execute("UPDATE queue_job SET position = ? WHERE id = ?", (position, new_id))
            return self._fetch(conn, job_id)

    # requests on one job

    def pause(self, job_id: int) -> Job:
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.state is JobState.PAUSED:
                return job
            if job.state.finished:
                raise QueueError("nothing_to_pause", job_id=job_id, state=job.state.value)
            self._update(conn, job_id, state=JobState.PAUSED.value)
            return self._fetch(conn, job_id)

    def resume(self, job_id: int) -> Job:
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.state is not JobState.PAUSED:
                if job.state in (JobState.QUEUED, JobState.RUNNING, JobState.INTERRUPTED):
                    return job
                raise QueueError("not_paused", job_id=job_id, state=job.state.value)
            # A job paused mid-run still has its (suspended) ffmpeg: it goes on running.
            state = JobState.RUNNING if job.owner is not None else JobState.QUEUED
            self._update(conn, job_id, state=state.value)
            return self._fetch(conn, job_id)

    def cancel(self, job_id: int) -> Job:
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.state is JobState.CANCELLED:
                return job
            if job.state.finished:
                raise QueueError("nothing_to_cancel", job_id=job_id, state=job.state.value)
            self._update(
                conn,
                job_id,
                state=JobState.CANCELLED.value,
                finished=now_iso(),
                eta_s=None,
                **failure(Reason("cancelled")),
            )
            return self._fetch(conn, job_id)

    def retry(self, job_id: int) -> Job:
        with self._write() as conn:
            job = self._released(conn, self._fetch(conn, job_id))
            if job.state not in (JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED):
                raise QueueError("not_retryable", job_id=job_id, state=job.state.value)
            if job.owner is not None:
                raise QueueError("still_stopping", job_id=job_id)
            position = conn.execute("SELECT MAX(position) + 1 FROM queue_job").fetchone()[0]
            self._update(
                conn,
                job_id,
                state=JobState.QUEUED.value,
                position=position,
                progress=0.0,
                speed=None,
                eta_s=None,
                **_NO_FAILURE,
                output=None,
                output_bytes=None,
                finished=None,
            )
            return self._fetch(conn, job_id)

    def remove(self, job_id: int) -> None:
        with self._write() as conn:
            job = self._released(conn, self._fetch(conn, job_id))
            if job.owner is not None:
                raise QueueError("in_engine", job_id=job_id, state=job.state.value)
            conn.execute("DELETE FROM queue_job WHERE id = ?", (job_id,))

    # queue-wide flags

    def _flag(self, key: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT value FROM queue_setting WHERE key = ?", (key,)
            ).fetchone()
        return row is not None and row[0] == "1"

    def _set_flag(self, key: str, on: bool) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT INTO queue_setting (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, "1" if on else "0"),
            )

    def queue_paused(self) -> bool:
        return self._flag(_QUEUE_PAUSED)

    def set_queue_paused(self, paused: bool) -> None:
        self._set_flag(_QUEUE_PAUSED, paused)

    def meeting_manual(self) -> bool:
        return self._flag(_MEETING_MANUAL)

    def set_meeting_manual(self, on: bool) -> None:
        self._set_flag(_MEETING_MANUAL, on)

    def meeting_auto(self) -> bool:
        """What a running engine last saw of the meeting clients (for display elsewhere)."""
        return self._flag(_MEETING_AUTO)

    def set_meeting_auto(self, on: bool) -> None:
        self._set_flag(_MEETING_AUTO, on)

    def meeting_scheduled(self) -> bool:
        """What a running engine last read from the room's schedule (for display elsewhere)."""
        return self._flag(_MEETING_SCHEDULED)

    def set_meeting_scheduled(self, on: bool) -> None:
        self._set_flag(_MEETING_SCHEDULED, on)

    # the engine's side

    def claim(self, owner: str) -> Job | None:
        """Take the first waiting job for `owner`, or None. Atomic across processes."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT id FROM queue_job WHERE state IN ('queued', 'interrupted')"
                " ORDER BY position, id LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            self._update(
                conn,
                row[0],
                state=JobState.RUNNING.value,
                owner=owner,
                heartbeat=time.time(),
                attempts=self._fetch(conn, row[0]).attempts + 1,
                started=now_iso(),
                finished=None,
                speed=None,
                eta_s=None,
                **_NO_FAILURE,
            )
            return self._fetch(conn, row[0])

    def claim_job(self, owner: str, job_id: int) -> Job | None:
        """Take this one job for `owner` if it still waits (a gate chose it), else None.
        Atomic across processes, like `claim`."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT attempts FROM queue_job WHERE id = ?"
                " AND state IN ('queued', 'interrupted')",
                (job_id,),
            ).fetchone()
            if row is None:
                return None
            self._update(
                conn,
                job_id,
                state=JobState.RUNNING.value,
                owner=owner,
                heartbeat=time.time(),
                attempts=row[0] + 1,
                started=now_iso(),
                finished=None,
                speed=None,
                eta_s=None,
                **_NO_FAILURE,
            )
            return self._fetch(conn, job_id)

    def owned(self, owner: str) -> list[Job]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM queue_job WHERE owner = ? ORDER BY position", (owner,)
            ).fetchall()
        return [Job.from_row(row) for row in rows]

    def heartbeat(self, owner: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE queue_job SET heartbeat = ? WHERE owner = ?", (time.time(), owner))

    def set_fields(self, job_id: int, owner: str, **fields: Any) -> bool:
        """Update a job this owner still holds; False when it holds it no more."""
        with self._write() as conn:
            cur = conn.execute(
                "SELECT 1 FROM queue_job WHERE id = ? AND owner = ?", (job_id, owner)
            ).fetchone()
            if cur is None:
                return False
            self._update(conn, job_id, **fields)
            return True

    def update_progress(
        self,
        job_id: int,
        owner: str,
        progress: float,
        speed: float | None,
        eta_s: float | None,
        *,
        force: bool = False,
    ) -> bool:
        """Record progress, at most every PROGRESS_INTERVAL_S unless forced. True if written."""
        now = time.monotonic()
        if not force and now - self._last_progress.get(job_id, -1e9) < PROGRESS_INTERVAL_S:
            return False
        self._last_progress[job_id] = now
        return self.set_fields(job_id, owner, progress=progress, speed=speed, eta_s=eta_s)

    def finish(
        self,
        job_id: int,
        owner: str,
        state: JobState,
        place: Callable[[sqlite3.Connection], dict[str, Any]] | None = None,
        **fields: Any,
    ) -> bool:
        """End a job this owner runs. `place` (moving the verified output into place) runs
        inside the same write transaction, given its connection, so a cancel cannot slip
        between it and `done`, and what it writes besides (the archive's row of a meeting's
        recording) is seen with `done` or not at all; it returns more fields to record.
        False (and `place` not run) if the job was meanwhile cancelled or taken from this
        owner."""
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.owner != owner or job.state not in (JobState.RUNNING, JobState.PAUSED):
                return False
            if place is not None:
                fields.update(place(conn))
            self._update(
                conn,
                job_id,
                state=state.value,
                owner=None,
                heartbeat=None,
                pid=None,
                pid_created=None,
                temp_path=None,
                eta_s=None if state is not JobState.DONE else 0.0,
                finished=now_iso(),
                **fields,
            )
        self._last_progress.pop(job_id, None)
        return True

    def release(self, job_id: int, owner: str, **fields: Any) -> bool:
        """Let go of a job (stopped, cancelled) keeping its state; partial output is gone."""
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.owner != owner:
                return False
            extra: dict[str, Any] = {}
            if job.state is JobState.RUNNING:
                extra = {
                    "state": JobState.INTERRUPTED.value,
                    **failure(Reason("interrupted", case="stopped")),
                }
            # Nothing of the work is kept: its progress is back to nothing, not where it was.
            self._update(
                conn,
                job_id,
                owner=None,
                heartbeat=None,
                pid=None,
                pid_created=None,
                temp_path=None,
                progress=0.0,
                speed=None,
                eta_s=None,
                **{**extra, **fields},
            )
        self._last_progress.pop(job_id, None)
        return True

    def give_back(self, job_id: int, owner: str, progress: float, pace: float | None) -> bool:
        """A running job this owner lets go of to wait again at its place in the queue, its
        work so far kept (a segmented transcode ahead of a meeting): queued, at `progress`,
        with the pace its segments went at as its speed (what the next gap is judged by)."""
        with self._write() as conn:
            job = self._fetch(conn, job_id)
            if job.owner != owner or job.state is not JobState.RUNNING:
                return False
            self._update(
                conn,
                job_id,
                state=JobState.QUEUED.value,
                owner=None,
                heartbeat=None,
                pid=None,
                pid_created=None,
                temp_path=None,
                progress=progress,
                speed=pace,
                eta_s=None,
                **_NO_FAILURE,
            )
        self._last_progress.pop(job_id, None)
        return True

    def recover(self, me: str, lease_s: float, clean_up: Callable[[Job], Path | None]) -> list[Job]:
        """Free the jobs of engines that are gone: `clean_up` stops a leftover ffmpeg and
        removes partial output (under the write lock, so nobody reclaims the job first),
        returning a partial it could not remove, which is remembered (see `leftovers`);
        a running job becomes `interrupted` (to be run again), a paused or cancelled one
        keeps its state. Finished work is never touched."""
        recovered = []
        with self._write() as conn:
            rows = conn.execute(
                "SELECT * FROM queue_job WHERE owner IS NOT NULL AND owner != ?", (me,)
            ).fetchall()
            for job in map(Job.from_row, rows):
                assert job.owner is not None
                if owner_alive(job.owner, job.heartbeat, lease_s):
                    continue
                self._recover_job(conn, job, clean_up)
                recovered.append(self._fetch(conn, job.id))
        return recovered

    def _recover_job(
        self, conn: sqlite3.Connection, job: Job, clean_up: Callable[[Job], Path | None]
    ) -> None:
        left = clean_up(job)
        if left is not None:
            self._remember(conn, left)
        fields: dict[str, Any] = {
            "owner": None,
            "heartbeat": None,
            "pid": None,
            "pid_created": None,
            "temp_path": None,
            "eta_s": None,
            "speed": None,
        }
        if job.state is JobState.RUNNING:
            fields.update(
                state=JobState.INTERRUPTED.value,
                progress=0.0,
                **failure(Reason("interrupted", case="crash")),
            )
        else:
            fields["progress"] = 0.0
        self._update(conn, job.id, **fields)

    def _released(self, conn: sqlite3.Connection, job: Job) -> Job:
        """`job` freed from an engine that is gone (as `recover` would, which may not happen
        soon if no engine starts), so retry or remove need not wait for one. Its partial is
        left to the next engine's sweep: ffmpeg died with its engine, and a command that
        only edits the queue removes no files."""
        if job.owner is None or owner_alive(job.owner, job.heartbeat, DEFAULT_LEASE_S):
            return job
        self._recover_job(conn, job, lambda _gone: None)
        known = self._leftovers(conn)
        if job.temp_path and Path(job.temp_path) not in known:
            self._store_leftovers(conn, [*known, Path(job.temp_path)])
        return self._fetch(conn, job.id)

    # partial outputs that could not be removed

    def leftovers(self) -> list[Path]:
        with self._lock:
            return self._leftovers(self._conn)

    def remember_leftover(self, path: Path) -> None:
        """A partial output that could not be removed now: tried again at each start."""
        with self._write() as conn:
            self._remember(conn, path)

    def sweep_leftovers(self, remove: Callable[[Path], bool]) -> list[Path]:
        """Try `remove` on every remembered partial (outside the lock: a slow disk must not
        hold the queue); forget those it removed. Returns the ones still there."""
        gone = [path for path in self.leftovers() if remove(path)]
        if not gone:
            return self.leftovers()
        with self._write() as conn:
            left = [path for path in self._leftovers(conn) if path not in gone]
            self._store_leftovers(conn, left)
        for path in gone:
            log.info("removed the partial output %s at last", path)
        return left

    def _leftovers(self, conn: sqlite3.Connection) -> list[Path]:
        row = conn.execute(
            "SELECT value FROM queue_setting WHERE key = ?", (_LEFTOVERS,)
        ).fetchone()
        try:
            paths = json.loads(row[0]) if row is not None else []
        except ValueError:
            return []
        return [Path(p) for p in paths if isinstance(p, str)] if isinstance(paths, list) else []

    def _remember(self, conn: sqlite3.Connection, path: Path) -> None:
        known = self._leftovers(conn)
        if path in known:
            return
        self._store_leftovers(conn, [*known, path])
        # Said once; each later start tries again quietly and says when it is gone.
        log.warning(
            "could not remove the partial output %s; vcdesk tries again at each start", path
        )

    def _store_leftovers(self, conn: sqlite3.Connection, paths: list[Path]) -> None:
        value = json.dumps([str(p) for p in paths], ensure_ascii=False)
        conn.execute(
            "INSERT INTO queue_setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_LEFTOVERS, value),
        )

    # segmented transcodes' work folders

    def segment_works(self) -> dict[int, dict[str, Any]]:
        with self._lock:
            return self._segment_works(self._conn)

    def remember_segment_work(self, job_id: int, folder: Path, encoder: str | None) -> None:
        with self._write() as conn:
            works = self._segment_works(conn)
            works[job_id] = {"folder": str(folder), "encoder": encoder}
            self._store_segment_works(conn, works)

    def forget_segment_work(self, job_id: int) -> None:
        with self._write() as conn:
            works = self._segment_works(conn)
            if works.pop(job_id, None) is not None:
                self._store_segment_works(conn, works)

    def finished_segment_works(self) -> dict[int, Path]:
        """Work folders no run will resume: their job is gone or ended (done, failed,
        cancelled) and no engine holds it (a running one discards its own)."""
        with self._lock:
            works = self._segment_works(self._conn)
            ended = {}
            for job_id, entry in works.items():
                row = self._conn.execute(
                    "SELECT state, owner FROM queue_job WHERE id = ?", (job_id,)
                ).fetchone()
                if row is None or (row[1] is None and JobState(row[0]).finished):
                    ended[job_id] = Path(entry["folder"])
            return ended

    def _segment_works(self, conn: sqlite3.Connection) -> dict[int, dict[str, Any]]:
        row = conn.execute(
            "SELECT value FROM queue_setting WHERE key = ?", (_SEGMENT_WORK,)
        ).fetchone()
        try:
            data = json.loads(row[0]) if row is not None else {}
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            int(k): v
            for k, v in data.items()
            if k.isdigit() and isinstance(v, dict) and isinstance(v.get("folder"), str)
        }

    def _store_segment_works(
        self, conn: sqlite3.Connection, works: dict[int, dict[str, Any]]
    ) -> None:
        value = json.dumps({str(k): v for k, v in works.items()}, ensure_ascii=False)
        conn.execute(
            "INSERT INTO queue_setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_SEGMENT_WORK, value),
        )

    # how fast this machine converts (the schedule's estimates)

    def record_speed(self, preset: str, media_s: float, wall_s: float) -> None:
        """One finished run; only the last SPEED_HISTORY of a preset are kept."""
        if media_s <= 0 or wall_s <= 0:
            return
        with self._write() as conn:
            conn.execute(
                "INSERT INTO conversion_speed (preset, media_s, wall_s, finished)"
                " VALUES (?, ?, ?, ?)",
                (preset, media_s, wall_s, now_iso()),
            )
            conn.execute(
                "DELETE FROM conversion_speed WHERE preset = ? AND id NOT IN"
                " (SELECT id FROM conversion_speed WHERE preset = ? ORDER BY id DESC LIMIT ?)",
                (preset, preset, SPEED_HISTORY),
            )

    def speed_samples(self, preset: str, limit: int = SPEED_HISTORY) -> list[tuple[float, float]]:
        """The most recent (media seconds, wall seconds) runs of a preset, newest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT media_s, wall_s FROM conversion_speed WHERE preset = ?"
                " ORDER BY id DESC LIMIT ?",
                (preset, limit),
            ).fetchall()
        return [(float(r[0]), float(r[1])) for r in rows]


def as_seen(job: Job, alive: dict[str, bool] | None = None) -> Job:
    """A job as it really stands. One held by an engine that is gone still says `running`
    (and its last percentage) in the database until an engine recovers it, which may be
    never if none starts; readers see now what recovery will make of it: interrupted, with
    nothing kept. Read-only: a reader never kills, removes or writes (it may not be able
    to, and recovery stays the engines' one job). `alive` caches answers per owner."""
    if job.owner is None or job.state not in (JobState.RUNNING, JobState.PAUSED):
        return job
    cache = {} if alive is None else alive
    if job.owner not in cache:
        cache[job.owner] = owner_alive(job.owner, job.heartbeat, DEFAULT_LEASE_S)
    if cache[job.owner]:
        return job
    gone: dict[str, Any] = {"progress": 0.0, "speed": None, "eta_s": None}
    if job.state is JobState.RUNNING:
        reason = Reason("interrupted", case="gone")
        gone.update(
            state=JobState.INTERRUPTED,
            error_code=reason.code,
            error_params=dict(reason.params),
            error=reason.message,
        )
    return dataclasses.replace(job, **gone)
