"""The words of the room's schedule: why its calendar feed could not be read, and why a
meeting could not be added or ended (the codes of vcdesk.core.schedule's ScheduleError,
kept in FeedStatus as problem_code and problem_params).

Templates are str.format() strings marked with QT_TRANSLATE_NOOP("schedule", ...), filled
with the error's values (a code's `params["case"]` picks one of its wordings); sizes and
durations are written the current language's way. What a server or the system said
(`detail`) is shown as it was said, inside a translated sentence.
tests/test_words_conversions.py checks that every code core can give has words here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP, current
from vcdesk.core.words.conversions import duration
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
    from vcdesk.core.schedule.calendar import ScheduleError
    from vcdesk.core.schedule.feed import FeedStatus

CONTEXT = "schedule"

Words = str | Mapping[str, str]

_PROBLEMS: dict[str, Words] = {
    # reading the feed (vcdesk.core.schedule.feed)
    "not_found": QT_TRANSLATE_NOOP(
        "schedule",
        "The schedule file {source} does not exist: export the calendar there again, or "
        "correct schedule.ics in the room profile",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "schedule", "The schedule file {source} cannot be read ({detail})"
    ),
    # the room's own schedule store (the database beside the queue)
    "store": QT_TRANSLATE_NOOP(
        "schedule", "The room's schedule cannot be read from vcdesk's database ({detail})"
    ),
    "http": QT_TRANSLATE_NOOP(
        "schedule",
        "The schedule feed {source} answered HTTP {status} ({detail}): check the address in "
        "the room profile (schedule.ics), or ask whoever runs the booking system",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "schedule",
        "The schedule feed {source} did not answer within {seconds}: check the network",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "schedule",
        "The schedule feed {source} cannot be reached ({detail}): check the network and the "
        "address in the room profile (schedule.ics)",
    ),
    "redirect": QT_TRANSLATE_NOOP(
        "schedule",
        "The schedule feed {source} sends vcdesk on to {target}, which is not a web address "
        "(http or https): it was not followed; check schedule.ics in the room profile",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "schedule",
        "The schedule feed {source} is larger than {limit}: that is not a room's calendar; "
        "check schedule.ics in the room profile",
    ),
    # what the feed holds (vcdesk.core.schedule.calendar)
    "broken": {
        "web_page": QT_TRANSLATE_NOOP(
            "schedule",
            "The schedule feed {source} cannot be read: the address gives a web page, not a "
            "calendar (a login page?): use the calendar's iCal/ICS export address",
        ),
        "not_ical": QT_TRANSLATE_NOOP(
            "schedule",
            "The schedule feed {source} cannot be read: it is not an iCalendar file ({detail})",
        ),
        "no_vcalendar": QT_TRANSLATE_NOOP(
            "schedule", "The schedule feed {source} cannot be read: it holds no VCALENDAR"
        ),
        "no_times": QT_TRANSLATE_NOOP(
            "schedule",
            "The schedule feed {source} cannot be read: none of its {events} events has a "
            "start time that can be read",
        ),
        "no_usable": QT_TRANSLATE_NOOP(
            "schedule",
            "The schedule feed {source} cannot be read: none of its {events} events can be "
            "used (see the events left out)",
        ),
        "not_expandable": QT_TRANSLATE_NOOP(
            "schedule",
            "The schedule feed {source} cannot be read: its meetings cannot be worked out "
            "({detail})",
        ),
    },
    # an event of the feed left out, the rest still counts (Calendar.warnings)
    "skipped": {
        "no_start": QT_TRANSLATE_NOOP(
            "schedule", "The event “{summary}” ({uid}) was left out: it has no start time"
        ),
        "two_starts": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: it has more than one start time",
        ),
        "bad_time": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: its {field} cannot be read ({detail})",
        ),
        "bad_zone": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: its time zone {zone} is unknown",
        ),
        "bad_rule": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: its repeat rule {rule} is not valid",
        ),
        "rule_frequency": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: it repeats {frequency}, which "
            "no meeting does",
        ),
        "too_slow": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: its repeats took longer than "
            "{seconds} to work out",
        ),
        "failed": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) was left out: its repeats cannot be worked "
            "out ({detail})",
        ),
    },
    "limited": {
        "per_event": QT_TRANSLATE_NOOP(
            "schedule",
            "The event “{summary}” ({uid}) repeats more than {limit} times in the days "
            "shown: only the first {limit} are used",
        ),
        "per_feed": QT_TRANSLATE_NOOP(
            "schedule",
            "The calendar has more than {limit} meetings in the days shown: only the first "
            "{limit} are used",
        ),
        "feed_budget": QT_TRANSLATE_NOOP(
            "schedule",
            "Working out the calendar's repeating meetings took longer than {seconds}: the "
            "rest were left out",
        ),
    },
    "zone_ignored": QT_TRANSLATE_NOOP(
        "schedule",
        "The calendar names an unknown time zone ({zone}) for its times: it was ignored, "
        "times without a zone are read as the room's",
    ),
    # a meeting added or ended in the console (vcdesk.core.schedule.entries)
    "entry": {
        "no_title": QT_TRANSLATE_NOOP("schedule", "Give the meeting a title"),
        "title_too_long": QT_TRANSLATE_NOOP(
            "schedule", "The title is longer than {limit} characters"
        ),
        "ends_first": QT_TRANSLATE_NOOP("schedule", "The meeting must end after it starts"),
        "too_long": QT_TRANSLATE_NOOP(
            "schedule", "A meeting longer than {days} days is surely a typing error"
        ),
        "not_on": QT_TRANSLATE_NOOP("schedule", "Only a meeting that is on now can be ended"),
    },
}

# Values that are sizes, per code (the others are text or counts).
_SIZES = {"too_large": ("limit",)}  # ("limited" has a count as its limit)


_TABLE = Templates(CONTEXT, _PROBLEMS)
has_words = _TABLE.has_words
worded = _TABLE.worded


def problem_text(code: str, params: Mapping[str, Any] | None = None) -> str:
    """A schedule problem in the current language; a code without words shows as itself
    (with what was said, if anything): never blank."""
    params = params or {}
    values = dict(params)
    try:
        for key in _SIZES.get(code, ()):
            if key in values:
                values[key] = current().formats.size(float(values[key]))
        if "seconds" in values:
            values["seconds"] = duration(float(values["seconds"]))
    except (TypeError, ValueError):
        pass  # not a figure: shown as it came
    text = _TABLE.word(code, str(params.get("case") or ""), values)
    return text if text is not None else unworded(code, params)


def error_text(error: ScheduleError) -> str:
    """A ScheduleError in the current language."""
    return problem_text(error.code, error.params)


def feed_problem(status: FeedStatus | None) -> str | None:
    """Why the feed could not be read just now, in the current language; None when it was
    (or there is no feed)."""
    if status is None or status.problem_code is None:
        return None
    return problem_text(status.problem_code, status.problem_params)
