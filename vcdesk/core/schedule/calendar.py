"""An iCalendar feed turned into the room's meetings, in the room's time zone.

Parsing is icalendar's, and the expansion of recurring events is recurring-ical-events':
RRULE, RDATE, EXDATE, moved instances (RECURRENCE-ID), VTIMEZONE and TZIDs (IANA names
and Outlook's Windows names), Google's X-WR-TIMEZONE. That is exactly the code not to write
by hand. What is added here: cancelled events are left out, times become the room's zone,
all-day events span the room's local days, and floating times are read as the room's time.

A feed is hostile input. Each event is checked before the library sees it (one DTSTART that
reads as a date or a time, zones that exist, an RRULE whose values are in range and whose
frequency a room can have); an event that fails is left out and listed in
`Calendar.warnings` (ScheduleError("skipped", case=...), worded like any schedule problem),
the others still count. Expansion covers only the window asked for, with at most
MAX_PER_EVENT occurrences of one event and MAX_PER_FEED of the feed, and each series gets a
time budget (SERIES_BUDGET_S; FEED_BUDGET_S for the whole feed) enforced while the recurrence
library iterates, so that a rule that never matches cannot spin.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import time as clock
from datetime import date, datetime, time, timedelta
from types import FrameType
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

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ScheduleError):
            return NotImplemented
        return (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, str(v)) for k, v in self.params.items()))))

    def to_json(self) -> dict[str, Any]:
        """Code, values (text and numbers only) and the English words."""
        return {"code": self.code, "params": dict(self.params), "message": self.message}


# Limits: a room's calendar over a week has tens of meetings; these are far above that.
MAX_PER_EVENT = 500  # occurrences of one event in one window
MAX_PER_FEED = 20_000  # occurrences of the whole feed in one window
MAX_WARNINGS = 200  # events listed as left out (the count goes on)
MAX_INTERVAL = 1000
MAX_COUNT = 100_000
SERIES_BUDGET_S = 0.1  # time for one series' recurrences in one window
FEED_BUDGET_S = 1.0  # time for all series with rules in one window
WINDOW_BEFORE = timedelta(days=1)  # what parse() expands to be sure the feed can be used
WINDOW_AFTER = timedelta(days=8)

_FREQS = {"HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
_TOO_OFTEN = {"SECONDLY", "MINUTELY"}  # no room is booked by the minute
_DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
_RANGES = {  # key: (lowest, highest); 0 is never allowed, negatives mirror the range
    "BYSECOND": (0, 60),
    "BYMINUTE": (0, 59),
    "BYHOUR": (0, 23),
    "BYMONTHDAY": (-31, 31),
    "BYYEARDAY": (-366, 366),
    "BYWEEKNO": (-53, 53),
    "BYMONTH": (1, 12),
    "BYSETPOS": (-366, 366),
}
_KEYS = {*_RANGES, "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYDAY", "WKST"}


class _Overrun(BaseException):
    """A series' time budget ran out (BaseException: the library's handlers let it by)."""


def parse(data: bytes, source: str) -> Calendar:
    """The usable events in `data` (a Calendar), or ScheduleError("broken") naming the
    source when nothing in it can be used. Parsed once per content: the same bytes again
    give the same Calendar."""
    key = (hashlib.sha256(data).hexdigest(), source)
    cached = _PARSED.get(key)
    if cached is not None:
        return cached
    calendar = _parse(data, source, key[0])
    _PARSED[key] = calendar
    while len(_PARSED) > 2:  # the copy in use and a new one; a large feed is large
        _PARSED.pop(next(iter(_PARSED)))
    return calendar


_PARSED: dict[tuple[str, str], Calendar] = {}


def _parse(data: bytes, source: str, digest: str) -> Calendar:
    try:
        raw = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        head = data[:200].lstrip().lower()
        if head.startswith((b"<!doctype", b"<html")):
            raise ScheduleError("broken", case="web_page", source=source) from None
        raise ScheduleError("broken", case="not_ical", source=source, detail=_short(exc)) from None
    if not isinstance(raw, icalendar.Calendar):
        raise ScheduleError("broken", case="no_vcalendar", source=source)
    calendar = Calendar(raw, source, digest)
    total = calendar.events + calendar.skipped
    if total and not calendar.events:
        if all(
            w.params.get("case") in ("no_start", "two_starts", "bad_time")
            for w in calendar.warnings
        ):
            raise ScheduleError("broken", case="no_times", source=source, events=total)
        raise ScheduleError("broken", case="no_usable", source=source, events=total)
    calendar.check()
    return calendar


def _short(exc: BaseException) -> str:
    # The library's first words, without the raw bytes it quotes after them.
    text = str(exc).split(": b'")[0].split("\n")[0] or type(exc).__name__
    return _cut(text)


def _cut(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _time(event: Any, name: str) -> date | None:
    """A DTSTART/DTEND/RECURRENCE-ID value (a date or a datetime), None when absent;
    ValueError when it is there but broken (doubled, unreadable, in an unknown zone)."""
    prop = event.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        raise ValueError(f"{name} is given {len(prop)} times")
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
    except Exception:
        return False


def unreadable_events(calendar: Calendar | icalendar.Calendar) -> int:
    """Events that will be left out because they cannot be used."""
    if isinstance(calendar, Calendar):
        return calendar.skipped
    return sum(not _readable(event) for event in calendar.walk("VEVENT"))


def _zone_ok(name: Any) -> bool:
    if not isinstance(name, str) or not name or len(name) > 100:
        return False
    try:
        ZoneInfo(name)
    except Exception:
        return False
    return True


def _about(event: Any) -> tuple[str, str]:
    """What names an event in a warning: its UID and title (text, cut short)."""
    named = []
    for key in ("UID", "SUMMARY"):
        value = event.get(key, "")
        named.append(_cut(str(value if not isinstance(value, list) else value[0]), 80))
    return named[0], named[1]


def _event_problem(event: Any) -> ScheduleError | None:
    """Why an event cannot be used, or None."""
    uid, summary = _about(event)
    start = event.get("DTSTART")
    if start is None:
        return ScheduleError("skipped", case="no_start", uid=uid, summary=summary)
    if isinstance(start, list):
        return ScheduleError("skipped", case="two_starts", uid=uid, summary=summary)
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        try:
            value = _time(event, name)
        except Exception as exc:
            return ScheduleError(
                "skipped", case="bad_time", field=name, detail=_short(exc), uid=uid, summary=summary
            )
        prop = event.get(name)
        tzid = None if prop is None else prop.params.get("TZID")
        if tzid and isinstance(value, datetime) and value.tzinfo is None:
            return ScheduleError(
                "skipped", case="bad_zone", zone=_cut(str(tzid)), uid=uid, summary=summary
            )
    try:
        duration = event.get("DURATION")
        if duration is not None and not isinstance(duration.dt, timedelta):
            raise ValueError("DURATION is not a duration")
        for name in ("EXDATE", "RDATE"):
            found = event.get(name)
            for prop in found if isinstance(found, list) else [found] if found else []:
                for one in prop.dts:
                    if not isinstance(one.dt, date | tuple):
                        raise ValueError(f"{name} holds {one.dt!r}")
    except Exception as exc:
        return ScheduleError(
            "skipped",
            case="bad_time",
            field="EXDATE/RDATE",
            detail=_short(exc),
            uid=uid,
            summary=summary,
        )
    rules = event.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        problem = _rule_problem(rule, start.dt)
        if problem is not None:
            case, value = problem
            if case == "rule_frequency":
                return ScheduleError(
                    "skipped", case="rule_frequency", frequency=value, uid=uid, summary=summary
                )
            return ScheduleError(
                "skipped", case="bad_rule", rule=_cut(value), uid=uid, summary=summary
            )
    return None


def _rule_problem(rule: Any, start: date) -> tuple[str, str] | None:
    """("rule_frequency", FREQ) or ("bad_rule", the rule) for a rule not to expand."""
    try:
        text = rule.to_ical().decode("utf-8", "replace")
    except Exception:
        text = str(rule)
    bad = ("bad_rule", text)
    if not isinstance(rule, icalendar.vRecur):
        return bad
    try:
        keys = {str(key).upper(): value for key, value in rule.items()}
        if not keys.keys() <= _KEYS:
            return bad
        freq = [str(f).upper() for f in keys.get("FREQ", [])]
        if len(freq) != 1:
            return bad
        if freq[0] in _TOO_OFTEN:
            return ("rule_frequency", freq[0])
        if freq[0] not in _FREQS:
            return bad
        for key, (lowest, highest) in _RANGES.items():
            for value in keys.get(key, []):
                number = int(value)
                if (number == 0 and lowest != 0) or not (lowest <= number <= highest):
                    return bad
        for key, limit in (("INTERVAL", MAX_INTERVAL), ("COUNT", MAX_COUNT)):
            values = keys.get(key, [])
            if len(values) > 1 or (values and not (1 <= int(values[0]) <= limit)):
                return bad
        limit = {"MONTHLY": 5, "YEARLY": 53}.get(freq[0], 0)
        for value in [*keys.get("BYDAY", []), *keys.get("WKST", [])]:
            day = str(value).upper().strip()
            number, name = day[:-2], day[-2:]
            if name not in _DAYS or (number and not (1 <= abs(int(number)) <= limit)):
                return bad
        until = keys.get("UNTIL", [])
        if len(until) > 1 or (until and not isinstance(until[0], date)):
            return bad
        # The library hands the rule to dateutil: what dateutil refuses, refuse here.
        from dateutil.rrule import rrulestr

        naive = start.replace(tzinfo=None) if isinstance(start, datetime) else start
        rrulestr(text, dtstart=naive if isinstance(naive, datetime) else None, ignoretz=True)
    except Exception:
        return bad
    return None


class Calendar:
    """A parsed feed with its unusable events taken out (listed in `warnings`)."""

    def __init__(self, raw: icalendar.Calendar, source: str, digest: str = "") -> None:
        self.source = source
        self.digest = digest
        self.warnings: list[ScheduleError] = []
        self.skipped = 0  # events left out
        self.events = 0  # events kept
        zone = raw.get("X-WR-TIMEZONE")
        if zone is not None and not _zone_ok(zone if isinstance(zone, list) else str(zone)):
            shown = zone[0] if isinstance(zone, list) else zone
            self._warn(ScheduleError("zone_ignored", zone=_cut(str(shown))))
            del raw["X-WR-TIMEZONE"]
        kept = []
        for component in raw.subcomponents:
            if getattr(component, "name", None) == "VEVENT":
                problem = _event_problem(component)
                if problem is not None:
                    self.skipped += 1
                    self._warn(problem)
                    continue
                self.events += 1
            kept.append(component)
        raw.subcomponents = kept
        self.raw = raw
        self._query: Any = None
        # series cut short once: never expanded again (dateutil's cache is left half-built)
        self._given_up: set[int] = set()
        self._window: tuple[datetime, datetime, ZoneInfo, list[Meeting]] | None = None

    def _warn(self, warning: ScheduleError) -> None:
        if len(self.warnings) < MAX_WARNINGS and warning not in self.warnings:
            self.warnings.append(warning)

    def check(self, now: datetime | None = None) -> None:
        """Expand the window the plan needs now (kept for later reads); ScheduleError
        ("broken", case="not_expandable") when the feed cannot be expanded at all."""
        now = now or datetime.now(ZoneInfo("UTC"))
        self.meetings(now - WINDOW_BEFORE, now + WINDOW_AFTER, ZoneInfo("UTC"))

    def _series(self) -> list[Any]:
        if self._query is None:
            try:
                self._query = recurring_ical_events.of(self.raw, skip_bad_series=True)
            except Exception as exc:
                raise ScheduleError(
                    "broken", case="not_expandable", source=self.source, detail=_short(exc)
                ) from None
        return self._query.series

    def meetings(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Meeting]:
        """The meetings overlapping [start, end), in `zone`, sorted by start. A window of
        at least WINDOW_BEFORE + WINDOW_AFTER is expanded at once and kept, so that the
        many reads of the same days cost a filter, not an expansion."""
        window = self._window
        if window is None or not (window[0] <= start and end <= window[1] and window[2] == zone):
            wide_end = max(end, start + WINDOW_BEFORE + WINDOW_AFTER)
            window = (start, wide_end, zone, self._expand(start, wide_end, zone))
            self._window = window
        return [m for m in window[3] if m.end > start and m.start < end]

    def _expand(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Meeting]:
        meetings: list[Meeting] = []
        budget = FEED_BUDGET_S
        span = (start.astimezone(zone), end.astimezone(zone))
        for series in self._series():
            if len(meetings) >= MAX_PER_FEED:
                self._warn(ScheduleError("limited", case="per_feed", limit=MAX_PER_FEED))
                break
            if id(series) in self._given_up:
                continue
            core = _core(series)
            ruled = core is None or bool(core.rrules or core.rdates)
            uid, summary = _about(core._component) if core is not None else ("", "")
            if ruled and budget <= 0:  # given up for good, like a slow one: not retried
                self._given_up.add(id(series))
                self._warn(ScheduleError("limited", case="feed_budget", seconds=FEED_BUDGET_S))
                continue
            began = clock.monotonic()
            try:
                if ruled:
                    with _deadline(min(SERIES_BUDGET_S, budget)):
                        found = self._occurrences(series, span, zone)
                else:
                    found = self._occurrences(series, span, zone)
            except _Overrun:
                self._given_up.add(id(series))
                self._warn(
                    ScheduleError(
                        "skipped",
                        case="too_slow",
                        seconds=SERIES_BUDGET_S,
                        uid=uid,
                        summary=summary,
                    )
                )
                found = []
            except Exception as exc:
                self._warn(
                    ScheduleError(
                        "skipped", case="failed", detail=_short(exc), uid=uid, summary=summary
                    )
                )
                found = []
            finally:
                if ruled:
                    budget -= clock.monotonic() - began
            meetings.extend(m for m in found if m.end > start and m.start < end)
        meetings.sort(key=lambda m: (m.start, m.end, m.title))
        return meetings[:MAX_PER_FEED]

    def _occurrences(
        self, series: Any, span: tuple[datetime, datetime], zone: ZoneInfo
    ) -> list[Meeting]:
        found = []
        for occurrence in series.between(*span):
            if len(found) >= MAX_PER_EVENT:
                uid, summary = _about(occurrence.as_component(False))
                self._warn(
                    ScheduleError(
                        "limited",
                        case="per_event",
                        limit=MAX_PER_EVENT,
                        uid=uid,
                        summary=summary,
                    )
                )
                break
            meeting = _meeting(occurrence.as_component(False), zone)
            if meeting is not None:
                found.append(meeting)
        return found


def _core(series: Any) -> Any:
    """The series' main event (the library's adapter), None when it has only moved ones."""
    recurrence = getattr(series, "recurrence", None)
    try:
        return getattr(recurrence, "core", None)
    except NotImplementedError:  # the library's "no recurrence" stand-in
        return None


class _deadline:
    """Raise _Overrun inside the block once `seconds` have passed: checked at every Python
    call, which the recurrence library and dateutil make on every step of their loops."""

    def __init__(self, seconds: float) -> None:
        self.limit = clock.monotonic() + seconds

    def _trace(self, frame: FrameType, event: str, arg: Any) -> None:
        if clock.monotonic() > self.limit:
            raise _Overrun
        return None

    def __enter__(self) -> None:
        self._old = sys.gettrace()
        sys.settrace(self._trace)  # type: ignore[arg-type]

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._old)


def expand(
    calendar: Calendar | icalendar.Calendar, start: datetime, end: datetime, zone: ZoneInfo
) -> list[Meeting]:
    """The meetings that overlap [start, end), in `zone`, sorted by start; cancelled ones
    left out; an event that cannot be used is left out and listed in the Calendar's
    warnings."""
    if not isinstance(calendar, Calendar):
        calendar = Calendar(calendar, "")
    return calendar.meetings(start, end, zone)


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
