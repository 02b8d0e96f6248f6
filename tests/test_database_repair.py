"""`vcdesk database check|repair` on a really damaged database (issue 14): the damaged file
is kept byte for byte, the new one passes quick_check and holds every row the damaged file
still had on sound pages, running jobs come back interrupted, and the commands work again.

The database is written by vcdesk's own store and checklist; the damage is a page of random
bytes in the middle of the real file; the commands run in real subprocesses."""

from __future__ import annotations

import itertools
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.fixtures.language import language
from tests.test_database_trouble import Room, holding, seeded
from tests.visible_words import untranslated, visible_texts
from vcdesk.core import storage
from vcdesk.core.queue.store import JobStore
from vcdesk.core.repair import check, read_rows, repair
from vcdesk.core.storage import MIGRATIONS, DatabaseError
from vcdesk.core.words.storage import TABLES, table_line
from vcdesk.ui.app import database_usable
from vcdesk.ui.database_dialog import DamagedDatabaseDialog

PAGE = 4096
OWNER = "sala-pc/4242/1700000000.0/token"  # an engine that died with the database


def _quick_check(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")]
    finally:
        conn.close()


def _jobs(db: Path) -> dict[int, sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {row["id"]: row for row in conn.execute("SELECT * FROM queue_job")}
    finally:
        conn.close()


def _checkpoint(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every row in the main file
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # no stale copies
    conn.close()


def _pages_of_jobs(db: Path) -> dict[int, set[int]]:
    """Each job's id and the pages its input path is written on (a path is unique to a
    row, and a row with no free page in the file is written once)."""
    data = db.read_bytes()
    pages: dict[int, set[int]] = {}
    for job_id, row in _jobs(db).items():
        needle = row["input"].encode()
        offset = data.find(needle)
        assert offset >= 0 and data.find(needle, offset + 1) < 0, job_id
        pages[job_id] = {offset // PAGE, (offset + len(needle) - 1) // PAGE}
    return pages


def damage_queue_page(db: Path) -> set[int]:
    """Random bytes over the middle one of the pages that hold jobs (so the damage is in
    the queue's table, however long the test's folder names make the rows); the ids of
    the jobs that were on it."""
    pages = _pages_of_jobs(db)
    holding_jobs = sorted(set().union(*pages.values()))
    page = holding_jobs[len(holding_jobs) // 2]
    with db.open("r+b") as file:
        file.seek(page * PAGE)
        file.write(random.Random(14).randbytes(PAGE))
    return {job for job, where in pages.items() if page in where}


def _running_room(tmp_path: Path, jobs: int = 400, running: int = 2) -> tuple[Room, list[int]]:
    room = seeded(tmp_path, jobs=jobs)
    store = JobStore(room.db)
    try:
        claimed = [store.claim(OWNER) for _ in range(running)]
    finally:
        store.close()
    _checkpoint(room.db)
    return room, [job.id for job in claimed if job is not None]


def test_repair_saves_the_rows_of_sound_pages_and_keeps_the_damaged_file(
    tmp_path: Path,
) -> None:
    room, running = _running_room(tmp_path)
    assert len(running) == 2
    pages = _pages_of_jobs(room.db)
    on_damaged = damage_queue_page(room.db)
    damage = room.db.read_bytes()
    assert on_damaged and not on_damaged & set(running), on_damaged

    checked = room.run(("database", "check"))
    assert checked.code == 1, (checked.stdout, checked.stderr)
    assert "is damaged" in checked.stdout and "vcdesk database repair" in checked.stdout

    ran = room.run(("database", "repair", "--yes"))
    assert ran.code == 0, (ran.stdout, ran.stderr)
    assert ran.stderr == ""

    copies = sorted(room.data.glob("vcdesk-damaged-*.sqlite3"))
    assert len(copies) == 1, copies  # the copy made when `check` met the damage
    assert copies[0].read_bytes() == damage
    assert str(copies[0]) in ran.stdout
    assert _quick_check(room.db) == ["ok"]

    jobs = _jobs(room.db)
    assert set(jobs) == set(pages) - on_damaged
    saved = len(pages) - len(on_damaged)
    assert f"conversion jobs: {saved} saved, {len(on_damaged)} lost" in ran.stdout, ran.stdout
    assert "checklist runs (history): 2 saved" in ran.stdout, ran.stdout
    assert "Conversions that were running and will run again: 2" in ran.stdout
    for job_id in running:
        job = jobs[job_id]
        assert job["state"] == "interrupted" and job["error_code"] == "interrupted"
        assert job["owner"] == OWNER  # so the next engine's recovery cleans up after it
    assert {row["state"] for row in jobs.values()} == {"queued", "interrupted"}

    listed = room.run(("queue", "list"))
    assert listed.code == 0, listed.stderr
    assert listed.stdout.count("Interrupted") == 2, listed.stdout
    assert room.run(("database", "check")).code == 0
    assert room.run(("history",)).code == 0
    assert room.run(("database", "repair")).stdout.strip().endswith("nothing to repair")


def test_running_jobs_are_recovered_by_the_next_engine(tmp_path: Path) -> None:
    room, running = _running_room(tmp_path, jobs=300, running=1)
    damage_queue_page(room.db)
    assert room.run(("database", "repair", "--yes")).code == 0
    store = JobStore(room.db)
    try:
        cleaned: list[int] = []
        recovered = store.recover("this-engine", 0.0, lambda job: cleaned.append(job.id))
        assert [job.id for job in recovered] == running == cleaned
        assert recovered[0].owner is None and recovered[0].state.value == "interrupted"
        assert store.claim("this-engine").id == running[0]  # type: ignore[union-attr]
    finally:
        store.close()


def test_a_file_that_is_no_database_becomes_an_empty_one(tmp_path: Path) -> None:
    room = Room(tmp_path)
    room.data.mkdir()
    noise = bytes(range(256)) * 256
    room.db.write_bytes(noise)
    ran = room.run(("database", "repair", "--yes"))
    assert ran.code == 0, ran.stderr
    assert "Nothing could be read from the damaged file" in ran.stdout
    (copy,) = room.data.glob("vcdesk-damaged-*.sqlite3")
    assert copy.read_bytes() == noise
    assert _quick_check(room.db) == ["ok"]
    listed = room.run(("queue", "list"))
    assert listed.code == 0 and "empty" in listed.stdout, listed.stderr
    assert room.recording.read_bytes() == b"\0" * 1024  # the person's files are not touched


def test_a_sound_database_is_left_as_it_is(tmp_path: Path) -> None:
    room = seeded(tmp_path, jobs=5)
    before = room.db.read_bytes()
    ran = room.run(("database", "repair", "--yes"))
    assert ran.code == 0 and "is sound: nothing to repair" in ran.stdout, ran.stderr
    assert room.db.read_bytes() == before
    assert not list(room.data.glob("*damaged*"))
    checked = room.run(("database", "check"))
    assert checked.code == 0 and "is sound" in checked.stdout


def test_no_database_at_all(tmp_path: Path) -> None:
    room = Room(tmp_path)
    checked = room.run(("database", "check"))
    assert checked.code == 0 and "no database" in checked.stdout, checked.stderr
    ran = room.run(("database", "repair", "--yes"))
    assert ran.code == 2 and ran.one_line().startswith("vcdesk database: there is no database")
    assert not room.db.exists()


def test_without_yes_nobody_is_asked_and_nothing_changes(tmp_path: Path) -> None:
    room = seeded(tmp_path, jobs=200)
    damage_queue_page(room.db)
    damage = room.db.read_bytes()
    ran = room.run(("database", "repair"))
    assert ran.code == 2 and "--yes" in ran.one_line(), ran.stderr
    assert room.db.read_bytes() == damage


def test_a_program_holding_the_database_makes_repair_wait_then_stop(tmp_path: Path) -> None:
    room = seeded(tmp_path, jobs=300)
    damage_queue_page(room.db)
    damage = room.db.read_bytes()
    for _ in holding(room.db, "begin_exclusive"):
        ran = room.run(("database", "repair", "--yes"))
        assert ran.code == 2, (ran.stdout, ran.stderr)
        line = ran.one_line()
        assert line.startswith("vcdesk database: another vcdesk program is using"), line
    assert room.db.read_bytes() == damage
    assert room.run(("database", "repair", "--yes")).code == 0
    assert _quick_check(room.db) == ["ok"]


IDLE_READER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("SELECT count(*) FROM queue_setting").fetchone()
    print("reading", flush=True)
    time.sleep(300)
    """
)


def test_an_idle_connection_elsewhere_also_stops_the_swap(tmp_path: Path) -> None:
    """A `queue run` between polls holds no transaction, only the file open: the file is
    still not swapped under it."""
    room = seeded(tmp_path, jobs=300)
    damage_queue_page(room.db)
    damage = room.db.read_bytes()
    reader = subprocess.Popen(
        [sys.executable, "-c", IDLE_READER, str(room.db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        ran = room.run(("database", "repair", "--yes"))
    finally:
        reader.kill()
        reader.wait()
    assert ran.code == 2 and "another vcdesk program" in ran.one_line()
    assert room.db.read_bytes() == damage


def test_an_older_schema_comes_back_at_the_current_one(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    conn = storage.connect(db, MIGRATIONS[:4])  # before queue_job.error_params
    rows = [
        (f"/rekaman/rapat-{n:04d}-{'x' * 200}.mp4", "/arsip", "remux", "queued", n, "now")
        for n in range(300)
    ]
    conn.executemany(
        "INSERT INTO queue_job (input, output_dir, preset, state, position, created)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damage_queue_page(db)
    report = repair(db)
    (jobs,) = [t for t in report.tables if t.table == "queue_job"]
    assert jobs.saved + (jobs.lost or 0) == 300 and jobs.lost, jobs
    conn = storage.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("SELECT count(*) FROM queue_job").fetchone()[0] == jobs.saved
        assert conn.execute("SELECT count(error_params) FROM queue_job").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_newer_schema_is_not_rebuilt_into_an_older_one(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        repair(db)
    assert caught.value.code == "newer"
    assert db.read_bytes() == before


def test_reading_past_a_damaged_page_finds_every_readable_row(tmp_path: Path) -> None:
    """Rows of every page but the damaged one, whatever page is damaged."""
    db = tmp_path / "rows.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.executemany(
        "INSERT INTO t VALUES (?, ?)", [(n * 3, f"row-{n:05d}-" * 20) for n in range(2000)]
    )
    conn.commit()
    conn.close()
    clean = db.read_bytes()
    pages = len(clean) // PAGE
    for damaged in range(3, pages, max(1, pages // 12)):
        data = bytearray(clean)
        data[damaged * PAGE : (damaged + 1) * PAGE] = bytes([0x5A]) * PAGE
        db.write_bytes(bytes(data))
        expected = {
            n * 3 for n in range(2000) if clean.find(f"row-{n:05d}-".encode()) // PAGE != damaged
        }
        conn = sqlite3.connect(db)
        try:
            rows, gaps = read_rows(conn, "t", ["id", "text"])
        finally:
            conn.close()
        assert gaps, damaged
        assert set(rows) == expected, damaged


# --- the console's dialog ------------------------------------------------------------------


def _damaged_error(folder: Path) -> tuple[Room, DatabaseError, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    room, _ = _running_room(folder, jobs=300, running=1)
    damage_queue_page(room.db)
    error = check(room.db)
    assert error is not None and error.code == "damaged", error
    return room, error, room.db.read_bytes()


def _dialog(qtbot, error: DatabaseError) -> DamagedDatabaseDialog:  # type: ignore[no-untyped-def]
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _lines(dialog: QDialog, when: str, room: Room, backup: str) -> dict[str, str]:
    """The dialog's texts line by line, with the paths that differ from run to run (the
    room's folder, the copy's time stamp) as placeholders: a text the same in both
    languages is then one nobody translated."""
    lines = {}
    for key, text in visible_texts(dialog).items():
        plain = text.replace(backup, "COPY").replace(str(room.folder), "ROOM")
        for n, line in enumerate(plain.splitlines()):
            lines[f"{when}/{key}/{n}"] = line
    return lines


def _repaired_in_dialog(qtbot, folder: Path) -> tuple[Room, dict[str, str]]:  # type: ignore[no-untyped-def]
    room, error, damage = _damaged_error(folder)
    backup = str(error.params["backup"])
    dialog = _dialog(qtbot, error)
    texts = _lines(dialog, "before", room, backup)
    assert backup in dialog.text.text()
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.continue_button.isVisible, timeout=60_000)
    texts.update(_lines(dialog, "after", room, backup))
    assert dialog.report is not None and not dialog.quit_button.isVisible()
    (copy,) = room.data.glob("vcdesk-damaged-*.sqlite3")
    assert copy.read_bytes() == damage and _quick_check(room.db) == ["ok"]
    (jobs,) = [t for t in dialog.report.tables if t.table == "queue_job"]
    assert jobs.saved > 200 and jobs.lost, jobs
    assert table_line(jobs) in dialog.outcome.text()
    dialog.continue_button.click()  # just shown: its place is laid out on the next turn
    assert dialog.result() == QDialog.DialogCode.Accepted
    return room, texts


def test_the_dialog_repairs_in_the_console_language(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen = {}
    for name in ("en", "id"):
        with language(qapp, name):
            _, seen[name] = _repaired_in_dialog(qtbot, tmp_path / "ruang")
            shutil.rmtree(tmp_path / "ruang")
    english, indonesian = seen["en"], seen["id"]
    assert set(english) == set(indonesian) and len(english) >= 12, sorted(english)
    assert "after/QLabel1/0" in english, sorted(english)  # the heading
    left = untranslated(english, indonesian)
    assert left == [], "\n".join(left)


def test_repair_runs_off_the_ui_thread_and_a_busy_file_can_be_tried_again(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(storage.BUSY_TIMEOUT_ENV, "1.5")
    room, error, damage = _damaged_error(tmp_path)
    dialog = _dialog(qtbot, error)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    for _ in holding(room.db, "begin_exclusive"):
        qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and not dialog.quit_button.isEnabled()
        dialog.reject()  # Esc while it works: the dialog stays
        assert dialog.isVisible()
        qtbot.waitUntil(dialog.repair_button.isEnabled, timeout=30_000)
    timer.stop()
    # The UI thread kept turning while the repair waited 1.5 s for the lock.
    assert len(ticks) >= 40 and max(b - a for a, b in itertools.pairwise(ticks)) < 0.5, len(ticks)
    assert not dialog.progress.isVisible()
    assert "could not be repaired" in dialog.outcome.text()
    assert "another vcdesk program is using the database" in dialog.outcome.text()
    assert room.db.read_bytes() == damage
    assert dialog.repair_button.text().replace("&", "") == "Try again"
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.continue_button.isVisible, timeout=60_000)
    assert _quick_check(room.db) == ["ok"]


def test_the_console_offers_it_and_quit_leaves_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    room, _, damage = _damaged_error(tmp_path)

    def press_quit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DamagedDatabaseDialog)
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(200, press_quit)
    assert database_usable(room.data) is False  # what the console asks before its window
    assert room.db.read_bytes() == damage
    assert len(list(room.data.glob("vcdesk-damaged-*.sqlite3"))) == 1


def test_every_table_of_the_schema_has_words_for_the_repair_report(tmp_path: Path) -> None:
    conn = storage.connect(tmp_path / "vcdesk.sqlite3")
    try:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        conn.close()
    assert "queue_job" in tables and tables <= set(TABLES), tables - set(TABLES)
