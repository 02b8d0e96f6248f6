"""Entry point. Each subcommand module exposes `add_parser(subparsers)` and sets
`func(args) -> int` as its handler; exit codes: 0 ok, 1 a check or job failed, 2 bad usage
or bad input.

The CLI speaks the system's language, or the one --lang names (vcdesk.cli.language): it is
installed before the parsers are built, so that argparse's messages speak it too.

Every command's module is imported to build the parsers, so each one imports at its top
only what its parser needs; its run functions import the rest (the profile model, the
calendar, the checks, the engine...). A quick command then pays only for what it uses
(issue 17: `queue list` and `history` <= 0.3 s; tests/test_cli_imports.py)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from vcdesk import __version__
from vcdesk.cli import (
    agent_cmd,
    archive_cmd,
    check_cmd,
    database_cmd,
    language,
    meeting_cmd,
    profile_cmd,
    queue_cmd,
    report_cmd,
    schedule_cmd,
)
from vcdesk.cli.language import Parser, complain
from vcdesk.core.logs import setup_logging
from vcdesk.core.paths import data_dir
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.storage import database_text

COMMANDS = (
    profile_cmd,
    check_cmd,
    queue_cmd,
    schedule_cmd,
    meeting_cmd,
    report_cmd,
    archive_cmd,
    database_cmd,
    agent_cmd,
)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="vcdesk",
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Operator console for video-conference rooms. With no command, starts the "
            "console window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"vcdesk {__version__}",
        help=QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "folder for the database and logs (default: $VCDESK_DATA_DIR, else the per-user "
            "data folder)",
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help=QT_TRANSLATE_NOOP("cli", "more log output"),
    )
    # Its own name: a command's --profile would otherwise overwrite it with its default.
    parser.add_argument(
        "--profile",
        dest="console_profile",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "room profile to open in the console"),
    )
    language.add_language_option(parser)
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title=QT_TRANSLATE_NOOP("cli", "commands")
    )
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language.install(language.chosen(arguments))
    parser = build_parser()
    language.argparse_speaks()
    args = parser.parse_args(arguments)
    try:
        args.data_dir = data_dir(args.data_dir)
    except OSError as exc:
        complain(
            "",
            QT_TRANSLATE_NOOP("cli", "cannot use the data folder {path}: {reason}"),
            path=exc.filename or args.data_dir or "",
            reason=exc.strerror or exc,
        )
        return 2
    setup_logging(args.data_dir, args.verbose)
    if args.command is None:
        from vcdesk.qt.signals import SignalCatcher

        catcher = SignalCatcher()  # SIGTERM from here on quits as Ctrl+Q, even while loading
        catcher.install()
        from vcdesk.ui.app import run_console  # Qt is loaded only for the console

        return run_console(args, catcher)
    try:
        return int(args.func(args))
    except DatabaseError as exc:  # met after a command's own handling (one line, exit 2)
        print(f"vcdesk {args.command}: {database_text(exc)}", file=sys.stderr, flush=True)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
