"""`vcdesk schedule show`: a day's meetings in the room's time zone, and the conversion plan
(when each waiting job is expected to run and finish, keeping clear of the meetings).
`vcdesk schedule end`: the meeting on now is over before its booked end (the console's
End now, for a room run without the console)."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vcdesk.cli.language import complain, phrase, print_problems, say, type_error
from vcdesk.core import words
from vcdesk.core.paths import database_path
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.queue.jobs import Job
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.meetings import flag_text
from vcdesk.core.words.schedule import error_text, feed_problem
from vcdesk.core.words.storage import database_text

if TYPE_CHECKING:
    from vcdesk.core.meetings.licences import Flag
    from vcdesk.core.profile.model import Profile
    from vcdesk.core.schedule.feed import FeedStatus
    from vcdesk.core.schedule.meetings import Meeting
    from vcdesk.core.schedule.plan import Slot
    from vcdesk.core.schedule.room import RoomSchedule

log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schedule",
        help=QT_TRANSLATE_NOOP("cli", "the room's meetings and the conversion plan"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "The room's meetings, from its calendar and from the console, and when the "
            "conversion queue runs around them.",
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=QT_TRANSLATE_NOOP("cli", "actions")
    )
    show = actions.add_parser(
        "show",
        help=QT_TRANSLATE_NOOP(
            "cli", "a day's meetings and when each waiting conversion is expected to run"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "A day's meetings in the room's time zone, and when each waiting conversion is "
            "expected to run and finish, clear of the meetings. Exit 2 when the calendar "
            "cannot be read and no copy of it was kept.",
        ),
    )
    show.add_argument(
        "--profile",
        metavar="PATH",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "the room profile"),
    )
    show.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=_day,
        help=QT_TRANSLATE_NOOP("cli", "the day to show (default: today)"),
    )
    show.add_argument(
        "--now",
        metavar="YYYY-MM-DDTHH:MM",
        type=_moment,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "plan as if it were this time, in the room's time zone (to try a schedule out)",
        ),
    )
    show.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print a JSON object")
    )
    show.set_defaults(func=run_show)
    text = QT_TRANSLATE_NOOP(
        "cli", "the meeting on now is over: the room is free for conversions from now"
    )
    end = actions.add_parser("end", help=text, description=text)
    end.add_argument(
        "--profile",
        metavar="PATH",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "the room profile"),
    )
    end.set_defaults(func=run_end)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise type_error(
            QT_TRANSLATE_NOOP("cli", "expected a date as YYYY-MM-DD, found {text!r}"), text=text
        ) from None


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise type_error(
            QT_TRANSLATE_NOOP("cli", "expected a time as YYYY-MM-DDTHH:MM, found {text!r}"),
            text=text,
        ) from None


def _profile(path: str) -> Profile | None:
    from vcdesk.core.profile.load import load_profile

    try:
        return load_profile(path)
    except ProfileError as exc:
        print_problems(exc)
        return None


def run_end(args: argparse.Namespace) -> int:
    """Exit 0 when a meeting was ended, 1 when none is on now, 2 on bad input."""
    from vcdesk.core.schedule.room import RoomSchedule

    profile = _profile(args.profile)
    if profile is None:
        return 2
    try:
        schedule = RoomSchedule.from_profile(profile, args.data_dir, Path(args.profile))
    except DatabaseError as exc:
        print(f"vcdesk schedule end: {database_text(exc)}", file=sys.stderr)
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
    formats = words.current().formats
    if meeting is None:
        problem = feed_problem(status) if status.state == "unavailable" else None
        text = phrase(
            QT_TRANSLATE_NOOP("cli", "no meeting is on now in {room}"),
            room=profile.room.name,
        )
        print(f"vcdesk schedule end: {text}" + (f" ({problem})" if problem else ""))
        return 1
    say(
        QT_TRANSLATE_NOOP(
            "cli", "Ended “{title}” (booked until {end}): {room} is free from {now}."
        ),
        title=meeting.title,
        end=formats.clock(meeting.end, label),
        room=profile.room.name,
        now=formats.clock(now, label),
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from vcdesk.core.queue.store import JobStore
    from vcdesk.core.schedule.gate import ScheduleGate
    from vcdesk.core.schedule.room import RoomSchedule
    from vcdesk.core.schedule.zones import room_zone

    profile = _profile(args.profile)
    if profile is None:
        return 2
    db = database_path(args.data_dir)
    clock = None
    if args.now is not None:  # the day's records and plan are made as of then
        told = args.now
        moment = told if told.tzinfo else told.replace(tzinfo=room_zone(profile.room.timezone))
        clock = lambda: moment  # noqa: E731
    try:
        schedule = RoomSchedule.from_profile(
            profile, args.data_dir, Path(args.profile), clock=clock
        )
        store = JobStore(db)
    except DatabaseError as exc:
        print(f"vcdesk schedule show: {database_text(exc)}", file=sys.stderr)
        return 2
    gate = ScheduleGate(schedule, db)
    try:
        status = schedule.refresh()
        now = args.now or schedule.now()
        now = now if now.tzinfo else now.replace(tzinfo=schedule.zone)
        now = now.astimezone(schedule.zone)
        day = args.date or now.date()
        meetings = schedule.day(day)
        flags = _flags(profile, Path(args.profile), schedule, meetings, now)
        jobs = {job.id: job for job in store.jobs()}
        slots = gate.plan(list(jobs.values()), now, profile.conversion.max_parallel)
        status = schedule.status  # with what reading the day added (a repeat cut short)
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
            "meetings": [
                {**m.to_json(), "flags": [_flag_json(f) for f in flags.get(m, ())]}
                for m in meetings
            ],
            "plan": [_slot_json(slot, jobs[slot.job_id]) for slot in slots],
        }
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        when = words.current().formats.date(day)
        print(f"{profile.room.name}: {when} ({label}, {profile.room.timezone})")
        print(_feed_line(status, label, schedule))
        print()
        _print_meetings(meetings, day, label, flags)
        _print_warnings(status)
        print()
        _print_plan(slots, jobs, now, label, profile.schedule.pause_before_min)
    problem = feed_problem(status)
    if status.state in ("cached", "unavailable") and problem:
        print(f"vcdesk schedule show: {problem}", file=sys.stderr)
    if status.state == "cached":
        complain(
            "schedule show",
            QT_TRANSLATE_NOOP("cli", "showing the last good copy of the calendar instead"),
        )
    # A feed that cannot be read and was never read: the day shown lacks its meetings.
    return 2 if status.state == "unavailable" else 0


def _flags(
    profile: Profile, path: Path, schedule: RoomSchedule, meetings: list[Meeting], now: datetime
) -> dict[Meeting, list[Flag]]:
    """The licence flags of the day's meetings (their records, against the other rooms'
    published bookings). Never stops the day being shown: a failure is logged."""
    from vcdesk.core.meetings.bookings import schedule_flags

    try:
        return schedule_flags(profile, path, schedule.records, meetings, now)
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        log.warning("schedule show: the licences of the meetings were not checked: %s", exc)
        return {}


def _flag_json(flag: Flag) -> dict[str, Any]:
    with words.speaking(words.ENGLISH):
        return {**flag.to_json(), "message": flag_text(flag.code, flag.params)}


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


_FEED = {
    "fresh": QT_TRANSLATE_NOOP("cli", "Calendar: {source} (read {when})"),
    "cached": QT_TRANSLATE_NOOP(
        "cli", "Calendar: {source} cannot be read now: using the copy read {when}"
    ),
    "unavailable": QT_TRANSLATE_NOOP(
        "cli",
        "Calendar: {source} cannot be read, and no copy was kept: the meetings below are "
        "the console's only",
    ),
}


def _feed_line(status: FeedStatus, label: str, schedule: RoomSchedule) -> str:
    if status.state == "none":
        return phrase(
            QT_TRANSLATE_NOOP(
                "cli",
                "Meetings: entered in the console only (the profile names no schedule.ics).",
            )
        )
    formats = words.current().formats
    when = (
        phrase(QT_TRANSLATE_NOOP("cli", "never"))
        if status.read_at is None
        else formats.moment(status.read_at.astimezone(schedule.zone), label)
    )
    line = phrase(_FEED[status.state], source=status.source, when=when)
    if status.skipped:
        skipped = QT_TRANSLATE_NOOP(
            "cli", "; events left out because they could not be read: {skipped}"
        )
        line += phrase(skipped, skipped=status.skipped)
    return line


def _print_meetings(
    meetings: list[Meeting], day: date, label: str, flags: dict[Meeting, list[Flag]]
) -> None:
    if not meetings:
        say(QT_TRANSLATE_NOOP("cli", "No meetings."))
        return
    say(QT_TRANSLATE_NOOP("cli", "Meetings:"))
    all_day = phrase(QT_TRANSLATE_NOOP("cli", "all day"))
    for m in meetings:
        if m.all_day:
            when = all_day.ljust(19)
        else:
            when = f"{_clock(m.start, day)}-{_clock(m.end, day)} {label}".ljust(19)
        notes = []
        if m.source == "console":
            notes.append(
                phrase(
                    QT_TRANSLATE_NOOP("cli", "added in the console, #{entry}"),
                    entry=str(m.entry_id),
                )
            )
        if not m.busy:
            notes.append(phrase(QT_TRANSLATE_NOOP("cli", "does not hold conversions")))
        extra = f"  ({'; '.join(notes)})" if notes else ""
        title = m.title or phrase(QT_TRANSLATE_NOOP("cli", "(no title)"))
        print(f"  {when} {title}{extra}")
        for flag in flags.get(m, ()):  # its licence is too small, or its host accounts taken
            print(f"  {'':19} ⚠ {_one_line(flag_text(flag.code, flag.params))}")


SHOWN_WARNINGS = 5  # the rest are in --json


def _print_warnings(status: FeedStatus) -> None:
    """What was left out of the calendar (or cut short), after the day's meetings."""
    if not status.warnings:
        return
    listed = sum(w.code == "skipped" for w in status.warnings)
    count = len(status.warnings) + max(0, status.skipped - listed)  # past MAX_WARNINGS
    print()
    say(
        QT_TRANSLATE_NOOP("cli", "Calendar problems: {count} (the rest of the calendar is used):"),
        count=count,
    )
    for warning in status.warnings[:SHOWN_WARNINGS]:
        print(f"  - {_one_line(error_text(warning))}")
    if count > SHOWN_WARNINGS:
        more = QT_TRANSLATE_NOOP("cli", "… and {count} more (all of them: --json)")
        print("  " + phrase(more, count=count - SHOWN_WARNINGS))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clock(moment: datetime, day: date) -> str:
    """HH:MM, with the date when it is not on the day shown (a meeting over midnight)."""
    return f"{moment:%H:%M}" if moment.date() == day else f"{moment:%d/%m %H:%M}"


