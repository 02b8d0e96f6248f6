"""The room's schedule in the console: the queue held by a meeting (real engine, real
conversion), the agenda and countdown over a simulated day, the automatic pre-meeting
check, and `vcdesk queue run --profile` obeying the same schedule."""

from __future__ import annotations

import dataclasses
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from tests.cli import ROOT
from tests.fixtures.calendar import ics, noon_zone
from tests.fixtures.queue import recording, wait_for
from tests.test_schedule_feed import Feed
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.profile.load import load_profile
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule.calendar import ScheduleError
from vcdesk.core.schedule.feed import FeedStatus
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.qt.schedule import ScheduleController
from vcdesk.ui import jobs_model
from vcdesk.ui.app import settings_for
from vcdesk.ui.main_window import MainWindow
from vcdesk.ui.widgets.agenda import Agenda

WITA = ZoneInfo("Asia/Makassar")
DAY = "20261123"

CALENDAR = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//vcdesk tests//console//ID
BEGIN:VEVENT
UID:apel@example
DTSTAMP:20261101T000000Z
SUMMARY:Apel Pagi
DTSTART;TZID=Asia/Makassar:{DAY}T080000
DTEND;TZID=Asia/Makassar:{DAY}T090000
END:VEVENT
BEGIN:VEVENT
UID:rakor@example
DTSTAMP:20261101T000000Z
SUMMARY:Rapat Koordinasi
DTSTART;TZID=Asia/Makassar:{DAY}T100000
DTEND;TZID=Asia/Makassar:{DAY}T113000
END:VEVENT
BEGIN:VEVENT
UID:zoom@example
DTSTAMP:20261101T000000Z
SUMMARY:Zoom Bappeda Provinsi
DTSTART;TZID=Asia/Makassar:{DAY}T140000
DTEND;TZID=Asia/Makassar:{DAY}T150000
END:VEVENT
END:VCALENDAR
"""


def room_file(tmp_path: Path, ics: str | None = None, zone: str = "Asia/Makassar") -> Path:
    """A WITA room whose conversions stay in tmp_path and whose disk check fails at once."""
    path = tmp_path / "ruang.yaml"
    schedule = f"schedule:\n  ics: {ics}\n" if ics else ""
    path.write_text(
        "schema_version: 1\n"
        f"room:\n  name: Ruang Uji\n  timezone: {zone}\n"
        f"disk:\n  recordings_dir: {tmp_path / 'tidak-ada'}\n"
        f"conversion:\n  output_dir: {tmp_path / 'arsip'}\n  preset: remux\n" + schedule
    )
    return path


class Clock:
    """A simulated clock: the test moves it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, hhmm: str) -> None:
        hour, minute = map(int, hhmm.split(":"))
        self.now = datetime(2026, 11, 23, hour, minute, tzinfo=WITA)


def console_entry(data_dir: Path, profile_path: Path, start: datetime, minutes: int) -> int:
    """A meeting added as a console entry (another RoomSchedule on the same database, as a
    second console or the CLI would)."""
    schedule = RoomSchedule.from_profile(load_profile(profile_path), data_dir, profile_path)
    try:
        meeting = schedule.add_entry(start, start + timedelta(minutes=minutes), "Rapat Koordinasi")
    finally:
        schedule.close()
    assert meeting.entry_id is not None
    return meeting.entry_id


