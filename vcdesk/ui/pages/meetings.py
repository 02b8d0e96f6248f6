"""The Meetings page: the active room's meeting records one month at a time, on the room's
clock; each opened in the editor (its fields and its change log); and the month's totals.

Only the month shown is read (vcdesk.qt.meetings, off the UI thread): a room with years of
records opens as fast as a new one."""

from __future__ import annotations

import datetime as dt
import getpass
import importlib.util
import zoneinfo
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core import words
from vcdesk.core.meetings.model import Meeting
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.schedule.zones import room_zone
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words.profile import problem_line
from vcdesk.core.words.storage import database_text
from vcdesk.qt.meetings import MeetingsController, Month
from vcdesk.ui import meetings_model
from vcdesk.ui.meetings_model import MeetingsModel, totals
from vcdesk.ui.report import confirm_saved
from vcdesk.ui.widgets.meeting_editor import MeetingEditor

if TYPE_CHECKING:  # the report is an optional part of a build: see report_available
    from vcdesk.core.meetings.report import MonthReport


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def month_title(year: int, month: int) -> str:
    """ "Desember 2026": the month's name in the UI language."""
    return f"{words.current().formats.month(month)} {year}"


def report_available() -> bool:
    """Whether the month's report (vcdesk.core.meetings.report, vcdesk.ui.month_report) is
    part of this build."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("vcdesk.core.meetings.report", "vcdesk.ui.month_report")
    )


class MeetingsPage(QWidget):
    loaded = Signal()  # the table shows the month asked for (tests, the benchmark)
    reportSaved = Signal(object, object)  # Path, Exception | None

    def __init__(
        self,
        controller: MeetingsController,
        operator: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
    ) -> None:
        """`operator`: the name the console knows for whoever is at the desk (the checklist
        page's field); the OS user when it is empty."""
        super().__init__(parent)
        self._controller = controller
        self._operator = operator
        self._profile: Profile | None = None
        self._path: Path | None = None
        self._zone: dt.tzinfo = dt.UTC
        self._licences: tuple[str, ...] = ()
        self._generation = 0
        self.editor: MeetingEditor | None = None
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self._build()
        self._connect()
        self._show_month_title()
        self._set_enabled()

    # -- build -----------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Meetings"))
        title.setObjectName("pageTitle")
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous month"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next month"))
        self.month_label = QLabel()
        self.month_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("September 2026__"))
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)
        self.this_month = QPushButton(self.tr("This &month"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.report_button = QPushButton(self.tr("Monthly &report…"))
        if not report_available():
            self.report_button.setToolTip(
                self.tr("The monthly report is not part of this version of vcdesk yet.")
            )
        bar = QHBoxLayout()
        for widget in (self.previous, self.month_label, self.next, self.this_month):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.add_button, self.edit_button, self.report_button):
            bar.addWidget(widget)

        self.model = MeetingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.totals = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.totals)
        self.empty.hide()

    def _connect(self) -> None:
        self.previous.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.this_month.clicked.connect(self.go_today)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.report_button.clicked.connect(self.monthly_report)
        # Enter (and a double click) on a row opens it: QAbstractItemView's "activated".
        self.table.activated.connect(self._open_row)
        self.table.selectionModel().selectionChanged.connect(self._set_enabled)
        self._controller.saved.connect(lambda _meeting: self.refresh())

    # -- the room ----------------------------------------------------------------------------

    def set_profile(self, profile: Profile | None, path: Path | None) -> None:
        """The active room changed: its clock, kinds and licences; its records are read."""
        self._profile, self._path = profile, path
        self._controller.set_room(profile, path)
        self._zone = dt.UTC
        self._licences = ()
        if profile is not None:
            try:
                self._zone = room_zone(profile.room.timezone)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
                self._zone = dt.UTC
            # The profile's own at once; with the shared file's once read (off this thread).
            self._licences = tuple(licence.name for licence in profile.licences)
            self._controller.licences(profile, path, self._licences_read)
            self.go_today()
        else:
            self.refresh()

    def _licences_read(self, names: tuple[str, ...] | None, _error: Exception | None) -> None:
        # A bad shared file is the profile editor's to say; here the profile's own stay.
        if names is not None and self._profile is not None:
            self._licences = names

    def today(self) -> dt.date:
        """The room's date now."""
        return dt.datetime.now(self._zone).date()

    # -- the month -----------------------------------------------------------------------------

    def go(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self._show_month_title()
        self.refresh()

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self._show_month_title()
        self.refresh()

    def go_today(self) -> None:
        today = self.today()
        self.year, self.month = today.year, today.month
        self._show_month_title()
        self.refresh()

    def _show_month_title(self) -> None:
        self.month_label.setText(month_title(self.year, self.month))

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The month's first midnight and the next month's, on the room's clock."""
        start = dt.datetime(self.year, self.month, 1, tzinfo=self._zone)
        year, month = divmod(self.year * 12 + self.month, 12)
        return start, dt.datetime(year, month + 1, 1, tzinfo=self._zone)

    def refresh(self) -> None:
        """Read the month shown again (off the UI thread); `loaded` follows."""
        self._generation += 1
        generation = self._generation
        profile = self._profile
        if profile is None:
            self.model.set_month([], {}, self._zone)
            self._show_state(self.tr("Choose a room profile to see its meetings."))
            self.loaded.emit()
            return
        start, end = self.bounds()

        def done(month: Month | None, error: Exception | None) -> None:
            if generation != self._generation:
                return  # another month was asked for since
            if month is None:
                detail = database_text(error) if isinstance(error, DatabaseError) else str(error)
                self.model.set_month([], {}, self._zone)
                self._show_state(self.tr("Could not read the meetings: %1").replace("%1", detail))
            else:
                self._show_month(month)
            self.loaded.emit()

        self._controller.load_month(profile.room.name, start, end, done)

    def _show_month(self, month: Month) -> None:
        selected = self.selected()
        self.model.set_month(month.meetings, month.verdicts, self._zone)
        if not month.meetings:
            self._show_state(
                self.tr(
                    "No meetings recorded in this month. Add one, or they are added from the "
                    "room's calendar."
                )
            )
            return
        self._show_state("")
        self.table.resizeColumnsToContents()
        # A long title or organiser stops at a width the other columns still fit beside (its
        # whole text is one hover or one Enter away).
        widest = self.fontMetrics().averageCharWidth() * 45
        for column in (meetings_model.TITLE, meetings_model.ORGANISER):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        row = self.model.row_of(selected.id) if selected is not None else None
        self.table.selectRow(row if row is not None else 0)
        sums = totals(month.meetings)
        formats = words.current().formats
        self.totals.setText(
            self.tr("Meetings: %1 · Hours: %2 · Participants: %3")
            .replace("%1", formats.number(sums.meetings))
            .replace("%2", formats.number(sums.hours, ",.1f"))
            .replace("%3", formats.number(sums.participants))
        )

    def _show_state(self, text: str) -> None:
        """`text` in place of the table (an empty month, no room, a problem); "" shows it."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        self.table.setVisible(not text)
        self.totals.setVisible(not text)
        self._set_enabled()

    def _set_enabled(self) -> None:
        room = self._profile is not None
        self.add_button.setEnabled(room)
        self.edit_button.setEnabled(room and self.selected() is not None)
        self.report_button.setEnabled(room and report_available())
        for widget in (self.previous, self.next, self.this_month):
            widget.setEnabled(room)

    # -- records -------------------------------------------------------------------------------

    def selected(self) -> Meeting | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.meeting_at(rows[0].row()) if rows else None

    def who(self) -> str:
        """The operator's name for the change log, else the OS user's."""
        return self._operator().strip() or os_user()

    def _open_row(self, index: QModelIndex) -> None:
        meeting = self.model.meeting_at(index.row())
        if meeting is not None:
            self.open_editor(meeting)

    def edit_selected(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.open_editor(meeting)

    def open_editor(self, meeting: Meeting | None) -> MeetingEditor | None:
        """The editor for `meeting` (None: a new record), shown without blocking."""
        profile = self._profile
        if profile is None:
            return None
        start = None
        if meeting is None and (self.year, self.month) != (self.today().year, self.today().month):
            start = self.bounds()[0].replace(hour=9)  # a record for the month shown
        self.editor = MeetingEditor(
            self._controller,
            meeting,
            self._zone,
            tuple(profile.meetings.kinds),
            self._licences,
            self.who,
            start,
            self,
            self.model.verdict_text(meeting) if meeting is not None else "",
        )
        self.editor.open()
        return self.editor

    # -- the month's report --------------------------------------------------------------------

    def monthly_report(self) -> None:
        """The month's report as PDF (or XLSX, CSV), where the operator chooses."""
        profile = self._profile
        if not report_available() or profile is None:
            return
        name = f"meetings-{profile.room.name}-{self.year}-{self.month:02d}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the monthly report"),
            str(Path.home() / name.replace("/", "-")),
            self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV table (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in REPORT_SUFFIXES:
            suffix = next((s for s in REPORT_SUFFIXES if s[1:] in chosen), ".pdf")
            target = target.with_name(target.name + suffix)
        self.save_month_report(target)

    def save_month_report(self, path: Path) -> None:
        """The month shown, read off the UI thread, made into `path`'s kind of file and
        written off it; `reportSaved(path, error)` follows (error None: saved)."""
        profile = self._profile
        if profile is None:
            return

        suffix = path.suffix.lower()

        def written(_: object, error: Exception | None) -> None:
            if error is None:
                confirm_saved(self, path)
            else:
                self._report_failed(path, error)
            self.reportSaved.emit(path, error)

        save = (path, lambda report: report_data(report, suffix))
        self._controller.month_report(profile, self._path, self.year, self.month, written, save)

    def _report_failed(self, path: Path, error: Exception) -> None:
        if isinstance(error, ProfileError):
            detail = problem_line(error.problems[0])
        elif isinstance(error, DatabaseError):
            detail = database_text(error)
        else:
            detail = str(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Report not saved"),
            self.tr("Could not save %1:\n%2").replace("%1", str(path)).replace("%2", detail),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): a meeting may start meanwhile


REPORT_SUFFIXES = (".pdf", ".xlsx", ".csv")


def report_data(report: MonthReport, suffix: str) -> bytes | str:
    """The report as the file `suffix` names. On the controller's worker (a Qt thread: the
    PDF's layout and painting are reentrant there, not on a plain Python thread)."""
    from vcdesk.core.meetings import report_files
    from vcdesk.ui import month_report

    if suffix == ".csv":
        return report_files.csv_text(report)
    if suffix == ".xlsx":
        return report_files.xlsx_bytes(report)
    return month_report.pdf_bytes(report)
