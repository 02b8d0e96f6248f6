"""What a room allows in its meeting records: the kinds of meeting its profile names and the
licences it may use (its own and a shared file's), and the checks every value passes before
it is kept. Codes, not sentences: vcdesk.core.words.meetings words them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vcdesk.core.meetings.model import (
    COUNTS,
    MAX_LENGTH,
    MAX_PARTICIPANTS,
    TEXTS,
    MeetingError,
)
from vcdesk.core.profile.model import KINDS as DEFAULT_KINDS
from vcdesk.core.profile.shared import room_licences

if TYPE_CHECKING:
    from vcdesk.core.profile.model import Profile


@dataclass(frozen=True)
class Rules:
    kinds: tuple[str, ...] = DEFAULT_KINDS
    licences: tuple[str, ...] = ()  # names


def room_rules(profile: Profile, profile_path: Path | None) -> Rules:
    """The kinds and licence names of `profile`'s room (ProfileError when the shared
    licences file is bad)."""
    licences = room_licences(profile, profile_path)
    return Rules(tuple(profile.meetings.kinds), tuple(licence.name for licence in licences))


def check_values(
    values: Mapping[str, Any], rules: Rules, changed: frozenset[str], *, untitled: bool = False
) -> None:
    """Raise MeetingError for the first value of a meeting that cannot be kept. `values`
    holds every field as it would be kept; the kind and licence are checked only where
    `changed` (a licence the profile dropped since stays on the meetings that used it).
    `untitled`: no title is allowed (a calendar event without one)."""
    if not values["title"] and not untitled:
        raise MeetingError("no_title")
    for field, limit in TEXTS.items():
        if len(values[field]) > limit:
            raise MeetingError("text_too_long", field=field, limit=limit)
    for field in sorted(COUNTS):
        count = values[field]
        if count is not None and not 0 <= count <= MAX_PARTICIPANTS:
            raise MeetingError("count_range", value=count, limit=MAX_PARTICIPANTS)
    _check_span(values["booked_start"], values["booked_end"], "booked")
    _check_span(values["actual_start"], values["actual_end"], "actual")
    kind = values["kind"]
    if "kind" in changed and kind and kind not in rules.kinds:
        raise MeetingError("unknown_kind", kind=kind, kinds=", ".join(rules.kinds))
    licence = values["licence"]
    if "licence" in changed and licence and licence not in rules.licences:
        if not rules.licences:
            raise MeetingError("unknown_licence", case="none", licence=licence)
        raise MeetingError("unknown_licence", licence=licence, licences=", ".join(rules.licences))


def _check_span(start: dt.datetime | None, end: dt.datetime | None, case: str) -> None:
    if start is None or end is None:
        return  # an actual end is known only once the meeting is over
    if end <= start:
        raise MeetingError("ends_first", case=case)
    if end - start > MAX_LENGTH:
        raise MeetingError("too_long", case=case, days=MAX_LENGTH.days)
