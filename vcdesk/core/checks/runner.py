"""Runs a profile's checks in parallel, each with its own deadline, and hands on each result
as soon as it is ready. One check's crash or hang never touches the others: each runs on a
daemon thread, so a device stuck inside a driver call is abandoned, not waited for."""

from __future__ import annotations

import dataclasses
import importlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from vcdesk.core.checks.result import Cancelled, CancelToken, CheckResult, Status
from vcdesk.core.profile.model import Profile
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.zones import zone_label

log = logging.getLogger(__name__)

GRACE_S = 1.0  # how long past its deadline a check may take to notice and answer

# How far ahead a meeting counts as the one a check is run for. The automatic pre-meeting
# check runs `schedule.precheck_min` before a meeting (30 by default), an operator pressing
# F5 "before the meeting" within the hour; a check run earlier than that is about the room
# in general, and the automatic check will judge the meeting itself when it is due.
MEETING_HORIZON = timedelta(hours=1)


def meeting_horizon(profile: Profile) -> timedelta:
    return max(MEETING_HORIZON, timedelta(minutes=profile.schedule.precheck_min))


def meeting_to_last_through(
    meetings: Iterable[Meeting], now: datetime, horizon: timedelta
) -> Meeting | None:
    """The meeting the room must last through: of the busy, timed meetings on at `now` or
    starting within `horizon`, the one that ends last. A check run during one meeting
    shortly before the next (rooms book them back to back) covers both: a power cut now
    would have to be ridden out until the later one ends. All-day events never count."""
    due = [
        m for m in meetings if m.busy and not m.all_day and m.end > now and m.start <= now + horizon
    ]
    return max(due, key=lambda m: (m.end, m.start), default=None)


@dataclass(frozen=True)
class RunContext:
    """What a run knows beyond the profile, for the checks that declare they take it
    (CheckSpec.context): when the run is, and the meeting the room must last through."""

    now: datetime | None = None  # aware, in the room's zone: what "minutes left" counts from
    meeting: Meeting | None = None  # see meeting_to_last_through
    zone: str = ""  # WIB, WITA, WIT: how the room's clock is named in messages
    # The room's calendar could not be read: why, as {"code": ..., **params} for
    # vcdesk.core.words.schedule (JSON-ready: it goes into the power check's details).
    schedule_problem: dict[str, Any] | None = None
    # For the licence check: the room's profile, its file (a shared licences file is named
    # relative to it) and the database of its meeting records (None: not known).
    profile: Profile | None = None
    profile_path: Path | None = None
    database: Path | None = None

    @classmethod
    def for_meetings(
        cls,
        profile: Profile,
        now: datetime,
        meetings: Iterable[Meeting],
        schedule_problem: dict[str, Any] | None = None,
        *,
        profile_path: Path | None = None,
        database: Path | None = None,
    ) -> RunContext:
        """The context for a run at `now` (aware; the room's zone names the clock), given
        the room's meetings around it (the console's agenda, or its calendar read now)."""
        tz = now.tzinfo
        label = zone_label(tz, now) if isinstance(tz, ZoneInfo) else (now.tzname() or "")
        meeting = meeting_to_last_through(meetings, now, meeting_horizon(profile))
        return cls(now, meeting, label, schedule_problem, profile, profile_path, database)


@dataclass(frozen=True)
class CheckSpec:
    id: str
    section: str  # the profile attribute the check judges
    target: str  # "module:function", imported only when the check runs (cv2 is slow to load)
    timeout: Callable[[Any], float]
    context: bool = False  # the check is called (section, cancel, RunContext | None)


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec(
        "camera",
        "camera",
        "vcdesk.core.checks.camera:run",
        lambda s: s.open_timeout_s + s.sample_seconds + 4,
    ),
    CheckSpec(
        "microphone",
        "microphone",
        "vcdesk.core.checks.microphone:run",
        lambda s: s.record_seconds + 6,
    ),
    CheckSpec("cpu", "cpu", "vcdesk.core.checks.system:run_cpu", lambda s: s.sample_seconds + 4),
    CheckSpec("memory", "memory", "vcdesk.core.checks.system:run_memory", lambda s: 5),
    CheckSpec("disk", "disk", "vcdesk.core.checks.system:run_disk", lambda s: 10),
    CheckSpec(
        "power",
        "power",
        "vcdesk.core.checks.power:run",
        lambda s: 3 * s.nut.timeout_s + 2,
        context=True,
    ),
    CheckSpec(
        "network", "network", "vcdesk.core.checks.network:run", lambda s: 2 * s.test_seconds + 8
    ),
    # the meeting's licence: its capacity and a free host account (reads files, no device)
    CheckSpec("licence", "licences", "vcdesk.core.checks.licence:run", lambda s: 5, context=True),
)
CHECK_IDS = tuple(spec.id for spec in CHECKS)


