"""A database held by another program, or damaged: every command that touches it says so on
one line and exits 2, never a traceback and never advice to throw a sound queue away; a
damaged file is kept and a copy of it is saved beside it (issue 14).

The lock is held by a real second process (BEGIN EXCLUSIVE, or PRAGMA locking_mode=EXCLUSIVE)
while the real CLI runs in a third; the damage is real bytes overwritten in the real file."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli import vcdesk
from vcdesk.core import storage
from vcdesk.core.history import list_runs
from vcdesk.core.paths import database_path
from vcdesk.core.queue.store import JobStore
from vcdesk.core.storage import DatabaseError, connect
from vcdesk.core.words.storage import TEMPLATES, problem_text

BUSY_S = 1.0  # the busy timeout the commands get here (the default, 10 s, in one test)
MARGIN_S = 8.0  # a command's start and a slow shared machine
FAST = {storage.BUSY_TIMEOUT_ENV: str(BUSY_S)}


class Room:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.db = database_path(self.data)
        self.profile = folder / "ruang.yaml"
        self.profile.write_text(
            "schema_version: 1\nroom:\n  name: Ruang Vicon\n  timezone: Asia/Jakarta\n",
            encoding="utf-8",
        )
        self.recording = folder / "rapat.mp4"
        self.recording.write_bytes(b"\0" * 1024)

    def commands(self) -> dict[str, tuple[str, ...]]:
        """Each command of the issue that touches the database, and whether it writes."""
        return {
            "queue add": ("queue", "add", str(self.recording), "--output-dir", str(self.folder)),
            "queue list": ("queue", "list"),
            "queue pause": ("queue", "pause"),
            "history": ("history",),
            "check": ("check", "--profile", str(self.profile), "--only", "disk"),
            "schedule show": ("schedule", "show", "--profile", str(self.profile)),
        }

    def run(self, args: tuple[str, ...], env: dict[str, str] | None = None) -> Ran:
        started = time.monotonic()
        result = vcdesk("--data-dir", str(self.data), *args, env={**FAST, **(env or {})})
        return Ran(result, time.monotonic() - started)


class Ran:
    def __init__(self, result: subprocess.CompletedProcess[str], seconds: float) -> None:
        self.code = result.returncode
        self.stdout = result.stdout
        self.stderr = result.stderr
        self.seconds = seconds

    def one_line(self) -> str:
        """The one line on stderr (asserting there is one, and no traceback)."""
        assert "Traceback" not in self.stderr, self.stderr
        lines = self.stderr.strip().splitlines()
        assert len(lines) == 1, self.stderr
        return lines[0]


WRITERS = ("queue add", "queue pause", "check")


def seeded(folder: Path, jobs: int = 3) -> Room:
    """A room whose database holds `jobs` queued jobs and two checklist runs: real rows on
    real pages, written through vcdesk's own store."""
    room = Room(folder)
    store = JobStore(room.db)
    try:
        for n in range(jobs):
            name = folder / f"rapat-{n:05d}-{'panjang' * 8}.mp4"
            store.add(name, folder / "keluaran", "remux")
    finally:
        store.close()
    for _ in range(2):
        assert room.run(("check", "--profile", str(room.profile), "--only", "disk")).code in (0, 1)
    conn = sqlite3.connect(room.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every row in the main file
    conn.close()
    return room


HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=5)
    if sys.argv[2] == "exclusive_mode":
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("SELECT COUNT(*) FROM queue_job").fetchone()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE queue_setting SET value = value")
        conn.execute("COMMIT")  # the file's lock stays with this connection until it closes
    else:
        conn.execute("BEGIN EXCLUSIVE")
    print("held", flush=True)
    time.sleep(300)
    """
)


def holding(db: Path, how: str) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), how],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held", holder.stderr.read()  # type: ignore[union-attr]
        yield holder
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def room(tmp_path: Path) -> Room:
    return seeded(tmp_path)


def _busy(line: str, command: str, room: Room) -> None:
    assert line.startswith(f"vcdesk {command.split()[0]}"), line
    assert "another vcdesk program is using the database" in line, line
    assert str(room.db) in line and "try again" in line, line
    assert "move" not in line and "aside" not in line, line  # the queue in it is sound


def test_begin_exclusive_elsewhere_stops_writers_with_one_line(room: Room) -> None:
    before = room.db.read_bytes()
    for _ in holding(room.db, "begin_exclusive"):
        for command, args in room.commands().items():
            ran = room.run(args)
            if command in WRITERS:
                assert ran.code == 2, (command, ran.stdout, ran.stderr)
                _busy(ran.one_line(), command, room)
                assert BUSY_S * 0.9 <= ran.seconds <= BUSY_S + MARGIN_S, (command, ran.seconds)
            else:
                # WAL: a reader is never blocked by a writer, so it reads the queue as it is.
                assert ran.code == 0, (command, ran.stdout, ran.stderr)
                assert "Traceback" not in ran.stderr, ran.stderr
    assert room.db.read_bytes() == before  # nothing was moved, discarded or rewritten
    assert room.run(("queue", "list")).code == 0
    assert "Traceback" not in room.run(("queue", "pause")).stderr


def test_exclusive_locking_mode_elsewhere_stops_every_command(room: Room) -> None:
    for _ in holding(room.db, "exclusive_mode"):
        for command, args in room.commands().items():
            ran = room.run(args)
            assert ran.code == 2, (command, ran.stdout, ran.stderr)
            _busy(ran.one_line(), command, room)
            assert BUSY_S * 0.9 <= ran.seconds <= BUSY_S + MARGIN_S, (command, ran.seconds)
    assert not list(room.data.glob("*damaged*"))  # a lock is not damage
    again = room.run(("queue", "list"))
    assert again.code == 0 and "rapat-00000" in again.stdout, again.stderr


def test_default_busy_timeout_then_one_line(room: Room) -> None:
    for _ in holding(room.db, "begin_exclusive"):
        started = time.monotonic()
        result = vcdesk(
            "--data-dir", str(room.data), *room.commands()["queue add"],
            env={storage.BUSY_TIMEOUT_ENV: ""},  # unset or empty: the default
        )  # fmt: skip
        seconds = time.monotonic() - started
    ran = Ran(result, seconds)
    assert ran.code == 2, ran.stderr
    _busy(ran.one_line(), "queue add", room)
    assert storage.BUSY_TIMEOUT_S * 0.9 <= seconds <= storage.BUSY_TIMEOUT_S + MARGIN_S


def overwrite_middle(db: Path) -> int:
    size = db.stat().st_size
    page = 4096
    assert size >= 8 * page, size  # several pages, so the middle is a table's page
    middle = (size // page // 2) * page
    with db.open("r+b") as file:
        file.seek(middle)
        file.write(random.Random(14).randbytes(page))
    return middle // page


def _damaged_everywhere(room: Room, damage: bytes) -> None:
    for command, args in room.commands().items():
        ran = room.run(args)
        assert ran.code == 2, (command, ran.stdout, ran.stderr)
        line = ran.one_line()
        assert line.startswith(f"vcdesk {command.split()[0]}"), line
        assert f"the database {room.db} is damaged" in line, line
        assert "a copy of it was saved as" in line and "nothing was deleted" in line, line
        assert "run `vcdesk database repair`" in line.lower() and "aside" not in line, line
        assert room.db.read_bytes() == damage, command  # still there, as it was
    copies = sorted(room.data.glob("vcdesk-damaged-*.sqlite3"))
    assert len(copies) == 1, copies  # one copy of one damage, however often it is met
    assert copies[0].read_bytes() == damage
    assert str(copies[0]) in line


def test_a_damaged_page_is_found_at_open_and_kept(tmp_path: Path) -> None:
    room = seeded(tmp_path, jobs=400)
    overwrite_middle(room.db)
    _damaged_everywhere(room, room.db.read_bytes())


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    room = Room(tmp_path)
    room.data.mkdir()
    noise = random.Random(26).randbytes(64 * 1024)
    room.db.write_bytes(noise)
    _damaged_everywhere(room, noise)


def test_the_line_speaks_the_cli_language(room: Room) -> None:
    for _ in holding(room.db, "exclusive_mode"):
        english = room.run(room.commands()["queue pause"]).one_line()
        indonesian = room.run(room.commands()["queue pause"], env={"VCDESK_LANG": "id"})
    assert indonesian.code == 2
    line = indonesian.one_line()
    assert str(room.db) in line and "Traceback" not in line
    from vcdesk.core.words.ts import _catalogue

    if ("storage", TEMPLATES.template("busy")) not in _catalogue("id"):
        pytest.skip("vcdesk_id.ts has no Indonesian words for the storage context yet")
    assert line != english


# In the process: what the console meets (it catches DatabaseError and shows str()).


def test_damage_met_after_open_is_a_database_error_with_a_copy(tmp_path: Path) -> None:
    room = seeded(tmp_path, jobs=400)
    conn = connect(room.db)  # checked and sound
    try:
        overwrite_middle(room.db)
        with pytest.raises(DatabaseError) as caught:
            for _ in range(3):
                list(conn.execute("SELECT * FROM queue_job ORDER BY input"))
                list_runs(conn, 50)
    finally:
        conn.close()
    assert caught.value.code == "damaged", caught.value
    assert "damaged" in str(caught.value) and "\n" not in str(caught.value)
    assert Path(caught.value.params["backup"]).exists()
    with pytest.raises(DatabaseError):
        connect(room.db)  # checked again at the next open


def test_every_code_has_words_on_one_line() -> None:
    values = {
        "path": "/data/vcdesk.sqlite3",
        "seconds": 10.0,
        "detail": "line one\nline two",
        "reason": "Permission denied",
        "backup": "/data/vcdesk-damaged-x.sqlite3",
        "version": 9,
        "known": 5,
    }
    for code, case in TEMPLATES.worded():
        text = problem_text(code, {**values, "case": case})
        assert "{" not in text and "\n" not in text and "/data/vcdesk.sqlite3" in text, code
    assert str(DatabaseError("busy", path="p", seconds=1.0)).startswith("another vcdesk")


def test_a_newer_schema_says_update(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {len(storage.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        connect(db)
    assert caught.value.code == "newer" and "update vcdesk" in str(caught.value)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DatabaseError) as caught:
            connect(locked / "data" / "vcdesk.sqlite3")
    finally:
        locked.chmod(0o700)
    assert caught.value.code == "unusable"
