"""`vcdesk schedule show`: a day's meetings in the room's time zone, and the conversion plan
(when each waiting job is expected to run and finish, keeping clear of the meetings).
`vcdesk schedule end`: the meeting on now is over before its booked end (the console's
End now, for a room run without the console)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.queue.jobs import Job
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule.feed import FeedStatus
from vcdesk.core.schedule.gate import ScheduleGate
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.plan import Slot
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.storage import DatabaseError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("schedule", help="the room's meetings and the conversion plan")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", help="a day's meetings and when each waiting conversion is expected to run"
    )
    show.add_argument("--profile", metavar="PATH", required=True, help="the room profile")
    show.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_day, help="the day to show (default: today)"
    )
    show.add_argument(
        "--now",
        metavar="YYYY-MM-DDTHH:MM",
        type=_moment,
        help="plan as if it were this time, in the room's time zone (to try a schedule out)",
    )
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.set_defaults(func=run_show)
    end = actions.add_parser(
        "end", help="the meeting on now is over: the room is free for conversions from now"
    )
    end.add_argument("--profile", metavar="PATH", required=True, help="the room profile")
    end.set_defaults(func=run_end)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, found {text!r}") from None


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a time as YYYY-MM-DDTHH:MM, found {text!r}"
        ) from None


def _profile(path: str) -> Profile | None:
    try:
        return load_profile(path)
    except ProfileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None


def run_end(args: argparse.Namespace) -> int:
    """Exit 0 when a meeting was ended, 1 when none is on now, 2 on bad input."""
    profile = _profile(args.profile)
    if profile is None:
        return 2
    try:
        schedule = RoomSchedule.from_profile(profile, args.data_dir, Path(args.profile))
    except DatabaseError as exc:
        print(f"vcdesk schedule end: {exc}", file=sys.stderr)
        return 2
    try:
        status = schedule.refresh()
        now = schedule.now()
        meeting = schedule.current_meeting(now)
        if meeting is not None:
            schedule.end_meeting(meeting, now)
    finally:
        schedule.close()
    label = schedule.zone_label(now)
    if meeting is None:
        problem = f" ({status.problem})" if status.state == "unavailable" else ""
        print(f"vcdesk schedule end: no meeting is on now in {profile.room.name}{problem}")
        return 1
    print(
        f"Ended “{meeting.title}” (booked until {meeting.end:%H:%M} {label}): "
        f"{profile.room.name} is free from {now:%H:%M} {label}."
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    profile = _profile(args.profile)
    if profile is None:
        return 2
    db = database_path(args.data_dir)
    try:
        schedule = RoomSchedule.from_profile(profile, args.data_dir, Path(args.profile))
        store = JobStore(db)
    except DatabaseError as exc:
        print(f"vcdesk schedule show: {exc}", file=sys.stderr)
        return 2
    gate = ScheduleGate(schedule, db)
    try:
        status = schedule.refresh()
        now = args.now or schedule.now()
        now = now if now.tzinfo else now.replace(tzinfo=schedule.zone)
        now = now.astimezone(schedule.zone)
        day = args.date or now.date()
        meetings = schedule.day(day)
        jobs = {job.id: job for job in store.jobs()}
        slots = gate.plan(list(jobs.values()), now, profile.conversion.max_parallel)
    finally:
        gate.close()
        store.close()
        schedule.close()
    label = schedule.zone_label(now)
    if args.json:
        report = {
            "room": profile.room.name,
            "date": day.isoformat(),
            "timezone": profile.room.timezone,
            "zone": label,
            "now": now.isoformat(timespec="seconds"),
            "pause_before_min": profile.schedule.pause_before_min,
            "feed": status.to_json(),
            "meetings": [m.to_json() for m in meetings],
            "plan": [_slot_json(slot, jobs[slot.job_id]) for slot in slots],
        }
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(f"{profile.room.name}: {day:%A %d %B %Y} ({label}, {profile.room.timezone})")
        print(_feed_line(status, label, schedule))
        print()
        _print_meetings(meetings, day, label)
        print()
        _print_plan(slots, jobs, now, label, profile.schedule.pause_before_min)
    if status.state in ("cached", "unavailable"):
        print(f"vcdesk schedule show: {status.problem}", file=sys.stderr)
    if status.state == "cached":
        print(
            "vcdesk schedule show: showing the last good copy of the feed instead",
            file=sys.stderr,
        )
    # A feed that cannot be read and was never read: the day shown lacks its meetings.
    return 2 if status.state == "unavailable" else 0


def _slot_json(slot: Slot, job: Job) -> dict[str, Any]:
    return {
        "job_id": slot.job_id,
        "input": job.input,
        "preset": job.preset,
        "state": job.state.value,
        "start": slot.start.isoformat(timespec="seconds"),
        "finish": slot.finish.isoformat(timespec="seconds"),
        "running": slot.running,
        "suspended_s": round(slot.suspended_s),
    }


def _feed_line(status: FeedStatus, label: str, schedule: RoomSchedule) -> str:
    if status.state == "none":
        return "Meetings: entered in the console only (the profile names no schedule.ics)."
    when = (
        "never"
        if status.read_at is None
        else f"{status.read_at.astimezone(schedule.zone):%Y-%m-%d %H:%M} {label}"
    )
    line = {
        "fresh": f"Feed: {status.source} (read {when})",
        "cached": f"Feed: {status.source} cannot be read now: using the copy read {when}",
        "unavailable": f"Feed: {status.source} cannot be read, and no copy was kept: "
        "the meetings below are the console's only",
    }[status.state]
    if status.skipped:
        line += f"; {status.skipped} event(s) in it could not be read and are left out"
    return line


def _print_meetings(meetings: list[Meeting], day: date, label: str) -> None:
    if not meetings:
        print("No meetings.")
        return
    print("Meetings:")
    for m in meetings:
        if m.all_day:
            when = "all day".ljust(19)
        else:
            when = f"{_clock(m.start, day)}-{_clock(m.end, day)} {label}".ljust(19)
        notes = []
        if m.source == "console":
            notes.append(f"added in the console, #{m.entry_id}")
        if not m.busy:
            notes.append("does not hold conversions")
        extra = f"  ({'; '.join(notes)})" if notes else ""
        print(f"  {when} {m.title or '(no title)'}{extra}")


def _clock(moment: datetime, day: date) -> str:
    """HH:MM, with the date when it is not on the day shown (a meeting over midnight)."""
    return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%d/%m %H:%M}"


def _print_plan(
    slots: list[Slot], jobs: dict[int, Job], now: datetime, label: str, pause_before: int
) -> None:
    if not slots:
        print("Conversion plan: no job waits or runs.")
        return
    print(
        f"Conversion plan from {now:%H:%M} {label} (no job runs in a meeting, nor "
        f"{pause_before} min before one):"
    )
    day = now.date()
    for slot in slots:
        job = jobs[slot.job_id]
        seconds = (slot.finish - slot.start).total_seconds()
        state = "running, ends" if slot.running else "runs"
        span = (
            f"{state} {_clock(slot.finish, day)}"
            if slot.running
            else f"{state} {_clock(slot.start, day)}-{_clock(slot.finish, day)}"
        )
        held = f", held {_length(slot.suspended_s)} by meetings" if slot.suspended_s else ""
        name = Path(job.input).name
        about = f"about {_length(seconds)}{held}"
        print(f"  #{job.id:<4} {span} {label} ({about})  {job.preset}  {name}")


def _length(seconds: float) -> str:
    if seconds < 60:
        return "<1 min"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"
