"""One clock: every time the console and its report show is the ROOM's, named WIB, WITA or
WIT, whatever zone the PC is set to; and every date, duration and size is written the UI
language's way (words.Formats).

The real console runs in a process set to UTC for a room in Makassar (WITA, UTC+8), with a
meeting on now in the room's calendar, a recording held in the queue for it, and a real
checklist run: the banner, the agenda, the History page, the queue's plan, the tray's
tooltip and the report all say the WITA time, and the UTC reading is nowhere."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.calendar import ics
from tests.fixtures.queue import recording
from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.history import RunRecord, store
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.qt.schedule import Countdown
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import jobs_model, report
from vcdesk.ui.app import settings_for
from vcdesk.ui.main_window import MainWindow
from vcdesk.ui.pages.history import HistoryPage
from vcdesk.ui.widgets.agenda import Agenda

WITA = ZoneInfo("Asia/Makassar")
CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")  # 14:05, not 2026-12-03T14:05:00


@pytest.fixture
def pc_in_utc() -> Iterator[None]:
    """The process's own zone is UTC for the test (datetime.now().astimezone(), the
    checklist's timestamps), and back to what it was afterwards."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "UTC")
        time.tzset()
        yield
    time.tzset()


def wita(moment: datetime) -> str:
    return f"{moment.astimezone(WITA):%H:%M}"


def utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%H:%M}"


def minutes(first: datetime, last: datetime) -> list[datetime]:
    """Every minute from `first` to `last`, both included."""
    first = first.replace(second=0, microsecond=0)
    return [
        first + timedelta(minutes=n) for n in range(int((last - first) / timedelta(minutes=1)) + 1)
    ]


def room_file(tmp_path: Path) -> Path:
    path = tmp_path / "ruang.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room:\n  name: Ruang Uji\n  timezone: Asia/Makassar\n"
        "cpu: {max_percent: 100, sample_seconds: 0.3}\n"
        "memory: {min_free_mb: 1}\n"
        f"disk: {{recordings_dir: '{tmp_path}', min_free_gb: 0.001}}\n"
        f"conversion:\n  output_dir: {tmp_path / 'arsip'}\n  preset: remux\n"
        "schedule:\n  ics: jadwal.ics\n",
        encoding="utf-8",
    )
    return path


