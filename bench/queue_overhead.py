"""What the queue costs on top of ffmpeg (issue 4, benchmark 1; target ratio <= 1.03).

One recording (default 25 s of 720p), converted with the h264-720p preset, alternating:
  - by hand: the queue's own ffmpeg argv (build_argv) run with subprocess, nothing else;
  - by hand + verify: the same, then the same verify() the queue runs on every output;
  - through the queue: Engine.add() until the job is `done` (probe, free-space check,
    ffmpeg with progress read and written to SQLite, verify, rename).
All at normal priority with the same thread cap, so only the queue's own work differs.
This machine's speed drifts by tens of percent from one minute to the next, so each round
runs "by hand + verify" and "queue" back to back, in the opposite order to the round
before, and the figure is the median of the rounds' ratios. The CPU time each side spends
is printed too: it shows what the engine itself costs without the drift.

    .venv/bin/python -m bench.queue_overhead [--runs 5] [--seconds 25] [--threads N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from vcdesk.core.convert.presets import build_argv, plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.convert.verify import verify
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.queue.engine import Engine, default_thread_cap
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.settings import RoomSettings

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


def through_queue(engine: Engine, src: Path, preset: str = PRESET) -> float:
    """Wall seconds from Engine.add to the job's end; its output is removed."""
    done = threading.Event()

    def on_event(event: QueueEvent) -> None:
        if event.kind is EventKind.JOB_FINISHED:
            done.set()

    unsubscribe = engine.subscribe(on_event)
    start = time.perf_counter()
    (job,) = engine.add([src], preset=preset)
    done.wait(4 * 3600)
    elapsed = time.perf_counter() - start
    unsubscribe()
    row = engine.store.get(job.id)
    if row.state.value != "done":
        raise SystemExit(f"the queue failed the job: {row.error}")
    Path(row.output or "").unlink()
    return elapsed


class Cpu(NamedTuple):
    """CPU seconds spent meanwhile: by this process (the engine's threads) and by the
    children it reaped (ffmpeg)."""

    own: float
    ffmpeg: float


def measured(run: Callable[[], float]) -> tuple[float, Cpu]:
    before = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = run()
    after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    own, kids = (
        (a.ru_utime + a.ru_stime) - (b.ru_utime + b.ru_stime)
        for a, b in zip(after, before, strict=True)
    )
    return wall, Cpu(own, kids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=25)
    parser.add_argument("--threads", type=int, default=default_thread_cap())
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp:
        d = Path(tmp)
        src = d / "rapat.mkv"
        make_recording(src, args.seconds)
        room = RoomSettings(output_dir=d / "out", low_priority=False, threads=args.threads)
        engine = Engine(d / "queue.sqlite3", room).start()
        hand: list[float] = []
        ratios: list[float] = []
        walls: dict[str, list[float]] = {"hand": [], "queue": []}
        cpus: dict[str, list[Cpu]] = {"hand": [], "queue": []}
        runners = {
            "hand": lambda: by_hand(src, d / "hand.mp4", args.threads, check=True),
            "queue": lambda: through_queue(engine, src),
        }
        print(f"{args.seconds} s 720p, preset {PRESET}, -threads {args.threads}")
        try:
            for run in range(args.runs):
                hand.append(by_hand(src, d / "hand.mp4", args.threads, check=False))
                # Each round swaps the order, so a machine speeding up or slowing down
                # across a round favours neither side.
                for name in ("hand", "queue") if run % 2 == 0 else ("queue", "hand"):
                    wall, cpu = measured(runners[name])
                    walls[name].append(wall)
                    cpus[name].append(cpu)
                ratios.append(walls["queue"][-1] / walls["hand"][-1])
                print(
                    f"run {run + 1}: by hand {hand[-1]:.2f} s, by hand + verify "
                    f"{walls['hand'][-1]:.2f} s, queue {walls['queue'][-1]:.2f} s "
                    f"(ratio {ratios[-1]:.3f}; ffmpeg CPU {cpus['hand'][-1].ffmpeg:.2f} / "
                    f"{cpus['queue'][-1].ffmpeg:.2f} s)",
                    flush=True,
                )
        finally:
            engine.close()
    m_hand, m_checked, m_queue = map(statistics.median, (hand, walls["hand"], walls["queue"]))
    own = statistics.median(c.own for c in cpus["queue"]) - statistics.median(
        c.own for c in cpus["hand"]
    )
    ffmpeg_ratio = statistics.median(
        q.ffmpeg / h.ffmpeg for q, h in zip(cpus["queue"], cpus["hand"], strict=True)
    )
    print(
        f"median: by hand {m_hand:.2f} s, by hand + verify {m_checked:.2f} s, queue {m_queue:.2f} s"
    )
    print(
        f"queue / (ffmpeg + verify by hand), median of the rounds: {statistics.median(ratios):.3f}"
        f"  (rounds {min(ratios):.3f}-{max(ratios):.3f}; target <= 1.03)"
    )
    print(f"  the same as a ratio of medians:                    {m_queue / m_checked:.3f}")
    print(f"queue / bare ffmpeg:   {m_queue / m_hand:.3f}  (includes verifying)")
    # Wall time per ffmpeg CPU second: what each side took at the speed the machine had
    # during that very run, so the drift cancels and what is left is the queue's own cost.
    steady = statistics.median(
        (wq / q.ffmpeg) / (wh / h.ffmpeg)
        for wq, q, wh, h in zip(
            walls["queue"], cpus["queue"], walls["hand"], cpus["hand"], strict=True
        )
    )
    print(
        f"the engine's own CPU per job: {own:.3f} s = {own / m_queue:.2%} of the job's wall time; "
        f"ffmpeg's CPU through the queue / by hand: {ffmpeg_ratio:.3f}"
    )
    print(f"queue / by hand, each per ffmpeg CPU second (drift removed): {steady:.3f}")


if __name__ == "__main__":
    main()
