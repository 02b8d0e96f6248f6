"""The ICS reader against mutated feeds: the test fixtures and generated events, with lines
dropped, doubled, swapped for hostile ones (rules that never end, zones that do not exist,
broken times) and bytes flipped. Whatever comes in, parse + expand ends within 2 s and
raises nothing but ScheduleError; what is left out is a warning with words.

VCDESK_FUZZ_EXAMPLES sets the number of cases (default 1000, as in CI; more for a longer hunt)."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vcdesk.core.schedule.calendar import Calendar, ScheduleError, expand, parse

ICS = Path(__file__).parent / "fixtures" / "ics"
FIXTURES = [path.read_bytes() for path in sorted(ICS.glob("*.ics"))]
WITA = ZoneInfo("Asia/Makassar")
EXAMPLES = int(os.environ.get("VCDESK_FUZZ_EXAMPLES", "1000"))

HOSTILE = [
    b"RRULE:FREQ=SECONDLY",
    b"RRULE:FREQ=MINUTELY;INTERVAL=1",
    b"RRULE:FREQ=DAILY;INTERVAL=0",
    b"RRULE:FREQ=DAILY;INTERVAL=-1",
    b"RRULE:FREQ=MONTHLY;BYDAY=99MO",
    b"RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
    b"RRULE:FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1",
    b"RRULE:FREQ=HOURLY;BYSECOND=0,1,2,3,4,5,6,7,8,9;BYMINUTE=0,1,2,3,4,5,6,7,8,9",
    b"RRULE:FREQ=WEEKLY;COUNT=99999999999",
    b"RRULE:FREQ=WEEKLY;UNTIL=kemarin",
    b"RRULE:FREQ=BOGUS",
    b"RRULE:",
    b"DTSTART:20250310T010000Z",
    b"DTSTART:00010101T000000",
    b"DTSTART;TZID=Bulan/Tidak_Ada:20250310T090000",
    b"DTSTART;VALUE=DATE:20250230",
    b"DTSTART:kemarin",
    b"DTEND:19000101T000000Z",
    b"DURATION:P9999999W",
    b"DURATION:-PT1H",
    b"EXDATE:nanti",
    b"RDATE;VALUE=PERIOD:20250310T010000Z/kemarin",
    b"RECURRENCE-ID:20250310T010000Z",
    b"X-WR-TIMEZONE:Bukan/Zona",
    b"X-WR-TIMEZONE:../../etc/passwd",
    b"TZID:Asia/Jakarta",
    b"BEGIN:VEVENT",
    b"END:VEVENT",
    b"END:VCALENDAR",
    b"BEGIN:VTIMEZONE",
    b"STATUS:CANCELLED",
    b"UID:" + b"x" * 5000,
    b" folded continuation",
]


def generated(n: int, rule: bytes) -> bytes:
    events = b"".join(
        b"BEGIN:VEVENT\r\nUID:g%d\r\nSUMMARY:Rapat %d\r\nDTSTART:202503%02dT0%d0000Z\r\n"
        b"DTEND:202503%02dT0%d3000Z\r\n%sEND:VEVENT\r\n"
        % (i, i, 10 + i % 5, i % 9, 10 + i % 5, i % 9, rule + b"\r\n" if rule else b"")
        for i in range(n)
    )
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:fuzz\r\n" + events + b"END:VCALENDAR\r\n"


bases = st.one_of(
    st.sampled_from(FIXTURES),
    st.builds(generated, st.integers(1, 20), st.sampled_from([b"", *HOSTILE[:12]])),
)
mutation = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 10_000)),
    st.tuples(st.just("double"), st.integers(0, 10_000)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.sampled_from(HOSTILE)),
    st.tuples(st.just("replace"), st.integers(0, 10_000), st.sampled_from(HOSTILE)),
    st.tuples(st.just("flip"), st.integers(0, 10_000), st.integers(0, 255)),
    st.tuples(st.just("text"), st.integers(0, 10_000), st.binary(max_size=40)),
)


def mutate(data: bytes, mutations: list[tuple]) -> bytes:
    lines = data.split(b"\r\n")
    for kind, at, *rest in mutations:
        i = at % max(1, len(lines))
        if kind == "drop" and lines:
            del lines[i]
        elif kind == "double" and lines:
            lines.insert(i, lines[i])
        elif kind == "insert":
            lines.insert(i, rest[0])
        elif kind == "replace" and lines:
            lines[i] = rest[0]
        elif kind == "flip" and lines and lines[i]:
            line = bytearray(lines[i])
            line[at % len(line)] = rest[0]
            lines[i] = bytes(line)
        elif kind == "text":
            lines.insert(i, rest[0])
    return b"\r\n".join(lines)


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # timed below, with the limit the room needs
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("CI") == "true",
)
@given(base=bases, mutations=st.lists(mutation, min_size=1, max_size=6))
def test_mutated_feeds_give_warnings_not_tracebacks(base: bytes, mutations: list[tuple]) -> None:
    data = mutate(base, mutations)
    began = time.monotonic()
    try:
        calendar = parse(data, "https://booking.example/ruang.ics")
    except ScheduleError as exc:
        assert exc.message and exc.message != exc.code
        calendar = None
    if calendar is not None:
        for start in (datetime(2025, 3, 9, tzinfo=WITA), datetime(2025, 3, 12, tzinfo=WITA)):
            meetings = expand(calendar, start, start + timedelta(days=8), WITA)
            assert len(meetings) <= 20_000
            for m in meetings:
                assert m.end >= m.start and m.start.tzinfo is not None
        for warning in calendar.warnings:
            assert isinstance(warning, ScheduleError)
            assert warning.message and warning.message != warning.code
            assert "Traceback" not in warning.message
    assert time.monotonic() - began < 2, data[:500]


TIMED = {"too_slow", "feed_budget", "per_event", "per_feed"}  # depend on the clock


@settings(
    max_examples=max(1, EXAMPLES // 2),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("CI") == "true",
)
@given(base=bases, mutations=st.lists(mutation, min_size=0, max_size=6))
def test_a_split_feed_gives_what_the_whole_feed_gives(base: bytes, mutations: list[tuple]) -> None:
    # The reader splits a feed into its events and parses only those a window can show;
    # whatever the input, the meetings and warnings are those of the whole feed parsed.
    data = mutate(base, mutations)
    try:
        split = parse(data, "x")
        whole = Calendar(icalendar.Calendar.from_ical(data), "x")
    except Exception:  # refused (either way, tested above)
        return
    for start in (datetime(2025, 3, 9, tzinfo=WITA), datetime(2025, 4, 1, tzinfo=WITA)):
        found = expand(split, start, start + timedelta(days=8), WITA)
        if any(w.params.get("case") in TIMED for w in (*split.warnings, *whole.warnings)):
            return
        assert found == expand(whole, start, start + timedelta(days=8), WITA)
    assert (split.events, split.skipped, set(split.warnings)) == (
        whole.events,
        whole.skipped,
        set(whole.warnings),
    )
