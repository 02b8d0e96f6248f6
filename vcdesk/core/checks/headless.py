"""A checklist run without a window (`vcdesk check`, the agent): what the run knows of the
room's meetings (`run_context`), and the run kept in the history and linked to the meeting
it clears (`keep_run`). One place, so the command and the agent judge and keep a run alike."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vcdesk.core.checks.runner import CHECK_IDS, RunContext, meeting_horizon
from vcdesk.core.history import RunRecord, store
from vcdesk.core.meetings.clearing import link_run
from vcdesk.core.paths import database_path
from vcdesk.core.profile.model import Profile
from vcdesk.core.schedule.calendar import ScheduleError
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.schedule.zones import room_zone

log = logging.getLogger(__name__)


def run_context(
    profile: Profile, path: Path, data_dir: Path, only: Sequence[str] | None
) -> RunContext | None:
    """The meeting the room must last through, from the room's schedule (its calendar and
    the meetings added in the console), as `vcdesk schedule show` reads it. Read only when
    a check that uses it runs (the power check, with a battery or a UPS to judge). A
    schedule that cannot be read never stops the checklist: the checks are judged without
    a meeting, and say why. The licence check needs it too, in a room with licences."""
    wanted = only or CHECK_IDS
    power = "power" in wanted and profile.power.source != "none"
    licence = "licence" in wanted and bool(profile.licences or profile.licences_file)
    if not power and not licence:
        return None
    now = datetime.datetime.now(room_zone(profile.room.timezone))
    where = {"profile_path": path, "database": database_path(data_dir)}
    try:
        schedule = RoomSchedule.from_profile(profile, data_dir, path)
    except Exception as exc:  # the database: locked, unreadable, newer than this vcdesk
        log.warning("check: the room's schedule cannot be opened: %s", exc)
        return RunContext.for_meetings(profile, now, [], _store_problem(exc), **where)
    try:
        status = schedule.refresh()
        now = schedule.now()
        meetings = schedule.meetings(now, now + meeting_horizon(profile))
    except Exception as exc:
        log.warning("check: the room's schedule cannot be read: %s", exc, exc_info=True)
        return RunContext.for_meetings(profile, now, [], _store_problem(exc), **where)
    finally:
        schedule.close()
    # A copy kept from the last good read still names the meetings ("cached"): use it.
    problem = None
    if status.state == "unavailable" and status.problem_code:
        problem = {"code": status.problem_code, **status.problem_params}
    return RunContext.for_meetings(profile, now, meetings, problem, **where)


def _store_problem(exc: Exception) -> dict[str, Any]:
    """Why the room's schedule could not be read, as the power check words it: a code and
    its values (vcdesk.core.words.schedule)."""
    error = ScheduleError("store", detail=f"{type(exc).__name__}: {exc}")
    return {"code": error.code, **error.params}


def keep_run(data_dir: Path, record: RunRecord) -> RunRecord:
    """Save the run in the history (raises DatabaseError) and link it onto the meeting it
    clears (never raises: vcdesk.core.meetings.clearing). Returns it with its id."""
    kept = store(database_path(data_dir), record)
    link_run(database_path(data_dir), kept)
    return kept
