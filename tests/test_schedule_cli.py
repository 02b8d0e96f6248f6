"""`vcdesk schedule show` and `end` as an admin runs them: the day in the room's zone, the
conversion plan, JSON, ending the meeting on now, and exit codes for bad input and for a
feed that cannot be read."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.cli import vcdesk
from tests.fixtures.calendar import ics, noon_zone
from tests.fixtures.queue import recording
from tests.test_schedule_feed import Feed

ICS = Path(__file__).parent / "fixtures" / "ics"


def profile(folder: Path, ics: str | None, zone: str = "Asia/Jakarta") -> Path:
    path = folder / "ruang.yaml"
    lines = ["schema_version: 1", "room:", "  name: Ruang Vicon Setda", f"  timezone: {zone}"]
    if ics is not None:
        lines += ["schedule:", f"  ics: {ics}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def show(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = vcdesk("--data-dir", str(data), "schedule", "show", *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_day_and_plan_in_text_and_json(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copy(ICS / "weekly.ics", tmp_path / "jadwal.ics")
    room = profile(tmp_path, "jadwal.ics")
    long = recording(tmp_path / "panjang.mp4", seconds=20)
    short = recording(tmp_path / "pendek.mp4", seconds=1)
    added = vcdesk(
        "--data-dir", str(data), "queue", "add", str(long), str(short), "--preset", "h264-720p"
    )
    assert added.returncode == 0, added.stderr
    # 20 s before the 08:45 hold: the 1 s job fits (about 16 s with no history yet), the
    # 20 s one (about 30 s) waits for the meeting to end at 10:30.
    args = ["--profile", str(room), "--date", "2025-03-10", "--now", "2025-03-10T08:44:40"]

    text = show(data, *args)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "Ruang Vicon Setda: Monday, 10 Mar 2025 (WIB, Asia/Jakarta)"
    assert lines[1].startswith(f"Calendar: {tmp_path / 'jadwal.ics'} (read ")
    assert "  09:00-10:30 WIB     Rapat koordinasi mingguan" in lines
    assert "  13:00-15:00 WIB     Musrenbang daring dengan Bappenas" in lines
    assert not any("batal" in line for line in lines)  # the cancelled event
    plan = [line for line in lines if line.startswith("  #")]
    assert plan[0] == "  #2    runs 08:44-08:44 WIB (less than a minute)  h264-720p  pendek.mp4"
    assert plan[1] == "  #1    runs 10:30-10:30 WIB (less than a minute)  h264-720p  panjang.mp4"
    head = "Conversion plan from 08:44 WIB (no job runs in a meeting, nor 15 min before one):"
    assert head in lines

    report = json.loads(show(data, *args, "--json").stdout)
    assert set(report) == {
        "room", "date", "timezone", "zone", "now", "pause_before_min", "feed", "meetings", "plan"
    }  # fmt: skip
    assert (report["zone"], report["timezone"], report["date"]) == (
        "WIB",
        "Asia/Jakarta",
        "2025-03-10",
    )
    assert report["feed"]["state"] == "fresh"
    assert [m["start"] for m in report["meetings"]] == [
        "2025-03-10T09:00:00+07:00",
        "2025-03-10T13:00:00+07:00",
    ]
    assert [(p["job_id"], p["start"][11:16]) for p in report["plan"]] == [
        (2, "08:44"),
        (1, "10:30"),
    ]


def test_utc_feed_in_a_wita_room(tmp_path: Path) -> None:
    room = profile(tmp_path, str(ICS / "utc.ics"), zone="Asia/Makassar")
    result = show(tmp_path / "data", "--profile", str(room), "--date", "2025-03-12")
    assert result.returncode == 0, result.stderr
    assert "  09:00-10:00 WITA    Rapat pagi (UTC)" in result.stdout
    assert "  23:30-13/03 00:30 WITA Rapat menjelang tengah malam" in result.stdout
    assert "Conversion plan: no job waits or runs." in result.stdout


def test_feed_gone_uses_the_copy_and_says_so(tmp_path: Path) -> None:
    data, feed = tmp_path / "data", tmp_path / "jadwal.ics"
    shutil.copy(ICS / "weekly.ics", feed)
    args = ["--profile", str(profile(tmp_path, str(feed))), "--date", "2025-03-10"]
    assert show(data, *args).returncode == 0
    feed.unlink()
    result = show(data, *args)
    assert result.returncode == 0
    assert f"Calendar: {feed} cannot be read now: using the copy read " in result.stdout
    assert "Rapat koordinasi mingguan" in result.stdout
    assert "does not exist" in result.stderr and "last good copy" in result.stderr


def test_unreadable_feed_never_read_is_exit_2_with_a_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    broken = show(
        data, "--profile", str(profile(tmp_path, str(ICS / "broken.ics"))), "--date", "2025-03-10"
    )
    assert broken.returncode == 2
    assert "not an iCalendar file" in broken.stderr
    assert "cannot be read, and no copy was kept" in broken.stdout
    nowhere = profile(tmp_path, "http://127.0.0.1:9/jadwal.ics")
    result = show(data, "--profile", str(nowhere))
    assert result.returncode == 2 and "cannot be reached" in result.stderr


def test_usage_and_profile_errors_are_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    room = profile(tmp_path, None)
    assert show(data, "--profile", str(room), "--date", "10/03/2025").returncode == 2
    assert show(data, "--profile", str(room), "--now", "besok").returncode == 2
    assert show(data).returncode == 2  # --profile is required
    missing = show(data, "--profile", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 2 and "nope.yaml" in missing.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nroom:\n  name: R\n  timezone: Asia/Bali\n", encoding="utf-8")
    wrong = show(data, "--profile", str(bad))
    assert wrong.returncode == 2 and "unknown time zone" in wrong.stderr
    # No feed at all is fine: the console's entries only.
    fine = show(data, "--profile", str(room))
    assert fine.returncode == 0 and "entered in the console only" in fine.stdout


def test_end_frees_the_room_from_the_meeting_on_now(tmp_path: Path) -> None:
    data = tmp_path / "data"
    zone_name, zone = noon_zone()
    now = datetime.now(zone).replace(second=0, microsecond=0)
    meeting = (
        "rapat@example",
        "Rapat Anggaran",
        now - timedelta(minutes=30),
        now + timedelta(hours=1),
    )
    (tmp_path / "jadwal.ics").write_text(ics([meeting]))
    room = profile(tmp_path, "jadwal.ics", zone_name)
    ended = vcdesk("--data-dir", str(data), "schedule", "end", "--profile", str(room))
    assert ended.returncode == 0, ended.stderr
    assert "Ended “Rapat Anggaran” (booked until" in ended.stdout and "is free from" in ended.stdout
    # The queue's side: the meeting now ends at the moment it was ended, for any reader.
    day = json.loads(show(data, "--profile", str(room), "--json").stdout)
    (shown,) = day["meetings"]
    assert datetime.fromisoformat(shown["end"]) <= datetime.now(zone)
    again = vcdesk("--data-dir", str(data), "schedule", "end", "--profile", str(room))
    assert again.returncode == 1 and "no meeting is on now in Ruang Vicon Setda" in again.stdout
    missing = vcdesk("--data-dir", str(data), "schedule", "end", "--profile", "nope.yaml")
    assert missing.returncode == 2 and "nope.yaml" in missing.stderr


@pytest.fixture
def served() -> Iterator[Feed]:
    """The week's feed on a real HTTP server on loopback."""
    feed = Feed()
    yield feed
    feed.stop()


