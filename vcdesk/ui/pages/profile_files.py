"""The room profile files behind the Profiles page: finding them, creating, duplicating and
deleting them. Plain Python with no Qt, because all of it runs on a pool thread."""

from __future__ import annotations

import dataclasses
import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from vcdesk.core.profile import examples, shared
from vcdesk.core.profile.document import ProfileDocument
from vcdesk.core.profile.load import parse, read_text, validate_tree
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import FILE, Problem, ProfileError

PATTERNS = ("*.yaml", "*.yml")


@dataclasses.dataclass(frozen=True)
class Entry:
    path: Path
    room: str | None  # the room's name when the file says one, even an invalid file
    problem: Problem | None  # the first problem; None for a valid profile

    @property
    def valid(self) -> bool:
        return self.problem is None


def scan(places: Sequence[Path]) -> list[Entry]:
    """Every profile in the places, valid or not, in the order given: a file is listed
    itself (the active room's, wherever it lives), a folder by its YAML files by name."""
    seen: set[Path] = set()
    entries = []
    for place in places:
        try:
            if place.is_file():
                found = [place]
            else:
                found = sorted({p for pattern in PATTERNS for p in place.glob(pattern)})
        except OSError:
            continue  # a folder that cannot be listed holds nothing we could open either
        for path in found:
            key = path.resolve()
            if key in seen or not path.is_file():
                continue
            seen.add(key)
            entry = examine(path)
            if entry is not None:
                entries.append(entry)
    return entries


def examine(path: Path) -> Entry | None:
    """The file as a room profile; None for a licences file several rooms share (it lives
    beside the profiles, but is no room)."""
    tree = None
    try:
        tree = parse(read_text(path), str(path))
        if shared.is_shared_tree(tree):
            return None
        profile = validate_tree(tree, str(path))
    except ProfileError as exc:
        return Entry(path, _room_name(tree), exc.problems[0])
    return Entry(path, profile.room.name, None)


def shared_problems(profile: Profile, path: Path) -> list[Problem]:
    """What is wrong with the licences file the profile names (it cannot be read, or is no
    licences file), as the profile's own problems are given; none when it is fine or none
    is named. Reads a file: run on the pool."""
    try:
        shared.room_licences(profile, path)
        shared.room_savings(profile, path)
    except ProfileError as exc:
        return list(exc.problems)
    return []


def _room_name(tree: object) -> str | None:
    room = tree.get("room") if isinstance(tree, dict) else None
    name = room.get("name") if isinstance(room, dict) else None
    return str(name) if isinstance(name, str) and name.strip() else None


def open_document(path: Path) -> tuple[ProfileDocument | None, str, list[Problem]]:
    """The document to edit and the file's text; or no document, the text (if it could be
    read, for showing the bad line) and why it cannot be opened."""
    try:
        text = read_text(path)
    except ProfileError as exc:
        return None, "", exc.problems
    try:
        return ProfileDocument.open(path), text, []
    except ProfileError as exc:
        return None, text, exc.problems


def file_stem(room_name: str) -> str:
    """A portable file name for a room: ASCII letters, digits and dashes only, so it is the
    same on every file system and never starts with a dash."""
    ascii_name = unicodedata.normalize("NFKD", room_name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60].strip("-")
    return stem or "room"


def create(folder: Path, room_name: str) -> Path:
    """A new room's profile, from the commented example."""
    return _write_new(folder, room_name, examples.from_example(room_name))


def duplicate(text: str, folder: Path, room_name: str) -> Path:
    """A copy of a profile's text (comments and all) under a new room name."""
    return _write_new(folder, room_name, examples.renamed(text, room_name))


def _write_new(folder: Path, room_name: str, text: str) -> Path:
    """A new file named after the room, under a name no file had (claimed exclusively, so
    two consoles adding the same room never overwrite each other)."""
    stem = file_stem(room_name)
    for number in range(1, 1000):
        name = stem if number == 1 else f"{stem}-{number}"
        path = folder / f"{name}.yaml"
        if (folder / f"{name}.yml").exists():
            continue
        try:
            examples.write_new(path, text)
        except FileExistsError:
            continue
        except OSError as exc:
            params = {"case": "nothing_written", "detail": exc.strerror or str(exc)}
            raise ProfileError([Problem(str(path), 0, FILE, "save_failed", params)]) from exc
        return path
    raise ProfileError(
        [Problem(str(folder), 0, FILE, "save_failed", {"case": "no_free_name", "stem": stem})]
    )


def delete(path: Path) -> None:
    try:
        os.remove(path)
    except FileNotFoundError:
        pass  # already gone: what the admin asked for
    except OSError as exc:
        params = {"case": "delete", "detail": exc.strerror or str(exc)}
        raise ProfileError([Problem(str(path), 0, FILE, "unwritable", params)]) from exc
