"""A meeting's record, edited: every field the record keeps, its times on the room's clock,
the checklist run that cleared it, and below them its recordings (attached by hand here, or
found in the room's folders) and the record's change log (when, who, which field, old →
new). Saving and attaching go through vcdesk.qt.meetings off the UI thread; a value the
record cannot keep is said in words (vcdesk.core.words.meetings) and nothing is written.

Only the fields the operator changed are sent, so the change log names only those (a
calendar time kept to the second is not "changed" by a minute-only field)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core import words
from vcdesk.core.meetings.model import MAX_PARTICIPANTS, TEXTS, TIMES, Change, Meeting, MeetingError
from vcdesk.core.meetings.recordings import Recording
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.schedule.zones import zone_label
from vcdesk.core.words.meetings import field_name, meeting_error_text, who_name
from vcdesk.core.words.profile import problem_line
from vcdesk.qt.meetings import MeetingsController

DATE_TIME_FORMAT = "ddd, d MMM yyyy HH:mm"  # the UI language's day and month names (QLocale)
NOT_SAID = -1  # a participants box at this value: the count is not known


def zone_name(zone: dt.tzinfo, moment: dt.datetime) -> str:
    if isinstance(zone, zoneinfo.ZoneInfo):
        return zone_label(zone, moment)
    return moment.tzname() or ""


def shown_value(field: str, value: Any, zone: dt.tzinfo) -> str:
    """A value as the change log keeps it (JSON), for people: times on the room's clock."""
    if value is None or value == "" or value == []:
        return "–"
    formats = words.current().formats
    if field in TIMES:
        moment = dt.datetime.fromisoformat(str(value)).astimezone(zone)
        return formats.moment(moment, zone_name(zone, moment))
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return formats.number(value)
    return str(value)


class _Moment(QDateTimeEdit):
    """A wall-clock time of the room. Qt is given the bare clock reading (as UTC, which has
    no daylight-saving gaps), never the PC's zone; the room's zone is put back on reading."""

    def __init__(self, zone: dt.tzinfo) -> None:
        super().__init__()
        self._zone = zone
        self.setTimeZone(QTimeZone.utc())
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_TIME_FORMAT)

    def set_moment(self, moment: dt.datetime) -> None:
        local = moment.astimezone(self._zone)
        self.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute),
                QTimeZone.utc(),
            )
        )

    def moment(self) -> dt.datetime:
        shown = self.dateTime()
        day, time = shown.date(), shown.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self._zone
        )


