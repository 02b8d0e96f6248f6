"""`vcdesk database check|repair`: is the database sound, and rebuilding a damaged one from
what can still be read (vcdesk.core.repair), then putting back from the archive's sidecars
the meetings and recordings it lost (vcdesk.core.meetings.restore). Exit codes: check 0
sound, 1 damaged; repair 0 done (or nothing to do), 1 not confirmed, 2 cannot (one line on
stderr).

Where archives are looked for: each --archive folder, each --profile's conversion.output_dir,
the output_dir of the profile the console last opened (its settings.ini in the data folder),
and the output folders the rebuilt database still names (its recordings' archive paths, its
jobs' output_dir). On a sound database (or none at all), `repair` reads the sidecars only
when --archive or --profile asks it to."""

from __future__ import annotations

import argparse
import configparser
import sys
from pathlib import Path

from vcdesk.cli.language import complain, phrase, print_problems, say
from vcdesk.core.paths import database_path
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.storage import database_text, repair_lines, restore_lines, sound_text

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
    repairing.add_argument(
        "--archive",
        metavar="DIR",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "also put back, from the sidecars of the archive in this conversion output folder "
            "(or this archive folder), the meetings and recordings the database lacks "
            "(repeatable)",
        ),
    )
    repairing.add_argument(
        "--profile",
        metavar="PATH",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli", "the same for this profile's conversion output folder (repeatable)"
        ),
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
    from vcdesk.core.meetings.restore import restore_from_sidecars, roots_in_database
    from vcdesk.core.repair import check, repair

    path = database_path(args.data_dir)
    asked = _asked_roots(args)
    if asked is None:
        return 2
    roots = [*asked, *_console_roots(args.data_dir)]
    looked_in = [str(root) for root in asked]
    if not path.is_file() and asked:  # the database is gone: the sidecars make a new one
        for line in restore_lines(restore_from_sidecars(path, roots), looked_in):
            print(line, flush=True)
        return 0
    if path.is_file():
        problem = check(path)
        if problem is None:
            print(sound_text(str(path), repairing=True), flush=True)
            if asked:  # rows deleted, not damaged: the sidecars still have them
                restored = restore_from_sidecars(path, [*roots, *roots_in_database(path)])
                for line in restore_lines(restored, looked_in):
                    print(line, flush=True)
            return 0
        if problem.code != "damaged":
            raise problem  # busy, unusable...: one line, exit 2
        if not args.yes:
            answer = _answer(str(path))
            if answer != 0:
                return answer
    for line in repair_lines(repair(path, roots), looked_in):
        print(line, flush=True)
    return 0


def _asked_roots(args: argparse.Namespace) -> list[Path] | None:
    """The --archive folders and the --profile output folders; None after saying why a
    profile cannot be read."""
    from vcdesk.core.profile.load import load_profile
    from vcdesk.core.profile.problems import ProfileError

    roots = [Path(folder) for folder in args.archive]
    for name in args.profile:
        try:
            roots.append(Path(load_profile(name).conversion.output_dir))
        except ProfileError as exc:
            print_problems(exc)
            return None
    return roots


def _console_roots(data_dir: Path) -> list[Path]:
    """The output folder of the profile the console last opened (settings.ini's
    room/profile, a QSettings ini file read here without Qt); none when that cannot be
    read: it is only one more place to look."""
    from vcdesk.core.profile.load import load_profile
    from vcdesk.core.profile.problems import ProfileError

    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(data_dir / "settings.ini", encoding="utf-8")
        name = settings.get("room", "profile", fallback="").strip().strip('"')
        return [Path(load_profile(name).conversion.output_dir)] if name else []
    except (configparser.Error, OSError, UnicodeError, ProfileError):
        return []


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
