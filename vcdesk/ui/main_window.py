"""The console's main window: a sidebar of pages, and a status bar with the active room."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFontMetrics,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from vcdesk.core import autostart
from vcdesk.core.checks.result import Status
from vcdesk.core.history import RunRecord
from vcdesk.core.paths import database_path, default_data_dir, log_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.words import checks as wording
from vcdesk.core.words.conversions import job_reason
from vcdesk.core.words.profile import problem_line
from vcdesk.qt.checklist import ChecklistController
from vcdesk.qt.meetings import MeetingsController
from vcdesk.qt.queue import QueueController
from vcdesk.qt.schedule import Clock, Countdown, ScheduleController, utc_now
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import jobs_model
from vcdesk.ui.about import AboutDialog, GuideDialog, guide_text, readme_text
from vcdesk.ui.meeting_desk import MeetingDesk
from vcdesk.ui.pages.checklist import ChecklistPage
from vcdesk.ui.pages.conversions import ConversionsPage
from vcdesk.ui.pages.history import HistoryPage
from vcdesk.ui.pages.meetings import MeetingsPage
from vcdesk.ui.pages.profile_list import same_file
from vcdesk.ui.pages.profiles import ProfilesPage
from vcdesk.ui.tray import Kind, Tray, app_icon
from vcdesk.ui.widgets import agenda

log = logging.getLogger(__name__)


def profiles_folder(data_dir: Path) -> Path:
    """The per-user profiles: listed on the Room profiles page, where New and Duplicate
    write. The active room's file is listed too, wherever it lives."""
    return data_dir / "profiles"


def read_profile(path: Path) -> tuple[Profile | None, str]:
    try:
        return load_profile(path), ""
    except ProfileError as exc:
        return None, problem_line(exc.problems[0])


