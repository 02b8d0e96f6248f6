"""The console says a database problem in the operator's language (core's words for the
error's code), never the English str() of the error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vcdesk.core.storage import BUSY_TIMEOUT_ENV, DatabaseError, connect
from vcdesk.core.words.storage import database_text
from vcdesk.qt.queue import QueueController
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui.pages.history import HistoryPage


def test_history_page_says_a_locked_database_in_indonesian(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, indonesian: None, monkeypatch
) -> None:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.5")
    database = tmp_path / "vcdesk.sqlite3"
    connect(database).close()
    holder = sqlite3.connect(database)  # another program, holding the file for itself
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    try:
        page = HistoryPage(database, TaskRunner())
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: "vcdesk" in page.empty.text(), timeout=10_000)
    finally:
        holder.rollback()
        holder.close()
    text = page.empty.text()
    assert "program vcdesk lain sedang memakai basis data" in text, text
    assert "another vcdesk program" not in text


def test_queue_failure_says_a_busy_database_in_indonesian(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, indonesian: None
) -> None:
    controller = QueueController(tmp_path / "vcdesk.sqlite3")
    error = DatabaseError("busy", path=str(tmp_path / "vcdesk.sqlite3"), seconds=10.0)
    text = controller._explain("menjeda antrean", error)
    assert database_text(error).rstrip(".") in text, text
    assert "another vcdesk program" not in text
