"""The licence check: is the licence of the meeting on now or next (RunContext.meeting) big
enough for its participants, and is one of its host accounts free then, across the rooms
sharing the licences file (vcdesk.core.meetings.licences and .bookings)? A warning, never a
failure: the operator can still switch licence or ask for a host account before it starts.

Codes (worded by vcdesk.core.words.checks):
- licence.ok: the licence admits the participants and a host account is free
- licence.conflict: the flags' sentences (details["flags"]: code and values of each)
- licence.no_meeting: no meeting on now or within the hour (skip)
- licence.no_record: the meeting has no meeting record (skip)
- licence.no_licence: its record names no licence (skip)
- licence.no_licences: the room profile lists no licences at all (skip)
- licence.unreadable: the meeting records could not be read (warn)
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import RunContext
from vcdesk.core.meetings.bookings import record_flags
from vcdesk.core.meetings.from_schedule import ScheduleRecords
from vcdesk.core.meetings.model import Meeting as Record
from vcdesk.core.profile.model import Licence
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.profile.shared import room_licences
from vcdesk.core.storage import DatabaseError

log = logging.getLogger(__name__)

CODES = (
    "licence.ok",
    "licence.conflict",
    "licence.no_meeting",
    "licence.no_record",
    "licence.no_licence",
    "licence.no_licences",
    "licence.unreadable",
)
_FAILURES = (DatabaseError, sqlite3.Error, OSError)


def _result(status: Status, code: str, details: dict[str, Any]) -> CheckResult:
    value = details.get("participants")
    return CheckResult("licence", status, code, value=value, details=details)


def run(section: object, cancel: CancelToken, context: RunContext | None = None) -> CheckResult:
    """`section`: the room's own licences (the shared file's are read through the profile
    the context carries)."""
    profile = context.profile if context is not None else None
    if context is None or profile is None or context.meeting is None or context.now is None:
        return _result(Status.SKIP, "licence.no_meeting", {})
    meeting = context.meeting
    details: dict[str, Any] = {"meeting_title": meeting.title}
    try:
        licences = room_licences(profile, context.profile_path)
    except ProfileError as exc:  # the shared file is bad: the room's own still count
        log.warning("licence check: the licences file cannot be read: %s", exc)
        licences = profile.licences
    if not licences and not profile.licences_file:
        return _result(Status.SKIP, "licence.no_licences", details)
    if context.database is None:
        return _result(Status.SKIP, "licence.no_record", details)
    try:
        record = _record_of(profile.room.name, context)
        if record is None:
            return _result(Status.SKIP, "licence.no_record", details)
        if not record.licence:
            return _result(Status.SKIP, "licence.no_licence", details)
        cancel.raise_if_cancelled()
        flags = record_flags(profile, context.profile_path, context.database, record, context.now)
    except _FAILURES as exc:
        details["error"] = f"{type(exc).__name__}: {exc}"
        return _result(Status.WARN, "licence.unreadable", details)
    details.update(_facts(record, licences))
    if flags:
        details["flags"] = [flag.to_json() for flag in flags]
        return _result(Status.WARN, "licence.conflict", details)
    return _result(Status.PASS, "licence.ok", details)


def _record_of(room: str, context: RunContext) -> Record | None:
    assert context.database is not None and context.meeting is not None
    records = ScheduleRecords(room, context.database)
    try:
        return records.record_of(context.meeting)
    finally:
        records.close()


def _facts(record: Record, licences: tuple[Licence, ...]) -> dict[str, Any]:
    facts: dict[str, Any] = {"licence": record.licence, "participants": record.participants}
    known = next((lic for lic in licences if lic.name == record.licence), None)
    if known is not None:
        facts.update(capacity=known.capacity, hosts=max(1, len(known.hosts)))
    return facts
