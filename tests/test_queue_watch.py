"""Watch folders: a recording is queued only once it stops growing, and only once."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.fixtures.queue import Recorder, engines, finished, recording, wait_for
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore
from vcdesk.core.queue.watch import WatchFolders

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]


def test_a_growing_file_is_queued_after_it_settles_and_only_once(tmp_path: Path) -> None:
    source = recording(tmp_path / "src.mp4", seconds=2).read_bytes()
    watched = tmp_path / "Zoom" / "2024-05-01 Rapat"
    watched.mkdir(parents=True)
    (watched / "notes.txt").write_text("not a recording")
    (watched / ".rapat.1a2b3c4d.part").write_bytes(source)  # someone's partial output
    store = JobStore(tmp_path / "q.sqlite3")
    watch = WatchFolders([tmp_path / "Zoom"], settle_s=0.8)
    target = watched / "rapat.mp4"
    chunks = [
        source[i : i + len(source) // 8 + 1] for i in range(0, len(source), len(source) // 8 + 1)
    ]

    def write_slowly() -> None:  # a meeting client saving its recording
        with target.open("wb") as f:
            for chunk in chunks:
                f.write(chunk)
                f.flush()
                last_write[0] = time.monotonic()
                time.sleep(0.3)

    last_write = [0.0]
    writer = threading.Thread(target=write_slowly)
    writer.start()
    queued = []
    while writer.is_alive():
        queued += watch.poll(store, tmp_path / "out", "remux")
        assert queued == [], "queued while still being written"
        time.sleep(0.1)
    wait_for(lambda: queued.extend(watch.poll(store, tmp_path / "out", "remux")) or queued, 10)
    assert time.monotonic() - last_write[0] >= 0.8
    (job,) = queued
    assert (
        Path(job.input) == target and job.origin == "watch" and target.stat().st_size == len(source)
    )
    for _ in range(15):  # it stays queued once
        assert watch.poll(store, tmp_path / "out", "remux") == []
        time.sleep(0.1)
    # After a restart the database still knows the file.
    again = WatchFolders([tmp_path / "Zoom"], settle_s=0.2)
    for _ in range(10):
        assert again.poll(store, tmp_path / "out", "remux") == []
        time.sleep(0.1)
    # Written anew (other size and time), it is another recording.
    with target.open("ab") as f:
        f.write(b"\0" * 100)
    os.utime(target, (time.time() + 5, time.time() + 5))
    wait_for(lambda: again.poll(store, tmp_path / "out", "remux"), 10)
    assert [Path(j.input).name for j in store.jobs()] == ["rapat.mp4", "rapat.mp4"]
    store.close()


def test_engine_converts_what_lands_in_a_watch_folder(engines: Make, tmp_path: Path) -> None:
    inbox = tmp_path / "rekaman"
    inbox.mkdir()
    # The outputs land inside the watched folder: they must not be queued in turn.
    engine, _ = engines(watch_dirs=[inbox], watch_settle_s=0.5, output_dir=inbox / "arsip")
    recording(inbox / "rapat pagi.mkv", seconds=2)  # ffmpeg writes it while the engine looks
    job = wait_for(lambda: engine.store.jobs(), 20)[0]
    row = wait_for(finished(engine, job), 60)
    assert row.state is JobState.DONE, row.error
    assert Path(row.output or "") == inbox / "arsip" / "rapat pagi.mp4"
    time.sleep(1.5)
    assert len(engine.store.jobs()) == 1