def test_every_time_the_console_shows_is_the_rooms(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, pc_in_utc: None
) -> None:
    began = datetime.now(UTC)
    assert began.astimezone().utcoffset() == timedelta(0)  # the PC's clock reads UTC
    # A meeting on now, in the calendar in UTC (as booking systems often write it).
    start = began.replace(second=0, microsecond=0) - timedelta(minutes=5)
    end = start + timedelta(minutes=65)
    (tmp_path / "jadwal.ics").write_text(
        ics([("rakor@example", "Rapat Koordinasi", start, end)]), encoding="utf-8"
    )
    path = room_file(tmp_path)
    win = MainWindow(settings_for(tmp_path), tmp_path, load_profile(path), path)
    qtbot.addWidget(win)
    win.show()
    board = win.checklist_page.agenda
    qtbot.waitUntil(lambda: "Meeting mode: on" in win.meeting_label.text(), timeout=15_000)

    # A recording queued during the meeting waits for its end: the plan says when.
    win.conversions_page.add_files([recording(tmp_path / "rapat.mp4", seconds=1)])
    model = win.conversions_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)

    def expected(role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> str:
        return str(model.index(0, jobs_model.EXPECTED).data(role))

    qtbot.waitUntil(lambda: expected() not in ("None", "–"), timeout=10_000)

    with qtbot.waitSignal(win.checklist.finished, timeout=30_000) as finished:
        win.checklist_page.run_checklist(["cpu", "memory", "disk"])
    record: RunRecord = finished.args[0]
    assert record.started.utcoffset() == timedelta(0)  # stamped by the PC's own clock

    history = win.history_page
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        win.sidebar.setCurrentRow(win.pages.indexOf(history))
    qtbot.waitUntil(lambda: history.runs.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "In a meeting until" in win.tray.tooltip(), timeout=10_000)
    qtbot.waitUntil(lambda: board.status.text().startswith("Calendar read "), timeout=10_000)
    ended = datetime.now(UTC)

    # Each place, the WITA time with "WITA" beside it.
    banner = win.checklist_page.banner.detail.text()
    assert f"Checked at {wita(record.finished)} WITA." in banner
    rows = [board.list.item(i).text() for i in range(board.list.count())]
    [row] = [r for r in rows if "Rapat Koordinasi" in r]
    assert row.startswith(f"Now: {wita(start)}–") and f"{wita(end)} WITA" in row
    countdown = board.countdown.text()
    assert countdown.startswith("In a meeting until ") and countdown.endswith(f"{wita(end)} WITA")
    calendar = board.status.text()
    read = calendar.removeprefix("Calendar read ")
    assert read in {f"{wita(t)} WITA" for t in minutes(began, ended)}, calendar
    listed = history.runs.item(0, 0).text()
    assert listed.endswith(f"{wita(record.started)} WITA")
    started_day = record.started.astimezone(WITA)
    assert listed.startswith(f"{started_day.day} {started_day:%b} {started_day.year} ")
    plan = expected()
    assert plan.startswith(f"{wita(end)} → ") and plan.endswith(" WITA"), plan
    plan_tip = expected(Qt.ItemDataRole.ToolTipRole)
    assert wita(end) in plan_tip and "WITA" in plan_tip
    tooltip = win.tray.tooltip()
    assert f"{wita(end)} WITA" in tooltip and "Ruang Uji" in tooltip
    html = report.report_html(record)
    assert f"{wita(record.started)} WITA" in html
    assert "WIB" not in html and "UTC" not in html

    # And nowhere a time that is not the room's: every clock reading shown is a WITA one
    # of these moments, and none is the PC's UTC reading of them.
    shown = {
        "banner": banner,
        "agenda": "\n".join([*rows, countdown, calendar]),
        "history": listed,
        "plan": f"{plan}\n{plan_tip}",
        "tray": "\n".join([tooltip, *(f"{t}: {x}" for t, x in win.tray.notices)]),
        "report": html,
    }
    moments = [*minutes(began, ended), start, *minutes(end, end + timedelta(minutes=5))]
    allowed = {wita(m) for m in moments}
    for place, text in shown.items():
        for reading in CLOCK.findall(text):
            assert reading.zfill(5) in allowed, (place, reading, text)
        for m in moments:
            assert utc(m) not in text, (place, utc(m), text)
        assert "WIB" not in text and "UTC" not in text, (place, text)
    win.checklist.wait(10)
    win.tasks.wait(5000)


def test_in_indonesian_dates_durations_and_sizes_are_written_the_indonesian_way(  # type: ignore[no-untyped-def]
    indonesian: None, qtbot, tmp_path: Path, data_dir: Path, pc_in_utc: None
) -> None:
    # The agenda: durations in "jam" and "mnt", clocks on 24 hours, another day's date.
    board = Agenda()
    qtbot.addWidget(board)
    now = datetime(2026, 12, 3, 8, 55, tzinfo=WITA)
    rakor = Meeting(
        datetime(2026, 12, 3, 10, 0, tzinfo=WITA), datetime(2026, 12, 3, 11, 30, tzinfo=WITA),
        "Rapat Koordinasi",
    )  # fmt: skip
    late = Meeting(
        datetime(2026, 12, 3, 23, 0, tzinfo=WITA), datetime(2026, 12, 4, 0, 30, tzinfo=WITA),
        "Siaran Malam",
    )  # fmt: skip
    board.show_meetings([rakor, late], "WITA")
    board.show_countdown(Countdown(now, None, rakor, "WITA"))
    assert (
        board.countdown.text() == "Rapat berikutnya 1 jam 5 mnt lagi: Rapat Koordinasi (10:00 WITA)"
    )
    board.show_countdown(Countdown(now.replace(hour=9, minute=31), None, rakor, "WITA"))
    assert board.countdown.text() == "Rapat berikutnya 29 mnt lagi: Rapat Koordinasi (10:00 WITA)"
    rows = [board.list.item(i).text() for i in range(board.list.count())]
    assert rows == [
        "10:00–11:30 WITA   Rapat Koordinasi",
        "23:00–4 Des 00:30 WITA   Siaran Malam",
    ]

    # A run stored at 06:05 UTC, 14:05 in Makassar, on a Thursday: the History page and
    # the report write the date in Indonesian, the size with a decimal comma.
    started = datetime(2026, 12, 3, 6, 5, tzinfo=UTC)
    disk = CheckResult(
        "disk", Status.PASS, "disk.ok", 80.2, "GB",
        {"free_gb": 80.2, "min_free_gb": 20, "path": str(tmp_path), "hours": 44.6, "mbps": 4},
    )  # fmt: skip
    run = RunRecord(
        started, started + timedelta(seconds=5), "", "Ruang Uji", "Rina", Status.PASS, (disk,),
        {"room": {"name": "Ruang Uji", "timezone": "Asia/Makassar"}},
    )  # fmt: skip
    store(database_path(data_dir), run)
    tasks = TaskRunner()
    history = HistoryPage(database_path(data_dir), tasks)
    qtbot.addWidget(history)
    history.since.setDate(history.since.date().addYears(-10))  # 2026 is in the past one day
    history.until.setDate(history.until.date().addYears(10))
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        history.refresh()
    assert history.runs.item(0, 0).text() == "3 Des 2026 14:05 WITA"
    assert history.since.text().split()[1] in {
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    }  # fmt: skip
    html = report.report_html(run)
    assert "Kamis, 3 Des 2026, 14:05 WITA" in html
    assert "80,2 GB" in html and "80.2" not in html
    tasks.wait(5000)
