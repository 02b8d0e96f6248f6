"""`vcdesk meeting add|list|set|show`: the room's meeting records from a terminal, the same
records the console keeps (vcdesk.core.meetings). Times are typed and shown on the room's
clock (`room.timezone`); --json is the same in every language (keys, codes, ISO times).
Bad input exits 2 with one line and changes nothing."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import zoneinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vcdesk.cli.language import WHOLE_NUMBER, complain, phrase, print_problems, say
from vcdesk.core import words
from vcdesk.core.paths import database_path
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.schedule.zones import room_zone, zone_label
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.archive import visible
from vcdesk.core.words.meetings import field_name, meeting_error_text, source_name, who_name

if TYPE_CHECKING:
    from vcdesk.core.meetings.model import Meeting, MeetingError
    from vcdesk.core.meetings.recordings import Recording
    from vcdesk.core.meetings.rules import Rules
    from vcdesk.core.profile.model import Profile

_PROFILE_HELP = QT_TRANSLATE_NOOP("cli", "the room profile")
_JSON_HELP = QT_TRANSLATE_NOOP("cli", "print a JSON object")
_TIME = "YYYY-MM-DD HH:MM"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "meeting",
        help=QT_TRANSLATE_NOOP("cli", "the room's meeting records"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "The room's meeting records: what each meeting was, for whom, on which licence, "
            "when it was booked and when it really ran. Every change is kept with who made "
            "it and when. Times are on the room's clock.",
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=QT_TRANSLATE_NOOP("cli", "actions")
    )
    _add_add(actions)
    _add_list(actions)
    _add_set(actions)
    _add_show(actions)
    _add_attach(actions)


def _add_add(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = QT_TRANSLATE_NOOP("cli", "record a meeting held (or to be held) in the room")
    add = actions.add_parser("add", help=text, description=text)
    add.add_argument("--profile", metavar="PATH", required=True, help=_PROFILE_HELP)
    add.add_argument("--title", required=True, help=QT_TRANSLATE_NOOP("cli", "the meeting's title"))
    add.add_argument(
        "--start",
        metavar=_TIME,
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "booked start, on the room's clock"),
    )
    add.add_argument(
        "--end",
        metavar=_TIME,
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "booked end, on the room's clock"),
    )
    _add_details(add)
    add.add_argument(
        "--participants",
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "the number of participants expected"),
    )
    add.add_argument(
        "--operator",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli", "who runs the meeting in the room (default: the profile's room.operator)"
        ),
    )
    _add_who(add)
    add.add_argument("--json", action="store_true", help=_JSON_HELP)
    add.set_defaults(func=run_add)


def _add_details(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        metavar="KIND",
        help=QT_TRANSLATE_NOOP(
            "cli", "the kind of meeting, one of the profile's meetings.kinds (e.g. webinar)"
        ),
    )
    parser.add_argument(
        "--organiser",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the agency or unit the meeting is held for"),
    )
    parser.add_argument(
        "--licence",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the licence used, one of the profile's licences"),
    )
    parser.add_argument(
        "--platform",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the platform (e.g. Zoom, Teams)"),
    )


def _add_who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--who",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "cli", "who makes this change, for the change log (default: the system's user)"
        ),
    )


def _add_list(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = QT_TRANSLATE_NOOP("cli", "the room's meetings, by booked start")
    listing = actions.add_parser("list", help=text, description=text)
    listing.add_argument("--profile", metavar="PATH", required=True, help=_PROFILE_HELP)
    listing.add_argument(
        "--from",
        dest="since",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the first day (default: from the first meeting)"),
    )
    listing.add_argument(
        "--to",
        dest="until",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the last day (default: to the last meeting)"),
    )
    listing.add_argument("--json", action="store_true", help=_JSON_HELP)
    listing.set_defaults(func=run_list)


def _add_set(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = QT_TRANSLATE_NOOP(
        "cli", "change a meeting's record (each change is kept with who made it and when)"
    )
    change = actions.add_parser("set", help=text, description=text)
    change.add_argument("id", metavar="ID", help=QT_TRANSLATE_NOOP("cli", "the meeting's id"))
    change.add_argument(
        "--profile",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the room profile (needed to change the kind, the licence or a time: they are "
            "checked against it)",
        ),
    )
    change.add_argument("--title", help=QT_TRANSLATE_NOOP("cli", "the meeting's title"))
    change.add_argument(
        "--participants",
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "the number of participants who took part"),
    )
    change.add_argument(
        "--expected",
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "the number of participants expected"),
    )
    _add_details(change)
    change.add_argument(
        "--operator",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "who ran the meeting in the room"),
    )
    change.add_argument("--notes", metavar="TEXT", help=QT_TRANSLATE_NOOP("cli", "notes"))
    for option, words_ in (
        ("--start", QT_TRANSLATE_NOOP("cli", "booked start, on the room's clock")),
        ("--end", QT_TRANSLATE_NOOP("cli", "booked end, on the room's clock")),
        ("--actual-start", QT_TRANSLATE_NOOP("cli", "when it really started")),
        ("--actual-end", QT_TRANSLATE_NOOP("cli", "when it really ended")),
    ):
        change.add_argument(option, metavar=_TIME, help=words_)
    _add_who(change)
    change.add_argument("--json", action="store_true", help=_JSON_HELP)
    change.set_defaults(func=run_set)


def _add_show(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = QT_TRANSLATE_NOOP("cli", "a meeting's record and its change log")
    show = actions.add_parser("show", help=text, description=text)
    show.add_argument("id", metavar="ID", help=QT_TRANSLATE_NOOP("cli", "the meeting's id"))
    show.add_argument(
        "--profile",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "the room profile, for its clock (default: this computer's)"),
    )
    show.add_argument("--json", action="store_true", help=_JSON_HELP)
    show.set_defaults(func=run_show)


def _add_attach(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = QT_TRANSLATE_NOOP(
        "cli",
        "attach a recording to a meeting by hand (its archived output is then named after "
        "the meeting)",
    )
    attach = actions.add_parser("attach", help=text, description=text)
    attach.add_argument("id", metavar="ID", help=QT_TRANSLATE_NOOP("cli", "the meeting's id"))
    attach.add_argument(
        "file", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "the recording (never modified)")
    )
    _add_who(attach)
    attach.add_argument("--json", action="store_true", help=_JSON_HELP)
    attach.set_defaults(func=run_attach)


# --- the room ------------------------------------------------------------------------------


class _Refused(Exception):
    """Bad input, already said on stderr: exit 2."""


def _fail(action: str, error: MeetingError) -> _Refused:
    print(f"vcdesk meeting {action}: {meeting_error_text(error)}", file=sys.stderr, flush=True)
    return _Refused()


def _room(path: str) -> tuple[Profile, Rules, zoneinfo.ZoneInfo]:
    from vcdesk.core.meetings.rules import room_rules
    from vcdesk.core.profile.load import load_profile

    try:
        profile = load_profile(path)
        rules = room_rules(profile, Path(path))
    except ProfileError as exc:
        print_problems(exc)
        raise _Refused() from None
    return profile, rules, room_zone(profile.room.timezone)


def _local_zone() -> dt.tzinfo:
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _meeting_id(action: str, text: str) -> int:
    if not re.fullmatch(r"\d{1,18}", text.strip()):
        complain(f"meeting {action}", WHOLE_NUMBER, text=text)
        raise _Refused()
    return int(text)


def _dump(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    print()


# --- add ----------------------------------------------------------------------------------


def run_add(args: argparse.Namespace) -> int:
    try:
        return _add(args)
    except _Refused:
        return 2


def _add(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.model import MeetingError
    from vcdesk.core.meetings.parse import parse_count, parse_moment
    from vcdesk.core.meetings.store import MeetingStore

    profile, rules, zone = _room(args.profile)
    try:
        start = parse_moment(args.start, zone)
        end = parse_moment(args.end, zone)
        expected = None if args.participants is None else parse_count(args.participants)
    except MeetingError as exc:
        raise _fail("add", exc) from None
    fields: dict[str, Any] = {
        "kind": args.kind or "",
        "organiser": args.organiser or "",
        "licence": args.licence or "",
        "platform": args.platform or "",
        "expected_participants": expected,
        "operator": profile.room.operator if args.operator is None else args.operator,
    }
    store = MeetingStore(database_path(args.data_dir), rules)
    try:
        meeting = store.add(
            profile.room.name, args.title, start, end, source="cli", who=args.who, **fields
        )
    except MeetingError as exc:
        raise _fail("add", exc) from None
    finally:
        store.close()
    if args.json:
        _dump(meeting.to_json(zone))
        return 0
    say(
        QT_TRANSLATE_NOOP("cli", "Meeting #{id} recorded: {title}, {when}."),
        id=str(meeting.id),
        title=meeting.title,
        when=_span(meeting, zone, with_date=True),
    )
    return 0


# --- list ---------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    try:
        return _list(args)
    except _Refused:
        return 2


def _list(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.model import MeetingError
    from vcdesk.core.meetings.parse import day_start, parse_day
    from vcdesk.core.meetings.store import MeetingStore

    profile, _rules, zone = _room(args.profile)
    try:
        since = None if args.since is None else parse_day(args.since)
        until = None if args.until is None else parse_day(args.until)
    except MeetingError as exc:
        raise _fail("list", exc) from None
    start = None if since is None else day_start(since, zone)
    end = None if until is None else day_start(until + dt.timedelta(days=1), zone)
    store = MeetingStore(database_path(args.data_dir))
    try:
        meetings = store.list(profile.room.name, start, end)
    finally:
        store.close()
    if args.json:
        _dump(
            {
                "room": profile.room.name,
                "timezone": profile.room.timezone,
                "from": None if since is None else since.isoformat(),
                "to": None if until is None else until.isoformat(),
                "meetings": [m.to_json(zone) for m in meetings],
            }
        )
        return 0
    if not meetings:
        say(QT_TRANSLATE_NOOP("cli", "No meetings."))
        return 0
    for meeting in meetings:
        print(_line(meeting, zone))
    return 0


def _line(meeting: Meeting, zone: zoneinfo.ZoneInfo) -> str:
    """#12  Thursday, 3 Dec 2026  09:00-10:30 WIB  title  kind  organiser  100 participants"""
    dash = "–"
    parts = [
        f"#{meeting.id:<4}",
        _span(meeting, zone, with_date=True),
        meeting.title or phrase(QT_TRANSLATE_NOOP("cli", "(no title)")),
        meeting.kind or dash,
        meeting.organiser or dash,
        _participants(meeting),
    ]
    return "  ".join(parts)


