"""An iCalendar feed turned into the room's meetings, in the room's time zone.

Parsing is icalendar's, and the expansion of recurring events is recurring-ical-events':
RRULE, RDATE, EXDATE, moved instances (RECURRENCE-ID), VTIMEZONE and TZIDs (IANA names
and Outlook's Windows names), Google's X-WR-TIMEZONE. That is exactly the code not to write
by hand. What is added here: cancelled events are left out, times become the room's zone,
all-day events span the room's local days, and floating times are read as the room's time.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from vcdesk.core.schedule.meetings import Meeting

log = logging.getLogger(__name__)


class ScheduleError(Exception):
    """A feed (or a meeting entry) that cannot be used: a stable `code` and the values its
    words need (`params`; "case" picks one of a code's wordings), worded by
    vcdesk.core.words.schedule in the reader's language; `message` and str() are the
    English words (logs, JSON)."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self) -> str:
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.schedule import problem_text

        with speaking(ENGLISH):
            return problem_text(self.code, self.params)

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"ScheduleError({self.code!r}, {self.params!r})"


def parse(data: bytes, source: str) -> icalendar.Calendar:
    """The calendar in `data`, or ScheduleError("broken") naming the source."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        head = data[:200].lstrip().lower()
        if head.startswith((b"<!doctype", b"<html")):
            raise ScheduleError("broken", case="web_page", source=source) from None
        raise ScheduleError("broken", case="not_ical", source=source, detail=_short(exc)) from None
    if not isinstance(calendar, icalendar.Calendar):
        raise ScheduleError("broken", case="no_vcalendar", source=source)
    events = calendar.walk("VEVENT")
    if events and all(not _readable(event) for event in events):
        raise ScheduleError("broken", case="no_times", source=source, events=len(events))
    return calendar


def _short(exc: BaseException) -> str:
    # The library's first words, without the raw bytes it quotes after them.
    text = str(exc).split(": b'")[0].split("\n")[0] or type(exc).__name__
    return text if len(text) <= 100 else text[:97] + "..."


def _time(event: Any, name: str) -> date | None:
    """A DTSTART/DTEND/RECURRENCE-ID value (a date or a datetime), None when absent;
    ValueError when it is there but broken."""
    prop = event.get(name)
    if prop is None:
        return None
    value = prop.dt  # icalendar raises on a broken value here
    if not isinstance(value, date):
        raise ValueError(f"{name} is not a date or a time: {value!r}")
    return value


def _readable(event: Any) -> bool:
    try:
        return all(
            _time(event, name) is not None or name != "DTSTART"
            for name in ("DTSTART", "DTEND", "RECURRENCE-ID")
        )
    except (ValueError, TypeError, AttributeError):
        return False


def unreadable_events(calendar: icalendar.Calendar) -> int:
    """Events that will be left out because their times cannot be read."""
    return sum(not _readable(event) for event in calendar.walk("VEVENT"))


def expand(
    calendar: icalendar.Calendar, start: datetime, end: datetime, zone: ZoneInfo
) -> list[Meeting]:
    """The meetings that overlap [start, end), in `zone`, sorted by start; cancelled ones
    left out. A series that cannot be expanded is skipped (parse() refuses a feed where
    nothing can be read)."""
    query = recurring_ical_events.of(calendar, skip_bad_series=True)
    meetings = []
    for event in query.between(start.astimezone(zone), end.astimezone(zone)):
        try:
            meeting = _meeting(event, zone)
        except (ValueError, TypeError, AttributeError) as exc:
            log.warning("schedule: an event was left out, its times cannot be read: %s", exc)
            continue
        if meeting is not None and meeting.end > start and meeting.start < end:
            meetings.append(meeting)
    meetings.sort(key=lambda m: (m.start, m.end, m.title))
    return meetings


def _meeting(event: Any, zone: ZoneInfo) -> Meeting | None:
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return None
    raw_start = _time(event, "DTSTART")
    if raw_start is None:
        return None
    raw_end = _time(event, "DTEND")
    all_day = not isinstance(raw_start, datetime)
    start = _local(raw_start, zone)
    if raw_end is None:  # recurring-ical-events fills DTEND in; this is the RFC's default
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    else:
        end = max(start, _local(raw_end, zone))
    transp = str(event.get("TRANSP", "")).upper()
    busy = transp == "OPAQUE" if all_day else transp != "TRANSPARENT"
    return Meeting(
        start=start,
        end=end,
        title=str(event.get("SUMMARY", "")).strip(),
        all_day=all_day,
        busy=busy,
        source="feed",
        uid=str(event.get("UID", "")),
    )


def _local(value: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):  # an all-day date: the room's local midnight
        return datetime.combine(value, time(0), zone)
    if value.tzinfo is None:  # floating time: the room's own clock
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)
