"""`vcdesk profile validate|show|new`."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from vcdesk.cli.language import complain, print_problems, say
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.words import QT_TRANSLATE_NOOP


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "profile",
        help=QT_TRANSLATE_NOOP("cli", "validate, show or create room profiles"),
        description=QT_TRANSLATE_NOOP(
            "cli", "Room profiles: one YAML file per room, its devices and its thresholds."
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=QT_TRANSLATE_NOOP("cli", "actions")
    )
    validate = actions.add_parser(
        "validate",
        help=QT_TRANSLATE_NOOP(
            "cli", "check profiles; exit 2 and one line per problem if any is invalid"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Check room profiles. Exit 0 when every one is valid; else exit 2, with one line "
            "per problem: file, line, option and what is wrong.",
        ),
    )
    validate.add_argument(
        "paths", nargs="+", metavar="PATH", help=QT_TRANSLATE_NOOP("cli", "a room profile (YAML)")
    )
    validate.set_defaults(func=run_validate)
    show = actions.add_parser(
        "show",
        help=QT_TRANSLATE_NOOP("cli", "print a profile with its defaults filled in"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Print a room profile with every option, its defaults filled in; passwords are masked.",
        ),
    )
    show.add_argument("path", metavar="PATH", help=QT_TRANSLATE_NOOP("cli", "the room profile"))
    show.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "as JSON"))
    show.set_defaults(func=run_show)
    new = actions.add_parser(
        "new",
        help=QT_TRANSLATE_NOOP(
            "cli", "write the commented example profile to PATH (never overwrites a file)"
        ),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Write the commented example room profile to PATH, to be edited; an existing "
            "file is never overwritten.",
        ),
    )
    new.add_argument(
        "path", metavar="PATH", help=QT_TRANSLATE_NOOP("cli", "the new profile's file")
    )
    new.add_argument(
        "--room",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the room's name (default: the example's)"),
    )
    new.set_defaults(func=run_new)


def run_validate(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.paths:
        try:
            _validate_one(path)
        except ProfileError as exc:
            bad += 1
            print_problems(exc)
    return 2 if bad else 0


def _validate_one(path: str) -> None:
    """Check a room profile and the licences file it names; or a licences file itself (it
    lives beside the profiles, so `profile validate *.yaml` checks both)."""
    from vcdesk.core.profile import shared
    from vcdesk.core.profile.load import parse, read_text, validate_tree

    tree = parse(read_text(Path(path)), path)
    if shared.is_shared_tree(tree):
        licences = shared.validate_shared(tree, path).licences
        say(
            QT_TRANSLATE_NOOP("cli", "{path}: a licences file; no problems ({count} listed)"),
            path=path,
            count=len(licences),
        )
        return
    profile = validate_tree(tree, path)
    if profile.licences_file is not None:
        # A room whose shared file is broken cannot tell its licences or savings.
        shared.room_licences(profile, Path(path))
        shared.room_savings(profile, Path(path))
    say(QT_TRANSLATE_NOOP("cli", "{path}: no problems ({room})"), path=path, room=profile.room.name)


def run_show(args: argparse.Namespace) -> int:
    from ruamel.yaml import YAML

    from vcdesk.core.profile.load import load_profile

    try:
        profile = load_profile(args.path)
    except ProfileError as exc:
        print_problems(exc)
        return 2
    data: dict[str, Any] = profile.model_dump(mode="json")  # secrets come out masked
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        out = io.StringIO()
        yaml = YAML(typ="safe", pure=True)
        yaml.default_flow_style = False
        yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
        yaml.allow_unicode = True
        yaml.dump(data, out)
        sys.stdout.write(out.getvalue())
    return 0


def run_new(args: argparse.Namespace) -> int:
    from vcdesk.core.profile import examples

    path = Path(args.path)
    try:
        text = examples.from_example(args.room)
    except ProfileError as exc:
        print_problems(exc)
        return 2
    try:
        examples.write_new(path, text)
    except FileExistsError:
        complain(
            "profile new",
            QT_TRANSLATE_NOOP("cli", "{path} already exists; nothing was written"),
            path=path,
        )
        return 2
    except OSError as exc:
        complain(
            "profile new",
            QT_TRANSLATE_NOOP("cli", "could not write {path}: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        )
        return 2
    say(
        QT_TRANSLATE_NOOP(
            "cli", "{path}: written; edit it, then check it with: vcdesk profile validate {path}"
        ),
        path=path,
    )
    return 0
