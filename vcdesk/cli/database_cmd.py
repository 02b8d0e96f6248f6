"""`vcdesk database check|repair`: is the database sound, and rebuilding a damaged one from
what can still be read (vcdesk.core.repair). Exit codes: check 0 sound, 1 damaged; repair
0 done (or nothing to do), 1 not confirmed, 2 cannot (one line on stderr)."""

from __future__ import annotations

import argparse
import sys

from vcdesk.cli.language import complain, phrase, say
from vcdesk.core.paths import database_path
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.storage import database_text, repair_lines, sound_text

CONFIRM = QT_TRANSLATE_NOOP(
    "cli",
    "Rebuild the database {path} from what can still be read? The damaged file is kept as "
    "a copy. [y/N] ",
)
YES_WORDS = ("y", "yes", "ya")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "database",
        help=QT_TRANSLATE_NOOP("cli", "check the database, or repair a damaged one"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "The database that holds the conversion queue, the checklist history and the "
            "schedule: check it, or rebuild a damaged one from what can still be read.",
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=QT_TRANSLATE_NOOP("cli", "actions")
    )
    checking = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP("cli", "check the database (exit 1 if it is damaged)"),
        description=QT_TRANSLATE_NOOP(
            "cli", "Check the database (PRAGMA quick_check): exit 0 if sound, 1 if damaged."
        ),
    )
    checking.set_defaults(func=run_check)
    repairing = actions.add_parser(
        "repair",
        help=QT_TRANSLATE_NOOP("cli", "rebuild a damaged database from what can still be read"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Keep a copy of the damaged database, build a new one and copy into it every row "
            "that can still be read, then say what was saved and what was lost. Jobs that "
            "were running will run again. Recordings and converted files are not touched.",
        ),
    )
    repairing.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "repair without asking first"),
    )
    repairing.set_defaults(func=run_repair)


def run_check(args: argparse.Namespace) -> int:
    from vcdesk.core.repair import check

    path = database_path(args.data_dir)
    if not path.exists():
        say(QT_TRANSLATE_NOOP("cli", "There is no database at {path} yet."), path=str(path))
        return 0
    problem = check(path)
    if problem is None:
        print(sound_text(str(path)), flush=True)
        return 0
    if problem.code != "damaged":
        raise problem  # busy, unusable...: one line, exit 2
    print(database_text(problem), flush=True)
    return 1


def run_repair(args: argparse.Namespace) -> int:
    from vcdesk.core.repair import check, repair

    path = database_path(args.data_dir)
    if path.is_file():
        problem = check(path)
        if problem is None:
            print(sound_text(str(path), repairing=True), flush=True)
            return 0
        if problem.code != "damaged":
            raise problem  # busy, unusable...: one line, exit 2
        if not args.yes:
            answer = _answer(str(path))
            if answer != 0:
                return answer
    for line in repair_lines(repair(path)):
        print(line, flush=True)
    return 0


def _answer(path: str) -> int:
    """0 when the person said yes, else the exit code: 2 when nobody can be asked."""
    if not sys.stdin.isatty():
        complain(
            "database repair",
            QT_TRANSLATE_NOOP("cli", "not repaired: add --yes to repair without a question"),
        )
        return 2
    try:
        answer = input(phrase(CONFIRM, path=path))
    except EOFError:
        answer = ""
    if answer.strip().lower() in YES_WORDS:
        return 0
    print(phrase(QT_TRANSLATE_NOOP("cli", "Nothing was changed.")), flush=True)
    return 1
