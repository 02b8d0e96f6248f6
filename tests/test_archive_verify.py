"""`vcdesk archive verify` in a subprocess on an archive a real Engine made from real
recordings: 0 when all is good; 1 naming the file after one byte of an output changed, after
an output was deleted, after a sidecar was deleted or edited; --profile limits it to one
room; --json the same in every language."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.cli import vcdesk
from tests.fixtures.queue import Recorder, engines, recording
from tests.test_meeting_recordings import ROOM, WITA, at, drop, room_profile, run_until_converted
from vcdesk.core.meetings.archive import archive_target, sidecar_of
from vcdesk.core.meetings.recordings import RecordingStore, RoomRecordings
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.queue.engine import Engine

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]


def verify(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    result = vcdesk("--data-dir", str(data), "archive", "verify", *args, env={"VCDESK_LANG": lang})
    assert "Traceback" not in result.stderr, result.stderr
    return result


def archive(engines: Make, tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    """Three recordings of two meetings converted into the archive: (data dir, profile,
    the archived outputs)."""
    data, watch, out = tmp_path / "data", tmp_path / "watch", tmp_path / "out"
    profile_path = room_profile(tmp_path, watch, out)
    db = database_path(data)
    store = MeetingStore(db)
    try:
        store.add(ROOM, "Rapat koordinasi", at("09:00"), at("10:00"))
        store.add(ROOM, "Webinar SPBE", at("13:00"), at("14:00"))
    finally:
        store.close()
    source = recording(tmp_path / "made" / "source.mp4", seconds=3)
    for name, written in (("a.mp4", "09:50"), ("b.mp4", "10:10"), ("c.mp4", "13:40")):
        drop(source, watch / name, at(written))
    room = RoomRecordings.from_profile(load_profile(profile_path))
    engine, _events = engines(
        db_path=db, watch_dirs=[watch], watch_settle_s=0.2, output_dir=out, recordings=room
    )
    run_until_converted(engine, 3)
    recordings = RecordingStore(db)
    try:
        outputs = [Path(row.archive_path or "") for row in recordings.archived()]
    finally:
        recordings.close()
    assert len(outputs) == 3 and all(p.is_file() for p in outputs)
    return data, profile_path, outputs


def test_verify_good_changed_deleted_and_sidecars(engines: Make, tmp_path: Path) -> None:
    data, profile_path, outputs = archive(engines, tmp_path)
    good = verify(data)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "3 archived recordings checked" in good.stdout and "all good" in good.stdout
    as_json = json.loads(verify(data, "--profile", str(profile_path), "--json").stdout)
    assert as_json["ok"] is True and as_json["checked"] == 3 and as_json["problems"] == []
    assert as_json["bytes"] == sum(p.stat().st_size for p in outputs)

    # One byte changed, in the middle, the size and modification time kept as they were.
    changed = outputs[0]
    stat = changed.stat()
    with changed.open("r+b") as handle:
        handle.seek(stat.st_size // 2)
        byte = handle.read(1)
        handle.seek(stat.st_size // 2)
        handle.write(bytes([byte[0] ^ 0x01]))
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    result = verify(data)
    assert result.returncode == 1, result.stdout
    (line,) = result.stdout.splitlines()
    assert line.startswith("changed: ") and str(changed) in line
    assert "problems found: 1." in result.stderr

    deleted = outputs[1]
    deleted.unlink()
    result = verify(data)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(x.startswith("missing: ") and str(deleted) in x for x in lines), lines
    assert len(lines) == 2, lines  # the change above is still there; nothing else

    problems = json.loads(verify(data, "--json").stdout)["problems"]
    assert sorted((p["problem"], p["path"]) for p in problems) == sorted(
        [("changed", str(changed)), ("missing", str(deleted))]
    )

    # The third output is sound; its sidecar goes, then comes back saying another hash.
    third = outputs[2]
    sidecar = sidecar_of(third)
    kept = sidecar.read_text(encoding="utf-8")
    sidecar.unlink()
    lines = verify(data).stdout.splitlines()
    assert any(x.startswith("sidecar missing: ") and str(sidecar) in x for x in lines), lines
    record = json.loads(kept)
    record["output"]["sha256"] = "0" * 64
    sidecar.write_text(json.dumps(record), encoding="utf-8")
    lines = verify(data).stdout.splitlines()
    assert any(x.startswith("sidecar not matching: ") and str(sidecar) in x for x in lines)
    sidecar.write_text("{not json", encoding="utf-8")
    lines = verify(data).stdout.splitlines()
    assert any(x.startswith("sidecar unreadable: ") for x in lines), lines

    # In Indonesian too, with the same exit status.
    indonesian = verify(data, lang="id")
    assert indonesian.returncode == 1 and str(changed) in indonesian.stdout


def test_verify_one_room_and_an_empty_archive(engines: Make, tmp_path: Path) -> None:
    data, _profile, outputs = archive(engines, tmp_path)
    outputs[0].unlink()
    other = tmp_path / "other" / "lain.yaml"
    other.parent.mkdir()
    other.write_text(
        "schema_version: 1\nroom:\n  name: Ruang lain\n  timezone: Asia/Jakarta\n",
        encoding="utf-8",
    )
    # Another room's archive is sound: nothing of it to check.
    result = verify(data, "--profile", str(other))
    assert result.returncode == 0 and "No archived recordings" in result.stdout
    assert verify(data).returncode == 1
    empty = verify(tmp_path / "fresh")
    assert empty.returncode == 0 and "No archived recordings" in empty.stdout
    bad = verify(data, "--profile", str(tmp_path / "nope.yaml"))
    assert bad.returncode == 2


def test_zone_of_names_is_the_rooms(tmp_path: Path) -> None:
    """09:00 WITA is 01:00 UTC: the name says 0900, as the room's people say it; characters
    Windows refuses become "_" wherever the archive is written (it is copied and shared)."""
    store = MeetingStore(tmp_path / "db.sqlite3")
    try:
        meeting = store.add(ROOM, 'Rapat "A"  <B>', at("09:00"), at("10:00"))
    finally:
        store.close()
    target = archive_target(tmp_path, meeting, WITA, ".mp4")
    assert target == tmp_path / "archive/2026/12/2026-12-03 0900 Rapat _A_ _B_.mp4"
    utc = archive_target(tmp_path, meeting, dt.UTC, ".mp4")
    assert utc.name.startswith("2026-12-03 0100 ")
