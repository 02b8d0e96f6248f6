"""Issue 15 end to end: November 2026 in a room in Makassar (WITA, UTC+8), played day by day
on a simulated clock, on real components.

Each simulated day at 07:00 the room's calendar (a real ICS file: a weekly series, lone
events, an occurrence the booking system moves on the 12th, a webinar over its licence's
capacity) is read and recorded as RoomSchedule does (calendar.parse, calendar.expand over
ScheduleRecords.window, ScheduleRecords.record_feed); then the day's checklist runs are saved
(history.store, then clearing.link_run, as `vcdesk check` does), meeting mode goes on and
off through vcdesk.core.meetings.actual (what the queue engine calls), and the operator
types the participants. At the end of the month real recordings (ffmpeg, 2 s) are dropped
into the watch folder with their modification times inside, just after and well after the
meetings, and one real queue engine (remux) finds, attaches and archives them all: running
it once per simulated day would cost seconds each for the same result, since a recording
belongs to its meeting by the file's modification time, not by when it is found.

Then checked against figures worked out by hand below: the records, their actual times and
change logs, the attachments, the archive names and sidecars (with the outputs' SHA-256),
the licence flag, `vcdesk report month 2026-11 --profile P` (the real CLI, JSON), and
`vcdesk archive verify` after one archived file is changed and another deleted."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.cli import vcdesk
from tests.fixtures.queue import Recorder, engines, recording
from tests.test_meeting_recordings import drop, run_until_converted
from vcdesk.core.checks.result import Status
from vcdesk.core.history import RunRecord, store
from vcdesk.core.meetings.actual import MEETING_MODE, mode_off, mode_on
from vcdesk.core.meetings.archive import sidecar_of
from vcdesk.core.meetings.clearing import link_run
from vcdesk.core.meetings.from_schedule import ScheduleRecords
from vcdesk.core.meetings.licences import booking_of, conflicts
from vcdesk.core.meetings.recordings import RecordingStore, RoomRecordings
from vcdesk.core.meetings.rules import room_rules
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.queue.engine import Engine
from vcdesk.core.schedule.calendar import expand, parse

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]
WITA = ZoneInfo("Asia/Makassar")
ROOM = "Ruang Vicon Setda"
SERIES = "rakor-mingguan@setda.example.go.id"
WEBINAR = "webinar-spbe@setda.example.go.id"
WEEKLY = "Rapat koordinasi mingguan"
WEBINAR_TITLE = "Webinar SPBE: Transformasi Digital"
LICENCE = "Zoom Webinar 500"
TRAVEL, MEAL = 15_000_000, 65_000


def at(day: int, clock: str, month: int = 11) -> dt.datetime:
    """A moment of November 2026 on the room's clock."""
    hour, minute = (int(part) for part in clock.split(":"))
    return dt.datetime(2026, month, day, hour, minute, tzinfo=WITA)


