"""`vcdesk profile validate|show|new`."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from vcdesk.core.profile import examples
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.problems import ProfileError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("profile", help="validate or show room profiles")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate", help="check profiles; exit 2 and one line per problem if any is invalid"
    )
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.set_defaults(func=run_validate)
    show = actions.add_parser("show", help="print a profile with its defaults filled in")
    show.add_argument("path", metavar="PATH")
    show.add_argument("--json", action="store_true", help="as JSON")
    show.set_defaults(func=run_show)
    new = actions.add_parser(
        "new", help="write the commented example profile to PATH (never overwrites a file)"
    )
    new.add_argument("path", metavar="PATH")
    new.add_argument("--room", metavar="NAME", help="the room's name (default: the example's)")
    new.set_defaults(func=run_new)


def run_validate(args: argparse.Namespace) -> int:
    bad = 0
    for path in args.paths:
        try:
            profile = load_profile(path)
        except ProfileError as exc:
            bad += 1
            for problem in exc.problems:
                print(problem, file=sys.stderr)
        else:
            print(f"{path}: ok ({profile.room.name})")
    return 2 if bad else 0


def run_show(args: argparse.Namespace) -> int:
    try:
        profile = load_profile(args.path)
    except ProfileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
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
    path = Path(args.path)
    try:
        text = examples.from_example(args.room)
    except ProfileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    try:
        examples.write_new(path, text)
    except FileExistsError:
        print(f"vcdesk: {path} already exists; nothing was written", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"vcdesk: could not write {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(f"{path}: written; edit it, then check it with: vcdesk profile validate {path}")
    return 0
