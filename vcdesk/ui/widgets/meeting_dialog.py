"""Adding a meeting in the console, for rooms whose booking system exports no calendar (or
for a meeting booked by telephone this morning). Times are the room's wall clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

DATE_FORMAT = "ddd, d MMM yyyy"


class MeetingDialog(QDialog):
    def __init__(self, now: datetime, zone: str, parent: QWidget | None = None) -> None:
        """`now`: the room's local time, which the fields start from."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a meeting"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Rapat Koordinasi"))
        self.title.setMaxLength(200)
        self.date = QDateEdit(QDate(now.year, now.month, now.day))
        self.date.setCalendarPopup(True)
        # "Sen, 23 Nov 2026": the day and month names of the UI language (Qt's, from the
        # default QLocale the console sets; the same CLDR names as words.Formats.date).
        self.date.setDisplayFormat(DATE_FORMAT)
        # The next half hour, an hour long: what a meeting booked at short notice looks like.
        start = (now + timedelta(minutes=30 - now.minute % 30)).replace(second=0, microsecond=0)
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.end = QTimeEdit(QTime((start.hour + 1) % 24, start.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Starts (%1):").replace("%1", zone), self.start)
        form.addRow(self.tr("&Ends (%1):").replace("%1", zone), self.end)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for signal in (
            self.title.textChanged,
            self.date.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
        ):
            signal.connect(self._check)
        self._check()

    def times(self) -> tuple[datetime, datetime]:
        """Start and end as naive wall-clock times of the room; an end at or before the
        start is the next day's (a meeting across midnight)."""
        day = self.date.date().toPython()
        start = datetime.combine(day, self.start.time().toPython())
        end = datetime.combine(day, self.end.time().toPython())
        return start, end if end > start else end + timedelta(days=1)

    def meeting(self) -> tuple[datetime, datetime, str]:
        start, end = self.times()
        return start, end, self.title.text().strip()

    def _check(self) -> None:
        start, end = self.times()
        problem = ""
        if not self.title.text().strip():
            problem = self.tr("Give the meeting a title.")
        elif end - start > timedelta(hours=12):
            problem = self.tr("A meeting of more than 12 hours: check the start and end times.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
