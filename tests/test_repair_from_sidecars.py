"""A database that lost meetings and recordings gets them back from the archive's sidecars
(issue 14), on real components: real recordings (ffmpeg) converted and archived by a real
Engine with its sidecars, the real file damaged by overwriting the pages of the meeting
tables (or rows deleted, as a person might), and `vcdesk database repair` and `vcdesk
archive verify` run in real subprocesses."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from tests.cli import vcdesk
from tests.fixtures.queue import Recorder, engines, recording, wait_for
from vcdesk.core.meetings.recordings import RoomRecordings, attach_by_hand
from vcdesk.core.meetings.restore import restore_from_sidecars
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.repair import check
from vcdesk.core.words.storage import restore_lines
from vcdesk.ui.app import settings_for
from vcdesk.ui.database_dialog import DamagedDatabaseDialog, active_output_dirs

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]
WITA = ZoneInfo("Asia/Makassar")
ROOM = "Ruang Vicon Setda"
PAGE = 4096
Rows = dict[str, list[dict[str, Any]]]


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"2026-12-03 {hhmm}").replace(tzinfo=WITA)


class Archived:
    """A data folder whose database holds two meetings (one edited: a longer change log)
    and their recordings, converted and archived under `out` with their sidecars."""

    def __init__(self, folder: Path, engines: Make) -> None:
        self.data = folder / "data"
        self.db = database_path(self.data)
        self.out = folder / "keluaran"
        store = MeetingStore(self.db)
        try:
            first = store.add(ROOM, "Rapat koordinasi", at("09:00"), at("10:30"), who="Budi")
            store.update(first.id, who="Sari", organiser="Bappeda", expected_participants=40)
            store.update(first.id, who="Sari", notes="Notulen:\n1. anggaran")
            second = store.add(ROOM, "Sosialisasi SPBE", at("13:00"), at("14:00"), who="Budi")
        finally:
            store.close()
        self.meetings = (first.id, second.id)
        sources = []
        for n, meeting_id in enumerate(self.meetings):
            src = recording(folder / "usb" / f"rekaman {n}.mp4", seconds=1)
            attach_by_hand(self.db, meeting_id, src, who="Sari")
            sources.append(src)
        room = RoomRecordings(ROOM, WITA, dt.timedelta(minutes=30))
        engine, _events = engines(db_path=self.db, output_dir=self.out, recordings=room)
        engine.add(sources)

        def all_done() -> bool:
            jobs = engine.store.jobs()
            return len(jobs) == 2 and all(job.state is JobState.DONE for job in jobs)

        wait_for(all_done, 120)
        engine.close()  # the repair needs the database to itself
        self.folder = self.out / "archive" / "2026" / "12"
        assert len(list(self.folder.glob("*.mp4.json"))) == 2
        self.before = rows(self.db)
        # Each sidecar names its recording's id, the row that names the sidecar.
        for row in self.before["meeting_recording"]:
            said = json.loads(Path(row["sidecar_path"]).read_text(encoding="utf-8"))
            assert said["recording"]["id"] == row["id"] and said["sidecar_version"] == 1

    def hostile_sidecars(self) -> None:
        """Four files in the archive that look like sidecars and must not be trusted."""
        real = json.loads(next(self.folder.glob("*.mp4.json")).read_text(encoding="utf-8"))
        evil = {**real, "output": {**real["output"], "path": "../../etc/passwd"}}
        evil["meeting"] = {**real["meeting"], "id": 777, "title": "bukan rapat"}
        (self.folder / "passwd.json").write_text(json.dumps(evil), encoding="utf-8")
        (self.folder / "rusak.mp4.json").write_text('{"sidecar_version": 1, "meet', "utf-8")
        future = {**real, "sidecar_version": 99}
        future["meeting"] = {**real["meeting"], "id": 778}
        (self.folder / "masa depan.mp4.json").write_text(json.dumps(future), encoding="utf-8")
        # A sound sidecar, but a link to a file outside the archive: not read through.
        outside = {**real, "output": {**real["output"], "path": "archive/2026/12/luar.mp4"}}
        outside["meeting"] = {**real["meeting"], "id": 779, "title": "dari luar"}
        elsewhere = self.data.parent / "luar.mp4.json"
        elsewhere.write_text(json.dumps(outside), encoding="utf-8")
        (self.folder / "luar.mp4.json").symlink_to(elsewhere)

    def run(self, *args: str) -> Any:
        return vcdesk("--data-dir", str(self.data), *args)


def rows(db: Path) -> Rows:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {
            table: [dict(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY id")]
            for table in ("meeting", "meeting_change", "meeting_recording", "queue_job")
        }
    finally:
        conn.close()


def without(found: list[dict[str, Any]], *columns: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in columns} for row in found]


def folder_hash(folder: Path) -> str:
    """Every file's name, size, modification time and bytes: any change shows."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            stat = path.stat()
            digest.update(f"{stat.st_size} {stat.st_mtime_ns}".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def damage_tables(db: Path, *tables: str) -> None:
    """Random bytes over each table's root page (these small tables have one page each)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every row in the main file
    pages = [
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0]
        for t in tables
    ]
    conn.close()
    with db.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * PAGE)
            file.write(random.Random(page).randbytes(PAGE))


def test_a_damaged_database_gets_its_meetings_back_from_the_sidecars(
    engines: Make, tmp_path: Path
) -> None:
    room = Archived(tmp_path, engines)
    room.hostile_sidecars()
    archive = folder_hash(room.out)
    damage_tables(room.db, "meeting", "meeting_recording")
    assert room.run("database", "check").returncode == 1
    assert room.run("archive", "verify").returncode != 0

    ran = room.run("database", "repair", "--yes", "--archive", str(room.out))
    assert ran.returncode == 0 and ran.stderr == "", (ran.stdout, ran.stderr)
    changes = len(room.before["meeting_change"])
    assert (
        "Restored from the archive's sidecars. Meeting records: 2; changes to them: "
        f"{changes}; recordings: 2; finished conversions: 0" in ran.stdout
    ), ran.stdout
    assert "Sidecars that could not be read and were skipped: 4" in ran.stdout, ran.stdout

    after = rows(room.db)
    assert after["meeting"] == room.before["meeting"]  # the same ids, every field
    assert without(after["meeting_change"], "id") == without(room.before["meeting_change"], "id")
    # The recordings with their own ids (in their sidecars), their jobs and archive columns.
    assert after["meeting_recording"] == room.before["meeting_recording"]
    assert after["queue_job"] == room.before["queue_job"]  # the queue kept its done jobs
    for foreign in ("/etc/passwd", "bukan rapat", "dari luar", "luar.mp4"):
        assert foreign not in json.dumps(after), foreign

    verified = room.run("archive", "verify")
    assert verified.returncode == 0, (verified.stdout, verified.stderr)
    shown = room.run("meeting", "show", str(room.meetings[0]), "--json")
    assert shown.returncode == 0, shown.stderr
    assert len(json.loads(shown.stdout)["recordings"]) == 1

    again = room.run("database", "repair", "--yes", "--archive", str(room.out))
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert "nothing to repair" in again.stdout
    assert (
        "The archive's sidecars hold nothing the database lacks (sidecars read: 2)" in again.stdout
    )
    assert rows(room.db) == after
    third = restore_from_sidecars(room.db, [room.out])
    assert sorted((s.path.name, s.why) for s in third.skipped) == [
        ("luar.mp4.json", "unreadable"),
        ("masa depan.mp4.json", "version"),
        ("passwd.json", "path"),
        ("rusak.mp4.json", "unreadable"),
    ]
    assert not third.restored and rows(room.db) == after
    assert folder_hash(room.out) == archive  # the archive was only read

    # The database gone altogether: the sidecars make a new one.
    for file in room.data.glob("vcdesk.sqlite3*"):
        file.unlink()
    anew = room.run("database", "repair", "--archive", str(room.out))
    assert anew.returncode == 0, (anew.stdout, anew.stderr)
    assert "Meeting records: 2;" in anew.stdout and "finished conversions: 2" in anew.stdout
    assert rows(room.db)["meeting"] == room.before["meeting"]
    assert room.run("archive", "verify").returncode == 0


def test_deleted_rows_come_back_with_their_jobs_and_a_taken_id_is_said(
    engines: Make, tmp_path: Path
) -> None:
    room = Archived(tmp_path, engines)
    first, second = room.meetings
    conn = sqlite3.connect(room.db)
    with conn:
        conn.execute("DELETE FROM meeting_recording")
        conn.execute("DELETE FROM queue_job")
        conn.execute("DELETE FROM meeting_change WHERE meeting_id = ?", (second,))
        conn.execute("DELETE FROM meeting WHERE id = ?", (second,))
    conn.close()
    store = MeetingStore(room.db)
    try:
        taken = store.add("Ruang lain", "Rapat lain", at("15:00"), at("16:00"))
    finally:
        store.close()
    assert taken.id == second  # its number is another meeting's now
    # A recording attached since takes the first lost recording's number.
    other = recording(tmp_path / "usb" / "rekaman lain.mp4", seconds=1)
    newcomer, _ = attach_by_hand(room.db, taken.id, other, who="Sari")
    first_recording, second_recording = (r["id"] for r in room.before["meeting_recording"])
    assert newcomer.id == first_recording
    lost = Path(room.before["meeting_recording"][0]["archive_path"])
    lost.unlink()

    ran = room.run("database", "repair", "--yes", "--archive", str(room.out / "archive"))
    assert ran.returncode == 0 and ran.stderr == "", (ran.stdout, ran.stderr)
    assert "nothing to repair" in ran.stdout  # sound: only the sidecars' part ran
    second_changes = sum(1 for c in room.before["meeting_change"] if c["meeting_id"] == second)
    assert (
        "Restored from the archive's sidecars. Meeting records: 1; changes to them: "
        f"{second_changes}; recordings: 2; finished conversions: 2" in ran.stdout
    ), ran.stdout
    renumbered = second + 1
    assert f"Meeting #{second} came back as #{renumbered}" in ran.stdout, ran.stdout
    # Above every id the sidecars name: the second recording gets its own number back.
    moved = second_recording + 1
    assert f"Recording #{first_recording} came back as #{moved}" in ran.stdout, ran.stdout
    assert f"Recording #{second_recording} came back" not in ran.stdout
    assert "Restored recordings whose archived file is missing or changed: 1" in ran.stdout

    after = rows(room.db)
    meetings = {row["id"]: row for row in after["meeting"]}
    old_second = room.before["meeting"][1]
    assert meetings[renumbered] == {**old_second, "id": renumbered}
    assert meetings[first] == room.before["meeting"][0]  # kept, its change log untouched
    attached = {row["path"]: row for row in after["meeting_recording"]}
    for row in room.before["meeting_recording"]:
        back = attached[row["path"]]
        expected = renumbered if row["meeting_id"] == second else first
        assert back["meeting_id"] == expected
        assert back["archive_sha256"] == row["archive_sha256"]
        assert back["id"] == (moved if row["id"] == first_recording else row["id"])
    assert attached[str(other)]["id"] == newcomer.id and attached[str(other)]["job_id"] is None
    jobs = {job["output"]: job for job in after["queue_job"]}
    for row in room.before["queue_job"]:
        job = jobs[row["output"]]
        assert (job["state"], job["input"], job["output_dir"]) == (
            "done",
            row["input"],
            row["output_dir"],
        )
        assert job["origin"] == "restored" and job["output_bytes"] == row["output_bytes"]
        assert attached[row["input"]]["job_id"] == job["id"]
    listed = room.run("queue", "list")
    assert listed.returncode == 0 and listed.stdout.count("Done") == 2, listed.stdout

    verified = room.run("archive", "verify")
    assert verified.returncode == 1 and str(lost) in verified.stdout, verified.stdout
    again = restore_from_sidecars(room.db, [room.out])
    assert not again.restored and again.sidecars == 2 and not again.skipped
    assert rows(room.db) == after


def test_a_recording_keeps_its_number_and_one_from_an_old_sidecar_gets_a_new_one(
    engines: Make, tmp_path: Path
) -> None:
    room = Archived(tmp_path, engines)
    lost, kept = room.before["meeting_recording"]

    def lose_first() -> None:
        conn = sqlite3.connect(room.db)
        with conn:
            conn.execute("DELETE FROM meeting_recording WHERE id = ?", (lost["id"],))
        conn.close()

    lose_first()
    ran = room.run("database", "repair", "--yes", "--archive", str(room.out))
    assert ran.returncode == 0 and ran.stderr == "", (ran.stdout, ran.stderr)
    assert "recordings: 1; finished conversions: 0" in ran.stdout, ran.stdout
    assert "came back as" not in ran.stdout, ran.stdout
    assert rows(room.db) == room.before  # under its own number, as it was

    # Sidecars as a vcdesk before the recording's id wrote them: still read, a new number
    # (above the one kept), and nothing to report as renumbered (no number was named).
    for sidecar in room.folder.glob("*.mp4.json"):
        record = json.loads(sidecar.read_text(encoding="utf-8"))
        del record["recording"]["id"]
        sidecar.write_text(json.dumps(record, indent=2), encoding="utf-8")
    lose_first()
    report = restore_from_sidecars(room.db, [room.out])
    assert (report.sidecars, report.recordings, report.skipped) == (2, 1, [])
    assert report.recordings_renumbered == [] and report.renumbered == []
    after = rows(room.db)
    assert after["meeting_recording"] == [kept, {**lost, "id": kept["id"] + 1}]
    verified = room.run("archive", "verify")  # a sidecar without the id is not a mismatch
    assert verified.returncode == 0, (verified.stdout, verified.stderr)


def test_the_console_dialog_restores_from_the_active_profiles_archive(  # type: ignore[no-untyped-def]
    qtbot, engines: Make, tmp_path: Path
) -> None:
    room = Archived(tmp_path, engines)
    profile = tmp_path / "setda.yaml"
    profile.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Vicon Setda\n  timezone: Asia/Makassar\n"
        f"conversion:\n  output_dir: {json.dumps(str(room.out))}\n",
        encoding="utf-8",
    )
    settings = settings_for(room.data)
    settings.setValue("room/profile", str(profile))
    settings.sync()
    damage_tables(room.db, "meeting", "meeting_recording")
    error = check(room.db)
    assert error is not None and error.code == "damaged", error

    roots = active_output_dirs(settings_for(room.data))
    assert roots == [room.out]
    dialog = DamagedDatabaseDialog(error, archive_roots=roots)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.continue_button.isVisible, timeout=60_000)
    assert dialog.report is not None and dialog.report.restored is not None
    shown = dialog.outcome.text()
    for line in restore_lines(dialog.report.restored):
        assert line in shown, (line, shown)
    assert "Meeting records: 2;" in shown, shown
    assert rows(room.db)["meeting"] == room.before["meeting"]


def test_a_repair_told_where_to_look_says_when_it_found_no_sidecars(tmp_path: Path) -> None:
    empty = tmp_path / "arsip kosong"
    empty.mkdir()
    data = tmp_path / "data"
    ran = vcdesk(
        "--lang", "en", "--data-dir", str(data), "database", "repair", "--yes",
        "--archive", str(empty),
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert f"No archive sidecars were found in: {empty}" in ran.stdout
