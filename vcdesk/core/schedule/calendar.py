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

A large feed is not built into one icalendar tree: vcdesk.core.schedule.blocks splits it into
its events, the ones that are not plain (recurring, moved, odd) are parsed and checked at
once, and the plain ones only when a window they can touch is read (50,000 events: about
1.3 s and 35 MB instead of 10 s and 300 MB; bench/calendar_feed.py). A feed whose structure
is odd is parsed whole, as before.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import threading
import time as clock
from datetime import date, datetime, time, timedelta
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from vcdesk.core.schedule import blocks
from vcdesk.core.schedule.blocks import Feed
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
        feed = blocks.scan(data)
    except Exception:  # the split is a shortcut: the whole parse says what is wrong
        feed = None
    raw = _read(data, feed, source)
    if feed is not None and _vevents(raw) != len(feed.checked):
        feed, raw = None, _read(data, None, source)
    calendar = Calendar(raw, source, digest, feed)
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


def _read(data: bytes, feed: Feed | None, source: str) -> icalendar.Calendar:
    """The calendar to check now: the whole feed or, split, the rest of it with only the
    events that are not plain; ScheduleError("broken") when icalendar cannot read it."""
    try:
        if feed is None:
            raw = icalendar.Calendar.from_ical(data)
        else:
            _try_zones(feed)
            raw = icalendar.Calendar.from_ical(feed.calendar_text(feed.to_check()))
    except Exception as exc:
        head = data[:200].lstrip().lower()
        if head.startswith((b"<!doctype", b"<html")):
            raise ScheduleError("broken", case="web_page", source=source) from None
        raise ScheduleError("broken", case="not_ical", source=source, detail=_short(exc)) from None
    if not isinstance(raw, icalendar.Calendar):
        raise ScheduleError("broken", case="no_vcalendar", source=source)
    return raw


def _try_zones(feed: Feed) -> None:
    """Plain events in a zone icalendar cannot place are checked one by one (and left out
    with a warning): one made-up event per zone tells."""
    zones = list(feed.zones)
    if not zones:
        return
    probes = "".join(
        f"BEGIN:VEVENT\r\nUID:zone\r\nDTSTART;TZID={zone}:20250101T000000\r\nEND:VEVENT\r\n"
        for zone in zones
    )
    try:
        tried = icalendar.Calendar.from_ical(feed.calendar_text([], probes))
        events = [c for c in tried.subcomponents if getattr(c, "name", None) == "VEVENT"]
        good = {z for z, e in zip(zones, events, strict=False) if _event_problem(e) is None}
    except Exception:
        good = set()
    for zone in zones:
        if zone not in good:
            feed.recheck(zone)


def _vevents(raw: icalendar.Calendar) -> int:
    return sum(getattr(c, "name", None) == "VEVENT" for c in raw.subcomponents)


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


def _drop_bad_zone(raw: icalendar.Calendar) -> str | None:
    """Take out an X-WR-TIMEZONE that names no zone; what it said (cut short), or None."""
    zone = raw.get("X-WR-TIMEZONE")
    if zone is None or _zone_ok(zone if isinstance(zone, list) else str(zone)):
        return None
    del raw["X-WR-TIMEZONE"]
    return _cut(str(zone[0] if isinstance(zone, list) else zone))


