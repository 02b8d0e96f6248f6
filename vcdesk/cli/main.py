"""Entry point. Each subcommand module exposes `add_parser(subparsers)` and sets
`func(args) -> int` as its handler; exit codes: 0 ok, 1 a check or job failed, 2 bad usage
or bad input."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from vcdesk import __version__
from vcdesk.cli import check_cmd, profile_cmd, queue_cmd, schedule_cmd
from vcdesk.core.logs import setup_logging
from vcdesk.core.paths import data_dir

COMMANDS = (profile_cmd, check_cmd, queue_cmd, schedule_cmd)

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vcdesk",
        description="Operator console for video-conference rooms. With no command, "
        "starts the console window.",
    )
    parser.add_argument("--version", action="version", version=f"vcdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database and logs (default: $VCDESK_DATA_DIR, else the per-user "
        "data folder)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    # Its own name: a command's --profile would otherwise overwrite it with its default.
    parser.add_argument(
        "--profile",
        dest="console_profile",
        metavar="PATH",
        help="room profile to open in the console",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module in COMMANDS:
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.data_dir = data_dir(args.data_dir)
    except OSError as exc:
        print(f"vcdesk: cannot use the data folder: {exc}", file=sys.stderr)
        return 2
    setup_logging(args.data_dir, args.verbose)
    if args.command is None:
        from vcdesk.ui.app import run_console  # Qt is loaded only for the console

        return run_console(args)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
