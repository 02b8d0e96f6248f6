"""`vcdesk agent` as a room PC runs it: a real subprocess on a throw-away data folder, its
devices absent (camera 9, a microphone that is not there), its UPS a real NUT server, its
schedule a real feed, a real ffmpeg transcode from its watch folder; scraped over HTTP and
read with prometheus_client's own parser."""

from __future__ import annotations

import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.cli import ROOT, vcdesk
from tests.fixtures.media import make_video
from tests.fixtures.nut import NutServer
from tests.fixtures.queue import decodes_cleanly, job_files, wait_for
from vcdesk.core.checks.runner import CHECK_IDS
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore

ROOM = "Ruang Rapat Uji"
OPERATOR = "Budi Santoso"
STATE_S = 2.0  # the agent's state refresh here (5 s on a room PC)
Sample = dict[tuple[str, frozenset[tuple[str, str]]], float]


def write_profile(
    folder: Path, *, nut: NutServer | None = None, ics: bool = False, preset: str = "remux"
) -> Path:
    for name in ("watch", "recordings", "out"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    text = (
        f"schema_version: 1\nroom:\n  name: {ROOM}\n  operator: {OPERATOR}\n"
        "  timezone: Asia/Makassar\n"
        "camera:\n  source: 9\n"
        "microphone:\n  device: tidak ada mikrofon ini\n"
        f"disk:\n  recordings_dir: {folder / 'recordings'}\n  min_free_gb: 0\n"
        "  recording_bitrate_mbps: 8\n"
        f"conversion:\n  preset: {preset}\n  low_priority: false\n"
        f"  output_dir: {folder / 'out'}\n  watch_dirs: [{folder / 'watch'}]\n"
        "schedule:\n  precheck_min: 30\n" + ("  ics: room.ics\n" if ics else "")
    )
    if nut is not None:
        text += (
            f"power:\n  source: nut\n  nut:\n    host: {nut.host}\n    port: {nut.port}\n"
            f"    ups: {nut.ups}\n    username: {nut.user}\n"
            f"    password: {json.dumps(nut.password)}\n"
        )
    path = folder / "room.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def write_feed(folder: Path, meetings: list[tuple[str, datetime, datetime]]) -> None:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20300101T000000Z\r\nSUMMARY:{uid}\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{end:%Y%m%dT%H%M%SZ}\r\nEND:VEVENT\r\n"
        for uid, start, end in meetings
    )
    (folder / "room.ics").write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//vcdesk tests//EN\r\n{events}"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )


class Agent:
    """A running `vcdesk agent` and its metrics address."""

    def __init__(self, data: Path, profile: Path, *extra: str) -> None:
        env = {
            **os.environ,
            "VCDESK_LANG": "en",
            "VCDESK_AGENT_POWER_S": "1",
            "VCDESK_AGENT_STATE_S": str(STATE_S),
        }
        argv = ["--data-dir", str(data), "agent", "--profile", str(profile)]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "vcdesk", *argv, "--metrics", "127.0.0.1:0", *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert self.proc.stdout is not None and self.proc.stderr is not None
        first = self.proc.stdout.readline()
        assert "metrics on http://127.0.0.1:" in first, first + self.proc.stderr.read()
        self.url = first.split("metrics on ", 1)[1].split()[0].rstrip(".")

    def scrape(self) -> str:
        with urllib.request.urlopen(self.url, timeout=5) as answer:
            return str(answer.read().decode())

    def samples(self) -> Sample:
        found: Sample = {}
        for family in text_string_to_metric_families(self.scrape()):
            for s in family.samples:
                found[(s.name, frozenset(s.labels.items()))] = s.value
        return found

    def stop(self) -> tuple[int, str, str]:
        self.proc.send_signal(signal.SIGTERM)
        try:
            out, err = self.proc.communicate(timeout=40)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode, out, err


@pytest.fixture
def agents() -> Iterator[list[Agent]]:
    started: list[Agent] = []
    yield started
    for agent in started:
        if agent.proc.poll() is None:
            agent.proc.kill()
            agent.proc.wait(10)


def value(samples: Sample, name: str, **labels: str) -> float | None:
    return samples.get((name, frozenset({"room": ROOM, **labels}.items())))