def _value(event: Any, name: str) -> object:
    """A property's value (.dt), None when absent, the list itself when doubled."""
    prop = event.get(name)
    return prop if prop is None or isinstance(prop, list) else getattr(prop, "dt", prop)


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
            case, said = problem
            if case == "rule_frequency":
                return ScheduleError(
                    "skipped", case="rule_frequency", frequency=said, uid=uid, summary=summary
                )
            return ScheduleError(
                "skipped", case="bad_rule", rule=_cut(said), uid=uid, summary=summary
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
            ordinal, name = day[:-2], day[-2:]
            if name not in _DAYS or (ordinal and not (1 <= abs(int(ordinal)) <= limit)):
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
    """A parsed feed with its unusable events taken out (listed in `warnings`).

    `raw` is the whole feed, or with `feed` (the feed split by vcdesk.core.schedule.blocks)
    the rest of it with only the events that are not plain: those are checked here, the
    plain ones are parsed when a window needs them."""

    def __init__(
        self, raw: icalendar.Calendar, source: str, digest: str = "", feed: Feed | None = None
    ) -> None:
        self.source = source
        self.digest = digest
        self.warnings: list[ScheduleError] = []
        self.skipped = 0  # events left out
        self.events = 0  # events kept
        self.feed = feed
        zone = _drop_bad_zone(raw)
        if zone is not None:
            self._warn(ScheduleError("zone_ignored", zone=zone))
        indices = iter(feed.to_check() if feed is not None else ())
        kept = []
        for component in raw.subcomponents:
            event = getattr(component, "name", None) == "VEVENT"
            if not event or self._keep(component, next(indices, None)):
                kept.append(component)
                for problem in _prune_nested(component):
                    self.skipped += 1
                    self._warn(problem)
        raw.subcomponents = kept
        if feed is not None:
            feed.finish()
            self.events += len(feed) - len(feed.checked)
        self.raw: icalendar.Calendar | None = raw if feed is None else None
        self._query: Any = None
        # series cut short once (by UID): never expanded again, in no window
        self._given_up: set[object] = set()
        self._window: tuple[datetime, datetime, ZoneInfo, list[Meeting]] | None = None
        # One parsed feed is shared by every schedule reading it (the cache by content), from
        # their own threads (the engine's gate, the console's agenda): one expands at a time.
        self._lock = threading.Lock()

    def _keep(self, event: Any, index: int | None) -> bool:
        """Check one event (block `index` of the split feed); False when left out."""
        problem = _event_problem(event)
        if problem is not None:
            self.skipped += 1
            self._warn(problem)
            if self.feed is not None and index is not None:
                self.feed.leave_out(index)
            return False
        self.events += 1
        if self.feed is not None and index is not None:
            days = blocks.span(*(_value(event, name) for name in ("DTSTART", "DTEND", "DURATION")))
            recurs = any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID"))
            uid = event.get("UID")
            shown = None if uid is None or isinstance(uid, list) else str(uid)
            self.feed.note(index, days, shown, recurs or isinstance(uid, list))
        return True

    def _warn(self, warning: ScheduleError) -> None:
        if len(self.warnings) < MAX_WARNINGS and warning not in self.warnings:
            self.warnings.append(warning)

    def check(self, now: datetime | None = None) -> None:
        """Expand the window the plan needs now (kept for later reads); ScheduleError
        ("broken", case="not_expandable") when the feed cannot be expanded at all."""
        now = now or datetime.now(ZoneInfo("UTC"))
        self.meetings(now - WINDOW_BEFORE, now + WINDOW_AFTER, ZoneInfo("UTC"))

    def _series(self, start: datetime, end: datetime) -> list[Any]:
        """The recurrence library's series for [start, end): of the whole feed (kept), or
        of the events of the split feed that can touch the window."""
        if self._query is not None:
            return list(self._query.series)
        raw = self.raw if self.raw is not None else self._window_calendar(start, end)
        try:
            query = recurring_ical_events.of(raw, skip_bad_series=True)
        except Exception as exc:
            raise ScheduleError(
                "broken", case="not_expandable", source=self.source, detail=_short(exc)
            ) from None
        if self.raw is not None:
            self._query = query
        return list(query.series)

    def _window_calendar(self, start: datetime, end: datetime) -> icalendar.Calendar:
        assert self.feed is not None
        chosen = self.feed.select(start, end)
        try:
            raw = icalendar.Calendar.from_ical(self.feed.calendar_text(chosen))
        except Exception:  # not seen: plain events do not stop icalendar; one by one then
            raw = self._one_by_one(chosen)
        _drop_bad_zone(raw)
        for component in raw.subcomponents:
            _prune_nested(component)  # listed when the feed was parsed
        return raw

    def _one_by_one(self, chosen: list[int]) -> icalendar.Calendar:
        assert self.feed is not None
        raw = icalendar.Calendar.from_ical(self.feed.calendar_text([]))
        for index in chosen:
            try:
                alone = icalendar.Calendar.from_ical(self.feed.calendar_text([index]))
            except Exception as exc:
                self.feed.leave_out(index)
                self._warn(
                    ScheduleError("skipped", case="failed", detail=_short(exc), uid="", summary="")
                )
                continue
            raw.subcomponents.extend(
                c for c in alone.subcomponents if getattr(c, "name", None) == "VEVENT"
            )
        return raw

    def meetings(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Meeting]:
        """The meetings overlapping [start, end), in `zone`, sorted by start. A window of
        at least WINDOW_BEFORE + WINDOW_AFTER is expanded at once and kept, so that the
        many reads of the same days cost a filter, not an expansion."""
        with self._lock:
            window = self._window
            if window is None or not (
                window[0] <= start and end <= window[1] and window[2] == zone
            ):
                wide_end = max(end, start + WINDOW_BEFORE + WINDOW_AFTER)
                window = (start, wide_end, zone, self._expand(start, wide_end, zone))
                self._window = window
        return [m for m in window[3] if m.end > start and m.start < end]

    def _expand(self, start: datetime, end: datetime, zone: ZoneInfo) -> list[Meeting]:
        meetings: list[Meeting] = []
        budget = FEED_BUDGET_S
        span = (start.astimezone(zone), end.astimezone(zone))
        for series in self._series(start, end):
            if len(meetings) >= MAX_PER_FEED:
                self._warn(ScheduleError("limited", case="per_feed", limit=MAX_PER_FEED))
                break
            core = _core(series)
            uid, summary = _about(core._component) if core is not None else ("", "")
            key = uid or id(series)
            if key in self._given_up:
                continue
            ruled = core is None or bool(core.rrules or core.rdates)
            if ruled and budget <= 0:  # given up for good, like a slow one: not retried
                self._given_up.add(key)
                self._warn(ScheduleError("limited", case="feed_budget", seconds=FEED_BUDGET_S))
                continue
            began = clock.monotonic()
            try:
                if ruled:
                    with _deadline(min(SERIES_BUDGET_S, budget)):
                        found = self._occurrences(series, span, zone, ruled)
                else:
                    found = self._occurrences(series, span, zone, ruled)
            except _Overrun:
                self._given_up.add(key)
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
                # dateutil keeps its cache locked when its loop raises: never again
                self._given_up.add(key)
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
        self,
        series: Any,
        span: tuple[datetime, datetime],
        zone: ZoneInfo,
        recurs: bool = False,
    ) -> list[Meeting]:
        found: list[Meeting] = []
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
            meeting = _meeting(occurrence.as_component(False), zone, recurs)
            if meeting is not None:
                found.append(meeting)
        return found


