"""The words of meeting records: the problems vcdesk.core.meetings hands out as codes
(MeetingError), the names of a record's fields as its change log shows them, and the
licence flags (vcdesk.core.meetings.licences: over capacity, host accounts all taken).

Templates are str.format() strings marked with QT_TRANSLATE_NOOP("meetings", ...), filled
with the error's values; `params["case"]` picks one of a code's wordings. A field named in
a problem is worded too (`field_name`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP, current, tr
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
    from vcdesk.core.meetings.model import MeetingError

CONTEXT = "meetings"

_PROBLEMS: dict[str, str | Mapping[str, str]] = {
    "no_title": QT_TRANSLATE_NOOP("meetings", "a meeting needs a title"),
    "text_too_long": QT_TRANSLATE_NOOP("meetings", "the {field} is longer than {limit} characters"),
    "count_range": QT_TRANSLATE_NOOP(
        "meetings", "the number of participants must be from 0 to {limit:,}, not {value:,}"
    ),
    "bad_count": QT_TRANSLATE_NOOP(
        "meetings", "the number of participants must be a whole number, not {text!r}"
    ),
    "ends_first": {
        "booked": QT_TRANSLATE_NOOP("meetings", "the meeting must end after it starts"),
        "actual": QT_TRANSLATE_NOOP("meetings", "the actual end must be after the actual start"),
    },
    "too_long": {
        "booked": QT_TRANSLATE_NOOP(
            "meetings", "a meeting cannot last more than {days} days: check the dates"
        ),
        "actual": QT_TRANSLATE_NOOP(
            "meetings", "a meeting cannot have run more than {days} days: check the dates"
        ),
    },
    "unknown_kind": QT_TRANSLATE_NOOP(
        "meetings", "unknown meeting kind {kind!r}: the kinds of this room are {kinds}"
    ),
    "unknown_licence": {
        "": QT_TRANSLATE_NOOP(
            "meetings", "unknown licence {licence!r}: the licences of this room are {licences}"
        ),
        "none": QT_TRANSLATE_NOOP(
            "meetings", "unknown licence {licence!r}: the room profile lists no licences"
        ),
    },
    "bad_time": QT_TRANSLATE_NOOP(
        "meetings", "expected a time as YYYY-MM-DD HH:MM, found {text!r}"
    ),
    "bad_date": QT_TRANSLATE_NOOP("meetings", "expected a date as YYYY-MM-DD, found {text!r}"),
    "not_found": QT_TRANSLATE_NOOP("meetings", "there is no meeting #{id}"),
    "unknown_field": QT_TRANSLATE_NOOP("meetings", "a meeting has no field {field!r}"),
    "other_room": QT_TRANSLATE_NOOP(
        "meetings", "meeting #{id} belongs to the room {room}, not to {profile_room}"
    ),
    "no_file": QT_TRANSLATE_NOOP("meetings", "there is no file {path}"),
    "not_a_recording": QT_TRANSLATE_NOOP(
        "meetings", "{path} is the archive's own output or a partial file, not a recording"
    ),
}

TEMPLATES = Templates(CONTEXT, _PROBLEMS)

FIELDS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("meetings", "record created"),
    "title": QT_TRANSLATE_NOOP("meetings", "title"),
    "organiser": QT_TRANSLATE_NOOP("meetings", "organiser"),
    "kind": QT_TRANSLATE_NOOP("meetings", "kind"),
    "platform": QT_TRANSLATE_NOOP("meetings", "platform"),
    "licence": QT_TRANSLATE_NOOP("meetings", "licence"),
    "expected_participants": QT_TRANSLATE_NOOP("meetings", "expected participants"),
    "actual_participants": QT_TRANSLATE_NOOP("meetings", "actual participants"),
    "booked_start": QT_TRANSLATE_NOOP("meetings", "booked start"),
    "booked_end": QT_TRANSLATE_NOOP("meetings", "booked end"),
    "actual_start": QT_TRANSLATE_NOOP("meetings", "actual start"),
    "actual_end": QT_TRANSLATE_NOOP("meetings", "actual end"),
    "operator": QT_TRANSLATE_NOOP("meetings", "operator"),
    "check_run_id": QT_TRANSLATE_NOOP("meetings", "checklist run"),
    "sop_ticked": QT_TRANSLATE_NOOP("meetings", "SOP items ticked"),
    "notes": QT_TRANSLATE_NOOP("meetings", "notes"),
    "source": QT_TRANSLATE_NOOP("meetings", "source"),
    "room": QT_TRANSLATE_NOOP("meetings", "room"),
}

SOURCES: dict[str, str] = {
    "calendar": QT_TRANSLATE_NOOP("meetings", "from the calendar"),
    "console": QT_TRANSLATE_NOOP("meetings", "added in the console"),
    "cli": QT_TRANSLATE_NOOP("meetings", "added with vcdesk meeting add"),
}


# Who changed a record when no person did: store.CALENDAR, recordings.WATCH and
# actual.MEETING_MODE, as the change log keeps them (tests hold the names equal).
WHO: dict[str, str] = {
    "calendar": QT_TRANSLATE_NOOP("meetings", "the calendar"),
    "watch": QT_TRANSLATE_NOOP("meetings", "the room's folders"),
    "meeting mode": QT_TRANSLATE_NOOP("meetings", "meeting mode"),
}


def who_name(who: str) -> str:
    """Who made a change, as people read it: a person's name as it is, vcdesk's own
    markers in the current language."""
    return tr(CONTEXT, WHO[who]) if who in WHO else who


def field_name(field: str) -> str:
    """A record's field as people call it, in the current language."""
    return tr(CONTEXT, FIELDS[field]) if field in FIELDS else field