def test_every_metric_from_a_real_room(
    tmp_path: Path, nut_ups: NutServer, agents: list[Agent]
) -> None:
    data = tmp_path / "data"
    now = datetime.now(UTC).replace(microsecond=0)
    on_now = ("rapat-sekarang", now - timedelta(minutes=10), now + timedelta(minutes=10))
    ahead = ("rapat-berikut", now + timedelta(minutes=20), now + timedelta(minutes=80))
    write_feed(tmp_path, [on_now, ahead])
    profile = write_profile(tmp_path, nut=nut_ups, ics=True)
    agent = Agent(data, profile)
    agents.append(agent)

    # The checklist at start and the pre-meeting one (the next meeting is 20 minutes
    # away, within precheck_min): both kept in the history, each with every check.
    def two_runs() -> tuple[Sample, list[dict[str, Any]]] | None:
        found = agent.samples()
        history = vcdesk("--data-dir", str(data), "history", "--json")
        runs = json.loads(history.stdout) if history.returncode == 0 else []
        if len(runs) != 2 or value(found, "vcdesk_checklist_go") is None:
            return None
        # The agent's loop reads the history every few seconds: the second run may be in
        # the database a moment before it is in the metrics.
        newest = max(datetime.fromisoformat(r["finished"]).timestamp() for r in runs)
        stamp = value(found, "vcdesk_checklist_last_run_timestamp_seconds")
        return (found, runs) if stamp is not None and abs(stamp - newest) <= 1 else None

    samples, runs = wait_for(two_runs, 60, 0.5)
    assert {r["room"] for r in runs} == {ROOM}
    assert value(samples, "vcdesk_info", version=_version()) == 1
    # camera 9 and the microphone are absent: NO-GO, and those checks say so
    assert value(samples, "vcdesk_checklist_go") == 0
    checks = {
        dict(labels)["check"]: v
        for (name, labels), v in samples.items()
        if name == "vcdesk_check_ok"
    }
    assert set(checks) == set(CHECK_IDS)
    assert checks["camera"] == 0 and checks["microphone"] == 0
    newest = max(runs, key=lambda r: r["finished"])
    finished = datetime.fromisoformat(newest["finished"]).timestamp()
    assert value(samples, "vcdesk_checklist_last_run_timestamp_seconds") == pytest.approx(
        finished, abs=1
    )
    # The pre-meeting run cleared the next meeting's record.
    store = MeetingStore(data / "vcdesk.sqlite3")
    try:
        record = [m for m in store.list(ROOM) if m.booked_start == ahead[1]]
    finally:
        store.close()
    assert record and record[0].check_run_id in {r["id"] for r in runs}

    # The schedule: a meeting on now (it holds the queue: meeting mode), the next one.
    assert value(samples, "vcdesk_meeting_in_progress") == 1
    assert value(samples, "vcdesk_meeting_end_timestamp_seconds") == on_now[2].timestamp()
    assert value(samples, "vcdesk_next_meeting_start_timestamp_seconds") == ahead[1].timestamp()
    wait_for(lambda: value(agent.samples(), "vcdesk_meeting_mode") == 1, 10)
    # The queue: every state, 0 when none.
    for state in JobState:
        assert value(samples, "vcdesk_queue_jobs", state=state.value) == 0
    assert value(samples, "vcdesk_conversion_failures_total") == 0
    # The disk of the recordings folder, and the hours at 8 Mbit/s it holds.
    free = value(samples, "vcdesk_disk_free_bytes")
    assert free is not None and free == pytest.approx(
        os.statvfs(tmp_path).f_bavail * os.statvfs(tmp_path).f_frsize, rel=0.01
    )
    assert value(samples, "vcdesk_recording_hours_left") == pytest.approx(
        free * 8 / 8e6 / 3600, rel=1e-6
    )
    # The UPS, read by the agent itself: on mains, then on battery.
    assert value(samples, "vcdesk_ups_on_battery") == 0
    assert value(samples, "vcdesk_ups_charge_ratio") == 1.0
    assert value(samples, "vcdesk_ups_runtime_seconds") == 1800
    nut_ups.set_status("OB", charge=64, runtime=720)

    def on_battery() -> Sample | None:
        found = agent.samples()
        return found if value(found, "vcdesk_ups_on_battery") == 1 else None

    samples = wait_for(on_battery, 1 + STATE_S + 5, 0.2)
    assert value(samples, "vcdesk_ups_charge_ratio") == 0.64
    assert value(samples, "vcdesk_ups_runtime_seconds") == 720

    # `vcdesk check` on the same data folder: its run is the room's last, within a refresh.
    check = vcdesk("--data-dir", str(data), "check", "--profile", str(profile), "--only", "disk")
    assert check.returncode == 0, check.stdout + check.stderr
    done = time.monotonic()
    samples = wait_for(lambda: (s := agent.samples()) and value(s, "vcdesk_checklist_go") and s)
    assert time.monotonic() - done <= STATE_S + 1.5
    assert {dict(k[1]).get("check") for k in samples if k[0] == "vcdesk_check_ok"} == {"disk"}

    # Nothing personal in any label: not the UPS password, the profile's path, the operator.
    text = agent.scrape()
    labels = [v for (_, ls) in samples for _, v in ls]
    for secret in (nut_ups.password, str(profile), str(tmp_path), OPERATOR):
        assert not any(secret in label for label in labels)
        assert secret not in text

    # A scrape is answered from memory: the median of 50.
    times = []
    for _ in range(50):
        began = time.perf_counter()
        agent.scrape()
        times.append(time.perf_counter() - began)
    median_ms = statistics.median(times) * 1000
    print(f"\nscrape: median {median_ms:.2f} ms, max {max(times) * 1000:.2f} ms over 50")
    assert median_ms < 100

    code, out, err = agent.stop()
    assert code == 0, err
    assert "Traceback" not in err and "the agent stopped" in out


