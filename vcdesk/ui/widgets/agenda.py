"""Today's meetings in the room's time zone, a countdown to the next one, and whether the
booking calendar could be read. Fed by vcdesk.qt.schedule.ScheduleController; it only
shows what it is given (no clock, no file)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from vcdesk.core import words
from vcdesk.core.checks.result import Status
from vcdesk.core.meetings.licences import Flag
from vcdesk.core.schedule.feed import FeedStatus
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.zones import zone_label
from vcdesk.core.words.meetings import flag_text
from vcdesk.core.words.schedule import error_text, feed_problem
from vcdesk.qt.schedule import Countdown
from vcdesk.ui import status


def duration(left: timedelta) -> str:
    """ "1 jam 5 mnt", "28 mnt" ("1 h 5 min", "28 min"): whole minutes, rounded up (a
    meeting in 30 s is in 1 min), written as the UI language writes a duration."""
    minutes = max(1, math.ceil(left.total_seconds() / 60))
    return words.current().formats.duration(minutes * 60)


def starts_in(meeting: Meeting, now: datetime) -> str:
    """ "Rapat Koordinasi starts in 28 min" (or "has started", once it has)."""
    if now >= meeting.start:
        return QCoreApplication.translate("Agenda", "%1 has started").replace("%1", meeting.title)
    return (
        QCoreApplication.translate("Agenda", "%1 starts in %2")
        .replace("%1", meeting.title)
        .replace("%2", duration(meeting.start - now))
    )


def countdown_text(state: Countdown) -> str:
    if state.current is not None:
        until = state.current.end
        return (
            QCoreApplication.translate("Agenda", "In a meeting until %1 %2")
            .replace("%1", clock(until, state.now))
            .replace("%2", state.zone)
        )
    meeting = state.next
    if meeting is None or meeting.start.date() != state.now.date():
        return QCoreApplication.translate("Agenda", "No more meetings today")
    return (
        QCoreApplication.translate("Agenda", "Next meeting in %1: %2 (%3 %4)")
        .replace("%1", duration(meeting.start - state.now))
        .replace("%2", meeting.title)
        .replace("%3", words.current().formats.clock(meeting.start))
        .replace("%4", state.zone)
    )


def clock(moment: datetime, now: datetime) -> str:
    """ "15:04"; with the day and month when it is not `now`'s day ("24 Des 15:04")."""
    formats = words.current().formats
    if moment.date() == now.date():
        return formats.clock(moment)
    return f"{formats.day(moment.date())} {formats.clock(moment)}"


def read_at(moment: datetime, zone: tzinfo | None) -> str:
    """When the calendar was read, on the room's clock and named: "15:04 WITA"."""
    local = moment.astimezone(zone or UTC)
    label = zone_label(zone, local) if isinstance(zone, ZoneInfo) else local.tzname() or ""
    return words.current().formats.clock(local, label)


def status_text(feed: FeedStatus | None, zone: tzinfo | None = None) -> str:
    """One line on the booking calendar: read when, or why not and what is shown instead."""
    if feed is None:
        return ""
    if feed.state == "none":
        return QCoreApplication.translate(
            "Agenda", "No booking calendar in this room profile: meetings added here only."
        )
    when = "" if feed.read_at is None else read_at(feed.read_at, zone)
    if feed.state == "fresh":
        text = QCoreApplication.translate("Agenda", "Calendar read %1").replace("%1", when)
    elif feed.state == "cached":
        text = QCoreApplication.translate(
            "Agenda", "Calendar unavailable: showing the copy from %1"
        ).replace("%1", when)
    else:
        text = QCoreApplication.translate(
            "Agenda", "Calendar unavailable, and no copy was kept: meetings added here only"
        )
    if feed.state != "fresh" and feed.problem_code:
        text += " (" + problem_text(feed.problem_code) + ")"
    return text


LISTED_WARNINGS = 20  # in the notice's tooltip; `vcdesk schedule show --json` has them all


def warnings_text(feed: FeedStatus | None) -> tuple[str, str]:
    """The notice on what the calendar's reading left out (events that could not be read,
    repeats cut short), and its tooltip listing them, one a line; ("", "") when none."""
    if feed is None or not feed.warnings:
        return "", ""
    ordered = sorted(feed.warnings, key=lambda w: w.code != "skipped")
    lines = [" ".join(error_text(w).split()) for w in ordered]
    skipped = max(feed.skipped, sum(w.code == "skipped" for w in feed.warnings))
    text = lines[0] if len(lines) == 1 else f"{lines[0]} (+{len(lines) - 1})"
    if skipped:
        head = QCoreApplication.translate(
            "Agenda", "%1 event(s) could not be read and are left out"
        ).replace("%1", str(skipped))
        text = f"{head}: {text}"
    tip = "\n".join(f"• {line}" for line in lines[:LISTED_WARNINGS])
    if len(lines) > LISTED_WARNINGS:
        tip += "\n…"
    return "⚠ " + text, tip


def problem_text(code: str) -> str:
    words = {
        "not_found": QCoreApplication.translate("Agenda", "the file is missing"),
        "unreadable": QCoreApplication.translate("Agenda", "the file cannot be read"),
        "http": QCoreApplication.translate("Agenda", "the server refused"),
        "timeout": QCoreApplication.translate("Agenda", "no answer from the server"),
        "unreachable": QCoreApplication.translate("Agenda", "the server cannot be reached"),
        "too_large": QCoreApplication.translate("Agenda", "the file is too large"),
    }
    return words.get(code, QCoreApplication.translate("Agenda", "not a calendar file"))


