"""The checklist's wall time against its slowest single check (target <= 1.15x) and against
the sum of all its checks, on real components: the live MJPEG camera on loopback, the
PulseAudio null-sink microphone with a tone playing, a NUT UPS server, the LibreSpeed server
behind a 20 Mbit/s namespace link, and this machine's CPU, memory and disk.

Each round runs every check alone, one after another, then the whole checklist in parallel;
the figures are medians over the rounds (these machines are noisy). Needs root (the link).

    .venv/bin/python -m bench.checklist_wall [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from tests.fixtures.camera_stream import live_stream
from tests.fixtures.netns import shaped_link
from tests.fixtures.nut import running_nut
from tests.fixtures.pulse import pulse_server
from vcdesk.core.checks.runner import CHECK_IDS, ChecklistRun
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile


def room(folder: Path, camera_url: str, nut_port: int, ups: str, speedtest_url: str) -> Profile:
    # JSON is YAML: the real loader reads it, as it reads an admin's file.
    host = speedtest_url.split("//", 1)[1].rstrip("/")
    sections = {
        "schema_version": 1,
        "room": {"name": "Ruang Bench"},
        "camera": {"source": camera_url, "min_width": 1280, "min_height": 720, "min_fps": 20},
        "microphone": {"device": "pulse", "record_seconds": 1.5},
        "cpu": {"max_percent": 100},
        "memory": {"min_free_mb": 1},
        "disk": {"recordings_dir": str(folder), "min_free_gb": 0},
        "power": {"source": "nut", "nut": {"host": "127.0.0.1", "port": nut_port, "ups": ups}},
        "network": {
            "speedtest_url": speedtest_url,
            "min_download_mbps": 1,
            "min_upload_mbps": 1,
            "hosts": [host],
            "test_seconds": 3,
        },
        "conversion": {"output_dir": str(folder / "arsip"), "preset": "h264-720p"},
    }
    path = folder / "bench-room.yaml"
    path.write_text(json.dumps(sections))
    return load_profile(path)


def timed(profile: Profile, only: tuple[str, ...]) -> tuple[float, dict[str, float], list[str]]:
    began = time.monotonic()
    results = ChecklistRun(profile, only).start().wait()
    wall = time.monotonic() - began
    statuses = [f"{r.id}={r.status.value}" for r in results]
    return wall, {r.id: r.duration_s for r in results}, statuses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="vcdesk-bench-")))
        print("starting the camera stream, microphone, UPS server and network link...")
        camera = stack.enter_context(live_stream((1280, 720), 25))
        pulse = stack.enter_context(pulse_server())
        ups = stack.enter_context(running_nut(folder / "nut"))
        url = stack.enter_context(shaped_link())
        stack.enter_context(pulse.tone(seconds=3600, volume=0.3))
        profile = room(folder, camera.url, ups.port, ups.ups, url)

        ratios_slowest, ratios_sum, walls, slowests, sums = [], [], [], [], []
        for number in range(1, args.rounds + 1):
            alone = {}
            for check_id in CHECK_IDS:
                wall, _, statuses = timed(profile, (check_id,))
                alone[check_id] = wall
            wall, _, statuses = timed(profile, CHECK_IDS)
            slowest, total = max(alone.values()), sum(alone.values())
            walls.append(wall)
            slowests.append(slowest)
            sums.append(total)
            ratios_slowest.append(wall / slowest)
            ratios_sum.append(wall / total)
            each = "  ".join(f"{k} {v:.2f}" for k, v in alone.items())
            print(f"round {number}: alone [{each}]")
            print(
                f"         checklist {wall:.2f} s, slowest alone {slowest:.2f} s, "
                f"sum {total:.2f} s  ({' '.join(statuses)})"
            )
    print()
    print(f"checklist wall time (median):     {statistics.median(walls):.2f} s")
    print(f"slowest single check (median):    {statistics.median(slowests):.2f} s")
    print(f"sum of all checks (median):       {statistics.median(sums):.2f} s")
    ratio = statistics.median(ratios_slowest)
    print(f"wall / slowest (median):          {ratio:.3f}  target <= 1.15")
    print(f"wall / sum (median):              {statistics.median(ratios_sum):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