def _participants(meeting: Meeting) -> str:
    number = words.current().formats.number  # 1.200 peserta
    if meeting.actual_participants is not None:
        template = QT_TRANSLATE_NOOP("cli", "{count} participants")
        return phrase(template, count=number(meeting.actual_participants))
    if meeting.expected_participants is not None:
        template = QT_TRANSLATE_NOOP("cli", "{count} expected")
        return phrase(template, count=number(meeting.expected_participants))
    return "–"


def _span(meeting: Meeting, zone: zoneinfo.ZoneInfo, *, with_date: bool) -> str:
    """ "Thursday, 3 Dec 2026  09:00-10:30 WIB" on the room's clock."""
    formats = words.current().formats
    start = meeting.booked_start.astimezone(zone)
    end = meeting.booked_end.astimezone(zone)
    label = zone_label(zone, start)
    until = formats.clock(end) if end.date() == start.date() else formats.moment(end)
    clocks = f"{formats.clock(start)}-{until} {label}"
    return f"{formats.date(start.date())}  {clocks}" if with_date else clocks


# --- set ----------------------------------------------------------------------------------

# option (argparse's dest) -> the record's field
_TEXT_OPTIONS = {
    "title": "title",
    "organiser": "organiser",
    "kind": "kind",
    "licence": "licence",
    "platform": "platform",
    "operator": "operator",
    "notes": "notes",
}
_COUNT_OPTIONS = {"participants": "actual_participants", "expected": "expected_participants"}
_TIME_OPTIONS = {
    "start": "booked_start",
    "end": "booked_end",
    "actual_start": "actual_start",
    "actual_end": "actual_end",
}
_NEED_PROFILE = {"kind", "licence", *_TIME_OPTIONS}


