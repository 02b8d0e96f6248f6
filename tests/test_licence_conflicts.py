"""Licence capacity and host-account conflicts (issue 15): the rule as a table of cases, then
two rooms, each with its own data folder, database and profile, sharing one licences file:
each sees the other's meetings through the bookings the rooms publish beside that file. A
hostile room name stays inside the bookings folder; a damaged bookings file is left out."""

from __future__ import annotations

import datetime as dt
import json
import logging
import subprocess
from collections.abc import Hashable, Mapping
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.cli import vcdesk
from tests.fixtures.calendar import ics
from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.checks.runner import RunContext, run_checklist
from vcdesk.core.meetings import bookings
from vcdesk.core.meetings.bookings import bookings_dir, file_name, room_conflicts
from vcdesk.core.meetings.licences import Booking, Flag, conflicts
from vcdesk.core.meetings.model import Meeting
from vcdesk.core.meetings.rules import room_rules
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Licence
from vcdesk.core.schedule.meetings import Meeting as ScheduleMeeting
from vcdesk.core.words import ENGLISH, speaking
from vcdesk.core.words.meetings import flag_text

WITA = ZoneInfo("Asia/Makassar")
DAY = dt.date(2026, 12, 3)


def at(hhmm: str, day: dt.date = DAY) -> dt.datetime:
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hour, minute), WITA)


def licence(name: str = "Zoom Pro", capacity: int = 100, hosts: int = 1) -> Licence:
    accounts = tuple(f"host{i}@prov.go.id" for i in range(hosts))
    return Licence(name=name, kind="webmeeting", capacity=capacity, hosts=accounts)


def booking(
    key: Hashable, start: str, end: str, lic: str = "Zoom Pro", n: int | None = None
) -> Booking:
    return Booking(key, "Ruang A", f"Rapat {key}", lic, at(start), at(end), n)


def codes(found: Mapping[Hashable, list[Flag]]) -> dict[Hashable, list[str]]:
    return {key: [f.code for f in flags] for key, flags in found.items()}


# --- the rule -------------------------------------------------------------------------------

# (bookings, licences, expected codes by key)
CASES = [
    pytest.param(
        [booking(1, "09:00", "11:00"), booking(2, "10:00", "12:00")],
        [licence(hosts=1)],
        {1: ["hosts_busy"], 2: ["hosts_busy"]},
        id="overlap-one-host",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00"), booking(2, "10:00", "12:00")],
        [licence(hosts=2)],
        {},
        id="overlap-two-hosts",
    ),
    pytest.param(
        [booking(1, "09:00", "10:00"), booking(2, "10:00", "11:00")],
        [licence(hosts=1)],
        {},
        id="end-touches-start",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00"), booking(2, "10:00", "12:00")],
        [licence(hosts=0)],
        {1: ["hosts_busy"], 2: ["hosts_busy"]},
        id="no-hosts-listed-is-one",
    ),
    pytest.param(
        # two hosts: A with B, then A with C, never three at once; D makes three with A, B
        [
            booking(1, "09:00", "12:00"),
            booking(2, "09:00", "10:00"),
            booking(3, "10:00", "11:00"),
        ],
        [licence(hosts=2)],
        {},
        id="two-hosts-never-three",
    ),
    pytest.param(
        [
            booking(1, "09:00", "12:00"),
            booking(2, "09:00", "10:30"),
            booking(3, "10:00", "11:00"),
        ],
        [licence(hosts=2)],
        {1: ["hosts_busy"], 2: ["hosts_busy"], 3: ["hosts_busy"]},
        id="two-hosts-three-at-once",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00", "Zoom Pro"), booking(2, "10:00", "12:00", "Zoom Lain")],
        [licence("Zoom Pro"), licence("Zoom Lain")],
        {},
        id="different-licences",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00", n=101), booking(2, "12:00", "13:00", n=100)],
        [licence(capacity=100)],
        {1: ["over_capacity"]},
        id="over-capacity-at-capacity-is-fine",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00", n=500), booking(2, "10:00", "11:00")],
        [licence(capacity=300)],
        {1: ["over_capacity", "hosts_busy"], 2: ["hosts_busy"]},
        id="both",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00", "Dihapus"), booking(2, "10:00", "12:00", "Dihapus")],
        [licence()],
        {1: ["unknown_licence"], 2: ["unknown_licence"]},
        id="unknown-licence-warns",
    ),
    pytest.param(
        [booking(1, "09:00", "11:00", ""), booking(2, "10:00", "12:00", "")],
        [licence()],
        {},
        id="no-licence-no-flag",
    ),
]


