"""The words for the conversion queue and the room's schedule: every reason core can give
(a code, its case and its values) has a template that fills with those values, the words
are chosen in the current language, and a queue row from before reasons kept their values
still shows the words it was stored with."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import sqlite3
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from vcdesk.core import words
from vcdesk.core.checks import headless
from vcdesk.core.convert import presets, probe, reasons, verify
from vcdesk.core.convert.errors import Reason
from vcdesk.core.queue import conversion, store
from vcdesk.core.queue.jobs import JobState, QueueError
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule import calendar, entries, feed
from vcdesk.core.schedule.calendar import ScheduleError
from vcdesk.core.schedule.feed import FeedStatus
from vcdesk.core.storage import MIGRATIONS
from vcdesk.core.words import ENGLISH, Language
from vcdesk.core.words import conversions as cw
from vcdesk.core.words import schedule as sw
from vcdesk.qt import queue as qt_queue

REASON_MODULES = (reasons, probe, presets, verify, conversion, store)
SCHEDULE_MODULES = (calendar, feed, entries, headless)  # headless: the schedule store
QUEUE_ERROR_MODULES = (store, qt_queue)


@dataclass(frozen=True)
class Made:
    """One place in core that makes a reason: its code, its case (None: chosen at run
    time), and the names of the values it gives."""

    where: str
    code: str
    case: str | None
    params: frozenset[str]


def made_in(modules: tuple[Any, ...], makers: set[str]) -> list[Made]:
    """Every call of one of `makers` (Reason, MediaError, ...) with a literal code."""
    found = []
    for module in modules:
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in makers or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            params = {k.arg for k in node.keywords if k.arg is not None}
            case: str | None = ""
            for keyword in node.keywords:
                if keyword.arg == "case":
                    value = getattr(keyword.value, "value", None)  # a literal's
                    case = value if isinstance(value, str) else None
            params.discard("case")
            where = f"{module.__name__}:{node.lineno}"
            found.append(Made(where, first.value, case, frozenset(params)))
    return found


REASONS = made_in(REASON_MODULES, {"Reason", "MediaError", "VerifyError", "ConvertError"})
PROBLEMS = made_in(SCHEDULE_MODULES, {"ScheduleError"})
QUEUE_ERRORS = made_in(QUEUE_ERROR_MODULES, {"QueueError", "JobNotFound"})

# A value of the right shape for each name a reason gives.
SAMPLE: dict[str, Any] = {
    "need": 2_345_678_901,
    "free": 1_234_567_890,
    "seconds": 75.0,
    "measured": 2.0,
    "expected": 4.04,
    "found": ["audio"],
    "wanted": ["video", "audio", "audio"],
    "cause": "missing",
    "cause_params": {"case": "file"},
    "known": ["remux", "h264-720p"],
    "returncode": 1,
    "limit": 20_000_000,
    "events": 3,
    "days": 7,
    "status": 404,
    "job_id": 12,
    "state": "done",
}


def sample(made: Made, case: str) -> dict[str, Any]:
    values = {name: SAMPLE.get(name, f"<{name}>") for name in made.params}
    return {**values, "case": case} if case else values


def cases(made: Made, worded: frozenset[tuple[str, str]]) -> list[str]:
    """The case given, or (chosen at run time) every case the catalogue has for the code."""
    if made.case is not None:
        return [made.case]
    return sorted(case for code, case in worded if code == made.code)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture
def pretend_indonesian() -> Iterator[list[tuple[str, str]]]:
    """A language that marks every word it is asked for: proves the words go through tr()
    (the real Indonesian arrives with the .ts), with Indonesian numbers."""
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        asked.append((context, text))
        return f"ID[{text}]"

    words.use(Language("id", translate))
    try:
        yield asked
    finally:
        words.use(ENGLISH)


# --- every code has words ------------------------------------------------------------------


def test_the_reasons_are_found_in_the_code() -> None:
    codes = {made.code for made in REASONS}
    listed = {
        "missing", "permission", "disk_full", "read_only", "name_too_long", "truncated",
        "not_media", "no_streams", "exists", "corrupt", "unsupported", "encoder_missing",
        "io_error", "no_memory", "interrupted", "unknown", "internal", "preset",
        "disk_space", "cancelled", "unreadable", "empty", "no_audio", "streams", "duration",
        "timeout", "decode", "output_dir",
    }  # fmt: skip
    assert listed <= codes, listed - codes
    # reasons.py's docstring lists what plain_reason gives
    for code in ("missing", "disk_full", "io_error", "unknown"):
        assert code in (reasons.__doc__ or "")
    assert {made.code for made in PROBLEMS} >= {"not_found", "http", "broken", "entry"}
    assert {made.code for made in QUEUE_ERRORS} >= {"not_found", "not_running", "in_engine"}


@pytest.mark.parametrize("made", REASONS, ids=lambda m: f"{m.code}-{m.case}-{m.where}")
def test_every_reason_has_words_that_take_its_values(made: Made) -> None:
    for case in cases(made, cw.worded()):
        assert cw.has_words(made.code, case), (
            f"add words for {made.code!r} (case {case!r}, {made.where}) to "
            "vcdesk/core/words/conversions.py"
        )
        text = cw.reason_text(made.code, sample(made, case))
        assert text and text != made.code and not text.startswith(made.code + ":"), (
            f"the words for {made.code!r} ({case!r}) need values {made.where} does not give"
        )
        assert "{" not in text and "<case>" not in text


def test_no_words_without_a_reason() -> None:
    """Every wording in the catalogue is one some code can give (no typo in a case)."""
    given = {(m.code, c) for m in REASONS for c in cases(m, cw.worded())}
    assert cw.worded() - given == set()


@pytest.mark.parametrize("made", PROBLEMS, ids=lambda m: f"{m.code}-{m.case}-{m.where}")
def test_every_schedule_problem_has_words_that_take_its_values(made: Made) -> None:
    for case in cases(made, sw.worded()):
        assert sw.has_words(made.code, case), (
            f"add words for {made.code!r} (case {case!r}) to vcdesk/core/words/schedule.py"
        )
        text = sw.problem_text(made.code, sample(made, case))
        assert text != made.code and not text.startswith(made.code + ":"), made
        assert "{" not in text
    assert sw.worded() - {(m.code, c) for m in PROBLEMS for c in cases(m, sw.worded())} == set()


@pytest.mark.parametrize("made", QUEUE_ERRORS, ids=lambda m: f"{m.code}-{m.where}")
def test_every_queue_error_has_words(made: Made) -> None:
    assert made.code in cw.queue_error_codes(), made
    error = QueueError(made.code, **sample(made, ""))
    text = cw.queue_error_text(error)
    assert text != made.code and "{" not in text
    assert str(error) == text  # English when nothing else is installed


def test_every_state_has_a_word() -> None:
    assert {cw.state_word(state) for state in JobState} == {
        "Waiting", "Converting", "Paused", "Done", "Failed", "Cancelled", "Interrupted",
    }  # fmt: skip


# --- the words say what the values say ------------------------------------------------------


def test_sizes_durations_and_what_ffmpeg_said_in_english() -> None:
    space = Reason("disk_space", disk="/media/arsip (/dev/sdb1)", need=2_345_678_901, free=10**9)
    assert space.message == (
        "Not enough free space on the disk /media/arsip (/dev/sdb1): the converted file needs "
        "about 2.3 GB and 1.0 GB is free. Free space on that disk (or choose another output "
        "folder) and retry"
    )
    assert space.text() == space.message  # English is the default language
    slow = Reason("unreadable", case="timeout", seconds=600.0)
    assert "took longer than 10 min:" in slow.message
    unknown = Reason("unknown", detail="No such filter: 'x'")
    assert unknown.message == "ffmpeg stopped: No such filter: 'x'"
    streams = Reason("streams", found=[], wanted=["video", "audio", "audio"])
    assert streams.message == "The converted file has no streams but should have 1 video, 2 audio"
    inner = Reason("unreadable", case="output", cause="empty", cause_params={})
    assert inner.message.endswith(
        "opened: The file is empty: the recording was probably never saved"
    )
    assert cw.reason_text("no_such_code", {"detail": "Boom"}) == "no_such_code: Boom"
    assert cw.reason_text("missing", {"case": "no_such_case"}) == "missing"


def test_reasons_go_through_tr_in_the_current_language(
    pretend_indonesian: list[tuple[str, str]],
) -> None:
    space = Reason("disk_space", disk="/media/arsip", need=2_345_678_901, free=10**9)
    text = cw.reason_text(space.code, space.params)
    assert text.startswith("ID[Not enough free space on the disk /media/arsip")
    assert "2,3 GB" in text and "1,0 GB" in text  # Indonesian numbers
    assert ("conversions", cw._REASONS["disk_space"]) in pretend_indonesian
    # the English words stay English, whatever the UI speaks (the queue's error column)
    assert space.message.startswith("Not enough free space") and "2.3 GB" in space.message
    assert "ID[" not in str(QueueError("not_found", job_id=3))
    assert cw.queue_error_text(QueueError("nothing_to_pause", job_id=3, state="done")) == (
        "ID[job #{job_id} is {state}: nothing to pause]".format(job_id=3, state="id[done]")
    )
    assert cw.state_word("running") == "ID[Converting]"
    slow = cw.reason_text("unreadable", {"case": "timeout", "seconds": 600.0})
    assert "10 mnt" in slow
    # ffmpeg's own words are not translated: they are shown inside the sentence
    assert cw.reason_text("unknown", {"detail": "No such filter"}) == (
        "ID[ffmpeg stopped: No such filter]"
    )
    timeout = ScheduleError("timeout", source="https://x/r.ics", seconds=0.5)
    assert sw.error_text(timeout) == (
        "ID[The schedule feed https://x/r.ics did not answer within 0,5 dtk: check the network]"
    )
    assert timeout.message.endswith("within 0.5 s: check the network")


def test_indonesian_numbers_with_the_console_language(indonesian: None) -> None:
    text = cw.reason_text("disk_space", {"disk": "D:\\", "need": 2_345_678_901, "free": 10**9})
    assert "2,3 GB" in text and "1,0 GB" in text
    english = Reason("disk_space", disk="D:\\", need=2_345_678_901, free=10**9).message
    assert "2.3 GB" in english


def test_feed_status_keeps_the_values_and_words_them_when_shown(
    pretend_indonesian: list[tuple[str, str]],
) -> None:
    error = ScheduleError("http", source="https://b/r.ics", status=503, detail="Unavailable")
    status = FeedStatus.failed("https://b/r.ics", "cached", None, error)
    assert status.problem_params == {"source": "https://b/r.ics", "status": 503,
                                     "detail": "Unavailable"}  # fmt: skip
    assert status.problem is not None and status.problem.startswith(
        "The schedule feed https://b/r.ics answered HTTP 503 (Unavailable)"
    )
    shown = sw.feed_problem(status)
    assert shown is not None and shown.startswith("ID[The schedule feed")
    assert status.to_json()["problem"] == status.problem
    assert sw.feed_problem(FeedStatus("https://b/r.ics", "fresh")) is None


# --- a job's reason, new rows and old ones ---------------------------------------------------


def old_database(path: Path, rows: list[Mapping[str, Any]]) -> None:
    """A queue database as vcdesk wrote it before reasons kept their values (schema 4)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for version, script in enumerate(MIGRATIONS[:4], start=1):
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {version}")
    for row in rows:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO queue_job ({names}) VALUES ({marks})", tuple(row.values()))
    conn.close()


