"""Reading a room profile: bytes -> text -> YAML (round trip, so comments survive a later
save) -> migrated to the current schema -> validated into a frozen Profile.

Every way a file can be wrong ends as a ProfileError listing `PATH:LINE: FIELD: message`
problems; nothing here lets a traceback reach a person.
"""

from __future__ import annotations

import datetime
import difflib
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pydantic
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from vcdesk.core.profile.migrations import migrate
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.position import line_of
from vcdesk.core.profile.problems import (
    Problem,
    ProfileError,
    describe,
    expected_for,
    word_error,
)

MAX_BYTES = 1_000_000  # a room profile is a few KB; anything near this is not one
MAX_NODES = 50_000  # aliases can expand a small file into a huge tree ("billion laughs")

Loc = tuple[str | int, ...]


def new_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap an admin's long lines
    return yaml


def read_text(path: Path) -> str:
    """The file's text, or a ProfileError saying why it cannot be read."""
    name = str(path)
    try:
        if path.is_dir():
            raise ProfileError(
                [Problem(name, 0, "(file)", "is a folder; expected a .yaml file", "not_a_file")]
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ProfileError([Problem(name, 0, "(file)", "no such file", "not_found")]) from None
    except PermissionError:
        raise ProfileError(
            [Problem(name, 0, "(file)", "permission denied: cannot read the file", "unreadable")]
        ) from None
    except OSError as exc:
        raise ProfileError(
            [Problem(name, 0, "(file)", f"cannot read the file: {exc.strerror}", "unreadable")]
        ) from None
    if len(raw) > MAX_BYTES:
        raise ProfileError(
            [
                Problem(
                    name,
                    0,
                    "(file)",
                    f"larger than {MAX_BYTES} bytes; not a room profile",
                    "too_large",
                )
            ]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ProfileError(
            [
                Problem(
                    name,
                    line,
                    "(file)",
                    f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
                    "not_utf8",
                )
            ]
        ) from None


def parse(text: str, name: str) -> Any:
    """The YAML tree (ruamel round-trip types), or a ProfileError with the line."""
    try:
        return new_yaml().load(io.StringIO(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        unclosed = ("flow sequence", "flow mapping", "quoted scalar")
        if exc.context_mark is not None and any(k in (exc.context or "") for k in unclosed):
            # An unclosed bracket or quote: where it opened helps, the end of file does not.
            problem = f"{exc.context} that is never closed ({problem})"
            mark = exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        if "\\t" in problem or "\t" in problem:
            problem = "a tab character; YAML is indented with spaces, not tabs"
        elif "duplicate key" in problem:
            problem = problem.split(" with value")[0] + ": each option may appear only once"
        raise ProfileError([Problem(name, line, "(yaml)", problem, "yaml_syntax")]) from None
    except ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        raise ProfileError(
            [
                Problem(
                    name,
                    line,
                    "(yaml)",
                    f"a control character (#x{exc.character:04x}) that YAML text cannot hold; "
                    "is this a binary file?",
                    "yaml_syntax",
                )
            ]
        ) from None
    except (YAMLError, RecursionError) as exc:
        raise ProfileError(
            [Problem(name, 1, "(yaml)", f"not valid YAML: {exc}", "yaml_syntax")]
        ) from None


def load_profile(path: Path | str) -> Profile:
    return validate_tree(parse(read_text(Path(path)), str(path)), str(path))


def validate_tree(tree: Any, name: str) -> Profile:
    if tree is None:
        raise ProfileError(
            [
                Problem(
                    name,
                    1,
                    "(file)",
                    "the file is empty; expected a room profile (see profiles/example.yaml)",
                    "empty",
                )
            ]
        )
    if not isinstance(tree, CommentedMap):
        raise ProfileError(
            [
                Problem(
                    name,
                    1,
                    "(file)",
                    "expected a room profile (key: value lines), found a "
                    f"{'list' if isinstance(tree, CommentedSeq) else 'single value'}",
                    "wrong_type",
                )
            ]
        )
    migrated, problems = migrate(tree, name)
    if problems:
        raise ProfileError(problems)
    plain, problems = _to_plain(migrated, name)
    if problems:
        raise ProfileError(problems)
    try:
        return Profile.model_validate(plain)
    except pydantic.ValidationError as exc:
        raise ProfileError(_problems_from(exc.errors(), tree, name)) from None


def _to_plain(tree: CommentedMap, name: str) -> tuple[Any, list[Problem]]:
    """Plain Python values (sequences as tuples, no ruamel subclasses) and the problems that
    the schema cannot see: tags, non-text keys, an oversized tree."""
    problems: list[Problem] = []
    count = 0

    def walk(node: Any, loc: Loc) -> Any:
        nonlocal count
        count += 1
        if count > MAX_NODES:
            raise ProfileError(
                [
                    Problem(
                        name,
                        1,
                        "(yaml)",
                        f"more than {MAX_NODES} values (aliases?); not a room profile",
                        "too_large",
                    )
                ]
            )
        if isinstance(node, TaggedScalar) or (
            hasattr(node, "tag") and getattr(node.tag, "value", None)
        ):
            problems.append(
                _problem(
                    name,
                    tree,
                    loc,
                    "tag_not_allowed",
                    "YAML tags (!...) are not allowed in a room profile",
                )
            )
            return None
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if not isinstance(key, str):
                    problems.append(
                        _problem(
                            name, tree, loc, "bad_key", f"option names must be text, found {key!r}"
                        )
                    )
                    continue
                out[key] = walk(value, (*loc, key))
            return out
        if isinstance(node, list):
            return tuple(walk(item, (*loc, i)) for i, item in enumerate(node))
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, int):
            return int(node)
        if isinstance(node, float):
            return float(node)
        if isinstance(node, str):
            return str(node)
        if isinstance(node, datetime.date):
            return node
        return node

    return walk(tree, ()), problems


def _problem(name: str, tree: Any, loc: Loc, code: str, message: str) -> Problem:
    return Problem(name, line_of(tree, loc), _dotted(loc), message, code)


def _dotted(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(profile)"


def _data_loc(tree: Any, loc: Loc) -> Loc:
    """The part of a pydantic error location that names data (drops union branch names)."""
    out: list[str | int] = []
    node: Any = tree
    model_fields: Any = Profile.model_fields
    for part in loc:
        if isinstance(part, int) and isinstance(node, list | tuple):
            out.append(part)
            node = node[part] if part < len(node) else None
        elif isinstance(part, str) and (
            (isinstance(node, dict) and part in node) or (model_fields and part in model_fields)
        ):
            out.append(part)
            node = node.get(part) if isinstance(node, dict) else None
            field = model_fields.get(part) if model_fields else None
            annotation = getattr(field, "annotation", None)
            model_fields = getattr(annotation, "model_fields", None)
        else:
            break  # a union branch name like 'int' or 'str'
    return tuple(out)


def _problems_from(errors: list[Any], tree: Any, name: str) -> list[Problem]:
    grouped: dict[Loc, list[Any]] = {}
    for error in errors:
        grouped.setdefault(_data_loc(tree, tuple(error["loc"])), []).append(error)
    problems = []
    for loc, errs in grouped.items():
        first = errs[0]
        found = first.get("input")
        if first["type"] == "extra_forbidden":
            parent_fields = _fields_at(loc[:-1])
            key = str(loc[-1])
            hint = difflib.get_close_matches(key, parent_fields, n=1, cutoff=0.6)
            message = f"unknown option {key!r}" + (
                f"; did you mean {hint[0]!r}?"
                if hint
                else f"; expected one of: {', '.join(parent_fields)}"
            )
            problems.append(
                Problem(
                    name,
                    line_of(tree, loc),
                    _dotted(loc),
                    message,
                    "unknown_key",
                    {"key": key, "hint": hint[:1]},
                )
            )
            continue
        expected = [expected_for(e["type"]) for e in errs]
        if len(errs) > 1 and all(expected):
            # A union (e.g. camera.source: index or name) rejected every branch.
            words = " or ".join(dict.fromkeys(e for e in expected if e))
            code, message = "wrong_type", f"expected {words}, found {describe(found)}"
        else:
            specific = next((e for e in errs if not expected_for(e["type"])), first)
            code, message = word_error(
                specific["type"], specific.get("ctx", {}), specific.get("input"), specific["msg"]
            )
        problems.append(
            Problem(
                name, line_of(tree, loc), _dotted(loc), message, code, {"found": repr(found)[:80]}
            )
        )
    return sorted(problems, key=lambda p: (p.line, p.field))


def _fields_at(loc: Loc) -> list[str]:
    fields: Any = Profile.model_fields
    for part in loc:
        if not isinstance(part, str) or part not in fields:
            return []
        fields = getattr(fields[part].annotation, "model_fields", {})
    return list(fields)
