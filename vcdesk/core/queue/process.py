"""One ffmpeg child process: started from an argv list at low priority, its progress read
as it comes, the end of its stderr kept for the error message, and suspend / resume /
terminate through psutil so meeting mode works the same on Linux and Windows. It dies with
this process, however this process ends (see vcdesk.core.lifeline)."""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import IO, Any, TypeVar

import psutil

from vcdesk.core.lifeline import adopt, child_options

log = logging.getLogger(__name__)

STDERR_TAIL_LINES = 40
_T = TypeVar("_T")


def lower_current_thread() -> None:
    """On Linux nice and I/O class belong to a thread, and a forked child inherits those of
    the thread that forked it: a child started from a lowered thread is low before ffmpeg
    makes its encoder threads (renicing it afterwards can miss threads already made)."""
    me = psutil.Process(threading.get_native_id())
    me.nice(19)
    me.ionice(psutil.IOPRIO_CLASS_IDLE)


def lower_process(proc: psutil.Process) -> None:
    """Lower a process that is already running (verify's ffmpeg, started by code that is
    not ours): the whole process where priority is per process, and on Linux each of its
    threads (those it makes later inherit from them)."""
    if sys.platform == "win32":
        proc.nice(psutil.IDLE_PRIORITY_CLASS)  # type: ignore[attr-defined]
        proc.ionice(psutil.IOPRIO_VERYLOW)  # type: ignore[attr-defined]
        return
    proc.nice(19)
    if sys.platform.startswith("linux"):
        proc.ionice(psutil.IOPRIO_CLASS_IDLE)
        for thread in proc.threads():
            with contextlib.suppress(psutil.Error, OSError):
                os.setpriority(os.PRIO_PROCESS, thread.id, 19)
                psutil.Process(thread.id).ionice(psutil.IOPRIO_CLASS_IDLE)


