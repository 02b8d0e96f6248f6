"""How long a short CLI command takes, from launch to exit, in each language: the words of
an Indonesian run are read from the .ts when first needed, an English run reads none.
Target (issue 17): `queue list` and `history` <= 0.3 s.

    .venv/bin/python -m bench.cli_start [--runs 12]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from tests.cli import ROOT

COMMANDS = (["queue", "list"], ["history"], ["check", "--help"])


def timed(argv: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "vcdesk", *argv], env=env, capture_output=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times[2:])  # the first runs warm the disk cache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        for argv in COMMANDS:
            medians = {}
            for lang in ("en", "id"):
                env = dict(os.environ, VCDESK_LANG=lang, VCDESK_DATA_DIR=data, PYTHONPATH=str(ROOT))
                medians[lang] = timed(argv, env, args.runs)
            print(
                f"vcdesk {' '.join(argv):13s} en {medians['en'] * 1000:4.0f} ms, "
                f"id {medians['id'] * 1000:4.0f} ms (id/en {medians['id'] / medians['en']:.3f})"
            )


if __name__ == "__main__":
    main()
