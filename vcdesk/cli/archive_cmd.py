"""`vcdesk archive verify`: the archived meeting recordings are still what was archived.

For each recording the queue archived (vcdesk.core.meetings.archive), of one room with
--profile, the output's SHA-256 is computed again and its sidecar read: one line per
problem (missing, changed, sidecar missing or not matching), then a summary. Exit 1 when
anything is wrong, 0 when all is good, 2 for bad input; --json is the same in every
language. On a terminal a progress line goes to stderr: a year of recordings is many
gigabytes to read."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from vcdesk.cli.language import complain, phrase, print_problems, say
from vcdesk.core import words
from vcdesk.core.paths import database_path
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.archive import archive_problem_text

PROGRESS_EVERY_S = 0.5


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "archive",
        help=QT_TRANSLATE_NOOP("cli", "the archive of meeting recordings"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "The archive of meeting recordings: each converted recording of a meeting, named "
            "after it, with a sidecar holding the meeting's record and the file's SHA-256.",
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=QT_TRANSLATE_NOOP("cli", "actions")
    )
    text = QT_TRANSLATE_NOOP(
        "cli",
        "check that every archived recording is still there and unchanged, and that its "
        "sidecar matches it (exit 1 if not)",
    )
    verify = actions.add_parser("verify", help=text, description=text)
    verify.add_argument(
        "--profile",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "only this room's recordings (default: every room's)"),
    )
    verify.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print a JSON object")
    )
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.archive import verify_archive
    from vcdesk.core.meetings.recordings import RecordingStore
    from vcdesk.core.profile.load import load_profile

    room: str | None = None
    if args.profile is not None:
        try:
            room = load_profile(args.profile).room.name
        except ProfileError as exc:
            print_problems(exc)
            return 2
    db = database_path(args.data_dir)
    if not Path(db).exists():
        rows = []
    else:
        store = RecordingStore(db)
        try:
            rows = store.archived(room)
        finally:
            store.close()
    progress = _Progress() if sys.stderr.isatty() and rows else None
    try:
        result = verify_archive(rows, progress)
    finally:
        if progress is not None:
            progress.done()
    if args.json:
        json.dump(
            {
                "room": room,
                "checked": result.checked,
                "bytes": result.bytes,
                "ok": not result.problems,
                "problems": [problem.to_json() for problem in result.problems],
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        print()
        return 1 if result.problems else 0
    for problem in result.problems:
        print(archive_problem_text(problem), flush=True)
    size = words.current().formats.size(result.bytes) if result.bytes else "0"
    if not rows:
        say(QT_TRANSLATE_NOOP("cli", "No archived recordings to check."))
    elif not result.problems:
        say(
            QT_TRANSLATE_NOOP("cli", "{count} archived recordings checked ({size}): all good."),
            count=result.checked,
            size=size,
        )
    else:
        complain(
            "archive verify",
            QT_TRANSLATE_NOOP(
                "cli", "{count} archived recordings checked ({size}); problems found: {problems}."
            ),
            count=result.checked,
            size=size,
            problems=len(result.problems),
        )
    return 1 if result.problems else 0


class _Progress:
    """A line on stderr, rewritten at most every PROGRESS_EVERY_S, cleared at the end."""

    def __init__(self) -> None:
        self._last = 0.0
        self._shown = False

    def __call__(self, done: int, total: int, read: int, all_bytes: int) -> None:
        now = time.monotonic()
        if now - self._last < PROGRESS_EVERY_S and done < total:
            return
        self._last = now
        percent = 100 if not all_bytes else min(100, read * 100 // all_bytes)
        line = phrase(
            QT_TRANSLATE_NOOP("cli", "Checking {done}/{total} recordings: {percent}%"),
            done=done,
            total=total,
            percent=percent,
        )
        print(f"\r{line}\033[K", end="", file=sys.stderr, flush=True)
        self._shown = True

    def done(self) -> None:
        if self._shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
