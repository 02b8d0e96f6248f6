"""A feed's events found in its text, so that only the ones a window can show are handed to
icalendar.

Building icalendar's tree of 50,000 events costs seconds and hundreds of megabytes; a room's
plan reads a week. So the text is unfolded (as icalendar unfolds it) and split into its
VEVENT blocks here, and each plain event (one start, an end or a duration, no recurrence, no
nested component) gets the days it spans from its own text. Those are parsed only when a
window asks for them. Every other event (recurring, moved, with an alarm, a time written in a
way not read here, a zone not known for sure) is parsed and checked at once, as before. A
recurring event, and every event sharing a UID with another, is in every window: the
recurrence library makes one series of a UID. A feed whose structure is odd in any way (a
BEGIN or END line not of the plain form, components not nested as they should be, more than
one calendar) is not split at all: `scan` returns None and the feed is parsed whole.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from icalendar import vDuration
from icalendar.parser_tools import to_unicode

# A day written in any zone (UTC-12 to UTC+14, a little more in old local mean times) is
# within these hours of the same day in UTC.
MARGIN = timedelta(hours=16)
UNKNOWN = -1  # the first day of an event whose days are not known: in every window
LONGEST = timedelta(days=3660)  # a longer event is read by icalendar, not here

# icalendar's UFOLD, without its look-behinds (which cost it four times the time): the
# leftmost match of a run of line breaks starts at its first break either way.
_FOLD = re.compile(r"\r?\n(?:\r?\n)*[ \t]")
_LOOSE = re.compile(r"^[ \t]*(?:BEGIN|END)", re.M | re.I)
_MARKS = re.compile(r"^(BEGIN|END)([ \t]*)([;:][^\n]*)\n?", re.M | re.I)
_PROPS = re.compile(
    r"^(DTSTART|DTEND|DURATION|RRULE|RDATE|EXDATE|EXRULE|RECURRENCE-ID|UID)([ \t]*)([;:][^\n]*)",
    re.M | re.I,
)
_PLAIN = {"DTSTART", "DTEND", "DURATION", "UID"}  # any other line of _PROPS: not plain
_COMPONENT = re.compile(r":([A-Za-z0-9-]+)\r?")
_WHEN = re.compile(  # groups: date, bare date, TZID, day, time of day, Z
    r";VALUE=DATE:(\d{8})|:(\d{8})"
    r'|(?:;TZID=("[^"]*"|[^;:"]+))?:(\d{8})T((?:[01]\d|2[0-3])[0-5]\d[0-5]\d)(Z?)'
)


@dataclass
class _Block:
    """One VEVENT block as the scan saw it: its BEGIN line starts at `start`, its own lines
    are `body` to `close` (where its END line starts), and it ends at `end`."""

    start: int
    body: int
    close: int = 0
    end: int = 0
    nested: bool = False


@dataclass(frozen=True)
class _Plain:
    first: int
    last: int
    zones: tuple[str, ...]
    uid: str | None


@dataclass
class Feed:
    """A feed split into its VEVENT blocks (spans of `text`) and the rest of it:
    `head + <events> + tail` is a calendar of the chosen events with everything else of the
    feed (its properties, VTIMEZONEs, other components)."""

    text: str
    head: str
    tail: str
    starts: array[int] = field(default_factory=lambda: array("q"))
    ends: array[int] = field(default_factory=lambda: array("q"))
    first: array[int] = field(default_factory=lambda: array("q"))  # day ordinals, or UNKNOWN
    last: array[int] = field(default_factory=lambda: array("q"))
    always: bytearray = field(default_factory=bytearray)  # in every window
    usable: bytearray = field(default_factory=bytearray)  # 0: checked and left out
    uid: list[str | None] = field(default_factory=list)
    checked: set[int] = field(default_factory=set)  # parsed and checked at once
    zones: dict[str, list[int]] = field(default_factory=dict)  # TZID -> plain blocks

    def __len__(self) -> int:
        return len(self.starts)

    def block(self, index: int) -> str:
        return self.text[self.starts[index] : self.ends[index]]

    def calendar_text(self, indices: list[int], extra: str = "") -> str:
        """A calendar of these blocks (and `extra` events) with the rest of the feed."""
        return "".join([self.head, *(self.block(i) for i in indices), extra, self.tail])

    def to_check(self) -> list[int]:
        return sorted(self.checked)

    def recheck(self, zone: str) -> None:
        """The plain events written in `zone` are checked one by one (the zone may be
        unknown to icalendar, which makes their times unusable)."""
        self.checked.update(self.zones.pop(zone, []))

    def note(self, index: int, days: tuple[int, int], uid: str | None, recurs: bool) -> None:
        """What parsing a checked block found: the days it spans and its UID."""
        self.first[index], self.last[index] = days
        self.always[index] = recurs or days[0] == UNKNOWN
        self.uid[index] = uid

    def leave_out(self, index: int) -> None:
        self.usable[index] = 0

    def finish(self) -> None:
        """Once every checked block is noted: events sharing a UID in every window."""
        usable = self.usable
        counts = Counter(u for i, u in enumerate(self.uid) if u is not None and usable[i])
        for index, uid in enumerate(self.uid):
            if uid is not None and counts[uid] > 1:
                self.always[index] = 1
        self.uid = []
        self.zones.clear()

    def select(self, start: datetime, end: datetime) -> list[int]:
        """The usable blocks that can touch [start, end) in any time zone, in feed order."""
        low = (start.astimezone(UTC) - MARGIN).date().toordinal()
        high = (end.astimezone(UTC) + MARGIN).date().toordinal()
        first, last, always, usable = self.first, self.last, self.always, self.usable
        return [
            i
            for i in range(len(first))
            if usable[i] and (always[i] or (last[i] >= low and first[i] <= high))
        ]


def scan(data: bytes | str) -> Feed | None:
    """The feed split into its events, or None when it is to be parsed whole."""
    text = _FOLD.sub("", to_unicode(data))
    found = _blocks(text)
    if found is None:
        return None
    return _split(text, *found)


def _blocks(text: str) -> tuple[list[_Block], int] | None:
    """The VEVENT blocks of the one VCALENDAR and where its END line starts; None when
    the BEGIN and END lines are not all plain and well nested."""
    found: list[_Block] = []
    stack: list[str] = []
    tops, closing, markers = 0, -1, 0
    current: _Block | None = None
    for match in _MARKS.finditer(text):
        markers += 1
        name, blanks, rest = match.groups()
        component = None if blanks else _COMPONENT.fullmatch(rest)
        if component is None:
            return None
        kind = component.group(1).upper()
        if name.upper() == "BEGIN":
            if len(stack) == 1 and kind == "VEVENT":
                current = _Block(match.start(), match.end())
            elif current is not None:
                current.nested = True
            tops += not stack
            stack.append(kind)
            continue
        if not stack or stack[-1] != kind:
            return None
        stack.pop()
        if len(stack) == 1 and current is not None:
            if not match.group(0).endswith("\n"):
                return None
            current.close, current.end = match.start(), match.end()
            found.append(current)
            current = None
        elif not stack:
            closing = match.start()
    if stack or tops != 1 or closing < 0 or markers != len(_LOOSE.findall(text)):
        return None
    if not text[closing:].upper().startswith("END:VCALENDAR"):
        return None
    return found, closing


def _split(text: str, blocks: list[_Block], closing: int) -> Feed:
    pieces, at = [], 0
    for block in blocks:
        pieces.append(text[at : block.start])
        at = block.end
    pieces.append(text[at:closing])
    feed = Feed(text=text, head="".join(pieces), tail=text[closing:])
    durations: dict[str, int | None] = {}
    for index, block in enumerate(blocks):
        plain = None
        if not block.nested:
            plain = _plain(_PROPS.findall(text, block.body, block.close), durations)
        feed.starts.append(block.start)
        feed.ends.append(block.end)
        feed.first.append(UNKNOWN if plain is None else plain.first)
        feed.last.append(UNKNOWN if plain is None else plain.last)
        feed.always.append(0)
        feed.usable.append(1)
        feed.uid.append(None if plain is None else plain.uid)
        if plain is None:
            feed.checked.add(index)
            continue
        for zone in plain.zones:
            feed.zones.setdefault(zone, []).append(index)
    return feed


def _plain(lines: list[tuple[str, str, str]], durations: dict[str, int | None]) -> _Plain | None:
    """The days of a plain event from its own lines; None when it is not plain."""
    seen: dict[str, str] = {}
    for name, blanks, rest in lines:
        key = name.upper()
        if blanks or key in seen or key not in _PLAIN:
            return None
        seen[key] = rest[:-1] if rest.endswith("\r") else rest
    if "DTSTART" not in seen or ("DTEND" in seen and "DURATION" in seen):
        return None
    start = _when(seen["DTSTART"])
    if start is None:
        return None
    first, last, zones = start[0], start[0] + (not start[1]), start[2]
    if "DTEND" in seen:
        end = _when(seen["DTEND"])
        if end is None:
            return None
        last, zones = max(first, end[0]), zones + end[2]
    elif "DURATION" in seen:
        days = _days(seen["DURATION"], durations)
        if days is None:
            return None
        last = first + days
    uid = seen.get("UID")
    if uid is not None and (not uid.startswith(":") or "\\" in uid):
        return None
    return _Plain(first, last, tuple(dict.fromkeys(zones)), None if uid is None else uid[1:])


def _when(rest: str) -> tuple[int, bool, tuple[str, ...]] | None:
    """(day ordinal, has a time of day, its TZID) of a DTSTART/DTEND written plainly."""
    match = _WHEN.fullmatch(rest)
    if match is None:
        return None
    on_date, bare, zone, day, clock, utc = match.groups()
    ordinal = _ordinal(on_date or bare or day)
    if ordinal is None or (zone is not None and utc):
        return None
    return ordinal, clock is not None, () if zone is None else (zone,)


@functools.lru_cache(maxsize=4096)
def _ordinal(digits: str) -> int | None:
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).toordinal()
    except ValueError:
        return None


def _days(rest: str, known: dict[str, int | None]) -> int | None:
    """Whole days (rounded up) of a DURATION, as icalendar reads it; None if not plain."""
    if rest not in known:
        length = None
        if rest.startswith(":"):
            try:
                length = vDuration.from_ical(rest[1:])  # type: ignore[no-untyped-call]
            except Exception:
                length = None
        known[rest] = _whole_days(length)
    return known[rest]


def _whole_days(length: object) -> int | None:
    if isinstance(length, timedelta) and timedelta(0) <= length <= LONGEST:
        return -(-length // timedelta(days=1))
    return None


def span(start: object, end: object, length: object) -> tuple[int, int]:
    """(first, last) day ordinals of a parsed event from its DTSTART, DTEND and DURATION
    values; (UNKNOWN, UNKNOWN) when they are not plain dates or times."""
    if not isinstance(start, date):
        return UNKNOWN, UNKNOWN
    first = start.toordinal()
    if end is None and length is None:
        return first, first + 1
    if isinstance(end, date) and length is None:
        return first, max(first, end.toordinal())
    days = _whole_days(length) if end is None else None
    return (first, first + days) if days is not None else (UNKNOWN, UNKNOWN)
