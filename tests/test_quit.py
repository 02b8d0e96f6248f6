"""Quitting the console at any moment, by SIGTERM or Ctrl+Q, with real console processes on
a virtual X screen: a conversion under way is stopped and marked interrupted and its
partial file removed, the exit code is 0, and nothing crashes or leaves a traceback, even
right after start or with two consoles started at once on one data folder."""

from __future__ import annotations

import json
import random
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli import vcdesk
from tests.fixtures.console import (
    HOWS,
    Console,
    bad_words,
    cycle,
    finish,
    start_console,
    x_screen,
)
from tests.fixtures.media import make_video

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("Xvfb", "xdotool")),
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)",
)
CYCLES = 15  # the suite's share; bench/start_quit.py runs 200


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    with x_screen() as name:
        yield name


@pytest.fixture(scope="module")
def long_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 720p recording whose 720p transcode takes well over ten seconds here."""
    folder = tmp_path_factory.mktemp("quit-media")
    return make_video(folder / "rapat panjang.mp4", seconds=60, size=(1280, 720))


def room(folder: Path) -> Path:
    path = folder / "ruang.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room:\n  name: Ruang Uji\n"
        f"conversion:\n  output_dir: {folder / 'arsip'}\n  preset: h264-720p\n"
    )
    return path


def jobs(data: Path) -> list[dict[str, object]]:
    listed = vcdesk("--data-dir", str(data), "queue", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    found: list[dict[str, object]] = json.loads(listed.stdout)["jobs"]
    return found


def wait_until(condition, timeout: float = 60, what: str = "") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def partial_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.part")) if folder.exists() else []


def assert_clean(console: Console, code: int | None) -> None:
    stderr, log = console.stderr(), console.log()
    assert code == 0, f"exit {code}: {stderr[-3000:]}"
    assert not bad_words(stderr, log), stderr[-3000:] + log[-3000:]


def test_sigterm_stops_a_conversion_as_ctrl_q_does(
    tmp_path: Path, display: str, long_source: Path
) -> None:
    data, archive = tmp_path / "data", tmp_path / "arsip"
    console = start_console(data, display, profile=room(tmp_path))
    try:
        console.window()  # up and running
        added = vcdesk("--data-dir", str(data), "queue", "add", "--profile",
                       str(room(tmp_path)), str(long_source))  # fmt: skip
        assert added.returncode == 0, added.stderr
        wait_until(
            lambda: jobs(data)[0]["state"] == "running" and partial_files(archive),
            what="the console to start converting",
        )
        time.sleep(1)  # well into the transcode
        console.proc.send_signal(signal.SIGTERM)
        code = console.wait(60)
    finally:
        console.kill()
    assert_clean(console, code)
    (job,) = jobs(data)
    assert job["state"] == "interrupted", job
    assert partial_files(archive) == []
    assert "signal SIGTERM received" in console.log()
    assert "geometry" in (data / "settings.ini").read_text()  # settings were saved


def test_start_and_quit_at_random_moments(tmp_path: Path, display: str) -> None:
    chance = random.Random()
    seed = chance.randrange(1 << 30)
    chance.seed(seed)
    outcomes = []
    for number in range(CYCLES):
        how, delay = chance.choice(HOWS), chance.uniform(0, 2)
        outcome, console = cycle(tmp_path / "data", display, how, delay)
        outcomes.append(outcome)
        assert not outcome.crashed, (
            f"cycle {number} (seed {seed}): {outcome.describe()}\n{console.stderr()[-3000:]}"
        )
    # Each way of quitting was tried after the console had set its handlers.
    assert {o.how for o in outcomes if not o.early} == set(HOWS) or CYCLES < 10, outcomes


def test_two_consoles_started_at_once_on_one_folder_quit_cleanly(
    tmp_path: Path, display: str
) -> None:
    data = tmp_path / "data"
    for how in HOWS:
        pair = [start_console(data, display), start_console(data, display)]
        try:
            # One becomes the console; the other asks it to come to the front and ends.
            wait_until(lambda p=pair: any(c.proc.poll() is not None for c in p), what="one end")
            second = next(c for c in pair if c.proc.poll() is not None)
            first = next(c for c in pair if c is not second)
            assert_clean(second, second.wait(5))
            time.sleep(0.5)
            assert first.quit(how)
            outcome = finish(first, how, 0.0)
        finally:
            for console in pair:
                console.kill()
        assert not outcome.crashed, outcome.describe() + first.stderr()[-3000:]
    # And both asked to quit at the same random moment, the second maybe still asking.
    for delay in (0.5, 1.0, 1.5):
        pair = [start_console(data, display), start_console(data, display)]
        time.sleep(delay)
        try:
            caught = [console.quit("sigterm") for console in pair]
            outcomes = [finish(c, "sigterm", delay, k) for c, k in zip(pair, caught, strict=True)]
        finally:
            for console in pair:
                console.kill()
        for console, outcome in zip(pair, outcomes, strict=True):
            assert not outcome.crashed, outcome.describe() + console.stderr()[-3000:]