def _utc(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def _event(uid: str, title: str, start: dt.datetime, end: dt.datetime, *extra: str) -> str:
    lines = [f"UID:{uid}", "DTSTAMP:20261020T000000Z", f"SUMMARY:{title}"]
    lines += [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}", *extra]
    return "BEGIN:VEVENT\n" + "\n".join(lines) + "\nEND:VEVENT\n"


def feed(moved: bool) -> str:
    """The room's calendar; from the 12th on (`moved`), the series' 16 November meeting is
    moved from 09:00 to 13:00."""
    events = [
        # Mondays 2, 9, 16, 23 and 30 November, 09:00-10:30.
        _event(SERIES, WEEKLY, at(2, "09:00"), at(2, "10:30"), "RRULE:FREQ=WEEKLY;COUNT=5"),
        _event(WEBINAR, WEBINAR_TITLE, at(5, "13:00"), at(5, "15:00")),
        _event("layanan@x", "Layanan konsultasi", at(11, "10:00"), at(11, "11:00")),
        _event("bimtek@x", "Bimtek RKPD", at(19, "08:00"), at(19, "12:00")),
        _event("akhir@x", "Rapat akhir bulan", at(27, "15:00"), at(27, "16:00")),
        # On the month's edges: 31 October and 1 December on the room's clock (the one is
        # 1 November in no zone, the other 30 November in UTC).
        _event("oktober@x", "Rapat Oktober", at(31, "23:00", 10), at(31, "23:45", 10)),
        _event("desember@x", "Rapat Desember", at(1, "00:30", 12), at(1, "01:30", 12)),
        # Free time is no meeting: no record.
        _event("piket@x", "Piket", at(13, "08:00"), at(13, "16:00"), "TRANSP:TRANSPARENT"),
    ]
    if moved:
        events.append(
            _event(
                SERIES,
                WEEKLY,
                at(16, "13:00"),
                at(16, "14:30"),
                f"RECURRENCE-ID:{_utc(at(16, '09:00'))}",
                "SEQUENCE:1",
            )
        )
    body = "".join(events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//vcdesk tests//month//ID\n{body}END:VCALENDAR\n"


def write_profile(folder: Path, watch: Path, out: Path) -> Path:
    path = folder / "setda.yaml"
    path.write_text(
        "\n".join(
            [
                "schema_version: 1",
                "room:",
                f"  name: {ROOM}",
                "  timezone: Asia/Makassar",
                "  operator: Budi",
                "schedule:",
                "  ics: jadwal.ics",
                "conversion:",
                f"  output_dir: {json.dumps(str(out))}",
                f"  watch_dirs: [{json.dumps(str(watch))}]",
                "  preset: remux",
                "meetings:",
                "  attach_after_min: 30",
                "licences:",
                f"  - name: {LICENCE}",
                "    kind: webinar",
                "    capacity: 500",
                "    hosts: [webinar@setda.example.go.id]",
                "  - name: Zoom Pro",
                "    kind: webmeeting",
                "    capacity: 100",
                "savings:",
                f"  travel_cost_per_meeting: {TRAVEL}",
                f"  meal_cost_per_participant: {MEAL}",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


# What happens in the room, moment by moment. Meeting mode: ("on"/"off", day, clock).
# Checklist runs: ("run", day, clock, status). The operator's typing after a meeting:
# ("edit", day, clock, title, fields).
Step = tuple[Any, ...]


def edit(day: int, clock: str, title: str, **fields: Any) -> Step:
    return ("edit", day, clock, title, fields)


SERIES_FIELDS = {"kind": "webmeeting", "organiser": "Sekretariat Daerah", "licence": "Zoom Pro"}
STEPS: list[Step] = [
    ("run", 2, "08:30", Status.PASS),
    ("on", 2, "08:55"),
    ("off", 2, "10:40"),  # 08:55-10:40: 105 min
    edit(2, "10:45", WEEKLY, **SERIES_FIELDS, actual_participants=25),
    ("run", 5, "12:15", Status.WARN),  # a warning still clears it: GO
    edit(5, "12:20", WEBINAR_TITLE, kind="webinar", organiser="Diskominfo", licence=LICENCE,
         expected_participants=520),  # more than the licence's 500
    ("on", 5, "12:40"),  # 20 min before its booking (within the 30 min lead)
    ("off", 5, "15:10"),  # 12:40-15:10: 150 min
    ("run", 9, "08:45", Status.FAIL),  # NO-GO
    ("on", 9, "09:02"),
    ("off", 9, "10:20"),  # 78 min
    edit(9, "10:30", WEEKLY, **SERIES_FIELDS, expected_participants=30),
    # No run and no meeting mode on the 11th: booked 60 min.
    edit(11, "11:05", "Layanan konsultasi", kind="layanan", organiser="Inspektorat",
         actual_participants=4),
    ("run", 16, "12:30", Status.PASS),  # clears the moved meeting (13:00)
    ("on", 16, "12:50"),
    ("off", 16, "13:30"),
    ("on", 16, "13:35"),  # the meeting went on after all: its end is cleared
    ("off", 16, "14:45"),  # 12:50-14:45: 115 min
    edit(16, "14:50", WEEKLY, **SERIES_FIELDS, actual_participants=28),
    ("run", 19, "07:40", Status.PASS),
    ("on", 19, "08:05"),  # never switched off: the booking's 240 min count
    edit(19, "12:05", "Bimtek RKPD", kind="webinar", organiser="Bappeda", licence=LICENCE,
         expected_participants=150, actual_participants=142),
    edit(23, "10:35", WEEKLY, **SERIES_FIELDS),  # nobody counted: 0 participants
    ("on", 27, "15:00"),
    ("off", 27, "15:45"),  # 45 min
    edit(27, "16:00", "Rapat akhir bulan", kind="webmeeting", organiser="Bappeda",
         expected_participants=12),
    ("on", 30, "09:00"),
    ("off", 30, "10:00"),  # 60 min
    edit(30, "10:05", WEEKLY, **SERIES_FIELDS, actual_participants=22),
]  # fmt: skip

# Recordings dropped into the watch folder: name -> (last written, the meeting's title and
# day it belongs to, or None).
DROPS: dict[str, tuple[dt.datetime, tuple[str, int] | None]] = {
    "zoom_0001.mp4": (at(2, "10:35"), (WEEKLY, 2)),
    "webinar-1.mp4": (at(5, "14:00"), (WEBINAR_TITLE, 5)),
    # 35 min after the webinar's booked end, 25 after meeting mode ended it: attached.
    "webinar-2.mp4": (at(5, "15:35"), (WEBINAR_TITLE, 5)),
    "rapat-16.mp4": (at(16, "14:40"), (WEEKLY, 16)),  # the moved meeting
    "bimtek.mp4": (at(19, "12:20"), ("Bimtek RKPD", 19)),
    "sisa.mp4": (at(23, "11:30"), None),  # 60 min after the 23rd's booked end: no meeting
}


def play_the_month(data: Path, profile_path: Path) -> None:
    db = database_path(data)
    profile = load_profile(profile_path)
    ics = profile_path.parent / "jadwal.ics"
    records = ScheduleRecords(ROOM, db)
    meetings = MeetingStore(db, room_rules(profile, profile_path))
    steps = sorted(STEPS, key=lambda step: at(step[1], step[2]))
    try:
        for day in range(1, 31):
            # 07:00: the schedule reads its feed, as RoomSchedule._record does.
            ics.write_text(feed(moved=day >= 12), encoding="utf-8")
            calendar = parse(ics.read_bytes(), str(ics))
            now = at(day, "07:00")
            start, end = records.window(now)
            seen = records.record_feed(
                expand(calendar, start, end, WITA), calendar.digest, now.date()
            )
            assert seen is not None and seen > 0, day
            for step in (s for s in steps if s[1] == day):
                when = at(day, step[2])
                if step[0] == "on":
                    assert mode_on(db, ROOM, when) is not None, step
                elif step[0] == "off":
                    assert mode_off(db, ROOM, when) is not None, step
                elif step[0] == "run":
                    saved = store(db, run_record(when, step[3]))
                    assert link_run(db, saved) is not None, step  # onto the meeting it clears
                else:
                    (record,) = [
                        m for m in meetings.list(ROOM, at(day, "00:00"), at(day, "23:59"))
                        if m.title == step[3]
                    ]  # fmt: skip
                    meetings.update(record.id, who="Budi", **step[4])
    finally:
        meetings.close()
        records.close()


def run_record(start: dt.datetime, overall: Status) -> RunRecord:
    return RunRecord(
        started=start,
        finished=start + dt.timedelta(minutes=2),
        profile_path="/rahasia/setda.yaml",
        room=ROOM,
        operator="Budi",
        overall=overall,
        results=(),
    )


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = vcdesk("--data-dir", str(data), *args)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_a_month_played_on_a_simulated_clock(engines: Make, tmp_path: Path) -> None:
    data, watch, out = tmp_path / "data", tmp_path / "watch", tmp_path / "out"
    profile_path = write_profile(tmp_path, watch, out)
    db = database_path(data)
    play_the_month(data, profile_path)

    # --- the records ---------------------------------------------------------------------
    meetings = MeetingStore(db)
    try:
        every = meetings.list(ROOM)
        changes = {m.id: meetings.changes(m.id) for m in every}
    finally:
        meetings.close()
    # 5 Mondays, 4 lone November meetings, and the two on the month's edges.
    assert len(every) == 11
    assert all(m.source == "calendar" for m in every)
    november = [m for m in every if m.booked_start.astimezone(WITA).month == 11]
    assert len(november) == 9
    by_day = {(m.title, m.booked_start.astimezone(WITA).day): m for m in november}
    weekly = [by_day[(WEEKLY, day)] for day in (2, 9, 16, 23, 30)]
    moved = by_day[(WEEKLY, 16)]
    assert (moved.booked_start, moved.booked_end) == (at(16, "13:00"), at(16, "14:30"))
    assert moved.occurrence == at(16, "09:00")  # still the same instance of the series
    assert {(c.field, c.who) for c in changes[moved.id][1:] if c.who == "calendar"} == {
        ("booked_start", "calendar"),
        ("booked_end", "calendar"),
    }
    # Actual times: meeting mode's, where it was switched; none elsewhere.
    actual = {
        (m.title, m.booked_start.astimezone(WITA).day): (m.actual_start, m.actual_end)
        for m in november
    }
    assert actual == {
        (WEEKLY, 2): (at(2, "08:55"), at(2, "10:40")),
        (WEBINAR_TITLE, 5): (at(5, "12:40"), at(5, "15:10")),
        (WEEKLY, 9): (at(9, "09:02"), at(9, "10:20")),
        ("Layanan konsultasi", 11): (None, None),
        (WEEKLY, 16): (at(16, "12:50"), at(16, "14:45")),
        ("Bimtek RKPD", 19): (at(19, "08:05"), None),
        (WEEKLY, 23): (None, None),
        ("Rapat akhir bulan", 27): (at(27, "15:00"), at(27, "15:45")),
        (WEEKLY, 30): (at(30, "09:00"), at(30, "10:00")),
    }
    mode = [(c.field, c.new) for c in changes[moved.id] if c.who == MEETING_MODE]

    def iso(clock: str) -> str:  # as the change log keeps times: UTC
        return at(16, clock).astimezone(dt.UTC).isoformat()

    assert mode == [
        ("actual_start", iso("12:50")),
        ("actual_end", iso("13:30")),
        ("actual_end", None),  # on again while it ran
        ("actual_end", iso("14:45")),
    ]
    assert [m.check_run_id is not None for m in weekly] == [True, True, True, False, False]
    assert by_day[(WEBINAR_TITLE, 5)].check_run_id is not None
    assert by_day[("Layanan konsultasi", 11)].check_run_id is None

    # The webinar asks more of its licence than it admits; nothing else is flagged.
    profile = load_profile(profile_path)
    flags = conflicts([booking_of(m) for m in november], profile.licences, WITA)
    webinar = by_day[(WEBINAR_TITLE, 5)]
    assert {key: [f.to_json() for f in found] for key, found in flags.items()} == {
        webinar.id: [
            {"code": "over_capacity", "participants": 520, "capacity": 500, "licence": LICENCE}
        ]
    }

    # --- recordings: dropped, found, attached and archived by the real engine --------------
    source = recording(tmp_path / "made" / "rekaman.mp4", seconds=2)
    size = source.stat().st_size
    for name, (written, _owner) in DROPS.items():
        drop(source, watch / name, written)
    engine, _events = engines(
        db_path=db,
        watch_dirs=[watch],
        watch_settle_s=0.2,
        output_dir=out,
        preset="remux",
        recordings=RoomRecordings.from_profile(profile),
    )
    run_until_converted(engine, len(DROPS))
    # A job is DONE before its worker records the archive's row: wait for the workers.
    assert engine.wait_until_empty(60)
    outputs = {Path(job.input).name: Path(job.output or "") for job in engine.store.jobs()}
    engine.stop()
    rows_store = RecordingStore(db)
    try:
        rows = {name: rows_store.for_path(watch / name) for name in DROPS}
    finally:
        rows_store.close()
    owners = {name: None if row is None else row.meeting_id for name, row in rows.items()}
    assert owners == {
        name: None if owner is None else by_day[owner].id for name, (_w, owner) in DROPS.items()
    }
    archive = out / "archive" / "2026" / "11"
    assert outputs["zoom_0001.mp4"] == archive / "2026-11-02 0900 Rapat koordinasi mingguan.mp4"
    assert {outputs["webinar-1.mp4"].name, outputs["webinar-2.mp4"].name} == {
        "2026-11-05 1300 Webinar SPBE_ Transformasi Digital.mp4",
        "2026-11-05 1300 Webinar SPBE_ Transformasi Digital (2).mp4",
    }
    # Named by the booking as moved (13:00), not as first booked (09:00).
    assert outputs["rapat-16.mp4"] == archive / "2026-11-16 1300 Rapat koordinasi mingguan.mp4"
    assert outputs["bimtek.mp4"] == archive / "2026-11-19 0800 Bimtek RKPD.mp4"
    assert outputs["sisa.mp4"] == out / "sisa.mp4"  # no meeting: the usual name
    assert sorted(p.name for p in archive.iterdir() if p.suffix == ".mp4") == sorted(
        outputs[name].name for name in DROPS if name != "sisa.mp4"
    )

    for name, (_written, owner) in DROPS.items():
        if owner is None:
            assert not sidecar_of(outputs[name]).exists()
            continue
        output, row, meeting = outputs[name], rows[name], by_day[owner]
        assert row is not None
        digest = hashlib.sha256(output.read_bytes()).hexdigest()
        assert (row.archive_path, row.archive_sha256) == (str(output), digest)
        assert (row.bytes, row.archive_bytes) == (size, output.stat().st_size)
        sidecar = json.loads(sidecar_of(output).read_text(encoding="utf-8"))
        assert sidecar["output"] == {
            "path": output.relative_to(out).as_posix(),
            "bytes": output.stat().st_size,
            "sha256": digest,
        }
        assert sidecar["recording"]["path"] == str(watch / name)
        assert sidecar["recording"]["bytes"] == size
        shown = sidecar["meeting"]
        assert (shown["id"], shown["title"]) == (meeting.id, owner[0])
        assert shown["booked_start"] == meeting.booked_start.astimezone(WITA).isoformat()
        assert sidecar["changes"][0]["field"] == "created"
    moved_sidecar = json.loads(sidecar_of(outputs["rapat-16.mp4"]).read_text(encoding="utf-8"))
    assert moved_sidecar["meeting"]["booked_start"] == "2026-11-16T13:00:00+08:00"
    assert moved_sidecar["meeting"]["actual_start"] == "2026-11-16T12:50:00+08:00"
    assert moved_sidecar["meeting"]["actual_end"] == "2026-11-16T14:45:00+08:00"
    assert moved_sidecar["meeting"]["actual_participants"] == 28
    assert [c["who"] for c in moved_sidecar["changes"]].count(MEETING_MODE) == 4

    # --- the month's report, by hand ------------------------------------------------------
    # Minutes (actual when both ends are known, else booked):
    #   Mondays 105 + 78 + 115 + 90 (23rd, booked) + 60 = 448
    #   webinar 150, layanan 60 (booked), Bimtek 240 (no actual end: booked), akhir 45
    #   all: 448 + 150 + 60 + 240 + 45 = 943 min = 15.7166 h
    # Participants (actual, else expected, else 0):
    #   Mondays 25 + 30 + 28 + 0 + 22 = 105; webinar 520; layanan 4; Bimtek 142; akhir 12
    #   all: 105 + 520 + 4 + 142 + 12 = 783
    # Savings: 9 x 15.000.000 + 783 x 65.000 = 135.000.000 + 50.895.000 = 185.895.000
    result = cli(data, "report", "month", "2026-11", "--profile", str(profile_path))
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    assert (got["month"], got["room"]) == ("2026-11", ROOM)
    assert got["meetings"] == 9
    assert got["hours"] == 15.72
    assert got["participants"] == 783
    assert got["savings_idr"] == 185_895_000
    assert got["by_kind"] == {
        # 5 Mondays + akhir: 448 + 45 = 493 min; 105 + 12 = 117; 6 x 15 jt + 117 x 65 rb
        "webmeeting": {
            "meetings": 6,
            "hours": 8.22,
            "participants": 117,
            "savings_idr": 97_605_000,
        },
        # webinar + Bimtek: 150 + 240 = 390 min; 520 + 142 = 662; 30 jt + 43.030.000
        "webinar": {"meetings": 2, "hours": 6.5, "participants": 662, "savings_idr": 73_030_000},
        # 60 min, 4 participants: 15 jt + 260 rb
        "layanan": {"meetings": 1, "hours": 1.0, "participants": 4, "savings_idr": 15_260_000},
    }
    assert got["by_organiser"] == {
        # Bimtek + akhir: 240 + 45 = 285 min; 142 + 12 = 154; 30 jt + 10.010.000
        "Bappeda": {"meetings": 2, "hours": 4.75, "participants": 154, "savings_idr": 40_010_000},
        # 150 min; 520; 15 jt + 33.800.000
        "Diskominfo": {"meetings": 1, "hours": 2.5, "participants": 520, "savings_idr": 48_800_000},
        "Inspektorat": {"meetings": 1, "hours": 1.0, "participants": 4, "savings_idr": 15_260_000},
        # the Mondays: 448 min; 105; 75 jt + 6.825.000
        "Sekretariat Daerah": {
            "meetings": 5, "hours": 7.47, "participants": 105, "savings_idr": 81_825_000,
        },
    }  # fmt: skip
    # GO: the 2nd (pass), the 5th (warn), the 16th (pass), the 19th (pass); NO-GO: the 9th;
    # no run: the 11th, 23rd, 27th and 30th.
    assert got["checklists"] == {"go": 4, "no_go": 1, "none": 4}
    # Five recordings of 2 s each (10 s is 0.00 h); the stray one belongs to no meeting.
    assert got["recordings"] == {"count": 5, "hours": 0.0, "bytes": 5 * size}
    verdicts = {(m["title"], m["booked_start"][8:10]): m["checklist"] for m in got["meetings_list"]}
    assert verdicts[(WEEKLY, "09")] == "no_go" and verdicts[(WEEKLY, "16")] == "go"

    # --- the archive, verified ------------------------------------------------------------
    good = cli(data, "archive", "verify", "--profile", str(profile_path))
    assert good.returncode == 0, good.stdout + good.stderr
    assert "5 archived recordings checked" in good.stdout
    changed, deleted = outputs["bimtek.mp4"], outputs["zoom_0001.mp4"]
    with changed.open("r+b") as handle:
        handle.seek(changed.stat().st_size // 2)
        byte = handle.read(1)
        handle.seek(-1, 1)
        handle.write(bytes([byte[0] ^ 0xFF]))
    result = cli(data, "archive", "verify", "--profile", str(profile_path))
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"changed: {changed} (meeting #{by_day[('Bimtek RKPD', 19)].id})")
    deleted.unlink()
    result = cli(data, "archive", "verify", "--profile", str(profile_path))
    assert result.returncode == 1
    lines = sorted(result.stdout.splitlines())
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"changed: {changed} "), lines
    assert lines[1].startswith(f"missing: {deleted} (meeting #{weekly[0].id})"), lines