def _prune_nested(component: Any) -> list[ScheduleError]:
    """Take the unusable VEVENTs nested in `component` (at any depth: a VEVENT whose END
    line is missing holds the next ones) out of it; why each was. The recurrence library
    expands nested events too."""
    problems: list[ScheduleError] = []
    stack = [component]
    while stack:
        parent = stack.pop()
        kept = []
        for sub in parent.subcomponents:
            problem = _event_problem(sub) if getattr(sub, "name", None) == "VEVENT" else None
            if problem is None:
                kept.append(sub)
                stack.append(sub)
            else:
                problems.append(problem)
        parent.subcomponents = kept
    return problems


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
        if clock.monotonic() > self.limit and frame.f_code is not _HOOK:
            raise _Overrun
        return None

    def __enter__(self) -> None:
        self._old = sys.gettrace()
        # A generator of an earlier window closed in the block (garbage collected) runs
        # under this trace: the _Overrun raised there cannot propagate and would be printed.
        self._old_hook = sys.unraisablehook
        sys.unraisablehook = self._unraisable
        sys.settrace(self._trace)

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._old)
        sys.unraisablehook = self._old_hook

    def _unraisable(self, unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, _Overrun):
            self._old_hook(unraisable)


_HOOK = _deadline._unraisable.__code__  # not interrupted: it ends at once


def expand(
    calendar: Calendar | icalendar.Calendar, start: datetime, end: datetime, zone: ZoneInfo
) -> list[Meeting]:
    """The meetings that overlap [start, end), in `zone`, sorted by start; cancelled ones
    left out; an event that cannot be used is left out and listed in the Calendar's
    warnings."""
    if not isinstance(calendar, Calendar):
        calendar = Calendar(calendar, "")
    return calendar.meetings(start, end, zone)


def _meeting(event: Any, zone: ZoneInfo, recurs: bool = False) -> Meeting | None:
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
    recurrence = _time(event, "RECURRENCE-ID") if recurs else None
    busy = transp == "OPAQUE" if all_day else transp != "TRANSPARENT"
    return Meeting(
        start=start,
        end=end,
        title=str(event.get("SUMMARY", "")).strip(),
        all_day=all_day,
        busy=busy,
        source="feed",
        uid=str(event.get("UID", "")),
        # Which instance of a series (its RECURRENCE-ID, which stays when the instance is
        # moved); a lone event has one instance, whatever its start (None).
        occurrence=None if recurrence is None else _local(recurrence, zone),
    )


def _local(value: date | datetime, zone: ZoneInfo) -> datetime:
    if not isinstance(value, datetime):  # an all-day date: the room's local midnight
        return datetime.combine(value, time(0), zone)
    if value.tzinfo is None:  # floating time: the room's own clock
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)
