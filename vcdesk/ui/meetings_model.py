"""The Meetings page's table: one month's records of the room, one row each, every time on
the room's clock (WIB, WITA, WIT) whatever zone the PC is set to, written the UI language's
way (words.Formats). It holds only what it is given (a month, from vcdesk.qt.meetings)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from vcdesk.core import words
from vcdesk.core.checks.result import Status
from vcdesk.core.meetings.model import Meeting
from vcdesk.core.schedule.zones import zone_label
from vcdesk.ui import status

DATE, TIME, TITLE, KIND, ORGANISER, PARTICIPANTS, LICENCE, CHECKLIST = range(8)
COLUMNS = 8
_Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    # Literal calls, so that lupdate finds each text under this context.
    translate = QCoreApplication.translate
    return [
        translate("MeetingsModel", "Date"),
        translate("MeetingsModel", "Time"),
        translate("MeetingsModel", "Title"),
        translate("MeetingsModel", "Kind"),
        translate("MeetingsModel", "Organiser"),
        translate("MeetingsModel", "Participants (expected / actual)"),
        translate("MeetingsModel", "Licence"),
        translate("MeetingsModel", "Checklist"),
    ]


@dataclass(frozen=True)
class Totals:
    meetings: int
    hours: float  # as they ran where known, else as booked
    participants: int  # actual where known, else expected


def totals(meetings: Sequence[Meeting]) -> Totals:
    seconds = 0.0
    people = 0
    for m in meetings:
        start = m.actual_start or m.booked_start
        end = m.actual_end if m.actual_start and m.actual_end else m.booked_end
        seconds += max(0.0, (end - start).total_seconds())
        people += m.participants or 0
    return Totals(len(meetings), seconds / 3600, people)


class MeetingsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Meeting] = []
        self._verdicts: dict[int, str] = {}
        self._zone: dt.tzinfo = dt.UTC
        self._sorted: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.AscendingOrder)

    # -- contents -----------------------------------------------------------------------

    def set_month(
        self, meetings: Sequence[Meeting], verdicts: dict[int, str], zone: dt.tzinfo
    ) -> None:
        self.beginResetModel()
        self._rows, self._verdicts, self._zone = list(meetings), dict(verdicts), zone
        self._order()
        self.endResetModel()

    def meetings(self) -> list[Meeting]:
        return list(self._rows)

    def meeting_at(self, row: int) -> Meeting | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == meeting_id), None)

    # -- the table ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        meeting = self.meeting_at(index.row()) if index.isValid() else None
        if meeting is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(meeting, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, ORGANISER):
            text = self._text(meeting, column)
            return f"{text}\n{meeting.notes}" if column == TITLE and meeting.notes else text
        if column == CHECKLIST and meeting.check_run_id in self._verdicts:
            verdict = Status(self._verdicts[meeting.check_run_id])
            if role == Qt.ItemDataRole.DecorationRole:
                return status.icon(verdict)
            if role == Qt.ItemDataRole.ForegroundRole:
                return status.text_colour(verdict, QGuiApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def verdict_text(self, meeting: Meeting) -> str:
        """GO or NO-GO for the run that cleared `meeting`, "" when none is known."""
        if meeting.check_run_id not in self._verdicts:
            return ""
        return self._text(meeting, CHECKLIST)

    def _local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self._zone)

    def _zone_name(self, moment: dt.datetime) -> str:
        if isinstance(self._zone, zoneinfo.ZoneInfo):
            return zone_label(self._zone, moment)
        return moment.tzname() or ""

    def _text(self, m: Meeting, column: int) -> str:
        formats = words.current().formats
        if column == DATE:
            day = self._local(m.booked_start).date()
            return f"{formats.weekday(day, short=True)}, {formats.day(day)}"
        if column == TIME:
            start, end = self._local(m.booked_start), self._local(m.booked_end)
            return f"{formats.clock(start)}–{formats.clock(end, self._zone_name(start))}"
        if column == TITLE:
            return m.title or QCoreApplication.translate("MeetingsModel", "(untitled)")
        if column == KIND:
            return m.kind or "–"
        if column == ORGANISER:
            return m.organiser or "–"
        if column == PARTICIPANTS:
            return f"{_count(m.expected_participants)} / {_count(m.actual_participants)}"
        if column == LICENCE:
            return m.licence or "–"
        if column == CHECKLIST:
            if m.check_run_id is None:
                return "–"
            verdict = self._verdicts.get(m.check_run_id)
            if verdict is None:
                deleted = QCoreApplication.translate("MeetingsModel", "run #%1 (deleted)")
                return deleted.replace("%1", str(m.check_run_id))
            return QCoreApplication.translate("HistoryPage", "NO-GO" if verdict == "fail" else "GO")
        return ""

    # -- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sorted = (column, order)
        self._order()
        self.layoutChanged.emit()

    def _order(self) -> None:
        column, order = self._sorted
        keys: dict[int, Callable[[Meeting], Any]] = {
            DATE: lambda m: (m.booked_start, m.id),
            TIME: lambda m: (self._local(m.booked_start).time(), m.booked_start),
            TITLE: lambda m: (m.title.casefold(), m.booked_start),
            KIND: lambda m: (m.kind, m.booked_start),
            ORGANISER: lambda m: (m.organiser.casefold(), m.booked_start),
            PARTICIPANTS: lambda m: (m.participants or -1, m.booked_start),
            LICENCE: lambda m: (m.licence.casefold(), m.booked_start),
            CHECKLIST: lambda m: (self._verdicts.get(m.check_run_id or -1, ""), m.booked_start),
        }
        descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=keys.get(column, keys[DATE]), reverse=descending)


def _count(value: int | None) -> str:
    return "–" if value is None else words.current().formats.number(value)
