"""Run core work off the UI thread and get the result back on it (Picard's run_task)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    # Emitted from the pool thread; Qt queues the call onto the receiver's (UI) thread.
    done = Signal(object, object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._func(), None
        except Exception as exc:  # delivered to on_done, never lost in a worker thread
            log.exception("background task failed")
            result, error = None, exc
        try:
            self._relay.done.emit(result, error)
        except RuntimeError:  # the application is gone: nobody is waiting for the answer
            log.debug("task finished after its receiver was deleted")


class TaskRunner(QObject):
    """`run(func, on_done)`: func runs on a pool thread; on_done(result, error) on this
    object's thread. Tests may pass a pool of their own. After `close()` nothing more is
    started and answers still to come are dropped."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: set[_Relay] = set()
        self._closed = False

    @property
    def pending(self) -> int:
        """Tasks started and not yet answered."""
        return len(self._live)

    def run(
        self, func: Callable[[], Any], on_done: Callable[[Any, Exception | None], None]
    ) -> None:
        if self._closed:
            log.debug("task not started: the console is shutting down")
            return
        # Made here, so it lives on this (UI) thread. Its parent is the application, which
        # outlives every worker: closing a window must not delete it under a task that is
        # about to emit (Qt deletes the children of what it deletes).
        relay = _Relay(QCoreApplication.instance())
        live = self._live
        live.add(relay)

        def finish(result: Any, error: Exception | None) -> None:
            live.discard(relay)
            # The connection holds `finish` and, through it, whatever on_done holds: let go
            # of it first, or freeing a parentless owner here would delete the relay twice.
            relay.done.disconnect(finish)
            relay.deleteLater()
            if shiboken6.isValid(self) and not self._closed:  # else its owner is gone
                on_done(result, error)

        relay.done.connect(finish)
        self._pool.start(_Task(func, relay))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def close(self, msecs: int = -1) -> bool:
        """Start nothing more, drop the answers still to come, and wait up to `msecs` for
        the pool's tasks (-1: for good). True when none is left running."""
        self._closed = True
        return self._pool.waitForDone(msecs)
