"""A meeting as the rest of vcdesk sees it: start and end in the room's time zone, whatever
the feed or the console said. Plain data, so the policy can be tested without a calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal


@dataclass(frozen=True)
class Meeting:
    start: datetime  # aware, in the room's time zone
    end: datetime  # exclusive; never before start
    title: str
    all_day: bool = False
    # Whether the room is in use: a busy meeting holds the conversions. A timed event is
    # busy unless the feed marks it free (TRANSP:TRANSPARENT); an all-day event (a holiday,
    # a deadline) only when the feed marks it OPAQUE, or a whole day would hold the queue.
    busy: bool = True
    source: Literal["feed", "console"] = "feed"
    uid: str = ""
    entry_id: int | None = None  # the console entry's id, to remove it
    # A feed meeting's instance of its series (RECURRENCE-ID, unchanged when the booking
    # system moves that instance): the key of its meeting record. None for a lone event or
    # a console entry. Not compared: the same booking is the same meeting.
    occurrence: datetime | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(timespec="seconds"),
            "end": self.end.isoformat(timespec="seconds"),
            "title": self.title,
            "all_day": self.all_day,
            "busy": self.busy,
            "source": self.source,
            "uid": self.uid,
            "entry_id": self.entry_id,
        }
