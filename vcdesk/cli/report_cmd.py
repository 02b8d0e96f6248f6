"""`vcdesk report month YYYY-MM --profile PATH [--format pdf|csv|xlsx|json] [-o FILE]`: the
room's monthly meeting report (vcdesk.core.meetings.report). JSON goes to stdout when no
file is named; the other formats need -o. Files are written atomically. Qt is loaded only
for a PDF, so the other formats stay quick. Bad input exits 2 with one line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from vcdesk.cli.language import complain, print_problems, say
from vcdesk.core.files import write_atomic
from vcdesk.core.paths import database_path
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vcdesk.core.meetings.report import MonthReport

FORMATS = ("json", "csv", "xlsx", "pdf")
_COMMAND = "report month"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP("cli", "reports for the room's leaders"),
        description=QT_TRANSLATE_NOOP("cli", "Reports for the room's leaders and its admin."),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="REPORT", required=True, title=QT_TRANSLATE_NOOP("cli", "reports")
    )
    text = QT_TRANSLATE_NOOP(
        "cli",
        "the month's meetings: how many, how long, for whom, with how many participants, the "
        "savings, the checklists and the recordings",
    )
    month = actions.add_parser("month", help=text, description=text)
    month.add_argument(
        "month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "the month, on the room's clock")
    )
    month.add_argument(
        "--profile",
        metavar="PATH",
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "the room profile"),
    )
    month.add_argument(
        "--format",
        choices=FORMATS,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "pdf for the leaders, xlsx or csv for the admin, json for scripts "
            "(default: from the file's name, else json)",
        ),
    )
    month.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "write the report to FILE (default: JSON to stdout)"),
    )
    month.set_defaults(func=run_month)


def chosen_format(given: str | None, output: str | None) -> str:
    """--format, else the output file's extension when it is one of ours, else json."""
    if given:
        return given
    suffix = Path(output).suffix.lower().lstrip(".") if output else ""
    return suffix if suffix in FORMATS else "json"


def run_month(args: argparse.Namespace) -> int:
    from vcdesk.core.meetings.report import MonthError, month_report, parse_month
    from vcdesk.core.profile.load import load_profile

    try:
        year, month = parse_month(args.month)
    except MonthError:
        complain(
            _COMMAND,
            QT_TRANSLATE_NOOP("cli", "expected a month as YYYY-MM, found {text!r}"),
            text=args.month,
        )
        return 2
    kind = chosen_format(args.format, args.output)
    if kind != "json" and not args.output:
        complain(
            _COMMAND,
            QT_TRANSLATE_NOOP("cli", "--format {format} needs -o FILE: only JSON goes to stdout"),
            format=kind,
        )
        return 2
    try:
        profile = load_profile(args.profile)
        report = month_report(
            database_path(args.data_dir), profile, Path(args.profile), year, month
        )
    except ProfileError as exc:
        print_problems(exc)
        return 2
    if kind == "json":
        text = json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
        if not args.output:
            sys.stdout.write(text)
            return 0
        data: bytes | str = text
    elif kind == "csv":
        from vcdesk.core.meetings.report_files import csv_text

        data = csv_text(report)
    elif kind == "xlsx":
        from vcdesk.core.meetings.report_files import xlsx_bytes

        data = xlsx_bytes(report)
    else:
        data = _pdf(report)
    target = Path(args.output)
    try:
        write_atomic(target, data)
    except OSError as exc:
        complain(
            _COMMAND,
            QT_TRANSLATE_NOOP("cli", "cannot write {path}: {reason}"),
            path=str(target),
            reason=exc.strerror or exc,
        )
        return 2
    say(QT_TRANSLATE_NOOP("cli", "Report written to {path}"), path=str(target))
    return 0


def _pdf(report: MonthReport) -> bytes:
    """Painted by Qt: offscreen when this machine shows no screen (a terminal over SSH, a
    service), which needs no display server at all."""
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from vcdesk.ui.month_report import pdf_bytes

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        return pdf_bytes(report)
    finally:
        del app
