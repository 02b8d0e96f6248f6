from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vcdesk.core.storage import MIGRATIONS, DatabaseError, connect


def test_new_database_is_migrated_and_in_wal(tmp_path: Path) -> None:
    conn = connect(tmp_path / "db.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_run_once_and_in_steps(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    steps = ["CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;"]
    connect(path, steps[:1]).execute("INSERT INTO a (x) VALUES (1)")
    conn = connect(path, steps)
    assert [tuple(r) for r in conn.execute("SELECT x, y FROM a")] == [(1, None)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    connect(path, steps)  # again: nothing to do, no error


def test_failed_migration_leaves_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    connect(path, ["CREATE TABLE a (x INTEGER);"])
    with pytest.raises(DatabaseError, match="no such column"):
        connect(path, ["CREATE TABLE a (x INTEGER);", "CREATE TABLE b (x); SELECT nope FROM a;"])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='b'").fetchone() is None


def test_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    connect(path, ["CREATE TABLE a (x);", "CREATE TABLE b (x);"])
    with pytest.raises(DatabaseError, match="newer than this vcdesk knows"):
        connect(path, ["CREATE TABLE a (x);"])


def test_damaged_file_gives_an_actionable_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(
        DatabaseError, match=r"a copy of it was saved as .* Run `vcdesk database repair`"
    ):
        connect(path)
    assert path.read_bytes() == b"this is not a database" * 100  # kept as it was


def test_two_processes_migrating_at_once(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    code = (
        "from pathlib import Path; from vcdesk.core.storage import connect; "
        f"connect(Path({str(path)!r}))"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(4)]
    assert [p.wait(60) for p in procs] == [0, 0, 0, 0]
    assert connect(path).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
