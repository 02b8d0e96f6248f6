"""The Conversions page on the real queue engine, the real ffmpeg and a throw-away database:
recordings made on the fly, rows followed through their states, ffmpeg's own process
status read to prove that pause and meeting mode really suspend it."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.fixtures.queue import FAST, decodes_cleanly, long_recording, recording
from vcdesk.core import words
from vcdesk.core.paths import database_path
from vcdesk.core.profile.model import Conversion
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.qt.queue import QueueController
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import jobs_model
from vcdesk.ui.pages.conversions import ConversionsPage

__all__ = ["long_recording"]  # fixtures used here


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[ConversionsPage]:
    tasks = TaskRunner()
    options = {**FAST, "low_priority": False, "output_dir": tmp_path / "out"}
    controller = QueueController(database_path(data_dir), engine_options=options)
    widget = ConversionsPage(controller, tasks)
    controller.setParent(widget)  # as in the main window: a parentless one dies mid-teardown
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    with qtbot.waitSignal(controller.runningChanged, timeout=10_000):
        controller.start()
    yield widget
    assert controller.shutdown(30)
    tasks.wait(5000)


def engine_of(page: ConversionsPage) -> Engine:
    engine = page._controller.engine
    assert engine is not None
    return engine


def job_named(page: ConversionsPage, name: str) -> Job | None:
    return next((j for j in page.model.jobs() if Path(j.input).name == name), None)


def state_shown(page: ConversionsPage, job_id: int) -> str:
    row = page.model.row_of(job_id)
    assert row is not None
    return str(page.model.index(row, jobs_model.STATE).data())


def wait_state(
    qtbot: QtBot, page: ConversionsPage, name: str, *states: JobState, timeout: int = 60_000
) -> Job:
    qtbot.waitUntil(
        lambda: (job := job_named(page, name)) is not None and job.state in states,
        timeout=timeout,
    )
    job = job_named(page, name)
    assert job is not None
    return job


def drop(page: ConversionsPage, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(
        QPointF(50, 50), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, dropped)
    assert dropped.isAccepted()


def running_with_progress(
    qtbot: QtBot, page: ConversionsPage, name: str
) -> tuple[Job, psutil.Process]:
    job = wait_state(qtbot, page, name, JobState.RUNNING)
    qtbot.waitUntil(lambda: (job_named(page, name) or job).progress > 0, timeout=60_000)
    proc = engine_of(page).process_of(job.id)
    assert proc is not None
    return job, proc


def suspended(proc: psutil.Process) -> bool:
    return bool(proc.status() == psutil.STATUS_STOPPED)


def test_added_and_dropped_files_go_waiting_converting_done(
    qtbot: QtBot, page: ConversionsPage, tmp_path: Path
) -> None:
    assert page.stack.currentWidget() is page.empty and page.status_text() == "Queue: idle"
    first = recording(tmp_path / "in" / "rapat pagi.mp4", seconds=3, size=(640, 360))
    second = recording(tmp_path / "in" / "-rapat sore.mkv", seconds=2)
    states: dict[str, list[str]] = {}

    def seen() -> None:
        for job in page.model.jobs():
            trail = states.setdefault(Path(job.input).name, [])
            if not trail or trail[-1] != job.state.value:
                trail.append(job.state.value)

    for signal in (page.model.rowsInserted, page.model.dataChanged, page.model.layoutChanged):
        signal.connect(seen)
    progress: dict[int, list[float]] = {}
    page._controller.jobProgress.connect(
        lambda job_id, percent, *_: progress.setdefault(job_id, []).append(percent)
    )
    resets: list[object] = []
    page.model.modelReset.connect(lambda: resets.append(None))
    summaries: list[str] = []
    page.summaryChanged.connect(summaries.append)
    # A transcode, so ffmpeg runs long enough to report progress.
    page._controller.configure(Conversion(preset="h264-720p"))

    page.add_files([first])  # what the file dialog calls
    drop(page, [second])  # and a drop from the file manager
    done = wait_state(qtbot, page, "rapat pagi.mp4", JobState.DONE)
    dropped = wait_state(qtbot, page, "-rapat sore.mkv", JobState.DONE)

    # The engine may claim a job between storing it and announcing it (its loop polls on
    # its own thread), so the row can first appear already converting; it never goes back.
    assert states["rapat pagi.mp4"] in (["queued", "running", "done"], ["running", "done"])
    assert states["-rapat sore.mkv"][0] in ("queued", "running")
    assert states["-rapat sore.mkv"][-1] == "done"
    assert progress[done.id] and all(p == sorted(p) for p in progress.values())
    assert resets == []  # rows change in place, never a reset of the whole table
    assert done.progress == 100 and dropped.progress == 100
    for job in (done, dropped):
        out = Path(job.output or "")
        assert out.exists() and decodes_cleanly(out)
    assert Path(dropped.output or "").name == "-rapat sore.mp4"
    row = page.model.row_of(done.id)
    assert row is not None
    cell = page.model.index(row, jobs_model.FILE)
    assert cell.data() == "rapat pagi.mp4"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == str(first)
    assert page.model.index(row, jobs_model.STATE).data() == "Done"
    assert page.model.index(row, jobs_model.PROGRESS).data() == "100 %"
    assert page.model.index(row, jobs_model.PRESET).data() == "H.264, 720p"
    assert page.model.index(row, jobs_model.SIZE).data().endswith("KB")
    assert page.model.index(row, jobs_model.SPEED).data().endswith("×")
    assert page.stack.currentWidget() is page.table
    assert any("1 running" in s for s in summaries) and summaries[-1] == "Queue: idle"

    # Finished: Remove is offered, Pause and Cancel are not; Remove takes the row off.
    page.select_job(done.id)
    assert page.remove_button.isEnabled() and not page.cancel_button.isEnabled()
    assert not page.pause_button.isEnabled() and page.folder_button.isEnabled()
    opened: list[QUrl] = []
    monkey = pytest.MonkeyPatch()
    monkey.setattr("vcdesk.ui.pages.conversions.QDesktopServices.openUrl", opened.append)
    page.folder_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    monkey.undo()
    assert opened[0].toLocalFile() == str(Path(done.output or "").parent)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.model.row_of(done.id) is None, timeout=5000)
    assert [j.id for j in engine_of(page).store.jobs()] == [dropped.id]


def test_a_dropped_folder_adds_its_recordings_only(
    qtbot: QtBot, page: ConversionsPage, tmp_path: Path
) -> None:
    folder = tmp_path / "rekaman"
    recording(folder / "sesi 1.mp4", seconds=1)
    (folder / "catatan.txt").write_text("notulen", encoding="utf-8")
    (folder / ".sesi 2.mp4.part").write_bytes(b"partial")
    failures: list[str] = []
    page._controller.actionFailed.connect(failures.append)
    drop(page, [folder, tmp_path / "hilang.mp4"])
    wait_state(qtbot, page, "sesi 1.mp4", JobState.DONE)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert [Path(j.input).name for j in page.model.jobs()] == ["sesi 1.mp4"]
    assert "hilang.mp4" in failures[0] and page.problem_box.isVisible()


def test_pause_resume_and_cancel_a_converting_job(
    qtbot: QtBot, page: ConversionsPage, long_recording: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page._controller.configure(Conversion(preset="h264-720p"))
    page.add_files([long_recording])
    job, proc = running_with_progress(qtbot, page, "long.mp4")
    page.select_job(job.id)
    page.table.setFocus()
    assert page.pause_button.text() == "Pause" and page.pause_button.isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    wait_state(qtbot, page, "long.mp4", JobState.PAUSED)
    qtbot.waitUntil(lambda: suspended(proc), timeout=10_000)
    assert state_shown(page, job.id) == "Paused" and page.pause_button.text() == "Resume"
    assert engine_of(page).store.get(job.id).state is JobState.PAUSED

    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    wait_state(qtbot, page, "long.mp4", JobState.RUNNING)
    qtbot.waitUntil(lambda: not suspended(proc), timeout=10_000)

    asked: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # asked, and "No" keeps it going
    assert len(asked) == 1 and "long.mp4" in asked[0]
    time.sleep(0.3)
    assert engine_of(page).store.get(job.id).state is JobState.RUNNING
    page.cancel_button.click()
    cancelled = wait_state(qtbot, page, "long.mp4", JobState.CANCELLED)
    qtbot.waitUntil(
        lambda: (job_named(page, "long.mp4") or cancelled).owner is None, timeout=20_000
    )
    assert len(asked) == 2 and state_shown(page, job.id) == "Cancelled"
    assert page.retry_button.isEnabled() and page.remove_button.isEnabled()
    assert not list((engine_of(page).output_dir).glob("*long*"))  # partial output gone


def test_a_corrupt_file_fails_with_its_reason_in_the_error_dialog(
    qtbot: QtBot, page: ConversionsPage, tmp_path: Path
) -> None:
    noise = tmp_path / "rusak.mp4"
    noise.write_bytes(bytes(range(256)) * 200)
    page.add_files([noise])
    job = wait_state(qtbot, page, "rusak.mp4", JobState.FAILED)
    assert state_shown(page, job.id) == "Failed"
    row = page.model.row_of(job.id)
    assert row is not None
    state_cell = page.model.index(row, jobs_model.STATE)
    assert state_cell.data(Qt.ItemDataRole.DecorationRole) is not None  # icon, not colour alone
    page.select_job(job.id)
    assert page.error_button.isEnabled() and page.retry_button.isEnabled()
    # Double-clicking the failed row opens the reason (QTest's double click alone sends no
    # first press, unlike a real mouse: click once before it).
    rect = page.table.visualRect(page.model.index(row, jobs_model.FILE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    box = page.error_box
    assert box is not None and box.isVisible()
    assert box.text() == "rusak.mp4 could not be converted."
    assert "not a recording" in box.informativeText() and "Traceback" not in box.informativeText()
    assert str(noise) in box.detailedText()
    box.close()
    # The reason is worded when shown, in the language the console speaks (the job keeps
    # its code and values; the table's tooltip and the dialog say the same).
    assert state_cell.data(Qt.ItemDataRole.ToolTipRole) == box.informativeText()
    words.use(words.Language("id", lambda context, text: f"{context}: {text}"))
    try:
        tip = state_cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tip == f"conversions: {box.informativeText()}"
        page.show_error()
        assert page.error_box is not None and page.error_box.informativeText() == tip
        page.error_box.close()
    finally:
        words.use(words.ENGLISH)


def test_meeting_mode_shows_the_banner_and_suspends_the_running_job(
    qtbot: QtBot, page: ConversionsPage, long_recording: Path
) -> None:
    page._controller.configure(Conversion(preset="h264-720p"))
    page.add_files([long_recording])
    job, proc = running_with_progress(qtbot, page, "long.mp4")
    assert not page.banner.isVisible()

    page.meeting_button.click()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
    assert page.banner.title.text() == "Meeting in progress: conversions are paused"
    assert "Meeting mode" in page.banner.detail.text()  # switched on here, how to end it
    assert not page.banner.icon.pixmap().isNull()
    assert engine_of(page).meeting_on
    qtbot.waitUntil(lambda: suspended(proc), timeout=10_000)
    assert engine_of(page).store.get(job.id).state is JobState.RUNNING  # held, not paused
    assert state_shown(page, job.id) == "Held (meeting)"
    assert page.status_text() == "Queue (held for the meeting): 1 running"

    page.meeting_button.click()
    qtbot.waitUntil(lambda: not page.banner.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not suspended(proc), timeout=10_000)
    assert state_shown(page, job.id) == "Converting" and not page.meeting_button.isChecked()
    page._controller.cancel(job.id)
    wait_state(qtbot, page, "long.mp4", JobState.CANCELLED)


def test_move_up_and_down_reorders_waiting_jobs(
    qtbot: QtBot, page: ConversionsPage, tmp_path: Path
) -> None:
    page.queue_button.click()  # nothing starts while they are reordered
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5000)
    assert page.queue_button.text() == "Resume queue"
    one = recording(tmp_path / "in" / "a.mp4", seconds=1)
    names = ["a.mp4", "b.mp4", "c.mp4"]
    for name in names[1:]:
        (tmp_path / "in" / name).write_bytes(one.read_bytes())
    page.add_files([tmp_path / "in" / n for n in names])
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)

    def order() -> list[str]:
        return [Path(j.input).name for j in page.model.jobs()]

    def stored() -> list[str]:
        return [Path(j.input).name for j in engine_of(page).store.jobs()]

    c = job_named(page, "c.mp4")
    assert c is not None
    page.select_job(c.id)
    assert page.up_button.isEnabled() and not page.down_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: order() == ["a.mp4", "c.mp4", "b.mp4"], timeout=5000)
    assert stored() == order()
    assert page.selected_job() is not None and page.selected_job().id == c.id  # type: ignore[union-attr]
    page.up_button.click()
    qtbot.waitUntil(lambda: order() == ["c.mp4", "a.mp4", "b.mp4"], timeout=5000)
    assert not page.up_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: order() == ["a.mp4", "c.mp4", "b.mp4"], timeout=5000)
    assert stored() == order()
    assert all(j.state is JobState.QUEUED for j in page.model.jobs())
    assert page.status_text() == "Queue (paused): 3 waiting"

    page.queue_button.click()  # resume: they run in the new order
    qtbot.waitUntil(lambda: page.status_text() == "Queue: idle", timeout=60_000)
    finished = sorted(engine_of(page).store.jobs(), key=lambda j: j.started or "")
    assert [Path(j.input).name for j in finished] == ["a.mp4", "c.mp4", "b.mp4"]
    assert not page.banner.isVisible()


def test_progress_reaches_the_page_at_most_five_times_a_second(
    qtbot: QtBot, page: ConversionsPage
) -> None:
    engine = engine_of(page)
    seen: list[tuple[int, float]] = []
    page._controller.jobProgress.connect(lambda job_id, percent, *_: seen.append((job_id, percent)))

    def burst() -> None:  # as busy as several ffmpegs at once, from an engine thread
        for i in range(1, 401):
            for job_id in (7, 8):
                engine.emit(QueueEvent(EventKind.JOB_PROGRESS, job_id, progress=i / 4))
            time.sleep(0.0025)

    started = time.monotonic()
    worker = threading.Thread(target=burst)
    worker.start()
    while worker.is_alive():
        qtbot.wait(20)
    qtbot.wait(400)
    elapsed = time.monotonic() - started
    for job_id in (7, 8):
        figures = [p for j, p in seen if j == job_id]
        assert figures[-1] == 100  # the last figure is never lost
        assert len(figures) <= elapsed * 5 + 2, (len(figures), elapsed)


def test_shutdown_interrupts_a_running_job_and_the_next_start_resumes_it(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, long_recording: Path
) -> None:
    options = {**FAST, "low_priority": False, "output_dir": tmp_path / "out"}
    database = database_path(data_dir)
    host = QObject()  # the main window, in the application
    controller = QueueController(database, engine_options=options, parent=host)
    controller.configure(Conversion(preset="h264-720p"))
    started: list[Job] = []
    controller.jobChanged.connect(
        lambda job: started.append(job) if job.state is JobState.RUNNING else None
    )
    controller.start()
    controller.add_files([long_recording])
    qtbot.waitUntil(lambda: bool(started), timeout=30_000)
    assert controller.shutdown(30)
    store = JobStore(database)
    row = store.get(started[0].id)
    store.close()
    assert row.state is JobState.INTERRUPTED and row.owner is None and row.error
    assert not list((tmp_path / "out").glob("*long*"))  # the partial output went

    again = QueueController(database, engine_options=options, parent=host)
    resumed: list[Job] = []
    again.jobChanged.connect(
        lambda job: resumed.append(job) if job.state is JobState.RUNNING else None
    )
    again.start()
    qtbot.waitUntil(lambda: any(j.id == row.id for j in resumed), timeout=30_000)
    assert again.shutdown(30)


def test_changing_room_keeps_the_running_conversion_going(
    qtbot: QtBot, page: ConversionsPage, long_recording: Path, tmp_path: Path
) -> None:
    """The operator switches room (or an admin saves the profile) mid-conversion: the job
    goes on in the same ffmpeg and the new room's settings apply to the next one."""
    controller = page._controller
    controller.configure(Conversion(preset="h264-720p"))
    page.add_files([long_recording])
    job, proc = running_with_progress(qtbot, page, "long.mp4")
    engine = engine_of(page)

    controller.configure(Conversion(preset="audio-only", meeting_processes=("zoom",)))
    qtbot.waitUntil(lambda: engine.preset == "audio-only", timeout=10_000)
    assert controller.engine is engine and engine.process_of(job.id) == proc
    assert proc.is_running() and not suspended(proc)
    assert job_named(page, "long.mp4").state is JobState.RUNNING  # type: ignore[union-attr]

    done = wait_state(qtbot, page, "long.mp4", JobState.DONE, timeout=120_000)
    assert done.attempts == 1 and Path(done.output or "").suffix == ".mp4"
    page.add_files([recording(tmp_path / "sesi 2.mp4", seconds=1)])
    later = wait_state(qtbot, page, "sesi 2.mp4", JobState.DONE)
    assert later.preset == "audio-only" and Path(later.output or "").suffix == ".m4a"


