"""The checklist runner as a QObject: results arrive as signals on the UI thread while the
checks themselves, the wait and the database write all happen on worker threads."""

from __future__ import annotations

import contextlib
import datetime
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from vcdesk.core.checks.result import CheckResult
from vcdesk.core.checks.runner import ChecklistRun, RunContext, overall
from vcdesk.core.history import RunRecord, record_for, store
from vcdesk.core.meetings.clearing import link_run
from vcdesk.core.profile.model import Profile
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words.storage import database_text

log = logging.getLogger(__name__)


class ChecklistController(QObject):
    """One run at a time. `started(ids)`, then `result(CheckResult)` per check as soon as it
    is ready, then `finished(RunRecord)` once all have answered and the run is stored
    (`saveFailed(str)` if storing it failed: the results are still shown)."""

    started = Signal(list)
    result = Signal(object)
    finished = Signal(object)
    saveFailed = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._run: ChecklistRun | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self,
        profile: Profile,
        profile_path: str,
        operator: str | None = None,
        sop_ticked: Sequence[str] = (),
        only: Sequence[str] | None = None,
        before: Callable[[], None] | None = None,
        context: RunContext | None = None,
    ) -> bool:
        """`before` runs on the run's own thread ahead of the checks (waiting for a device
        to be released must not hold up the UI thread). `context`: the meeting the room must
        last through (RunContext.for_meetings from the schedule's agenda; None: none known)."""
        if self.running:
            return False
        # Signals emitted from worker threads reach UI-thread slots queued (AutoConnection).
        run = ChecklistRun(profile, only, on_result=self._send_result, context=context)
        self._run = run
        self.started.emit([spec.id for spec in run.specs])
        began = datetime.datetime.now().astimezone()
        self._thread = threading.Thread(
            target=self._finish,
            args=(run, before, profile, profile_path, began, operator, tuple(sop_ticked)),
            name="checklist",
            daemon=True,
        )
        self._thread.start()
        return True

    def cancel(self) -> None:
        if self._run is not None:
            self._run.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and shutdown: block until the current run is stored."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _finish(
        self,
        run: ChecklistRun,
        before: Callable[[], None] | None,
        profile: Profile,
        profile_path: str,
        began: datetime.datetime,
        operator: str | None,
        sop_ticked: tuple[str, ...],
    ) -> None:
        if before is not None:
            try:
                before()
            except Exception:  # the checks still run; a busy device then says so itself
                log.exception("preparing the checklist failed")
        run.start()
        results: list[CheckResult] = run.wait()
        record: RunRecord = record_for(
            profile, profile_path, began, results, overall(results), operator, sop_ticked
        )
        try:
            record = store(self.database, record)
            link_run(self.database, record)  # onto the meeting it clears (logged if not)
        except DatabaseError as exc:  # the run is still shown; the operator learns it wasn't kept
            log.warning("could not store the checklist run: %s", exc)
            self._emit(self.saveFailed, database_text(exc))
        except Exception as exc:
            log.exception("could not store the checklist run")
            self._emit(self.saveFailed, str(exc))
        self._emit(self.finished, record)

    def _send_result(self, result: CheckResult) -> None:
        self._emit(self.result, result)

    @staticmethod
    def _emit(signal: SignalInstance, value: object) -> None:
        # From the run's thread. RuntimeError ("Signal source has been deleted"): the console
        # quit while the checks were finishing; nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)
