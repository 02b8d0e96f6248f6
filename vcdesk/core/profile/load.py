"""Reading a room profile: bytes -> text -> YAML (round trip, so comments survive a later
save) -> migrated to the current schema -> validated into a frozen Profile.

Every way a file can be wrong ends as a ProfileError listing `PATH:LINE: FIELD` problems,
each a code and its values (worded in vcdesk.core.words.profile); nothing here lets a
traceback reach a person.
"""

from __future__ import annotations

import datetime
import difflib
import io
import re
import typing
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pydantic
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError
from ruamel.yaml.reader import ReaderError

from vcdesk.core.profile.migrations import migrate
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.position import line_of

# The markers live in problems (which places a problem by them); re-exported, as shared.py
# and older callers import them from here.
from vcdesk.core.profile.problems import FILE as FILE
from vcdesk.core.profile.problems import PROFILE_FIELD as PROFILE_FIELD
from vcdesk.core.profile.problems import YAML_FIELD as YAML_FIELD
from vcdesk.core.profile.problems import Problem, ProfileError, code_for, expected_for, found
from vcdesk.core.words.yaml_problems import yaml_problem

# YAML lets an anchor be defined again (an alias means the latest); ruamel says so on
# stderr, a line with a library's file path in the middle of `profile validate`'s words.
warnings.filterwarnings("ignore", category=ReusedAnchorWarning)

MAX_BYTES = 1_000_000  # a room profile is a few KB; anything near this is not one
MAX_NODES = 50_000  # aliases can expand a small file into a huge tree ("billion laughs")
MAX_FLOW_DEPTH = 200  # "[[[[..." this deep costs ruamel seconds before it gives up

Loc = tuple[str | int, ...]

# ruamel's words for what was left open -> the case the problem's words name it by
_UNCLOSED = {"flow sequence": "list", "flow mapping": "section", "quoted scalar": "quote"}
_CLOSING = {"[": "]", "{": "}"}
_DUPLICATE = re.compile(r'found duplicate key "(.*?)" with value')


_CORE = "tag:yaml.org,2002:"
_TIMESTAMP = _CORE + "timestamp"
# What a room profile's values are: text, numbers, yes/no, nothing, sections and lists.
_PLAIN_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "merge")}


class _BadNode(Exception):
    """A value ruamel cannot build (an impossible date, `!!omap 5`): where it is, and why."""

    def __init__(self, line: int, tag: str, detail: str) -> None:
        super().__init__(detail)
        self.line, self.tag, self.detail = line, tag, detail


class _ProfileConstructor(RoundTripConstructor):
    """Builds only what a profile holds. YAML's other standard types (!!omap, !!set,
    !!binary ...) are left unbuilt, to be refused where they are written, and an impossible
    date (2024-02-30) is kept as its text (no field is a date; the schema then says what
    the field wants): ruamel would build them, or raise a bare ValueError or AttributeError
    for a malformed one, with no line."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        tag = str(node.tag)
        line = node.start_mark.line + 1 if node.start_mark is not None else 1
        if tag.startswith(_CORE) and tag not in _PLAIN_TAGS and tag != _TIMESTAMP:
            # Not built: marked, so the tree walk names the field it is in (tag_not_allowed).
            value = node.value if isinstance(node.value, str) else None
            return TaggedScalar(value=value, tag=tag)
        try:
            return super().construct_object(node, deep)
        except (_BadNode, YAMLError, RecursionError):
            raise
        except Exception as exc:  # ruamel's own slip on a value: placed, not a traceback
            if tag == _TIMESTAMP:
                return str(node.value)
            raise _BadNode(line, tag, f"{type(exc).__name__}: {exc}") from None


def new_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _ProfileConstructor
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap an admin's long lines
    return yaml


def read_text(path: Path) -> str:
    """The file's text, or a ProfileError saying why it cannot be read."""
    name = str(path)
    try:
        if path.is_dir():
            raise ProfileError([Problem(name, 0, FILE, "not_a_file")])
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ProfileError([Problem(name, 0, FILE, "not_found")]) from None
    except PermissionError:
        raise ProfileError([Problem(name, 0, FILE, "unreadable", {"case": "permission"})]) from None
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise ProfileError([Problem(name, 0, FILE, "unreadable", {"detail": detail})]) from None
    if len(raw) > MAX_BYTES:
        raise ProfileError([Problem(name, 0, FILE, "too_large", {"max_bytes": MAX_BYTES})])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        byte = f"0x{raw[exc.start]:02x}"
        raise ProfileError([Problem(name, line, FILE, "not_utf8", {"byte": byte})]) from None


