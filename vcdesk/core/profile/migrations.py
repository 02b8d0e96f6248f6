"""Schema migrations for room profiles. A profile written for schema N is brought to the
current schema in memory, step by step, on the round-trip tree (so a later save keeps the
admin's comments); the file on disk changes only when someone saves it."""

from __future__ import annotations

from collections.abc import Callable

from ruamel.yaml.comments import CommentedMap

from vcdesk.core.profile.model import SCHEMA_VERSION
from vcdesk.core.profile.position import line_of
from vcdesk.core.profile.problems import Problem, allowed

# STEPS[n] takes a tree at schema n to n + 1. Version 1 is the first, so none yet.
STEPS: dict[int, Callable[[CommentedMap], None]] = {}

FIELD = "schema_version"


def migrate(tree: CommentedMap, name: str) -> tuple[CommentedMap, list[Problem]]:
    version = tree.get("schema_version")
    line = line_of(tree, ("schema_version",))
    if version is None:
        params = {"case": "schema_version", "version": SCHEMA_VERSION}
        return tree, [Problem(name, line, FIELD, "missing", params)]
    if isinstance(version, bool) or not isinstance(version, int):
        return tree, [Problem(name, line, FIELD, "not_allowed", _not(version))]
    if version > SCHEMA_VERSION:
        params = {"version": version, "supported": SCHEMA_VERSION}
        return tree, [Problem(name, line, FIELD, "too_new", params)]
    if version < 1 or (version < SCHEMA_VERSION and version not in STEPS):
        return tree, [Problem(name, line, FIELD, "not_allowed", _not(version))]
    while tree["schema_version"] < SCHEMA_VERSION:
        step = tree["schema_version"]
        STEPS[step](tree)
        tree["schema_version"] = step + 1
    return tree, []


def _not(version: object) -> dict[str, object]:
    """The params of a schema_version this vcdesk cannot read: the one it can, and what
    was found."""
    return allowed([str(SCHEMA_VERSION)], version)
