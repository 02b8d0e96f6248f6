"""The conversion jobs as a table model: one row per job in queue order, updated in place
(a progress figure repaints three cells, never the whole table), and a progress-bar delegate.

A state reads as icon + word (+ colour), never colour alone; the icons are ui/status.py's
painted shapes, with a pause sign of their own for paused and held jobs.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import PurePath

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from vcdesk.core.checks.result import Status
from vcdesk.core.convert.presets import PRESETS, preset_label
from vcdesk.core.queue.jobs import WAITING, Job, JobState
from vcdesk.core.schedule.plan import Slot
from vcdesk.core.words import conversions, glossary, number
from vcdesk.ui import status
from vcdesk.ui.widgets.agenda import clock

Index = QModelIndex | QPersistentModelIndex

FILE, PRESET, STATE, PROGRESS, SPEED, ETA, SIZE, EXPECTED = range(8)
COLUMNS = 8
JOB_ROLE = Qt.ItemDataRole.UserRole  # the Job itself, on every cell
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # what the row shows: a JobState value or "held"

HELD = "held"  # running, but suspended because meeting mode is on
CANCELLING = "cancelling"  # cancelled, its engine still stopping ffmpeg

# Which of status.py's painted shapes each state borrows (same meaning, same look).
_SHAPES = {
    JobState.QUEUED: status.WAITING,
    JobState.RUNNING: status.RUNNING,
    JobState.DONE: Status.PASS,
    JobState.FAILED: Status.FAIL,
    JobState.CANCELLED: Status.SKIP,
    CANCELLING: Status.SKIP,
    JobState.INTERRUPTED: Status.WARN,
}
PAUSED_COLOUR = "#455a64"
_PLAIN = {JobState.QUEUED, JobState.CANCELLED}  # grey: the icon says it; text stays legible


def state_word(state: str) -> str:
    """A job's state as the table shows it: the catalogue's words for a JobState, and this
    table's own for a held or cancelling one."""
    if state == HELD:
        return QCoreApplication.translate("JobsModel", "Held (meeting)")
    if state == CANCELLING:
        return QCoreApplication.translate("JobsModel", "Cancelling…")
    return conversions.state_word(state)


