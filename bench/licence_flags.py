"""What the agenda's licence flags cost: one room's week of meetings judged against the
bookings other rooms published beside a shared licences file, as the console's schedule
worker does at each read (every 30 s).

    .venv/bin/python -m bench.licence_flags [--rooms 30] [--meetings 72] [--runs 7]

Prints the median time of `room_conflicts` (read the room's records, publish its own
file, read every other room's, judge) and of the judging alone."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from vcdesk.core.meetings.bookings import bookings_dir, publish, room_conflicts
from vcdesk.core.meetings.licences import Booking
from vcdesk.core.meetings.rules import room_rules
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile

ZONE = ZoneInfo("Asia/Makassar")
NOW = dt.datetime(2026, 12, 7, 7, 0, tzinfo=ZONE)
LICENCES = ("Zoom Pro 1", "Zoom Pro 2", "Zoom Webinar 500")
SHARED = (
    "licences:\n"
    "  - {name: Zoom Pro 1, kind: webmeeting, capacity: 300, hosts: [a1@prov.go.id]}\n"
    "  - {name: Zoom Pro 2, kind: webmeeting, capacity: 300, hosts: [b1@x.id, b2@x.id]}\n"
    "  - {name: Zoom Webinar 500, kind: webinar, capacity: 500, hosts: [w1@prov.go.id]}\n"
)


def _slot(i: int) -> tuple[dt.datetime, dt.datetime]:
    day = NOW.replace(hour=0) + dt.timedelta(days=i % 7)
    start = day.replace(hour=8 + (i // 7) % 9, minute=(i % 2) * 30)
    return start, start + dt.timedelta(minutes=90)


def make(folder: Path, rooms: int, meetings: int) -> Path:
    """A room with `meetings` licensed records this week, `rooms` other rooms' files."""
    shared = folder / "bersama" / "lisensi.yaml"
    shared.parent.mkdir(parents=True)
    shared.write_text(SHARED, encoding="utf-8")
    profile = folder / "ruang.yaml"
    profile.write_text(
        "schema_version: 1\n"
        "room: {name: Ruang Rapat Bupati, operator: Budi, timezone: Asia/Makassar}\n"
        "licences_file: bersama/lisensi.yaml\n",
        encoding="utf-8",
    )
    store = MeetingStore(database_path(folder / "data"), room_rules(load_profile(profile), profile))
    for i in range(meetings):
        start, end = _slot(i)
        store.add("Ruang Rapat Bupati", f"Rapat {i}", start, end, who="bench",
                  licence=LICENCES[i % 3], expected_participants=50 + i)  # fmt: skip
    store.close()
    for r in range(rooms):
        room = f"Ruang Dinas {r}"
        others = []
        for i in range(meetings):
            start, end = _slot(i + r)
            others.append(Booking(i, room, f"Rapat {r}-{i}", LICENCES[(i + r) % 3], start, end, 40))
        publish(bookings_dir(shared), room, others)
    return profile


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rooms", type=int, default=30)
    parser.add_argument("--meetings", type=int, default=72)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = make(Path(tmp), args.rooms, args.meetings)
        profile = load_profile(path)
        db = database_path(Path(tmp) / "data")
        times, flagged = [], 0
        for _ in range(args.runs):
            began = time.perf_counter()
            flagged = len(room_conflicts(profile, path, db, NOW))
            times.append(time.perf_counter() - began)
    bookings = args.rooms * args.meetings
    print(
        f"licence flags: {args.meetings} meetings of this room against {args.rooms} rooms' "
        f"files ({bookings} bookings): median {statistics.median(times) * 1000:.1f} ms "
        f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}; {args.runs} runs); "
        f"{flagged} flagged"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