def overall(results: Iterable[CheckResult]) -> Status:
    """pass / warn / fail: an error or a timeout is not a go."""
    worst = max((r.status.severity for r in results if r.status is not Status.SKIP), default=1)
    return Status.PASS if worst <= 1 else Status.WARN if worst == 2 else Status.FAIL


class ChecklistRun:
    """One run of the checklist. `start()` returns at once; results arrive on `on_result`
    (called from worker threads) and `wait()` returns them all in the profile's order.
    `context` goes to the checks whose spec asks for it (None: no meeting is known)."""

    def __init__(
        self,
        profile: Profile,
        only: Iterable[str] | None = None,
        on_result: Callable[[CheckResult], None] | None = None,
        specs: Iterable[CheckSpec] = CHECKS,
        context: RunContext | None = None,
    ) -> None:
        wanted = set(only) if only is not None else {spec.id for spec in specs}
        self.specs = [spec for spec in specs if spec.id in wanted]
        self.profile = profile
        self.context = context
        self._on_result = on_result
        self._tokens: dict[str, CancelToken] = {}
        self._results: dict[str, CheckResult] = {}
        self._queue: queue.Queue[CheckResult] = queue.Queue()
        self._cancelled = threading.Event()
        self.started = time.time()

    def start(self) -> ChecklistRun:
        for spec in self.specs:
            section = getattr(self.profile, spec.section)
            limit = float(spec.timeout(section))
            token = CancelToken(deadline=time.monotonic() + limit)
            if self._cancelled.is_set():
                token.cancel()  # cancelled before it started (while devices were released)
            self._tokens[spec.id] = token
            thread = threading.Thread(
                target=self._run_one,
                args=(spec, section, token, limit),
                name=f"check-{spec.id}",
                daemon=True,
            )
            thread.start()
        return self

    def cancel(self) -> None:
        self._cancelled.set()
        for token in self._tokens.values():
            token.cancel()

    def wait(self) -> list[CheckResult]:
        """Block until every check has answered or passed its deadline (+ grace)."""
        pending = {spec.id for spec in self.specs}
        while pending:
            now = time.monotonic()
            next_deadline = min(self._tokens[i].deadline or now for i in pending) + GRACE_S
            try:
                result = self._queue.get(timeout=max(0.0, next_deadline - now))
            except queue.Empty:
                for check_id in list(pending):
                    token = self._tokens[check_id]
                    if token.deadline is not None and time.monotonic() >= token.deadline + GRACE_S:
                        self._deliver(self._late(check_id))
                        pending.discard(check_id)
                continue
            if result.id in pending:
                pending.discard(result.id)
                self._deliver(result)
        return [self._results[spec.id] for spec in self.specs]

    def _deliver(self, result: CheckResult) -> None:
        self._results[result.id] = result
        if self._on_result is not None:
            try:
                self._on_result(result)
            except Exception:
                log.exception("result callback failed for %s", result.id)

    def _late(self, check_id: str) -> CheckResult:
        spec = next(s for s in self.specs if s.id == check_id)
        return self._timed_out(spec, duration_s=time.time() - self.started)

    def _timed_out(self, spec: CheckSpec, duration_s: float = 0.0) -> CheckResult:
        """What a check that ran out of time means: the operator cancelled it (skip), or its
        device or network did not answer in time (fail, whether the check noticed its
        deadline itself or the runner stopped waiting for it)."""
        if self._cancelled.is_set():
            return CheckResult(spec.id, Status.SKIP, "cancelled", duration_s=duration_s)
        limit = spec.timeout(getattr(self.profile, spec.section))
        return CheckResult(
            spec.id,
            Status.FAIL,
            f"{spec.id}.timeout",
            details={"timeout_s": round(limit, 1)},
            duration_s=duration_s,
        )

    def _run_one(self, spec: CheckSpec, section: Any, token: CancelToken, limit: float) -> None:
        began = time.monotonic()
        try:
            module, _, name = spec.target.partition(":")
            func = getattr(importlib.import_module(module), name)
            args = (section, token, self.context) if spec.context else (section, token)
            result = func(*args)
        except Cancelled:
            result = self._timed_out(spec)
        except Exception as exc:  # a bug in a check must not take the checklist down
            log.exception("check %s raised", spec.id)
            result = CheckResult(
                spec.id,
                Status.ERROR,
                f"{spec.id}.internal_error",
                details={"error": f"{type(exc).__name__}: {exc}"},
            )
        if token.cancelled and self._cancelled.is_set() and result.status is not Status.SKIP:
            result = CheckResult(spec.id, Status.SKIP, "cancelled")
        self._queue.put(
            dataclasses.replace(result, id=spec.id, duration_s=time.monotonic() - began)
        )


def run_checklist(
    profile: Profile,
    only: Iterable[str] | None = None,
    on_result: Callable[[CheckResult], None] | None = None,
    context: RunContext | None = None,
) -> list[CheckResult]:
    return ChecklistRun(profile, only, on_result, context=context).start().wait()
