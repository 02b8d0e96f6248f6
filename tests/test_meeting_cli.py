"""`vcdesk meeting add|list|set|show` as an operator runs them, in a subprocess on a real
database: times typed and shown on the room's clock, the change log after two changes, JSON
that is the same in every language, and bad input refused with exit 2, one line, and the
database left as it was."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli import vcdesk
from vcdesk.core.paths import database_path


def profile(folder: Path, name: str = "Ruang Vicon Setda", zone: str = "Asia/Makassar") -> Path:
    path = folder / f"{name.split()[-1].lower()}.yaml"
    lines = [
        "schema_version: 1",
        "room:",
        f"  name: {name}",
        f"  timezone: {zone}",
        "  operator: Budi",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    result = vcdesk("--data-dir", str(data), "meeting", *args, env={"VCDESK_LANG": lang})
    assert "Traceback" not in result.stderr, result.stderr
    return result


def dump(data: Path) -> list[str]:
    conn = sqlite3.connect(database_path(data))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def add(data: Path, room: Path, *extra: str) -> dict[str, object]:
    result = run(
        data,
        "add",
        "--profile",
        str(room),
        "--title",
        "Rapat koordinasi",
        "--start",
        "2026-12-03 09:00",
        "--end",
        "2026-12-03 10:30",
        "--json",
        *extra,
    )
    assert result.returncode == 0, result.stderr
    record: dict[str, object] = json.loads(result.stdout)
    return record


def test_add_list_and_show_on_the_rooms_clock(tmp_path: Path) -> None:
    data, room = tmp_path / "data", profile(tmp_path)
    added = run(
        data,
        "add",
        "--profile",
        str(room),
        "--title",
        "Rapat koordinasi",
        "--start",
        "2026-12-03 09:00",
        "--end",
        "2026-12-03 10:30",
        "--kind",
        "webinar",
        "--organiser",
        "Bappeda",
        "--participants",
        "120",
        "--platform",
        "Zoom",
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout == (
        "Meeting #1 recorded: Rapat koordinasi, Thursday, 3 Dec 2026  09:00-10:30 WITA.\n"
    )
    # Just after midnight on the room's clock is still the 3rd in UTC: listed on the 4th.
    late = add(data, room, "--start", "2026-12-04 00:30", "--end", "2026-12-04 01:15")
    assert late["booked_start"] == "2026-12-04T00:30:00+08:00"
    assert late["operator"] == "Budi"  # the profile's room.operator

    listed = run(data, "list", "--profile", str(room))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "#1     Thursday, 3 Dec 2026  09:00-10:30 WITA  Rapat koordinasi  webinar  Bappeda"
        "  120 expected",
        "#2     Friday, 4 Dec 2026  00:30-01:15 WITA  Rapat koordinasi  –  –  –",
    ]
    day = run(data, "list", "--profile", str(room), "--from", "2026-12-04", "--to", "2026-12-04")
    assert [line[:2] for line in day.stdout.splitlines()] == ["#2"]
    before = run(data, "list", "--profile", str(room), "--to", "2026-12-03", "--json")
    report = json.loads(before.stdout)
    assert (report["room"], report["timezone"], report["from"], report["to"]) == (
        "Ruang Vicon Setda",
        "Asia/Makassar",
        None,
        "2026-12-03",
    )
    assert [m["id"] for m in report["meetings"]] == [1]
    assert report["meetings"][0]["expected_participants"] == 120
    assert report["meetings"][0]["booked_end"] == "2026-12-03T10:30:00+08:00"
    none = run(data, "list", "--profile", str(room), "--from", "2026-12-05")
    assert none.stdout == "No meetings.\n"


def test_two_sets_leave_a_change_log_of_who_when_old_and_new(tmp_path: Path) -> None:
    data, room = tmp_path / "data", profile(tmp_path)
    made = add(data, room, "--participants", "100")
    first = run(data, "set", str(made["id"]), "--participants", "95", "--who", "Sari")
    assert (first.returncode, first.stdout) == (0, "Meeting #1: 1 change recorded.\n")
    second = run(
        data,
        "set",
        "1",
        "--profile",
        str(room),
        "--participants",
        "97",
        "--actual-start",
        "2026-12-03 09:05",
        "--notes",
        "Kamera 2 mati",
        "--who",
        "Budi",
    )
    assert (second.returncode, second.stdout) == (0, "Meeting #1: 3 changes recorded.\n")
    again = run(data, "set", "1", "--participants", "97", "--who", "Budi")
    assert again.stdout == "Meeting #1: nothing changed (it already has those values).\n"

    shown = json.loads(run(data, "show", "1", "--profile", str(room), "--json").stdout)
    assert shown["meeting"]["actual_participants"] == 97
    assert shown["meeting"]["actual_start"] == "2026-12-03T09:05:00+08:00"
    changes = [(c["who"], c["field"], c["old"], c["new"]) for c in shown["changes"][1:]]
    assert changes == [
        ("Sari", "actual_participants", None, 95),
        ("Budi", "actual_participants", 95, 97),
        ("Budi", "actual_start", None, "2026-12-03T01:05:00+00:00"),
        ("Budi", "notes", "", "Kamera 2 mati"),
    ]
    assert shown["changes"][0]["field"] == "created"
    assert all(c["at"].endswith("+08:00") for c in shown["changes"])

    text = run(data, "show", "1", "--profile", str(room)).stdout.splitlines()
    assert text[0] == "#1  Rapat koordinasi"
    assert "  actual participants: 97" in text
    assert "  actual start: 3 Dec 2026 09:05 WITA" in text
    log = text[text.index("Changes:") + 1 :]
    assert log[0].endswith("  record created")
    assert log[1].endswith("  Sari  actual participants: – → 95")
    assert log[3].endswith("  Budi  actual start: – → 3 Dec 2026 09:05 WITA")


BAD_ADD = [
    (["--end", "2026-12-03 08:30"], "the meeting must end after it starts"),
    (["--participants", "-3"], "the number of participants must be from 0 to 100,000, not -3"),
    (["--participants", "banyak"], "the number of participants must be a whole number"),
    (["--kind", "rapat"], "unknown meeting kind 'rapat': the kinds of this room are webmeeting"),
    (["--licence", "Zoom Pro"], "unknown licence 'Zoom Pro': the room profile lists no licences"),
    (["--start", "03/12/2026 09:00"], "expected a time as YYYY-MM-DD HH:MM"),
    (["--title", " "], "a meeting needs a title"),
]


@pytest.mark.parametrize(("extra", "words"), BAD_ADD)
def test_bad_input_to_add_exits_2_with_one_line_and_keeps_nothing(
    tmp_path: Path, extra: list[str], words: str
) -> None:
    data, room = tmp_path / "data", profile(tmp_path)
    add(data, room)
    before = dump(data)
    result = run(
        data,
        "add",
        "--profile",
        str(room),
        "--title",
        "Rapat",
        "--start",
        "2026-12-03 09:00",
        "--end",
        "2026-12-03 10:00",
        *extra,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("vcdesk meeting add: ") and words in line, line
    assert dump(data) == before


BAD_SET = [
    (["1", "--participants", "-1"], "the number of participants must be from 0 to 100,000"),
    (["1", "--expected", "12a"], "must be a whole number, not '12a'"),
    (["1", "--end", "2026-12-03 08:00", "--profile", "{room}"], "must end after it starts"),
    (["1", "--kind", "seminar", "--profile", "{room}"], "unknown meeting kind 'seminar'"),
    (["1", "--licence", "Zoom", "--profile", "{room}"], "unknown licence 'Zoom'"),
    (["1", "--actual-end", "2026-12-03", "--profile", "{room}"], "expected a time as"),
    (["1", "--kind", "webinar"], "--kind needs --profile"),
    (["1", "--title", "Lain", "--profile", "{other}"], "belongs to the room Ruang Vicon Setda"),
    (["9", "--notes", "x"], "there is no meeting #9"),
    (["satu", "--notes", "x"], "expected a whole number, found 'satu'"),
    (["1"], "nothing to change"),
]


@pytest.mark.parametrize(("args", "words"), BAD_SET)
def test_bad_input_to_set_exits_2_with_one_line_and_changes_nothing(
    tmp_path: Path, args: list[str], words: str
) -> None:
    data, room = tmp_path / "data", profile(tmp_path)
    other = profile(tmp_path, "Ruang Vicon Bappeda")
    add(data, room)
    before = dump(data)
    args = [a.format(room=room, other=other) for a in args]
    result = run(data, "set", *args)
    assert result.returncode == 2, result.stdout
    [line] = result.stderr.splitlines()
    assert line.startswith("vcdesk meeting set: ") and words in line, line
    assert dump(data) == before


def test_bad_dates_and_ids_elsewhere(tmp_path: Path) -> None:
    data, room = tmp_path / "data", profile(tmp_path)
    add(data, room)
    listed = run(data, "list", "--profile", str(room), "--from", "3 Des")
    assert listed.returncode == 2
    assert listed.stderr == "vcdesk meeting list: expected a date as YYYY-MM-DD, found '3 Des'\n"
    shown = run(data, "show", "4")
    assert (shown.returncode, shown.stderr) == (2, "vcdesk meeting show: there is no meeting #4\n")


def test_an_error_line_in_indonesian_and_json_in_every_language(tmp_path: Path) -> None:
    data, room = tmp_path / "data", profile(tmp_path)
    add(data, room)
    bad = run(
        data,
        "add",
        "--profile",
        str(room),
        "--title",
        "Rapat",
        "--start",
        "2026-12-03 09:00",
        "--end",
        "2026-12-03 08:00",
        lang="id",
    )
    assert bad.returncode == 2
    assert bad.stderr == "vcdesk meeting add: rapat harus berakhir setelah dimulai\n"
    english = run(data, "list", "--profile", str(room), "--json").stdout
    indonesian = run(data, "list", "--profile", str(room), "--json", lang="id").stdout
    assert english == indonesian
    shown = run(data, "show", "1", "--profile", str(room), lang="id").stdout.splitlines()
    assert "  peserta yang diharapkan: –" in shown
    assert run(data, "list", "--profile", str(room), lang="id").stdout.startswith(
        "#1     Kamis, 3 Des 2026  09:00-10:30 WITA  Rapat koordinasi"
    )


def test_kinds_and_licences_come_from_the_profile_and_its_shared_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / "lisensi.yaml").write_text(
        "licences:\n"
        "  - name: Zoom Webinar 1000\n"
        "    kind: webinar\n"
        "    capacity: 1000\n"
        "    hosts: [webinar@pemprov.go.id]\n",
        encoding="utf-8",
    )
    room = tmp_path / "ruang.yaml"
    room.write_text(
        "schema_version: 1\n"
        "room:\n"
        "  name: Ruang Vicon Setda\n"
        "  timezone: Asia/Jakarta\n"
        "meetings:\n"
        "  kinds: [rapat, webinar]\n"
        "licences:\n"
        "  - name: Zoom Pro 300\n"
        "    kind: webmeeting\n"
        "    capacity: 300\n"
        "licences_file: lisensi.yaml\n",
        encoding="utf-8",
    )
    made = add(data, room, "--kind", "rapat", "--licence", "Zoom Webinar 1000")
    assert (made["kind"], made["licence"]) == ("rapat", "Zoom Webinar 1000")
    assert made["booked_start"] == "2026-12-03T09:00:00+07:00"
    changed = run(data, "set", "1", "--profile", str(room), "--licence", "Zoom Pro 300")
    assert changed.returncode == 0, changed.stderr
    before = dump(data)
    for option, value, words in (
        ("--kind", "layanan", "the kinds of this room are rapat, webinar"),
        ("--licence", "Teams", "the licences of this room are Zoom Pro 300, Zoom Webinar 1000"),
    ):
        refused = run(data, "set", "1", "--profile", str(room), option, value)
        assert refused.returncode == 2
        assert words in refused.stderr, refused.stderr
    assert dump(data) == before
    # A shared file that cannot be read: its problems, and exit 2.
    (tmp_path / "lisensi.yaml").write_text("licences: [{name: X}]\n", encoding="utf-8")
    broken = run(data, "set", "1", "--profile", str(room), "--notes", "x")
    assert broken.returncode == 2
    assert "lisensi.yaml" in broken.stderr
    assert dump(data) == before
