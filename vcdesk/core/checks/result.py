"""What every check returns, and the token the runner uses to stop one early."""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


class Status(enum.StrEnum):
    PASS = "pass"  # noqa: S105 (a status, not a password)
    WARN = "warn"
    FAIL = "fail"
    SKIP = "skip"
    ERROR = "error"

    @property
    def severity(self) -> int:
        """Ordering used to combine results: the worst one decides the overall verdict."""
        return _SEVERITY[self]


_SEVERITY = {Status.SKIP: 0, Status.PASS: 1, Status.WARN: 2, Status.FAIL: 3, Status.ERROR: 4}


@dataclass(frozen=True)
class CheckResult:
    """A check's outcome as a code and values; never words. `message` and `threshold` are
    worded from them by the one catalogue (vcdesk.core.words.checks), in English here and
    in the user's language wherever a person reads them."""

    id: str
    status: Status
    # A stable code per outcome ("camera.too_small"), worded with the values in `details`.
    code: str
    value: float | None = None
    unit: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0
    # The words an older history record was stored with: shown only for a code the
    # catalogue can no longer word, so no record turns blank.
    recorded: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def message(self) -> str:
        """What the outcome means, in English (JSON, CSV, the log)."""
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.checks import message

        with speaking(ENGLISH):
            return message(self)

    @property
    def threshold(self) -> str:
        """What the room requires, in English."""
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.checks import required

        with speaking(ENGLISH):
            return required(self)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "value": self.value,
            "unit": self.unit,
            "threshold": self.threshold,
            "message": self.message,
            "code": self.code,
            "details": self.details,
            "duration_s": round(self.duration_s, 3),
        }


class Cancelled(Exception):
    """Raised by CancelToken.raise_if_cancelled; the runner turns it into a result."""


class CancelToken:
    """Cooperative cancellation: checks poll it between steps and pass `wait` as their sleep."""

    def __init__(self, deadline: float | None = None) -> None:
        self._event = threading.Event()
        self.deadline = deadline  # time.monotonic() value after which the check is late

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or (
            self.deadline is not None and time.monotonic() >= self.deadline
        )

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True if cancelled meanwhile."""
        if self.deadline is not None:
            seconds = min(seconds, max(0.0, self.deadline - time.monotonic()))
        return self._event.wait(seconds) or self.cancelled

    def remaining(self, default: float) -> float:
        """Seconds left before the deadline (for socket and device timeouts)."""
        if self.deadline is None:
            return default
        return max(0.0, min(default, self.deadline - time.monotonic()))


CheckFn = Callable[[Any, CancelToken], CheckResult]
