"""A meeting held in the room, as its record keeps it: what it was, for whom, on which
licence, when it was booked and when it really ran, who ran it and what changed since.

Plain data: the store (vcdesk.core.meetings.store) reads and writes it, the CLI and the
console show it. Times are aware datetimes in UTC as stored; the room's zone is the
reader's to apply (`to_json(zone)`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

Source = Literal["calendar", "console", "cli"]
SOURCES: tuple[str, ...] = ("calendar", "console", "cli")


# The fields `MeetingStore.update` may change; the rest (id, room, source, the calendar's
# keys, created, updated) say where the record came from and are never edited.
EDITABLE: tuple[str, ...] = (
    "title",
    "organiser",
    "kind",
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
TIMES: frozenset[str] = frozenset({"booked_start", "booked_end", "actual_start", "actual_end"})
COUNTS: frozenset[str] = frozenset({"expected_participants", "actual_participants"})
TEXTS: dict[str, int] = {  # text fields and their longest value
    "title": 200,
    "organiser": 200,
    "kind": 50,
    "platform": 100,
    "licence": 200,
    "operator": 200,
    "notes": 5000,
}
MAX_PARTICIPANTS = 100_000
MAX_LENGTH = dt.timedelta(days=7)  # as console entries: a longer one is a typo in a date


class MeetingError(ValueError):
    """A meeting's values that cannot be kept: a stable `code` and the values its words
    need (`params`), worded by vcdesk.core.words.meetings in the reader's language."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    def __str__(self) -> str:
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.meetings import problem_text

        with speaking(ENGLISH):
            return problem_text(self.code, self.params)

    def __repr__(self) -> str:
        return f"MeetingError({self.code!r}, {self.params!r})"


def utc_text(moment: dt.datetime) -> str:
    """One fixed form in UTC to the second, so that text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError("a meeting's times must carry their time zone")
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def from_utc_text(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _iso(moment: dt.datetime | None, zone: dt.tzinfo | None) -> str | None:
    if moment is None:
        return None
    return (moment.astimezone(zone) if zone else moment).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Meeting:
    id: int
    room: str
    title: str
    booked_start: dt.datetime
    booked_end: dt.datetime
    source: Source
    created: dt.datetime
    updated: dt.datetime
    organiser: str = ""
    kind: str = ""  # "" until someone says which
    platform: str = ""
    licence: str = ""
    expected_participants: int | None = None
    actual_participants: int | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    operator: str = ""
    check_run_id: int | None = None
    sop_ticked: tuple[str, ...] = ()
    notes: str = ""
    calendar_uid: str | None = None  # a calendar meeting's event UID
    occurrence: dt.datetime | None = None  # which instance of that event

    @property
    def participants(self) -> int | None:
        """The count that matters: actual, else expected."""
        if self.actual_participants is not None:
            return self.actual_participants
        return self.expected_participants

    def to_json(self, zone: dt.tzinfo | None = None) -> dict[str, Any]:
        """The record as JSON: the same in every language; times ISO 8601 in `zone` (UTC
        when none is given)."""
        return {
            "id": self.id,
            "room": self.room,
            "title": self.title,
            "organiser": self.organiser,
            "kind": self.kind,
            "platform": self.platform,
            "licence": self.licence,
            "expected_participants": self.expected_participants,
            "actual_participants": self.actual_participants,
            "booked_start": _iso(self.booked_start, zone),
            "booked_end": _iso(self.booked_end, zone),
            "actual_start": _iso(self.actual_start, zone),
            "actual_end": _iso(self.actual_end, zone),
            "operator": self.operator,
            "check_run_id": self.check_run_id,
            "sop_ticked": list(self.sop_ticked),
            "notes": self.notes,
            "source": self.source,
            "calendar_uid": self.calendar_uid,
            "occurrence": _iso(self.occurrence, zone),
            "created": _iso(self.created, zone),
            "updated": _iso(self.updated, zone),
        }

    @classmethod
    def from_json(cls, data: Any) -> Meeting:
        """The reverse of `to_json` (times back in UTC), for a record read from a file that
        may not be one (an archive sidecar): ValueError for a missing or mistyped field, a
        time without its zone or an unknown source."""
        if not isinstance(data, dict):
            raise ValueError("not a meeting record")
        source = _text(data, "source")
        if source not in SOURCES:
            raise ValueError(f"source {source!r}")
        meeting_id = _count(data, "id")
        if meeting_id is None or meeting_id < 1:
            raise ValueError("id")
        return cls(
            id=meeting_id,
            room=_text(data, "room"),
            title=_text(data, "title"),
            booked_start=_time(data, "booked_start"),
            booked_end=_time(data, "booked_end"),
            source=source,  # type: ignore[arg-type]  # one of SOURCES, checked above
            created=_time(data, "created"),
            updated=_time(data, "updated"),
            organiser=_text(data, "organiser", ""),
            kind=_text(data, "kind", ""),
            platform=_text(data, "platform", ""),
            licence=_text(data, "licence", ""),
            expected_participants=_count(data, "expected_participants"),
            actual_participants=_count(data, "actual_participants"),
            actual_start=_time_or_none(data, "actual_start"),
            actual_end=_time_or_none(data, "actual_end"),
            operator=_text(data, "operator", ""),
            check_run_id=_count(data, "check_run_id"),
            sop_ticked=tuple(_texts(data, "sop_ticked")),
            notes=_text(data, "notes", ""),
            calendar_uid=_text_or_none(data, "calendar_uid"),
            occurrence=_time_or_none(data, "occurrence"),
        )


@dataclass(frozen=True)
class Change:
    """One field of one meeting changed: by whom, when, from what to what. Values are as
    the change log keeps them (JSON): times as ISO 8601 UTC text, SOP ticks as a list.
    `field` "created" holds the whole record as it was first kept (`new`)."""

    meeting_id: int
    at: dt.datetime
    who: str
    field: str
    old: Any
    new: Any

    def to_json(self, zone: dt.tzinfo | None = None) -> dict[str, Any]:
        return {
            "meeting_id": self.meeting_id,
            "at": _iso(self.at, zone),
            "who": self.who,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }

    @classmethod
    def from_json(cls, data: Any) -> Change:
        """The reverse of `to_json`; ValueError as Meeting.from_json."""
        if not isinstance(data, dict):
            raise ValueError("not a change")
        meeting_id = _count(data, "meeting_id")
        if meeting_id is None:
            raise ValueError("meeting_id")
        return cls(
            meeting_id=meeting_id,
            at=_time(data, "at"),
            who=_text(data, "who"),
            field=_text(data, "field"),
            old=data.get("old"),
            new=data.get("new"),
        )


# --- reading records back (from_json) ------------------------------------------------------

_MISSING: Any = object()


def _text(data: dict[str, Any], key: str, default: Any = _MISSING) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(key)
    return value


def _text_or_none(data: dict[str, Any], key: str) -> str | None:
    return None if data.get(key) is None else _text(data, key)


def _texts(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(key)
    return value


def _count(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(key)  # bool is an int to Python, never to a record
    return value


def _time(data: dict[str, Any], key: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(_text(data, key))
    if moment.tzinfo is None:
        raise ValueError(f"{key} has no time zone")
    return moment.astimezone(dt.UTC)


def _time_or_none(data: dict[str, Any], key: str) -> dt.datetime | None:
    return None if data.get(key) is None else _time(data, key)
