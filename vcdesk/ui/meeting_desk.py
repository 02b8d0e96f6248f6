"""The agenda's side of the console: today's meetings and the countdown on the Checklist
page, Add meeting… / Remove / End now asked and passed to the schedule, and the Conversions
page's "Expected" column planned again whenever the queue or the meetings change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from vcdesk.core import words
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.qt.queue import QueueController
from vcdesk.qt.schedule import ScheduleController
from vcdesk.ui.jobs_model import JobsModel
from vcdesk.ui.widgets import agenda
from vcdesk.ui.widgets.agenda import Agenda
from vcdesk.ui.widgets.meeting_dialog import MeetingDialog

PLAN_EVERY_MS = 60_000  # the plan counts from now: made again each minute


class MeetingDesk(QObject):
    def __init__(
        self,
        window: QMainWindow,
        schedule: ScheduleController,
        board: Agenda,
        queue: QueueController,
        jobs: JobsModel,
        parallel: Callable[[], int | None],
        operator: Callable[[], str] = lambda: "",
    ) -> None:
        """`parallel()`: the active room's max_parallel, None without a room. `operator()`:
        who is at the desk, named in the meeting records' change log (else the OS user)."""
        super().__init__(window)
        self.window = window
        self.schedule = schedule
        self.board = board
        self.jobs = jobs
        self._parallel = parallel
        self._operator = operator
        schedule.agendaChanged.connect(
            lambda meetings: board.show_meetings(meetings, self.zone_label())
        )
        schedule.statusChanged.connect(
            lambda feed: board.show_status(
                feed, schedule.schedule.zone if schedule.schedule else None
            )
        )
        schedule.countdown.connect(board.show_countdown)
        schedule.flagsChanged.connect(board.show_flags)
        schedule.entryFailed.connect(self._failed)
        schedule.planReady.connect(lambda slots: jobs.set_plan(slots, self.zone_label()))
        board.addRequested.connect(self.add_meeting)
        board.removeRequested.connect(self.remove_meeting)
        board.endRequested.connect(self.end_meeting)
        board.show_countdown(None)
        board.show_status(None)
        for signal in (
            queue.jobAdded,
            queue.jobChanged,
            queue.jobRemoved,
            queue.queueReset,
            schedule.agendaChanged,
        ):
            signal.connect(lambda *_: self.request_plan())
        self._plan_timer = QTimer(self)
        self._plan_timer.setInterval(PLAN_EVERY_MS)
        self._plan_timer.timeout.connect(self.request_plan)
        self._plan_timer.start()

    def zone_label(self) -> str:
        schedule = self.schedule.schedule
        return schedule.zone_label() if schedule is not None else ""

    def add_meeting(self) -> None:
        """A meeting the room's calendar does not have (booked by telephone, say)."""
        if self.schedule.schedule is None:
            self._say(self.tr("Choose a room first."), 5000)
            return
        dialog = MeetingDialog(self.schedule.now(), self.zone_label(), self.window)
        if dialog.exec() == MeetingDialog.DialogCode.Accepted:
            self.schedule.add_entry(*dialog.meeting(), who=self._who())

    def remove_meeting(self, meeting: Meeting) -> None:
        if meeting.entry_id is None:
            return
        end = agenda.clock(meeting.end, meeting.start)  # with its date if on another day
        start = words.current().formats.clock(meeting.start)
        when = f"{start}–{end} {self.zone_label()}".rstrip()
        question = (
            self.tr("Remove “%1” (%2) from the agenda?")
            .replace("%1", meeting.title)
            .replace("%2", when)
        )
        if self._ask(self.tr("Remove meeting"), question):
            self.schedule.remove_entry(meeting.entry_id)

    def end_meeting(self, meeting: Meeting) -> None:
        question = self.tr(
            "Is “%1” over? The room counts as free from now on, and conversions may run in it."
        ).replace("%1", meeting.title)
        if self._ask(self.tr("End meeting"), question):
            self.schedule.end_meeting(meeting, who=self._who())

    def _who(self) -> str | None:
        return self._operator().strip() or None

    def request_plan(self) -> None:
        parallel = self._parallel()
        if parallel is None:
            self.jobs.set_plan({})
            return
        self.schedule.request_plan(self.jobs.jobs, parallel)

    def _failed(self, why: str) -> None:
        self._say(self.tr("The meeting list was not changed: %1").replace("%1", why))

    def _ask(self, title: str, question: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        # No by default: Enter must not remove or end a meeting by accident.
        answer = QMessageBox.question(
            self.window, title, question, buttons, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, text: str, msecs: int = 15_000) -> None:
        self.window.statusBar().showMessage(text, msecs)