def _broken(n: int) -> bytes:
    """`n` events with no start time, as a booking system's bad export writes them."""
    return b"".join(
        b"BEGIN:VEVENT\r\nUID:rusak-%d@contoh\r\nSUMMARY:Rusak %d\r\nEND:VEVENT\r\n" % (i, i)
        for i in range(1, n + 1)
    )


def test_malformed_events_are_listed_after_the_good_meetings(served: Feed, tmp_path: Path) -> None:
    # The week's meetings with one event that has no start time among them.
    feed = served
    feed.body = feed.body.replace(b"END:VCALENDAR", _broken(1) + b"END:VCALENDAR")
    data, room = tmp_path / "data", profile(tmp_path, feed.url)
    args = ["--profile", str(room), "--date", "2025-03-10", "--now", "2025-03-10T07:00"]
    result = show(data, *args)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "; events left out because they could not be read: 1" in lines[1]
    meetings = lines.index("Meetings:")
    assert lines[meetings + 1 : meetings + 3] == [
        "  09:00-10:30 WIB     Rapat koordinasi mingguan",
        "  13:00-15:00 WIB     Musrenbang daring dengan Bappenas",
    ]
    problems = lines.index("Calendar problems: 1 (the rest of the calendar is used):")
    assert problems == meetings + 4  # after the agenda and a blank line, before the plan
    assert lines[problems + 1] == (
        "  - The event “Rusak 1” (rusak-1@contoh) was left out: it has no start time"
    )
    assert "Conversion plan: no job waits or runs." in lines[problems + 2 :]
    # --json has the same, with codes and values.
    report = json.loads(show(data, *args, "--json").stdout)
    (warning,) = report["feed"]["warnings"]
    assert (warning["code"], warning["params"]["case"]) == ("skipped", "no_start")
    assert warning["params"]["uid"] == "rusak-1@contoh"
    assert report["feed"]["skipped"] == 1 and len(report["meetings"]) == 2


def test_many_malformed_events_show_the_first_few(served: Feed, tmp_path: Path) -> None:
    feed = served
    feed.body = feed.body.replace(b"END:VCALENDAR", _broken(7) + b"END:VCALENDAR")
    room = profile(tmp_path, feed.url)
    result = show(tmp_path / "data", "--profile", str(room), "--date", "2025-03-10")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    start = lines.index("Calendar problems: 7 (the rest of the calendar is used):")
    listed = [line for line in lines[start + 1 : start + 6]]
    assert [line.split("” (")[0] for line in listed] == [
        f"  - The event “Rusak {i}" for i in range(1, 6)
    ]
    assert lines[start + 6] == "  … and 2 more (all of them: --json)"
    assert "Rapat koordinasi mingguan" in result.stdout
