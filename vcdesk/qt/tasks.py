"""Run core work off the UI thread and get the result back on it (Picard's run_task)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
        except RuntimeError:  # its window closed meanwhile: nobody is waiting for the answer
            log.debug("task finished after its receiver was deleted")


class TaskRunner(QObject):
    """`run(func, on_done)`: func runs on a pool thread; on_done(result, error) on this
    object's thread. Tests may pass a pool of their own."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._live: set[_Relay] = set()

    def run(
        self, func: Callable[[], Any], on_done: Callable[[Any, Exception | None], None]
    ) -> None:
        relay = _Relay(self)  # parented here, so it lives on this (UI) thread
        self._live.add(relay)

        def finish(result: Any, error: Exception | None) -> None:
            self._live.discard(relay)
            # The connection holds `finish` and, through it, whatever on_done holds: let go
            # of it first, or freeing a parentless owner here would delete the relay twice.
            relay.done.disconnect(finish)
            relay.deleteLater()
            on_done(result, error)

        relay.done.connect(finish)
        self._pool.start(_Task(func, relay))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