class Agenda(QGroupBox):
    """Today's meetings (Tab reaches the list; the arrow keys go through it), and the
    meetings added in the console: Add, and Remove for those (the feed's are the booking
    system's to change). End now: the meeting on now is over before its booked end."""

    addRequested = Signal()
    removeRequested = Signal(object)  # the console-added Meeting
    endRequested = Signal(object)  # the Meeting on now

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("Agenda", "Today's meetings"))
        self.setObjectName("agenda")
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        font = self.countdown.font()
        font.setBold(True)
        self.countdown.setFont(font)
        self.countdown.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A long title is cut with "…" (its tooltip has it whole), never scrolled sideways:
        # a sideways scroll bar would hide the last row.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(QCoreApplication.translate("Agenda", "Today's meetings"))
        self.status = QLabel()
        self.status.setObjectName("calendarStatus")
        self.status.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("calendarWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.hide()
        self.add_button = QPushButton(QCoreApplication.translate("Agenda", "&Add meeting…"))
        self.add_button.clicked.connect(self.addRequested)
        self.remove_button = QPushButton(QCoreApplication.translate("Agenda", "Remo&ve"))
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "Agenda", "Remove a meeting added here (calendar meetings change at the source)"
            )
        )
        self.remove_button.clicked.connect(self._remove)
        self.end_button = QPushButton(QCoreApplication.translate("Agenda", "&End now"))
        self.end_button.setToolTip(
            QCoreApplication.translate(
                "Agenda", "The meeting on now is over: conversions may use the room again"
            )
        )
        self.end_button.clicked.connect(self._end)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.countdown)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        self._meetings: list[Meeting] = []
        self._zone = ""
        self._current: Meeting | None = None
        self._flags: Mapping[Meeting, Sequence[Flag]] = {}
        self.show_meetings([], "")

    def show_meetings(self, meetings: list[Meeting], zone: str) -> None:
        previous = self.selected()  # looked up in the old list, kept if still there
        self._meetings, self._zone = list(meetings), zone
        self._fill(previous)

    def show_countdown(self, state: Countdown | None) -> None:
        if state is None:
            self.countdown.setText(QCoreApplication.translate("Agenda", "No room chosen"))
            return
        self.countdown.setText(countdown_text(state))
        if state.zone != self._zone or state.current != self._current:
            self._zone, self._current = state.zone, state.current
            self._fill(self.selected())

    def show_flags(self, flags: Mapping[Meeting, Sequence[Flag]]) -> None:
        """The meetings flagged for their licence (too small, host accounts all taken)."""
        self._flags = flags
        self._fill(self.selected())

    def show_status(self, feed: FeedStatus | None, zone: tzinfo | None = None) -> None:
        self.status.setText(status_text(feed, zone))
        problem = feed_problem(feed) if feed is not None and feed.state != "fresh" else None
        self.status.setToolTip(problem or (feed.source or "") if feed is not None else "")
        bad = feed is not None and feed.state in ("cached", "unavailable")
        warn = status.text_colour(Status.WARN, self.palette(), QPalette.ColorRole.Window)
        self.status.setStyleSheet(f"color: {warn.name()};" if bad else "")
        notice, tip = warnings_text(feed)
        self.warnings.setText(notice)
        self.warnings.setToolTip(tip)
        self.warnings.setAccessibleDescription(tip)
        self.warnings.setStyleSheet(f"color: {warn.name()};")
        self.warnings.setVisible(bool(notice))

    def selected(self) -> Meeting | None:
        item = self.list.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(index, int) and 0 <= index < len(self._meetings):
            return self._meetings[index]
        return None

    def _enable(self) -> None:
        chosen = self.selected()
        self.remove_button.setEnabled(chosen is not None and chosen.source == "console")
        self.end_button.setEnabled(chosen is not None and chosen == self._current)

    def _end(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen == self._current:
            self.endRequested.emit(chosen)

    def _remove(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.source == "console":
            self.removeRequested.emit(chosen)

    def _fill(self, previous: Meeting | None = None) -> None:
        self.list.clear()
        if not self._meetings:
            item = QListWidgetItem(
                QCoreApplication.translate("Agenda", "No meetings today"), self.list
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for index, m in enumerate(self._meetings):
            if m.all_day:
                when = QCoreApplication.translate("Agenda", "All day")
            else:
                start = words.current().formats.clock(m.start)
                when = f"{start}–{clock(m.end, m.start)} {self._zone}".rstrip()
            text = f"{when}   {m.title}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, index)
            if m == previous:
                self.list.setCurrentItem(item)
            if m == self._current:
                # On two lines: the word "Now" must not push the title out of sight.
                now = QCoreApplication.translate("Agenda", "Now:")
                item.setText(f"{now} {when}\n{m.title}")
                item.setIcon(status.icon(status.RUNNING, 16))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(text)
            flags = self._flags.get(m)
            if flags:  # its licence is too small, or its host accounts are all taken then
                item.setText(f"⚠ {item.text()}")
                if m != self._current:
                    item.setIcon(status.icon(Status.WARN, 16))
                sentences = "\n".join(f"⚠ {flag_text(f.code, f.params)}" for f in flags)
                item.setToolTip(f"{text}\n{sentences}")
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, sentences)
        shown = range(min(self.list.count(), 6))  # more scroll
        rows = sum(max(self.list.sizeHintForRow(i), 18) for i in shown)
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 2)
        self._enable()