def run_set(args: argparse.Namespace) -> int:
    try:
        return _set(args)
    except _Refused:
        return 2


def _set(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.model import MeetingError
    from vcdesk.core.meetings.rules import Rules
    from vcdesk.core.meetings.store import MeetingStore, default_who

    meeting_id = _meeting_id("set", args.id)
    given = [
        option
        for option in (*_TEXT_OPTIONS, *_COUNT_OPTIONS, *_TIME_OPTIONS)
        if getattr(args, option) is not None
    ]
    if not given:
        complain(
            "meeting set",
            QT_TRANSLATE_NOOP(
                "cli", "nothing to change: give the values to change (see vcdesk meeting set -h)"
            ),
        )
        return 2
    needing = [option for option in given if option in _NEED_PROFILE]
    if needing and args.profile is None:
        complain(
            "meeting set",
            QT_TRANSLATE_NOOP(
                "cli", "--{option} needs --profile: the room's kinds, licences and clock are in it"
            ),
            option=needing[0].replace("_", "-"),
        )
        return 2
    profile: Profile | None = None
    rules, zone = Rules(), _local_zone()
    if args.profile is not None:
        profile, rules, zone = _room(args.profile)
    fields = _set_fields(args, given, zone)
    store = MeetingStore(database_path(args.data_dir), rules)
    try:
        before = store.get(meeting_id)
        if profile is not None and before.room != profile.room.name:
            other = MeetingError(
                "other_room", id=meeting_id, room=before.room, profile_room=profile.room.name
            )
            raise _fail("set", other)
        after = store.update(meeting_id, who=args.who or default_who(), **fields)
        changed = sum(1 for field in fields if getattr(before, field) != getattr(after, field))
    except MeetingError as exc:
        raise _fail("set", exc) from None
    finally:
        store.close()
    if args.json:
        _dump(after.to_json(zone))
    elif changed == 1:
        say(QT_TRANSLATE_NOOP("cli", "Meeting #{id}: 1 change recorded."), id=str(meeting_id))
    elif changed:
        say(
            QT_TRANSLATE_NOOP("cli", "Meeting #{id}: {count} changes recorded."),
            id=str(meeting_id),
            count=changed,
        )
    else:
        say(
            QT_TRANSLATE_NOOP(
                "cli", "Meeting #{id}: nothing changed (it already has those values)."
            ),
            id=str(meeting_id),
        )
    return 0


def _set_fields(args: argparse.Namespace, given: list[str], zone: dt.tzinfo) -> dict[str, Any]:
    from vcdesk.core.meetings.model import MeetingError
    from vcdesk.core.meetings.parse import parse_count, parse_moment

    fields: dict[str, Any] = {}
    try:
        for option in given:
            value = getattr(args, option)
            if option in _TEXT_OPTIONS:
                fields[_TEXT_OPTIONS[option]] = value
            elif option in _COUNT_OPTIONS:
                fields[_COUNT_OPTIONS[option]] = parse_count(value)
            else:
                fields[_TIME_OPTIONS[option]] = parse_moment(value, zone)
    except MeetingError as exc:
        raise _fail("set", exc) from None
    return fields


# --- show ---------------------------------------------------------------------------------


def run_show(args: argparse.Namespace) -> int:
    try:
        return _show(args)
    except _Refused:
        return 2


def _show(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.model import MeetingError
    from vcdesk.core.meetings.store import MeetingStore

    meeting_id = _meeting_id("show", args.id)
    zone: dt.tzinfo = _local_zone()
    if args.profile is not None:
        _profile, _rules, zone = _room(args.profile)
    store = MeetingStore(database_path(args.data_dir))
    try:
        meeting = store.get(meeting_id)
        changes = store.changes(meeting_id)
    except MeetingError as exc:
        raise _fail("show", exc) from None
    finally:
        store.close()
    recordings = _recordings_of(args.data_dir, meeting_id)
    if args.json:
        _dump(
            {
                "meeting": meeting.to_json(zone),
                "changes": [change.to_json(zone) for change in changes],
                "recordings": [recording.to_json() for recording in recordings],
            }
        )
        return 0
    print(f"#{meeting.id}  {meeting.title}")
    record = meeting.to_json()
    for field in ("room", *_SHOWN):
        print(f"  {field_name(field)}: {_value(field, record[field], zone)}")
    print(f"  {field_name('source')}: {source_name(meeting.source)}")
    print()
    say(QT_TRANSLATE_NOOP("cli", "Changes:"))
    formats = words.current().formats
    for change in changes:
        at = change.at.astimezone(zone)
        when = formats.moment(at, _zone_name(zone, at))
        if change.field == "created":
            print(f"  {when}  {who_name(change.who)}  {field_name('created')}")
            continue
        old, new = _value(change.field, change.old, zone), _value(change.field, change.new, zone)
        print(f"  {when}  {who_name(change.who)}  {field_name(change.field)}: {old} → {new}")
    if recordings:
        print()
        say(QT_TRANSLATE_NOOP("cli", "Recordings:"))
        for recording in recordings:
            print(f"  {visible(recording.path)}")
            if recording.archive_path:
                print(f"    → {visible(recording.archive_path)}  sha256 {recording.archive_sha256}")
    return 0


def _recordings_of(data_dir: Path, meeting_id: int) -> list[Recording]:
    from vcdesk.core.meetings.recordings import RecordingStore

    store = RecordingStore(database_path(data_dir))
    try:
        return store.of_meeting(meeting_id)
    finally:
        store.close()


# --- attach -------------------------------------------------------------------------------


def run_attach(args: argparse.Namespace) -> int:
    try:
        return _attach(args)
    except _Refused:
        return 2


def _attach(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.model import MeetingError
    from vcdesk.core.meetings.recordings import attach_by_hand

    meeting_id = _meeting_id("attach", args.id)
    db = database_path(args.data_dir)
    try:
        recording, before = attach_by_hand(db, meeting_id, Path(args.file), args.who)
    except MeetingError as exc:
        if "path" in exc.params:  # a name with a newline or an escape is shown escaped
            exc.params["path"] = visible(exc.params["path"])
        raise _fail("attach", exc) from None
    if args.json:
        _dump(recording.to_json())
        return 0
    say(
        QT_TRANSLATE_NOOP("cli", "Recording attached to meeting #{id}: {path}"),
        id=str(meeting_id),
        path=visible(recording.path),
    )
    if before is not None and before.meeting_id != meeting_id:
        say(
            QT_TRANSLATE_NOOP("cli", "It was attached to meeting #{id} before."),
            id=str(before.meeting_id),
        )
    return 0


_SHOWN = (
    "kind",
    "organiser",
    "platform",
    "licence",
    "expected_participants",
    "actual_participants",
    "booked_start",
    "booked_end",
    "actual_start",
    "actual_end",
    "operator",
    "check_run_id",
    "sop_ticked",
    "notes",
)


def _zone_name(zone: dt.tzinfo, when: dt.datetime) -> str:
    if isinstance(zone, zoneinfo.ZoneInfo):
        return zone_label(zone, when)
    return when.tzname() or ""


def _value(field: str, value: Any, zone: dt.tzinfo) -> str:
    """A field's value as JSON keeps it, for people: times on the room's clock."""
    from vcdesk.core.meetings.model import TIMES

    formats = words.current().formats
    if value is None or value == "" or value == []:
        return "–"
    if field in TIMES:
        moment = dt.datetime.fromisoformat(str(value)).astimezone(zone)
        return formats.moment(moment, _zone_name(zone, moment))
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, int) and not isinstance(value, bool) and field != "check_run_id":
        return formats.number(value)
    return str(value)