def _flow_depth(text: str) -> int:
    """How deep brackets nest, counted roughly (quotes and comments not skipped): only to
    refuse at once what ruamel would recurse on for seconds."""
    if text.count("[") + text.count("{") <= MAX_FLOW_DEPTH:
        return 0
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def parse(text: str, name: str) -> Any:
    """The YAML tree (ruamel round-trip types), or a ProfileError with the line."""
    if _flow_depth(text) > MAX_FLOW_DEPTH:
        # What ruamel says, after seconds of recursion, for the same file.
        params = {"detail": "maximum recursion depth exceeded"}
        params.update(yaml_problem(params["detail"]))
        raise ProfileError([Problem(name, 1, YAML_FIELD, "yaml_syntax", params)])
    try:
        return new_yaml().load(io.StringIO(text))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # ruamel says what is wrong in `problem`; a few texts it gives as `context` alone.
        detail = exc.problem or exc.context or str(exc)
        code, params = "yaml_syntax", {"detail": detail}
        opened = next((v for k, v in _UNCLOSED.items() if k in (exc.context or "")), None)
        if opened == "quote" and "escape" in (exc.problem or ""):
            opened = None  # a bad escape in a text that is closed: ruamel's words say which
        duplicate = _DUPLICATE.match(detail)
        if "\\t" in detail or "\t" in detail:
            code = "yaml_tab"
        elif exc.context_mark is not None and opened is not None:
            # An unclosed bracket or quote: where it opened helps, the end of file does not.
            mark = exc.context_mark
            quote = text[mark.index : mark.index + 1]
            opening = {"list": "[", "section": "{"}.get(
                opened, quote if quote in ("'", '"') else '"'
            )
            code = "yaml_unclosed"
            params.update(case=opened, open=opening, close=_CLOSING.get(opening, opening))
        elif duplicate:
            code, params["key"] = "yaml_duplicate_key", duplicate[1]
        else:
            params.update(yaml_problem(exc.problem, exc.context))  # worded when shown
        line = mark.line + 1 if mark is not None else 1
        raise ProfileError([Problem(name, line, YAML_FIELD, code, params)]) from None
    except _BadNode as exc:
        params = {"detail": exc.detail}
        raise ProfileError([Problem(name, exc.line, YAML_FIELD, "yaml_syntax", params)]) from None
    except ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        params = {"character": f"#x{exc.character:04x}"}
        raise ProfileError([Problem(name, line, YAML_FIELD, "yaml_control", params)]) from None
    except (YAMLError, RecursionError) as exc:
        detail = str(exc) or type(exc).__name__
        raise ProfileError(
            [Problem(name, 1, YAML_FIELD, "yaml_syntax", {"detail": detail})]
        ) from None


def load_profile(path: Path | str) -> Profile:
    return validate_tree(parse(read_text(Path(path)), str(path)), str(path))


def validate_tree(tree: Any, name: str) -> Profile:
    if tree is None:
        raise ProfileError([Problem(name, 1, FILE, "empty_file")])
    if not isinstance(tree, CommentedMap):
        case = "list" if isinstance(tree, CommentedSeq) else "value"
        raise ProfileError([Problem(name, 1, FILE, "not_a_profile", {"case": case})])
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
                [Problem(name, 1, YAML_FIELD, "too_many_values", {"limit": MAX_NODES})]
            )
        if isinstance(node, TaggedScalar) or (
            hasattr(node, "tag") and getattr(node.tag, "value", None)
        ):
            problems.append(_problem(name, tree, loc, "tag_not_allowed"))
            return None
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if not isinstance(key, str):
                    problems.append(_problem(name, tree, loc, "bad_key", found(key)))
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


def _problem(
    name: str, tree: Any, loc: Loc, code: str, params: dict[str, Any] | None = None
) -> Problem:
    return Problem(name, line_of(tree, loc), _dotted(loc), code, params or {})


def _dotted(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or PROFILE_FIELD


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
            annotation = _item_type(getattr(field, "annotation", None))
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
        value = first.get("input")
        if first["type"] == "extra_forbidden":
            parent_fields = _fields_at(loc[:-1])
            key = str(loc[-1])
            hint = difflib.get_close_matches(key, parent_fields, n=1, cutoff=0.6)
            params: dict[str, Any] = {"key": key, "options": parent_fields}
            if hint:
                params.update(case="hint", hint=hint[0])
            elif not parent_fields:
                params["case"] = "alone"
            problems.append(Problem(name, line_of(tree, loc), _dotted(loc), "unknown_key", params))
            continue
        expected = [expected_for(e["type"]) for e in errs]
        if len(errs) > 1 and all(expected):
            # A union (e.g. camera.source: index or name) rejected every branch.
            kinds = list(dict.fromkeys(e for e in expected if e))
            code, params = "wrong_type", {"expected": kinds, **found(value)}
        else:
            specific = next((e for e in errs if not expected_for(e["type"])), first)
            code, params = code_for(
                specific["type"], specific.get("ctx", {}), specific.get("input"), specific["msg"]
            )
        problems.append(Problem(name, line_of(tree, loc), _dotted(loc), code, params))
    return sorted(problems, key=lambda p: (p.line, p.field))


def _fields_at(loc: Loc) -> list[str]:
    fields: Any = Profile.model_fields
    for part in loc:
        if isinstance(part, int) and fields:
            continue  # an item of a list of sections (licences[0]): the item's options
        if not isinstance(part, str) or part not in fields:
            return []
        fields = getattr(_item_type(fields[part].annotation), "model_fields", {})
    return list(fields)


def _item_type(annotation: Any) -> Any:
    """A list's item type (licences: a list of sections), so problems inside an item name
    its option; any other annotation as it is."""
    args = typing.get_args(annotation) if typing.get_origin(annotation) is tuple else ()
    return args[0] if args else annotation
