"""How long the package takes to build from a clean copy of the tree, and its size.

    .venv/bin/python -m bench.wheel [--runs 5] [--isolated]

Builds with the test venv's setuptools (as tests/test_wheel.py does); `--isolated` also
times one build the way `pip install git+...` does it, in a fresh build environment that
pip fills with setuptools and PySide6 (for lrelease) from its cache or PyPI."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.test_wheel import clean_clone


def build(source: Path, out: Path, isolated: bool) -> float:
    began = time.monotonic()
    argv = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)]
    if not isolated:
        argv.insert(5, "--no-build-isolation")
    subprocess.run(argv, check=True, capture_output=True, timeout=900)
    return time.monotonic() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--isolated", action="store_true")
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            source, out = Path(tmp, "src"), Path(tmp, "out")
            clean_clone(source)
            times.append(build(source, out, isolated=False))
            (wheel,) = out.glob("*.whl")
            size = wheel.stat().st_size
    print(f"wheel build (no isolation): median {statistics.median(times):.2f} s, "
          f"min {min(times):.2f} s, max {max(times):.2f} s over {args.runs} runs; "
          f"wheel {size / 1e6:.2f} MB")  # fmt: skip
    if args.isolated:
        with tempfile.TemporaryDirectory() as tmp:
            source, out = Path(tmp, "src"), Path(tmp, "out")
            clean_clone(source)
            seconds = build(source, out, isolated=True)
            print(f"wheel build (isolated, as pip install git+...): {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