def test_a_read_of_the_queue_does_not_undo_newer_news(
    qtbot: QtBot, page: ConversionsPage, tmp_path: Path
) -> None:
    """A re-read of the database can be overtaken by an engine event (the read runs on the
    worker, the event comes from the engine's thread): the newer row must stay shown."""
    controller = page._controller
    engine_of(page).pause_queue()  # nothing gets claimed: the row stays queued in the database
    source = recording(tmp_path / "in" / "rapat.mp4", seconds=1)
    page.add_files([source])
    job = wait_state(qtbot, page, "rapat.mp4", JobState.QUEUED)

    gate = threading.Event()
    controller._pool.start(gate.wait)  # the worker is busy: the read below must wait
    controller.refresh()
    # Meanwhile news arrives: the job has started (as if the engine claimed it after the read).
    started = dataclasses.replace(job, state=JobState.RUNNING)
    controller._event.emit(QueueEvent(EventKind.JOB_STARTED, job.id, started), [])
    # ...and its "added" news only after that (the engine's threads do not keep order).
    controller._event.emit(QueueEvent(EventKind.JOB_ADDED, job.id, job), [])
    qtbot.waitUntil(lambda: page.model.job(job.id).state is JobState.RUNNING, timeout=5000)
    with qtbot.waitSignal(controller.queueReset, timeout=5000):
        gate.set()  # the read now runs, and finds the job still queued in the database
    assert page.model.job(job.id).state is JobState.RUNNING


