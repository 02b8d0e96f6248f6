"""One console per data folder, with real console processes (offscreen): a second start
brings the first to the front and ends; the CLI works beside it; another data folder gets
its own console; a stuck console is named; a killed one does not block the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli import ROOT, vcdesk

EXAMPLE = str(ROOT / "profiles" / "example.yaml")


def start_console(data: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "vcdesk", "--data-dir", str(data), "--profile", EXAMPLE],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def lock_pid(data: Path) -> int | None:
    try:
        return int((data / "console.lock").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def wait_until(condition, timeout: float = 20) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.fixture
def consoles() -> Iterator[list[subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGCONT)
            proc.kill()
        proc.communicate(timeout=20)


def log_text(data: Path) -> str:
    return (data / "logs" / "vcdesk.log").read_text(encoding="utf-8")


def test_a_second_start_brings_the_first_to_the_front(
    tmp_path: Path, consoles: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "data"
    first = start_console(data)
    consoles.append(first)
    wait_until(lambda: lock_pid(data) == first.pid)

    began = time.monotonic()
    second = vcdesk("--data-dir", str(data), env={"QT_QPA_PLATFORM": "offscreen"}, timeout=30)
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stdout and time.monotonic() - began < 10
    wait_until(lambda: "brought to the front" in log_text(data))
    assert first.poll() is None  # the first console carries on

    # The CLI on the same data folder works beside the console.
    listed = vcdesk("--data-dir", str(data), "queue", "list")
    assert listed.returncode == 0, listed.stderr

    # Another data folder is another console.
    other = tmp_path / "other"
    own = start_console(other)
    consoles.append(own)
    wait_until(lambda: lock_pid(other) == own.pid)
    assert own.poll() is None


def test_a_stuck_console_is_named_and_a_killed_one_does_not_block(
    tmp_path: Path, consoles: list[subprocess.Popen[str]]
) -> None:
    data = tmp_path / "data"
    first = start_console(data)
    consoles.append(first)
    wait_until(lambda: lock_pid(data) == first.pid)

    os.kill(first.pid, signal.SIGSTOP)  # alive, holding the folder, answering nothing
    stuck = start_console(data)
    consoles.append(stuck)
    assert stuck.stderr is not None
    line = stuck.stderr.readline()  # said before the same words appear in a dialog
    assert "does not answer" in line and f"(process {first.pid})" in line, line
    stuck.kill()

    first.kill()  # a crash: the lock file stays behind with a dead PID
    first.wait(10)
    assert lock_pid(data) == first.pid
    after = start_console(data)
    consoles.append(after)
    wait_until(lambda: lock_pid(data) == after.pid)
    time.sleep(1)
    assert after.poll() is None
