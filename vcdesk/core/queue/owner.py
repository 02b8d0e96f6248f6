"""Who runs a job, and whether they still do.

An engine's id names its host, process id and that process's start time (a pid alone is
reused), plus a token so two engines in one process differ. On the same host the answer is
exact: a dead (or reused) pid, or in this very process an engine no longer registered. The
heartbeat lease decides only for another host (a database on a shared folder), so a room PC
waking from sleep with stale heartbeats never has its live jobs taken from it.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid

import psutil

# How long another host's engine counts as alive after its last heartbeat.
DEFAULT_LEASE_S = 60.0

_live_here: set[str] = set()  # owner ids of the engines running in this process
_live_lock = threading.Lock()


def new_owner_id() -> str:
    return f"{socket.gethostname()}/{os.getpid()}/{_my_start():.2f}/{uuid.uuid4().hex[:8]}"


def register(owner: str) -> None:
    with _live_lock:
        _live_here.add(owner)


def unregister(owner: str) -> None:
    with _live_lock:
        _live_here.discard(owner)


def process_matches(pid: int, created: float | None) -> bool:
    """True when `pid` is running and (if given) started at `created`, i.e. not a reuse."""
    try:
        proc = psutil.Process(pid)
        if created is not None and abs(proc.create_time() - created) > 0.05:
            return False
        return bool(proc.status() != psutil.STATUS_ZOMBIE)
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return False


def owner_alive(owner: str, heartbeat: float | None, lease_s: float) -> bool:
    lease_ok = heartbeat is not None and time.time() - heartbeat <= lease_s
    try:
        host, pid, created, _token = owner.rsplit("/", 3)
        pid_number, created_at = int(pid), float(created)
    except ValueError:
        return lease_ok
    if host != socket.gethostname():
        return lease_ok
    if pid_number == os.getpid() and _same_start(_my_start(), created_at):
        with _live_lock:
            return owner in _live_here
    try:
        proc = psutil.Process(pid_number)
        if proc.status() == psutil.STATUS_ZOMBIE:  # killed, not yet reaped by its parent
            return False
        actual = proc.create_time()
    except (psutil.NoSuchProcess, ValueError):
        return False
    except psutil.AccessDenied:
        return lease_ok  # it exists but cannot be told apart from a reuse
    return _same_start(actual, created_at)


def _my_start() -> float:
    return float(psutil.Process(os.getpid()).create_time())


def _same_start(a: float, b: float) -> bool:
    return abs(a - b) < 0.02  # the id keeps two decimals