class _Spawner:
    """A thread that lives as long as the process and starts children for the others.

    Linux ties a child's death signal to the thread that forked it (lifeline.py), so ffmpeg
    is never forked from a thread that may end first (a caller's short-lived thread). The
    low-priority spawner is lowered once for good: a child inherits the nice and I/O class
    of the thread that forked it, so ffmpeg is low before it makes its encoder threads.
    The conversion's worker thread is not lowered instead: it writes the database while
    holding its lock, and at idle I/O priority those writes would wait behind the meeting's
    recording while every other engine and the console wait for the lock."""

    def __init__(self, low: bool) -> None:
        self.low = low
        self._requests: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any] | None]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def run(self, spawn: Callable[[], _T]) -> _T:
        done: Future[_T] = Future()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                name = "ffmpeg-spawner-low" if self.low else "ffmpeg-spawner"
                self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
                self._thread.start()
            self._requests.put((spawn, done))
        return done.result()

    def close(self, timeout: float) -> None:
        """End the thread (the next `run` starts a new one). Only when none of the children
        it forked runs any more: their death signal goes with it."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._requests.put((lambda: None, None))
        thread.join(timeout)

    def _serve(self) -> None:
        if self.low and sys.platform.startswith("linux"):
            try:
                lower_current_thread()
            except (psutil.Error, OSError) as exc:
                log.warning("could not lower the priority for ffmpeg: %s", exc)
        while True:
            spawn, done = self._requests.get()
            if done is None:  # close(): no child of ours is left to tie to this thread
                return
            try:
                done.set_result(spawn())
            except BaseException as exc:
                done.set_exception(exc)


_spawners = {low: _Spawner(low) for low in (False, True)}


def _spawner(low: bool) -> _Spawner:
    return _spawners[low]


def close_spawners(timeout: float = 5.0) -> None:
    """At quit, once every engine has stopped: end the spawner threads, so that a program
    waiting for its threads before it exits (the console) does not wait for these."""
    for spawner in _spawners.values():
        spawner.close(timeout)


class FfmpegProcess:
    def __init__(
        self,
        argv: Sequence[str],
        *,
        on_stdout_line: Callable[[str], None] | None = None,
        low_priority: bool = True,
    ) -> None:
        self.argv = list(argv)
        self.low_priority = low_priority
        self._on_line = on_stdout_line
        self._stderr: collections.deque[str] = collections.deque(maxlen=STDERR_TAIL_LINES)
        self._popen: subprocess.Popen[str] | None = None
        self._readers: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._suspended = False
        self.create_time: float | None = None

    @property
    def pid(self) -> int:
        assert self._popen is not None, "not started"
        return self._popen.pid

    @property
    def suspended(self) -> bool:
        return self._suspended

    @property
    def stderr_tail(self) -> str:
        return "".join(self._stderr)

    def start(self) -> FfmpegProcess:
        self._popen = _spawner(self.low_priority).run(self._spawn)
        try:
            child = psutil.Process(self._popen.pid)
            self.create_time = child.create_time()
            if self.low_priority and not sys.platform.startswith("linux"):
                lower_process(child)
        except (psutil.NoSuchProcess, psutil.AccessDenied) as exc:
            log.debug("could not adjust ffmpeg %s: %s", self._popen.pid, exc)
        assert self._popen.stdout is not None and self._popen.stderr is not None
        self._readers = [
            threading.Thread(
                target=self._read, args=(self._popen.stdout, self._on_line), daemon=True
            ),
            threading.Thread(
                target=self._read, args=(self._popen.stderr, self._stderr.append), daemon=True
            ),
        ]
        for reader in self._readers:
            reader.start()
        return self

    def _spawn(self) -> subprocess.Popen[str]:
        flags = 0
        if sys.platform == "win32":
            flags = subprocess.CREATE_NO_WINDOW
            if self.low_priority:
                flags |= subprocess.IDLE_PRIORITY_CLASS
        popen = subprocess.Popen(
            self.argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            creationflags=flags,
            **child_options(),
        )
        adopt(popen)
        return popen

    @staticmethod
    def _read(stream: IO[str], sink: Callable[[str], object] | None) -> None:
        try:
            for line in stream:
                if sink is not None:
                    try:
                        sink(line)
                    except Exception:  # a listener's bug must not stall the pipe
                        log.exception("ffmpeg output handler failed")
        except (OSError, ValueError):
            pass  # the pipe closed under us: the process is gone

    def suspend(self) -> None:
        with self._lock:
            if self._popen is None or self._suspended or self._popen.poll() is not None:
                return
            try:
                psutil.Process(self._popen.pid).suspend()
                self._suspended = True
            except psutil.NoSuchProcess:
                pass

    def resume(self) -> None:
        with self._lock:
            if self._popen is None or not self._suspended:
                return
            self._suspended = False
            with contextlib.suppress(psutil.NoSuchProcess):
                psutil.Process(self._popen.pid).resume()

    def terminate(self, grace_s: float = 5.0) -> None:
        """Stop ffmpeg: politely, then by force after `grace_s`. A suspended ffmpeg is
        resumed first, or it would never act on the request."""
        if self._popen is None or self._popen.poll() is not None:
            return
        self.request_stop()
        try:
            self._popen.wait(grace_s)
        except subprocess.TimeoutExpired:
            self.kill()
            self._popen.wait()

    def request_stop(self) -> None:
        """Ask ffmpeg to end (it finishes its output's last packet and exits), without
        waiting: resumed first, or a suspended ffmpeg would never act on it."""
        if self._popen is None or self._popen.poll() is not None:
            return
        self.resume()
        with contextlib.suppress(OSError):
            self._popen.terminate()

    def kill(self) -> None:
        """Stop ffmpeg at once (what terminate falls back to)."""
        if self._popen is None or self._popen.poll() is not None:
            return
        self.resume()
        with contextlib.suppress(OSError):
            self._popen.kill()

    def wait(self, timeout: float | None = None) -> int:
        assert self._popen is not None, "not started"
        code = self._popen.wait(timeout)
        for reader in self._readers:
            reader.join(5)
        return code

    def poll(self) -> int | None:
        return None if self._popen is None else self._popen.poll()
