"""A 50,000-event calendar feed read by a room's schedule: time of the first read (parse and
expand the plan's window), of a second read of the same feed (cached by content), and peak
memory: ru_maxrss of the plain runs (whose times are shown) and how much it grew during the
reads, and tracemalloc's peak in a separate run (tracemalloc slows it down: its times are
not shown). Each figure is the median of --runs fresh processes.

Issue 14's target: the first read of 50,000 events in <= 2 s and <= 150 MB.

    .venv/bin/python -m bench.calendar_feed [--events 50000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time, tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo
from vcdesk.core.schedule.room import RoomSchedule

path, data_dir = sys.argv[1], sys.argv[2]
zone = ZoneInfo("Asia/Jakarta")
traced = sys.argv[3] == "trace"
if traced:
    tracemalloc.start()
schedule = RoomSchedule(room="Bench", timezone="Asia/Jakarta", ics=path, data_dir=Path(data_dir))
now = datetime(2025, 3, 12, 9, tzinfo=zone)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
began = time.perf_counter()
status = schedule.refresh()
meetings = schedule.meetings(now - timedelta(days=1), now + timedelta(days=2))
first = time.perf_counter() - began
began = time.perf_counter()
status = schedule.refresh()
again = schedule.meetings(now - timedelta(days=1), now + timedelta(days=2))
cached = time.perf_counter() - began
began = time.perf_counter()
for _ in range(100):
    schedule.meetings(now - timedelta(days=1), now + timedelta(days=2))
per_read = (time.perf_counter() - began) / 100
peak = tracemalloc.get_traced_memory()[1] if traced else 0
print(json.dumps({
    "state": status.state, "meetings": len(meetings), "same": len(again) == len(meetings),
    "first_read_s": round(first, 2), "cached_read_s": round(cached, 3),
    "meetings_call_s": round(per_read, 4),
    "tracemalloc_peak_mb": round(peak / 2**20, 1) if traced else None,
    "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    "maxrss_growth_mb": round(
        (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024, 1
    ),
}))
"""


def feed(events: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//vcdesk bench//EN"]
    for i in range(events):
        day = i // 20
        stamp = f"2025{1 + (day // 28) % 12:02d}{1 + day % 28:02d}"
        hour = 8 + i % 10
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@vcdesk",
            f"SUMMARY:Rapat {i}",
            f"DTSTART;TZID=Asia/Jakarta:{stamp}T{hour:02d}0000",
            f"DTEND;TZID=Asia/Jakarta:{stamp}T{hour:02d}4500",
        ]
        if i % 100 == 0:
            lines.append("RRULE:FREQ=WEEKLY;COUNT=20")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def run(path: Path, folder: Path, mode: str, root: Path) -> dict[str, object] | None:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(folder), mode],
        capture_output=True,
        text=True,
        check=False,
        cwd=root,
    )
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def medians(runs: list[dict[str, object]]) -> dict[str, object]:
    result = dict(runs[0])
    for key, value in runs[0].items():
        if key.endswith(("_s", "_mb")) and isinstance(value, int | float):
            result[key] = statistics.median(float(r[key]) for r in runs)  # type: ignore[arg-type]
    result["same"] = all(r["same"] and r["meetings"] == runs[0]["meetings"] for r in runs)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feed.ics"
        path.write_bytes(feed(args.events))
        result: dict[str, object] = {"events": args.events, "bytes": path.stat().st_size}
        plain = [run(path, Path(tmp) / f"plain{i}", "plain", root) for i in range(args.runs)]
        traced = run(path, Path(tmp) / "trace", "trace", root)
        if traced is None or any(r is None for r in plain):
            return 1
        result["runs"] = args.runs
        result.update(medians([r for r in plain if r is not None]))
        result["first_read_s (each)"] = ", ".join(str(r["first_read_s"]) for r in plain if r)
        result["tracemalloc_peak_mb"] = traced["tracemalloc_peak_mb"]
    for key, value in result.items():
        print(f"{key:>22}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
