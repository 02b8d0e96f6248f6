"""The History page: past checklist runs, filtered by room and date, each run's results, and
its report saved again as PDF or CSV.

Every time here is the room's (WIB, WITA, WIT), whatever zone the PC is set to: a run is
listed at its room's time and filtered by its room's date, and "today" in the filter is
the active room's today."""

from __future__ import annotations

import datetime
import zoneinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core import words
from vcdesk.core.history import RunRecord, list_runs, rooms
from vcdesk.core.report import room_time
from vcdesk.core.schedule.zones import room_zone
from vcdesk.core.storage import DatabaseError, connect
from vcdesk.core.words.storage import database_text
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import report, status
from vcdesk.ui.results_table import ResultsTable

MAX_RUNS = 500
DAYS_SHOWN = 30  # the filter's first span: the last month
# "3 Des 2026": Qt's day and month names of the UI language (the default QLocale the console
# sets), the same CLDR names as words.Formats.date.
DATE_FORMAT = "d MMM yyyy"
# The database keeps each run's date on the PC's clock; zones differ by up to 26 hours, so
# the query reaches this far either side and the room's date decides.
SLACK = datetime.timedelta(days=2)


class HistoryPage(QWidget):
    loaded = Signal()  # for tests: the list reflects the filter

    def __init__(self, database: Path, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._tasks = tasks
        self._runs: list[RunRecord] = []
        self._generation = 0
        self._zone: zoneinfo.ZoneInfo | None = None  # the active room's

        title = QLabel(self.tr("History"))
        title.setObjectName("pageTitle")
        self.room = QComboBox()
        self.room.setMinimumWidth(220)
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        # The dates as this page last set them: changed by hand, they are the operator's.
        self._span: tuple[QDate, QDate] = (self.since.date(), self.until.date())
        self._follow_today()
        room_label = QLabel(self.tr("&Room:"))
        room_label.setBuddy(self.room)
        since_label = QLabel(self.tr("&From:"))
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("&To:"))
        until_label.setBuddy(self.until)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.export_button = QPushButton(self.tr("Save &report…"))
        self.export_button.setEnabled(False)
        bar = QHBoxLayout()
        for widget in (room_label, self.room, since_label, self.since, until_label, self.until):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)

        self.runs = QTableWidget(0, 4)
        self.runs.setHorizontalHeaderLabels(
            [self.tr("Started"), self.tr("Room"), self.tr("Operator"), self.tr("Verdict")]
        )
        self.runs.verticalHeader().setVisible(False)
        self.runs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.runs.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No checklist runs match this filter."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.results = ResultsTable()
        self.sop = QLabel()
        self.sop.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.results, 1)
        detail_layout.addWidget(self.sop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.runs, 1)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.refresh_button.clicked.connect(self.refresh)
        self.room.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.runs.itemSelectionChanged.connect(self._show_selected)
        self.export_button.clicked.connect(self._export)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self._follow_today()  # the console may have run past midnight
        self.refresh()  # a run may have finished while another page was shown

    def set_zone(self, name: str | None) -> None:
        """The active room's time zone (its profile's room.timezone): the filter's "today"
        is the room's."""
        try:
            zone = room_zone(name) if name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            zone = None
        if zone != self._zone:
            self._zone = zone
            if self._follow_today() and self.isVisible():
                self.refresh()

    def today(self) -> datetime.date:
        """The active room's date now (the PC's without a room)."""
        if self._zone is None:
            return datetime.date.today()
        return datetime.datetime.now(self._zone).date()

    def _follow_today(self) -> bool:
        """The last month up to the room's today, unless the operator chose other dates.
        Returns whether the dates changed."""
        if (self.since.date(), self.until.date()) != self._span:
            return False  # chosen by hand: theirs
        now = self.today()
        today = QDate(now.year, now.month, now.day)
        span = (today.addDays(-DAYS_SHOWN), today)
        if span == self._span:
            return False
        for edit, day in zip((self.since, self.until), span, strict=True):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self._span = span
        return True

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        room = self.room.currentData()
        since, until = _date(self.since), _date(self.until)
        database = self._database

        def load() -> tuple[list[str], list[RunRecord]]:
            conn = connect(database)
            try:
                found = list_runs(conn, MAX_RUNS, room, since - SLACK, until + SLACK)
                return rooms(conn), [r for r in found if since <= _day(r) <= until]
            finally:
                conn.close()

        def done(result: tuple[list[str], list[RunRecord]] | None, error: Exception | None) -> None:
            if generation != self._generation:
                return  # a newer filter is already on its way
            if error is not None or result is None:
                # A database problem in the UI's language; anything else as it was said.
                detail = database_text(error) if isinstance(error, DatabaseError) else str(error)
                self.empty.setText(self.tr("Could not read the history: %1").replace("%1", detail))
                self.empty.show()
                return
            self._fill_rooms(result[0])
            self._fill_runs(result[1])
            self.loaded.emit()

        self._tasks.run(load, done)

    def _fill_rooms(self, names: list[str]) -> None:
        current = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("All rooms"), None)
        for name in names:
            self.room.addItem(name, name)
        index = self.room.findData(current)
        self.room.setCurrentIndex(max(index, 0))
        self.room.blockSignals(False)

    def _fill_runs(self, runs: list[RunRecord]) -> None:
        selected = self.selected_run()
        self._runs = runs
        self.runs.setRowCount(len(runs))
        for row, run in enumerate(runs):
            verdict = QTableWidgetItem(status.icon(run.overall), _verdict(self, run))
            verdict.setForeground(status.text_colour(run.overall, self.runs.palette()))
            for column, item in enumerate(
                (
                    QTableWidgetItem(_local(run, run.started)),
                    QTableWidgetItem(run.room),
                    QTableWidgetItem(run.operator or "–"),
                    verdict,
                )
            ):
                self.runs.setItem(row, column, item)
        self.empty.setVisible(not runs)
        self.runs.setVisible(bool(runs))
        keep = next((i for i, r in enumerate(runs) if selected and r.id == selected.id), 0)
        if runs:
            self.runs.selectRow(keep)
        else:
            self.results.reset_rows([])
            self.sop.clear()
            self.export_button.setEnabled(False)

    def selected_run(self) -> RunRecord | None:
        rows = self.runs.selectionModel().selectedRows() if self.runs.selectionModel() else []
        if not rows or rows[0].row() >= len(self._runs):
            return None
        return self._runs[rows[0].row()]

    def _show_selected(self) -> None:
        run = self.selected_run()
        self.export_button.setEnabled(run is not None)
        if run is None:
            return
        self.results.show_results(run.results)
        ticked = "; ".join(run.sop_ticked) if run.sop_ticked else self.tr("none")
        self.sop.setText(self.tr("SOP items ticked: %1").replace("%1", ticked))

    def _export(self) -> None:
        run = self.selected_run()
        if run is not None:
            report.ask_and_save(self, run, self._tasks)


def _local(run: RunRecord, moment: datetime.datetime) -> str:
    """ "3 Des 2026 14:05 WITA": in the room's zone, named (WIB, WITA, WIT), whatever the
    PC's zone; written as the UI language writes dates."""
    local, zone = room_time(run, moment)
    return words.current().formats.moment(local, zone)


def _date(edit: QDateEdit) -> datetime.date:
    day = edit.date()
    return datetime.date(day.year(), day.month(), day.day())


def _day(run: RunRecord) -> datetime.date:
    """The run's date in its room."""
    return room_time(run, run.started)[0].date()


def _verdict(widget: QWidget, run: RunRecord) -> str:
    # Not widget.tr(): lupdate would file it under "widget", and the lookup under the class.
    if run.overall.value == "fail":
        return QCoreApplication.translate("HistoryPage", "NO-GO")
    return QCoreApplication.translate("HistoryPage", "GO")