@pytest.mark.parametrize(("given", "licences", "expected"), CASES)
def test_the_rule(
    given: list[Booking], licences: list[Licence], expected: dict[int, list[str]]
) -> None:
    assert codes(conflicts(given, licences, WITA)) == expected


def test_a_flag_names_the_other_meetings_on_the_rooms_clock() -> None:
    other = Booking(("Ruang Rapat Bupati", "7"), "Ruang Rapat Bupati", "Rakor", "Zoom Pro",
                    at("09:00"), at("11:00"))  # fmt: skip
    found = conflicts([booking(1, "10:00", "12:00", n=450), other], [licence(capacity=300)], WITA)
    over, busy = found[1]
    assert over.to_json() == {
        "code": "over_capacity",
        "participants": 450,
        "capacity": 300,
        "licence": "Zoom Pro",
    }
    assert busy.params["others"] == [
        {"room": "Ruang Rapat Bupati", "title": "Rakor", "start": "2026-12-03T09:00+08:00"}
    ]
    with speaking(ENGLISH):
        assert flag_text(over.code, over.params) == (
            "450 participants, but licence Zoom Pro admits 300"
        )
        assert flag_text(busy.code, busy.params) == (
            "licence Zoom Pro has 1 host account and 2 meetings at once: "
            "Ruang Rapat Bupati 09:00 “Rakor”"
        )
    assert [f.code for f in found[("Ruang Rapat Bupati", "7")]] == ["hosts_busy"]


def test_only_the_judged_are_flagged() -> None:
    given = [booking(1, "09:00", "11:00"), booking(2, "10:00", "12:00")]
    assert codes(conflicts(given, [licence()], WITA, judge=[2])) == {2: ["hosts_busy"]}


# --- two rooms sharing a licences file --------------------------------------------------------

SHARED = """\
licences:
  - name: Zoom Pro
    kind: webmeeting
    capacity: 300
    hosts: [rapat@prov.go.id]
  - name: Zoom Pro Ganda
    kind: webmeeting
    capacity: 300
    hosts: [rapat1@prov.go.id, rapat2@prov.go.id]
  - name: Zoom Webinar 500
    kind: webinar
    capacity: 500
"""


