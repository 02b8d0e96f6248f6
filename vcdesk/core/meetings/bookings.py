"""How rooms on different PCs see each other's meetings on their shared licences: each room
publishes its licensed meetings of the coming days as one JSON file in a folder beside the
shared licences file, `<file's folder>/<file's stem>.bookings/<room>-<hash>.json`, and
reads every other room's file there. A shared folder (a network drive) is all the rooms
have in common: no server, no database across PCs.

A room's own meetings always come from its database, never from its file (which may lag).
What cannot be read (a missing or unwritable folder, a damaged or foreign file) is logged
once and left out: the flags are then worked out from what could be read, never a crash.
A room without a licences file judges its own meetings only."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import threading
from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Any

from vcdesk.core.files import write_atomic
from vcdesk.core.meetings.from_schedule import ScheduleRecords
from vcdesk.core.meetings.licences import Booking, Flag, booking_of, conflicts
from vcdesk.core.meetings.model import Meeting
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.profile.model import Licence, Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.profile.shared import load_shared, shared_path
from vcdesk.core.schedule.meetings import Meeting as ScheduleMeeting
from vcdesk.core.schedule.zones import room_zone

log = logging.getLogger(__name__)

FORMAT = "vcdesk-bookings"
VERSION = 1
BEFORE = dt.timedelta(days=1)  # as the schedule's records: yesterday's (a meeting run late)
AFTER = dt.timedelta(days=7)  # to a week ahead
MAX_FILE_BYTES = 2_000_000  # a week of a busy room is a few tens of kB
MAX_FILES = 500  # rooms sharing one file: a province's, at most
MAX_BOOKINGS = 5_000  # per file
_SLUG = re.compile(r"[^a-z0-9]+")

_lock = threading.Lock()
_written: dict[str, bytes] = {}  # file -> content last written by this process
_logged: set[str] = set()  # problems logged once (folder, or file@mtime)


def bookings_dir(licences_file: Path) -> Path:
    return licences_file.parent / f"{licences_file.stem}.bookings"


def file_name(room: str) -> str:
    """A file name for any room name ("/", "..", a newline, 300 characters are just a name):
    a readable slug and a hash of the whole name, so two names never share a file."""
    slug = _SLUG.sub("-", room.lower()).strip("-")[:40].strip("-") or "room"
    digest = hashlib.sha256(room.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{slug}-{digest}.json"


def window(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    return now - BEFORE, now + AFTER


# --- what a room can judge ------------------------------------------------------------------


def room_conflicts(
    profile: Profile,
    profile_path: Path | None,
    db_path: Path,
    now: dt.datetime,
    *,
    span: tuple[dt.datetime, dt.datetime] | None = None,
    store: MeetingStore | None = None,
) -> dict[int, list[Flag]]:
    """The flags of this room's meetings booked to start in `span` (default: the window
    around `now`, yesterday to a week ahead), by record id. Publishes the room's bookings
    of that window for the rooms sharing its licences file (when it has one). Database
    errors are the caller's (DatabaseError, sqlite3.Error, OSError)."""
    own_store = store is None
    meetings = store or MeetingStore(db_path)
    try:
        start, end = window(now)
        records = meetings.list(profile.room.name, start, end)
        if span is not None and span != (start, end):
            records = _union(records, meetings.list(profile.room.name, *span))
    finally:
        if own_store:
            meetings.close()
    judged = [r for r in records if span is None or span[0] <= r.booked_start < span[1]]
    return judge(profile, profile_path, records, judged)


def record_flags(
    profile: Profile, profile_path: Path | None, db_path: Path, record: Meeting, now: dt.datetime
) -> list[Flag]:
    """The flags of one record (the checklist's meeting)."""
    span = (record.booked_start, record.booked_start + dt.timedelta(seconds=1))
    return room_conflicts(profile, profile_path, db_path, now, span=span).get(record.id, [])


def schedule_flags(
    profile: Profile,
    profile_path: Path | None,
    records: ScheduleRecords,
    meetings: Iterable[ScheduleMeeting],
    now: dt.datetime,
) -> dict[ScheduleMeeting, list[Flag]]:
    """The flags of the schedule's `meetings` (the agenda's, `schedule show`'s), through
    their records; only the flagged ones. Database errors are the caller's."""
    pairs = [(m, records.record_of(m)) for m in meetings]
    found = [(m, r) for m, r in pairs if r is not None and r.licence]
    span = None
    if found:
        starts = [r.booked_start for _, r in found]
        span = (min(starts), max(starts) + dt.timedelta(seconds=1))
    flags = room_conflicts(profile, profile_path, records.db_path, now, span=span)
    return {m: flags[r.id] for m, r in found if r.id in flags}


