"""A day replayed against a queue policy with a simulated clock, in a fraction of a second:
the tests' whole-day check and bench/schedule_day.py. Nothing here runs ffmpeg.

Two policies: "plan" is the room's schedule (plan.choose to start a job, suspended in every
hold); "fifo" is a plain queue merely paused during meetings (first job first, suspended
from each meeting's start to its end, nothing held before it); "fifo_held" is that queue
suspended in the plan's holds (`pause_before` ahead of a meeting too), the rule's own cost.

A job made in pieces (a transcode in segments) under "plan" does what the engine's
conversion does: before each piece after its first, it goes on only if that piece, at the
speed this run has shown plus the estimator's margin, ends before the next hold; otherwise
it gives the PC back, keeping its finished pieces, and waits at the head of the queue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from vcdesk.core.schedule import plan as policy
from vcdesk.core.schedule.estimate import MARGIN
from vcdesk.core.schedule.meetings import Meeting

Policy = Literal["plan", "fifo", "fifo_held"]


@dataclass(frozen=True)
class SimJob:
    job_id: int
    arrives: datetime  # when the recording is queued
    media_s: float  # its duration
    speed: float  # how fast it really converts here (times real time, all steps included)
    estimate_s: float  # what the planner believes it takes
    piece_media_s: float | None = None  # made in pieces of this many media seconds


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
    given_back: int = 0  # runs that stopped between two pieces ahead of a hold

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
    done_before: dict[int, float] = {}  # media seconds of finished pieces, given back
    dt = step.total_seconds()
    t = start
    while t < end and len(result.finished) < len(jobs):
        while arriving and arriving[0].arrives <= t:
            waiting.append(arriving.pop(0))
        in_meeting = any(m.start <= t < m.end for m in busy)
        before = not in_meeting and any(m.start - pause_before <= t < m.start for m in busy)
        held = in_meeting if policy_name == "fifo" else policy.hold_at(t, holds) is not None
        while not held and waiting and len(running) < parallel:
            job = _pick(policy_name, t, holds, waiting, done_before)
            if job is None:
                break
            waiting.remove(job)
            running[job.job_id] = (job, done_before.pop(job.job_id, 0.0))
            result.started.setdefault(job.job_id, t)
            result.starts_inside_hold += policy.hold_at(t, holds) is not None
        result.underway_in_meeting_s += dt * len(running) if in_meeting else 0.0
        for job_id, (job, done) in list(running.items()):
            if held:
                result.suspended_s += dt
                continue
            result.converting_in_meeting_s += dt if in_meeting else 0.0
            result.converting_before_meeting_s += dt if before else 0.0
            before_step, done = done, done + dt * job.speed
            if done >= job.media_s:
                over_s = (done - job.media_s) / job.speed  # finished part-way through the step
                result.finished[job_id] = t + step - timedelta(seconds=over_s)
                del running[job_id]
            elif policy_name == "plan" and _gives_back(job, before_step, done, t + step, holds):
                piece = job.piece_media_s or job.media_s
                done_before[job_id] = piece * int(done // piece)  # the piece under way is lost
                del running[job_id]
                waiting.insert(0, job)
                result.given_back += 1
            else:
                running[job_id] = (job, done)
        t += step
    return result


def _gives_back(
    job: SimJob, before: float, done: float, t: datetime, holds: Sequence[policy.Hold]
) -> bool:
    """At a piece's end (one was crossed in this step): does the next one miss the hold?"""
    piece = job.piece_media_s
    if piece is None or int(done // piece) == int(before // piece):
        return False
    upcoming = policy.next_hold(t, holds)
    if upcoming is None:
        return False
    left_in_piece = min(piece, job.media_s - piece * int(done // piece))
    needed_s = left_in_piece / job.speed * (1 + MARGIN)
    return t + timedelta(seconds=needed_s) > upcoming.start


def _pick(
    name: Policy,
    t: datetime,
    holds: Sequence[policy.Hold],
    waiting: Sequence[SimJob],
    done_before: dict[int, float],
) -> SimJob | None:
    if name != "plan":
        return waiting[0]
    items = [_waiting(j, done_before.get(j.job_id, 0.0)) for j in waiting]
    chosen = policy.choose(t, holds, items).job_id
    return next((j for j in waiting if j.job_id == chosen), None)


def _waiting(job: SimJob, done: float) -> policy.Waiting:
    """The planner's view of a job: what is left of its estimate, and one piece's."""
    per_media_s = job.estimate_s / job.media_s if job.media_s else 0.0
    left = job.estimate_s * (1 - done / job.media_s) if job.media_s else job.estimate_s
    piece = job.piece_media_s
    piece_s = None if piece is None else min(piece, job.media_s - done) * per_media_s
    return policy.Waiting(job.job_id, left, piece_s)
