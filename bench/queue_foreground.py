"""Does a conversion stay out of the meeting's way? (issue 4, benchmark 2)

A CPU-bound pure-Python foreground task (in its own process, as a meeting client would be)
counts loops for a fixed time beside an h264-720p transcode run through the queue: at low
priority (the default: nice 19 / idle I/O and a thread cap), at normal priority with no
cap, and in meeting mode (ffmpeg suspended); each time also alone, just before or after.
Prints each round, then each condition as a fraction of alone, and the CPU the task got:

    .venv/bin/python -m bench.queue_foreground [--rounds 5] [--window 5]

Targets on 2 cores: >= 0.90 at low priority, >= 0.98 in meeting mode (about 0.52 is what
normal priority leaves, DESIGN.md).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import psutil

from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import Job
from vcdesk.core.queue.settings import RoomSettings

FOREGROUND = """
import sys, time
end = time.perf_counter() + float(sys.argv[1])
loops = 0
while time.perf_counter() < end:
    total = 0
    for i in range(2000):
        total += i * i % 7
    loops += 1
print(loops, time.process_time())
"""


class Share(NamedTuple):
    rate: float  # loops per second
    cpu: float  # CPU seconds the task got per second of its window: 1.0 is a whole core


def foreground(window: float) -> Share:
    """The foreground task's work over `window` seconds."""
    out = subprocess.run(
        [sys.executable, "-c", FOREGROUND, str(window)], capture_output=True, text=True, check=True
    )
    loops, cpu = out.stdout.split()
    return Share(int(loops) / window, float(cpu) / window)


def make_recording(path: Path, seconds: int) -> None:
    from vcdesk.core.ffmpeg import find_ffmpeg

    argv = [find_ffmpeg(), "-v", "error", "-nostdin", "-y"]
    argv += ["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", "-t", str(seconds)]
    argv += ["-c:v", "libx264", "-preset", "ultrafast", str(path)]
    subprocess.run(argv, check=True, timeout=1800)


def wait_for(predicate: Callable[[], object], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the transcode to start")
        time.sleep(0.05)


def beside_transcode(d: Path, src: Path, window: float, low_priority: bool, meeting: bool) -> Share:
    room = RoomSettings(
        output_dir=d / "out",
        low_priority=low_priority,
        threads="auto" if low_priority else None,
    )
    engine = Engine(d / "queue.sqlite3", room, poll_s=0.1).start()
    try:
        (job,) = engine.add([src], preset="h264-720p")
        wait_for(lambda: engine.process_of(job.id))
        proc = engine.process_of(job.id)
        assert proc is not None
        time.sleep(1.0)  # let the encoder threads get going
        if meeting:
            engine.set_meeting(True)
            wait_for(lambda: proc.status() == psutil.STATUS_STOPPED, 10)
        rate = foreground(window)
        if not _still_busy(engine, job):
            print("  (the transcode ended before the window did: use a longer --seconds)")
        engine.cancel(job.id)
        if meeting:
            engine.set_meeting(False)
        wait_for(lambda: not engine.active_jobs(), 30)
    finally:
        engine.close()
    return rate


def _still_busy(engine: Engine, job: Job) -> bool:
    return engine.store.get(job.id).state.value in ("running", "paused")


CONDITIONS = {  # name: (low priority, meeting mode), target
    "low": ((True, False), ">= 0.90"),
    "normal": ((False, False), "about 0.52"),
    "meeting": ((True, True), ">= 0.98"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--window", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--seconds", type=int, default=60, help="length of the recording")
    args = parser.parse_args()
    # Each condition is paired with an "alone" measured right beside it, in the opposite
    # order each round: this machine's speed drifts by tens of percent within a minute.
    pairs: dict[str, list[tuple[Share, Share]]] = {name: [] for name in CONDITIONS}
    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp:
        d = Path(tmp)
        src = d / "rapat.mp4"
        make_recording(src, args.seconds)
        print(f"{psutil.cpu_count()} cores; foreground window {args.window} s", flush=True)
        for n in range(args.rounds):
            line = []
            for name, ((low, meeting), _) in CONDITIONS.items():
                if n % 2 == 0:
                    alone = foreground(args.window)
                    beside = beside_transcode(d, src, args.window, low, meeting)
                else:
                    beside = beside_transcode(d, src, args.window, low, meeting)
                    alone = foreground(args.window)
                pairs[name].append((alone, beside))
                line.append(
                    f"{name} {beside.rate:.0f}/{alone.rate:.0f} loops/s ({beside.cpu:.2f} core)"
                )
            print(f"round {n + 1}: " + ", ".join(line), flush=True)
    print("beside a transcode / alone just before or after it:")
    for name, (_, target) in CONDITIONS.items():
        ratios = [b.rate / a.rate for a, b in pairs[name]]
        medians = statistics.median(b.rate for _, b in pairs[name]) / statistics.median(
            a.rate for a, _ in pairs[name]
        )
        print(
            f"  {name:<8}: {statistics.median(ratios):.3f} median of pairs "
            f"({min(ratios):.3f}-{max(ratios):.3f}), {medians:.3f} ratio of medians "
            f"(target {target})"
        )
    # The CPU time the task was given, per second: what the OS scheduler left it, with no
    # drift in it at all (but blind to a busy core slowing its neighbour through shared caches).
    alone_cpu = statistics.median(a.cpu for p in pairs.values() for a, _ in p)
    print(f"CPU the foreground task got: alone {alone_cpu:.3f} of a core", end="")
    for name in CONDITIONS:
        print(f", {name} {statistics.median(b.cpu for _, b in pairs[name]):.3f}", end="")
    print()


if __name__ == "__main__":
    main()
