"""The words of the monthly meeting report (vcdesk.core.meetings.report): its PDF for the
leaders, its spreadsheet's sheet names and column headings for the admin. The CSV and the
JSON keep English keys, the same in every language, for scripts.

Marked with QT_TRANSLATE_NOOP("month_report", ...) for lupdate, shown through `word`."""

from __future__ import annotations

import datetime as dt

from vcdesk.core import words
from vcdesk.core.meetings.report import GO, NO_GO, NO_RUN, NONE_KEY
from vcdesk.core.words import QT_TRANSLATE_NOOP, tr

CONTEXT = "month_report"

TITLE = QT_TRANSLATE_NOOP("month_report", "Monthly meeting report")
ROOM = QT_TRANSLATE_NOOP("month_report", "Room")
LOCATION = QT_TRANSLATE_NOOP("month_report", "Location")
MONTH = QT_TRANSLATE_NOOP("month_report", "Month")
TIMES_IN = QT_TRANSLATE_NOOP("month_report", "Time zone")
SUMMARY = QT_TRANSLATE_NOOP("month_report", "Summary")
MEETINGS = QT_TRANSLATE_NOOP("month_report", "Meetings")
MEETINGS_HELD = QT_TRANSLATE_NOOP("month_report", "Meetings held")
HOURS = QT_TRANSLATE_NOOP("month_report", "Hours")
HOURS_OF_MEETINGS = QT_TRANSLATE_NOOP("month_report", "Hours of meetings")
PARTICIPANTS = QT_TRANSLATE_NOOP("month_report", "Participants")
SAVINGS = QT_TRANSLATE_NOOP("month_report", "Savings")
SAVING = QT_TRANSLATE_NOOP("month_report", "Saving")
SAVINGS_ESTIMATED = QT_TRANSLATE_NOOP("month_report", "Estimated savings")
SAVINGS_MODEL = QT_TRANSLATE_NOOP(
    "month_report",
    "Savings are estimated per meeting as travel {travel} plus meals {meal} per participant "
    "(actual participants, else expected).",
)
SAVINGS_UNSET = QT_TRANSLATE_NOOP(
    "month_report", "The room profile sets no savings amounts: savings are shown as Rp0."
)
BY_KIND = QT_TRANSLATE_NOOP("month_report", "By kind of meeting")
BY_ORGANISER = QT_TRANSLATE_NOOP("month_report", "By organiser")
KIND = QT_TRANSLATE_NOOP("month_report", "Kind")
ORGANISER = QT_TRANSLATE_NOOP("month_report", "Organiser")
CHECKLISTS = QT_TRANSLATE_NOOP("month_report", "Pre-meeting checklists")
RECORDINGS = QT_TRANSLATE_NOOP("month_report", "Recordings")
RECORDINGS_COUNT = QT_TRANSLATE_NOOP("month_report", "Recordings kept")
RECORDED_HOURS = QT_TRANSLATE_NOOP("month_report", "Hours recorded")
RECORDED_SIZE = QT_TRANSLATE_NOOP("month_report", "Size of the recordings")
EVERY_MEETING = QT_TRANSLATE_NOOP("month_report", "Meetings of the month")
NO_MEETINGS = QT_TRANSLATE_NOOP("month_report", "No meetings are recorded for this month.")
DATE = QT_TRANSLATE_NOOP("month_report", "Date")
TIME = QT_TRANSLATE_NOOP("month_report", "Time")
TITLE_COLUMN = QT_TRANSLATE_NOOP("month_report", "Title")
UNTITLED = QT_TRANSLATE_NOOP("month_report", "(no title)")
TOTAL = QT_TRANSLATE_NOOP("month_report", "Total")
PAGE = QT_TRANSLATE_NOOP("month_report", "Page {page} of {pages}")
# The spreadsheet's sheets and the columns only it has.
SHEET_MEETINGS = QT_TRANSLATE_NOOP("month_report", "Meetings")
SHEET_SUMMARY = QT_TRANSLATE_NOOP("month_report", "Summary")
START = QT_TRANSLATE_NOOP("month_report", "Start")
END = QT_TRANSLATE_NOOP("month_report", "End")
PLATFORM = QT_TRANSLATE_NOOP("month_report", "Platform")
LICENCE = QT_TRANSLATE_NOOP("month_report", "Licence")
OPERATOR = QT_TRANSLATE_NOOP("month_report", "Operator")
EXPECTED = QT_TRANSLATE_NOOP("month_report", "Expected participants")
ACTUAL = QT_TRANSLATE_NOOP("month_report", "Actual participants")
CHECKLIST = QT_TRANSLATE_NOOP("month_report", "Checklist")
RECORDED_BYTES = QT_TRANSLATE_NOOP("month_report", "Recordings (bytes)")
SAVING_IDR = QT_TRANSLATE_NOOP("month_report", "Saving (Rp)")

_NONE = {
    "kind": QT_TRANSLATE_NOOP("month_report", "(kind not given)"),
    "organiser": QT_TRANSLATE_NOOP("month_report", "(organiser not given)"),
}
_CHECKLIST = {
    GO: QT_TRANSLATE_NOOP("month_report", "Cleared (GO)"),
    NO_GO: QT_TRANSLATE_NOOP("month_report", "Not cleared (NO-GO)"),
    NO_RUN: QT_TRANSLATE_NOOP("month_report", "No checklist run"),
}


def word(text: str) -> str:
    """A text marked above, in the current language."""
    return tr(CONTEXT, text)


def group_name(key: str, name: str) -> str:
    """A kind's or an organiser's name as the report shows it (`key` "kind"/"organiser")."""
    return word(_NONE[key]) if name == NONE_KEY else name


def checklist_word(verdict: str) -> str:
    return word(_CHECKLIST[verdict])


def month_name(year: int, month: int) -> str:
    """ "Desember 2026"."""
    return f"{words.current().formats.month(month)} {year}"


def hours_text(hours: float) -> str:
    """ "312,25": hours to two decimals (a meeting of 45 minutes is 0,75), as the JSON and
    the spreadsheet give them, the language's way."""
    return words.current().formats.number(hours, ",.2f")


def day_text(moment: dt.datetime) -> str:
    """ "Kam, 3 Des": the report names its month once, its days briefly."""
    formats = words.current().formats
    return f"{formats.weekday(moment.date(), short=True)}, {formats.day(moment.date())}"
