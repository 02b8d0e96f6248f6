"""Watch folders: a recording that appears in one is queued once it has stopped growing.

A file is queued only after its size and modification time have stayed the same for
`settle_s` (a meeting client still writing it is never touched), and only once ever: the
database remembers each file by path, size and modification time, across restarts.
Subfolders are searched too (Zoom puts each meeting in its own folder); hidden files and
folders (partial outputs among them) and the queue's own outputs are skipped.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from vcdesk.core.queue.jobs import Job
from vcdesk.core.queue.store import JobStore

if TYPE_CHECKING:
    from vcdesk.core.meetings.recordings import RoomRecordings

log = logging.getLogger(__name__)

RECORDING_SUFFIXES = frozenset(
    {
        ".mp4",
        ".m4v",
        ".mkv",
        ".mov",
        ".webm",
        ".flv",
        ".avi",
        ".ts",
        ".mts",
        ".wmv",
        ".m4a",
        ".mp3",
        ".wav",
        ".aac",
        ".ogg",
        ".opus",
    }
)
DEFAULT_SETTLE_S = 10.0

Signature = tuple[int, int]  # size, mtime_ns


class WatchFolders:
    def __init__(
        self,
        dirs: Iterable[Path],
        settle_s: float = DEFAULT_SETTLE_S,
        skip: Iterable[Path] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.dirs = [Path(d).expanduser() for d in dirs]
        self.settle_s = settle_s
        self._skip = {_resolved(Path(p).expanduser()) for p in skip}
        self._clock = clock
        self._pending: dict[Path, tuple[Signature, float]] = {}
        self._handled: dict[Path, Signature] = {}
        self._missing_reported: set[Path] = set()

    def poll(
        self,
        store: JobStore,
        output_dir: Path,
        preset: str,
        recordings: RoomRecordings | None = None,
    ) -> list[Job]:
        """Look once; queue what has settled, attaching each to the room's meeting it was
        recorded in (`recordings`: the room; None attaches nothing). Returns the jobs added."""
        added = []
        now = self._clock()
        present = set()
        for path, signature in self._recordings():
            present.add(path)
            if self._handled.get(path) == signature:
                continue
            first = self._pending.get(path)
            if first is None or first[0] != signature:
                self._pending[path] = (signature, now)
                continue
            if now - first[1] < self.settle_s or signature[0] == 0:
                continue
            del self._pending[path]
            self._handled[path] = signature
            if store.is_output(path):
                continue
            job = store.add_watched(path, signature[0], signature[1], output_dir, preset)
            if job is not None:
                log.info("watch folder: queued %s as job #%d", path, job.id)
                added.append(job)
                if recordings is not None:
                    _attach(recordings, store, path, signature, job)
        # Forget files that are gone (a busy folder must not grow these without end); one
        # that comes back is not queued twice: the store remembers what it queued.
        for gone in set(self._pending) - present:
            del self._pending[gone]
        for gone in set(self._handled) - present:
            del self._handled[gone]
        return added

    def _recordings(self) -> Iterator[tuple[Path, Signature]]:
        for root in self.dirs:
            if not root.is_dir():
                if root not in self._missing_reported:
                    log.warning("watch folder %s does not exist or is not a folder", root)
                    self._missing_reported.add(root)
                continue
            self._missing_reported.discard(root)
            yield from self._walk(root)

    def _walk(self, root: Path) -> Iterator[tuple[Path, Signature]]:
        for folder, subdirs, files in os.walk(root, onerror=lambda exc: log.debug("%s", exc)):
            base = Path(folder)
            subdirs[:] = [
                d
                for d in subdirs
                if not d.startswith(".") and _resolved(base / d) not in self._skip
            ]
            for name in files:
                if name.startswith(".") or Path(name).suffix.lower() not in RECORDING_SUFFIXES:
                    continue
                path = base / name
                try:
                    stat = path.stat()
                except OSError:
                    continue  # vanished meanwhile
                yield path.absolute(), (stat.st_size, stat.st_mtime_ns)


def _attach(
    recordings: RoomRecordings, store: JobStore, path: Path, signature: Signature, job: Job
) -> None:
    """Attach a recording just queued to its meeting, by the time it was last written (see
    vcdesk.core.meetings.recordings). A failure here must not stop the watch: the conversion
    looks again before it names the output."""
    from vcdesk.core.meetings.recordings import attach_found

    try:
        found = attach_found(
            recordings,
            store.db_path,
            path,
            signature[1],
            size=signature[0],
            job_id=job.id,
            jobs=store,
        )
    except Exception:
        log.exception("watch folder: could not attach %s to a meeting", path)
        return
    if found is not None:
        log.info("watch folder: %s belongs to meeting #%d", path, found.meeting_id)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
