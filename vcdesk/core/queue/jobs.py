"""A conversion job as the queue stores it, and the states it moves through.

    queued ──claim──> running ──> done | failed | cancelled
      │  ^               │  ^
    pause resume       pause resume   (a running job's ffmpeg is suspended, not stopped;
      v  │               v  │          it keeps its slot)
     paused            paused
    queued | paused | running ──cancel──> cancelled
    failed | cancelled | interrupted ──retry──> queued (at the back)
    running, its engine gone (crash, kill, or a clean stop) ──> interrupted ──claim──> running
    paused mid-run, its engine gone ──> paused (partial output removed; resume queues it)

`interrupted` waits like `queued` (an engine claims it), but tells the operator the previous
attempt was cut short and its partial output removed. `done` is never left again: finished
work is not redone (add the file again for another preset).
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"

    @property
    def finished(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


# States an engine may claim a job from.
WAITING = (JobState.QUEUED, JobState.INTERRUPTED)


@dataclass(frozen=True)
class Job:
    id: int
    input: str
    output_dir: str
    preset: str
    state: JobState
    position: int
    origin: str
    progress: float  # percent
    speed: float | None
    eta_s: float | None
    duration_s: float | None
    output: str | None
    output_bytes: int | None
    temp_path: str | None
    error_code: str | None
    error: str | None
    attempts: int
    created: str
    started: str | None
    finished: str | None
    owner: str | None
    heartbeat: float | None
    pid: int | None
    pid_created: float | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Job:
        values = dict(row)
        values["state"] = JobState(values["state"])
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.value
        for internal in ("owner", "heartbeat", "pid", "pid_created", "temp_path"):
            del data[internal]
        return data


class QueueError(RuntimeError):
    """A request the queue cannot honour (no such job, wrong state), in words for a person."""


class JobNotFound(QueueError):
    pass
