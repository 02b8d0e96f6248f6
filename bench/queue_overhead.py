"""What the queue costs on top of ffmpeg (issue 4, benchmark 1; target ratio <= 1.03).

One recording (default 25 s of 720p), converted with the h264-720p preset, alternating:
  - by hand: the queue's own ffmpeg argv (build_argv) run with subprocess, nothing else;
  - by hand + verify: the same, then the same verify() the queue runs on every output;
  - through the queue: Engine.add() until the job is `done` (probe, free-space check,
    ffmpeg with progress read and written to SQLite, verify, rename).
All at normal priority with the same thread cap, so only the queue's own work differs.
Prints each run, the medians and the ratios:

    .venv/bin/python -m bench.queue_overhead [--runs 3] [--seconds 25] [--threads N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from vcdesk.core.convert.presets import build_argv, plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.convert.verify import verify
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.queue.engine import Engine, default_thread_cap
from vcdesk.core.queue.events import EventKind, QueueEvent

PRESET = "h264-720p"


def make_recording(path: Path, seconds: int) -> None:
    argv = [find_ffmpeg(), "-v", "error", "-nostdin", "-y"]
    argv += ["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30"]
    argv += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", str(seconds)]
    argv += ["-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(path)]
    subprocess.run(argv, check=True, timeout=1800)


def by_hand(src: Path, dst: Path, threads: int, check: bool) -> float:
    """The bare ffmpeg run; with `check`, also the probe before and the verify after."""
    info = probe(src)
    start = time.perf_counter()
    if check:
        info = probe(src)
    the_plan = plan(info, PRESET)
    argv = build_argv(find_ffmpeg(), src, dst, the_plan, threads)
    subprocess.run(argv, check=True, capture_output=True)
    if check:
        verify(dst, info, the_plan, threads=threads)
    elapsed = time.perf_counter() - start
    dst.unlink()
    return elapsed


def through_queue(engine: Engine, src: Path) -> float:
    done = threading.Event()

    def on_event(event: QueueEvent) -> None:
        if event.kind is EventKind.JOB_FINISHED:
            done.set()

    unsubscribe = engine.subscribe(on_event)
    start = time.perf_counter()
    (job,) = engine.add([src], preset=PRESET)
    done.wait(3600)
    elapsed = time.perf_counter() - start
    unsubscribe()
    row = engine.store.get(job.id)
    if row.state.value != "done":
        raise SystemExit(f"the queue failed the job: {row.error}")
    Path(row.output or "").unlink()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=25)
    parser.add_argument("--threads", type=int, default=default_thread_cap())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp:
        d = Path(tmp)
        src = d / "rapat.mkv"
        make_recording(src, args.seconds)
        engine = Engine(
            d / "queue.sqlite3", output_dir=d / "out", low_priority=False, threads=args.threads
        ).start()
        hand: list[float] = []
        hand_checked: list[float] = []
        queue: list[float] = []
        print(f"{args.seconds} s 720p, preset {PRESET}, -threads {args.threads}")
        try:
            for run in range(args.runs):
                hand.append(by_hand(src, d / "hand.mp4", args.threads, check=False))
                queue.append(through_queue(engine, src))
                hand_checked.append(by_hand(src, d / "hand.mp4", args.threads, check=True))
                print(
                    f"run {run + 1}: by hand {hand[-1]:.2f} s, queue {queue[-1]:.2f} s, "
                    f"by hand + verify {hand_checked[-1]:.2f} s",
                    flush=True,
                )
        finally:
            engine.close()
    m_hand, m_checked, m_queue = map(statistics.median, (hand, hand_checked, queue))
    print(
        f"median: by hand {m_hand:.2f} s, by hand + verify {m_checked:.2f} s, queue {m_queue:.2f} s"
    )
    print(f"queue / (ffmpeg + verify by hand): {m_queue / m_checked:.3f}  (target <= 1.03)")
    print(f"queue / bare ffmpeg:               {m_queue / m_hand:.3f}  (includes verifying)")


if __name__ == "__main__":
    main()
