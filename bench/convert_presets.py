"""Remux against transcode against verify, on a 60 s 720p recording (issue 4, benchmark 3).

Makes the recording in a temporary folder (deleted afterwards), then times the real argv of
each preset and of verify, median of a few runs each:

    .venv/bin/python -m bench.convert_presets [--runs 3] [--seconds 60] [--threads N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from vcdesk.core.convert.presets import Plan, build_argv, plan
from vcdesk.core.convert.probe import MediaInfo, probe
from vcdesk.core.convert.verify import verify
from vcdesk.core.ffmpeg import find_ffmpeg


def make_recording(path: Path, seconds: int) -> None:
    # As RECIPES.md: a 720p30 H.264 + AAC Matroska file, like an OBS recording.
    argv = [find_ffmpeg(), "-v", "error", "-nostdin", "-y"]
    argv += ["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30"]
    argv += ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", str(seconds)]
    argv += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-c:a", "aac", "-shortest"]
    subprocess.run([*argv, str(path)], check=True, timeout=1800)


def timed(runs: int, once: Callable[[int], None]) -> list[float]:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        once(i)
        times.append(time.perf_counter() - start)
    return times


def convert(src: Path, dst: Path, p: Plan, threads: int | None) -> None:
    dst.unlink(missing_ok=True)
    argv = build_argv(find_ffmpeg(), src, dst, p, threads)
    subprocess.run(argv, check=True, capture_output=True, timeout=3600)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp:
        d = Path(tmp)
        src = d / "rapat.mkv"
        start = time.perf_counter()
        make_recording(src, args.seconds)
        print(f"recording: {args.seconds} s 1280x720, made in {time.perf_counter() - start:.1f} s")
        info = probe(src)
        print(f"probe: {statistics.median(timed(args.runs, lambda _: probe(src))):.3f} s")

        results: dict[str, tuple[float, Path, Plan]] = {}
        for preset in ("remux", "h264-720p"):
            p = plan(info, preset)
            out = d / f".out-{preset}.part"
            times = timed(args.runs, lambda _, p=p, out=out: convert(src, out, p, args.threads))
            results[preset] = (statistics.median(times), out, p)
            print(f"{preset:10s} {_fmt(times)}  output {out.stat().st_size / 1e6:.1f} MB")

        verify_times: dict[str, float] = {}
        for preset, (_, out, p) in results.items():
            for full in (False, True):
                label = f"verify {preset} ({'full decode' if full else 'default'})"
                times = timed(args.runs, lambda _, o=out, p=p, f=full: _verify(o, info, p, f))
                verify_times[label] = statistics.median(times)
                print(f"{label:38s} {_fmt(times)}")

        remux, transcode = results["remux"][0], results["h264-720p"][0]
        print()
        print(f"transcode / remux:                          {transcode / remux:8.1f}x")
        for preset, (conv, _, _) in results.items():
            for label, seconds in verify_times.items():
                if f" {preset} " in label:
                    print(f"{label:38s} / {preset:9s} {seconds / conv:6.2f}x")


def _verify(out: Path, info: MediaInfo, p: Plan, full: bool) -> None:
    verify(out, info, p, full_decode=full)


def _fmt(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):7.3f} s  (runs: {', '.join(f'{t:.3f}' for t in times)})"
    )


if __name__ == "__main__":
    main()
