"""`vcdesk report month` with 10,000 meeting records in the database: the JSON (target
<= 1 s, from launch to exit), the XLSX and the PDF, each a fresh process as an admin runs
it; and the report's reading alone (`month_report`, in this process).

Two databases, made once with the real stores (MeetingStore, the checklist history): one
room's three years (10,000 meetings, about 280 a month, as a busy provincial room holds,
each with a checklist run before it, half with a recording), and the worst case, all
10,000 in the month reported.

    .venv/bin/python -m bench.month_report [--runs 5] [--records 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.cli import ROOT
from vcdesk.core.checks.result import Status
from vcdesk.core.history import RunRecord, save_run
from vcdesk.core.meetings.report import month_report
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.storage import connect

ROOM = "Ruang Vicon Setda"
ZONE = ZoneInfo("Asia/Makassar")
YEAR, MONTH = 2026, 12  # the month reported
KINDS = ("webmeeting", "webinar", "layanan")
ORGANISERS = ("Bappeda", "Dinas Kesehatan", "Diskominfo", "Inspektorat", "BPKAD", "")


def make(folder: Path, records: int, months: int) -> tuple[Path, Path]:
    """A profile and a database of `records` meetings spread over `months` months ending
    with the month reported."""
    profile = folder / "setda.yaml"
    profile.write_text(
        "schema_version: 1\n"
        f"room: {{name: {ROOM}, operator: Budi, timezone: Asia/Makassar}}\n"
        "savings: {travel_cost_per_meeting: 15000000, meal_cost_per_participant: 65000}\n",
        encoding="utf-8",
    )
    data = folder / "data"
    db = database_path(data)
    first = dt.datetime(YEAR, MONTH, 1, 8, tzinfo=ZONE) - dt.timedelta(days=30 * (months - 1))
    span = (dt.datetime(YEAR, MONTH, 28, tzinfo=ZONE) - first).total_seconds()
    store = MeetingStore(db)
    conn = connect(db)
    try:
        for i in range(records):
            start = first + dt.timedelta(seconds=span * i / records)
            start = start.replace(hour=8 + i % 9, minute=(i % 4) * 15, second=0, microsecond=0)
            meeting = store.add(
                ROOM,
                f"Rapat koordinasi {i}",
                start,
                start + dt.timedelta(minutes=60 + 30 * (i % 4)),
                source="console",
                who="bench",
                organiser=ORGANISERS[i % len(ORGANISERS)],
                kind=KINDS[i % 3],
                expected_participants=None if i % 7 == 0 else 20 + i % 300,
                actual_participants=None if i % 2 else 15 + i % 280,
            )
            checked = start - dt.timedelta(minutes=30)
            save_run(
                conn,
                RunRecord(
                    started=checked,
                    finished=checked + dt.timedelta(minutes=2),
                    profile_path=str(profile),
                    room=ROOM,
                    operator="Budi",
                    overall=Status.FAIL if i % 10 == 0 else Status.PASS,
                    results=(),
                ),
            )
            if i % 2 == 0:
                conn.execute(
                    "INSERT INTO meeting_recording (meeting_id, path, bytes, duration_s,"
                    " attached_at, attached_by) VALUES (?, ?, ?, ?, ?, 'watch')",
                    (meeting.id, f"/rekaman/{i}.mkv", 2_000_000_000, 5400.0, start.isoformat()),
                )
    finally:
        conn.close()
        store.close()
    return data, profile


def cli(data: Path, profile: Path, *extra: str) -> float:
    env = {**os.environ, "VCDESK_LANG": "id", "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)  # the PDF as a terminal without a screen makes it: offscreen
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "vcdesk", "--data-dir", str(data), "report", "month",
         f"{YEAR}-{MONTH:02d}", "--profile", str(profile), *extra],
        env=env, cwd=ROOT, capture_output=True, check=True, timeout=300,
    )  # fmt: skip
    return time.perf_counter() - began


def median_ms(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f})"


def measure(label: str, data: Path, profile: Path, runs: int, folder: Path) -> None:
    loaded = load_profile(profile)
    reading = []
    for _ in range(runs):
        began = time.perf_counter()
        report = month_report(database_path(data), loaded, profile, YEAR, MONTH)
        reading.append(time.perf_counter() - began)
    print(f"{label}: {report.totals.meetings} meetings in {YEAR}-{MONTH:02d}")
    print(f"  month_report (reading and totals, in process): {median_ms(reading)}")
    cli(data, profile)  # warm the OS file cache
    print(f"  report month, JSON to stdout: {median_ms([cli(data, profile) for _ in range(runs)])}"
          " (target <= 1 s)")  # fmt: skip
    for kind in ("csv", "xlsx", "pdf"):
        out = folder / f"laporan.{kind}"
        times = [cli(data, profile, "-o", str(out)) for _ in range(runs)]
        print(f"  report month -o {out.name}: {median_ms(times)}, {out.stat().st_size:,} bytes")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    for label, months in (("three years", 36), ("all in one month", 1)):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            began = time.perf_counter()
            data, profile = make(folder, args.records, months)
            made = time.perf_counter() - began
            print(f"{args.records} meetings, {label} (database made in {made:.0f} s)")
            measure(label, data, profile, args.runs, folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
