"""What resumable conversions cost: a transcode through segments against one pass (issue 17).

One recording (default 9 min of 1080p, a keyframe every 2 s, with sound) converted through
the queue (Engine.add until `done`: probe, encode, verify, rename), alternating:
  - one pass: the segment length set above the recording's (VCDESK_SEGMENT_SECONDS);
  - segments: the real segment length (3 min), so the pictures go in three segments, the
    sound in one pass, and a join by stream copy.
Both at normal priority with the same thread cap. The machine drifts by tens of percent
from minute to minute, so each round swaps the order, and the figures are the median of
the rounds' ratios, in wall time and in ffmpeg's CPU time (which the drift barely moves).

    .venv/bin/python -m bench.segments_speed [--rounds 2] [--minutes 9] [--preset h264-1080p]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.queue_overhead import measured, through_queue
from vcdesk.core.convert.segments import SEGMENT_SECONDS_ENV, SEGMENT_TARGET_S
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.queue.engine import Engine, default_thread_cap
from vcdesk.core.queue.settings import RoomSettings

SIZES = {"h264-720p": "1280x720", "h264-1080p": "1920x1080"}


def make_recording(path: Path, seconds: int, size: str) -> None:
    argv = [find_ffmpeg(), "-v", "error", "-nostdin", "-y"]
    argv += ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30"]
    argv += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", str(seconds)]
    argv += ["-c:v", "libx264", "-preset", "ultrafast", "-g", "60", "-sc_threshold", "0"]
    argv += ["-c:a", "aac", str(path)]
    subprocess.run(argv, check=True, timeout=3600)


def convert(engine: Engine, src: Path, preset: str, segment_s: float) -> float:
    os.environ[SEGMENT_SECONDS_ENV] = str(segment_s)  # read by each conversion as it starts
    return through_queue(engine, src, preset)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--minutes", type=float, default=9)
    parser.add_argument("--preset", choices=sorted(SIZES), default="h264-1080p")
    parser.add_argument("--threads", type=int, default=default_thread_cap())
    args = parser.parse_args()
    seconds = round(args.minutes * 60)
    one_pass_s = seconds * 10.0  # longer than the recording: no segments
    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp:
        d = Path(tmp)
        src = d / "rapat.mkv"
        make_recording(src, seconds, SIZES[args.preset])
        room = RoomSettings(
            output_dir=d / "out", low_priority=False, threads=args.threads, hardware="off"
        )
        engine = Engine(d / "queue.sqlite3", room).start()
        walls: dict[str, list[float]] = {"one pass": [], "segments": []}
        cpu: dict[str, list[float]] = {"one pass": [], "segments": []}
        lengths = {"one pass": one_pass_s, "segments": SEGMENT_TARGET_S}
        print(
            f"{args.minutes:g} min {SIZES[args.preset]}, preset {args.preset}, "
            f"-threads {args.threads}, segments of {SEGMENT_TARGET_S:.0f} s"
        )
        try:
            for n in range(args.rounds):
                order = ("one pass", "segments") if n % 2 == 0 else ("segments", "one pass")
                for name in order:
                    wall, used = measured(
                        lambda name=name: convert(engine, src, args.preset, lengths[name])
                    )
                    walls[name].append(wall)
                    cpu[name].append(used.ffmpeg)
                print(
                    f"round {n + 1}: one pass {walls['one pass'][-1]:.1f} s "
                    f"({cpu['one pass'][-1]:.1f} s ffmpeg CPU), segments "
                    f"{walls['segments'][-1]:.1f} s ({cpu['segments'][-1]:.1f} s)",
                    flush=True,
                )
        finally:
            engine.close()
    wall_ratio = statistics.median(
        s / o for s, o in zip(walls["segments"], walls["one pass"], strict=True)
    )
    cpu_ratio = statistics.median(
        s / o for s, o in zip(cpu["segments"], cpu["one pass"], strict=True)
    )
    print(f"segments / one pass, median of the rounds: wall {wall_ratio:.3f}, CPU {cpu_ratio:.3f}")
    print(
        f"speed (media seconds per wall second): one pass "
        f"{seconds / statistics.median(walls['one pass']):.2f}x, segments "
        f"{seconds / statistics.median(walls['segments']):.2f}x"
    )


if __name__ == "__main__":
    main()
