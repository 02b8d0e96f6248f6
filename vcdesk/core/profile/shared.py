"""A licences file several rooms share: `licences:` (the platform licences and their host
accounts, which the rooms queue for) and optionally `savings:` (the cost model), so one
admin keeps them in one place. A room profile names it with `licences_file:`, relative to
the profile's folder.

The file is read with the room profile's rules (vcdesk.core.profile.load: size limit, no
YAML tags, problems as `PATH:LINE: FIELD` with words). Its parse is cached by path,
modification time and size: a room asks for its licences once per meeting, and a
schedule of a month asks a few hundred times.
"""

from __future__ import annotations

import difflib
import os
import threading
from pathlib import Path
from typing import Any

import pydantic
from pydantic import Field
from ruamel.yaml.comments import CommentedMap

from vcdesk.core.profile.load import FILE, _problems_from, _to_plain, parse, read_text
from vcdesk.core.profile.model import Licence, Licences, Profile, Savings, Section
from vcdesk.core.profile.problems import Problem, ProfileError, found

_CACHED = 32  # a handful of shared files at most; a bound keeps a long-running console lean


class SharedFile(Section):
    """What a licences file holds. Its options share the room profile's names and types, so
    a problem reads the same wherever the option is written."""

    licences: Licences = Field(())
    savings: Savings | None = None


_cache: dict[str, tuple[tuple[int, int], SharedFile | ProfileError]] = {}
_lock = threading.Lock()  # the checklist and the schedule ask from their own threads


def shared_path(profile: Profile, profile_path: Path | None) -> Path | None:
    """Where the profile's licences file is (`~` expanded, relative to the profile's folder),
    or None when it names none."""
    if profile.licences_file is None:
        return None
    path = Path(os.path.expanduser(profile.licences_file))
    if not path.is_absolute() and profile_path is not None:
        path = Path(profile_path).parent / path
    # "../bersama/lisensi.yaml" named in problems as the folder it is, as the admin reads it.
    return Path(os.path.normpath(path))


def load_shared(path: Path) -> SharedFile:
    """The licences file at `path`, parsed once per version of it; a ProfileError naming the
    file when it cannot be read or is not a licences file."""
    name = str(path)
    try:
        stat = path.stat()
        key: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None  # read_text says why, in words
    with _lock:
        cached = _cache.get(name)
    if key is not None and cached is not None and cached[0] == key:
        result = cached[1]
    else:
        try:
            result = _read(path, name)
        except ProfileError as exc:
            result = exc
        if key is not None:
            with _lock:
                if len(_cache) >= _CACHED:
                    _cache.clear()
                _cache[name] = (key, result)
    if isinstance(result, ProfileError):
        raise ProfileError(result.problems)  # a fresh one: a raised exception carries its trace
    return result


def is_shared_tree(tree: Any) -> bool:
    """Whether a parsed YAML file is a licences file rather than a room profile: it has
    `licences:` or `savings:` and neither `room:` nor `schema_version:`. Lets `profile
    validate` (and a list of profiles) take both kinds of file from one folder."""
    if not isinstance(tree, dict) or "room" in tree or "schema_version" in tree:
        return False
    return "licences" in tree or "savings" in tree


def validate_shared(tree: Any, name: str) -> SharedFile:
    """A parsed licences file validated, or a ProfileError naming its problems."""
    if not isinstance(tree, CommentedMap):
        raise ProfileError([Problem(name, 1, FILE, "not_a_licences_file", found(tree))])
    plain, problems = _to_plain(tree, name)
    if problems:
        raise ProfileError(problems)
    try:
        return SharedFile.model_validate(plain)
    except pydantic.ValidationError as exc:
        raise ProfileError([_here(p) for p in _problems_from(exc.errors(), tree, name)]) from None


def _read(path: Path, name: str) -> SharedFile:
    return validate_shared(parse(read_text(path), name), name)


def _here(problem: Problem) -> Problem:
    """An unknown option at the top of the file is offered this file's options, not a room
    profile's."""
    if problem.code != "unknown_key" or "." in problem.field or "[" in problem.field:
        return problem
    options = list(SharedFile.model_fields)
    key = str(problem.params.get("key", ""))
    params: dict[str, Any] = {"key": key, "options": options}
    hint = difflib.get_close_matches(key, options, n=1, cutoff=0.6)
    if hint:
        params.update(case="hint", hint=hint[0])
    return Problem(problem.path, problem.line, problem.field, problem.code, params)


def room_licences(profile: Profile, profile_path: Path | None) -> tuple[Licence, ...]:
    """The licences a room can use: its own, then the shared file's; a name the room's own
    list already has is the room's (a room may hold a licence on other terms)."""
    path = shared_path(profile, profile_path)
    if path is None:
        return profile.licences
    own = {licence.name for licence in profile.licences}
    shared = tuple(lic for lic in load_shared(path).licences if lic.name not in own)
    return profile.licences + shared


def room_savings(profile: Profile, profile_path: Path | None) -> Savings:
    """The room's cost model: each amount the profile sets (non-zero) wins, else the shared
    file's, else 0. The shared file is read only when the profile leaves an amount unset."""
    own = profile.savings
    path = shared_path(profile, profile_path)
    if path is None or (own.travel_cost_per_meeting and own.meal_cost_per_participant):
        return own
    shared = load_shared(path).savings
    if shared is None:
        return own
    return Savings(
        travel_cost_per_meeting=own.travel_cost_per_meeting or shared.travel_cost_per_meeting,
        meal_cost_per_participant=own.meal_cost_per_participant or shared.meal_cost_per_participant,
    )
