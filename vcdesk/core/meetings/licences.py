"""Licence capacity and host-account conflicts (issue 15): a meeting whose participants
exceed its licence's capacity, or that needs a host account while every host account of
its licence is taken by other meetings (in this room or in the rooms that share its
licences file), is flagged. A pure rule over lists: the records are read and the other
rooms' bookings gathered by vcdesk.core.meetings.bookings.

A flag is a code and JSON-ready values, worded by vcdesk.core.words.meetings.flag_text:
- `over_capacity` {participants, capacity, licence}
- `hosts_busy` {licence, hosts, others: [{room, title, start}]} (start ISO 8601 in the
  zone the caller names: the room's, so its words show the room's clock)
- `unknown_licence` {licence}: its licence is no longer among the room's
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vcdesk.core.meetings.model import Meeting
from vcdesk.core.meetings.recordings import meeting_end, meeting_start
from vcdesk.core.profile.model import Licence

OVER_CAPACITY = "over_capacity"
HOSTS_BUSY = "hosts_busy"
UNKNOWN_LICENCE = "unknown_licence"
CODES = (OVER_CAPACITY, HOSTS_BUSY, UNKNOWN_LICENCE)


@dataclass(frozen=True)
class Booking:
    """A meeting on a licence, as the rule sees it: this room's record, or another room's
    published booking. `key` tells them apart (this room's: the record's id)."""

    key: Hashable
    room: str
    title: str
    licence: str
    start: dt.datetime  # aware
    end: dt.datetime
    participants: int | None = None


@dataclass(frozen=True)
class Flag:
    key: Hashable  # the Booking's key
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, **self.params}


def booking_of(record: Meeting) -> Booking:
    """A record's booking: the span the room was (or is to be) taken, as recordings count it."""
    return Booking(
        record.id,
        record.room,
        record.title,
        record.licence,
        meeting_start(record),
        meeting_end(record),
        record.participants,
    )


def conflicts(
    bookings: Iterable[Booking],
    licences: Sequence[Licence],
    zone: dt.tzinfo = dt.UTC,
    *,
    judge: Iterable[Hashable] | None = None,
) -> dict[Hashable, list[Flag]]:
    """The flags of each booking with a licence (only those with any), over-capacity first.
    `judge`: the keys to give flags to (default all); every booking counts for the others'
    host accounts. A booking whose licence is not in `licences` is flagged unknown and
    counts for nobody (its host accounts are not known)."""
    listed = [b for b in bookings if b.licence]
    wanted = None if judge is None else set(judge)
    by_name = {licence.name: licence for licence in licences}
    on: dict[str, list[Booking]] = {}
    for b in listed:
        on.setdefault(b.licence, []).append(b)
    flags: dict[Hashable, list[Flag]] = {}
    for b in listed:
        if wanted is not None and b.key not in wanted:
            continue
        licence = by_name.get(b.licence)
        found: list[Flag] = []
        if licence is None:
            found.append(Flag(b.key, UNKNOWN_LICENCE, {"licence": b.licence}))
        else:
            if b.participants is not None and b.participants > licence.capacity:
                params = {
                    "participants": b.participants,
                    "capacity": licence.capacity,
                    "licence": licence.name,
                }
                found.append(Flag(b.key, OVER_CAPACITY, params))
            hosts = max(1, len(licence.hosts))  # a licence without listed hosts: its owner's
            others = busiest(b, on[b.licence], hosts)
            if others:
                params = {
                    "licence": licence.name,
                    "hosts": hosts,
                    "others": [
                        {
                            "room": o.room,
                            "title": o.title,
                            "start": o.start.astimezone(zone).isoformat(timespec="minutes"),
                        }
                        for o in others
                    ],
                }
                found.append(Flag(b.key, HOSTS_BUSY, params))
        if found:
            flags[b.key] = found
    return flags


def overlaps(a: Booking, b: Booking) -> bool:
    """Sharing some moment: one ending as the other starts does not (back to back is fine)."""
    return a.start < b.end and b.start < a.end


def busiest(meeting: Booking, same_licence: Iterable[Booking], hosts: int) -> list[Booking]:
    """The other meetings on at the first moment of `meeting` when more than `hosts`
    meetings use its licence at once; [] when there is no such moment."""
    others = [o for o in same_licence if o.key != meeting.key and overlaps(meeting, o)]
    if len(others) < hosts:
        return []
    # Sweep the moments inside `meeting` where the count changes; an end before a start at
    # the same instant (a meeting ending at 10:00 frees its account for one starting then).
    events = sorted(
        [(max(o.start, meeting.start), 1, i) for i, o in enumerate(others)]
        + [(min(o.end, meeting.end), 0, i) for i, o in enumerate(others)]
    )
    now_on: set[int] = set()
    for _, starts, i in events:
        if starts:
            now_on.add(i)
            if len(now_on) + 1 > hosts:
                return sorted((others[j] for j in now_on), key=lambda o: (o.start, o.room))
        else:
            now_on.discard(i)
    return []
