"""The schedule's policy against a plain queue merely paused during meetings (issue 6).

A simulated busy day, replayed on a fake clock (vcdesk.core.schedule.simulate; no ffmpeg):
8 meetings from 08:00 (30 to 90 min, 10 to 45 min apart, so the last ends in the late
afternoon or evening), 12 recordings of 20 to 120 min:
four of yesterday's queued at 07:00, then one as each of the first eight meetings ends.
Each recording's preset is drawn from remux, audio-only, h264-720p and h264-1080p, which
convert here (probe to verified output, bench/convert_presets on a 2-core PC) at about 60x,
40x, 1.5x and 0.6x real time; the planner estimates from the same speeds with its margin.

  - plan: the room's schedule (no job in a meeting nor `pause_before` ahead of one; a job
    starts if it is expected to end before that, a short job overtaking a long one; else a
    transcode, made in segments of 3 min of media, converts the segments that fit and goes
    on in the next gap);
  - plan, whole: the same plan with every job all or nothing (before resumable conversions);
  - fifo: first in, first out, suspended from each meeting's start to its end.

Printed per policy, as the median and the worst over `--days` different days: minutes a
conversion was under way (running or suspended) during a meeting, minutes it converted in
the `pause_before` ahead of a meeting, job-minutes suspended mid-run, and the time the
queue was clear. Then the same with each run 0.7x to 1.3x the speed the planner expected:

    .venv/bin/python -m bench.schedule_day [--days 50] [--pause-before 15] [--parallel 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from vcdesk.core.convert.segments import SEGMENT_TARGET_S
from vcdesk.core.schedule import plan as policy
from vcdesk.core.schedule.estimate import estimate_s
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.simulate import Policy, SimJob, SimResult, simulate

ZONE = ZoneInfo("Asia/Makassar")
DAY = datetime(2025, 3, 12, tzinfo=ZONE)
SPEEDS = {"remux": 60.0, "audio-only": 40.0, "h264-720p": 1.5, "h264-1080p": 0.6}
SEGMENTED = {"h264-720p", "h264-1080p"}  # transcodes: pictures in segments (remux: one pass)
STEP = timedelta(seconds=10)


def busy_day(seed: int, noise: float, pieces: bool = True) -> tuple[list[Meeting], list[SimJob]]:
    rng = random.Random(seed)
    meetings: list[Meeting] = []
    t = DAY.replace(hour=8)
    for n in range(8):
        length = timedelta(minutes=rng.choice([30, 45, 60, 60, 90]))
        meetings.append(Meeting(t, t + length, f"rapat {n + 1}"))
        t += length + timedelta(minutes=rng.choice([10, 15, 20, 30, 45]))
    jobs = []
    for i in range(12):
        media_s = rng.randint(20, 120) * 60.0
        preset = rng.choice(list(SPEEDS))
        speed = SPEEDS[preset]
        actual = speed * rng.uniform(1 - noise, 1 + noise)
        arrives = DAY.replace(hour=7) if i < 4 else meetings[i - 4].end
        piece = SEGMENT_TARGET_S if pieces and preset in SEGMENTED else None
        jobs.append(SimJob(i + 1, arrives, media_s, actual, estimate_s(media_s, speed), piece))
    return meetings, jobs


def run(
    policy: Policy, days: int, noise: float, pause: timedelta, parallel: int, pieces: bool = True
) -> list[Row]:
    rows = []
    for seed in range(days):
        meetings, jobs = busy_day(seed, noise, pieces)
        result = simulate(
            meetings,
            jobs,
            start=DAY.replace(hour=7),
            end=DAY + timedelta(days=3),
            pause_before=pause,
            policy_name=policy,
            parallel=parallel,
            step=STEP,
        )
        rows.append(Row(result, meetings, jobs, pause))
    return rows


def free_before(last: datetime, holds: Sequence[policy.Hold]) -> float:
    """Seconds from the first arrivals to `last` outside every hold."""
    begin = DAY.replace(hour=7)
    held = sum(max(0.0, (min(h.end, last) - max(h.start, begin)).total_seconds()) for h in holds)
    return (last - begin).total_seconds() - held


class Row:
    def __init__(
        self,
        result: SimResult,
        meetings: Sequence[Meeting],
        jobs: Sequence[SimJob],
        pause: timedelta,
    ) -> None:
        holds = policy.holds(meetings, pause)
        work_s = sum(job.media_s / job.speed for job in jobs)
        jobs_n = len(jobs)
        assert len(result.finished) == jobs_n, "a job was left in the queue"
        assert result.cleared is not None
        self.underway = result.underway_in_meeting_s / 60
        self.converting = result.converting_in_meeting_s / 60
        self.before = result.converting_before_meeting_s / 60
        self.suspended = result.suspended_s / 60
        self.cleared = result.cleared
        last = max(m.end for m in meetings)
        self.after_last = (result.cleared - last) / timedelta(minutes=1)
        # No policy that converts nothing in a hold clears sooner than the work it has left
        # when the last meeting ends, were every free minute before it used.
        self.bound = max(0.0, work_s - free_before(last, holds)) / 60


def figure(rows: Sequence[Row], value: Callable[[Row], float]) -> str:
    values = [value(r) for r in rows]
    return f"{statistics.median(values):6.0f} {max(values):6.0f}"


def report(title: str, results: dict[str, list[Row]]) -> None:
    print(title)
    print(
        f"{'':16s}{'under way in':>13s} {'converting':>13s} {'converting':>13s} "
        f"{'suspended':>13s} {'queue clear,':>13s}"
    )
    print(
        f"{'':16s}{'a meeting':>13s} {'in a meeting':>13s} {'before one':>13s} "
        f"{'mid-run':>13s} {'min after the':>13s}"
    )
    print(f"{'(minutes)':16s}" + "  median   max" * 4 + f" {'last meeting':>13s}")
    for name, rows in results.items():
        print(
            f"{name:16s}{figure(rows, lambda r: r.underway)} {figure(rows, lambda r: r.converting)}"
            f" {figure(rows, lambda r: r.before)} {figure(rows, lambda r: r.suspended)}"
            f" {figure(rows, lambda r: r.after_last)}"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=50)
    parser.add_argument("--pause-before", type=int, default=15, metavar="MIN")
    parser.add_argument("--parallel", type=int, default=1)
    args = parser.parse_args()
    pause = timedelta(minutes=args.pause_before)

    meetings, jobs = busy_day(0, 0.0)
    print("Day 0 of the simulation:")
    print("  meetings: " + ", ".join(f"{m.start:%H:%M}-{m.end:%H:%M}" for m in meetings))
    print("  recordings (min): " + ", ".join(f"{j.media_s / 60:.0f}" for j in jobs))
    print(f"  pause_before {args.pause_before} min, {args.parallel} job(s) at a time;")
    print(f"  {args.days} days simulated in {STEP.total_seconds():.0f} s steps per policy\n")

    started = time.perf_counter()
    for noise, title in (
        (0.0, "Each run as fast as the planner expected:"),
        (0.3, "Each run 0.7x to 1.3x the speed the planner expected:"),
    ):
        results = {
            "plan, segments": run("plan", args.days, noise, pause, args.parallel),
            "plan, whole": run("plan", args.days, noise, pause, args.parallel, pieces=False),
            "fifo, paused": run("fifo", args.days, noise, pause, args.parallel),
            "fifo, held": run("fifo_held", args.days, noise, pause, args.parallel),
        }
        report(title, results)
        plan = statistics.median(r.after_last for r in results["plan, segments"])
        fifo = statistics.median(r.after_last for r in results["fifo, paused"])
        held = statistics.median(r.after_last for r in results["fifo, held"])
        bound = statistics.median(r.bound for r in results["plan, segments"])
        print(
            "  queue clear after the last meeting (medians), plan in segments:\n"
            f"    / fifo paused in meetings {plan / fifo:.2f}; the least any policy that keeps\n"
            f"      `pause_before` clear can reach: {bound / fifo:.2f} (work less the free time)\n"
            f"    / fifo held as the plan is (meetings and pause_before) {plan / held:.2f}\n"
        )
    elapsed = time.perf_counter() - started
    print(f"({4 * args.days} simulated days in {elapsed:.1f} s)")


if __name__ == "__main__":
    main()
