"""The Checklist and History pages against the real runner, real checks and the real
database (the system checks here; device checks have their own page tests)."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.cli import ROOT
from vcdesk.core.checks.result import Status
from vcdesk.core.history import list_runs
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.storage import connect
from vcdesk.ui import report
from vcdesk.ui.app import build_window
from vcdesk.ui.main_window import MainWindow

SYSTEM = ["cpu", "memory", "disk"]


def profile_file(tmp_path: Path, cpu_max: int = 100, min_free_gb: float = 0.001) -> Path:
    path = tmp_path / "room.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room: {name: Ruang Uji, operator: Tim TI}\n"
        f"cpu: {{max_percent: {cpu_max}, sample_seconds: 0.3}}\n"
        "memory: {min_free_mb: 1}\n"
        f"disk: {{recordings_dir: '{tmp_path}', min_free_gb: {min_free_gb}}}\n"
        "checklist:\n  - Kabel HDMI terpasang\n  - Lampu ruangan menyala\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def window(qtbot, data_dir: Path, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(data_dir=data_dir, console_profile=str(profile_file(tmp_path)))
    win = build_window(args, QApplication.instance())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.checklist.cancel()
    win.checklist.wait(10)
    win.tasks.wait(5000)


def run_and_wait(qtbot, win: MainWindow, only: list[str] | None = SYSTEM):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.checklist.finished, timeout=30_000) as blocker:
        win.checklist_page.run_checklist(only)
    return blocker.args[0]


def test_rows_go_waiting_running_result_and_the_banner_says_go(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.checklist_page
    assert page.banner.title.text() == "Not checked yet"
    seen: list[str] = []
    window.checklist.started.connect(lambda ids: seen.append(page.results.state_of(ids[0])))
    page.sop.item(0).setCheckState(Qt.CheckState.Checked)
    record = run_and_wait(qtbot, window)
    assert seen == ["Checking…"]
    assert [r.id for r in record.results] == SYSTEM
    assert all(page.results.state_of(i) == "Pass" for i in SYSTEM)
    assert page.banner.title.text() == "GO"
    assert page.banner.state == Status.PASS
    assert page.save_button.isEnabled()
    # Stored, with the operator and the SOP item ticked before the run.
    conn = connect(database_path(window.data_dir))
    [stored] = list_runs(conn)
    conn.close()
    assert stored.room == "Ruang Uji" and stored.operator == "Tim TI"
    assert stored.sop_ticked == ("Kabel HDMI terpasang",)
    # Choosing the room again (saving its profile does) must not wipe that run's ticks.
    page.set_profile(window.profile, window.profile_path)
    window.tasks.wait(5000)
    conn = connect(database_path(window.data_dir))
    [again] = list_runs(conn)
    conn.close()
    assert again.sop_ticked == ("Kabel HDMI terpasang",)


def test_a_failed_check_gives_no_go_with_the_reason(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(
        data_dir=data_dir, console_profile=str(profile_file(tmp_path, min_free_gb=900_000))
    )
    win = build_window(args, QApplication.instance())
    qtbot.addWidget(win)
    failed: list[str] = []
    win.checklist_page.checklistFailed.connect(failed.append)
    record = run_and_wait(qtbot, win)
    assert record.overall is Status.FAIL
    assert win.checklist_page.banner.title.text() == "NO-GO"
    assert win.checklist_page.results.state_of("disk") == "Fail"
    assert failed == ["Ruang Uji"]
    row = [r.id for r in record.results].index("disk")
    assert "900000" in win.checklist_page.results.item(row, 3).text().replace(",", "")


def test_f5_runs_and_escape_cancels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.checklist_page
    page.setFocus()
    with qtbot.waitSignal(window.checklist.started, timeout=5000):
        qtbot.keyClick(page, Qt.Key.Key_F5)
    with qtbot.waitSignal(window.checklist.finished, timeout=30_000):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.run_button.isEnabled()


def test_report_pdf_and_csv(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    record = run_and_wait(qtbot, window)
    for name in ("laporan.pdf", "laporan.csv"):
        with qtbot.waitCallback(timeout=10_000) as done:
            report.save(window, record, tmp_path / name, window.tasks, done)
        assert done.args == [None]
        # Saved: said with the path, and Open beside Close (the box does not block).
        box = window.findChild(QMessageBox, "reportSaved")
        assert box is not None and str(tmp_path / name) in box.text()
        opened: list[str] = []
        monkeypatch.setattr(
            "vcdesk.ui.report.QDesktopServices.openUrl",
            lambda url, opened=opened: opened.append(url.toLocalFile()),
        )
        next(b for b in box.buttons() if b.text() == "Open").click()
        assert opened == [str(tmp_path / name)]
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "reportSaved") is None, timeout=5000)
    pdf = (tmp_path / "laporan.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 1000
    rows = list(csv.DictReader(io.StringIO((tmp_path / "laporan.csv").read_text("utf-8"))))
    assert [r["check"] for r in rows] == SYSTEM
    assert {r["status"] for r in rows} == {"pass"}


def test_history_lists_filters_and_shows_a_run(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    run_and_wait(qtbot, window)
    run_and_wait(qtbot, window, ["cpu"])
    history = window.history_page
    with qtbot.waitSignal(history.loaded, timeout=5000):
        window.sidebar.setCurrentRow(window.pages.indexOf(history))
    assert history.runs.rowCount() == 2
    history.runs.selectRow(1)
    assert history.results.rowCount() == 3
    assert "Kabel HDMI" not in history.sop.text()
    with qtbot.waitSignal(history.loaded, timeout=5000):
        history.since.setDate(history.since.date().addYears(5))
    assert history.runs.rowCount() == 0 and history.empty.isVisible()


def test_a_broken_database_is_said_not_crashed(qtbot, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True, exist_ok=True)
    database_path(data_dir).write_bytes(b"this is not a database" * 100)
    args = argparse.Namespace(
        data_dir=data_dir, console_profile=str(ROOT / "profiles" / "example.yaml")
    )
    win = build_window(args, QApplication.instance())
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.checklist.saveFailed, timeout=30_000):
        win.checklist_page.run_checklist(["memory"])
    win.checklist.wait(10)


def test_live_graphs_sample_while_shown_and_stop_when_hidden(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.checklist_page
    page.monitor.interval_s = 0.1
    page.monitor.stop()
    page.monitor.start()
    qtbot.waitUntil(lambda: len(page.cpu_graph.values) >= 2, timeout=5000)
    assert 0 <= page.cpu_graph.values[-1] <= 100
    assert page.cpu_graph.limit == 100  # the room's cpu.max_percent
    window.sidebar.setCurrentRow(3)
    assert not page.monitor.running
    count = len(page.cpu_graph.values)
    qtbot.wait(400)
    assert len(page.cpu_graph.values) == count


def test_the_verdict_and_history_tell_the_rooms_time_whatever_the_pcs_zone(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    """The PC set to UTC, the room in WITA: the banner and the History page say WITA time."""
    import time
    from datetime import UTC
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        path = profile_file(tmp_path)
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                "room: {name: Ruang Uji,", "room: {name: Ruang Uji, timezone: Asia/Makassar,"
            ),
            encoding="utf-8",
        )
        args = argparse.Namespace(data_dir=data_dir, console_profile=str(path))
        win = build_window(args, QApplication.instance())
        qtbot.addWidget(win)
        win.show()
        record = run_and_wait(qtbot, win, ["memory"])
        assert record.finished.utcoffset() == UTC.utcoffset(None)  # the PC's own clock
        wita = record.finished.astimezone(ZoneInfo("Asia/Makassar"))
        assert f"{wita:%H:%M} WITA" in win.checklist_page.banner.detail.text()
        history = win.history_page
        history.refresh()
        qtbot.waitUntil(lambda: history.runs.rowCount() >= 1, timeout=10_000)
        started = record.started.astimezone(ZoneInfo("Asia/Makassar"))
        months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
        month = months[4 * started.month - 4 :][:3]
        assert history.runs.item(0, 0).text() == (
            f"{started.day} {month} {started.year} {started:%H:%M} WITA"
        )
        win.checklist.wait(10)
        win.tasks.wait(5000)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_sop_lists_the_meeting_kinds_items_after_the_rooms(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The room-wide items while no meeting's kind is known; a webinar's own items after
    them once it is; ticks kept by the item's text, and stored with the run."""
    path = profile_file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8")
        + "meetings:\n  sop:\n    webinar: [Peserta dibisukan saat masuk, Lampu ruangan menyala]\n",
        encoding="utf-8",
    )
    profile = load_profile(path)
    page = window.checklist_page
    page.set_profile(profile, path)
    assert page.sop_kind is None

    def shown() -> list[str]:
        return [page.sop.item(i).text() for i in range(page.sop.count())]

    assert shown() == ["Kabel HDMI terpasang", "Lampu ruangan menyala"]
    page.sop.item(0).setCheckState(Qt.CheckState.Checked)
    page.set_sop_kind("webinar")
    # An item in both lists is shown once, where the room's list has it.
    assert shown() == [
        "Kabel HDMI terpasang",
        "Lampu ruangan menyala",
        "Peserta dibisukan saat masuk",
    ]
    assert page.sop_ticked() == ["Kabel HDMI terpasang"]
    page.sop.item(2).setCheckState(Qt.CheckState.Checked)
    record = run_and_wait(qtbot, window, ["cpu"])
    assert record.sop_ticked == ("Kabel HDMI terpasang", "Peserta dibisukan saat masuk")
    page.set_sop_kind("layanan")  # a kind with no items of its own
    assert shown() == ["Kabel HDMI terpasang", "Lampu ruangan menyala"]
    assert page.sop_ticked() == ["Kabel HDMI terpasang"]
    window.tasks.wait(5000)
