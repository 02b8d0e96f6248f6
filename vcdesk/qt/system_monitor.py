"""CPU load and network throughput, sampled once a second on a worker thread (psutil reads
/proc or calls into Windows: never on the UI thread) and delivered as a signal."""

from __future__ import annotations

import threading
import time

import psutil
from PySide6.QtCore import QObject, Signal


class SystemMonitor(QObject):
    sample = Signal(float, float, float)  # cpu %, download Mbit/s, upload Mbit/s

    def __init__(self, interval_s: float = 1.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._loop, args=(self._stop,), name="system-monitor", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 0.0) -> bool:
        """Stop sampling; with `timeout`, wait that long for the thread to end (at quit,
        before Qt deletes this object). True when it has ended."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is None or timeout <= 0:
            return thread is None or not thread.is_alive()
        thread.join(timeout)
        return not thread.is_alive()

    def _loop(self, stop: threading.Event) -> None:
        psutil.cpu_percent(None)
        last = psutil.net_io_counters()
        last_t = time.monotonic()
        while not stop.wait(self.interval_s):
            now = psutil.net_io_counters()
            now_t = time.monotonic()
            span = max(now_t - last_t, 1e-3)
            rx = (now.bytes_recv - last.bytes_recv) * 8 / span / 1e6
            tx = (now.bytes_sent - last.bytes_sent) * 8 / span / 1e6
            last, last_t = now, now_t
            try:
                self.sample.emit(psutil.cpu_percent(None), max(rx, 0.0), max(tx, 0.0))
            except RuntimeError:  # the window closed while we slept
                return