def window(qtbot, data_dir: Path, profile_path: Path, clock: Callable[[], datetime] | None = None):  # type: ignore[no-untyped-def]
    extra = {} if clock is None else {"clock": clock}
    win = MainWindow(
        settings_for(data_dir), data_dir, load_profile(profile_path), profile_path, **extra
    )
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_console_queue_waits_for_a_meeting_and_runs_without(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = room_file(tmp_path)
    start = datetime.now(WITA) - timedelta(minutes=5)
    entry = console_entry(tmp_path, path, start, 60)
    win = window(qtbot, tmp_path, path)
    qtbot.waitUntil(lambda: "Meeting mode: on" in win.meeting_label.text(), timeout=15_000)
    # Why, in the same words on the status bar and the Conversions page's button (which is
    # the operator's own switch, and stays up: the calendar, not the operator, holds it).
    said = "Meeting mode: on (a meeting in the calendar)"
    assert said in win.meeting_label.text() and win.conversions_page.meeting_button.text() == said
    assert not win.conversions_page.meeting_button.isChecked()
    agenda = win.checklist_page.agenda
    qtbot.waitUntil(lambda: agenda.countdown.text().startswith("In a meeting until"), timeout=5000)

    win.conversions_page.add_files([recording(tmp_path / "rapat pagi.mp4", seconds=1)])
    qtbot.waitUntil(lambda: win.conversions_page.model.rowCount() == 1, timeout=5000)
    qtbot.wait(2500)  # a few engine rounds: the job must not start during the meeting
    assert win.queue.engine is not None
    jobs = win.queue.engine.store.jobs()
    assert [job.state for job in jobs] == [JobState.QUEUED]
    assert not (tmp_path / "arsip" / "rapat pagi.mp4").exists()
    # The Conversions page says when it will run: when the meeting ends, in the room's zone.
    model = win.conversions_page.model
    end = (start + timedelta(minutes=60)).strftime("%H:%M")
    qtbot.waitUntil(
        lambda: model.index(0, jobs_model.EXPECTED).data().startswith(f"{end} → "), timeout=5000
    )
    assert model.index(0, jobs_model.EXPECTED).data().endswith(" WITA")
    assert model.headerData(jobs_model.EXPECTED, Qt.Orientation.Horizontal) == "Expected"

    # The meeting is taken off the schedule: meeting mode goes off and the job runs.
    assert win.schedule.schedule is not None
    win.schedule.schedule.remove_entry(entry)
    qtbot.waitUntil(
        lambda: any(title == "Conversion finished" for title, _ in win.tray.notices),
        timeout=30_000,
    )
    assert (tmp_path / "arsip" / "rapat pagi.mp4").exists()
    assert "Meeting mode: off" in win.meeting_label.text()
    qtbot.waitUntil(
        lambda: (
            agenda.countdown.text() == "No more meetings today"
            or agenda.countdown.text().startswith("Next meeting")
        ),
        timeout=5000,
    )


def test_queue_run_with_a_profile_obeys_the_room_schedule(tmp_path: Path) -> None:
    path = room_file(tmp_path)
    entry = console_entry(tmp_path, path, datetime.now(UTC) - timedelta(minutes=1), 30)
    source = recording(tmp_path / "rapat.mp4", seconds=1)
    base = [sys.executable, "-m", "vcdesk", "--data-dir", str(tmp_path), "queue"]
    added = subprocess.run(
        [*base, "add", str(source), "--profile", str(path)], cwd=ROOT, check=False
    )
    assert added.returncode == 0
    engine = subprocess.Popen(
        [*base, "run", "--until-empty", "--profile", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        store = JobStore(tmp_path / "vcdesk.sqlite3")
        wait_for(store.meeting_scheduled, timeout=20)
        time.sleep(2)
        assert [job.state for job in store.jobs()] == [JobState.QUEUED]
        store.close()
    finally:
        engine.send_signal(signal.SIGTERM)
        out, err = engine.communicate(timeout=30)
    assert "Meeting mode on: conversions are held." in out, out + err
    assert "started" not in out

    schedule = RoomSchedule.from_profile(load_profile(path), tmp_path, path)
    schedule.remove_entry(entry)
    schedule.close()
    again = subprocess.run(
        [*base, "run", "--until-empty", "--profile", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "#1 Done: " in again.stdout


def test_agenda_countdown_and_precheck_over_a_simulated_day(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ics = tmp_path / "jadwal.ics"
    ics.write_text(CALENDAR)
    profile_path = room_file(tmp_path, "jadwal.ics")  # beside the profile
    clock = Clock(datetime(2026, 11, 23, 8, 30, tzinfo=WITA))
    controller = ScheduleController(
        tmp_path, clock=clock, tick_ms=3_600_000, schedule_settings={"refresh_s": 0.2}
    )
    board = Agenda()
    qtbot.addWidget(board)
    controller.agendaChanged.connect(lambda m: board.show_meetings(m, "WITA"))
    controller.statusChanged.connect(lambda feed: board.show_status(feed, WITA))
    controller.countdown.connect(board.show_countdown)
    due: list[Meeting] = []
    controller.precheckDue.connect(due.append)

    with qtbot.waitSignal(controller.agendaChanged, timeout=10_000) as agenda:
        controller.set_room(load_profile(profile_path), profile_path)
    assert [m.title for m in agenda.args[0]] == [
        "Apel Pagi",
        "Rapat Koordinasi",
        "Zoom Bappeda Provinsi",
    ]
    qtbot.waitUntil(lambda: board.status.text().startswith("Calendar read "), timeout=5000)
    rows = [board.list.item(i).text() for i in range(board.list.count())]
    assert rows == [
        "Now: 08:00–09:00 WITA\nApel Pagi",
        "10:00–11:30 WITA   Rapat Koordinasi",
        "14:00–15:00 WITA   Zoom Bappeda Provinsi",
    ]
    assert not board.list.item(0).icon().isNull()  # marked with an icon and a word
    assert board.list.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab reaches the list
    assert board.countdown.text() == "In a meeting until 09:00 WITA"
    assert due == []  # Apel Pagi had begun when the console started: no check for it

    def at(hhmm: str) -> str:
        clock.at(hhmm)
        controller.tick()
        return board.countdown.text()

    assert at("09:00") == "Next meeting in 1 h: Rapat Koordinasi (10:00 WITA)"
    assert at("09:01") == "Next meeting in 59 min: Rapat Koordinasi (10:00 WITA)"
    assert at("09:29") == "Next meeting in 31 min: Rapat Koordinasi (10:00 WITA)"
    assert due == []
    at("09:30")
    assert [m.title for m in due] == ["Rapat Koordinasi"]  # precheck_min 30 before 10:00
    at("09:31")
    at("09:59")
    assert len(due) == 1  # once per meeting
    assert at("10:05") == "In a meeting until 11:30 WITA"
    assert board.list.item(1).text().startswith("Now: ")
    assert not board.list.item(0).text().startswith("Now: ")
    # The clock jumps past the next check's time (a sleeping PC): no late check.
    assert at("14:10") == "In a meeting until 15:00 WITA"
    assert len(due) == 1
    assert at("15:30") == "No more meetings today"

    # The feed breaks: the last good copy is kept, and the agenda says so (read again
    # every reload_s of the clock, the feed itself every refresh_s).
    ics.unlink()

    def minute_later() -> bool:
        clock.now += timedelta(minutes=1)
        controller.tick()
        return board.status.text().startswith("Calendar unavailable")

    qtbot.waitUntil(minute_later, timeout=10_000)
    assert "showing the copy from" in board.status.text()
    assert "(the file is missing)" in board.status.text()
    assert board.list.count() == 3
    controller.wait()


def test_the_checklist_runs_before_a_meeting_and_a_no_go_says_the_time_left(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = room_file(tmp_path)
    start = datetime.now(WITA).replace(second=0, microsecond=0) + timedelta(minutes=21)
    clock = Clock(start - timedelta(minutes=45))  # 45 min ahead: not due yet
    console_entry(tmp_path, path, start, 60)
    win = window(qtbot, tmp_path, path, clock)
    runs: list[object] = []
    win.checklist.started.connect(runs.append)
    agenda = win.checklist_page.agenda
    qtbot.waitUntil(
        lambda: agenda.countdown.text().startswith("Next meeting in 45 min"), timeout=10_000
    )
    assert runs == [] and win.tray.notices == []

    clock.now = start - timedelta(minutes=28)  # precheck_min is 30: due
    win.hide()  # nobody at the console: the tray tells
    win.schedule.tick()
    qtbot.waitUntil(lambda: bool(win.tray.notices), timeout=60_000)
    title, text = win.tray.notices[-1]
    assert title == "Checklist: NO-GO for Ruang Uji"
    assert text.startswith("Rapat Koordinasi starts in 28 min. Not ready: ")
    assert "Recording disk" in text
    assert "Rapat Koordinasi starts in 28 min." in win.checklist_page.banner.detail.text()
    assert win.checklist_page.banner.title.text() == "NO-GO"
    assert len(runs) == 1

    clock.now += timedelta(minutes=5)
    win.schedule.tick()
    qtbot.wait(200)
    assert len(runs) == 1  # once per meeting
    assert agenda.countdown.text().startswith("Next meeting in 23 min: Rapat Koordinasi")


def test_a_meeting_added_and_removed_in_the_console(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The agenda's Add meeting… dialog, answered by keyboard; the entry is stored (another
    reader of the database sees it) and held by the queue's gate; Remove takes it away."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from vcdesk.ui.widgets.meeting_dialog import MeetingDialog

    clock = Clock(datetime(2026, 11, 23, 9, 10, tzinfo=WITA))
    path = room_file(tmp_path)
    win = window(qtbot, tmp_path, path, clock)
    board = win.checklist_page.agenda
    qtbot.waitUntil(lambda: win.schedule.loaded, timeout=10_000)
    assert not board.remove_button.isEnabled()

    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MeetingDialog):
            seen.append(f"no dialog but {dialog!r}")
            return
        try:
            answer(dialog)
        except BaseException as exc:  # never leave the dialog open: the test would hang
            seen.append(repr(exc))
            dialog.reject()

    def answer(dialog: MeetingDialog) -> None:
        # Defaults: today, the next half hour, an hour long; OK waits for a title.
        assert dialog.times() == (datetime(2026, 11, 23, 9, 30), datetime(2026, 11, 23, 10, 30))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen.append(f"{ok.isEnabled()} {dialog.problem.text()}")
        qtbot.keyClicks(dialog.title, "Rapat Dadakan")
        seen.append(str(ok.isEnabled()))
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, fill)
    board.add_button.click()
    assert seen == ["False Give the meeting a title.", "True"]
    qtbot.waitUntil(lambda: any(m.title == "Rapat Dadakan" for m in win.schedule.today()))
    (added,) = [m for m in win.schedule.today() if m.title == "Rapat Dadakan"]
    assert (added.start.hour, added.start.minute, added.source) == (9, 30, "console")
    assert added.start.utcoffset() == timedelta(hours=8)  # the room's wall clock: WITA
    other = RoomSchedule.from_profile(load_profile(path), tmp_path, path)
    try:
        day = datetime(2026, 11, 23, tzinfo=WITA)
        assert [m.title for m in other.meetings(day, day + timedelta(days=1))] == ["Rapat Dadakan"]
    finally:
        other.close()

    row = next(i for i in range(board.list.count()) if "Rapat Dadakan" in board.list.item(i).text())
    board.list.setCurrentRow(row)
    assert board.remove_button.isEnabled()
    asked: list[str] = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            yes = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.YesRole)
            asked.append(yes.text())
            yes.click()

    QTimer.singleShot(200, confirm)
    board.remove_button.click()
    assert asked and "Rapat Dadakan" in asked[0], asked
    qtbot.waitUntil(lambda: "No meetings today" in board.list.item(0).text(), timeout=10_000)
    assert not win.schedule.today()


def test_a_slow_calendar_server_does_not_hold_up_the_queue(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The feed is read on the schedule's worker: the queue's engine starts at once (and
    holds conversions until the first read), while the server takes its time."""
    import http.server
    import threading

    answered = threading.Event()

    class Slow(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(3)
            body = CALENDAR.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            answered.set()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/ruang.ics"
        path = room_file(tmp_path, url)
        began = time.monotonic()
        win = window(qtbot, tmp_path, path, Clock(datetime(2026, 11, 23, 7, 0, tzinfo=WITA)))
        qtbot.waitUntil(lambda: win.queue.engine is not None, timeout=10_000)
        assert time.monotonic() - began < 2.5 and not answered.is_set()
        qtbot.waitUntil(lambda: len(win.schedule.today()) == 3, timeout=15_000)
        assert answered.is_set()
    finally:
        server.shutdown()
        server.server_close()


def test_ending_a_calendar_meeting_early_lets_the_queue_run(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The booking said until 11:30 but the meeting is over at 10:40: End now (asked once)
    frees the room, and the held conversion runs. Only the meeting on now can be ended."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    zone_name, zone = noon_zone()  # both meetings fall on the room's today
    now = datetime.now(zone).replace(second=0, microsecond=0)
    later, hour = now + timedelta(hours=3), timedelta(hours=1)
    events = [
        ("sidang@example", "Sidang Paripurna", now - timedelta(minutes=5), now + hour),
        ("evaluasi@example", "Evaluasi", later, later + hour),
    ]
    (tmp_path / "jadwal.ics").write_text(ics(events))
    path = room_file(tmp_path, "jadwal.ics", zone_name)
    win = window(qtbot, tmp_path, path)
    board = win.checklist_page.agenda
    qtbot.waitUntil(lambda: "Meeting mode: on" in win.meeting_label.text(), timeout=15_000)
    win.conversions_page.add_files([recording(tmp_path / "sidang.mp4", seconds=1)])
    qtbot.waitUntil(lambda: win.conversions_page.model.rowCount() == 1, timeout=5000)

    def row_of(title: str) -> int:
        return next(i for i in range(board.list.count()) if title in board.list.item(i).text())

    qtbot.waitUntil(lambda: board.list.count() >= 2 and "Now:" in board.list.item(
        row_of("Sidang")).text(), timeout=10_000)  # fmt: skip
    board.list.setCurrentRow(row_of("Evaluasi"))
    assert not board.end_button.isEnabled()  # not on now
    board.list.setCurrentRow(row_of("Sidang"))
    assert board.end_button.isEnabled() and not board.remove_button.isEnabled()
    qtbot.wait(1500)
    assert win.queue.engine is not None
    assert [job.state for job in win.queue.engine.store.jobs()] == [JobState.QUEUED]

    asked: list[str] = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.YesRole).click()

    QTimer.singleShot(200, confirm)
    board.end_button.click()
    assert asked and "Sidang Paripurna" in asked[0], asked
    qtbot.waitUntil(
        lambda: any(title == "Conversion finished" for title, _ in win.tray.notices),
        timeout=30_000,
    )
    assert "Meeting mode: off" in win.meeting_label.text()
    assert (tmp_path / "arsip" / "sidang.mp4").exists()
    qtbot.waitUntil(lambda: "Now:" not in board.list.item(row_of("Sidang")).text(), timeout=5000)
    assert not board.end_button.isEnabled()
    # Kept: a restart (another reader of the database) sees the meeting ended too.
    schedule = RoomSchedule.from_profile(load_profile(path), tmp_path, path)
    schedule.refresh()
    assert schedule.current_meeting(datetime.now(zone)) is None
    schedule.close()


def test_the_console_judges_the_ups_against_the_meeting_on_now(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, nut_ups
) -> None:
    """A real UPS (NUT dummy-ups) on battery with 30 min left, a meeting added in the
    console running for another two hours: the console's checklist fails the power check
    and names the meeting, in the room's zone."""
    nut_ups.set_status("OB DISCHRG", charge=90, runtime=1800)
    path = tmp_path / "ruang.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room:\n  name: Ruang Uji\n  timezone: Asia/Makassar\n"
        f"power:\n  source: nut\n  nut:\n    host: {nut_ups.host}\n    port: {nut_ups.port}\n"
        f"    ups: {nut_ups.ups}\n    timeout_s: 2\n"
        f"conversion:\n  output_dir: {tmp_path / 'arsip'}\n"
    )
    start = datetime.now(WITA) - timedelta(minutes=10)
    console_entry(tmp_path, path, start, 130)
    win = window(qtbot, tmp_path, path)
    qtbot.waitUntil(lambda: bool(win.schedule.today()), timeout=10_000)
    with qtbot.waitSignal(win.checklist.finished, timeout=30_000) as finished:
        win.checklist_page.run_checklist(["power"])
    (result,) = finished.args[0].results
    assert (result.status.value, result.code) == ("fail", "power.ups_runtime_low"), result.message
    assert result.details["meeting_title"] == "Rapat Koordinasi"
    assert result.details["meeting_zone"] == "WITA"
    assert 125 <= result.details["needed_min"] <= 131


def test_the_agenda_says_in_indonesian_which_events_could_not_be_read(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, indonesian
) -> None:
    # The booking system's export on a real HTTP server on loopback: three good meetings
    # and two events it wrote badly (no start time; a time zone that does not exist).
    broken = (
        "BEGIN:VEVENT\nUID:rusak@contoh\nSUMMARY:Rapat Rusak\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:zona@contoh\nSUMMARY:Rapat Zona\n"
        f"DTSTART;TZID=Bulan/Tidak_Ada:{DAY}T130000\nEND:VEVENT\n"
    )
    served = Feed()
    served.body = CALENDAR.replace("END:VCALENDAR", broken + "END:VCALENDAR").encode()
    try:
        profile_path = room_file(tmp_path, served.url)
        clock = Clock(datetime(2026, 11, 23, 8, 30, tzinfo=WITA))
        controller = ScheduleController(tmp_path, clock=clock, tick_ms=3_600_000)
        board = Agenda()
        qtbot.addWidget(board)
        board.show()
        controller.agendaChanged.connect(lambda m: board.show_meetings(m, "WITA"))
        controller.statusChanged.connect(lambda feed: board.show_status(feed, WITA))
        controller.set_room(load_profile(profile_path), profile_path)
        qtbot.waitUntil(board.warnings.isVisible, timeout=10_000)
        assert board.list.count() == 3  # the good meetings are all there
        notice, tip = board.warnings.text(), board.warnings.toolTip()
        assert notice.startswith(
            "⚠ 2 acara tidak dapat dibaca sehingga tidak ditampilkan: Acara “Rapat Rusak” "
            "(rusak@contoh) dilewati: acara ini tidak memiliki waktu mulai (+1)"
        ), notice
        assert tip.splitlines() == [
            "• Acara “Rapat Rusak” (rusak@contoh) dilewati: acara ini tidak memiliki waktu mulai",
            "• Acara “Rapat Zona” (zona@contoh) dilewati: zona waktunya, Bulan/Tidak_Ada, "
            "tidak dikenal",
        ]
        english = ("event", "left out", "could not", "start", "time zone", "unknown", "read")
        for text in (notice, tip, board.status.text()):
            assert not any(word in text.lower() for word in english), text
        controller.wait()
    finally:
        served.stop()


def test_the_agenda_shows_no_notice_for_a_clean_calendar(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    board = Agenda()
    qtbot.addWidget(board)
    board.show()
    status = FeedStatus("jadwal.ics", "fresh", datetime(2026, 11, 23, tzinfo=UTC))
    board.show_status(status, WITA)
    assert not board.warnings.isVisible() and board.warnings.text() == ""
    warned = dataclasses.replace(
        status,
        skipped=1,
        warnings=(ScheduleError("skipped", case="no_start", uid="a@b", summary="Rapat"),),
    )
    board.show_status(warned, WITA)
    assert board.warnings.isVisible()
    assert board.warnings.text() == (
        "⚠ 1 event(s) could not be read and are left out: "
        "The event “Rapat” (a@b) was left out: it has no start time"
    )
    board.show_status(status, WITA)
    assert not board.warnings.isVisible()


def test_the_console_archives_a_meeting_s_recording_under_the_meeting(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "rekaman"
    folder.mkdir()
    path = tmp_path / "ruang.yaml"
    path.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Uji\n  timezone: Asia/Makassar\n"
        f"disk:\n  recordings_dir: {folder}\n"
        f"conversion:\n  output_dir: {tmp_path / 'arsip'}\n  preset: remux\n"
    )
    start = (datetime.now(WITA) - timedelta(minutes=40)).replace(second=0, microsecond=0)
    store = MeetingStore(tmp_path / "vcdesk.sqlite3")
    meeting = store.add("Ruang Uji", "Rapat Koordinasi", start, start + timedelta(minutes=30))
    store.close()
    win = window(qtbot, tmp_path, path)
    # Written just now, 10 minutes after the meeting's end: within attach_after_min (30).
    win.conversions_page.add_files([recording(folder / "zoom_0.mp4", seconds=1)])
    qtbot.waitUntil(
        lambda: any(title == "Conversion finished" for title, _ in win.tray.notices),
        timeout=30_000,
    )
    month = tmp_path / "arsip" / "archive" / f"{start:%Y}" / f"{start:%m}"
    name = f"{start:%Y-%m-%d %H%M} Rapat Koordinasi.mp4"
    assert sorted(p.name for p in month.iterdir()) == [name, f"{name}.json"]
    sidecar = json.loads((month / f"{name}.json").read_text(encoding="utf-8"))
    assert sidecar["meeting"]["id"] == meeting.id and len(sidecar["output"]["sha256"]) == 64