def judge(
    profile: Profile,
    profile_path: Path | None,
    records: Iterable[Meeting],
    judged: Iterable[Meeting],
) -> dict[int, list[Flag]]:
    """The flags of `judged` (this room's records), against `records` (this room's of the
    window: what it publishes) and the other rooms' published bookings."""
    records = list(records)
    own_licences = profile.licences
    path = shared_path(profile, profile_path)
    shared: tuple[Licence, ...] = ()
    known = True
    if path is not None:
        try:
            own = {lic.name for lic in own_licences}
            shared = tuple(lic for lic in load_shared(path).licences if lic.name not in own)
        except ProfileError as exc:  # judged with the room's own licences meanwhile
            known = False
            _log_once(f"shared:{path}", "licences file %s cannot be read: %s", path, exc)
    licences = own_licences + shared
    names = {lic.name for lic in shared}
    bookings = [booking_of(r) for r in records]
    published = [b for b in bookings if b.licence in names]
    judged_ids = {r.id for r in judged}
    bookings += [booking_of(r) for r in _union(records, list(judged))[len(records) :]]
    if path is not None and names:
        folder = bookings_dir(path)
        publish(folder, profile.room.name, published)
        bookings += [b for b in read_others(folder, profile.room.name) if b.licence in names]
    zone = room_zone(profile.room.timezone)
    found = conflicts(bookings, licences, zone, judge=judged_ids)
    if not known:  # a licence from the unreadable file is not "unknown"
        found = {
            key: kept
            for key, flags in found.items()
            if (kept := [f for f in flags if f.code != "unknown_licence"])
        }
    return {int(key): flags for key, flags in found.items() if isinstance(key, int)}


def _union(a: list[Meeting], b: list[Meeting]) -> list[Meeting]:
    seen = {r.id for r in a}
    return a + [r for r in b if r.id not in seen]


# --- publishing -----------------------------------------------------------------------------


def publish(folder: Path, room: str, bookings: Iterable[Booking]) -> bool:
    """Write this room's bookings to its file in `folder` (atomically: a reader never sees
    half a file); nothing is written when the content is what this process last wrote and
    the file is still there. False (logged once) when the folder cannot be written."""
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "room": room,
        "bookings": [
            {
                "id": b.key,
                "title": b.title,
                "licence": b.licence,
                "start": b.start.astimezone(dt.UTC).isoformat(timespec="seconds"),
                "end": b.end.astimezone(dt.UTC).isoformat(timespec="seconds"),
                "participants": b.participants,
            }
            for b in sorted(bookings, key=lambda b: (b.start, str(b.key)))
        ],
    }
    content = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    target = folder / file_name(room)
    name = str(target)
    with _lock:
        unchanged = _written.get(name) == content
    if unchanged and target.is_file():
        return True
    try:
        folder.mkdir(exist_ok=True)  # beside the licences file; its folder must exist
        write_atomic(target, content)  # a reader never sees half a file
    except OSError as exc:
        _log_once(f"folder:{folder}", "bookings cannot be published in %s: %s", folder, exc)
        return False
    with _lock:
        _written[name] = content
        _logged.discard(f"folder:{folder}")
    return True


# --- reading --------------------------------------------------------------------------------


def read_others(folder: Path, room: str) -> list[Booking]:
    """Every other room's published bookings in `folder`; a file that cannot be read or is
    not a bookings file is left out (logged once per version of it)."""
    try:
        files = sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))
    except OSError as exc:
        _log_once(f"folder:{folder}", "bookings in %s cannot be read: %s", folder, exc)
        return []
    found: list[Booking] = []
    for path in files[:MAX_FILES]:
        try:
            stat = path.stat()
            if stat.st_size > MAX_FILE_BYTES:
                raise ValueError(f"larger than {MAX_FILE_BYTES} bytes")
            with path.open("rb") as handle:
                data = json.loads(handle.read(MAX_FILE_BYTES + 1))
            other, bookings = _parse(data)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            mark = f"file:{path}@{_mtime(path)}"
            _log_once(mark, "bookings file %s left out: %s", path, exc)
            continue
        if other != room:  # this room's own come from its database
            found += bookings
    return found


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _parse(data: Any) -> tuple[str, list[Booking]]:
    """A bookings file's room and bookings; ValueError/TypeError/KeyError when it is not
    one this vcdesk reads (another format, an older or newer version, a wrong value)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a vcdesk bookings file")
    if data.get("version") != VERSION:
        raise ValueError(f"bookings format version {data.get('version')!r}, not {VERSION}")
    room = data["room"]
    entries = data["bookings"]
    if not isinstance(room, str) or not isinstance(entries, list):
        raise TypeError("room or bookings of the wrong type")
    bookings = []
    for entry in entries[:MAX_BOOKINGS]:
        if not isinstance(entry, dict):
            raise TypeError(f"a booking {entry!r}")
        participants = entry.get("participants")
        if participants is not None and (
            not isinstance(participants, int) or isinstance(participants, bool)
        ):
            raise TypeError(f"participants {participants!r}")
        start, end = _moment(entry["start"]), _moment(entry["end"])
        title, licence = entry["title"], entry["licence"]
        if not isinstance(title, str) or not isinstance(licence, str):
            raise TypeError("title or licence of the wrong type")
        key: Hashable = (room, str(entry["id"]))
        bookings.append(Booking(key, room, title[:200], licence, start, end, participants))
    return room, bookings


def _moment(text: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError(f"a time without its zone: {text!r}")
    return moment


def _log_once(mark: str, message: str, *args: object) -> None:
    with _lock:
        first = mark not in _logged
        _logged.add(mark)
    if first:
        log.warning(message, *args)
