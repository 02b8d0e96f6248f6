"""The Meetings page with 10,000 records in the database (one room's three years, about 280
a month, as a busy provincial room holds): from building the page to its first paint, and to
the month's rows painted. Target: first paint <= 300 ms. Each run is a fresh process on a
real (virtual) X screen, as bench/ui_startup.py does; the database is made once.

    .venv/bin/python -m bench.meetings_page [--runs 5] [--records 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.screenshots import ROOT, virtual_screen
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path

ROOM = "Ruang Vicon Setda"
ZONE = ZoneInfo("Asia/Makassar")
MONTHS = 36

CHILD = """
import sys, time
began = time.perf_counter()
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from vcdesk.core.profile.load import load_profile
from vcdesk.core.paths import database_path
from vcdesk.qt.meetings import MeetingsController
from vcdesk.ui.pages.meetings import MeetingsPage

data, profile_path = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication([])
marks = {}

class Spy(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            now = time.perf_counter()
            marks.setdefault("paint", now)
            if "loaded" in marks and obj is page.table.viewport():
                marks.setdefault("rows", now)
                QTimer.singleShot(0, app.quit)
        return False

imported = time.perf_counter()
built = time.perf_counter()
controller = MeetingsController(database_path(data))
page = MeetingsPage(controller, lambda: "Budi")
spy = Spy()
page.installEventFilter(spy)
page.table.viewport().installEventFilter(spy)
page.loaded.connect(lambda: marks.setdefault("loaded", time.perf_counter()))
page.resize(1100, 650)
page.set_profile(load_profile(profile_path), profile_path)
page.show()
QTimer.singleShot(10_000, app.quit)
app.exec()
rows = page.model.rowCount()
controller.close(5000)
print("MARKS", (marks["paint"] - built) * 1000, (marks["loaded"] - built) * 1000,
      (marks["rows"] - built) * 1000, (built - began) * 1000, rows, flush=True)
"""


def make_records(data: Path, profile: Path, records: int) -> None:
    profile.write_text(
        f"schema_version: 1\nroom: {{name: {ROOM}, operator: Budi, timezone: Asia/Makassar}}\n",
        encoding="utf-8",
    )
    store = MeetingStore(database_path(data))
    now = dt.datetime.now(ZONE).replace(day=1, hour=8, minute=0, second=0, microsecond=0)
    first = now - dt.timedelta(days=30 * (MONTHS - 1))
    span = (now + dt.timedelta(days=28) - first).total_seconds()
    try:
        for i in range(records):
            start = first + dt.timedelta(seconds=span * i / records)
            start = start.replace(hour=8 + i % 9, minute=0, second=0)
            store.add(
                ROOM,
                f"Rapat koordinasi {i}",
                start,
                start + dt.timedelta(minutes=90),
                source="console",
                who="bench",
                organiser="Bappeda",
                kind=("webmeeting", "webinar", "layanan")[i % 3],
                expected_participants=20 + i % 300,
            )
    finally:
        store.close()


def one_run(env: dict[str, str], data: Path, profile: Path) -> tuple[float, ...]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data), str(profile)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    line = next(x for x in out.stdout.splitlines() if x.startswith("MARKS"))
    return tuple(float(x) for x in line.split()[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, virtual_screen() as display:
        data, profile = Path(folder) / "data", Path(folder) / "setda.yaml"
        make_records(data, profile, args.records)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        one_run(env, data, profile)  # warm the OS file cache
        runs = [one_run(env, data, profile) for _ in range(args.runs)]
    paint, loaded, rows = (statistics.median(r[i] for r in runs) for i in range(3))
    print(f"{args.records} records, {int(runs[0][4])} in the month shown")
    print(f"page built to first paint: median {paint:.0f} ms "
          f"(min {min(r[0] for r in runs):.0f}, max {max(r[0] for r in runs):.0f}) "
          f"over {args.runs} runs (target <= 300 ms)")  # fmt: skip
    print(f"page built to the month read: median {loaded:.0f} ms")
    print(f"page built to the month's rows painted: median {rows:.0f} ms")
    print(f"(imports before building: median {statistics.median(r[3] for r in runs):.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