def source_name(source: str) -> str:
    return tr(CONTEXT, SOURCES[source]) if source in SOURCES else source


def problem_text(code: str, params: Mapping[str, Any]) -> str:
    """The words for a meeting problem in the current language, on one line."""
    values = dict(params)
    if isinstance(values.get("field"), str) and code == "text_too_long":
        values["field"] = field_name(values["field"])
    text = TEMPLATES.word(code, str(params.get("case", "")), values) or unworded(code, params)
    return "".join(c if c.isprintable() else " " for c in text)


def meeting_error_text(error: MeetingError) -> str:
    """`error` in the current language (str(error) is the English words)."""
    return problem_text(error.code, error.params)


# --- licence flags (vcdesk.core.meetings.licences) ----------------------------------------

_FLAGS: dict[str, str | Mapping[str, str]] = {
    "over_capacity": QT_TRANSLATE_NOOP(
        "meetings", "{participants:,} participants, but licence {licence} admits {capacity:,}"
    ),
    "hosts_busy": {
        "one": QT_TRANSLATE_NOOP(
            "meetings",
            "licence {licence} has 1 host account and {count} meetings at once: {others}",
        ),
        "": QT_TRANSLATE_NOOP(
            "meetings",
            "licence {licence} has {hosts} host accounts and {count} meetings at once: {others}",
        ),
    },
    "unknown_licence": QT_TRANSLATE_NOOP(
        "meetings", "licence {licence} is no longer among the licences of this room"
    ),
}

FLAG_TEMPLATES = Templates(CONTEXT, _FLAGS)


def flag_text(code: str, params: Mapping[str, Any]) -> str:
    """A licence flag's words in the current language, on one line: "licence Zoom Pro has 1
    host account and 2 meetings at once: Ruang Rapat Bupati 09:00 “Rakor”"."""
    values = dict(params)
    case = ""
    if code == "hosts_busy":
        others = [o for o in params.get("others") or () if isinstance(o, Mapping)]
        values["count"] = len(others) + 1
        values["others"] = ", ".join(_other(o) for o in others)
        case = "one" if params.get("hosts") == 1 else ""
    text = FLAG_TEMPLATES.word(code, case, values) or unworded(code, params)
    return "".join(c if c.isprintable() else " " for c in text)


def _other(other: Mapping[str, Any]) -> str:
    """Another meeting on the licence: its room, its start on the room's clock, its title."""
    try:
        start = datetime.fromisoformat(str(other.get("start")))
        when = current().formats.clock(start)
    except ValueError:
        when = ""
    title = str(other.get("title") or "").strip()
    text = " ".join(part for part in (str(other.get("room") or ""), when) if part)
    return f"{text} “{title}”" if title else text
