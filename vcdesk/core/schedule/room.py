"""One room's schedule: its feed (with the last good copy) and its console entries, as
meetings in the room's time zone. What the console's agenda, the countdown, the automatic
pre-meeting check and the conversion gate all read."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from vcdesk.core.meetings.from_schedule import ScheduleRecords
from vcdesk.core.paths import database_path
from vcdesk.core.schedule.calendar import Calendar, ScheduleError, expand, parse
from vcdesk.core.schedule.entries import ScheduleEntries
from vcdesk.core.schedule.feed import DEFAULT_TIMEOUT_S, FeedCache, FeedStatus, read_feed, resolve
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.zones import room_zone, zone_label

if TYPE_CHECKING:
    from vcdesk.core.profile.model import Profile

log = logging.getLogger(__name__)

DEFAULT_REFRESH_S = 300.0  # a booking system's export changes a few times a day at most
LOOK_AHEAD = timedelta(days=2)  # how far next_meeting looks


CLOSE_WAIT_S = 30.0  # beyond the feed's own timeout, what close() waits for a refresh


class RoomSchedule:
    """Call `refresh()` once before use (it reads the feed: blocking, up to `timeout_s`; on
    a worker thread in the console), then `refresh_if_stale()` as often as you like."""

    def __init__(
        self,
        *,
        room: str,
        timezone: str,
        ics: str | None,
        data_dir: Path,
        pause_before_min: int = 15,
        precheck_min: int = 30,
        base_dir: Path | None = None,
        db_path: Path | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        refresh_s: float = DEFAULT_REFRESH_S,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """`clock`: an aware datetime, now (default the real clock): what "today" and the
        meeting records' window count from (a test's clock, `schedule show --now`)."""
        self.room = room
        self._clock = clock
        self.zone = room_zone(timezone)
        self.source = resolve(ics, base_dir) if ics else None
        self.pause_before = timedelta(minutes=pause_before_min)
        self.precheck = timedelta(minutes=precheck_min)
        self.timeout_s = timeout_s
        self.refresh_s = refresh_s
        self.entries = ScheduleEntries(db_path or database_path(data_dir))
        # The meeting records (issue 15) of the feed's meetings and the console's entries.
        self.records = ScheduleRecords(room, self.entries.db_path)
        self._cache = FeedCache(data_dir / "schedule")
        self._calendar: Calendar | None = None
        self._status = FeedStatus(self.source, "none")
        self._refreshed: float | None = None  # monotonic time of the last refresh
        self._refresher: threading.Thread | None = None
        self._closed = False
        self._lock = threading.RLock()
        self._version = 0
        self._logged: str | None = None  # the feed content whose warnings were logged

    @classmethod
    def from_profile(
        cls,
        profile: Profile,
        data_dir: Path,
        profile_path: Path | None = None,
        **settings: object,
    ) -> RoomSchedule:
        """The schedule a room profile describes; a relative `ics` path is taken from the
        profile's folder."""
        section = profile.schedule
        return cls(
            room=profile.room.name,
            timezone=profile.room.timezone,
            ics=section.ics,
            data_dir=data_dir,
            pause_before_min=section.pause_before_min,
            precheck_min=section.precheck_min,
            base_dir=None if profile_path is None else Path(profile_path).parent,
            **settings,  # type: ignore[arg-type]
        )

    def close(self) -> None:
        """Close its stores, once a background refresh under way has ended (it would open
        the meeting records' store again, to be left open); none starts after this."""
        with self._lock:  # the refresher is started under it
            self._closed = True
            refresher = self._refresher
        if refresher is not None and refresher is not threading.current_thread():
            refresher.join(self.timeout_s + CLOSE_WAIT_S)
            if refresher.is_alive():
                log.warning("schedule: closed while its refresh is still under way")
        self.entries.close()
        self.records.close()

    # state

    @property
    def status(self) -> FeedStatus:
        """The feed's status, with every warning its calendar has given so far (reading a
        window can add some: a repeat cut short, a series too slow to work out)."""
        with self._lock:
            calendar, status = self._calendar, self._status
            if calendar is not None and len(calendar.warnings) != len(status.warnings):
                status = dataclasses.replace(
                    status, skipped=calendar.skipped, warnings=tuple(calendar.warnings)
                )
                self._status = status
        return status

    @property
    def loaded(self) -> bool:
        """refresh() has run at least once (the feed, or its copy, has been looked at)."""
        return self._refreshed is not None

    @property
    def version(self) -> int:
        """Changes whenever the meetings may have changed (a refresh, an entry)."""
        return self._version

    def zone_label(self, when: datetime | None = None) -> str:
        """WIB, WITA or WIT (else the zone's abbreviation)."""
        return zone_label(self.zone, when)

    def now(self) -> datetime:
        """The room's wall clock: for callers at the edge (the policy never reads a clock)."""
        if self._clock is not None:
            return self._clock().astimezone(self.zone)
        return datetime.now(self.zone)

    # reading the feed

    def refresh(self) -> FeedStatus:
        """Read the feed now (blocking), falling back to the last good copy."""
        calendar, status = None, FeedStatus(None, "none")
        if self.source is not None:
            data, status = read_feed(self.source, self._cache, timeout_s=self.timeout_s)
            if data is not None:
                try:
                    calendar = parse(data, self.source)
                except ScheduleError as exc:  # a kept copy that no longer parses
                    calendar = None
                    status = FeedStatus.failed(self.source, "unavailable", None, exc)
            if calendar is not None and calendar.warnings:
                # parse() is cached by content: the same feed again is not parsed again
                status = dataclasses.replace(
                    status, skipped=calendar.skipped, warnings=tuple(calendar.warnings)
                )
                self._log_warnings(calendar)
            if status.state != "fresh":
                log.warning("schedule %s: %s (%s)", self.source, status.state, status.problem)
        with self._lock:
            self._calendar = calendar
            self._status = status
            self._refreshed = time.monotonic()
            self._version += 1
        if calendar is not None:
            self._record(calendar)
        return status

    def _record(self, calendar: Calendar) -> None:
        """The coming days' calendar meetings get their records: only when the feed's
        content changed or a new day began, not at every re-read of the same feed."""
        now = self.now()
        if not self.records.due(calendar.digest, now.date()):
            return
        try:
            start, end = self.records.window(now)
            found = expand(calendar, start, end, self.zone)
            self.records.record_feed(found, calendar.digest, now.date())
        except Exception:  # the records are a by-product: the schedule stands without them
            log.exception("schedule %s: meeting records not updated", self.source)

    def _log_warnings(self, calendar: Calendar) -> None:
        """Once per content of the feed, not at every re-read of the same feed."""
        if calendar.digest == self._logged:
            return
        self._logged = calendar.digest
        log.warning(
            "schedule %s: %d events left out, %d warnings: %s",
            self.source,
            calendar.skipped,
            len(calendar.warnings),
            "; ".join(w.message for w in calendar.warnings[:5]),
        )

    def refresh_if_stale(self) -> None:
        """Start a refresh in the background if the last is older than `refresh_s` (or
        none ran); never blocks the caller (the queue engine's thread)."""
        with self._lock:
            fresh = self._refreshed is not None and (
                time.monotonic() - self._refreshed < self.refresh_s
            )
            busy = self._refresher is not None and self._refresher.is_alive()
            if fresh or busy or self._closed:
                return
            self._refresher = threading.Thread(
                target=self._refresh_quietly, name="vcdesk-schedule", daemon=True
            )
            self._refresher.start()

    def _refresh_quietly(self) -> None:
        try:
            self.refresh()
        except Exception:
            log.exception("schedule: refresh failed")
            with self._lock:
                self._refreshed = time.monotonic()  # try again after refresh_s, not at once

    # meetings

    def meetings(self, start: datetime, end: datetime) -> list[Meeting]:
        """Feed and console meetings overlapping [start, end), in the room's zone, sorted."""
        with self._lock:
            calendar = self._calendar
            found = [] if calendar is None else expand(calendar, start, end, self.zone)
        found = [m for m in self.entries.ended(self.room, found) if m.end > start]
        found += self.entries.between(self.room, start, end, self.zone)
        found.sort(key=lambda m: (m.start, m.end, m.title))
        return found

    def day(self, day: date) -> list[Meeting]:
        """That day's meetings, the day as the room's clock counts it."""
        start = datetime.combine(day, datetime.min.time(), self.zone)
        return self.meetings(start, start + timedelta(days=1))

    def current_meeting(self, now: datetime) -> Meeting | None:
        """A busy meeting on at `now` (the one that ends last, if several)."""
        on = [m for m in self.meetings(now, now + timedelta(seconds=1)) if m.busy]
        return max(on, key=lambda m: m.end) if on else None

    def next_meeting(self, now: datetime, within: timedelta = LOOK_AHEAD) -> Meeting | None:
        """The next busy meeting to start after `now`: the countdown's and the
        pre-meeting check's (it is due at `start - self.precheck`)."""
        ahead = [m for m in self.meetings(now, now + within) if m.busy and m.start > now]
        return ahead[0] if ahead else None

    # console entries

    def add_entry(
        self, start: datetime, end: datetime, title: str, who: str | None = None
    ) -> Meeting:
        """A meeting added in the console; naive times are the room's wall clock. Its
        record's creation is logged as `who`'s (else the OS user's)."""
        start = start if start.tzinfo else start.replace(tzinfo=self.zone)
        end = end if end.tzinfo else end.replace(tzinfo=self.zone)
        meeting = self.entries.add(self.room, start, end, title)
        with self._lock:
            self._version += 1
        self.records.entry_added(meeting, who)  # its meeting record (source "console")
        return meeting

    def end_meeting(
        self, meeting: Meeting, at: datetime | None = None, who: str | None = None
    ) -> None:
        """The operator says the meeting is over (at `at`, default now): the room is free
        from then on, and the conversions may use it. Its meeting record, if it has one,
        gets that actual end, changed by `who` (else the OS user)."""
        at = at or self.now()
        self.entries.end_early(self.room, meeting, at)
        with self._lock:
            self._version += 1
        self.records.ended(meeting, at, who)

    def remove_entry(self, entry_id: int) -> bool:
        # Its meeting record stays: a record is not silently removed (the operator notes
        # why the meeting did not take place on it).
        removed = self.entries.remove(entry_id)
        with self._lock:
            self._version += 1
        return removed
