"""ruff and mypy are part of the suite, so CI enforces them without anyone remembering."""

from __future__ import annotations

import subprocess
import sys

from tests.cli import ROOT


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_ruff_lint() -> None:
    result = run("ruff", "check", "vcdesk", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_core() -> None:
    result = run("mypy", "vcdesk/core")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run("ruff", "format", "--check", "vcdesk", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr
