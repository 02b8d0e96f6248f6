"""`vcdesk check` and `vcdesk history`."""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.checks.runner import CHECK_IDS, ChecklistRun, RunContext, meeting_horizon, overall
from vcdesk.core.history import list_runs, record_for, store
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.schedule.zones import room_zone
from vcdesk.core.storage import DatabaseError, connect

log = logging.getLogger(__name__)

_MARK = {
    Status.PASS: "OK  ",
    Status.WARN: "WARN",
    Status.FAIL: "FAIL",
    Status.SKIP: "SKIP",
    Status.ERROR: "ERR ",
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser("check", help="run the pre-meeting checklist for a room")
    check.add_argument("--profile", required=True, metavar="PATH", help="room profile (YAML)")
    check.add_argument("--json", action="store_true", help="print a JSON object")
    check.add_argument(
        "--only",
        metavar="ID,ID...",
        help=f"run only these checks ({', '.join(CHECK_IDS)})",
    )
    check.add_argument("--operator", help="who runs the checklist (default: the profile's)")
    check.set_defaults(func=run_check)
    history = sub.add_parser("history", help="list past checklist runs")
    history.add_argument("--json", action="store_true")
    history.add_argument("--limit", type=int, default=20, metavar="N")
    history.add_argument("--room", help="only this room's runs")
    history.set_defaults(func=run_history)


def run_check(args: argparse.Namespace) -> int:
    only = None
    if args.only:
        only = [part.strip() for part in args.only.split(",") if part.strip()]
        unknown = [part for part in only if part not in CHECK_IDS]
        if not only:
            print("vcdesk check: --only names no check", file=sys.stderr)
            return 2
        if unknown:
            print(
                f"vcdesk check: unknown check {', '.join(unknown)}; "
                f"expected some of {', '.join(CHECK_IDS)}",
                file=sys.stderr,
            )
            return 2
    try:
        profile = load_profile(args.profile)
    except ProfileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    started = datetime.datetime.now().astimezone()
    stream = None if args.json else _print_row
    if stream:
        print(f"{profile.room.name}: checking {len(only or CHECK_IDS)} items...", flush=True)
    context = _run_context(profile, Path(args.profile), args.data_dir, only)
    results = ChecklistRun(profile, only, on_result=stream, context=context).start().wait()
    verdict = overall(results)
    record = record_for(profile, str(args.profile), started, results, verdict, args.operator)
    try:
        record = store(database_path(args.data_dir), record)
    except DatabaseError as exc:
        print(f"vcdesk check: the run was not stored: {exc}", file=sys.stderr)
    if args.json:
        json.dump(
            {
                "profile": str(args.profile),
                "overall": verdict.value,
                "started": started.isoformat(timespec="seconds"),
                "results": [r.to_json() for r in results],
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        print()
    else:
        print(f"Overall: {'GO' if verdict is not Status.FAIL else 'NO-GO'} ({verdict.value})")
    return 1 if verdict is Status.FAIL else 0


def _run_context(
    profile: Profile, path: Path, data_dir: Path, only: Sequence[str] | None
) -> RunContext | None:
    """The meeting the room must last through, from the room's schedule (its calendar and
    the meetings added in the console), as `vcdesk schedule show` reads it. Read only when
    a check that uses it runs (the power check, with a battery or a UPS to judge). A
    schedule that cannot be read never stops the checklist: the checks are judged without
    a meeting, and say why."""
    if "power" not in (only or CHECK_IDS) or profile.power.source == "none":
        return None
    now = datetime.datetime.now(room_zone(profile.room.timezone))
    try:
        schedule = RoomSchedule.from_profile(profile, data_dir, path)
    except Exception as exc:  # the database: locked, unreadable, newer than this vcdesk
        log.warning("check: the room's schedule cannot be opened: %s", exc)
        return RunContext.for_meetings(profile, now, [], f"{type(exc).__name__}: {exc}")
    try:
        status = schedule.refresh()
        now = schedule.now()
        meetings = schedule.meetings(now, now + meeting_horizon(profile))
    except Exception as exc:
        log.warning("check: the room's schedule cannot be read: %s", exc, exc_info=True)
        return RunContext.for_meetings(profile, now, [], f"{type(exc).__name__}: {exc}")
    finally:
        schedule.close()
    # A copy kept from the last good read still names the meetings ("cached"): use it.
    problem = (status.problem or "cannot be read") if status.state == "unavailable" else None
    return RunContext.for_meetings(profile, now, meetings, problem)


def _print_row(result: CheckResult) -> None:
    value = "" if result.value is None else f"{result.value:g} {result.unit}".strip()
    print(f"  [{_MARK[result.status]}] {result.id:<10} {value:>14}  {result.message}", flush=True)


def run_history(args: argparse.Namespace) -> int:
    if args.limit < 1:
        print("vcdesk history: --limit must be 1 or more", file=sys.stderr)
        return 2
    try:
        conn = connect(database_path(args.data_dir))
    except DatabaseError as exc:
        print(f"vcdesk history: {exc}", file=sys.stderr)
        return 2
    try:
        runs = list_runs(conn, args.limit, args.room)
    finally:
        conn.close()
    if args.json:
        json.dump([run.to_json() for run in runs], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not runs:
        print("No checklist runs yet.")
    for run in runs:
        counts = {s: sum(r.status is s for r in run.results) for s in Status}
        summary = ", ".join(f"{n} {s.value}" for s, n in counts.items() if n)
        print(
            f"#{run.id}  {run.started:%Y-%m-%d %H:%M}  {run.overall.value.upper():<4}  "
            f"{run.room}  ({summary})"
        )
    return 0
