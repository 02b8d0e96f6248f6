"""The queue's database: order, requests and their state rules, flags, atomic claims across
processes, and recovery of jobs whose engine died."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli import ROOT
from vcdesk.core.queue import owner as owners
from vcdesk.core.queue.jobs import JobNotFound, JobState, QueueError
from vcdesk.core.queue.store import PROGRESS_INTERVAL_S, JobStore


@pytest.fixture
def store(tmp_path: Path) -> JobStore:
    return JobStore(tmp_path / "q.sqlite3")


def add(store: JobStore, name: str, tmp_path: Path) -> int:
    return store.add(tmp_path / name, tmp_path / "out", "remux").id


def order(store: JobStore) -> list[str]:
    return [Path(job.input).name for job in store.jobs()]


def test_add_list_and_move(store: JobStore, tmp_path: Path) -> None:
    ids = [add(store, name, tmp_path) for name in ("a", "b", "c", "d")]
    assert order(store) == ["a", "b", "c", "d"]
    store.move(ids[3], -2)
    assert order(store) == ["a", "d", "b", "c"]
    store.move(ids[0], +10)  # clamped at the end
    assert order(store) == ["d", "b", "c", "a"]
    store.move(ids[3], -1)  # already first: stays
    assert order(store) == ["d", "b", "c", "a"]
    store.move(ids[1], -1)
    assert order(store) == ["b", "d", "c", "a"]
    job = store.get(ids[1])
    assert (job.state, job.preset, job.origin, job.attempts) == (
        JobState.QUEUED,
        "remux",
        "manual",
        0,
    )


def test_requests_follow_the_state_rules(store: JobStore, tmp_path: Path) -> None:
    a, b = add(store, "a", tmp_path), add(store, "b", tmp_path)
    assert store.pause(a).state is JobState.PAUSED
    assert store.claim("me/1/1/x").id == b  # a paused job is not claimed
    assert store.resume(a).state is JobState.QUEUED
    with pytest.raises(QueueError, match="only waiting jobs move") as caught:
        store.move(b, -1)
    assert (caught.value.code, caught.value.params) == (
        "not_waiting",
        {"job_id": b, "state": "running"},
    )
    with pytest.raises(QueueError, match="cancel it first") as caught:
        store.remove(b)
    assert caught.value.code == "in_engine"
    # Pausing a running job keeps its engine (its ffmpeg is suspended, not stopped).
    paused = store.pause(b)
    assert paused.state is JobState.PAUSED and paused.owner == "me/1/1/x"
    assert store.resume(b).state is JobState.RUNNING
    cancelled = store.cancel(a)
    assert cancelled.state is JobState.CANCELLED and cancelled.error_code == "cancelled"
    assert cancelled.error_params == {} and cancelled.error == "Cancelled by the operator"
    with pytest.raises(QueueError, match="nothing to pause"):
        store.pause(a)
    with pytest.raises(QueueError, match="use retry"):
        store.resume(a)
    retried = store.retry(a)
    assert retried.state is JobState.QUEUED and retried.error is None
    assert retried.error_code is None and retried.error_params is None
    assert order(store)[-1] == "a"  # a retried job goes to the back
    with pytest.raises(QueueError, match="only a failed, cancelled or interrupted"):
        store.retry(a)
    store.remove(a)
    with pytest.raises(JobNotFound, match="no job #") as missing:
        store.get(a)
    assert (missing.value.code, missing.value.params) == ("not_found", {"job_id": a})
    with pytest.raises(JobNotFound):
        store.cancel(999)


def test_finish_is_refused_after_a_cancel(store: JobStore, tmp_path: Path) -> None:
    add(store, "a", tmp_path)
    job = store.claim("me/1/1/x")
    assert job is not None
    store.cancel(job.id)
    placed = []
    assert not store.finish(job.id, "me/1/1/x", JobState.DONE, lambda _: placed.append(1) or {})
    assert placed == []  # the output was never moved into place
    assert store.get(job.id).state is JobState.CANCELLED
    assert store.release(job.id, "me/1/1/x")
    assert store.get(job.id).owner is None
    assert store.get(job.id).state is JobState.CANCELLED


def test_queue_flags_persist(tmp_path: Path) -> None:
    first = JobStore(tmp_path / "q.sqlite3")
    assert not first.queue_paused() and not first.meeting_manual()
    first.set_queue_paused(True)
    first.set_meeting_manual(True)
    first.close()
    second = JobStore(tmp_path / "q.sqlite3")
    assert second.queue_paused() and second.meeting_manual()
    second.set_queue_paused(False)
    assert not second.queue_paused()


def test_progress_writes_are_throttled(store: JobStore, tmp_path: Path) -> None:
    add(store, "a", tmp_path)
    job = store.claim("me/1/1/x")
    assert job is not None
    assert store.update_progress(job.id, "me/1/1/x", 10, 2.0, 5.0)
    assert not store.update_progress(job.id, "me/1/1/x", 20, 2.0, 4.0)
    assert store.get(job.id).progress == 10
    time.sleep(PROGRESS_INTERVAL_S + 0.05)
    assert store.update_progress(job.id, "me/1/1/x", 30, 2.0, 3.0)
    assert store.update_progress(job.id, "me/1/1/x", 31, 2.0, 3.0, force=True)
    assert store.get(job.id).progress == 31
    assert not store.update_progress(job.id, "someone/else/1/x", 50, None, None, force=True)


def test_watch_folder_files_are_queued_once(store: JobStore, tmp_path: Path) -> None:
    src = tmp_path / "rec.mp4"
    job = store.add_watched(src, 100, 1, tmp_path / "out", "remux")
    assert job is not None and job.origin == "watch"
    assert store.add_watched(src, 100, 1, tmp_path / "out", "remux") is None
    # The same path written anew (other size or time) is a new recording.
    assert store.add_watched(src, 200, 2, tmp_path / "out", "remux") is not None
    assert len(store.jobs()) == 2


CLAIMER = """
import json, sys, time
from pathlib import Path
from vcdesk.core.queue.store import JobStore
store = JobStore(Path(sys.argv[1]))
me = sys.argv[2]
sys.stdin.readline()  # start together
got = []
while (job := store.claim(me)) is not None:
    got.append(job.id)
    time.sleep(0.002)  # a little work between claims, as an engine would do