def job_row(job_id: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": job_id, "input": f"/rekaman/{job_id}.mkv", "output_dir": "/arsip",
        "preset": "remux", "position": job_id, "created": "2025-03-12T09:00:00+07:00",
        **fields,
    }  # fmt: skip


def test_an_old_row_shows_the_words_it_was_stored_with(
    tmp_path: Path, pretend_indonesian: list[tuple[str, str]]
) -> None:
    stored = (
        "Not enough free space on the disk /arsip (/dev/sdb1): the converted file needs "
        "about 2.3 GB and 1.0 GB is free. Free space on that disk (or choose another output "
        "folder) and retry"
    )
    database = tmp_path / "vcdesk.sqlite3"
    old_database(
        database,
        [
            job_row(1, state="failed", error_code="disk_space", error=stored),
            job_row(2, state="failed", error_code="not_media", error="Not a recording"),
            job_row(3, state="done"),
        ],
    )
    jobs = JobStore(database)  # migrates to the current schema
    try:
        first, second, done = jobs.jobs()
        assert (first.error_code, first.error_params, first.reason) == ("disk_space", None, None)
        assert cw.job_reason(first) == stored  # its values are not known: its words as they are
        assert cw.job_reason(second) == "Not a recording"
        assert cw.job_reason(done) == ""
        # A new failure on the same database keeps its values, and is worded when shown.
        jobs.cancel(jobs.add(Path("/rekaman/4.mkv"), Path("/arsip"), "remux").id)
        new = jobs.jobs()[-1]
        assert (new.error_code, new.error_params) == ("cancelled", {})
        assert new.error == "Cancelled by the operator"
        assert cw.job_reason(new) == "ID[Cancelled by the operator]"
        assert new.reason == Reason("cancelled")
    finally:
        jobs.close()
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    conn.close()


def test_a_failed_job_is_worded_from_its_values(
    tmp_path: Path, pretend_indonesian: list[tuple[str, str]]
) -> None:
    jobs = JobStore(tmp_path / "vcdesk.sqlite3")
    try:
        job = jobs.add(Path("/rekaman/rapat.mkv"), Path("/arsip"), "remux")
        owner = "host/1/1/x"
        assert jobs.claim(owner) is not None
        reason = Reason("disk_space", disk="/arsip (/dev/sdb1)", need=2_345_678_901, free=10**9)
        assert jobs.finish(job.id, owner, JobState.FAILED, **store.failure(reason))
        row = jobs.get(job.id)
    finally:
        jobs.close()
    assert row.reason == reason and row.error == reason.message  # English in the column
    assert row.to_json()["error_params"] == reason.params
    shown = cw.job_reason(row)
    assert shown.startswith("ID[Not enough free space") and "2,3 GB" in shown
    # values that no longer fit the words (a newer vcdesk wrote them): the stored words
    odd = dataclasses.replace(row, error_params={"case": "nonsense"})
    assert cw.job_reason(odd) == row.error
