"""The checklist report: a PDF to print, sign and file, read back as text with poppler's
pdftotext, and a CSV for machines; made from a run of the real system checks on the
shipped example profile, stored in and read back from the real history database. The PC
runs in UTC, the room in WITA: every time on the report is the room's."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli import ROOT
from vcdesk.core.checks.result import Status
from vcdesk.core.checks.runner import overall, run_checklist
from vcdesk.core.history import RunRecord, list_runs, record_for, store
from vcdesk.core.paths import database_path
from vcdesk.core.profile.document import ProfileDocument
from vcdesk.core.profile.load import load_profile
from vcdesk.core.report import CSV_COLUMNS, csv_text, room_time
from vcdesk.core.storage import connect
from vcdesk.ui import report

INSTITUTION = "Dinas Komunikasi dan Informatika Provinsi Sulawesi Selatan"
UNIT = "Bidang Aplikasi Informatika"
OPERATOR = "Rina Wulandari"
EXTRA_ITEM = "Konfigurasi kamera diperiksa / Camera configuration checked"
# 06.05 UTC is 14.05 in Makassar (WITA, UTC+8), on a Thursday.
STARTED = datetime.datetime(2026, 12, 3, 6, 5)


@pytest.fixture(autouse=True)
def pc_in_utc() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "UTC")
        time.tzset()
        yield
    time.tzset()  # the zone the process had


def profile_path(tmp_path: Path, items: list[str] | None = None) -> Path:
    """The shipped example, filled in for a room in Makassar the way the Room profiles page
    saves it, with a disk check that cannot pass (a NO-GO) and a quick processor check."""
    path = tmp_path / "profil rahasia" / "ruang-makassar.yaml"
    path.parent.mkdir()
    shutil.copy(ROOT / "profiles" / "example.yaml", path)
    doc = ProfileDocument.open(path)
    for loc, value in (
        (("room", "institution"), INSTITUTION),
        (("room", "unit"), UNIT),
        (("room", "timezone"), "Asia/Makassar"),
        (("cpu", "max_percent"), 100),
        (("cpu", "sample_seconds"), 0.3),
        (("memory", "min_free_mb"), 1),
        (("disk", "recordings_dir"), str(tmp_path)),
        (("disk", "min_free_gb"), 900_000),
        (("checklist",), items if items is not None else [*doc.get(("checklist",)), EXTRA_ITEM]),
    ):
        doc.set(loc, value)
    doc.save()
    return path


def stored_run(data_dir: Path, path: Path) -> RunRecord:
    """A run as the History page shows it: checked, stored, read back from the database."""
    profile = load_profile(path)
    results = run_checklist(profile, only=["cpu", "memory", "disk"])
    ticked = [profile.checklist[0], profile.checklist[-1]]
    record = record_for(
        profile, str(path), STARTED.astimezone(), results, overall(results), OPERATOR, ticked
    )
    store(database_path(data_dir), record)
    conn = connect(database_path(data_dir))
    try:
        [run] = list_runs(conn)
    finally:
        conn.close()
    # A run number no other figure on the page could be mistaken for.
    return dataclasses.replace(run, id=48213)


def pdf_text(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: run .ci/setup (poppler-utils)")
    source = tmp_path / "laporan.pdf"
    source.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", *pages, str(source), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def pdf_info(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "info.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdfinfo", str(source)], capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def box_of(text: str, item: str) -> str:
    """The tick box on the line where an SOP item starts (a long one wraps)."""
    assert item in flat(text), item
    [line] = [line for line in text.splitlines() if item[:30] in line]
    boxes = set(line) & {report.TICKED, report.UNTICKED}
    assert len(boxes) == 1, line
    return boxes.pop()


def flat(text: str) -> str:
    # pdftotext -layout pads columns (and a narrow no-break space is a space to a reader).
    return re.sub(r"[\s\u202f]+", " ", text)


def test_the_pdf_names_the_institution_room_time_checks_sop_and_signatures(
    english: None, data_dir: Path, tmp_path: Path
) -> None:
    path = profile_path(tmp_path)
    run = stored_run(data_dir, path)
    assert run.overall is Status.FAIL
    pdf = report.pdf_bytes(run)
    assert pdf.startswith(b"%PDF-")
    text = pdf_text(pdf, tmp_path)
    words = flat(text)
    assert INSTITUTION in words and UNIT in words
    assert (
        words.index(INSTITUTION) < words.index(UNIT) < words.index("Pre-meeting checklist report")
    )
    assert "Ruang Contoh" in text and "Gedung A, Lantai 2" in text
    # The room's time and zone, not the PC's UTC; the clock on 24 hours, as in Indonesia.
    assert "Thursday, 3 Dec 2026, 14:05 WITA" in words
    assert "6:05" not in words and "UTC" not in words
    assert OPERATOR in text and "NO-GO" in text
    for name, state in (("Processor", "Pass"), ("Memory", "Pass"), ("Recording disk", "Fail")):
        assert re.search(rf"{name}\s+{state}\b", text), name
    # Every SOP item of the profile, ticked or not; "fi" stays searchable (no ligature).
    profile_items = run.profile["checklist"]
    assert len(profile_items) == 4
    for item in profile_items:
        expected = report.TICKED if item in run.sop_ticked else report.UNTICKED
        assert box_of(text, item) == expected, item
    assert "Konfigurasi kamera" in text
    # Room to write and sign.
    assert "Operator's notes" in text
    assert words.count("Place, date:") == 2
    assert re.search(r"Operator\s+Technical lead", text)
    assert re.search(rf"{OPERATOR}\s+Name: \.+", text)
    assert re.search(r"Page 1 of \d", text)
    # Nothing about this PC or the database.
    info = pdf_info(pdf, tmp_path)
    for secret in (str(path), "profil rahasia", str(tmp_path), str(data_dir), "48213"):
        assert secret not in text and secret not in info, secret
    assert "Run number" not in text and "Profile" not in text
    assert "Ruang Contoh" in info and "WITA" in info


def test_in_indonesian_the_days_months_clock_and_verdict_are_indonesian(
    indonesian: None, data_dir: Path, tmp_path: Path
) -> None:
    run = stored_run(data_dir, profile_path(tmp_path))
    text = pdf_text(report.pdf_bytes(run), tmp_path)
    words = flat(text)
    # words.Formats' date and clock: what the console and the CLI write too.
    assert "Kamis, 3 Des 2026, 14:05 WITA" in words
    assert "Thursday" not in words and "06:05" not in words
    assert "TIDAK SIAP" in text
    assert re.search(r"Disk rekaman\s+Gagal\b", text)
    assert "Standar Operasional Prosedur (SOP)" in text
    assert INSTITUTION in words and "Ruang Contoh" in text
    for item in run.profile["checklist"]:
        expected = report.TICKED if item in run.sop_ticked else report.UNTICKED
        assert box_of(text, item) == expected, item
    assert str(tmp_path) not in text and "48213" not in text


def test_a_long_report_keeps_the_notes_and_signatures_together_on_a_page(
    english: None, data_dir: Path, tmp_path: Path
) -> None:
    """However long the SOP list, the notes and both signature blocks end up whole on the
    last page (lengths in steps, so some of them would otherwise break the block)."""
    run = stored_run(data_dir, profile_path(tmp_path))
    items = [f"Butir SOP nomor {n} sudah dikerjakan / SOP item {n} done" for n in range(1, 41)]
    longest = 0
    for count in range(10, 41, 2):
        listed = dataclasses.replace(run, profile={**run.profile, "checklist": items[:count]})
        pdf = report.pdf_bytes(listed)
        pages = int(re.findall(r"Pages:\s+(\d+)", pdf_info(pdf, tmp_path))[0])
        last = pdf_text(pdf, tmp_path, pages)
        assert "Operator's notes" in last and flat(last).count("Place, date:") == 2, count
        assert OPERATOR in last and f"Page {pages} of {pages}" in last, count
        longest = max(longest, pages)
    assert longest >= 2
    # Every page says what it belongs to, should it come loose.
    for page in range(1, pages + 1):
        assert "Ruang Contoh · Thursday, 3 Dec 2026, 14:05 WITA" in flat(
            pdf_text(pdf, tmp_path, page)
        )
    everything = pdf_text(pdf, tmp_path)
    for item in items:
        assert box_of(everything, item) == report.UNTICKED


def test_a_run_stored_before_rooms_had_a_zone_keeps_the_pc_offset(
    english: None, tmp_path: Path
) -> None:
    """Old records: no zone, no institution, no SOP list in the stored profile."""
    started = datetime.datetime(
        2026, 12, 3, 14, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=7))
    )
    run = RunRecord(
        started=started,
        finished=started,
        profile_path="/srv/vcdesk/old.yaml",
        room="Ruang Lama",
        operator="",
        overall=Status.PASS,
        results=(),
        profile={"room": {"name": "Ruang Lama"}},
        sop_ticked=("Kabel HDMI terpasang",),
        id=7,
    )
    text = pdf_text(report.pdf_bytes(run), tmp_path)
    words = flat(text)
    assert "Thursday, 3 Dec 2026, 14:05 UTC+7" in words
    assert "GO" in text and "NO-GO" not in text
    assert box_of(text, "Kabel HDMI terpasang") == report.TICKED
    assert "/srv/vcdesk" not in text
    # No operator named: both signature blocks have a name to write in.
    assert words.count("Name: ....") == 2


def test_the_csv_has_one_row_per_check_in_the_room_zone_with_its_institution(
    data_dir: Path, tmp_path: Path
) -> None:
    run = stored_run(data_dir, profile_path(tmp_path))
    rows = list(csv.DictReader(io.StringIO(csv_text(run))))
    assert tuple(rows[0]) == CSV_COLUMNS
    checks = [r for r in rows if r["check"] != "sop"]
    assert [r["check"] for r in checks] == ["cpu", "memory", "disk"]
    assert {r["started"] for r in checks} == {"2026-12-03T14:05:00+08:00"}
    assert all(r["finished"].endswith("+08:00") for r in checks)
    assert {r["institution"] for r in rows} == {INSTITUTION}
    assert {r["institution_unit"] for r in rows} == {UNIT}
    assert [r["message"] for r in rows if r["check"] == "sop"] == list(run.sop_ticked)


@pytest.mark.parametrize(
    ("zone", "label", "clock"),
    [
        ("Asia/Jakarta", "WIB", "13:05"),
        ("Asia/Jayapura", "WIT", "15:05"),
        ("Asia/Kolkata", "IST", "11:35"),
        ("Asia/Dubai", "UTC+4", "10:05"),  # the tz database has no letters for it
        ("America/St_Johns", "NST", "02:35"),
        ("Asia/Kathmandu", "UTC+5:45", "11:50"),
    ],
)
def test_every_zone_has_a_name_a_person_reads(zone: str, label: str, clock: str) -> None:
    moment = datetime.datetime(2026, 12, 3, 6, 5, tzinfo=datetime.UTC)
    run = RunRecord(moment, moment, "", "R", "", Status.PASS, (), {"room": {"timezone": zone}})
    local, named = room_time(run, moment)
    assert (named, f"{local:%H:%M}") == (label, clock)
