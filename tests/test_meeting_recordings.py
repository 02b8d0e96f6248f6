"""Recordings belong to their meeting, on real components: real recordings (ffmpeg) dropped
into a real watch folder with their modification times set during, after (within and
beyond meetings.attach_after_min) and before meetings kept by a real MeetingStore; a real
Engine converting them (remux); the archive names and sidecars read back from disk; and
`vcdesk meeting attach` / `meeting show` in a subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.cli import vcdesk
from tests.fixtures.queue import Recorder, engines, recording, wait_for
from vcdesk.core.meetings.archive import archive_target, sha256_file, sidecar_of
from vcdesk.core.meetings.recordings import (
    RecordingStore,
    RoomRecordings,
    attach_found,
    meeting_for,
)
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]
WITA = ZoneInfo("Asia/Makassar")
ROOM = "Ruang Vicon Setda"


def at(hhmm: str, day: str = "2026-12-03") -> dt.datetime:
    """A moment on the room's clock (WITA, UTC+8)."""
    return dt.datetime.fromisoformat(f"{day} {hhmm}").replace(tzinfo=WITA)


def room_profile(folder: Path, watch: Path, out: Path, after_min: int = 30) -> Path:
    path = folder / "setda.yaml"
    path.write_text(
        "\n".join(
            [
                "schema_version: 1",
                "room:",
                f"  name: {ROOM}",
                "  timezone: Asia/Makassar",
                "  operator: Budi",
                "disk:",
                f"  recordings_dir: {json.dumps(str(folder / 'recordings'))}",
                "conversion:",
                f"  output_dir: {json.dumps(str(out))}",
                f"  watch_dirs: [{json.dumps(str(watch))}]",
                "meetings:",
                f"  attach_after_min: {after_min}",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def drop(source: Path, target: Path, written: dt.datetime) -> Path:
    """A recording appearing in a folder, last written at `written`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    stamp = written.timestamp()
    os.utime(target, (stamp, stamp))
    return target


def run_until_converted(engine: Engine, count: int) -> None:
    def all_done() -> bool:
        jobs = engine.store.jobs()
        return len(jobs) == count and all(job.state.finished for job in jobs)

    wait_for(all_done, 180)
    states = [(job.input, job.state, job.error) for job in engine.store.jobs()]
    assert all(state is JobState.DONE for _, state, _ in states), states


def test_the_rule_latest_starting_meeting_actual_end_and_grace(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    store = MeetingStore(db)
    try:
        a = store.add(ROOM, "A", at("09:00"), at("10:30"))
        b = store.add(ROOM, "B", at("10:00"), at("11:00"))
        c = store.add(ROOM, "C", at("13:00"), at("15:00"), actual_end=at("13:30"))
        store.add("Ruang lain", "other room", at("08:00"), at("18:00"))
        room = RoomRecordings(ROOM, WITA, dt.timedelta(minutes=30))
        found = {
            hhmm: getattr(room.find_meeting(store, at(hhmm)), "title", None)
            for hhmm in ("08:59", "09:00", "09:59", "10:20", "10:30", "11:30", "11:31", "13:50")
        }
        found["14:10"] = getattr(room.find_meeting(store, at("14:10")), "title", None)
    finally:
        store.close()
    assert found == {
        "08:59": None,  # before any meeting of this room (the other room's does not count)
        "09:00": "A",
        "09:59": "A",
        "10:20": "B",  # A and B both on: the one that started last
        "10:30": "B",
        "11:30": "B",  # B's end + 30 min, the last moment
        "11:31": None,
        "13:50": "C",  # C ended at 13:30 (actual), within 30 min
        "14:10": None,  # booked until 15:00, but really ended 13:30: 40 min after is too late
    }
    assert meeting_for([a, b, c], at("12:00"), dt.timedelta(hours=1)) == b


def test_watch_folder_recordings_are_attached_and_archived_by_their_meeting(
    engines: Make, tmp_path: Path
) -> None:
    watch, out = tmp_path / "watch", tmp_path / "out"
    profile = load_profile(room_profile(tmp_path, watch, out))
    room = RoomRecordings.from_profile(profile)
    db = tmp_path / "vcdesk.sqlite3"
    store = MeetingStore(db)
    try:
        a = store.add(ROOM, "Rapat koordinasi: anggaran/2027?", at("09:00"), at("10:30"))
        b = store.add(ROOM, "Webinar SPBE", at("10:00"), at("11:00"), kind="webinar")
        c = store.add(ROOM, "Layanan", at("13:00"), at("15:00"), actual_end=at("13:30"))
    finally:
        store.close()
    source = recording(tmp_path / "made" / "source.mp4", seconds=2)
    dropped = {
        "-y.mp4": (at("09:30"), a.id),  # a name like an option is just a name
        "zoom/overlap.mp4": (at("10:20"), b.id),  # in a subfolder, as Zoom does
        "after.mp4": (at("11:25"), b.id),  # 25 min after B: within 30
        "late.mp4": (at("11:45"), None),  # 45 min after B: beyond
        "early.mp4": (at("08:30"), None),  # before A
        "rekaman\nC.mp4": (at("13:50"), c.id),  # a newline in its name
        "too-late-for-C.mp4": (at("14:10"), None),
    }
    for name, (written, _meeting) in dropped.items():
        drop(source, watch / name, written)
    engine, _events = engines(
        db_path=db,
        watch_dirs=[watch],
        watch_settle_s=0.2,
        output_dir=out,
        preset="remux",
        recordings=room,
    )
    run_until_converted(engine, len(dropped))

    recordings = RecordingStore(db)
    try:
        attached = {
            name: getattr(recordings.for_path(watch / name), "meeting_id", None) for name in dropped
        }
        rows = {name: recordings.for_path(watch / name) for name in dropped}
    finally:
        recordings.close()
    assert attached == {name: meeting for name, (_w, meeting) in dropped.items()}

    outputs = {
        Path(job.input).relative_to(watch).as_posix(): Path(job.output or "")
        for job in engine.store.jobs()
    }
    archive = out / "archive" / "2026" / "12"
    assert outputs["-y.mp4"] == archive / "2026-12-03 0900 Rapat koordinasi_ anggaran_2027_.mp4"
    assert {outputs["zoom/overlap.mp4"].name, outputs["after.mp4"].name} == {
        "2026-12-03 1000 Webinar SPBE.mp4",
        "2026-12-03 1000 Webinar SPBE (2).mp4",  # a name taken gets " (2)"
    }
    assert outputs["rekaman\nC.mp4"] == archive / "2026-12-03 1300 Layanan.mp4"
    for name in ("late.mp4", "early.mp4", "too-late-for-C.mp4"):  # no meeting: today's naming
        assert outputs[name] == out / name
        assert not sidecar_of(outputs[name]).exists()
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["archive", "late.mp4", "early.mp4", "too-late-for-C.mp4"]
    )

    for name, (_written, meeting_id) in dropped.items():
        if meeting_id is None:
            continue
        output, row = outputs[name], rows[name]
        assert row is not None
        digest = hashlib.sha256(output.read_bytes()).hexdigest()
        assert row.job_id is not None and row.attached_by == "watch"
        assert row.archive_path == str(output)
        assert (row.archive_sha256, row.archive_bytes) == (digest, output.stat().st_size)
        assert row.sidecar_path == str(sidecar_of(output))
        assert row.duration_s is not None and abs(row.duration_s - 2) < 0.5
        text = sidecar_of(output).read_text(encoding="utf-8")
        sidecar = json.loads(text)
        assert sidecar["meeting"]["id"] == meeting_id
        assert sidecar["meeting"]["booked_start"].endswith("+08:00")  # the room's clock
        assert sidecar["changes"][0]["field"] == "created"
        assert sidecar["recording"]["path"] == str(watch / name)
        assert sidecar["recording"]["bytes"] == source.stat().st_size
        assert sidecar["output"] == {
            "path": output.relative_to(out).as_posix(),
            "bytes": output.stat().st_size,
            "sha256": digest,
        }
        assert "password" not in text.lower()
    assert (
        json.loads(sidecar_of(outputs["zoom/overlap.mp4"]).read_text())["meeting"]["kind"]
        == "webinar"
    )

    # The archive's own outputs are never attached, even when found in a watched folder.
    jobs = JobStore(db)
    try:
        output = outputs["-y.mp4"]
        assert attach_found(room, db, output, output.stat().st_mtime_ns, jobs=jobs) is None
        partial = drop(source, watch / ".rapat.0a1b2c3d.part", at("09:30"))
        assert attach_found(room, db, partial, partial.stat().st_mtime_ns, jobs=jobs) is None
    finally:
        jobs.close()


def test_attach_by_hand_then_queue_archives_by_the_meeting(engines: Make, tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = database_path(data)
    out = tmp_path / "out"
    store = MeetingStore(db)
    try:
        meeting = store.add(ROOM, "Sosialisasi SPBE", at("14:00"), at("15:00"))
    finally:
        store.close()
    # Far from any meeting's time and in no room folder: only a hand attaches it.
    src = recording(tmp_path / "usb" / "rekaman 14.00.mp4", seconds=2)
    os.utime(src, (at("20:00").timestamp(), at("20:00").timestamp()))

    refused = vcdesk("--data-dir", str(data), "meeting", "attach", "999", str(src))
    assert refused.returncode == 2 and "999" in refused.stderr, refused.stderr
    missing = vcdesk("--data-dir", str(data), "meeting", "attach", str(meeting.id), "nope.mp4")
    assert missing.returncode == 2 and "nope.mp4" in missing.stderr, missing.stderr
    partial = tmp_path / "usb" / ".rekaman.0a1b2c3d.part"
    shutil.copyfile(src, partial)
    refused = vcdesk("--data-dir", str(data), "meeting", "attach", str(meeting.id), str(partial))
    assert refused.returncode == 2 and "partial" in refused.stderr, refused.stderr

    done = vcdesk(
        "--data-dir", str(data), "meeting", "attach", str(meeting.id), str(src), "--who", "Sari"
    )
    assert done.returncode == 0, done.stderr
    assert f"#{meeting.id}" in done.stdout

    # The room's engine (no folders of its own here): names on the room's clock.
    room = RoomRecordings(ROOM, WITA, dt.timedelta(minutes=30))
    engine, _events = engines(db_path=db, output_dir=out, preset="remux", recordings=room)
    engine.add([src])
    run_until_converted(engine, 1)
    (job,) = engine.store.jobs()
    local = Path(job.output or "")
    assert local == archive_target(out, meeting, WITA, ".mp4")
    assert local == out / "archive/2026/12/2026-12-03 1400 Sosialisasi SPBE.mp4"

    shown = vcdesk("--data-dir", str(data), "meeting", "show", str(meeting.id), "--json")
    assert shown.returncode == 0, shown.stderr
    (row,) = json.loads(shown.stdout)["recordings"]
    assert row["path"] == str(src) and row["attached_by"] == "Sari"
    assert row["archive_path"] == str(local)
    assert row["archive_sha256"] == sha256_file(local)
    text = vcdesk("--data-dir", str(data), "meeting", "show", str(meeting.id))
    assert str(local) in text.stdout and row["archive_sha256"] in text.stdout

    # The archive's output itself cannot be attached: it is not a recording.
    again = vcdesk("--data-dir", str(data), "meeting", "attach", str(meeting.id), str(local))
    assert again.returncode == 2 and "output" in again.stderr, again.stderr


def test_recording_queued_by_hand_from_the_recordings_folder_is_attached(
    engines: Make, tmp_path: Path
) -> None:
    """The room's recordings folder is not watched here; a recording queued from it is
    attached when its conversion starts, by the same rule."""
    watch, out = tmp_path / "watch", tmp_path / "out"
    profile = load_profile(room_profile(tmp_path, watch, out))
    room = RoomRecordings.from_profile(profile)
    db = tmp_path / "vcdesk.sqlite3"
    store = MeetingStore(db)
    try:
        meeting = store.add(ROOM, "Bimtek", at("08:00"), at("09:00"))
    finally:
        store.close()
    source = recording(tmp_path / "made" / "source.mp4", seconds=2)
    inside = drop(source, tmp_path / "recordings" / "bimtek.mp4", at("09:10"))
    outside = drop(source, tmp_path / "elsewhere" / "bimtek.mp4", at("09:10"))
    engine, _events = engines(db_path=db, output_dir=out, recordings=room)
    engine.add([inside, outside])
    run_until_converted(engine, 2)
    names = {job.input: Path(job.output or "") for job in engine.store.jobs()}
    assert names[str(inside)] == out / "archive/2026/12/2026-12-03 0800 Bimtek.mp4"
    assert names[str(outside)] == out / "bimtek.mp4"  # not the room's folder: not attached
    recordings = RecordingStore(db)
    try:
        row = recordings.for_path(inside)
        assert row is not None and row.meeting_id == meeting.id and row.attached_by == "watch"
        assert recordings.for_path(outside) is None
    finally:
        recordings.close()
