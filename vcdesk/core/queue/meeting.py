"""Meeting mode, decided: the operator's switch, or a meeting client running.

The client list comes from the room profile (`meeting_processes`: zoom, ms-teams, ...).
A name matches a process's name or its executable's stem, ignoring case and `.exe`, so
"Zoom" matches zoom on Linux and Zoom.exe on Windows. Detection switches off only after
the clients have all been gone for `off_delay_s`: a client restarting between two calls
does not let a conversion start and be suspended again a minute later.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import PurePath

import psutil

DEFAULT_OFF_DELAY_S = 60.0


def _normal(name: str) -> str:
    name = name.strip().lower()
    return name[:-4] if name.endswith(".exe") else name


def running_clients(names: Iterable[str]) -> list[str]:
    """The wanted names that match a running process."""
    wanted = {_normal(name) for name in names if name.strip()}
    if not wanted:
        return []
    found: set[str] = set()
    for proc in psutil.process_iter(["name", "exe"]):
        candidates = {_normal(proc.info.get("name") or "")}
        exe = proc.info.get("exe")
        if exe:
            candidates.add(_normal(PurePath(exe).name))
            candidates.add(PurePath(exe).stem.lower())
        found |= candidates & wanted
        if found == wanted:
            break
    return sorted(found)


class MeetingDetector:
    """Call `poll()` every second or two; it answers whether a meeting client runs, with
    the off-delay applied."""

    def __init__(
        self,
        process_names: Iterable[str],
        off_delay_s: float = DEFAULT_OFF_DELAY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.process_names = tuple(process_names)
        self.off_delay_s = off_delay_s
        self._clock = clock
        self._last_seen: float | None = None
        self.clients: list[str] = []

    def poll(self) -> bool:
        if not self.process_names:
            return False
        self.clients = running_clients(self.process_names)
        now = self._clock()
        if self.clients:
            self._last_seen = now
            return True
        return self._last_seen is not None and now - self._last_seen < self.off_delay_s