class MeetingEditor(QDialog):
    """`meeting` None: a new record. `start` is where a new one's times begin (the room's
    clock). `who` names the operator for the change log at the moment of saving."""

    historyShown = Signal()  # the change log is in the History table (tests)
    recordingsShown = Signal()  # the Recordings table is filled (tests)

    def __init__(
        self,
        controller: MeetingsController,
        meeting: Meeting | None,
        zone: dt.tzinfo,
        kinds: tuple[str, ...],
        licences: tuple[str, ...],
        who: Callable[[], str],
        start: dt.datetime | None = None,
        parent: QWidget | None = None,
        checklist: str = "",
    ) -> None:
        """`checklist`: the verdict of the run that cleared the meeting, in words."""
        super().__init__(parent)
        self._controller = controller
        self.meeting = meeting
        self._zone = zone
        self._who = who
        self.saved: Meeting | None = None
        self.setWindowTitle(
            self.tr("Meeting #%1").replace("%1", str(meeting.id))
            if meeting is not None
            else self.tr("Add a meeting record")
        )
        self._build(kinds, licences)
        self._fill(meeting, start, checklist)
        if meeting is not None:
            controller.changes(meeting.id, self._show_changes)
            controller.recordings(meeting.id, self._show_recordings)

    # -- build -------------------------------------------------------------------------------

    def _build(self, kinds: tuple[str, ...], licences: tuple[str, ...]) -> None:
        self.title = QLineEdit()
        self.organiser = QLineEdit()
        self.organiser.setPlaceholderText(self.tr("the agency or unit it is held for"))
        self.platform = QLineEdit()
        self.platform.setPlaceholderText(self.tr("e.g. Zoom, Teams"))
        for edit, field in ((self.title, "title"), (self.organiser, "organiser")):
            edit.setMaxLength(TEXTS[field])
        self.platform.setMaxLength(TEXTS["platform"])
        self.operator = QLineEdit()
        self.operator.setMaxLength(TEXTS["operator"])
        self.checklist = QLabel("–")  # the run that cleared it: kept by the checklist, not typed
        # As tall as its text, so its row does not grow and it stays level with its label.
        self.checklist.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind = self._choices(kinds)
        self.licence = self._choices(licences)
        self.expected, self.actual = self._count(), self._count()
        self.booked_start, self.booked_end = _Moment(self._zone), _Moment(self._zone)
        self.actual_start, self.actual_end = _Moment(self._zone), _Moment(self._zone)
        self.ran_from = QCheckBox(self.tr("Actual sta&rt:"))
        self.ran_to = QCheckBox(self.tr("Act&ual end:"))
        for known, moment in ((self.ran_from, self.actual_start), (self.ran_to, self.actual_end)):
            known.toggled.connect(moment.setEnabled)
            moment.setEnabled(False)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("Old → new")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        zone = zone_name(self._zone, dt.datetime.now(dt.UTC))
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Title:"), self.title)
        left.addRow(self.tr("&Organiser:"), self.organiser)
        left.addRow(self.tr("&Kind:"), self.kind)
        left.addRow(self.tr("&Platform:"), self.platform)
        left.addRow(self.tr("&Licence:"), self.licence)
        left.addRow(self.tr("&Expected participants:"), self.expected)
        left.addRow(self.tr("&Actual participants:"), self.actual)
        left.addRow(self.tr("Operator:"), self.operator)
        right.addRow(self.tr("&Booked start (%1):").replace("%1", zone), self.booked_start)
        right.addRow(self.tr("Booked en&d (%1):").replace("%1", zone), self.booked_end)
        right.addRow(self.ran_from, self.actual_start)
        right.addRow(self.ran_to, self.actual_end)
        right.addRow(self.tr("Checklist:"), self.checklist)
        right.addRow(self.tr("&Notes:"), self.notes)
        fields = QHBoxLayout()
        fields.addLayout(left, 1)
        fields.addLayout(right, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_recordings(), self.tr("Recordings"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.tabs.setVisible(self.meeting is not None)
        self.resize(900, 560 if self.meeting is not None else 360)

    def _build_recordings(self) -> QWidget:
        self.recordings = QTableWidget(0, 4)
        self.recordings.setHorizontalHeaderLabels(
            [self.tr("Recording"), self.tr("Size"), self.tr("Archived as"), self.tr("Attached")]
        )
        self.recordings.verticalHeader().setVisible(False)
        self.recordings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.recordings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the file's name
        self.attach_button = QPushButton(self.tr("Attach recordin&g…"))
        self.attach_button.clicked.connect(self.choose_recording)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.recordings, 1)
        layout.addLayout(buttons)
        return page

    def _choices(self, names: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        box.addItem("–", "")  # not said
        for name in names:
            box.addItem(name, name)
        return box

    def _count(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NOT_SAID, MAX_PARTICIPANTS)
        box.setSpecialValueText("–")  # shown at NOT_SAID: not known (yet)
        box.setGroupSeparatorShown(True)
        return box

    # -- fill and read -----------------------------------------------------------------------

    def _fill(self, meeting: Meeting | None, start: dt.datetime | None, checklist: str) -> None:
        if meeting is None:
            begin = start or dt.datetime.now(self._zone)
            begin = begin.astimezone(self._zone).replace(second=0, microsecond=0)
            self.booked_start.set_moment(begin)
            self.booked_end.set_moment(begin + dt.timedelta(hours=1))
            self.actual_start.set_moment(begin)
            self.actual_end.set_moment(begin + dt.timedelta(hours=1))
            self.expected.setValue(NOT_SAID)
            self.actual.setValue(NOT_SAID)
            return
        self.title.setText(meeting.title)
        self.organiser.setText(meeting.organiser)
        self.operator.setText(meeting.operator)
        self._fill_checklist(meeting, checklist)
        self.platform.setText(meeting.platform)
        _choose(self.kind, meeting.kind)
        _choose(self.licence, meeting.licence)
        for box, count in (
            (self.expected, meeting.expected_participants),
            (self.actual, meeting.actual_participants),
        ):
            box.setValue(NOT_SAID if count is None else count)
        self.booked_start.set_moment(meeting.booked_start)
        self.booked_end.set_moment(meeting.booked_end)
        for known, shown, moment, fallback in (
            (self.ran_from, self.actual_start, meeting.actual_start, meeting.booked_start),
            (self.ran_to, self.actual_end, meeting.actual_end, meeting.booked_end),
        ):
            shown.set_moment(moment or fallback)
            known.setChecked(moment is not None)
        self.notes.setPlainText(meeting.notes)

    def values(self) -> dict[str, Any]:
        """Every field as the form has it."""
        return {
            "title": self.title.text(),
            "organiser": self.organiser.text(),
            "kind": self.kind.currentData(),
            "platform": self.platform.text(),
            "licence": self.licence.currentData(),
            "expected_participants": _read_count(self.expected),
            "actual_participants": _read_count(self.actual),
            "booked_start": self.booked_start.moment(),
            "booked_end": self.booked_end.moment(),
            "actual_start": self.actual_start.moment() if self.ran_from.isChecked() else None,
            "actual_end": self.actual_end.moment() if self.ran_to.isChecked() else None,
            "operator": self.operator.text(),
            "notes": self.notes.toPlainText(),
        }

    def changed_values(self) -> dict[str, Any]:
        """The fields the operator changed (all of them for a new record)."""
        values = self.values()
        meeting = self.meeting
        if meeting is None:
            return values
        changed = {}
        for field, value in values.items():
            before = getattr(meeting, field)
            if field in TIMES:
                same = (before is None and value is None) or (
                    before is not None
                    and value is not None
                    and before.replace(second=0, microsecond=0) == value
                )
            elif isinstance(value, str):
                same = " ".join(value.split()) == " ".join(str(before).split())
                if field == "notes":
                    same = value.strip() == str(before).strip()
            else:
                same = value == before
            if not same:
                changed[field] = value
        return changed

    def _fill_checklist(self, meeting: Meeting, verdict: str) -> None:
        if meeting.check_run_id is None:
            self.checklist.setText(self.tr("no run cleared it yet"))
            return
        run = self.tr("run #%1").replace("%1", str(meeting.check_run_id))
        text = f"{verdict} ({run})" if verdict else run
        ticked = len(meeting.sop_ticked)
        text += " · " + self.tr("%n SOP item(s) ticked", "", ticked)
        self.checklist.setText(text)
        self.checklist.setToolTip("\n".join(meeting.sop_ticked))

    # -- save ----------------------------------------------------------------------------------

    def save(self) -> None:
        fields = self.changed_values()
        if not fields:
            self.accept()  # nothing changed: nothing to log
            return
        self._busy(True)
        meeting_id = self.meeting.id if self.meeting is not None else None
        self._controller.save(meeting_id, fields, self._who(), self._saved)

    def _saved(self, meeting: Meeting | None, error: Exception | None) -> None:
        self._busy(False)
        if meeting is not None:
            self.saved = meeting
            self.accept()
            return
        if isinstance(error, MeetingError):
            text = meeting_error_text(error)
        elif isinstance(error, ProfileError):
            text = problem_line(error.problems[0])
        else:
            text = str(error)
        self.problem.setText(self.tr("Not saved: %1").replace("%1", text))
        self.problem.show()

    def _busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    # -- history ---------------------------------------------------------------------------

    def _show_changes(self, changes: list[Change] | None, error: Exception | None) -> None:
        if changes is None:
            detail = meeting_error_text(error) if isinstance(error, MeetingError) else str(error)
            self.history.setRowCount(1)
            text = self.tr("Could not read the history: %1").replace("%1", detail)
            self.history.setItem(0, 0, QTableWidgetItem(text))
            return
        formats = words.current().formats
        newest_first = list(reversed(changes))
        self.history.setRowCount(len(newest_first))
        for row, change in enumerate(newest_first):
            at = change.at.astimezone(self._zone)
            if change.field == "created":
                what = ""
            else:
                old = shown_value(change.field, change.old, self._zone)
                new = shown_value(change.field, change.new, self._zone)
                what = f"{old} → {new}"
            cells = (
                formats.moment(at, zone_name(self._zone, at)),
                who_name(change.who) if change.who else "–",
                field_name(change.field),
                what,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.historyShown.emit()

    # -- recordings ------------------------------------------------------------------------------

    def choose_recording(self) -> None:
        """A recording the room's folders did not give this meeting (made on another PC,
        copied in later): chosen here, attached on the worker."""
        if self.meeting is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a recording to this meeting"),
            "",
            self.tr("Recordings (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.m4a *.mp3);;All files (*)"),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        if self.meeting is None:
            return
        self.attach_button.setEnabled(False)
        self._controller.attach(self.meeting.id, path, self._who(), self._attached)

    def _attached(self, result: object, error: Exception | None) -> None:
        self.attach_button.setEnabled(True)
        if error is not None:
            text = meeting_error_text(error) if isinstance(error, MeetingError) else str(error)
            self.problem.setText(self.tr("Not attached: %1").replace("%1", text))
            self.problem.show()
            return
        self.problem.hide()
        assert self.meeting is not None
        self._controller.recordings(self.meeting.id, self._show_recordings)

    def _show_recordings(self, rows: list[Recording] | None, error: Exception | None) -> None:
        if rows is None:
            self.recordings.setRowCount(1)
            text = self.tr("Could not read the recordings: %1").replace("%1", str(error))
            self.recordings.setItem(0, 0, QTableWidgetItem(text))
            return
        formats = words.current().formats
        self.recordings.setRowCount(len(rows))
        for row, recording in enumerate(rows):
            at = recording.attached_at.astimezone(self._zone)
            by = who_name(recording.attached_by) if recording.attached_by else ""
            cells = (
                (Path(recording.path).name, recording.path),
                (formats.size(recording.bytes) if recording.bytes is not None else "–", ""),
                (
                    Path(recording.archive_path).name if recording.archive_path else "–",
                    recording.archive_path or "",
                ),
                (
                    f"{formats.moment(at, zone_name(self._zone, at))} · {by or '–'}",
                    "",
                ),
            )
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                self.recordings.setItem(row, column, item)
        count = self.tr("Recordings (%1)").replace("%1", str(len(rows)))
        self.tabs.setTabText(0, count)
        self.recordingsShown.emit()


def _choose(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index < 0:  # a kind or licence the profile no longer lists: kept, and shown
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def _read_count(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_SAID else box.value()
