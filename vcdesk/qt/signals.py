"""Quit signals for the console: SIGTERM (a shutdown, `kill`, a service manager), SIGINT
(Ctrl+C in a terminal), SIGHUP (the terminal closed) and, on Windows, SIGBREAK (Ctrl+Break,
the console window closed) end the console the way Ctrl+Q does.

A Python signal handler runs only when the interpreter gets control, and while Qt's event
loop waits in C++ that may be never. So the C-level handler writes the signal's number into
a socket pair (signal.set_wakeup_fd) and a QSocketNotifier on the other end wakes the event
loop, which emits `received`. A signal that comes before the event loop runs stays in the
socket and is delivered as soon as the loop starts."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

Handler = signal.Handlers | int | None | object


def quit_signals() -> list[signal.Signals]:
    if sys.platform == "win32":
        return [signal.SIGINT, signal.SIGTERM, signal.SIGBREAK]
    return [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]


class SignalCatcher:
    """Qt-free first half, set up as early as possible: from `install()` on, a quit signal no
    longer ends the process at once but is kept until `QuitSignals` reads it."""

    def __init__(self) -> None:
        self.read_end, self._write_end = socket.socketpair()
        for end in (self.read_end, self._write_end):
            end.setblocking(False)
        self._previous: dict[signal.Signals, Handler] = {}
        self._previous_fd = -1

    def install(self) -> None:
        self._previous_fd = signal.set_wakeup_fd(
            self._write_end.fileno(), warn_on_full_buffer=False
        )
        for sig in quit_signals():
            self._previous[sig] = signal.signal(sig, _noted)

    def uninstall(self) -> None:
        for sig, handler in self._previous.items():
            with contextlib.suppress(TypeError, ValueError):
                signal.signal(sig, handler)  # type: ignore[arg-type]
        self._previous.clear()
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        self.read_end.close()
        self._write_end.close()

    def pending(self) -> bool:
        """A quit signal came and has not been taken yet."""
        try:
            return bool(self.read_end.recv(1, socket.MSG_PEEK))
        except (BlockingIOError, InterruptedError, OSError):
            return False

    def take(self) -> list[int]:
        """The numbers of the signals that came since the last call."""
        try:
            data = self.read_end.recv(512)
        except (BlockingIOError, InterruptedError, OSError):
            return []
        return list(data)


def _noted(signum: int, frame: FrameType | None) -> None:
    """The wakeup fd carries the news; what matters is that the default action (the end of
    the process, or KeyboardInterrupt) no longer happens."""


class QuitSignals(QObject):
    """`received(signum)` on this object's (the UI) thread, once per quit signal."""

    received = Signal(int)

    def __init__(self, catcher: SignalCatcher | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catcher = catcher or SignalCatcher()
        if catcher is None:
            self.catcher.install()
        self._notifier = QSocketNotifier(
            self.catcher.read_end.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._readable)

    def close(self) -> None:
        """Stop listening (the console has shut down). The handlers stay: a SIGTERM in the
        last moments of a clean exit must not turn exit code 0 into death by signal."""
        self._notifier.setEnabled(False)

    def _readable(self) -> None:
        for signum in self.catcher.take():
            log.info("signal %s received: quitting as with Ctrl+Q", _name(signum))
            self.received.emit(signum)


def _name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return str(signum)
