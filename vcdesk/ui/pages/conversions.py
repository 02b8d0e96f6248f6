"""The Conversions page: the queue of recordings being converted for the archive.

Add recordings (Ctrl+O, or drop files and folders on the page), watch each go waiting ->
converting -> done, and act on the selected job: pause / resume (Space), cancel (Del; asks
first when it is converting), retry, move up / down (Ctrl+Up / Ctrl+Down), remove a finished
one (Del), open its output folder, read why it failed (double-click). Meeting mode holds every
conversion while a meeting runs; a banner says so in words, with the client detected.

Every request goes through QueueController, which runs it off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core import words
from vcdesk.core.checks.result import Status
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.words.conversions import job_reason
from vcdesk.qt.queue import RECORDING_SUFFIXES, QueueController
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import jobs_model, status
from vcdesk.ui.jobs_model import JobsModel, ProgressDelegate
from vcdesk.ui.widgets.banner import Banner

log = logging.getLogger(__name__)

MOVABLE = (JobState.QUEUED, JobState.INTERRUPTED, JobState.PAUSED)
RETRYABLE = (JobState.FAILED, JobState.CANCELLED, JobState.INTERRUPTED)
PAUSABLE = (JobState.QUEUED, JobState.RUNNING, JobState.INTERRUPTED)
PROBLEM_SHOWN_MS = 30_000


class ConversionsPage(QWidget):
    summaryChanged = Signal(str)  # "Queue: 1 running, 3 waiting": for the status bar
    # Meeting mode in the words every place shows it (this page's button, the status bar,
    # the tray), and whether it is on.
    meetingModeChanged = Signal(str, bool)

    def __init__(
        self, controller: QueueController, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._tasks = tasks
        self._meeting_on = False
        self._meeting_manual = False
        self._clients: list[str] = []
        self._meeting_scheduled = False
        self._queue_paused = False
        self._summary = ""
        self._last_dir = ""
        self.error_box: QMessageBox | None = None
        self.setAcceptDrops(True)

        title = QLabel(self.tr("Recording conversions"))
        title.setObjectName("pageTitle")
        self.meeting_button = QPushButton(self.tr("Meeting mode: off"))
        self.meeting_button.setCheckable(True)
        self.meeting_button.setToolTip(
            self.tr("Hold every conversion while a meeting runs, so it gets the whole computer.")
        )
        self.queue_button = QPushButton(self.tr("Pause queue"))
        self.queue_button.setCheckable(True)
        self.queue_button.setToolTip(self.tr("Start no new conversion; the ones running go on."))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.meeting_button)
        top.addWidget(self.queue_button)

        self.banner = Banner("queueBanner", title_scale=1.4, icon_size=40)
        self.banner.hide()

        self.add_button = QPushButton(self.tr("Add files…"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.cancel_button = QPushButton(self.tr("Cancel job"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.error_button = QPushButton(self.tr("Show error"))
        for button, tip in (
            (self.add_button, self.tr("Queue recordings for conversion (Ctrl+O)")),
            (self.pause_button, self.tr("Pause or resume the selected job (Space)")),
            (
                self.cancel_button,
                self.tr("Stop the selected job; its partial file is removed (Del)"),
            ),
            (self.retry_button, self.tr("Queue the failed, cancelled or interrupted job again")),
            (self.up_button, self.tr("Convert the selected job earlier (Ctrl+Up)")),
            (self.down_button, self.tr("Convert the selected job later (Ctrl+Down)")),
            (self.remove_button, self.tr("Take the finished job off the list; files stay (Del)")),
            (self.folder_button, self.tr("Open the folder the converted file goes to")),
            (self.error_button, self.tr("Why the selected job failed (double-click the row)")),
        ):
            button.setToolTip(tip)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addSpacing(12)
        for button in (
            self.pause_button,
            self.cancel_button,
            self.retry_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.folder_button)
        actions.addWidget(self.error_button)

        self.model = JobsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(jobs_model.PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the file's suffix
        numbers = self.table.verticalHeader()  # the job numbers of `vcdesk queue ...`
        numbers.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        numbers.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        numbers.setFixedWidth(self.fontMetrics().horizontalAdvance("88888") + 8)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(jobs_model.FILE, QHeaderView.ResizeMode.Stretch)
        # Widths from the widest text each column can hold, set once: they do not jump.
        metrics, em = self.fontMetrics(), self.fontMetrics().horizontalAdvance("M")
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        for column in range(1, jobs_model.COLUMNS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            texts = [title, *jobs_model.column_samples(column)]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 2 * em
            if column == jobs_model.STATE:
                width += icon
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 140 if column == jobs_model.PROGRESS else width)
        self.empty = QLabel(self.tr("Drop recordings here or press “Add files…” (Ctrl+O)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("emptyQueue")
        # Muted, yet readable on a light or a dark palette.
        window = self.palette().color(QPalette.ColorRole.Window)
        muted = status.readable(self.palette().color(QPalette.ColorRole.PlaceholderText), window)
        self.empty.setStyleSheet(
            f"#emptyQueue {{ border: 2px dashed #9e9e9e; border-radius: 8px; color: {muted.name()};"
            " font-size: 13pt; padding: 24px; }"
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        self.problem_icon = QLabel()
        self.problem_icon.setPixmap(status.icon(Status.WARN).pixmap(20, 20))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        problem_row.addWidget(self.problem, 1)
        self.problem_box = QWidget()
        self.problem_box.setLayout(problem_row)
        self.problem_box.hide()
        self._problem_timer = QTimer(self)
        self._problem_timer.setSingleShot(True)
        self._problem_timer.timeout.connect(self.problem_box.hide)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem_box)

        self.add_button.clicked.connect(self.choose_files)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.folder_button.clicked.connect(self.open_output_folder)
        self.error_button.clicked.connect(self.show_error)
        self.meeting_button.clicked.connect(self._on_meeting_button)
        self.queue_button.clicked.connect(self._on_queue_button)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot, context, owner in (
            (QKeySequence("Ctrl+O"), self.choose_files, page_wide, self),
            (QKeySequence("Del"), self.delete_selected, page_wide, self),
            (QKeySequence("Ctrl+Up"), lambda: self.move_selected(-1), page_wide, self),
            (QKeySequence("Ctrl+Down"), lambda: self.move_selected(1), page_wide, self),
            # Space only on the table: on a focused button Space must still press that button.
            (QKeySequence("Space"), self.toggle_pause, Qt.ShortcutContext.WidgetShortcut, None),
        ):
            shortcut = QShortcut(key, owner or self.table)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.layoutChanged,
            self.model.modelReset,
            self.model.dataChanged,
        ):
            signal.connect(self._on_model_changed)
        controller.jobAdded.connect(self.model.add_job)
        controller.jobChanged.connect(self.model.upsert)
        controller.jobProgress.connect(self.model.update_progress)
        controller.jobRemoved.connect(self.model.remove_job)
        controller.queueReset.connect(self.model.set_jobs)
        controller.meetingChanged.connect(self._on_meeting)
        controller.flagsChanged.connect(self._on_flags)
        controller.actionFailed.connect(self.show_problem)
        self._on_model_changed()
        # If the controller runs already: meeting mode from memory, the jobs from the database.
        self._on_meeting(
            controller.meeting_on, controller.meeting_clients, controller.meeting_scheduled
        )
        controller.refresh()

    # -- what the status bar shows -----------------------------------------------------

    def status_text(self) -> str:
        counts = self.model.counts()
        parts = []
        for number, text in (
            (counts[JobState.RUNNING] + counts[jobs_model.HELD], self.tr("%1 running")),
            (counts[JobState.QUEUED] + counts[JobState.INTERRUPTED], self.tr("%1 waiting")),
            (counts[JobState.PAUSED], self.tr("%1 paused")),
            (counts[JobState.FAILED], self.tr("%1 failed")),
        ):
            if number:
                parts.append(text.replace("%1", words.number(number)))
        what = ", ".join(parts) or self.tr("idle")
        if self._meeting_on:
            return self.tr("Queue (held for the meeting): %1").replace("%1", what)
        if self._queue_paused:
            return self.tr("Queue (paused): %1").replace("%1", what)
        return self.tr("Queue: %1").replace("%1", what)

    def _update_summary(self) -> None:
        text = self.status_text()
        if text != self._summary:
            self._summary = text
            self.summaryChanged.emit(text)

    # -- adding ------------------------------------------------------------------------

    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Queue these recordings (folders: the recordings inside). What the dialog and a
        drop both call; the checks on the files happen off the UI thread."""
        chosen = [str(p) for p in paths if str(p)]
        if chosen:
            self._controller.add_files(chosen)

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in RECORDING_SUFFIXES)
        filters = ";;".join(
            (
                self.tr("Recordings (%1)").replace("%1", patterns),
                self.tr("All files (*)"),
            )
        )
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add recordings to convert"), self._last_dir, filters
        )
        if files:
            self._last_dir = str(Path(files[0]).parent)  # string work only: no disk access
            self.add_files(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- acting on the selected job ----------------------------------------------------

    def selected_job(self) -> Job | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.job_at(rows[0].row()) if rows else None

    def select_job(self, job_id: int) -> None:
        row = self.model.row_of(job_id)
        if row is not None:
            self.table.selectRow(row)

    def toggle_pause(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        if job.state is JobState.PAUSED:
            self._controller.resume(job.id)
        elif job.state in PAUSABLE:
            self._controller.pause(job.id)

    def delete_selected(self) -> None:
        """Del: cancel a job still to finish, remove a finished one from the list."""
        job = self.selected_job()
        if job is None:
            return
        if job.state.finished:
            self.remove_selected()
        else:
            self.cancel_selected()

    def cancel_selected(self) -> None:
        job = self.selected_job()
        if job is None or job.state.finished:
            return
        name = Path(job.input).name
        if job.owner is not None:  # converting (or paused mid-way): work would be lost
            question = self.tr(
                "%1 is being converted. Cancel it? What is converted so far is deleted; "
                "the recording itself is kept."
            )
        else:
            question = self.tr(
                "Cancel the conversion of %1? It has not started; Retry puts it back in the "
                "queue later."
            )
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the conversion?"),
            question.replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The queue went on while the question was open: act on the job as it is now.
        now = self.model.job(job.id)
        if now is None or now.state.finished:
            self.show_problem(
                self.tr("%1 finished meanwhile: nothing was cancelled.").replace("%1", name)
            )
            return
        self._controller.cancel(job.id)

    def retry_selected(self) -> None:
        job = self.selected_job()
        if job is not None and job.state in RETRYABLE:
            self._controller.retry(job.id)

    def move_selected(self, steps: int) -> None:
        job = self.selected_job()
        if job is not None and self._movable(job):
            self._controller.move(job.id, steps)

    def remove_selected(self) -> None:
        job = self.selected_job()
        if job is not None and job.state.finished and job.owner is None:
            self._controller.remove(job.id)

    def open_output_folder(self) -> None:
        job = self.selected_job()
        if job is None:
            return
        folder = Path(job.output).parent if job.output else Path(job.output_dir)

        def opened(exists: object, error: Exception | None) -> None:
            if exists:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            else:
                self.show_problem(
                    self.tr(
                        "The folder %1 is not there yet: it is made when the first conversion "
                        "into it starts."
                    ).replace("%1", str(folder))
                )

        self._tasks.run(folder.is_dir, opened)  # a stat can hang on a network drive

    def show_error(self) -> None:
        job = self.selected_job()
        if job is None or not job.error or job.state not in (JobState.FAILED, JobState.INTERRUPTED):
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Why the conversion failed"))
        if job.state is JobState.FAILED:
            box.setText(self.tr("%1 could not be converted.").replace("%1", Path(job.input).name))
        else:
            box.setText(self.tr("%1 was interrupted.").replace("%1", Path(job.input).name))
        box.setInformativeText(job_reason(job))
        box.setDetailedText(
            self.tr("Recording: %1\nOutput folder: %2\nReason code: %3")
            .replace("%1", job.input)
            .replace("%2", job.output_dir)
            .replace("%3", job.error_code or "–")
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: setattr(self, "error_box", None))
        self.error_box = box
        box.open()  # window-modal, and the page keeps updating behind it

    def _on_double_click(self, index: QModelIndex) -> None:
        job = self.model.job_at(index.row())
        if job is not None and job.state in (JobState.FAILED, JobState.INTERRUPTED):
            self.show_error()

    def show_problem(self, message: str) -> None:
        """A request that could not be done, said under the table (not a modal box: the
        operator may be busy with the meeting)."""
        self.problem.setText(message)
        self.problem_box.show()
        self._problem_timer.start(PROBLEM_SHOWN_MS)

    # -- the whole queue ---------------------------------------------------------------

    # The buttons show what was asked at once; the controller's re-read confirms it.

    def _on_queue_button(self, paused: bool) -> None:
        if paused:
            self._controller.pause_queue()
        else:
            self._controller.resume_queue()
        self._on_flags(paused, self._meeting_manual)

    def _on_meeting_button(self, on: bool) -> None:
        self._controller.set_meeting(on)
        self._on_flags(self._queue_paused, on)

    def _on_flags(self, queue_paused: bool, meeting_manual: bool) -> None:
        self._queue_paused, self._meeting_manual = queue_paused, meeting_manual
        for button, checked in (
            (self.queue_button, queue_paused),
            (self.meeting_button, meeting_manual),
        ):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)
        # Words say the state too: a pressed-looking button alone is easy to misread.
        self.queue_button.setText(
            self.tr("Resume queue") if queue_paused else self.tr("Pause queue")
        )
        self._show_banner()

    def _on_meeting(self, on: bool, clients: Sequence[str], scheduled: bool = False) -> None:
        self._meeting_on, self._clients, self._meeting_scheduled = on, list(clients), scheduled
        self.model.set_meeting(on)
        self._show_banner()

    def meeting_mode(self) -> tuple[str, bool]:
        """(the words, whether meeting mode is on)."""
        return self.meeting_mode_text(), self._meeting_on or self._meeting_manual

    def meeting_mode_text(self) -> str:
        """One state, said the same everywhere: off; or on, and why (by hand, a meeting
        program running, a meeting in the room's calendar)."""
        if not (self._meeting_on or self._meeting_manual):
            return self.tr("Meeting mode: off")
        reasons = []
        if self._meeting_manual:
            reasons.append(self.tr("switched on here"))
        if self._clients:
            reasons.append(self.tr("%1 running").replace("%1", ", ".join(self._clients)))
        if self._meeting_scheduled:
            reasons.append(self.tr("a meeting in the calendar"))
        if not reasons:
            return self.tr("Meeting mode: on")
        return self.tr("Meeting mode: on (%1)").replace("%1", "; ".join(reasons))

    def _show_banner(self) -> None:
        text = self.meeting_mode_text()
        self.meeting_button.setText(text)
        self.meetingModeChanged.emit(text, self._meeting_on or self._meeting_manual)
        if self._meeting_on:
            title = self.tr("Meeting in progress: conversions are paused")
            lines = []
            if self._clients:
                lines.append(
                    self.tr(
                        "Meeting program detected: %1. Conversions go on by themselves once "
                        "it has closed."
                    ).replace("%1", ", ".join(self._clients))
                )
            if self._meeting_scheduled:
                lines.append(
                    self.tr(
                        "The room's calendar has a meeting on: conversions go on when it ends "
                        "(or press “End now” under today's meetings)."
                    )
                )
            if self._meeting_manual:
                lines.append(
                    self.tr("Switched on here: switch “Meeting mode” off after the meeting.")
                )
            if self._queue_paused:
                lines.append(self.tr("The queue is paused as well."))
        elif self._queue_paused:
            title = self.tr("Queue paused: no new conversion starts")
            lines = [
                self.tr(
                    "Conversions already running go on. Press “Resume queue” to start the "
                    "waiting ones."
                )
            ]
        else:
            self.banner.hide()
            self._update_summary()
            return
        self.banner.say(
            jobs_model.state_icon(JobState.PAUSED),
            jobs_model.state_colour(JobState.PAUSED),
            title,
            " ".join(lines),
        )
        self.banner.show()
        self._update_summary()

    # -- keeping the page in step with the model ---------------------------------------

    def _on_model_changed(self) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self._update_buttons()
        self._update_summary()

    def _movable(self, job: Job) -> bool:
        return job.state in MOVABLE and job.owner is None

    def _update_buttons(self) -> None:
        job = self.selected_job()
        has = job is not None
        state = job.state if job is not None else None
        self.pause_button.setText(
            self.tr("Resume") if state is JobState.PAUSED else self.tr("Pause")
        )
        self.pause_button.setEnabled(state is JobState.PAUSED or state in PAUSABLE)
        self.cancel_button.setEnabled(has and state is not None and not state.finished)
        self.retry_button.setEnabled(
            job is not None and job.state in RETRYABLE and job.owner is None
        )
        movable = [j.id for j in self.model.jobs() if self._movable(j)]
        place = movable.index(job.id) if job is not None and job.id in movable else -1
        self.up_button.setEnabled(place > 0)
        self.down_button.setEnabled(0 <= place < len(movable) - 1)
        self.remove_button.setEnabled(job is not None and job.state.finished and job.owner is None)
        self.folder_button.setEnabled(has)
        self.error_button.setEnabled(
            job is not None
            and bool(job.error)
            and job.state in (JobState.FAILED, JobState.INTERRUPTED)
        )
