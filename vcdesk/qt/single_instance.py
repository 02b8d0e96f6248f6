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

    def claim(self, wait_s: float = 5.0) -> bool:
        if self._lock.tryLock(0):
            self._listen()
            return True
        info = self._lock.getLockInfo()  # (pid, host name, app name), or a falsy value
        self.owner_pid = info[0] if isinstance(info, tuple) and isinstance(info[0], int) else 0
        self._ask_to_show(wait_s)
        return False

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

    def _ask_to_show(self, wait_s: float) -> None:
        if sys.platform == "win32" and self.owner_pid:
            # Windows lets a process bring its window to the front only if the one the user
            # just started hands it that right.
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(self.owner_pid)
        deadline = time.monotonic() + wait_s
        while True:  # the owner may have taken the lock a moment ago and not listen yet
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(1000):
                socket.write(SHOW)
                socket.waitForBytesWritten(1000)
                while not socket.canReadLine() and socket.waitForReadyRead(2000):
                    pass
                self.answered = socket.canReadLine() and bytes(socket.readLine().data()) == ANSWER
                socket.abort()
                return
            if time.monotonic() >= deadline:
                return
            time.sleep(0.2)
