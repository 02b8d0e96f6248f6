"""One console per data folder. A second start (a double click on a shortcut, autostart
and a click, two operators at one PC) must not open a second window on the same queue
and history: it asks the running console to come to the front, and ends.

A lock file in the data folder says who owns it (QLockFile notices a crashed owner by its
PID, so a killed console never blocks the next start); the owner listens on a local
socket (a Unix socket, or a named pipe on Windows) for "show". The CLI takes no part:
`vcdesk queue ...` works beside a running console."""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
ANSWER_S = 8.0  # how long a second start waits for the running console to answer
ANSWER = b"ok\n"


def server_name(data_dir: Path) -> str:
    # Short and without slashes (a Unix socket path has ~100 bytes); per user and folder.
    key = f"{getpass.getuser()}\0{data_dir.resolve()}".encode()
    return "vcdesk-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """`claim()` once, before the window is built: True means this process is the console
    for the folder and `activated` fires whenever another start asks for the window."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(data_dir / "console.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self.owner_pid = 0  # when the claim failed: the running console's process
        self.answered = False  # when the claim failed: the running console took the request

    def claim(self, wait_s: float = ANSWER_S) -> bool:
        """True: this process owns the folder now. False: a running console was asked to
        come to the front (`answered` says whether it took the request) within `wait_s`."""
        deadline = time.monotonic() + wait_s
        while not self._lock.tryLock(0):
            info = self._lock.getLockInfo()  # (pid, host name, app name), or a falsy value
            pid = info[0] if isinstance(info, tuple) and isinstance(info[0], int) else 0
            self.owner_pid = pid or self.owner_pid
            if self._ask_to_show(deadline) or time.monotonic() >= deadline:
                return False
            # No answer: the owner may be quitting, and once its lock is free this start
            # becomes the console (a double click on the shortcut while it closes).
            time.sleep(0.2)
        self._listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    # The owner -------------------------------------------------------------------------

    def _listen(self) -> None:
        # We hold the lock, so a socket left by a killed console is ours to remove.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("second starts cannot reach this console: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            log.info("another start asked for the console: brought to the front")
            socket.write(ANSWER)
            socket.flush()
            self.activated.emit()
        socket.disconnectFromServer()

    # A second start --------------------------------------------------------------------

    def _ask_to_show(self, deadline: float) -> bool:
        """Ask the owner for its window; True when it answered before `deadline`. It answers
        once its event loop runs, which may be seconds after it took the lock."""
        if sys.platform == "win32" and self.owner_pid:
            # Windows lets a process bring its window to the front only if the one the user
            # just started hands it that right.
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(self.owner_pid)
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(1000):
            socket.write(SHOW)
            socket.waitForBytesWritten(1000)
            while not socket.canReadLine() and socket.waitForReadyRead(_ms_left(deadline)):
                pass
            self.answered = socket.canReadLine() and bytes(socket.readLine().data()) == ANSWER
        socket.abort()
        return self.answered


def _ms_left(deadline: float) -> int:
    return max(1, int((deadline - time.monotonic()) * 1000))
