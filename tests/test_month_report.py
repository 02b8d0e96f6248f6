"""The monthly meeting report (issue 15) on real components: a month of meetings added
through MeetingStore in a real SQLite file, checklist runs saved through the history module
(GO and NO-GO, on PCs in two zones), recordings as the attaching code keeps them; the
totals checked against figures computed by hand below; the real CLI in a subprocess for
JSON, CSV, XLSX (read back with openpyxl) and the PDF (read back with poppler's pdftotext,
page 1 rendered with pdftoppm).

The room is in Makassar (WITA, UTC+8), so the month's edges are not UTC's: a meeting at
00:30 WITA on 1 December is booked on 30 November in UTC and belongs to December; one at
00:30 WITA on 1 January is booked on 31 December in UTC and does not."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.cli import vcdesk
from vcdesk.core.checks.result import Status
from vcdesk.core.history import RunRecord, store
from vcdesk.core.meetings.report import MonthError, month_report, parse_month
from vcdesk.core.meetings.rules import room_rules
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.storage import connect
from vcdesk.core.words.formats import formats_for

WITA = dt.timezone(dt.timedelta(hours=8))
WIB = dt.timezone(dt.timedelta(hours=7))
ROOM = "Ruang Vicon Setda"
INSTITUTION = "Pemerintah Provinsi Sulawesi Selatan"
UNIT = "Biro Umum Sekretariat Daerah"
TRAVEL, MEAL = 15_000_000, 65_000

# (day, start, end, title, kind, organiser, expected, actual, actual start-end or None)
MEETINGS: list[tuple[Any, ...]] = [
    (1, "00:30", "01:30", "Rapat tengah malam", "webmeeting", "Bappeda", 20, 18, None),
    (3, "09:00", "10:30", "Webinar germas", "webinar", "Dinas Kesehatan", 300, 403, None),
    (3, "13:00", "15:00", "Rapat SPBE", "webmeeting", "Diskominfo", 25, None, None),
    (7, "09:00", "12:00", "Layanan publik", "layanan", "Diskominfo", None, None, None),
    (
        8,
        "10:00",
        "11:00",
        "Evaluasi SAKIP",
        "webmeeting",
        "Inspektorat",
        12,
        10,
        ("10:05", "11:20"),
    ),
    (10, "08:00", "12:00", "Bimtek RKPD", "webinar", "Bappeda", 150, 142, ("08:10", "11:40")),
    (14, "14:00", "15:30", "Rapat vaksinasi", "webmeeting", "Dinas Kesehatan", 40, None, None),
    (15, "09:00", "10:00", "Konsultasi audit", "layanan", "Inspektorat", 5, 7, None),
    (17, "13:00", "16:00", "Sosialisasi SPBE", "webinar", "Diskominfo", 200, 188, None),
    (21, "09:00", "11:00", "Musrenbang", "webmeeting", "Bappeda", 30, 29, None),
    (22, "10:00", "11:00", "=1+1 rapat tanpa jenis", "", "", 8, None, None),
    (28, "09:30", "10:30", "Rapat stunting", "webmeeting", "Dinas Kesehatan", None, 16, None),
    (31, "23:00", "23:45", "Layanan akhir tahun", "layanan", "Inspektorat", 3, None, None),
]
# Participants (actual, else expected, else 0), meeting by meeting, and minutes (actual
# when both ends are known, else booked), worked out by hand from the table above.
PARTICIPANTS = 18 + 403 + 25 + 0 + 10 + 142 + 40 + 7 + 188 + 29 + 8 + 16 + 3  # 889
MINUTES = 60 + 90 + 120 + 180 + 75 + 210 + 90 + 60 + 180 + 120 + 60 + 60 + 45  # 1350
SAVINGS = 13 * TRAVEL + 889 * MEAL  # 195.000.000 + 57.785.000 = 252.785.000


def write_profile(folder: Path, *, savings: bool = True) -> Path:
    path = folder / "setda.yaml"
    lines = [
        "schema_version: 1",
        "room:",
        f"  name: {ROOM}",
        f"  institution: {INSTITUTION}",
        f"  unit: {UNIT}",
        "  location: Gedung A, Lantai 2",
        "  timezone: Asia/Makassar",
        "  operator: Budi",
    ]
    if savings:
        lines += [
            "savings:",
            f"  travel_cost_per_meeting: {TRAVEL}",
            f"  meal_cost_per_participant: {MEAL}",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def at(day: int, clock: str, month: int = 12, year: int = 2026) -> dt.datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return dt.datetime(year, month, day, hour, minute, tzinfo=WITA)


def save_run(db: Path, room: str, start: dt.datetime, overall: Status) -> int:
    record = RunRecord(
        started=start,
        finished=start + dt.timedelta(minutes=2),
        profile_path="/rahasia/setda.yaml",
        room=room,
        operator="Budi",
        overall=overall,
        results=(),
    )
    saved = store(db, record)
    assert saved.id is not None
    return saved.id


def recording(db: Path, meeting_id: int, name: str, seconds: float, size: int) -> None:
    conn = connect(db)
    try:
        conn.execute(
            "INSERT INTO meeting_recording (meeting_id, path, bytes, duration_s, attached_at,"
            " attached_by) VALUES (?, ?, ?, ?, ?, ?)",
            (meeting_id, f"/rekaman/{name}", size, seconds, "2026-12-31T00:00:00+00:00", "watch"),
        )
    finally:
        conn.close()


def fill_month(data: Path, profile_path: Path) -> dict[str, int]:
    """The month of meetings, runs and recordings the figures above are worked out from;
    returns the ids of the meetings by title."""
    db = database_path(data)
    profile = load_profile(profile_path)
    meetings = MeetingStore(db, room_rules(profile, profile_path))
    ids: dict[str, int] = {}
    try:
        for day, start, end, title, kind, organiser, expected, actual, ran in MEETINGS:
            fields: dict[str, Any] = {"kind": kind, "organiser": organiser}
            fields["expected_participants"] = expected
            fields["actual_participants"] = actual
            if ran is not None:
                fields["actual_start"], fields["actual_end"] = at(day, ran[0]), at(day, ran[1])
            made = meetings.add(ROOM, title, at(day, start), at(day, end), who="Budi", **fields)
            ids[title] = made.id
        # Outside the month on the room's clock, though not in UTC (or the other way).
        outside = [
            ("November", at(30, "23:00", 11), at(30, "23:30", 11)),
            ("Januari", at(1, "00:30", 1, 2027), at(1, "01:30", 1, 2027)),
        ]
        for title, start, end in outside:
            ids[title] = meetings.add(ROOM, title, start, end, expected_participants=50).id
        # Another room's meeting in the same month and the same database.
        meetings.add("Ruang Lain", "Rapat lain", at(9, "09:00"), at(9, "10:00"))
    finally:
        meetings.close()

    # Checklist runs: GO (pass, warn) and NO-GO (fail), one run on a PC in WIB.
    save_run(db, ROOM, at(3, "08:30"), Status.PASS)  # clears "Webinar germas" 09:00: GO
    no_go = save_run(db, ROOM, at(3, "12:40"), Status.FAIL)  # "Rapat SPBE" 13:00: NO-GO
    save_run(db, ROOM, at(10, "07:45"), Status.WARN)  # "Bimtek RKPD" (began 08:10): GO
    save_run(db, ROOM, at(17, "12:30").astimezone(WIB), Status.PASS)  # 11:30 WIB: GO
    save_run(db, ROOM, at(14, "01:00"), Status.PASS)  # 13 h before 14:00: clears nothing
    save_run(db, ROOM, at(21, "09:10"), Status.PASS)  # after "Musrenbang" began: nothing
    save_run(db, ROOM, at(15, "08:00"), Status.FAIL)  # "Konsultasi audit" 09:00: NO-GO
    save_run(db, "Ruang Lain", at(1, "00:00"), Status.PASS)  # another room's
    # A meeting whose record names the run that cleared it: that run, whenever it was.
    meetings = MeetingStore(db)
    try:
        meetings.update(ids["Evaluasi SAKIP"], who="Budi", check_run_id=no_go)
    finally:
        meetings.close()

    recording(db, ids["Webinar germas"], "germas-1.mkv", 3600, 1_500_000_000)
    recording(db, ids["Webinar germas"], "germas-2.mkv", 1800, 500_000_000)
    recording(db, ids["Bimtek RKPD"], "rkpd.mkv", 12_600, 4_000_000_000)
    recording(db, ids["Januari"], "januari.mkv", 3600, 9_000_000_000)  # next month's
    return ids


def tally(meetings: int, minutes: int, participants: int) -> dict[str, Any]:
    return {
        "meetings": meetings,
        "hours": round(minutes / 60, 2),
        "participants": participants,
        "savings_idr": meetings * TRAVEL + participants * MEAL,
    }


def test_the_month_totals_are_the_hand_computed_figures(tmp_path: Path) -> None:
    path = write_profile(tmp_path)
    ids = fill_month(tmp_path / "data", path)
    report = month_report(database_path(tmp_path / "data"), load_profile(path), path, 2026, 12)
    got = report.to_json()
    assert (got["month"], got["room"], got["timezone"]) == ("2026-12", ROOM, "Asia/Makassar")
    assert got["meetings"] == 13
    assert got["participants"] == PARTICIPANTS == 889
    assert got["hours"] == MINUTES / 60 == 22.5
    assert got["savings_idr"] == SAVINGS == 252_785_000
    assert isinstance(got["savings_idr"], int)
    assert got["by_kind"] == {
        # webmeeting: 18+25+10+40+29+16 participants; 60+120+75+90+120+60 minutes
        "webmeeting": tally(6, 525, 138),
        "webinar": tally(3, 90 + 210 + 180, 403 + 142 + 188),
        "layanan": tally(3, 180 + 60 + 45, 0 + 7 + 3),
        "(none)": tally(1, 60, 8),
    }
    assert got["by_kind"]["webinar"]["savings_idr"] == 45_000_000 + 47_645_000
    assert got["by_organiser"] == {
        "Bappeda": tally(3, 60 + 210 + 120, 18 + 142 + 29),
        "Dinas Kesehatan": tally(3, 90 + 90 + 60, 403 + 40 + 16),
        "Diskominfo": tally(3, 120 + 180 + 180, 25 + 0 + 188),
        "Inspektorat": tally(3, 75 + 60 + 45, 10 + 7 + 3),
        "(none)": tally(1, 60, 8),
    }
    assert sum(g["savings_idr"] for g in got["by_organiser"].values()) == SAVINGS
    assert got["checklists"] == {"go": 3, "no_go": 3, "none": 7}
    assert got["recordings"] == {"count": 3, "hours": 5.0, "bytes": 6_000_000_000}

    listed = got["meetings_list"]
    assert [m["title"] for m in listed] == [m[3] for m in MEETINGS]
    assert not {ids["November"], ids["Januari"]} & {m["id"] for m in listed}
    assert listed[0]["booked_start"] == "2026-12-01T00:30:00+08:00"
    verdicts = {m["title"]: m["checklist"] for m in listed}
    assert verdicts["Webinar germas"] == verdicts["Bimtek RKPD"] == "go"
    assert verdicts["Sosialisasi SPBE"] == "go"  # a run saved on a PC in WIB
    assert verdicts["Rapat SPBE"] == verdicts["Konsultasi audit"] == "no_go"
    assert verdicts["Evaluasi SAKIP"] == "no_go"  # the run its record names
    for title in ("Rapat tengah malam", "Rapat vaksinasi", "Musrenbang", "Rapat stunting"):
        assert verdicts[title] == "none", title
    sakip = next(m for m in listed if m["title"] == "Evaluasi SAKIP")
    assert (sakip["hours"], sakip["participants"], sakip["saving_idr"]) == (1.25, 10, 15_650_000)
    layanan = next(m for m in listed if m["title"] == "Layanan publik")
    assert (layanan["participants"], layanan["saving_idr"]) == (0, TRAVEL)
    germas = next(m for m in listed if m["title"] == "Webinar germas")
    assert germas["recordings"] == {"count": 2, "hours": 1.5, "bytes": 2_000_000_000}


def test_an_empty_month_lists_the_room_s_kinds_at_zero(tmp_path: Path) -> None:
    path = write_profile(tmp_path, savings=False)
    fill_month(tmp_path / "data", path)
    got = month_report(database_path(tmp_path / "data"), load_profile(path), path, 2026, 10)
    data = got.to_json()
    assert data["meetings_list"] == []
    assert (data["meetings"], data["hours"], data["participants"], data["savings_idr"]) == (
        0, 0, 0, 0,
    )  # fmt: skip
    assert list(data["by_kind"]) == ["webmeeting", "webinar", "layanan"]
    assert data["by_organiser"] == {}
    assert data["checklists"] == {"go": 0, "no_go": 0, "none": 0}
    assert data["recordings"] == {"count": 0, "hours": 0, "bytes": 0}
    # With no cost model, December's meetings save nothing, and say so as integers.
    december = month_report(database_path(tmp_path / "data"), load_profile(path), path, 2026, 12)
    assert december.to_json()["savings_idr"] == 0 and december.totals.participants == 889


def test_months_are_read_strictly() -> None:
    assert parse_month("2026-12") == (2026, 12)
    assert parse_month(" 2027-01 ") == (2027, 1)
    for bad in ("2026-13", "2026-00", "2026-1", "Desember 2026", "26-12", "2026/12", "", "1969-12"):
        with pytest.raises(MonthError):
            parse_month(bad)


def test_rupiah_is_written_as_each_language_groups_it() -> None:
    assert formats_for("id").rupiah(8_492_500_000) == "Rp8.492.500.000"
    assert formats_for("en").rupiah(8_492_500_000) == "Rp8,492,500,000"
    assert formats_for("id").rupiah(0) == "Rp0"


# --- the CLI ------------------------------------------------------------------------------


def report(data: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    result = vcdesk("--data-dir", str(data), "report", "month", *args, env={"VCDESK_LANG": lang})
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def month(tmp_path: Path) -> tuple[Path, Path]:
    path = write_profile(tmp_path)
    fill_month(tmp_path / "data", path)
    return tmp_path / "data", path


def test_json_goes_to_stdout_the_same_in_every_language(
    month: tuple[Path, Path], tmp_path: Path
) -> None:
    data, path = month
    english = report(data, "2026-12", "--profile", str(path))
    assert (english.returncode, english.stderr) == (0, "")
    got = json.loads(english.stdout)
    assert (got["meetings"], got["savings_idr"], got["hours"]) == (13, SAVINGS, 22.5)
    assert got["checklists"] == {"go": 3, "no_go": 3, "none": 7}
    indonesian = report(data, "2026-12", "--profile", str(path), lang="id")
    assert indonesian.stdout == english.stdout
    # -o with a .json name writes the same JSON to the file.
    out = tmp_path / "laporan.json"
    written = report(data, "2026-12", "--profile", str(path), "-o", str(out))
    assert written.returncode == 0 and str(out) in written.stdout
    assert json.loads(out.read_text(encoding="utf-8")) == got


def test_csv_has_one_row_per_meeting_under_english_keys(
    month: tuple[Path, Path], tmp_path: Path
) -> None:
    data, path = month
    out = tmp_path / "laporan.csv"
    done = report(data, "2026-12", "--profile", str(path), "-o", str(out), lang="id")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 13
    assert [r["title"] for r in rows][:2] == ["Rapat tengah malam", "Webinar germas"]
    assert sum(int(r["saving_idr"]) for r in rows) == SAVINGS
    assert sum(int(r["participants"]) for r in rows) == PARTICIPANTS
    germas = rows[1]
    assert germas["booked_start"] == "2026-12-03T09:00:00+08:00"
    assert (germas["checklist"], germas["recordings"], germas["recording_bytes"]) == (
        "go", "2", "2000000000",
    )  # fmt: skip
    assert rows[10]["title"] == "'=1+1 rapat tanpa jenis"  # not a formula to a spreadsheet
    assert rows[3]["actual_participants"] == "" and rows[3]["participants"] == "0"


def test_xlsx_holds_real_dates_and_numbers(month: tuple[Path, Path], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data, path = month
    out = tmp_path / "laporan.xlsx"
    done = report(data, "2026-12", "--profile", str(path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Meetings", "Summary"]
    sheet = book["Meetings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 1 + 13
    heading = list(rows[0])
    assert heading[:4] == ["ID", "Start", "End", "Title"]
    column = {name: heading.index(name) for name in heading}
    germas = rows[2]
    assert germas[column["Start"]] == dt.datetime(2026, 12, 3, 9, 0)  # the room's clock
    assert germas[column["Participants"]] == 403 and isinstance(germas[column["Hours"]], float)
    assert germas[column["Saving (Rp)"]] == TRAVEL + 403 * MEAL
    assert sum(r[column["Saving (Rp)"]] for r in rows[1:]) == SAVINGS
    assert all(isinstance(r[column["Saving (Rp)"]], int) for r in rows[1:])
    saving_cell = sheet.cell(row=3, column=column["Saving (Rp)"] + 1)
    assert "Rp" in saving_cell.number_format and "#,##0" in saving_cell.number_format
    assert sheet.cell(row=3, column=2).is_date
    odd = sheet.cell(row=12, column=column["Title"] + 1)
    assert (odd.value, odd.data_type) == ("=1+1 rapat tanpa jenis", "s")
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row}
    assert summary["Meetings held"] == 13 and summary["Estimated savings"] == SAVINGS
    assert summary["Room"] == ROOM and summary["Month"] == "December 2026"
    assert summary["Cleared (GO)"] == 3 and summary["Not cleared (NO-GO)"] == 3


def test_xlsx_sheets_in_indonesian(month: tuple[Path, Path], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data, path = month
    out = tmp_path / "laporan.xlsx"
    assert (
        report(data, "2026-12", "--profile", str(path), "-o", str(out), lang="id").returncode == 0
    )
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Rapat", "Ringkasan"]
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(values_only=True) if row}
    assert summary["Bulan"] == "Desember 2026"


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: run .ci/setup (poppler-utils)")
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    return re.sub(r"[\s\u202f]+", " ", text)


def test_the_pdf_speaks_indonesian_to_the_leaders(month: tuple[Path, Path], tmp_path: Path) -> None:
    data, path = month
    out = tmp_path / "laporan rapat.pdf"
    done = report(data, "2026-12", "--profile", str(path), "-o", str(out), lang="id")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    words = flat(text)
    assert INSTITUTION in words and UNIT in words and ROOM in words
    assert words.index(INSTITUTION) < words.index("Laporan Rapat Bulanan")
    assert "Desember 2026" in words and "WITA" in words
    assert "Rp252.785.000" in words  # the month's savings, grouped with dots
    assert "Rp15.000.000" in words and "Rp65.000" in words  # the cost model, explained
    assert re.search(r"Rapat yang diselenggarakan\s*:\s*13\b", words)
    assert re.search(r"Jam rapat\s*:\s*22,50\b", words)
    assert re.search(r"Peserta\s*:\s*889\b", words)
    assert re.search(r"webinar 3 8,00 733 Rp92\.645\.000", words)
    assert re.search(r"Dinas Kesehatan 3 4,00 459 Rp74\.835\.000", words)
    assert "(penyelenggara tidak diisi)" in words
    assert re.search(r"Lolos \(SIAP\)\s*:\s*3", words)
    assert "Kam, 3 Des" in words and "09:00–10:30" in words
    assert re.search(
        r"Sel, 8 Des 10:00–11:00 Evaluasi SAKIP Inspektorat webmeeting 10 1,25 Rp15\.650\.000",
        words,
    )
    assert re.search(r"Jumlah 889 22,50 Rp252\.785\.000", words)
    assert "Halaman 1 dari" in words
    for english in ("Monthly", "Meetings", "Savings", "December", "Page "):
        assert english not in words, english
    # Nothing about this PC: no paths, no database.
    for secret in (str(tmp_path), "rahasia", "setda.yaml", "/rekaman/"):
        assert secret not in text, secret
    # Page 1 as an image, to look at.
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: run .ci/setup (poppler-utils)")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    [image] = list(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 10_000


def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    month: tuple[Path, Path], tmp_path: Path
) -> None:
    data, path = month
    out = tmp_path / "tidak.pdf"
    for bad in ("2026-13", "Desember", "2026-1"):
        done = report(data, bad, "--profile", str(path), "-o", str(out))
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == f"vcdesk report month: expected a month as YYYY-MM, found {bad!r}\n"
    missing = report(data, "2026-12", "--profile", str(tmp_path / "tidak-ada.yaml"))
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
    assert "tidak-ada.yaml" in missing.stderr and missing.stdout == ""
    for kind in ("pdf", "xlsx", "csv"):
        done = report(data, "2026-12", "--profile", str(path), "--format", kind)
        assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
        assert f"--format {kind} needs -o FILE" in done.stderr
    (tmp_path / "berkas").write_text("bukan folder", encoding="utf-8")
    blocked = report(
        data, "2026-12", "--profile", str(path), "-o", str(tmp_path / "berkas" / "x.csv")
    )
    assert blocked.returncode == 2 and len(blocked.stderr.splitlines()) == 1
    assert blocked.stderr.startswith("vcdesk report month: cannot write ")
    assert not out.exists()
    # In Indonesian too.
    done = report(data, "2026-13", "--profile", str(path), lang="id")
    assert done.returncode == 2
    assert done.stderr == "vcdesk report month: bulan harus ditulis YYYY-MM, bukan '2026-13'\n"


def test_the_database_is_read_not_written(month: tuple[Path, Path]) -> None:
    data, path = month
    conn = sqlite3.connect(database_path(data))
    before = list(conn.iterdump())
    conn.close()
    assert report(data, "2026-12", "--profile", str(path)).returncode == 0
    conn = sqlite3.connect(database_path(data))
    assert list(conn.iterdump()) == before
    conn.close()
