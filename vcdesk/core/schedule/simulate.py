"""A day replayed against a queue policy with a simulated clock, in a fraction of a second:
the tests' whole-day check and bench/schedule_day.py. Nothing here runs ffmpeg.

Two policies: "plan" is the room's schedule (plan.choose to start a job, suspended in every
hold); "fifo" is a plain queue merely paused during meetings (first job first, suspended
from each meeting's start to its end, nothing held before it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from vcdesk.core.schedule import plan as policy
from vcdesk.core.schedule.meetings import Meeting

Policy = Literal["plan", "fifo"]


@dataclass(frozen=True)
class SimJob:
    job_id: int
    arrives: datetime  # when the recording is queued
    media_s: float  # its duration
    speed: float  # how fast it really converts here (times real time, all steps included)
    estimate_s: float  # what the planner believes it takes


@dataclass
class SimResult:
    started: dict[int, datetime] = field(default_factory=dict)
    finished: dict[int, datetime] = field(default_factory=dict)
    converting_in_meeting_s: float = 0.0  # a conversion running while a meeting is on
    converting_before_meeting_s: float = 0.0  # running within pause_before of a start
    suspended_s: float = 0.0  # job-seconds suspended mid-run, partial output and memory held
    # Job-seconds a conversion was under way (running or suspended) while a meeting was on:
    # what "a conversion overlapping a meeting" means for a queue that is merely paused.
    underway_in_meeting_s: float = 0.0
    starts_inside_hold: int = 0  # jobs started in a hold (the policy must never do this)

    @property
    def cleared(self) -> datetime | None:
        """When the last job finished (None if any is left)."""
        return max(self.finished.values()) if self.finished else None


def simulate(
    meetings: Sequence[Meeting],
    jobs: Sequence[SimJob],
    *,
    start: datetime,
    end: datetime,
    pause_before: timedelta,
    policy_name: Policy = "plan",
    parallel: int = 1,
    step: timedelta = timedelta(seconds=10),
) -> SimResult:
    """Advance a fake clock from `start` by `step` until every job is done or `end`."""
    holds = policy.holds(meetings, pause_before)
    busy = [m for m in meetings if m.busy]
    result = SimResult()
    arriving = sorted(jobs, key=lambda j: (j.arrives, j.job_id))
    waiting: list[SimJob] = []
    running: dict[int, tuple[SimJob, float]] = {}  # id -> (job, media seconds done)
    dt = step.total_seconds()
    t = start
    while t < end and len(result.finished) < len(jobs):
        while arriving and arriving[0].arrives <= t:
            waiting.append(arriving.pop(0))
        in_meeting = any(m.start <= t < m.end for m in busy)
        before = not in_meeting and any(m.start - pause_before <= t < m.start for m in busy)
        held = policy.hold_at(t, holds) is not None if policy_name == "plan" else in_meeting
        while not held and waiting and len(running) < parallel:
            job = _pick(policy_name, t, holds, waiting)
            if job is None:
                break
            waiting.remove(job)
            running[job.job_id] = (job, 0.0)
            result.started[job.job_id] = t
            result.starts_inside_hold += policy.hold_at(t, holds) is not None
        result.underway_in_meeting_s += dt * len(running) if in_meeting else 0.0
        for job_id, (job, done) in list(running.items()):
            if held:
                result.suspended_s += dt
                continue
            result.converting_in_meeting_s += dt if in_meeting else 0.0
            result.converting_before_meeting_s += dt if before else 0.0
            done += dt * job.speed
            if done >= job.media_s:
                over_s = (done - job.media_s) / job.speed  # finished part-way through the step
                result.finished[job_id] = t + step - timedelta(seconds=over_s)
                del running[job_id]
            else:
                running[job_id] = (job, done)
        t += step
    return result


def _pick(
    name: Policy, t: datetime, holds: Sequence[policy.Hold], waiting: Sequence[SimJob]
) -> SimJob | None:
    if name == "fifo":
        return waiting[0]
    items = [policy.Waiting(j.job_id, j.estimate_s) for j in waiting]
    chosen = policy.choose(t, holds, items).job_id
    return next((j for j in waiting if j.job_id == chosen), None)
