"""The console on a real room screen: a 1366x768 PC maximised above its taskbar, a
1920x1080 one at 150 % (1280x693 logical pixels), and the smallest window a 1366x768 screen
at 125 % leaves (about 1090x580), in Bahasa Indonesia and English.

After a run of every check against a room whose devices are all missing (long, real
failure messages), each row's cells lie wholly inside the results table's visible area:
name, status, measured, required and the start of what to do, without scrolling."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.fixtures.language import language as ui_language
from tests.screenshots import virtual_screen
from vcdesk.core.checks.result import Status
from vcdesk.core.checks.runner import CHECK_IDS
from vcdesk.ui.app import build_window
from vcdesk.ui.main_window import MainWindow
from vcdesk.ui.results_table import ResultsTable

SMALLEST = (1090, 580)  # 1366x768 at 125 %, above a 40 px taskbar


def room_with_nothing(tmp_path: Path) -> Path:
    """Every check fails or says why it cannot run, with the longest messages it has."""
    path = tmp_path / "ruang.yaml"
    missing = tmp_path / "folder rekaman yang sudah dipindahkan ke server arsip"
    path.write_text(
        "schema_version: 1\n"
        "room: {name: Ruang Rapat Utama Gubernur, operator: Tim TI, timezone: Asia/Makassar}\n"
        f"camera: {{source: '{tmp_path}/kamera-ruang-rapat-utama.mp4', open_timeout_s: 2}}\n"
        "microphone: {device: 'Mikrofon Konferensi USB Ruang Utama', record_seconds: 0.5}\n"
        "cpu: {sample_seconds: 0.3}\n"
        "memory: {min_free_mb: 1}\n"
        f"disk: {{recordings_dir: '{missing}'}}\n"
        "power: {source: nut, nut: {host: 127.0.0.1, port: 9, ups: ruang-utama, timeout_s: 1}}\n"
        "network: {speedtest_url: 'http://127.0.0.1:9/backend/', hosts: ['127.0.0.1:9'],"
        " test_seconds: 1}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(params=["id", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with ui_language(qapp, request.param):
        yield request.param


def console(qtbot, data: Path, profile: Path | None) -> MainWindow:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(data_dir=data, console_profile=str(profile) if profile else None)
    window = build_window(args, QApplication.instance())
    qtbot.addWidget(window)
    window.show()
    return window


def fully_inside(table: ResultsTable, row: int, column: int) -> bool:
    cell = table.visualRect(table.model().index(row, column))
    return table.viewport().rect().contains(cell, proper=False) and not cell.isEmpty()


@pytest.mark.parametrize("size", [(1366, 728), (1280, 693)], ids=["1366x728", "1920x1080@150"])
def test_every_result_is_in_view_after_a_run_of_long_failures(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, language: str, size: tuple[int, int]
) -> None:
    window = console(qtbot, tmp_path / "data", room_with_nothing(tmp_path))
    window.resize(*size)
    page = window.checklist_page
    widths = [page.results.columnWidth(c) for c in range(ResultsTable.COLUMNS)]
    with qtbot.waitSignal(window.checklist.finished, timeout=60_000) as finished:
        page.run_checklist()
    record = finished.args[0]
    assert record.overall is Status.FAIL
    qtbot.wait(50)  # one layout pass
    table = page.results
    assert table.rowCount() == len(CHECK_IDS)
    assert table.verticalScrollBar().maximum() == 0  # nothing to scroll to
    for row in range(table.rowCount()):
        for column in range(ResultsTable.COLUMNS):
            assert fully_inside(table, row, column), (row, column, table.item(row, column).text())
    # Each message starts in view and is whole in the details pane when selected.
    longest = max(range(table.rowCount()), key=lambda r: len(table.item(r, 4).text()))
    table.setCurrentCell(longest, 0)
    assert table.item(longest, 4).text() in page.details.text().replace("&quot;", '"')
    # Column widths stayed where they were before the run.
    assert [table.columnWidth(c) for c in range(ResultsTable.COLUMNS - 1)] == widths[:-1]
    window.checklist.wait(10)
    window.tasks.wait(5000)


def test_the_smallest_window_fits_a_1366x768_screen_at_125_percent(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, language: str
) -> None:
    window = console(qtbot, tmp_path / "data", room_with_nothing(tmp_path))
    for page in range(window.pages.count()):
        window.sidebar.setCurrentRow(page)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALLEST[0] and hint.height() <= SMALLEST[1], (page, hint)
    window.sidebar.setCurrentRow(0)
    window.resize(*SMALLEST)
    qtbot.wait(10)
    # "Save report…" and the run button are on screen at the smallest size.
    page = window.checklist_page
    for button in (page.run_button, page.save_button, page.cancel_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert QRect(0, 0, *SMALLEST).contains(corner), (button.text(), corner, window.size())


def test_the_first_start_fits_a_1366x768_screen(tmp_path: Path) -> None:
    """No saved size yet: the window opens no taller or wider than the screen leaves, title
    bar included. A real X screen of 1366x728 stands for a 1366x768 one above its taskbar
    (Xvfb has no taskbar; the offscreen platform's screen is 800x800)."""
    with virtual_screen(1366, 728) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        console = subprocess.Popen(
            [sys.executable, "-m", "vcdesk", "--data-dir", str(tmp_path / "data")],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            found = subprocess.run(
                ["xdotool", "search", "--sync", "--name", "vcdesk"],
                env=env, capture_output=True, text=True, timeout=60, check=True,
            ).stdout.split()  # fmt: skip
            shape = subprocess.run(
                ["xdotool", "getwindowgeometry", "--shell", found[0]],
                env=env, capture_output=True, text=True, timeout=30, check=True,
            ).stdout  # fmt: skip
        finally:
            console.kill()
            console.communicate(timeout=30)
    size = dict(line.split("=") for line in shape.split())
    assert int(size["WIDTH"]) <= 1280 and int(size["HEIGHT"]) <= 728 - 32, size