# One small style sheet for the whole window: headings that read at a glance and a sidebar
# with room to click. Status colours live in ui/status.py, always beside an icon and a word.
TITLE_BAR = 32  # pixels a window manager's title bar takes, roughly
SIDEBAR_POINTS = 11
SIDEBAR_PADDING = 6
STYLE = f"""
#pageTitle {{ font-size: 15pt; font-weight: bold; }}
#sidebar {{ font-size: {SIDEBAR_POINTS}pt; }}
#sidebar::item {{ padding: 8px {SIDEBAR_PADDING}px; }}
"""


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        data_dir: Path,
        profile: Profile | None,
        profile_path: Path | None,
        profile_error: str = "",
        clock: Clock = utc_now,
    ) -> None:
        """`clock`: the schedule's (the countdown and the pre-meeting check); tests
        simulate one."""
        super().__init__()
        self._settings = settings
        self.data_dir = data_dir
        self.tasks = TaskRunner(parent=self)
        self.checklist = ChecklistController(database_path(data_dir), self)
        self.queue = QueueController(database_path(data_dir), parent=self)
        self.schedule = ScheduleController(data_dir, clock=clock, parent=self)
        self.meeting_records = MeetingsController(database_path(data_dir), self)
        self._precheck_for: Meeting | None = None  # the meeting an automatic check is for
        self._quitting = False
        self._shut = False  # shut down for good: the queue stopped, nothing more started
        self._countdown = ""  # the agenda's countdown line, repeated in the tray's tooltip
        self.setStyleSheet(STYLE)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("vcdesk: video-conference room console"))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.pages = QStackedWidget()
        # Each page's key names it in the settings: a page added later moves the others.
        self._page_keys: list[str] = []
        for key, title, page in self._build_pages():
            QListWidgetItem(title, self.sidebar)
            self.pages.addWidget(page)
            self._page_keys.append(key)
        # As wide as its longest title in this language, and no wider: a 1366x768 screen
        # at 125 % has about 1090 logical pixels for the whole window.
        font = self.sidebar.font()
        font.setPointSizeF(SIDEBAR_POINTS)
        metrics = QFontMetrics(font)
        items = range(self.sidebar.count())
        widest = max(metrics.horizontalAdvance(self.sidebar.item(i).text()) for i in items)
        self.sidebar.setFixedWidth(widest + 2 * SIDEBAR_PADDING + 2 * self.sidebar.frameWidth() + 8)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.room_label = QLabel()
        self.statusBar().addWidget(self.room_label)
        self.meeting_icon = QLabel()  # the pause sign held jobs show, beside the words
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("meetingStatus")
        self.queue_label = QLabel(self.conversions_page.status_text())
        self.statusBar().addPermanentWidget(self.meeting_icon)
        self.statusBar().addPermanentWidget(self.meeting_label)
        self.statusBar().addPermanentWidget(self.queue_label)
        self.conversions_page.summaryChanged.connect(self._queue_summary)
        self.conversions_page.meetingModeChanged.connect(self._meeting_changed)
        self.queue.actionFailed.connect(lambda text: self.statusBar().showMessage(text, 10_000))

        self.tray = Tray(self)
        self.tray.showRequested.connect(self.show_console)
        self.tray.quitRequested.connect(self.quit_console)
        self.tray.fallback.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.meeting_action = QAction(self.tr("&Meeting mode (hold conversions)"), self)
        self.meeting_action.setCheckable(True)
        self.meeting_action.triggered.connect(self.queue.set_meeting)
        self.tray.add_action(self.meeting_action)
        self._meeting_changed(*self.conversions_page.meeting_mode())
        self.queue.jobFinished.connect(self._job_finished)
        self.checklist.finished.connect(self._checklist_finished)
        self.meetings = MeetingDesk(
            self,
            self.schedule,
            self.checklist_page.agenda,
            self.queue,
            self.conversions_page.model,
            lambda: self.profile.conversion.max_parallel if self.profile is not None else None,
            lambda: self.checklist_page.operator.text(),
        )
        self.schedule.precheckDue.connect(self.precheck)
        # The SOP to tick follows the next meeting's kind, as the records say it.
        self.schedule.agendaChanged.connect(lambda _: self.checklist_page.refresh_sop_kind())
        self.meeting_records.saved.connect(lambda _: self.checklist_page.refresh_sop_kind())
        self.schedule.countdown.connect(self._countdown_changed)

        self.set_room(profile, profile_path, profile_error)
        self.queue.start()

        for index in range(self.pages.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.sidebar.setCurrentRow(i))
        self._build_menus()
        self._restore()

    def _build_menus(self) -> None:
        console = self.menuBar().addMenu(self.tr("&Console"))
        console.addAction(self.meeting_action)
        self.meeting_action.setShortcut(QKeySequence("Ctrl+M"))
        console.addSeparator()
        self.autostart_action = console.addAction(self.tr("&Start with the computer"))
        self.autostart_action.setCheckable(True)
        self.autostart_action.setToolTip(
            self.tr("Open vcdesk when this user logs in to the computer")
        )
        self.autostart_action.setVisible(autostart.is_supported())
        self.autostart_action.triggered.connect(self._set_autostart)
        self.tasks.run(autostart.is_enabled, self._autostart_changed)
        console.addSeparator()
        quit_action = console.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit_console)
        language = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self._settings.value("ui/language", "") or ""
        for code, name in (
            ("", self.tr("System language")),
            ("id", "Bahasa Indonesia"),
            ("en", "English"),
        ):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._choose_language)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&User guide"))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        readme = help_menu.addAction(self.tr("&README (for the technical team, in English)"))
        readme.triggered.connect(self.show_readme)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&About vcdesk")).triggered.connect(self.show_about)

    def show_about(self) -> None:
        AboutDialog(self.data_dir, log_path(self.data_dir), self).exec()

    def show_guide(self) -> None:
        language = QLocale().name().split("_")[0]
        self._show_text(self.tr("vcdesk user guide"), lambda: guide_text(language))

    def show_readme(self) -> None:
        self._show_text("README", readme_text)

    def _show_text(self, title: str, read: Callable[[], str]) -> None:
        def loaded(text: str | None, _error: Exception | None) -> None:
            GuideDialog(title, text or "", self).exec()

        self.tasks.run(read, loaded)

    def _set_autostart(self, on: bool) -> None:
        """Write or remove the login entry (a file or the registry: on the pool)."""
        # The data folder is named only when it is not the default, so the entry keeps
        # working for a console started the usual way.
        own = None if self.data_dir == default_data_dir() else self.data_dir

        def change() -> bool:
            if on:
                autostart.enable(autostart.launch_command(own))
            else:
                autostart.disable()
            return autostart.is_enabled()

        self.tasks.run(change, self._autostart_changed)

    def _autostart_changed(self, enabled: bool | None, error: Exception | None) -> None:
        if error is not None:
            self.statusBar().showMessage(
                self.tr("Could not change starting with the computer: %1").replace(
                    "%1", str(error)
                ),
                15_000,
            )
            # Show what is true now; a second failure leaves the tick as it was.
            self.tasks.run(
                autostart.is_enabled,
                lambda now, _e: self.autostart_action.setChecked(bool(now)),
            )
            return
        self.autostart_action.setChecked(bool(enabled))

    def _choose_language(self, action: QAction) -> None:
        self._settings.setValue("ui/language", action.data() or "")
        self.statusBar().showMessage(
            self.tr("The new language is used from the next start of vcdesk."), 10_000
        )

    def _build_pages(self) -> list[tuple[str, str, QWidget]]:
        self.checklist_page = ChecklistPage(self.checklist, self.tasks, self._settings)
        self.checklist_page.schedule = self.schedule
        self.history_page = HistoryPage(database_path(self.data_dir), self.tasks)
        self.conversions_page = ConversionsPage(self.queue, self.tasks)
        # The change log names whoever the checklist page says is at the desk.
        self.meetings_page = MeetingsPage(
            self.meeting_records, lambda: self.checklist_page.operator.text()
        )
        self.profiles_page = ProfilesPage([profiles_folder(self.data_dir)], self.tasks)
        self.profiles_page.activateRequested.connect(self.activate_profile)
        self.profiles_page.profileSaved.connect(self._profile_saved)
        return [
            ("checklist", self.tr("Checklist"), self.checklist_page),
            ("conversions", self.tr("Conversions"), self.conversions_page),
            ("meetings", self.tr("Meetings"), self.meetings_page),
            ("profiles", self.tr("Room profiles"), self.profiles_page),
            ("history", self.tr("History"), self.history_page),
        ]

    def activate_profile(self, path: str) -> None:
        """Make the profile at `path` the active room (read on the pool, not here)."""
        chosen = Path(path)

        def loaded(result: tuple[Profile | None, str] | None, error: Exception | None) -> None:
            profile, problem = result if result is not None else (None, str(error))
            self.set_room(profile, chosen, problem)
            if profile is not None:
                self._settings.setValue("room/profile", str(chosen))
                self.statusBar().showMessage(
                    self.tr("Active room: %1").replace("%1", profile.room.name), 5000
                )

        self.tasks.run(lambda: read_profile(chosen), loaded)

    def _profile_saved(self, path: str) -> None:
        if self.profile_path is not None and same_file(path, self.profile_path):
            self.activate_profile(path)  # the active room's thresholds changed: use them now

    def set_room(self, profile: Profile | None, path: Path | None, error: str = "") -> None:
        self.profile, self.profile_path = profile, path
        self.checklist_page.set_profile(profile, path, error)
        self.meetings_page.set_profile(profile, path)
        self.profiles_page.set_active_file(path)
        session = self.schedule.set_room(profile, path)
        self.history_page.set_zone(profile.room.timezone if profile is not None else None)
        self._countdown = ""  # the room's own follows with the schedule's next tick
        if session is None:
            self.checklist_page.agenda.show_countdown(None)
        self.queue.configure(session)  # the engine's settings are the room session's
        if profile is not None:
            self.room_label.setText(self.tr("Room: %1").replace("%1", profile.room.name))
            self.room_label.setToolTip(str(path))
        elif error:
            self.room_label.setText(self.tr("Room profile has problems: %1").replace("%1", error))
        else:
            self.room_label.setText(self.tr("No room profile chosen"))
        self._update_tray_tooltip()

    # -- the room's schedule -------------------------------------------------------------

    def precheck(self, meeting: Meeting) -> None:
        """The pre-meeting check is due: run the checklist, unless one is running."""
        if self.checklist.running or self.profile is None:
            return
        self._precheck_for = meeting
        self.statusBar().showMessage(
            self.tr("Checking the room before %1").replace("%1", meeting.title), 10_000
        )
        self.checklist_page.run_checklist()

    # -- status bar and tray ------------------------------------------------------------

    def _queue_summary(self, text: str) -> None:
        self.queue_label.setText(text)
        self._update_tray_tooltip()

    def _update_tray_tooltip(self) -> None:
        lines = [
            f"vcdesk · {self.room_label.text()}",
            self.queue_label.text(),
            self.conversions_page.meeting_mode()[0],
            self._countdown,  # the next meeting, on the room's clock
        ]
        self.tray.set_tooltip("\n".join(line for line in lines if line))

    def _countdown_changed(self, state: Countdown) -> None:
        text = agenda.countdown_text(state)
        if text != self._countdown:  # each second's tick, but new words once a minute
            self._countdown = text
            self._update_tray_tooltip()

    def _meeting_changed(self, text: str, on: bool) -> None:
        """The Conversions page's words for meeting mode, here and in the tray: one state."""
        self.meeting_action.setChecked(self.conversions_page.meeting_button.isChecked())
        self.meeting_label.setText(f"<b>{html.escape(text)}</b>" if on else html.escape(text))
        self._update_tray_tooltip()
        self.meeting_icon.setPixmap(jobs_model.state_icon(jobs_model.HELD).pixmap(16, 16))
        self.meeting_icon.setVisible(on)
        self.meeting_label.setToolTip(
            self.tr("While meeting mode is on, conversions are held so the meeting has the PC.")
        )

    def _job_finished(self, job: Job) -> None:
        name = Path(job.input).name
        if job.state is JobState.DONE:
            self.tray.notify(
                self.tr("Conversion finished"),
                self.tr("%1 is ready in %2")
                .replace("%1", name)
                .replace("%2", str(Path(job.output).parent) if job.output else job.output_dir),
            )
        elif job.state is JobState.FAILED:
            self.tray.notify(
                self.tr("Conversion failed"),
                self.tr("%1: %2").replace("%1", name).replace("%2", job_reason(job)),
                Kind.Warning,
            )

    def _checklist_finished(self, record: RunRecord) -> None:
        meeting, self._precheck_for = self._precheck_for, None
        if record.overall is not Status.FAIL:
            return
        failed = ", ".join(
            wording.check_name(r.id)
            for r in record.results
            if r.status in (Status.FAIL, Status.ERROR)
        )
        left = agenda.starts_in(meeting, self.schedule.now()) if meeting is not None else ""
        if left:
            self.checklist_page.add_note(left + ".")
        if self.in_front():
            # The operator is looking: the page's banner says it all; from another page, one
            # short line says it, and no balloon covers the window.
            if self.pages.currentWidget() is not self.checklist_page:
                self.statusBar().showMessage(
                    self.tr("Checklist: NO-GO (%1)").replace("%1", failed), 30_000
                )
            return
        text = self.tr("Not ready: %1.").replace("%1", failed)
        self.tray.notify(
            self.tr("Checklist: NO-GO for %1").replace("%1", record.room),
            f"{left}. {text}" if left else text,
            Kind.Critical,
        )

    def in_front(self) -> bool:
        """Whether the operator can see the window now (shown, not minimised, active)."""
        return self.isVisible() and not self.isMinimized() and self.isActiveWindow()

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            # First start: a comfortable size, but never taller or wider than the screen
            # leaves above its taskbar (a 1366x768 room screen has about 728 pixels; the
            # title bar takes some of them).
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(760, room.height() - TITLE_BAR))
            self.move(room.center() - self.rect().center())
        page = str(self._settings.value("window/page", "") or "")
        # A number: kept by an older vcdesk, before the pages had keys.
        row = int(page) if page.isdigit() else -1
        if page in self._page_keys:
            row = self._page_keys.index(page)
        self.sidebar.setCurrentRow(row if 0 <= row < self.pages.count() else 0)

    # -- closing --------------------------------------------------------------------------

    def show_console(self) -> None:
        if self._shut:
            return  # quitting: a second start's request must not bring the window back
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_console(self) -> None:
        """Quit for real (menu, tray, Ctrl+Q): running conversions stop and resume next time."""
        self._quitting = True
        self.close()

    def quit_for_signal(self, signum: int = 0) -> None:
        """SIGTERM, SIGINT, SIGHUP or Windows' Ctrl+Break: quit as with Ctrl+Q, asking nothing
        (nobody may be at the screen, and the system may be shutting down). Ends every event
        loop, a dialog's too, with exit code 0."""
        if self._shut:
            return
        self._quitting = True
        if self.profiles_page.has_unsaved_changes():
            log.warning("quit on signal %s: the room profile being edited was not saved", signum)
        self._shut_down()
        QApplication.exit(0)

    def _current_page_key(self) -> str:
        row = self.sidebar.currentRow()
        return self._page_keys[row] if 0 <= row < len(self._page_keys) else ""

    def _shut_down(self) -> None:
        """Settings saved, the window off the screen, conversions stopped (interrupted, their
        partial files removed) and nothing more started in the background."""
        self._shut = True
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self._current_page_key())
        self._settings.sync()
        self.checklist.cancel()
        self.hide()  # off the screen at once: the queue may take a few seconds to stop
        self.queue.shutdown(timeout=15)
        self.tray.hide()
        self.tasks.close(0)
        self.schedule.close()
        self.meeting_records.close()

    def stop_background(self) -> None:
        """After the event loop: tell every worker of the window to stop (the caller waits
        for them) before Qt deletes the objects they report to."""
        if not self._shut:
            self._shut_down()
        page = self.checklist_page
        page.monitor.stop()
        page.camera_preview.stop(wait=False)
        page.mic_monitor.stop(wait=False)
        self.checklist.cancel()

    def _work_in_queue(self) -> bool:
        counts = self.conversions_page.model.counts()
        return any(
            counts[state]
            for state in (JobState.RUNNING, JobState.QUEUED, JobState.INTERRUPTED, jobs_model.HELD)
        )

    def _keep_running_in_tray(self) -> bool | None:
        """Closing the window while conversions run: True keeps them going in the tray,
        False quits, None goes back. Asked once; the answer is remembered."""
        remembered = self._settings.value("tray/keep_running", None)
        if remembered is not None:
            return str(remembered).lower() == "true"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Conversions are still running"),
            self.tr(
                "Keep converting in the background? vcdesk stays in the tray (the icon by "
                "the clock) and tells you when each conversion is done."
            ),
            parent=self,
        )
        keep = box.addButton(self.tr("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(
            self.tr("Quit (resume next time)"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        remember = QCheckBox(self.tr("Do not ask again"))
        box.setCheckBox(remember)
        box.exec()
        if box.clickedButton() not in (keep, stop):
            return None
        answer = box.clickedButton() is keep
        if remember.isChecked():
            self._settings.setValue("tray/keep_running", answer)
        return answer

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shut:
            super().closeEvent(event)  # already shut down by a quit signal
            return
        in_tray = self.isHidden()
        if not self.profiles_page.confirm_leave():
            event.ignore()  # the admin chose to go on editing
            self._quitting = False
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self._current_page_key())
        self._settings.sync()
        if not self._quitting and self.tray.available and self._work_in_queue():
            keep = self._keep_running_in_tray()
            if keep is None:
                event.ignore()
                return
            if keep:
                event.ignore()
                QApplication.setQuitOnLastWindowClosed(False)
                self.hide()
                self.tray.notify(
                    self.tr("vcdesk is still converting"),
                    self.tr("Conversions go on in the background. Click the tray icon to open."),
                )
                return
        self._shut_down()
        QApplication.setQuitOnLastWindowClosed(True)
        super().closeEvent(event)
        if in_tray:
            QApplication.quit()  # closing a window that is not shown does not end the app
