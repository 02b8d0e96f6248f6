"""`vcdesk check` and `vcdesk history`."""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from vcdesk.cli.language import complain, print_problems, say, whole_number
from vcdesk.core import words
from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.paths import database_path
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.storage import DatabaseError, connect
from vcdesk.core.words import QT_TRANSLATE_NOOP, glossary
from vcdesk.core.words import checks as wording
from vcdesk.core.words.checks import CHECK_IDS, check_name  # the runner's, without the runner
from vcdesk.core.words.storage import database_text

log = logging.getLogger(__name__)

_HEADINGS = ("status", "check", "measured", "required")  # glossary terms
_MEASURED_WIDTH = 22  # "↓ 95.3 / ↑ 41.2 Mbit/s"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = sub.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP("cli", "run the pre-meeting checklist for a room"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Run the pre-meeting checklist for a room and store the run in the history. "
            "Exit 0: GO; 1: NO-GO; 2: bad input.",
        ),
    )
    check.add_argument(
        "--profile",
        required=True,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "the room profile (YAML)"),
    )
    check.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print a JSON object")
    )
    only = check.add_argument(
        "--only",
        metavar="ID,ID...",
        help=QT_TRANSLATE_NOOP("cli", "run only these checks, comma-separated (%(checks)s)"),
    )
    only.checks = ", ".join(CHECK_IDS)  # type: ignore[attr-defined]  # for %(checks)s
    check.add_argument(
        "--operator",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "who runs the checklist (default: the profile's)"),
    )
    check.set_defaults(func=run_check)
    history = sub.add_parser(
        "history",
        help=QT_TRANSLATE_NOOP("cli", "list past checklist runs"),
        description=QT_TRANSLATE_NOOP(
            "cli", "List past checklist runs, newest first, in each room's time zone."
        ),
    )
    history.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print a JSON list")
    )
    history.add_argument(
        "--limit",
        type=whole_number,
        default=20,
        metavar="N",
        help=QT_TRANSLATE_NOOP("cli", "show at most N runs (default: %(default)s)"),
    )
    history.add_argument(
        "--room", metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "only this room's runs")
    )
    history.set_defaults(func=run_history)


def run_check(args: argparse.Namespace) -> int:
    from vcdesk.core.checks.headless import keep_run, run_context
    from vcdesk.core.checks.runner import ChecklistRun, overall
    from vcdesk.core.history import record_for
    from vcdesk.core.profile.load import load_profile

    only = None
    if args.only:
        only = [part.strip() for part in args.only.split(",") if part.strip()]
        unknown = [part for part in only if part not in CHECK_IDS]
        if not only:
            complain("check", QT_TRANSLATE_NOOP("cli", "--only names no check"))
            return 2
        if unknown:
            complain(
                "check",
                QT_TRANSLATE_NOOP("cli", "unknown check {unknown}; expected some of {known}"),
                unknown=", ".join(unknown),
                known=", ".join(CHECK_IDS),
            )
            return 2
    try:
        profile = load_profile(args.profile)
    except ProfileError as exc:
        print_problems(exc)
        return 2
    started = datetime.datetime.now().astimezone()
    stream = None if args.json else _Table(only or CHECK_IDS)
    if stream:
        say(
            QT_TRANSLATE_NOOP("cli", "{room}: checking {checks}…"),
            room=profile.room.name,
            checks=", ".join(check_name(c) for c in CHECK_IDS if c in (only or CHECK_IDS)),
        )
        stream.heading()
    context = run_context(profile, Path(args.profile), args.data_dir, only)
    results = ChecklistRun(profile, only, on_result=stream, context=context).start().wait()
    verdict = overall(results)
    record = record_for(profile, str(args.profile), started, results, verdict, args.operator)
    stored = True
    try:
        record = keep_run(args.data_dir, record)  # and onto the meeting it clears
    except DatabaseError as exc:
        stored = False
        complain(
            "check",
            QT_TRANSLATE_NOOP("cli", "the run was not stored: {error}"),
            error=database_text(exc),
        )
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
        print(f"{glossary.term('verdict')}: {glossary.verdict(verdict)}", flush=True)
    if not stored:
        return 2  # a run kept for accountability was lost: the caller must know
    return 1 if verdict is Status.FAIL else 0


class _Table:
    """Each result as it arrives (from the runner's threads): its status, the check's name,
    what it measured and what the room requires; what it means on the line below."""

    def __init__(self, checks: Sequence[str]) -> None:
        self._lock = threading.Lock()
        statuses = [glossary.status(s) for s in Status]
        self._status = max(len(text) for text in (*statuses, glossary.term(_HEADINGS[0])))
        names = [check_name(c) for c in checks]
        self._name = max(len(text) for text in (*names, glossary.term(_HEADINGS[1])))

    def _row(self, status: str, name: str, measured: str, required: str) -> str:
        row = f"  {status:<{self._status}}  {name:<{self._name}}  {measured:<{_MEASURED_WIDTH}}"
        return f"{row}  {required}".rstrip()

    def heading(self) -> None:
        print(self._row(*(glossary.term(key) for key in _HEADINGS)), flush=True)

    def __call__(self, result: CheckResult) -> None:
        required = wording.required(result)
        row = self._row(
            glossary.status(result.status),
            check_name(result.id),
            wording.measured(result),
            "" if required == "–" else required,
        )
        text = f"{row}\n  {'':<{self._status}}  {wording.message(result)}"
        with self._lock:
            print(text, flush=True)


def run_history(args: argparse.Namespace) -> int:
    from vcdesk.core.history import list_runs
    from vcdesk.core.report import room_time

    if args.limit < 1:
        complain("history", QT_TRANSLATE_NOOP("cli", "--limit must be 1 or more"))
        return 2
    try:
        conn = connect(database_path(args.data_dir))
    except DatabaseError as exc:
        complain(
            "history",
            QT_TRANSLATE_NOOP("cli", "the history cannot be read: {error}"),
            error=database_text(exc),
        )
        return 2
    try:
        runs = list_runs(conn, args.limit, args.room)
    except DatabaseError as exc:
        complain(
            "history",
            QT_TRANSLATE_NOOP("cli", "the history cannot be read: {error}"),
            error=database_text(exc),
        )
        return 2
    finally:
        conn.close()
    if args.json:
        json.dump([run.to_json() for run in runs], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not runs:
        say(QT_TRANSLATE_NOOP("cli", "No checklist runs yet."))
    formats = words.current().formats
    for run in runs:
        counts = {s: sum(r.status is s for r in run.results) for s in Status}
        summary = ", ".join(f"{glossary.status(s)}: {n}" for s, n in counts.items() if n)
        local, zone = room_time(run, run.started)
        started = formats.moment(local, zone, weekday=True)
        print(f"#{run.id}  {started}  {glossary.verdict(run.overall)}  {run.room}  ({summary})")
    return 0
