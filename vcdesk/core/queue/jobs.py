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

import json
import sqlite3
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from vcdesk.core.convert.errors import Reason


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
    error: str | None  # the reason in English words (the log, old readers)
    # The reason's values (vcdesk.core.convert.errors.Reason.params), so it is worded in
    # the reader's language; None on a row written before they were kept: `error` it is.
    error_params: dict[str, Any] | None
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
        values["error_params"] = _params(values.get("error_params"))
        return cls(**values)

    @property
    def reason(self) -> Reason | None:
        """Why the job failed, was cancelled or interrupted, as a code and values; None
        when there is no reason, or the row is older than the values (see `error`)."""
        if self.error_code is None or self.error_params is None:
            return None
        return Reason(self.error_code, self.error_params)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state.value
        for internal in ("owner", "heartbeat", "pid", "pid_created", "temp_path"):
            del data[internal]
        return data


def _params(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        params = json.loads(text)
    except ValueError:
        return None
    return params if isinstance(params, dict) else None


class QueueError(RuntimeError):
    """A request the queue cannot honour (no such job, wrong state): a `code` and the
    values its words need (job_id, state), worded by vcdesk.core.words.conversions;
    str() is the English words.

    Codes: not_found, not_waiting, nothing_to_pause, not_paused, nothing_to_cancel,
    not_retryable, still_stopping, in_engine, not_running.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.conversions import queue_error_text

        with speaking(ENGLISH):
            return queue_error_text(self)


class JobNotFound(QueueError):
    pass
