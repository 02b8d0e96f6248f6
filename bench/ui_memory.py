"""Memory of the console over time with the camera preview and the level meter running:
the Checklist page on screen, a live 720p MJPEG camera (or a looping video file) and the
PulseAudio null-sink microphone hearing a tone. Target: <= 250 MB resident, not growing.

    .venv/bin/python -m bench.ui_memory [--minutes 10] [--camera stream|file] [--offscreen]

Resident memory (psutil) is sampled every --interval seconds from the moment the first
picture and the first level have reached the page. Printed: start, end and highest RSS,
and the slope over the second half (least squares, MB per minute; the first half holds
the allocator's and Qt's warm-up). Also the pictures and levels the page received per
second, so a run in which the preview had quietly stopped is not mistaken for a good one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil

from tests.fixtures import pulse as pulse_fixture
from tests.fixtures.camera_stream import _start as start_stream
from tests.fixtures.camera_stream import _stop as stop_stream
from tests.fixtures.media import make_video
from tests.screenshots import ROOT, virtual_screen

# Runs in the child: the console's own entry point, plus a hook that counts what reaches the
# Checklist page (pictures, levels), reports it, and closes the window when time is up.
CHILD = """
import json, os, sys, time
from PySide6.QtCore import QTimer
import vcdesk.ui.app as app_module

real_build = app_module.build_window
counts = {"frames": 0, "levels": 0, "errors": []}

def build(args, app):
    window = real_build(args, app)
    page = window.checklist_page
    window.sidebar.setCurrentRow(0)
    window.resize(1280, 760)
    page.camera_preview.frame.connect(lambda _: counts.__setitem__("frames", counts["frames"] + 1))
    page.mic_monitor.level.connect(lambda *_: counts.__setitem__("levels", counts["levels"] + 1))
    page.camera_preview.error.connect(counts["errors"].append)
    page.mic_monitor.error.connect(counts["errors"].append)
    def report():
        print("STAT", json.dumps({**counts, "t": time.monotonic()}), flush=True)
    timer = QTimer(window)
    timer.timeout.connect(report)
    timer.start(1000)
    QTimer.singleShot(int(float(os.environ["BENCH_SECONDS"]) * 1000), window.close)
    return window

app_module.build_window = build
from vcdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def slope_mb_per_min(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) points, in MB per minute."""
    if len(points) < 2:
        return float("nan")
    xs = [t for t, _ in points]
    ys = [mb for _, mb in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mean_x) ** 2 for x in xs)
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return cov / var * 60 if var else float("nan")


@contextlib.contextmanager
def camera_source(kind: str, work: Path) -> Iterator[str]:
    if kind == "file":
        # Ten seconds of 720p at 30 fps, looped by the preview.
        yield str(make_video(work / "camera.mp4", seconds=10, size=(1280, 720), audio=False))
        return
    proc, stream = start_stream((1280, 720), 25, "testsrc")
    try:
        yield stream.url
    finally:
        stop_stream(proc, stream)


@contextlib.contextmanager
def screen(offscreen: bool) -> Iterator[dict[str, str]]:
    if offscreen:
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    with virtual_screen() as display:
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}


class Stats:
    """The child's STAT lines, read on a thread so a full pipe never stalls it."""

    def __init__(self, stream: object) -> None:
        self.lines: list[dict[str, object]] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            if line.startswith("STAT "):
                self.lines.append(json.loads(line[5:]))

    @property
    def last(self) -> dict[str, object]:
        return self.lines[-1] if self.lines else {"frames": 0, "levels": 0, "errors": []}


def measure(args: argparse.Namespace) -> int:
    seconds = args.minutes * 60
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="vcdesk-mem-")))
        server = stack.enter_context(contextlib.contextmanager(pulse_fixture.pulse.__wrapped__)())
        source = stack.enter_context(camera_source(args.camera, work))
        display = stack.enter_context(screen(args.offscreen))
        # Speech-like level with peaks: the meter moves, and its bar and text repaint.
        tone = server.tone(seconds=seconds + 120, volume=0.3).start()
        stack.callback(tone.stop)
        profile = work / "room.yaml"
        profile.write_text(
            "schema_version: 1\nroom: {name: Ruang Uji Memori}\n"
            f"camera: {{source: {json.dumps(source)}}}\nmicrophone: {{device: pulse}}\n",
            encoding="utf-8",
        )
        env = {**os.environ, **display, "BENCH_SECONDS": str(seconds + 60)}
        argv = [sys.executable, "-c", CHILD, "--data-dir", str(work / "data")]
        child = subprocess.Popen(
            [*argv, "--profile", str(profile)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        stack.callback(lambda: child.poll() is None and child.kill())
        stats = Stats(child.stdout)
        process = psutil.Process(child.pid)
        # Measured from the moment the preview and the meter are running.
        give_up = time.monotonic() + 60
        while not (stats.last["frames"] and stats.last["levels"]):
            if child.poll() is not None or time.monotonic() > give_up:
                print(f"the console did not show a picture and a level: {stats.last}")
                return 1
            time.sleep(0.2)
        began = time.monotonic()
        cpu_before = sum(process.cpu_times()[:2])
        first = dict(stats.last)
        samples: list[tuple[float, float]] = []
        while True:
            t = time.monotonic() - began
            mb = process.memory_info().rss / 2**20
            samples.append((t, mb))
            print(f"  {t:6.0f} s  {mb:7.1f} MB", flush=True)
            if t >= seconds - 0.5:
                break
            time.sleep(min(args.interval, seconds - t))
        cpu = (sum(process.cpu_times()[:2]) - cpu_before) / (time.monotonic() - began) * 100
        last = dict(stats.last)
        span = float(last["t"]) - float(first["t"])  # type: ignore[arg-type]
        frames = (int(last["frames"]) - int(first["frames"])) / span  # type: ignore[call-overload]
        levels = (int(last["levels"]) - int(first["levels"])) / span  # type: ignore[call-overload]
        child.terminate()
        child.wait(10)
    second_half = [s for s in samples if s[0] >= seconds / 2]
    start_mb, end_mb = samples[0][1], samples[-1][1]
    peak_mb = max(mb for _, mb in samples)
    slope = slope_mb_per_min(second_half)
    print(
        f"console RSS over {args.minutes:g} min with preview ({args.camera}, 1280x720) and "
        f"level meter running: start {start_mb:.1f} MB, end {end_mb:.1f} MB, "
        f"max {peak_mb:.1f} MB, slope {slope:+.2f} MB/min over the second half "
        f"(target <= 250 MB, not growing)"
    )
    print(
        f"page received {frames:.1f} pictures/s and {levels:.1f} levels/s; console CPU "
        f"{cpu:.0f}% of one core; errors: {last['errors'] or 'none'}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--interval", type=float, default=10, help="seconds between samples")
    parser.add_argument("--camera", choices=("stream", "file"), default="stream")
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb: Qt's offscreen")
    return measure(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())