def test_a_waiting_job_is_cancelled_only_when_asked_and_a_stale_answer_is_rechecked(
    qtbot: QtBot,
    page: ConversionsPage,
    long_recording: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page._controller.configure(Conversion(preset="h264-720p"))
    page.add_files([long_recording])
    running_with_progress(qtbot, page, "long.mp4")
    short = recording(tmp_path / "singkat.mp4", seconds=1)
    page.add_files([short])
    waiting = wait_state(qtbot, page, "singkat.mp4", JobState.QUEUED)
    # Every row carries its job number, the one the CLI takes.
    row = page.model.row_of(waiting.id)
    assert page.model.headerData(row, Qt.Orientation.Vertical) == str(waiting.id)
    widths = [page.table.columnWidth(c) for c in range(jobs_model.COLUMNS)]

    asked: list[str] = []

    def answer_no(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    page.select_job(waiting.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked and "singkat.mp4" in asked[0] and "has not started" in asked[0]
    assert engine_of(page).store.get(waiting.id).state is JobState.QUEUED

    # While the question is open, the running job is cancelled elsewhere and the waiting
    # one converts to the end: the late "Yes" must not cancel what is already done.
    def answer_late(parent: object, title: str, text: str, *args: object) -> object:
        running = job_named(page, "long.mp4")
        assert running is not None
        page._controller.cancel(running.id)
        wait_state(qtbot, page, "singkat.mp4", JobState.DONE)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_late)
    page.select_job(waiting.id)
    page.cancel_button.setEnabled(True)
    page.cancel_selected()
    assert engine_of(page).store.get(waiting.id).state is JobState.DONE
    assert "finished meanwhile" in page.problem.text()
    assert [page.table.columnWidth(c) for c in range(jobs_model.COLUMNS)] == widths
