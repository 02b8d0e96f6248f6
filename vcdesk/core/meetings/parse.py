"""A meeting's values as people type them (the CLI, later the console's fields): a time
"YYYY-MM-DD HH:MM" on the room's clock, a date, a count of participants. What cannot be
read is a MeetingError, worded like every other meeting problem."""

from __future__ import annotations

import datetime as dt
import re

from vcdesk.core.meetings.model import MAX_PARTICIPANTS, MeetingError

_MOMENT = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_moment(text: str, zone: dt.tzinfo) -> dt.datetime:
    """ "2026-12-03 09:30" (or with a T) on the clock of `zone`."""
    found = _MOMENT.fullmatch(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        year, month, day, hour, minute = (int(part) for part in found.groups())
        return dt.datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        raise MeetingError("bad_time", text=text) from None


def parse_day(text: str) -> dt.date:
    """ "2026-12-03"."""
    found = _DAY.fullmatch(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        raise MeetingError("bad_date", text=text) from None


def parse_count(text: str) -> int:
    """A number of participants: a whole number, 0 to MAX_PARTICIPANTS."""
    cleaned = text.strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", cleaned):
        raise MeetingError("bad_count", text=text)
    count = int(cleaned)
    if not 0 <= count <= MAX_PARTICIPANTS:
        raise MeetingError("count_range", value=count, limit=MAX_PARTICIPANTS)
    return count


def day_start(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """Midnight at the start of `day` on the clock of `zone`."""
    return dt.datetime.combine(day, dt.time(), tzinfo=zone)
