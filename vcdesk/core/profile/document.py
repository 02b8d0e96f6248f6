"""A profile as the admin wrote it, for editing: changes go into the round-trip YAML tree,
so a save keeps every comment, the key order and the indentation; saving is atomic."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from vcdesk.core import files
from vcdesk.core.profile.load import new_yaml, parse, read_text, validate_tree
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import FILE, Problem, ProfileError

Loc = tuple[str | int, ...]


class ProfileDocument:
    def __init__(self, path: Path, tree: CommentedMap, indent: tuple[int, int]) -> None:
        self.path = path
        self.tree = tree
        self._indent = indent

    @classmethod
    def open(cls, path: Path | str) -> ProfileDocument:
        path = Path(path)
        text = read_text(path)
        tree = parse(text, str(path))
        if not isinstance(tree, CommentedMap):
            validate_tree(tree, str(path))  # raises the right problem
        return cls(path, tree, guess_indent(text))

    def get(self, loc: Loc, default: Any = None) -> Any:
        node: Any = self.tree
        for part in loc:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def set(self, loc: Loc, value: Any) -> None:
        """Set one option, creating its sections if the file had none (appended at the end,
        the schema's natural place for a new section)."""
        node: Any = self.tree
        for part in loc[:-1]:
            if not isinstance(node.get(part) if isinstance(node, dict) else None, dict):
                node[part] = CommentedMap()
            node = node[part]
        if isinstance(value, list | tuple):
            value = CommentedSeq(value)
        node[loc[-1]] = value

    def remove(self, loc: Loc) -> None:
        parent = self.get(loc[:-1])
        if isinstance(parent, dict):
            parent.pop(loc[-1], None)

    def validate(self) -> Profile:
        return validate_tree(self.tree, str(self.path))

    def dumps(self) -> str:
        yaml = new_yaml()
        mapping, offset = self._indent[0], self._indent[1]
        yaml.indent(mapping=mapping, sequence=max(mapping, offset + 2), offset=offset)
        out = io.StringIO()
        yaml.dump(self.tree, out)
        return out.getvalue()

    def save(self, path: Path | None = None) -> Profile:
        """Validate, then write atomically: a crash or a full disk leaves the old file whole."""
        profile = self.validate()
        target = Path(path or self.path)
        write_atomic(target, self.dumps(), private=profile.power.nut.password is not None)
        self.path = target
        return profile


def write_atomic(target: Path, text: str, private: bool | None = None) -> None:
    """Write a profile's text atomically. A new file that holds a password (`private`; by
    default read from the text) is made 0600; an existing file keeps its mode."""
    if private is None:
        private = holds_password(text)
    try:
        files.write_atomic(target, text, private=private)
    except OSError as exc:
        params = {"case": "unchanged", "detail": exc.strerror or str(exc)}
        raise ProfileError([Problem(str(target), 0, FILE, "save_failed", params)]) from exc


def holds_password(text: str) -> bool:
    """Whether a profile's text sets power.nut.password (text YAML cannot read: whether it
    mentions one, to be safe)."""
    try:
        tree = parse(text, "(text)")
    except ProfileError:
        return "password" in text
    power = tree.get("power") if isinstance(tree, dict) else None
    nut = power.get("nut") if isinstance(power, dict) else None
    return isinstance(nut, dict) and nut.get("password") not in (None, "")


def guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, offset of a block sequence's dash under its key) as the admin wrote
    them, so a save does not re-indent the whole file."""
    mapping = offset = None
    parent = None  # indent of the last `key:` line that opens a block
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if parent is not None and indent > parent:
            if stripped.startswith("- "):
                offset = indent - parent if offset is None else offset
            elif mapping is None:
                mapping = indent - parent
        body = stripped.split(" #", 1)[0].rstrip()
        parent = indent if body.endswith(":") and not stripped.startswith("- ") else None
        if mapping is not None and offset is not None:
            break
    return mapping or 2, offset if offset is not None else 0