def _print_plan(
    slots: list[Slot], jobs: dict[int, Job], now: datetime, label: str, pause_before: int
) -> None:
    if not slots:
        say(QT_TRANSLATE_NOOP("cli", "Conversion plan: no job waits or runs."))
        return
    formats = words.current().formats
    say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Conversion plan from {now} (no job runs in a meeting, nor {pause} before one):",
        ),
        now=formats.clock(now, label),
        pause=formats.duration(pause_before * 60),
    )
    day = now.date()
    for slot in slots:
        job = jobs[slot.job_id]
        if slot.running:
            span = phrase(
                QT_TRANSLATE_NOOP("cli", "converting, ends {finish}"),
                finish=f"{_clock(slot.finish, day)} {label}",
            )
        else:
            span = phrase(
                QT_TRANSLATE_NOOP("cli", "runs {start}-{finish}"),
                start=_clock(slot.start, day),
                finish=f"{_clock(slot.finish, day)} {label}",
            )
        about = _length((slot.finish - slot.start).total_seconds())
        if slot.suspended_s:
            held = QT_TRANSLATE_NOOP("cli", "{length}, held {held} by meetings")
            about = phrase(held, length=about, held=_length(slot.suspended_s))
        name = Path(job.input).name
        print(f"  #{job.id:<4} {span} ({about})  {job.preset}  {name}")


def _length(seconds: float) -> str:
    """An estimate's length, to the minute: "about 1 h 20 min", "less than a minute"."""
    if seconds < 60:
        return phrase(QT_TRANSLATE_NOOP("cli", "less than a minute"))
    minutes = round(seconds / 60)
    about = QT_TRANSLATE_NOOP("cli", "about {length}")
    return phrase(about, length=words.current().formats.duration(minutes * 60))
