"""The SOP items a checklist shows: the room-wide ones (`checklist:`), then those of the
meeting's kind (`meetings.sop`)."""

from __future__ import annotations

from vcdesk.core.profile.model import Profile


def sop_items(profile: Profile, kind: str | None) -> tuple[str, ...]:
    """The items to tick before a meeting of `kind` (None: no meeting known, the room-wide
    items only). An item written in both lists is shown once, where the room-wide list has
    it: ticks are kept by the item's text."""
    extra = profile.meetings.sop.get(kind, ()) if kind is not None else ()
    return tuple(dict.fromkeys((*profile.checklist, *extra)))