def room(folder: Path, name: str, licences_file: str = "../bersama/lisensi.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ruang.yaml"
    text = (
        "schema_version: 1\nroom:\n"
        f"  name: {json.dumps(name)}\n  timezone: Asia/Makassar\n"
        f"licences_file: {licences_file}\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def add(path: Path, start: str, end: str, lic: str, n: int | None = None) -> Meeting:
    """A meeting of the room whose profile is `path` (its data folder beside it)."""
    profile = load_profile(path)
    store = MeetingStore(database_path(path.parent / "data"), room_rules(profile, path))
    try:
        name = profile.room.name
        return store.add(
            name, f"Rapat {name[:20]}", at(start), at(end), licence=lic, expected_participants=n
        )
    finally:
        store.close()


@pytest.fixture
def rooms(tmp_path: Path) -> tuple[Path, Path, Path]:
    shared = tmp_path / "bersama" / "lisensi.yaml"
    shared.parent.mkdir()
    shared.write_text(SHARED, encoding="utf-8")
    bookings._written.clear()
    return shared, room(tmp_path / "a", "Ruang Rapat Bupati"), room(tmp_path / "b", "Ruang Sekda")


NOW = at("08:00")


def flags_of(path: Path, now: dt.datetime = NOW) -> dict[int, list[str]]:
    data = path.parent / "data"
    found = room_conflicts(load_profile(path), path, database_path(data), now)
    return {key: [f.code for f in flags] for key, flags in found.items()}


def test_two_rooms_see_each_others_meetings(rooms: tuple[Path, Path, Path]) -> None:
    shared, a, b = rooms
    ma = add(a, "09:00", "11:00", "Zoom Pro", 40)
    mb = add(b, "10:00", "12:00", "Zoom Pro", 20)
    # on the two-host licence at the same times: no conflict
    pa = add(a, "13:00", "15:00", "Zoom Pro Ganda")
    pb = add(b, "14:00", "16:00", "Zoom Pro Ganda")
    # over capacity, alone on its licence
    big = add(b, "16:00", "17:00", "Zoom Webinar 500", 650)

    assert flags_of(a) == {}  # B has not published yet
    assert flags_of(b) == {mb.id: ["hosts_busy"], big.id: ["over_capacity"]}  # A has
    assert flags_of(a) == {ma.id: ["hosts_busy"]}
    assert pa.id not in flags_of(a) and pb.id not in flags_of(b)

    folder = bookings_dir(shared)
    assert folder == shared.parent / "lisensi.bookings"
    files = sorted(p.name for p in folder.iterdir())
    assert files == sorted([file_name("Ruang Rapat Bupati"), file_name("Ruang Sekda")])
    published = json.loads((folder / file_name("Ruang Sekda")).read_text(encoding="utf-8"))
    assert published["room"] == "Ruang Sekda"
    assert {entry["licence"] for entry in published["bookings"]} == {
        "Zoom Pro",
        "Zoom Pro Ganda",
        "Zoom Webinar 500",
    }

    # B's meeting moves to the afternoon: A's flag goes once B has read (and published) again
    store = MeetingStore(database_path(b.parent / "data"))
    store.update(mb.id, booked_start=at("11:00"), booked_end=at("12:00"))
    store.close()
    assert flags_of(b) == {big.id: ["over_capacity"]}
    assert flags_of(a) == {}


def test_a_meeting_outside_the_window_is_not_published(rooms: tuple[Path, Path, Path]) -> None:
    shared, a, _ = rooms
    add(a, "09:00", "11:00", "Zoom Pro")
    flags_of(a, now=NOW + dt.timedelta(days=9))  # the window is long past that meeting
    published = json.loads(
        (bookings_dir(shared) / file_name("Ruang Rapat Bupati")).read_text(encoding="utf-8")
    )
    assert published["bookings"] == []


def test_a_room_name_is_just_a_name(rooms: tuple[Path, Path, Path], tmp_path: Path) -> None:
    shared, a, _ = rooms
    for hostile in ("../../etc/passwd", "a/b\nc", "x" * 300, "..", "Ruang/../../../tmp"):
        name = file_name(hostile)
        assert "/" not in name and "\n" not in name and not name.startswith(".")
        assert len(name) <= 60
    assert file_name("../x") != file_name("x/..")
    evil = room(tmp_path / "c", "../../../luar\nx" + "y" * 150)
    profile = load_profile(evil)
    add(evil, "09:00", "11:00", "Zoom Pro")
    add(a, "10:00", "12:00", "Zoom Pro")
    assert list(flags_of(evil).values()) == []
    assert list(flags_of(a).values()) == [["hosts_busy"]]
    written = {p.name for p in bookings_dir(shared).iterdir()}
    assert written == {file_name(profile.room.name), file_name("Ruang Rapat Bupati")}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "bersama", "c"]


def test_a_damaged_bookings_file_is_left_out(
    rooms: tuple[Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    shared, a, b = rooms
    ma = add(a, "09:00", "11:00", "Zoom Pro")
    add(b, "10:00", "12:00", "Zoom Pro")
    flags_of(b)
    folder = bookings_dir(shared)
    (folder / "rusak.json").write_text('{"format": "vcdesk-bookings", "ver', encoding="utf-8")
    (folder / "lama.json").write_text(
        json.dumps({"format": "vcdesk-bookings", "version": 0, "room": "X", "bookings": []}),
        encoding="utf-8",
    )
    (folder / "aneh.json").write_text(
        json.dumps({"format": "vcdesk-bookings", "version": 1, "room": "Y",
                    "bookings": [{"id": 1, "title": "t", "licence": "Zoom Pro",
                                  "start": "kemarin", "end": "2026-12-03T12:00:00+00:00"}]}),
        encoding="utf-8",
    )  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="vcdesk.core.meetings.bookings"):
        assert flags_of(a) == {ma.id: ["hosts_busy"]}  # B's file still read
        assert flags_of(a) == {ma.id: ["hosts_busy"]}
    left_out = [r.getMessage() for r in caplog.records if "left out" in r.getMessage()]
    assert len(left_out) == 3  # once each, not at every read
    assert any("rusak.json" in m for m in left_out) and any("version 0" in m for m in left_out)


def test_an_unwritable_folder_still_judges_what_it_reads(
    rooms: tuple[Path, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    shared, a, _ = rooms
    add(a, "09:00", "11:00", "Zoom Pro", 400)
    bookings_dir(shared).write_text("not a folder", encoding="utf-8")  # mkdir fails
    with caplog.at_level(logging.WARNING, logger="vcdesk.core.meetings.bookings"):
        assert list(flags_of(a).values()) == [["over_capacity"]]
        assert list(flags_of(a).values()) == [["over_capacity"]]
    assert sum("cannot be published" in r.getMessage() for r in caplog.records) == 1


def test_own_file_is_not_read_as_another_room(rooms: tuple[Path, Path, Path]) -> None:
    """A stale copy of this room's own file (a meeting since moved) does not flag it."""
    shared, a, _ = rooms
    ma = add(a, "09:00", "11:00", "Zoom Pro")
    flags_of(a)
    folder = bookings_dir(shared)
    own = json.loads((folder / file_name("Ruang Rapat Bupati")).read_text(encoding="utf-8"))
    own["bookings"][0]["id"] = 999  # as if another meeting of this room, at the same time
    (folder / "salinan.json").write_text(json.dumps(own), encoding="utf-8")
    assert ma.id not in flags_of(a)


# --- the checklist's licence check --------------------------------------------------------


def linked(path: Path, uid: str, start: str, end: str, lic: str, n: int | None = None) -> Meeting:
    """A console meeting's record, as the schedule keeps it (found again by its uid)."""
    profile = load_profile(path)
    store = MeetingStore(database_path(path.parent / "data"), room_rules(profile, path))
    try:
        return store.add(profile.room.name, f"Rapat {uid}", at(start), at(end), source="console",
                         link=(uid, at(start)), licence=lic, expected_participants=n)  # fmt: skip
    finally:
        store.close()


def check(path: Path, meetings: list[ScheduleMeeting], now: str = "08:45") -> CheckResult:
    profile = load_profile(path)
    context = RunContext.for_meetings(
        profile, at(now), meetings, profile_path=path, database=database_path(path.parent / "data")
    )
    (result,) = run_checklist(profile, only=["licence"], context=context)
    return result


def console(uid: str, start: str, end: str) -> ScheduleMeeting:
    return ScheduleMeeting(at(start), at(end), f"Rapat {uid}", source="console", uid=uid)


def test_the_check_verdicts(rooms: tuple[Path, Path, Path]) -> None:
    _, a, b = rooms
    linked(a, "console-1", "09:00", "11:00", "Zoom Pro", 40)
    linked(a, "console-2", "13:00", "14:00", "Zoom Pro Ganda", 400)
    linked(a, "console-3", "15:00", "16:00", "")
    linked(b, "console-9", "10:00", "12:00", "Zoom Pro")

    ok = check(a, [console("console-1", "09:00", "11:00")])
    assert (ok.status, ok.code) == (Status.PASS, "licence.ok"), ok.message
    assert ok.message == (
        "“Rapat console-1” uses Zoom Pro: 40 participants within its capacity of 300, "
        "and a host account is free."
    )
    assert ok.threshold == "≤ 300 participants, a free host account"

    check(b, [console("console-9", "10:00", "12:00")], now="09:30")  # B publishes; A sees it
    busy = check(a, [console("console-1", "09:00", "11:00")])
    assert (busy.status, busy.code) == (Status.WARN, "licence.conflict")
    assert "licence Zoom Pro has 1 host account and 2 meetings at once: Ruang Sekda 10:00 " in (
        busy.message
    )
    assert [f["code"] for f in busy.details["flags"]] == ["hosts_busy"]

    big = check(a, [console("console-2", "13:00", "14:00")], now="12:30")
    assert big.status is Status.WARN
    assert "400 participants, but licence Zoom Pro Ganda admits 300" in big.message

    none = check(a, [console("console-3", "15:00", "16:00")], now="14:30")
    assert (none.status, none.code) == (Status.SKIP, "licence.no_licence")
    later = check(a, [console("console-3", "15:00", "16:00")], now="08:00")  # 7 h ahead
    assert (later.status, later.code) == (Status.SKIP, "licence.no_meeting")
    unknown = check(a, [console("console-77", "09:00", "10:00")])
    assert (unknown.status, unknown.code) == (Status.SKIP, "licence.no_record")
    assert "“Rapat console-77” has no meeting record" in unknown.message


def test_the_check_skips_a_room_without_licences(tmp_path: Path) -> None:
    path = tmp_path / "ruang.yaml"
    path.write_text("schema_version: 1\nroom:\n  name: Ruang\n  timezone: Asia/Makassar\n")
    result = check(path, [console("console-1", "09:00", "10:00")])
    assert (result.status, result.code) == (Status.SKIP, "licence.no_licences")


# --- `vcdesk schedule show`, through the real CLI ------------------------------------------


def calendar_room(folder: Path, name: str, uid: str, start: str, end: str) -> Path:
    """A room whose calendar books one meeting on DAY."""
    path = room(folder, name)
    (folder / "jadwal.ics").write_text(ics([(uid, f"Rapat {name}", at(start), at(end))]))
    with path.open("a", encoding="utf-8") as out:
        out.write("schedule:\n  ics: jadwal.ics\n")
    return path


def show(path: Path, *extra: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    args = ["--profile", str(path), "--date", str(DAY), "--now", f"{DAY}T08:00", *extra]
    data = str(path.parent / "data")
    result = vcdesk("--data-dir", data, "schedule", "show", *args, env={"VCDESK_LANG": lang})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result


def set_licence(path: Path, lic: str, n: int | None = None) -> None:
    """The calendar meeting's record (made by the first `schedule show`) gets its licence."""
    profile = load_profile(path)
    store = MeetingStore(database_path(path.parent / "data"), room_rules(profile, path))
    try:
        (record,) = store.list(profile.room.name)
        store.update(record.id, licence=lic, expected_participants=n)
    finally:
        store.close()


def test_schedule_show_flags_both_rooms(rooms: tuple[Path, Path, Path]) -> None:
    _, a, b = rooms
    a = calendar_room(a.parent, "Ruang Rapat Bupati", "rakor-1", "09:00", "11:00")
    b = calendar_room(b.parent, "Ruang Sekda", "sosialisasi-1", "10:00", "12:00")
    first = show(a)
    assert "⚠" not in first.stdout  # no licence on its record yet
    show(b)
    set_licence(a, "Zoom Pro", 450)
    set_licence(b, "Zoom Pro")
    show(a)  # publishes A's meeting; B's not yet published with its licence
    text = show(b).stdout.splitlines()
    row = text.index("  10:00-12:00 WITA    Rapat Ruang Sekda")
    assert text[row + 1].strip() == (
        "⚠ licence Zoom Pro has 1 host account and 2 meetings at once: "
        "Ruang Rapat Bupati 09:00 “Rapat Ruang Rapat Bupati”"
    )
    report = json.loads(show(a, "--json").stdout)
    (meeting,) = report["meetings"]
    assert [flag["code"] for flag in meeting["flags"]] == ["over_capacity", "hosts_busy"]
    over, busy = meeting["flags"]
    assert over == {
        "code": "over_capacity",
        "participants": 450,
        "capacity": 300,
        "licence": "Zoom Pro",
        "message": "450 participants, but licence Zoom Pro admits 300",
    }
    assert busy["hosts"] == 1 and busy["others"] == [
        {"room": "Ruang Sekda", "title": "Rapat Ruang Sekda", "start": "2026-12-03T10:00+08:00"}
    ]
    # on the two-host licence the same times are fine
    set_licence(a, "Zoom Pro Ganda")
    set_licence(b, "Zoom Pro Ganda")
    show(b)
    assert json.loads(show(a, "--json").stdout)["meetings"][0]["flags"] == []


# --- the console's agenda ------------------------------------------------------------------


def test_the_agenda_marks_a_flagged_meeting(qtbot, rooms: tuple[Path, Path, Path]) -> None:  # type: ignore[no-untyped-def]
    from vcdesk.qt.schedule import ScheduleController
    from vcdesk.ui.widgets.agenda import Agenda

    _, a, b = rooms
    a = calendar_room(a.parent, "Ruang Rapat Bupati", "rakor-1", "09:00", "11:00")
    linked(b, "console-9", "10:00", "12:00", "Zoom Pro")
    flags_of(b)  # B publishes its meeting
    controller = ScheduleController(a.parent / "data", clock=lambda: NOW, tick_ms=3_600_000)
    board = Agenda()
    qtbot.addWidget(board)
    controller.agendaChanged.connect(lambda m: board.show_meetings(m, "WITA"))
    controller.countdown.connect(board.show_countdown)
    controller.flagsChanged.connect(board.show_flags)  # as vcdesk.ui.meeting_desk connects it
    try:
        with qtbot.waitSignal(controller.agendaChanged, timeout=10_000):
            controller.set_room(load_profile(a), a)
        qtbot.waitUntil(lambda: board.list.count() == 1 and controller.loaded, timeout=5000)
        assert board.list.item(0).text() == "09:00–11:00 WITA   Rapat Ruang Rapat Bupati"
        set_licence(a, "Zoom Pro", 450)  # its record now names the one-host licence
        controller.reload()
        qtbot.waitUntil(lambda: board.list.item(0).text().startswith("⚠"), timeout=5000)
        item = board.list.item(0)
        assert item.text() == "⚠ 09:00–11:00 WITA   Rapat Ruang Rapat Bupati"
        assert not item.icon().isNull()
        assert item.toolTip().splitlines() == [
            "09:00–11:00 WITA   Rapat Ruang Rapat Bupati",
            "⚠ 450 participants, but licence Zoom Pro admits 300",
            "⚠ licence Zoom Pro has 1 host account and 2 meetings at once: "
            "Ruang Sekda 10:00 “Rapat console-9”",
        ]
        set_licence(a, "Zoom Pro Ganda", 20)  # two hosts, enough room: the mark goes
        controller.reload()
        qtbot.waitUntil(lambda: not board.list.item(0).text().startswith("⚠"), timeout=5000)
        assert "⚠" not in board.list.item(0).toolTip()
    finally:
        controller.close()
        controller.wait(5000)


def test_every_licence_code_has_words() -> None:
    from vcdesk.core.checks import licence as check_module
    from vcdesk.core.meetings.licences import CODES
    from vcdesk.core.words import checks
    from vcdesk.core.words.meetings import FLAG_TEMPLATES

    assert all(checks.has_words(code) for code in check_module.CODES)
    assert {code for code, _ in FLAG_TEMPLATES.worded()} == set(CODES)
    details = {"meeting_title": "Rakor", "error": "OperationalError: x"}
    unreadable = CheckResult("licence", Status.WARN, "licence.unreadable", details=details)
    assert unreadable.message == (
        "The meeting records could not be read (OperationalError: x), so the licence of "
        "“Rakor” was not checked."
    )
    with speaking(ENGLISH):
        gone = flag_text("unknown_licence", {"licence": "Zoom Lama"})
    assert gone == "licence Zoom Lama is no longer among the licences of this room"
    assert checks.check_name("licence") == "Licence"
