"""Start-and-quit cycles at random moments: the console is started on a virtual X screen,
and after a random 0-2 s it gets SIGTERM or Ctrl+Q. Prints cycles per minute and the crash
count (an exit code other than 0, death by a signal, a hang, or "Traceback", "Fatal Python
error", "Signal source has been deleted" in its stderr or log). Target: 0 crashes in 200.

    .venv/bin/python -m bench.start_quit [--cycles 200] [--seed N] [--keep DIR]

A SIGTERM that comes before the process has set its handler (Python itself starting, the
first ~0.3 s) ends it by the signal's default action before anything was started: counted
apart as "before the handler", not as a crash."""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

from tests.fixtures.console import HOWS, Outcome, cycle, x_screen


def run(cycles: int, seed: int, folder: Path) -> list[Outcome]:
    chance = random.Random(seed)
    outcomes: list[Outcome] = []
    with x_screen() as display:
        for number in range(cycles):
            how, delay = chance.choice(HOWS), chance.uniform(0, 2)
            outcome, console = cycle(folder / "data", display, how, delay)
            outcomes.append(outcome)
            if outcome.crashed:
                print(f"cycle {number}: CRASH {outcome.describe()}", flush=True)
                print(console.stderr()[-4000:], flush=True)
            console.stderr_path.unlink(missing_ok=True)
    return outcomes


def report(outcomes: list[Outcome], seconds: float, seed: int) -> None:
    crashes = [o for o in outcomes if o.crashed]
    early = sum(o.early for o in outcomes)
    print(f"seed {seed}: {len(outcomes)} cycles in {seconds:.0f} s, "
          f"{len(outcomes) / seconds * 60:.1f} cycles per minute")  # fmt: skip
    print(f"ways: {dict(Counter(o.how for o in outcomes))}; "
          f"SIGTERM before the handler was set: {early}")  # fmt: skip
    codes = Counter("hung" if o.returncode is None else o.returncode for o in outcomes)
    print(f"exit codes: {dict(codes)}")
    quit_times = sorted(o.seconds - o.delay_s for o in outcomes if not o.early)
    if quit_times:
        print(f"exit after the quit request (Ctrl+Q: once the window was up): median "
              f"{quit_times[len(quit_times) // 2]:.2f} s, max {quit_times[-1]:.2f} s")  # fmt: skip
    print(f"crashes: {len(crashes)}")
    for outcome in crashes:
        print(f"  {outcome.describe()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="data folder to keep")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="vcdesk-start-quit-") as tmp:
        outcomes = run(args.cycles, seed, args.keep or Path(tmp))
    report(outcomes, time.monotonic() - began, seed)
    return 1 if any(o.crashed for o in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