print(json.dumps(got))
"""


def test_claims_are_atomic_across_processes(store: JobStore, tmp_path: Path) -> None:
    ids = {add(store, f"f{i}", tmp_path) for i in range(120)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CLAIMER, str(store.db_path), f"host/{n}/0/x"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for n in range(4)
    ]
    time.sleep(1.5)  # let all of them import and open the database
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    claimed = [json.loads(proc.communicate(timeout=60)[0]) for proc in procs]
    everything = [job_id for got in claimed for job_id in got]
    assert sorted(everything) == sorted(ids)  # each job once, none twice
    assert sum(1 for got in claimed if got) >= 2, claimed  # they really competed
    assert {job.attempts for job in store.jobs()} == {1}


DEAD_ENGINE = """
import sys
from pathlib import Path
from vcdesk.core.queue.owner import new_owner_id
from vcdesk.core.queue.store import JobStore
store = JobStore(Path(sys.argv[1]))
me = new_owner_id()
job = store.claim(me)
store.set_fields(job.id, me, temp_path=sys.argv[2])
second = store.claim(me)
store.pause(second.id)
print(me, flush=True)
if sys.argv[3] == "stay":
    sys.stdin.readline()
"""


def test_recover_frees_jobs_of_dead_engines_only(store: JobStore, tmp_path: Path) -> None:
    for name in ("a", "b", "c", "d"):
        add(store, name, tmp_path)
    partial = tmp_path / "out" / ".a.1234.part"
    partial.parent.mkdir()
    partial.write_bytes(b"half a file")
    dead = subprocess.run(
        [sys.executable, "-c", DEAD_ENGINE, str(store.db_path), str(partial), "exit"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    ).stdout.strip()
    live_partial = tmp_path / "out" / ".c.5678.part"
    live_partial.write_bytes(b"being written")
    live = subprocess.Popen(
        [sys.executable, "-c", DEAD_ENGINE, str(store.db_path), str(live_partial), "stay"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert live.stdout is not None
        live_owner = live.stdout.readline().strip()
        me = owners.new_owner_id()
        cleaned = []

        def clean_up(job):  # type: ignore[no-untyped-def]
            cleaned.append(job.id)
            Path(job.temp_path).unlink(missing_ok=True) if job.temp_path else None

        recovered = store.recover(me, lease_s=60, clean_up=clean_up)
        assert sorted(j.id for j in recovered) == [1, 2] == sorted(cleaned)
        a, b, c, d = (store.get(i) for i in (1, 2, 3, 4))
        assert a.state is JobState.INTERRUPTED and a.owner is None and a.attempts == 1
        assert "will run again" in (a.error or "")
        assert (a.error_code, a.error_params) == ("interrupted", {"case": "crash"})
        assert not partial.exists()
        assert b.state is JobState.PAUSED and b.owner is None  # paused stays paused
        assert c.owner == live_owner and c.state is JobState.RUNNING  # alive: untouched
        assert live_partial.exists()
        assert d.owner == live_owner and d.state is JobState.PAUSED
        # An interrupted job is claimed again before later ones; done work never is.
        again = store.claim(me)
        assert again is not None and again.id == 1 and again.attempts == 2
        assert store.finish(1, me, JobState.DONE, output="x")
        assert store.recover(me, lease_s=60, clean_up=clean_up) == []
        assert store.get(1).state is JobState.DONE
        assert dead != live_owner
    finally:
        live.kill()
        live.wait(10)
    # Its process gone, the second engine's jobs are recovered too.
    assert sorted(j.id for j in store.recover(me, 60, clean_up)) == [3, 4]
    assert not live_partial.exists()


def test_owner_liveness(tmp_path: Path) -> None:
    me = owners.new_owner_id()
    now = time.time()
    assert not owners.owner_alive(me, now, 60)  # this process, but no engine registered it
    owners.register(me)
    try:
        assert owners.owner_alive(me, now - 3600, 60)  # same host: the pid decides, not age
    finally:
        owners.unregister(me)
    assert owners.owner_alive("elsewhere/1/1.00/x", now, 60)  # another host: the lease
    assert not owners.owner_alive("elsewhere/1/1.00/x", now - 61, 60)


def test_a_dead_engines_job_reads_as_interrupted_without_a_write(
    store: JobStore, tmp_path: Path
) -> None:
    for name in ("a", "b"):
        add(store, name, tmp_path)
    dead = subprocess.run(
        [sys.executable, "-c", DEAD_ENGINE, str(store.db_path), str(tmp_path / ".a.1.part"), "x"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    ).stdout.strip()
    store.set_fields(1, dead, progress=17.0, speed=1.5, eta_s=30.0)
    me = owners.new_owner_id()
    owners.register(me)
    try:
        mine = store.claim(me)
        assert mine is None  # both are held (one running, one paused) by the dead engine
        running, paused = store.jobs()
        assert (running.state, running.progress, running.speed, running.eta_s) == (
            JobState.INTERRUPTED, 0, None, None,
        )  # fmt: skip
        assert running.reason is not None and running.reason.params == {"case": "gone"}
        assert "runs again" in (running.error or "")
        assert (paused.state, paused.progress) == (JobState.PAUSED, 0)
        assert [j.id for j in store.jobs([JobState.INTERRUPTED])] == [1]
        raw = store.get(1)  # the row itself waits for an engine's recovery
        assert (raw.state, raw.progress, raw.owner) == (JobState.RUNNING, 17.0, dead)
    finally:
        owners.unregister(me)


def test_a_live_engines_job_reads_as_it_is(store: JobStore, tmp_path: Path) -> None:
    add(store, "a", tmp_path)
    me = owners.new_owner_id()
    owners.register(me)
    try:
        assert store.claim(me) is not None
        store.set_fields(1, me, progress=40.0)
        (job,) = store.jobs()
        assert (job.state, job.progress) == (JobState.RUNNING, 40.0)
    finally:
        owners.unregister(me)
    (job,) = store.jobs()  # its engine gone from this process too
    assert (job.state, job.progress) == (JobState.INTERRUPTED, 0)


def test_a_released_job_keeps_no_progress(store: JobStore, tmp_path: Path) -> None:
    for name in ("a", "b"):
        add(store, name, tmp_path)
    me = owners.new_owner_id()
    for job_id in (1, 2):
        assert store.claim(me) is not None
        store.set_fields(job_id, me, progress=99.9, speed=2.0, eta_s=0.1)
    store.cancel(2)
    assert store.release(1, me) and store.release(2, me)
    stopped, cancelled = store.get(1), store.get(2)
    assert (stopped.state, stopped.progress, stopped.speed) == (JobState.INTERRUPTED, 0, None)
    assert (cancelled.state, cancelled.progress) == (JobState.CANCELLED, 0)


def test_leftovers_are_remembered_once_and_forgotten_when_gone(
    store: JobStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = tmp_path / ".a.1111.part", tmp_path / ".b.2222.part"
    for path in (first, second, first):
        store.remember_leftover(path)
    assert store.leftovers() == [first, second]
    said = [r for r in caplog.records if str(first) in r.getMessage()]
    assert len(said) == 1 and said[0].levelname == "WARNING"
    tried: list[Path] = []

    def remove(path: Path) -> bool:
        tried.append(path)
        return path == second

    assert store.sweep_leftovers(remove) == [first]
    assert tried == [first, second] and store.leftovers() == [first]
    reopened = JobStore(store.db_path)  # kept in the database, for the next start
    assert reopened.leftovers() == [first]
    reopened.close()
