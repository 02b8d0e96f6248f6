"""The policy as table tests, and whole simulated days on a fake clock: no conversion runs
in a meeting or within pause_before of one."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule import plan
from vcdesk.core.schedule.estimate import estimate_s, preset_speed, remaining_s
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.plan import Hold, Running, Waiting
from vcdesk.core.schedule.simulate import SimJob, simulate

WITA = ZoneInfo("Asia/Makassar")
DAY = datetime(2025, 3, 12, tzinfo=WITA)
PAUSE = timedelta(minutes=15)
MIN = 60.0


def at(hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return DAY.replace(hour=hours, minute=minutes)


def meeting(start: str, end: str, title: str = "rapat", busy: bool = True) -> Meeting:
    return Meeting(at(start), at(end), title, busy=busy)


# A morning: 09:00-10:00 and 10:10-11:00 (their holds merge), 13:00-14:00.
MEETINGS = [
    meeting("09:00", "10:00", "A"),
    meeting("10:10", "11:00", "B"),
    meeting("13:00", "14:00", "C"),
]
HOLDS = plan.holds(MEETINGS, PAUSE)


def test_holds_merge_and_skip_free_meetings() -> None:
    expected = [
        Hold(at("08:45"), at("11:00"), at("09:00"), "A"),  # B's hold (09:55) overlaps A's
        Hold(at("12:45"), at("14:00"), at("13:00"), "C"),
    ]
    assert expected == HOLDS
    free = [meeting("15:00", "16:00", busy=False), meeting("16:00", "16:00")]  # zero length
    assert plan.holds(free, PAUSE) == []
    touching = plan.holds([meeting("08:00", "08:45"), meeting("09:00", "09:30")], PAUSE)
    assert [(h.start, h.end) for h in touching] == [(at("07:45"), at("09:30"))]


@pytest.mark.parametrize(
    ("now", "waiting", "expected"),
    [
        # nothing waits
        ("07:00", [], (None, "empty")),
        # the first job fits in the 105 minutes before the 08:45 hold
        ("07:00", [(1, 60), (2, 10)], (1, "fits")),
        # it ends exactly at the hold's start: it fits
        ("07:45", [(1, 60)], (1, "fits")),
        # a later short job overtakes an earlier long one that does not fit
        ("08:00", [(1, 60), (2, 30), (3, 10)], (2, "fits")),
        # none fits before the hold
        ("08:30", [(1, 60), (2, 16)], (None, "nothing_fits")),
        # within pause_before of A's start
        ("08:45", [(1, 1)], (None, "before_meeting")),
        ("08:59", [(1, 1)], (None, "before_meeting")),
        # during A, in the 10 minutes between A and B (one merged hold), during B
        ("09:00", [(1, 1)], (None, "in_meeting")),
        ("10:05", [(1, 1)], (None, "in_meeting")),
        ("10:59", [(1, 1)], (None, "in_meeting")),
        # B has ended: 105 minutes until C's hold at 12:45
        ("11:00", [(1, 120), (2, 105)], (2, "fits")),
        # after the last meeting everything fits, in queue order
        ("14:00", [(1, 600), (2, 1)], (1, "free")),
    ],
)
def test_choose(
    now: str, waiting: list[tuple[int, float]], expected: tuple[int | None, str]
) -> None:
    items = [Waiting(job_id, minutes * MIN) for job_id, minutes in waiting]
    choice = plan.choose(at(now), HOLDS, items)
    assert (choice.job_id, choice.reason) == expected


def test_choose_names_the_hold_it_is_about() -> None:
    assert plan.choose(at("08:30"), HOLDS, [Waiting(1, 3600)]).hold == HOLDS[0]
    assert plan.choose(at("09:30"), HOLDS, [Waiting(1, 60)]).hold == HOLDS[0]
    assert plan.choose(at("12:00"), HOLDS, []).hold == HOLDS[1]
    assert plan.choose(at("15:00"), HOLDS, [Waiting(1, 60)]).hold is None


@pytest.mark.parametrize(
    ("start", "work_min", "finish"),
    [
        ("07:00", 30, "07:30"),
        ("08:30", 15, "08:45"),  # ends as the hold begins
        ("08:30", 30, "11:15"),  # 15 min before the hold, the other 15 after it
        ("09:30", 10, "11:10"),  # inside a hold: starts at its end
        ("08:00", 240, "15:30"),  # 45 + 105 min between holds, the rest after C
    ],
)
def test_run_through_is_suspended_by_holds(start: str, work_min: int, finish: str) -> None:
    assert plan.run_through(at(start), work_min * MIN, HOLDS) == at(finish)


def slots(now: str, waiting: list[tuple[int, float]], **kw: object) -> list[tuple[int, str, str]]:
    items = [Waiting(job_id, minutes * MIN) for job_id, minutes in waiting]
    made = plan.plan(at(now), HOLDS, items, **kw)  # type: ignore[arg-type]
    return [(s.job_id, f"{s.start:%H:%M}", f"{s.finish:%H:%M}") for s in made]


def test_plan_over_the_day() -> None:
    assert slots("07:00", [(1, 120), (2, 30), (3, 50), (4, 20)]) == [
        (2, "07:00", "07:30"),  # job 1 (2 h) does not fit before 08:45
        (3, "07:30", "08:20"),
        (4, "08:20", "08:40"),
        (1, "14:00", "16:00"),  # 11:00-12:45 is 105 min: too short; after C
    ]
    assert slots("07:00", [(1, 100), (2, 30)]) == [(1, "07:00", "08:40"), (2, "11:00", "11:30")]
    assert slots("09:30", [(1, 10)]) == [(1, "11:00", "11:10")]  # planned from the hold's end
    assert slots("07:00", []) == []


def test_plan_with_running_jobs_and_parallel_slots() -> None:
    made = plan.plan(
        at("08:30"), HOLDS, [Waiting(2, 10 * MIN), Waiting(3, 5 * MIN)], [Running(1, 30 * MIN)], 2
    )
    rows = [(s.job_id, f"{s.start:%H:%M}", f"{s.finish:%H:%M}", s.running) for s in made]
    assert rows == [
        (1, "08:30", "11:15", True),  # 15 min now, suspended for the hold, 15 min after
        (2, "08:30", "08:40", False),  # the second slot
        (3, "08:40", "08:45", False),
    ]
    assert made[0].suspended_s == (at("11:00") - at("08:45")).total_seconds()


def test_estimates() -> None:
    assert preset_speed("h264-720p", []) == 1.5  # nothing measured: the cautious default
    assert preset_speed("h264-720p", [(3600, 1800), (60, 60)]) == pytest.approx(3660 / 1860)
    assert preset_speed("new-preset", []) == 1.0
    assert estimate_s(3600, 2.0) == pytest.approx(1800 * 1.15 + 15)


def test_remaining_of_a_running_job(tmp_path: Path) -> None:
    store = JobStore(tmp_path / "q.sqlite3")
    job = store.add(tmp_path / "rapat.mkv", tmp_path, "h264-720p")
    store.close()
    job = replace(job, state=JobState.RUNNING, progress=25.0)
    assert remaining_s(job, 400) == 300
    # ffmpeg's own figure, once it gives one, with the same margin as an estimate
    assert remaining_s(replace(job, eta_s=100.0), 400) == pytest.approx(100 * 1.15 + 15)


# A simulated busy day: the policy run against a fake clock in 30 s steps.

SPEEDS = {"remux": 60.0, "h264-720p": 1.6, "h264-1080p": 0.7}


def busy_day(seed: int) -> tuple[list[Meeting], list[SimJob]]:
    rng = random.Random(seed)
    meetings, t = [], at("08:00")
    for _ in range(8):
        length = timedelta(minutes=rng.choice([30, 45, 60, 90]))
        meetings.append(Meeting(t, t + length, f"rapat {len(meetings) + 1}"))
        t += length + timedelta(minutes=rng.choice([15, 30, 45, 60]))
    jobs = []
    for i in range(12):
        media = rng.randint(20, 120) * MIN
        speed = SPEEDS[rng.choice(list(SPEEDS))]
        # Recordings come in as meetings end; four are yesterday's, queued at 07:00.
        arrives = meetings[i - 4].end if i >= 4 else at("07:00")
        jobs.append(SimJob(i + 1, arrives, media, speed, estimate_s(media, speed)))
    return meetings, jobs


@pytest.mark.parametrize("seed", range(5))
def test_simulated_day_no_conversion_in_a_meeting_or_before_one(seed: int) -> None:
    meetings, jobs = busy_day(seed)
    result = simulate(
        meetings, jobs, start=at("07:00"), end=DAY + timedelta(days=2), pause_before=PAUSE,
        step=timedelta(seconds=30),
    )  # fmt: skip
    assert len(result.finished) == len(jobs)
    assert result.converting_in_meeting_s == 0
    assert result.converting_before_meeting_s == 0
    assert result.underway_in_meeting_s == 0
    assert result.starts_inside_hold == 0
    # With estimates no lower than the truth, no job is ever cut by a meeting.
    assert result.suspended_s == 0
    holds = plan.holds(meetings, PAUSE)
    for job in jobs:
        start, finish = result.started[job.job_id], result.finished[job.job_id]
        assert all(finish <= h.start or start >= h.end for h in holds), job


@pytest.mark.parametrize("in_pieces", [False, True])
def test_simulated_day_with_slower_runs_than_estimated_still_holds(in_pieces: bool) -> None:
    meetings, jobs = busy_day(4)
    rng = random.Random(1)
    made = pieced(jobs) if in_pieces else jobs
    slower = [replace(j, speed=j.speed * rng.uniform(0.6, 1.0)) for j in made]
    result = simulate(
        meetings, slower, start=at("07:00"), end=DAY + timedelta(days=2), pause_before=PAUSE,
        step=timedelta(seconds=30),
    )  # fmt: skip
    assert len(result.finished) == len(jobs)
    # Overrunning jobs are suspended in the holds (or, in pieces, give the PC back before
    # them), never converting in them.
    assert result.converting_in_meeting_s == result.converting_before_meeting_s == 0
    assert result.suspended_s > 0 or in_pieces


def test_fifo_merely_paused_is_what_the_plan_improves_on() -> None:
    meetings, jobs = busy_day(0)
    fifo = simulate(
        meetings, jobs, start=at("07:00"), end=DAY + timedelta(days=2), pause_before=PAUSE,
        policy_name="fifo", step=timedelta(seconds=30),
    )  # fmt: skip
    assert len(fifo.finished) == len(jobs)
    assert fifo.converting_in_meeting_s == 0  # paused in meetings...
    assert fifo.converting_before_meeting_s > 0  # ...but converting while the room prepares
    assert fifo.suspended_s > 0  # and jobs cut in two by meetings
    assert fifo.underway_in_meeting_s > 0


# Jobs made in pieces (transcodes in segments, issue 17): the plan uses every gap.


@pytest.mark.parametrize(
    ("now", "waiting", "expected"),
    [
        # 45 min before the 08:45 hold: a 2 h job in 10-min pieces starts on a piece
        ("08:00", [(1, 120, 10)], (1, "fits_part")),
        # a job that fits whole comes first, even behind a pieced one
        ("08:00", [(1, 120, 10), (2, 40, None)], (2, "fits")),
        # 15 min left: an all-or-nothing job does not start, a job with a 10-min piece does
        ("08:30", [(1, 60, None), (2, 60, 10)], (2, "fits_part")),
        # 5 min left: not even one piece fits
        ("08:40", [(1, 60, 10)], (None, "nothing_fits")),
        # a piece ending exactly as the hold begins fits
        ("08:35", [(1, 60, 10)], (1, "fits_part")),
        # inside a hold no piece starts
        ("08:50", [(1, 60, 1)], (None, "before_meeting")),
        ("09:30", [(1, 60, 1)], (None, "in_meeting")),
    ],
)
def test_choose_a_piece_when_nothing_fits_whole(
    now: str, waiting: list[tuple[int, float, float | None]], expected: tuple[int | None, str]
) -> None:
    items = [
        Waiting(job_id, minutes * MIN, None if piece is None else piece * MIN)
        for job_id, minutes, piece in waiting
    ]
    choice = plan.choose(at(now), HOLDS, items)
    assert (choice.job_id, choice.reason) == expected


@pytest.mark.parametrize(
    ("start", "work_min", "piece_min", "finish"),
    [
        ("08:00", 30, 10, "08:30"),  # all before the hold
        ("08:00", 60, 10, "11:20"),  # 40 min in 4 pieces (5 min unused), 20 after B
        ("08:30", 30, 10, "11:20"),  # 15 min: one piece; 20 after the hold
        ("08:40", 30, 10, "11:30"),  # 5 min: no piece fits; all after the hold
        ("08:00", 200, 10, "15:00"),  # 40 + 100 (11:00-12:45 takes ten 10-min pieces) + 60
    ],
)
def test_run_through_in_pieces_uses_each_gap_by_whole_pieces(
    start: str, work_min: int, piece_min: int, finish: str
) -> None:
    assert plan.run_through(at(start), work_min * MIN, HOLDS, piece_min * MIN) == at(finish)


def test_plan_gives_a_pieced_job_the_gaps_a_whole_one_waits_for() -> None:
    items = [Waiting(1, 120 * MIN, 10 * MIN), Waiting(2, 120 * MIN)]
    made = plan.plan(at("08:00"), HOLDS, items)
    rows = [(s.job_id, f"{s.start:%H:%M}", f"{s.finish:%H:%M}") for s in made]
    # job 1: 40 min (four pieces) before the 08:45 hold, the other 80 from 11:00; job 2, all
    # or nothing, does not fit in 12:20-12:45 and runs after C
    assert rows == [(1, "08:00", "12:20"), (2, "14:00", "16:00")]
    assert made[0].suspended_s == (at("12:20") - at("08:00")).total_seconds() - 120 * MIN
    running = plan.plan(at("08:00"), HOLDS, [], [Running(1, 60 * MIN, 10 * MIN)])
    assert [(s.job_id, f"{s.finish:%H:%M}") for s in running] == [(1, "11:20")]


def pieced(jobs: list[SimJob], piece_media_s: float = 3 * MIN) -> list[SimJob]:
    return [replace(j, piece_media_s=piece_media_s) if j.speed < 10 else j for j in jobs]


@pytest.mark.parametrize("seed", range(3))
def test_simulated_day_in_pieces_clears_sooner_and_never_converts_in_a_hold(seed: int) -> None:
    meetings, jobs = busy_day(seed)
    day = dict(start=at("07:00"), end=DAY + timedelta(days=2), pause_before=PAUSE)
    whole = simulate(meetings, jobs, **day, step=timedelta(seconds=30))  # type: ignore[arg-type]
    pieces = simulate(meetings, pieced(jobs), **day, step=timedelta(seconds=30))  # type: ignore[arg-type]
    assert len(pieces.finished) == len(jobs)
    assert pieces.converting_in_meeting_s == pieces.converting_before_meeting_s == 0
    assert pieces.underway_in_meeting_s == 0  # a piece stops before the hold, not in it
    assert pieces.starts_inside_hold == 0
    assert pieces.given_back > 0
    assert pieces.cleared is not None and whole.cleared is not None
    assert pieces.cleared < whole.cleared