def state_colour(state: str) -> QColor:
    """The state's colour for text in the table, readable on the desktop's palette."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    if state in (JobState.PAUSED, HELD):
        return status.readable(QColor(PAUSED_COLOUR), base)
    return status.text_colour(_SHAPES[state], QGuiApplication.palette())


@functools.cache
def state_icon(state: str) -> QIcon:
    if state in (JobState.PAUSED, HELD):
        return QIcon(_paint_pause(64))
    return status.icon(_SHAPES[state])


def _paint_pause(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PAUSED_COLOUR))
    painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88))
    painter.setBrush(QColor("white"))
    for x in (0.34, 0.54):  # two bars: the pause sign every player shows
        painter.drawRoundedRect(QRectF(s * x, s * 0.3, s * 0.12, s * 0.4), s * 0.03, s * 0.03)
    painter.end()
    return pixmap


def preset_word(preset: str) -> str:
    return preset_label(preset)  # the catalogue's words, as the profile editor says them


def format_speed(speed: float | None) -> str:
    if speed is None or speed <= 0:
        return "–"
    return number(speed, ".1f" if speed < 100 else ".0f") + "×"


def format_eta(seconds: float | None) -> str:
    if seconds is None or seconds < 0:
        return "–"
    total = round(seconds)
    if total < 60:
        return QCoreApplication.translate("JobsModel", "%1 s").replace("%1", str(total))
    if total < 3600:
        minutes, secs = divmod(total, 60)
        return (
            QCoreApplication.translate("JobsModel", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(secs))
        )
    hours, rest = divmod(total, 3600)
    return (
        QCoreApplication.translate("JobsModel", "%1 h %2 min")
        .replace("%1", str(hours))
        .replace("%2", f"{rest // 60:02d}")
    )


def column_samples(column: int) -> list[str]:
    """The widest texts a column can show, in this language: its width is set from them
    once, so the columns do not jump as jobs come and go."""
    samples = {
        PRESET: [preset_word(p) for p in PRESETS],
        STATE: [state_word(s) for s in (*JobState, HELD, CANCELLING)],
        SPEED: [format_speed(88.8)],
        ETA: [format_eta(88 * 3600 + 88 * 60), format_eta(3599)],
        SIZE: [format_size(888_800_000_000), format_size(888_800_000)],
        EXPECTED: ["88:88 → 88-88 88:88 WITA"],
    }
    return samples.get(column, [])


def format_expected(slot: Slot | None, zone: str) -> str:
    """ "10:15 → 10:40 WITA" for a waiting job, "→ 10:40 WITA" for a running one; the date
    too when it is not the day the plan was made."""
    if slot is None:
        return "–"
    finish = f"{clock(slot.finish, slot.start)} {zone}".strip()
    if slot.running:
        return f"→ {finish}"
    return f"{slot.start.strftime('%H:%M')} → {finish}"


def format_size(count: int | None) -> str:
    if count is None:
        return "–"
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{number(value, '.0f' if unit == 'B' else '.1f')} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _order(job: Job) -> tuple[int, int]:
    return job.position, job.id


class JobsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._rows: dict[int, int] = {}  # job id -> row
        self._meeting = False
        self._plan: dict[int, Slot] = {}  # job id -> expected run (the room's schedule)
        self._zone = ""

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def job_at(self, row: int) -> Job | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: int) -> int | None:
        return self._rows.get(job_id)

    def job(self, job_id: int) -> Job | None:
        row = self._rows.get(job_id)
        return None if row is None else self._jobs[row]

    def shown_state(self, job: Job) -> str:
        if job.state is JobState.RUNNING and self._meeting:
            return HELD
        if job.state is JobState.CANCELLED and job.owner is not None:
            return CANCELLING
        return job.state.value

    def counts(self) -> Counter[str]:
        return Counter(self.shown_state(job) for job in self._jobs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Vertical:
            # The job's number, the one `vcdesk queue ...` takes: the row's own, not its place.
            job = self.job_at(section)
            if job is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return str(job.id)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("JobsModel", "Job %1").replace("%1", str(job.id))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("JobsModel", "File"),
            glossary.term("preset"),
            QCoreApplication.translate("JobsModel", "State"),
            QCoreApplication.translate("JobsModel", "Progress"),
            QCoreApplication.translate("JobsModel", "Speed"),
            QCoreApplication.translate("JobsModel", "Time left"),
            QCoreApplication.translate("JobsModel", "Output size"),
            QCoreApplication.translate("JobsModel", "Expected"),
        )
        return titles[section] if 0 <= section < COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        job = self.job_at(index.row()) if index.isValid() else None
        if job is None:
            return None
        column = index.column()
        if role == JOB_ROLE:
            return job
        if role == STATE_ROLE:
            return self.shown_state(job)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(job, column)
        if column == STATE:
            state = self.shown_state(job)
            if role == Qt.ItemDataRole.DecorationRole:
                return state_icon(state)
            if role == Qt.ItemDataRole.ForegroundRole and state not in _PLAIN:
                return state_colour(state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SPEED, ETA, SIZE, EXPECTED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, job: Job, column: int) -> str | None:
        running = job.state is JobState.RUNNING and not self._meeting
        if column == FILE:
            return PurePath(job.input).name
        if column == PRESET:
            return preset_word(job.preset)
        if column == STATE:
            return state_word(self.shown_state(job))
        if column == PROGRESS:
            return f"{job.progress:.0f} %"
        if column == SPEED:
            return format_speed(job.speed if running or job.state is JobState.DONE else None)
        if column == ETA:
            return format_eta(job.eta_s if running else None)
        if column == SIZE:
            return format_size(job.output_bytes if job.state is JobState.DONE else None)
        if column == EXPECTED:
            return format_expected(self._slot(job), self._zone)
        return None

    def _slot(self, job: Job) -> Slot | None:
        """The plan's word on a job still to run or finish (a finished job has none)."""
        if job.state is JobState.RUNNING or job.state in WAITING:
            return self._plan.get(job.id)
        return None

    def _tooltip(self, job: Job, column: int) -> str | None:
        if column == FILE:
            return job.input
        if column == SIZE and job.output:
            return job.output
        if column == STATE and job.error and job.state is not JobState.CANCELLED:
            return conversions.job_reason(job)
        if column == STATE and job.state in WAITING and job.progress > 0:
            return QCoreApplication.translate(
                "JobsModel",
                "%1 % was converted before a meeting; it goes on from there in the next free time",
            ).replace("%1", f"{job.progress:.0f}")
        slot = self._slot(job) if column == EXPECTED else None
        if slot is not None:
            text = (
                QCoreApplication.translate(
                    "JobsModel", "Expected to start at %1 and finish at %2 (%3)"
                )
                .replace("%1", slot.start.strftime("%H:%M"))
                .replace("%2", slot.finish.strftime("%d-%m %H:%M"))
                .replace("%3", self._zone)
            )
            if slot.suspended_s >= 60:
                text += " " + QCoreApplication.translate(
                    "JobsModel", "(held %1 min for meetings)"
                ).replace("%1", str(round(slot.suspended_s / 60)))
            return text
        return None

    # -- changes -------------------------------------------------------------------------

    def set_plan(self, slots: Mapping[int, Slot], zone: str = "") -> None:
        """When each job is expected to run and finish (ScheduleGate.plan), by job id; the
        times are in the room's zone, named `zone` (WIB, WITA, WIT)."""
        self._plan, self._zone = dict(slots), zone
        if self._jobs:
            self.dataChanged.emit(
                self.index(0, EXPECTED), self.index(len(self._jobs) - 1, EXPECTED)
            )

    def set_meeting(self, on: bool) -> None:
        """Meeting mode suspends running jobs: their rows say "held" rather than converting."""
        if on == self._meeting:
            return
        self._meeting = on
        for row, job in enumerate(self._jobs):
            if job.state is JobState.RUNNING:
                self._changed(row, STATE, ETA)

    def add_job(self, job: Job) -> None:
        """A new job. Ignored when the row is there already: an "added" event can arrive after
        its job's "started" (different engine threads), and never carries newer news."""
        if job.id not in self._rows:
            self.upsert(job)

    def upsert(self, job: Job) -> None:
        """A job's new row: updated in place, moved if its place in the queue changed."""
        row = self._rows.get(job.id)
        if row is not None:
            job = self._keep_progress(self._jobs[row], job)
        others = [j for j in self._jobs if j.id != job.id]
        self.set_jobs(sorted([*others, job], key=_order))

    def remove_job(self, job_id: int) -> None:
        self.set_jobs([j for j in self._jobs if j.id != job_id])

    def update_progress(
        self, job_id: int, percent: float, speed: float | None, eta_s: float | None
    ) -> None:
        row = self._rows.get(job_id)
        if row is None:
            return
        job = self._jobs[row]
        if job.state.finished:  # a late figure must not undo the final row
            return
        self._jobs[row] = dataclasses.replace(job, progress=percent, speed=speed, eta_s=eta_s)
        self._changed(row, PROGRESS, ETA)

    def set_jobs(self, jobs: Sequence[Job]) -> None:
        """Make the rows `jobs` (in this order), touching only what differs: rows gone are
        removed, rows kept are reordered as one layout change (selection follows its job),
        new rows are inserted, and changed cells repaint. Never a reset."""
        new_ids = [job.id for job in jobs]
        wanted = set(new_ids)
        for row in reversed(range(len(self._jobs))):
            if self._jobs[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._jobs[row]
                self._reindex()
                self.endRemoveRows()
        by_id = {job.id: job for job in jobs}
        kept_order = [job_id for job_id in new_ids if job_id in self._rows]
        if kept_order != [job.id for job in self._jobs]:
            self._reorder(kept_order)
        for target, job in enumerate(jobs):
            if job.id not in self._rows:
                self.beginInsertRows(QModelIndex(), target, target)
                self._jobs.insert(target, job)
                self._reindex()
                self.endInsertRows()
        for row, old in enumerate(self._jobs):
            new = self._keep_progress(old, by_id[old.id])
            if new != old:
                self._jobs[row] = new
                self._changed(row, 0, COLUMNS - 1)

    def _reorder(self, order: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        was_at = {row: job_id for job_id, row in self._rows.items()}
        place = {job_id: n for n, job_id in enumerate(order)}
        self._jobs.sort(key=lambda job: place[job.id])
        self._reindex()
        # Persistent indexes (the view's selection and current row) follow their job.
        moved_from = self.persistentIndexList()
        moved_to = [self.index(self._rows[was_at[i.row()]], i.column()) for i in moved_from]
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()

    def _reindex(self) -> None:
        self._rows = {job.id: row for row, job in enumerate(self._jobs)}

    def _changed(self, row: int, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(row, first), self.index(row, last))

    @staticmethod
    def _keep_progress(old: Job, new: Job) -> Job:
        # A re-read of the database can lag the live figures by up to half a second: a
        # running job's bar must not step back.
        if (
            old.state is new.state is JobState.RUNNING
            and old.attempts == new.attempts
            and old.progress > new.progress
        ):
            return dataclasses.replace(new, progress=old.progress, speed=old.speed, eta_s=old.eta_s)
        return new


class ProgressDelegate(QStyledItemDelegate):
    """Draws the Progress column as a progress bar with its percentage."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        job = index.data(JOB_ROLE)
        if not isinstance(job, Job):
            super().paint(painter, option, index)
            return
        # The row's selection background first, as for any other cell.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = round(job.progress * 10)
        bar.text = f"{job.progress:.0f} %"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
