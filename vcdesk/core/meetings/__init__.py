"""Meeting records (issue 15): one per meeting held in the room, with its change log."""

from vcdesk.core.meetings.model import Change, Meeting, MeetingError
from vcdesk.core.meetings.rules import Rules, room_rules
from vcdesk.core.meetings.store import MeetingStore

__all__ = ["Change", "Meeting", "MeetingError", "MeetingStore", "Rules", "room_rules"]
