"""The Checklist page: run the room's checks (F5), watch each row go waiting -> checking ->
result, read the GO / NO-GO banner, tick the SOP items, and save the run as PDF or CSV.

Beside the results, the room's camera picture and microphone level run live, so the operator
can frame the shot and set the gain. They run only while the page is on screen (not hidden
behind another page, the window not minimised), and they let go of both devices while a
checklist runs: the camera and microphone checks need them, and a camera held by the
preview would read as "in use by another program"."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core import words
from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.checks.runner import CHECK_IDS, RunContext
from vcdesk.core.history import RunRecord
from vcdesk.core.meetings.clearing import meeting_to_clear, ticks_changed
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.sop import sop_items
from vcdesk.core.report import room_time
from vcdesk.core.schedule.zones import room_zone
from vcdesk.core.words import number
from vcdesk.qt.checklist import ChecklistController
from vcdesk.qt.preview import CameraPreview, MicLevelMonitor
from vcdesk.qt.schedule import ScheduleController
from vcdesk.qt.system_monitor import SystemMonitor
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import report, status
from vcdesk.ui.results_table import ResultDetails, ResultsTable
from vcdesk.ui.widgets.agenda import Agenda
from vcdesk.ui.widgets.banner import Banner as BannerBase
from vcdesk.ui.widgets.camera_view import CameraView
from vcdesk.ui.widgets.level_meter import LevelMeter
from vcdesk.ui.widgets.sparkline import Sparkline

log = logging.getLogger(__name__)


class Banner(BannerBase):
    """The overall verdict, big: icon + word + one line of explanation."""

    def __init__(self) -> None:
        super().__init__("banner", title_scale=1.5, icon_size=40)
        self.state = ""

    def show_state(self, state: str, title: str, detail: str) -> None:
        self.state = str(state)
        self.say(status.icon(state), status.colour(state), title, detail)


class ChecklistPage(QWidget):
    checklistFailed = Signal(str)  # room name: the main window notifies from the tray

    def __init__(
        self,
        controller: ChecklistController,
        tasks: TaskRunner,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._tasks = tasks
        self._settings = settings
        self._profile: Profile | None = None
        self._profile_path: Path | None = None
        self._last: RunRecord | None = None
        self._done = 0
        self._save_error = ""
        self._shown = False  # between showEvent and hideEvent
        self._checking = False  # between the controller's started and finished
        self._watched: QWidget | None = None  # the top-level window, for its minimised state
        # The room's schedule, set by the main window: the power check judges the UPS
        # against the meeting on now or coming (None: judged against the room's minimum).
        self.schedule: ScheduleController | None = None
        # The kind of the meeting being prepared for ("webinar"), whose SOP items follow the
        # room-wide ones; None: none known, the room-wide items only. The meeting records
        # tell it (refresh_sop_kind): the next meeting, the one a run now would clear.
        self.sop_kind: str | None = None
        self._sop_asked = 0  # answers to an older question are dropped

        self.room = QLabel()
        self.room.setObjectName("pageTitle")
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("Operator name"))
        self.operator.setMaximumWidth(240)
        operator_label = QLabel(self.tr("&Operator:"))
        operator_label.setBuddy(self.operator)
        self.run_button = QPushButton(self.tr("Run checklist (F5)"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.room, 1)
        top.addWidget(operator_label)
        top.addWidget(self.operator)
        top.addWidget(self.run_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)

        self.banner = Banner()
        self.results = ResultsTable()
        self.details = ResultDetails(self.results)
        self.sop = QListWidget()
        self.sop.setObjectName("sop")
        self.sop.setWordWrap(True)
        self.sop.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sop_box = QGroupBox(self.tr("Standard operating procedure"))
        sop_layout = QVBoxLayout(sop_box)
        sop_hint = QLabel(self.tr("Tick each item once it is done (Space ticks the selected one)."))
        sop_hint.setWordWrap(True)
        self.sop_meeting = QLabel()  # which meeting's kind the items follow
        self.sop_meeting.setObjectName("sopMeeting")
        self.sop_meeting.setWordWrap(True)
        self.sop_meeting.hide()
        sop_layout.addWidget(self.sop_meeting)
        sop_layout.addWidget(sop_hint)
        sop_layout.addWidget(self.sop)
        self.monitor = SystemMonitor(parent=self)
        self.cpu_graph = Sparkline(self.tr("Processor"), "%", ceiling=100)
        self.net_graph = Sparkline(self.tr("Network in"), "Mbit/s")
        self.monitor.sample.connect(self._on_sample)
        self.agenda = Agenda()  # the room's meetings today: filled by the main window

        # The results across the left, whole: seven rows and the selected one's details,
        # with the camera, microphone and live graphs under them. The meeting's agenda and
        # the SOP to tick keep the right column, in view whatever the left shows.
        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.results, 1)
        column.addWidget(self.details)
        left = _ResultsFirst(results, self._build_devices_box())

        self.side = QWidget()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        live_box = QGroupBox(self.tr("Live"))
        live_layout = QHBoxLayout(live_box)
        live_layout.addWidget(self.cpu_graph)
        live_layout.addWidget(self.net_graph)
        self.side_layout.addWidget(self.agenda)
        self.side_layout.addWidget(sop_box, 1)
        self.side_layout.addWidget(live_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        em = self.fontMetrics().horizontalAdvance("M")
        splitter.setSizes([1000, 26 * em])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self.run_button.clicked.connect(lambda: self.run_checklist())
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_report)
        self.operator.editingFinished.connect(
            lambda: self._settings.setValue("checklist/operator", self.operator.text())
        )
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (QKeySequence("F5"), lambda: self.run_checklist()),
            (QKeySequence("Esc"), self.cancel),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.sop.itemChanged.connect(self._on_sop_changed)
        # The next meeting changes as meetings begin: asked again each minute on screen.
        self._sop_timer = QTimer(self)
        self._sop_timer.setInterval(60_000)
        self._sop_timer.timeout.connect(lambda: self._shown and self.refresh_sop_kind())
        self._sop_timer.start()
        controller.started.connect(self._on_started)
        controller.result.connect(self._on_result)
        controller.finished.connect(self._on_finished)
        controller.saveFailed.connect(self._on_save_failed)
        self.set_profile(None, None)

    def _build_devices_box(self) -> QGroupBox:
        self.camera_preview = CameraPreview(self)
        self.mic_monitor = MicLevelMonitor(self)
        self.camera_view = CameraView()
        self.level_meter = LevelMeter()
        mic_title = QLabel(self.tr("Microphone"))
        font = mic_title.font()
        font.setBold(True)
        mic_title.setFont(font)
        self.mic_icon = QLabel()
        self.mic_icon.setPixmap(status.icon(Status.FAIL).pixmap(16, 16))
        self.mic_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.mic_icon.hide()
        self.mic_status = QLabel()
        self.mic_status.setWordWrap(True)
        self.mic_status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mic_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mic_line = QHBoxLayout()
        mic_line.addWidget(self.mic_icon)
        mic_line.addWidget(self.mic_status, 1)
        self.mic_hint = mic_hint = QLabel(
            self.tr("Speak at a normal voice: the bar should reach the yellow.")
        )
        mic_hint.setWordWrap(True)
        mic_hint.hide()
        mic = QVBoxLayout()
        mic.addWidget(mic_title)
        mic.addLayout(mic_line)
        mic.addSpacing(4)
        mic.addWidget(self.level_meter)
        mic.addWidget(mic_hint)
        mic.addStretch(1)
        box = QGroupBox(self.tr("Camera && microphone"))
        layout = QHBoxLayout(box)
        layout.addWidget(self.camera_view, 3)
        layout.addLayout(mic, 2)
        self.camera_preview.frame.connect(self.camera_view.set_frame)
        self.camera_preview.info.connect(self.camera_view.set_info)
        self.camera_preview.error.connect(
            lambda text: self.camera_view.show_message(text, CameraView.ERROR)
        )
        self.camera_preview.absent.connect(
            lambda text: self.camera_view.show_message(text, CameraView.CALM)
        )
        self.mic_monitor.level.connect(self.level_meter.set_level)
        self.mic_monitor.info.connect(self._on_mic_info)
        self.mic_monitor.error.connect(lambda text: self._say_mic(text, error=True))
        self.mic_monitor.absent.connect(self._on_mic_absent)
        return box

    # -- live figures: sampled only while the page is on screen -------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.monitor.start()
        self._shown = True
        window = self.window()
        if window is not self and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)  # minimising sends no hide event to this page
            self._watched = window
        self._update_live_view()

    def hideEvent(self, event: QHideEvent) -> None:
        self.monitor.stop()
        self._shown = False
        self._update_live_view()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.WindowStateChange:
            self._update_live_view()
        return super().eventFilter(watched, event)

    def live_view_wanted(self) -> bool:
        return (
            self._profile is not None
            and self._shown
            and not self.window().isMinimized()
            and not self._checking
        )

    def _update_live_view(self) -> None:
        """Start or stop the camera preview and the level meter to fit the page's state."""
        profile = self._profile
        if profile is not None and self.live_view_wanted():
            if self.camera_preview.section != profile.camera:
                self.camera_view.show_message(self.tr("Opening the camera…"))
                self.camera_preview.start(profile.camera)
            if self.mic_monitor.section != profile.microphone:
                self.level_meter.clear()
                self._say_mic(self.tr("Opening the microphone…"))
                self.mic_monitor.start(profile.microphone)
            return
        # Told to stop, not waited for here: a checklist waits for the release on its own
        # thread (release_devices), and a new preview worker waits for its predecessor.
        self.camera_preview.stop(wait=False)
        self.mic_monitor.stop(wait=False)
        self.level_meter.clear()
        if profile is None:
            self.camera_view.show_message(self.tr("No room chosen."), CameraView.CALM)
            self._say_mic(self.tr("No room chosen."))
        elif self._checking:
            self.camera_view.show_message(
                self.tr("Paused while the checklist tests the camera."), CameraView.CALM
            )
            self._say_mic(self.tr("Paused while the checklist tests the microphone."))
        else:
            self.camera_view.show_message(self.tr("Paused while the page is not shown."))
            self._say_mic(self.tr("Paused while the page is not shown."))

    def _on_mic_info(self, name: str, samplerate: int) -> None:
        khz = number(samplerate / 1000, "g")
        self._say_mic(self.tr("%1 · %2 kHz").replace("%1", name).replace("%2", khz))
        self.mic_hint.show()  # only beside a meter that is really metering

    def _on_mic_absent(self, text: str) -> None:
        self.level_meter.clear()
        self._say_mic(text)

    def _say_mic(self, text: str, error: bool = False) -> None:
        if error:
            self.level_meter.clear()  # an old reading would look live
        self.mic_icon.setVisible(error)
        self.mic_hint.hide()
        self.mic_status.setText(text)
        self.mic_status.setToolTip(text if error else "")

    def _on_sample(self, cpu: float, rx_mbps: float, tx_mbps: float) -> None:
        self.cpu_graph.add(cpu)
        self.net_graph.add(rx_mbps)

    # -- the room ----------------------------------------------------------------------

    def set_profile(self, profile: Profile | None, path: Path | None, error: str = "") -> None:
        self._profile, self._profile_path = profile, path
        self._last = None  # the last run was another room's (or this one's, before a change)
        self.sop_kind = None  # the next meeting's kind is asked anew (refresh_sop_kind)
        self.sop_meeting.hide()
        self.sop.clear()
        if profile is None:
            self.room.setText(self.tr("No room chosen"))
            self.run_button.setEnabled(False)
            self.banner.show_state(
                Status.SKIP,
                self.tr("Choose a room"),
                error
                or self.tr("Open a room profile on the Room profiles page to run its checklist."),
            )
            self.results.reset_rows([])
            self._update_live_view()
            return
        self.room.setText(profile.room.name)
        self.cpu_graph.limit = profile.cpu.max_percent
        self.operator.setText(
            str(self._settings.value("checklist/operator", "") or profile.room.operator)
        )
        self.run_button.setEnabled(not self._controller.running)
        self._fill_sop()
        self.banner.show_state(
            status.WAITING,
            self.tr("Not checked yet"),
            self.tr("Press F5 or “Run checklist” before the meeting."),
        )
        self.results.reset_rows(CHECK_IDS)
        self._update_live_view()  # the new room's camera and microphone
        self.refresh_sop_kind()

    def set_sop_kind(self, kind: str | None, title: str = "") -> None:
        """Show the SOP items for a meeting of `kind` (None: the room-wide items only); an
        item shown before keeps its tick. `title`: the meeting's, said above the items. An
        answer of refresh_sop_kind still on its way is dropped: this one is newer."""
        self._sop_asked += 1
        self._show_sop_kind(kind, title)

    def _show_sop_kind(self, kind: str | None, title: str = "") -> None:
        if kind and title:
            text = self.tr("For the next meeting: %1 (%2)").replace("%1", title)
            self.sop_meeting.setText(text.replace("%2", kind))
        self.sop_meeting.setVisible(bool(kind and title))
        if kind != self.sop_kind:
            self.sop_kind = kind
            self._fill_sop()

    def refresh_sop_kind(self) -> None:
        """Ask the meeting records (on the pool) for the next meeting's kind: its SOP items
        are the ones to tick. Called when the room, its agenda or its records change."""
        self._sop_asked += 1
        asked, profile = self._sop_asked, self._profile
        if profile is None:
            self._show_sop_kind(None)
            return
        database, room = self._controller.database, profile.room.name
        now = self.schedule.now() if self.schedule is not None else datetime.now(UTC)

        def read() -> tuple[str, str] | None:
            store = MeetingStore(database)
            try:
                meeting = meeting_to_clear(store, room, now)
            finally:
                store.close()
            return None if meeting is None else (meeting.kind, meeting.title)

        def done(found: tuple[str, str] | None, error: Exception | None) -> None:
            if asked != self._sop_asked or profile is not self._profile:
                return  # the room changed, or a newer question is on its way
            if error is not None:  # the room-wide items still show; the log says why
                log.warning("the next meeting's kind is not known: %s", error)
                return
            kind, title = found if found is not None else ("", "")
            self._show_sop_kind(kind or None, title)

        self._tasks.run(read, done)

    def _fill_sop(self) -> None:
        ticked = set(self.sop_ticked())  # kept by the item's text, as the run record keeps them
        self.sop.clear()
        if self._profile is None:
            return
        with QSignalBlocker(self.sop):  # filling the list is no operator's tick
            for text in sop_items(self._profile, self.sop_kind):
                item = QListWidgetItem(text, self.sop)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = Qt.CheckState.Checked if text in ticked else Qt.CheckState.Unchecked
                item.setCheckState(checked)

    def sop_ticked(self) -> list[str]:
        return [
            self.sop.item(i).text()
            for i in range(self.sop.count())
            if self.sop.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_sop_changed(self) -> None:
        record = self._last
        if record is None or record.id is None or self._controller.running:
            return
        ticked = self.sop_ticked()
        self._last = dataclasses.replace(record, sop_ticked=tuple(ticked))
        database, run_id = self._controller.database, record.id
        who = self.operator.text().strip() or None
        self._tasks.run(lambda: ticks_changed(database, run_id, ticked, who), _log_error)

    # -- running -----------------------------------------------------------------------

    def run_checklist(self, only: Sequence[str] | None = None) -> None:
        if self._profile is None or self._controller.running:
            return
        schedule = self.schedule
        context = (
            RunContext.for_meetings(
                self._profile,
                schedule.now().astimezone(room_zone(self._profile.room.timezone)),
                schedule.today(),
                profile_path=self._profile_path,
                database=self._controller.database,
            )
            if schedule is not None
            else None
        )
        self._controller.start(
            self._profile,
            str(self._profile_path or ""),
            self.operator.text().strip() or None,
            self.sop_ticked(),
            only,
            before=self.release_devices,
            context=context,
        )

    def release_devices(self) -> None:
        """Runs on the checklist's thread before any check starts: the camera and microphone
        checks need the devices the live view was told to let go of."""
        self.camera_preview.wait_released()
        self.mic_monitor.wait_released()

    def cancel(self) -> None:
        if self._controller.running:
            self._controller.cancel()

    def _on_started(self, ids: list[str]) -> None:
        # Called before the checks start (the controller emits `started` first), so the
        # devices are released by the time the camera and microphone checks open them.
        self._checking = True
        self._update_live_view()
        self._done = 0
        self._total = len(ids)
        self.results.reset_rows(ids, status.RUNNING)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(False)
        self.banner.show_state(
            status.RUNNING,
            self.tr("Checking…"),
            self.tr("%1 of %2 checks done.").replace("%1", "0").replace("%2", str(len(ids))),
        )

    def _on_result(self, result: CheckResult) -> None:
        self._done += 1
        self.results.show_result(result)
        self.banner.detail.setText(
            self.tr("%1 of %2 checks done.")
            .replace("%1", str(self._done))
            .replace("%2", str(self._total))
        )

    def _on_finished(self, record: RunRecord) -> None:
        self._checking = False
        self._update_live_view()
        self._last = record
        save_error, self._save_error = self._save_error, ""
        self.run_button.setEnabled(self._profile is not None)
        self.cancel_button.setEnabled(False)
        self.save_button.setEnabled(True)
        bad = [r for r in record.results if r.status in (Status.FAIL, Status.ERROR)]
        warn = [r for r in record.results if r.status is Status.WARN]
        # The room's clock, named (WITA), whatever zone the PC is set to.
        when = words.current().formats.clock(*room_time(record, record.finished))
        if bad:
            self.banner.show_state(
                Status.FAIL,
                self.tr("NO-GO"),
                self.tr("%n check(s) failed; fix them before the meeting.", "", len(bad))
                + " "
                + self.tr("Checked at %1.").replace("%1", when),
            )
            self.checklistFailed.emit(record.room)
        elif warn:
            self.banner.show_state(
                Status.WARN,
                self.tr("GO, with warnings"),
                self.tr("%n warning(s): read them before the meeting.", "", len(warn))
                + " "
                + self.tr("Checked at %1.").replace("%1", when),
            )
        else:
            self.banner.show_state(
                Status.PASS,
                self.tr("GO"),
                self.tr("The room is ready.") + " " + self.tr("Checked at %1.").replace("%1", when),
            )
        if save_error:
            self.banner.detail.setText(self.banner.detail.text() + "\n" + save_error)

    def add_note(self, text: str) -> None:
        """One more line under the verdict (the time left to the meeting it was run for)."""
        self.banner.detail.setText(self.banner.detail.text() + "\n" + text)

    def _on_save_failed(self, error: str) -> None:
        # Said in the banner, not a modal box: the verdict matters more than the archive.
        self._save_error = self.tr("Not stored in the history: %1").replace("%1", error)

    # -- report ------------------------------------------------------------------------

    def save_report(self) -> None:
        if self._last is not None:
            report.ask_and_save(self, self._last, self._tasks)


class _ResultsFirst(QSplitter):
    """The results over the camera and microphone: the results get the height of all their
    rows first (while the window has it), the camera picture the room that is left. Once
    the operator drags the handle, their choice stands."""

    def __init__(self, top: QWidget, bottom: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setChildrenCollapsible(False)
        self.addWidget(top)
        self.addWidget(bottom)
        self._dragged = False
        self.splitterMoved.connect(self._on_moved)

    def _on_moved(self) -> None:
        self._dragged = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._dragged:
            return
        top, bottom = self.widget(0), self.widget(1)
        room = self.height() - self.handleWidth()
        wanted = max(top.minimumSizeHint().height(), top.sizeHint().height())
        first = min(wanted, room - bottom.minimumSizeHint().height())
        with QSignalBlocker(self):
            self.setSizes([first, room - first])


def _log_error(_: object, error: Exception | None) -> None:
    if error is not None:
        log.warning("could not update the run's SOP ticks: %s", error)
