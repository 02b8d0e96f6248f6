"""What the engine tells its listeners: plain values, delivered from the engine's threads.
The Qt adapter re-emits each as a signal on the UI thread; the CLI prints some."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from vcdesk.core.queue.jobs import Job


class EventKind(StrEnum):
    JOB_ADDED = "job_added"
    JOB_STARTED = "job_started"
    JOB_PROGRESS = "job_progress"
    JOB_CHANGED = "job_changed"  # paused, resumed, moved, retried, cancel requested
    JOB_FINISHED = "job_finished"  # done, failed or cancelled: `job` is its final row
    JOB_REMOVED = "job_removed"
    QUEUE_CHANGED = "queue_changed"  # another connection changed the database: re-read it
    MEETING = "meeting"  # meeting mode went on or off: see `meeting`
    IDLE = "idle"  # nothing running and nothing waiting that could run


@dataclass(frozen=True)
class QueueEvent:
    kind: EventKind
    job_id: int | None = None
    job: Job | None = None
    progress: float | None = None  # percent, with JOB_PROGRESS
    speed: float | None = None
    eta_s: float | None = None
    meeting: bool | None = None


Listener = Callable[[QueueEvent], None]
