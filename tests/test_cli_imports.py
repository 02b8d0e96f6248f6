"""A quick command line (issue 17): `vcdesk queue list` and `vcdesk history` import only what
they use. Every command's module is imported to build the parsers, so a heavy import at the
top of any one of them (the profile model, the calendar, the agent, Qt...) would be paid by
every command; the real CLI runs here with Python's import log on and the modules it loaded
are checked. bench.cli_start measures the time itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.cli import vcdesk
from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.history import RunRecord, store
from vcdesk.core.paths import database_path
from vcdesk.core.queue.store import JobStore

# Modules no quick command needs: each costs tens of milliseconds at start.
HEAVY = {
    "pydantic",
    "ruamel",
    "icalendar",
    "recurring_ical_events",
    "dateutil",
    "prometheus_client",
    "openpyxl",
    "cv2",
    "numpy",
    "sounddevice",
    "PySide6",
    "vcdesk.core.agent",
    "vcdesk.core.session",
    "vcdesk.core.queue.engine",
    "vcdesk.core.queue.conversion",
    "vcdesk.core.schedule.calendar",
    "vcdesk.core.profile.load",
    "vcdesk.core.profile.model",
    "vcdesk.core.checks.runner",
    "vcdesk.core.meetings",
}
# Showing help needs no database either (psutil comes with the queue's store).
HELP_HEAVY = HEAVY | {"psutil", "vcdesk.core.queue.store", "vcdesk.core.repair"}
HISTORY_HEAVY = HEAVY


def imported(*args: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules `vcdesk *args` imports, from Python's import log (-X importtime)."""
    result = vcdesk(*args, env={"PYTHONPROFILEIMPORTTIME": "1", **(env or {})})
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    names = {line.rpartition("|")[2].strip() for line in lines[1:]}  # [0] is the heading
    assert "vcdesk.cli.main" in names  # the log was read
    return names


def offending(names: set[str], heavy: set[str]) -> list[str]:
    """The heavy modules among `names`, a package's submodules included."""
    return sorted(n for n in names if n in heavy or n.partition(".")[0] in heavy)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with a job in the queue and a checklist run in the history, so both
    commands print rows, not just "empty"."""
    db = database_path(tmp_path)
    recording = tmp_path / "rapat.mp4"
    recording.write_bytes(b"\0")
    jobs = JobStore(db)
    try:
        jobs.add(recording, tmp_path / "out", "remux")
    finally:
        jobs.close()
    start = dt.datetime(2026, 12, 3, 8, 30, tzinfo=dt.UTC)
    result = CheckResult("cpu", Status.PASS, "cpu.ok", value=12.0, unit="%")
    record = RunRecord(start, start, "/rooms/r.yaml", "Ruang Rapat", "Budi", Status.PASS, (result,))
    store(db, record)
    return tmp_path


@pytest.mark.parametrize("lang", ["en", "id"])
def test_queue_list_and_history_import_only_what_they_use(data: Path, lang: str) -> None:
    env = {"VCDESK_LANG": lang}
    queue = imported("--data-dir", str(data), "queue", "list", env=env)
    assert "vcdesk.core.queue.store" in queue  # it did read the queue
    assert offending(queue, HEAVY) == []
    history = imported("--data-dir", str(data), "history", env=env)
    assert "vcdesk.core.history" in history
    assert offending(history, HISTORY_HEAVY) == []


@pytest.mark.parametrize("command", [[], ["queue"], ["check"], ["meeting", "add"]])
def test_help_imports_no_command_s_work(tmp_path: Path, command: list[str]) -> None:
    names = imported("--data-dir", str(tmp_path), *command, "--help")
    assert offending(names, HELP_HEAVY) == []


def test_the_light_check_ids_are_the_runner_s() -> None:
    """`check --only`'s help lists the check ids from vcdesk.core.words.checks, not from the
    runner (which imports the profile model): the two must not drift apart."""
    from vcdesk.core.checks.runner import CHECK_IDS
    from vcdesk.core.words.checks import CHECK_IDS as WORDED

    assert WORDED == CHECK_IDS
