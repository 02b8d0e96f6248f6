"""New room profiles start from the commented example that ships with vcdesk
(`profiles/example.yaml`, installed as package data): an admin who opens a new file finds
every section explained in both languages, rather than two bare lines."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from vcdesk.core import files, resources
from vcdesk.core.profile.document import ProfileDocument, guess_indent, holds_password
from vcdesk.core.profile.load import parse, read_text, validate_tree


def example_text() -> str:
    return read_text(resources.example_profile())


def renamed(text: str, room_name: str) -> str:
    """A profile's text (comments, order and indentation kept) for another room."""
    tree = parse(text, "(copy)")
    if not isinstance(tree, CommentedMap):
        validate_tree(tree, "(copy)")  # raises: there is no room to rename
    room = tree.get("room")
    if not isinstance(room, CommentedMap):
        tree["room"] = room = CommentedMap()
    room["name"] = room_name.strip()
    return ProfileDocument(Path("(copy)"), tree, guess_indent(text)).dumps()


def from_example(room_name: str | None = None) -> str:
    """The example profile, for `room_name` if given; validated, so a new file is never
    born broken."""
    text = example_text()
    if room_name is not None and room_name.strip():
        text = renamed(text, room_name)
    validate_tree(parse(text, "(new profile)"), "(new profile)")
    return text


def write_new(path: Path, text: str) -> None:
    """Write a file that must not exist yet: FileExistsError, and nothing touched, if it
    does (claimed with an exclusive create, so two writers never overwrite each other).
    A profile that holds a password is made 0600 (readable by its owner only), whatever the
    umask; any other gets the umask's mode."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file stands where a folder should be
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), exc.filename) from exc
    private = holds_password(text)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666))
    try:
        files.write_atomic(path, text)
    except BaseException:
        os.remove(path)
        raise