def _version() -> str:
    from vcdesk import __version__

    return __version__


def running_with_output(store: JobStore) -> bool:
    jobs = store.jobs()
    return bool(
        jobs
        and jobs[0].state is JobState.RUNNING
        and jobs[0].progress > 2
        and jobs[0].temp_path
        and Path(jobs[0].temp_path).exists()
    )


def test_sigterm_mid_conversion_then_a_second_start_finishes_it(
    tmp_path: Path, agents: list[Agent]
) -> None:
    data, out = tmp_path / "data", tmp_path / "out"
    profile = write_profile(tmp_path, preset="h264-720p")
    clip = make_video(tmp_path / "rekaman.mp4", seconds=25)
    clip.rename(tmp_path / "watch" / "rekaman.mp4")  # found by the watch folder
    agent = Agent(data, profile, "--no-start-check")
    agents.append(agent)
    store = JobStore(data / "vcdesk.sqlite3")
    try:
        wait_for(lambda: running_with_output(store), 60, 0.2)
        wait_for(lambda: value(agent.samples(), "vcdesk_queue_jobs", state="running") == 1, 10)
        code, _, err = agent.stop()
        assert code == 0, err
        assert "Traceback" not in err
        job = store.jobs()[0]
        assert job.state is JobState.INTERRUPTED and job.owner is None
        assert job_files(out) == []  # no .part left

        again = Agent(data, profile, "--no-start-check")
        agents.append(again)
        wait_for(lambda: store.jobs()[0].state is JobState.DONE, 90, 0.2)
        samples = again.samples()
        wait_for(lambda: value(again.samples(), "vcdesk_queue_jobs", state="done") == 1, 10)
        assert value(samples, "vcdesk_conversion_failures_total") == 0
        code, _, err = again.stop()
        assert code == 0, err
    finally:
        store.close()
    assert len(store_jobs(data)) == 1  # the watch folder did not queue it twice
    assert job_files(out) == ["rekaman.mp4"]
    assert decodes_cleanly(out / "rekaman.mp4")


def store_jobs(data: Path) -> list[object]:
    store = JobStore(data / "vcdesk.sqlite3")
    try:
        return list(store.jobs())
    finally:
        store.close()


def test_a_taken_port_and_a_bad_profile_are_one_clear_answer(tmp_path: Path) -> None:
    profile = write_profile(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = vcdesk(
            "--data-dir", str(tmp_path / "data"), "agent", "--profile", str(profile),
            "--metrics", f"127.0.0.1:{port}",
        )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"vcdesk agent: cannot serve the metrics on 127.0.0.1:{port}: Address already in use"
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nroom:\n  name: R\nconversion:\n  preset: mpeg2\n")
    result = vcdesk("--data-dir", str(tmp_path / "data"), "agent", "--profile", str(bad))
    assert result.returncode == 2
    assert f"{bad}:5: conversion.preset" in result.stderr and "Traceback" not in result.stderr
    result = vcdesk("agent", "--profile", str(profile), "--metrics", "localhost")
    assert result.returncode == 2 and "HOST:PORT" in result.stderr


def test_the_agent_starts_without_qt_or_opencv() -> None:
    code = (
        "import sys, vcdesk.cli.main, vcdesk.core.agent, vcdesk.core.metrics;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cv2', 'PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stderr
