"""The policy: when a conversion may run, given the room's meetings.

Pure functions of their arguments: `now` is always passed in, never read from a clock, so a
whole day is replayed in milliseconds (simulate.py) and the same code answers both the
engine ("may a job start now, and which?") and the console ("when will each waiting job run
and finish?").

The rules (issue 6):
- no job runs during a meeting, nor within `pause_before` of its start: together a *hold*;
- a job starts if its estimated run ends before the next hold begins; among the jobs that
  fit, queue order decides: a later short job may overtake an earlier long one that does
  not fit now;
- when none fits whole, a job made in pieces (a transcode in segments, issue 17) starts if
  its next piece fits: it converts the pieces that fit, gives the PC back before the hold
  and goes on in the next gap, so no gap is left unused for want of a big enough one;
- a job already running that meets a hold (it ran longer than estimated, or a meeting was
  added) is suspended for the hold and goes on after it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from vcdesk.core.schedule.meetings import Meeting

# Why a job may or may not start: codes; the words for people are chosen at the edge.
Reason = Literal[
    "empty",  # nothing waits
    "free",  # no meeting ahead: the first waiting job starts
    "fits",  # the chosen job ends before the next hold
    "fits_part",  # none ends before it, but the chosen job's next piece does
    "in_meeting",  # a meeting is on
    "before_meeting",  # within pause_before of a meeting's start
    "nothing_fits",  # no waiting job would end before the next hold
]


@dataclass(frozen=True)
class Hold:
    """A stretch the conversions keep clear: `pause_before` ahead of a meeting to its end.
    Meetings whose holds overlap or touch make one hold."""

    start: datetime
    end: datetime
    meeting_start: datetime  # when the (first) meeting itself begins
    title: str  # the first meeting's title


@dataclass(frozen=True)
class Waiting:
    """A job waiting to be started, in queue order, with its estimated run in seconds (what
    is left of it) and, for a job made in pieces, the estimated run of one piece: it may
    stop between two pieces and go on later, losing nothing. None: one piece, all or
    nothing."""

    job_id: int
    estimate_s: float
    piece_s: float | None = None


@dataclass(frozen=True)
class Running:
    """A job already running (maybe suspended), with its estimated time left and, made in
    pieces, one piece's (see Waiting)."""

    job_id: int
    remaining_s: float
    piece_s: float | None = None


@dataclass(frozen=True)
class Choice:
    job_id: int | None  # the job that may start now, or None
    reason: Reason
    hold: Hold | None  # the hold in force now, or the next one (what `reason` is about)


@dataclass(frozen=True)
class Slot:
    """A job's expected run in the plan."""

    job_id: int
    start: datetime  # for a running job: now
    finish: datetime
    running: bool = False  # already running when the plan was made
    # Time it is expected to spend held by holds: suspended, or stopped between its pieces.
    suspended_s: float = 0.0


def holds(meetings: Iterable[Meeting], pause_before: timedelta) -> list[Hold]:
    """The holds of the busy meetings, sorted and merged."""
    busy = sorted((m for m in meetings if m.busy and m.end > m.start), key=lambda m: m.start)
    merged: list[Hold] = []
    for m in busy:
        start = m.start - pause_before
        if merged and start <= merged[-1].end:
            last = merged[-1]
            if m.end > last.end:
                merged[-1] = Hold(last.start, m.end, last.meeting_start, last.title)
            continue
        merged.append(Hold(start, m.end, m.start, m.title))
    return merged


def hold_at(now: datetime, all_holds: Sequence[Hold]) -> Hold | None:
    """The hold in force at `now` (start inclusive, end exclusive), or None."""
    for h in all_holds:
        if h.start <= now < h.end:
            return h
    return None


def next_hold(now: datetime, all_holds: Sequence[Hold]) -> Hold | None:
    """The first hold that has not begun by `now`."""
    for h in all_holds:
        if h.start > now:
            return h
    return None


def choose(now: datetime, all_holds: Sequence[Hold], waiting: Sequence[Waiting]) -> Choice:
    """Which waiting job (in queue order) may start at `now`, and why (not)."""
    current = hold_at(now, all_holds)
    if current is not None:
        reason: Reason = "in_meeting" if now >= current.meeting_start else "before_meeting"
        return Choice(None, reason, current)
    upcoming = next_hold(now, all_holds)
    if not waiting:
        return Choice(None, "empty", upcoming)
    if upcoming is None:
        return Choice(waiting[0].job_id, "free", None)
    free_s = (upcoming.start - now).total_seconds()
    for item in waiting:
        if item.estimate_s <= free_s:
            return Choice(item.job_id, "fits", upcoming)
    for item in waiting:
        if item.piece_s is not None and item.piece_s <= free_s:
            return Choice(item.job_id, "fits_part", upcoming)
    return Choice(None, "nothing_fits", upcoming)


def run_through(
    start: datetime, work_s: float, all_holds: Sequence[Hold], piece_s: float | None = None
) -> datetime:
    """When `work_s` seconds of running, begun at `start`, end if every hold suspends it;
    or, for a job made in pieces of `piece_s`, if each gap before a hold takes the whole
    pieces that fit in it (the last piece may be shorter) and it goes on after the hold."""
    t, left = start, max(0.0, work_s)
    for h in all_holds:
        if h.end <= t:
            continue
        if h.start > t:
            gap = (h.start - t).total_seconds()
            if left <= gap:
                break
            if piece_s is not None and piece_s > 0:
                gap = piece_s * int(gap // piece_s)
            left -= min(left, gap)
        t = h.end
    return t + timedelta(seconds=left)


def plan(
    now: datetime,
    all_holds: Sequence[Hold],
    waiting: Sequence[Waiting],
    running: Sequence[Running] = (),
    parallel: int = 1,
) -> list[Slot]:
    """Every job's expected start and finish from `now`: the running ones first, then the
    waiting ones as `choose` would start them, `parallel` at a time. Holds are known only
    as far as `all_holds` reaches; past them everything fits."""
    slots: list[Slot] = []
    lanes: list[tuple[datetime, int]] = []  # (free from, lane number): a heap
    for lane, busy in enumerate(running):
        finish = run_through(now, busy.remaining_s, all_holds, busy.piece_s)
        suspended = (finish - now).total_seconds() - busy.remaining_s
        slots.append(Slot(busy.job_id, now, finish, running=True, suspended_s=max(0.0, suspended)))
        heapq.heappush(lanes, (finish, lane))
    for lane in range(len(running), max(parallel, len(running))):
        heapq.heappush(lanes, (now, lane))
    pending = list(waiting)
    while pending and lanes:
        t, lane = heapq.heappop(lanes)
        current = hold_at(t, all_holds)
        while current is not None:  # a lane that frees up inside a hold waits for its end
            t = current.end
            current = hold_at(t, all_holds)
        choice = choose(t, all_holds, pending)
        if choice.job_id is None:
            assert choice.hold is not None  # nothing fits only when a hold lies ahead
            heapq.heappush(lanes, (choice.hold.end, lane))
            continue
        job = next(p for p in pending if p.job_id == choice.job_id)
        pending.remove(job)
        if choice.reason == "fits_part":
            assert job.piece_s is not None
            finish = run_through(t, job.estimate_s, all_holds, job.piece_s)
            waits = (finish - t).total_seconds() - job.estimate_s
            slots.append(Slot(job.job_id, t, finish, suspended_s=max(0.0, waits)))
        else:
            finish = t + timedelta(seconds=job.estimate_s)
            slots.append(Slot(job.job_id, t, finish))
        heapq.heappush(lanes, (finish, lane))
    return slots
