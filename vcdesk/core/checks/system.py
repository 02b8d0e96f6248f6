"""CPU, memory and disk: the room PC itself, read through psutil.

The CPU is judged as the meeting will feel it. Load that yields to the meeting is not held
against the room: processes below normal priority (nice > 0; on Windows the IDLE or
BELOW_NORMAL priority class), which is how vcdesk runs its conversions, and this vcdesk
process with its children (its preview and meter serve the meeting, its conversions are held
while meeting mode is on). Only what is left, the competing share, is judged against the
room's cpu.max_percent:
    cpu.ok          not busier than the room allows
    cpu.background  busier, but only through work that yields (WARN, never a NO-GO)
    cpu.busy        programs competing with the meeting use more than the room allows (FAIL)
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.profile.model import Cpu, Disk, Memory

_TOP = 3
# Windows priority classes below normal (the classes only exist in psutil on Windows).
_BELOW_NORMAL = {
    int(getattr(psutil, name))
    for name in ("IDLE_PRIORITY_CLASS", "BELOW_NORMAL_PRIORITY_CLASS")
    if hasattr(psutil, name)
}


@dataclass(frozen=True)
class _Use:
    name: str
    pid: int
    percent: float  # share of the whole machine (all cores), like psutil.cpu_percent
    low: bool  # below normal priority
    own: bool  # this vcdesk process or one of its children


def _cpu_seconds(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def _busy_and_total(times: Any) -> tuple[float, float]:
    """Busy and total CPU seconds of psutil.cpu_times(), counted as psutil.cpu_percent does
    (read here from our own two snapshots: the console's live graph calls cpu_percent(None)
    every second, which would reset a shared baseline in the middle of our window)."""
    total = sum(times)
    if sys.platform.startswith("linux"):  # guest time is already counted in user / nice
        total -= getattr(times, "guest", 0) + getattr(times, "guest_nice", 0)
    return total - times.idle - getattr(times, "iowait", 0), total


def _below_normal(proc: psutil.Process) -> bool:
    try:
        priority = int(proc.nice())
    except psutil.AccessDenied:  # a protected system process (Windows): not one of ours
        return False
    if sys.platform == "win32":
        return priority in _BELOW_NORMAL
    return priority > 0


def _sample(seconds: float, cancel: CancelToken) -> tuple[float, float, list[_Use]] | None:
    """Whole-machine busy %, the kernel's own count of niced user time in % (Linux and
    macOS; 0 elsewhere), and each process's share over the same `seconds`; None if
    cancelled."""
    before: dict[int, tuple[psutil.Process, float, float]] = {}
    for proc in psutil.process_iter(["name"]):
        with contextlib.suppress(psutil.Error):
            before[proc.pid] = (proc, _cpu_seconds(proc), time.monotonic())
    start, start_t = psutil.cpu_times(), time.monotonic()
    if cancel.wait(seconds):
        return None
    end, end_t = psutil.cpu_times(), time.monotonic()
    busy0, total0 = _busy_and_total(start)
    busy1, total1 = _busy_and_total(end)
    span = total1 - total0
    busy = min(100.0, max(0.0, (busy1 - busy0) / span * 100)) if span > 0 else 0.0
    niced = getattr(end, "nice", 0.0) - getattr(start, "nice", 0.0)
    niced_pct = min(busy, max(0.0, niced / span * 100)) if span > 0 else 0.0

    cores = psutil.cpu_count() or 1
    me = psutil.Process()
    own = {me.pid}
    with contextlib.suppress(psutil.Error):
        own |= {child.pid for child in me.children(recursive=True)}
    uses = []
    for proc in psutil.process_iter(["name"]):
        try:
            now, now_t = _cpu_seconds(proc), time.monotonic()
            old = before.get(proc.pid)
            if old is not None and old[0] == proc:  # same pid and start time
                used, elapsed = now - old[1], now_t - old[2]
            else:  # started during the window: all its CPU time was spent within it
                used, elapsed = now, max(now_t - start_t, end_t - start_t)
            percent = used / max(elapsed, 1e-3) / cores * 100
            if percent <= 0:
                continue
            name = proc.info["name"] or str(proc.pid)
            uses.append(_Use(name, proc.pid, percent, _below_normal(proc), proc.pid in own))
        except psutil.Error:
            continue
    uses.sort(key=lambda u: u.percent, reverse=True)
    return busy, niced_pct, uses


def _listing(uses: list[_Use]) -> list[dict[str, Any]]:
    # Not a list of every sleeping helper at 0.3 %: those using 1 % or more, else the busiest.
    shown = ([u for u in uses if u.percent >= 1] or [u for u in uses if u.percent >= 0.05])[:_TOP]
    return [{"name": u.name, "pid": u.pid, "percent": round(u.percent, 1)} for u in shown]


def run_cpu(section: Cpu, cancel: CancelToken) -> CheckResult:
    sampled = _sample(section.sample_seconds, cancel)
    if sampled is None:
        return CheckResult(
            "cpu", Status.SKIP, "cancelled", unit="%", details={"max_percent": section.max_percent}
        )
    total, niced_pct, uses = sampled
    total = round(total, 1)
    yielding = [u for u in uses if u.low or u.own]
    competing = [u for u in uses if not (u.low or u.own)]
    # Per-process readings of a few hundred processes are noisy and miss what ran and ended
    # within the window, so the whole-machine total stays the measure: what yields is taken
    # off it (never below 0, never more than it), and the rest is the meeting's competition.
    # The kernel's niced user time is a floor for the niced part on Linux and macOS.
    low_pct = max(sum((u.percent for u in yielding if u.low), 0.0), niced_pct)
    own_pct = sum((u.percent for u in yielding if u.own and not u.low), 0.0)
    background = min(total, low_pct + own_pct)
    compete = max(0.0, total - background)
    details = {
        "percent": round(total, 1),
        "competing_percent": round(compete, 1),
        "background_percent": round(background, 1),
        "max_percent": section.max_percent,
        "cores": psutil.cpu_count(),
        "top": _listing(competing),  # the culprits: programs at normal or higher priority
        "background_top": _listing(yielding),
    }
    # The measured value stays the machine's total, not the competing share: it is the
    # figure the live graph beside the checklist draws against the same limit line, and the
    # one an operator can confirm in Task Manager or top; the competing share is derived
    # (total minus a sum of noisy per-process readings) and is given in the message.
    if compete > section.max_percent:
        return CheckResult("cpu", Status.FAIL, "cpu.busy", total, "%", details)
    if total > section.max_percent:
        return CheckResult("cpu", Status.WARN, "cpu.background", total, "%", details)
    return CheckResult("cpu", Status.PASS, "cpu.ok", total, "%", details)


def _biggest(count: int = _TOP) -> list[dict[str, Any]]:
    """The processes holding the most memory (resident set), for a low-memory message."""
    sizes = []
    for proc in psutil.process_iter(["name", "memory_info"]):
        info = proc.info
        if info.get("memory_info") is not None:
            sizes.append((info["memory_info"].rss, info["name"] or str(proc.pid), proc.pid))
    sizes.sort(reverse=True)
    return [
        {"name": name, "pid": pid, "mb": round(rss / 2**20)} for rss, name, pid in sizes[:count]
    ]


def run_memory(section: Memory, cancel: CancelToken) -> CheckResult:
    mem = psutil.virtual_memory()
    free_mb = round(mem.available / 2**20)
    details: dict[str, Any] = {
        "free_mb": free_mb,
        "total_mb": round(mem.total / 2**20),
        "min_free_mb": section.min_free_mb,
    }
    if mem.available / 2**20 < section.min_free_mb:
        details["top"] = _biggest()  # named in the words: what to close
        return CheckResult("memory", Status.FAIL, "memory.low", free_mb, "MB", details)
    return CheckResult("memory", Status.PASS, "memory.ok", free_mb, "MB", details)


def run_disk(section: Disk, cancel: CancelToken) -> CheckResult:
    folder = Path(os.path.expanduser(section.recordings_dir))
    details: dict[str, object] = {"folder": str(folder), "min_free_gb": section.min_free_gb}
    if not folder.is_dir():
        return CheckResult("disk", Status.FAIL, "disk.missing", None, "GB", details)
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        # the system's own reason ("Permission denied"), inside the words of disk.unwritable
        details["error"] = exc.strerror or str(exc)
        return CheckResult("disk", Status.FAIL, "disk.unwritable", None, "GB", details)
    usage = shutil.disk_usage(folder)
    free_gb = round(usage.free / 1e9, 1)
    hours = usage.free * 8 / (section.recording_bitrate_mbps * 1e6) / 3600
    details.update(
        free_gb=free_gb,
        total_gb=round(usage.total / 1e9, 1),
        hours_left=round(hours, 1),
        bitrate_mbps=section.recording_bitrate_mbps,
        drive=_mountpoint(folder),
    )
    if usage.free / 1e9 < section.min_free_gb:
        return CheckResult("disk", Status.FAIL, "disk.low", free_gb, "GB", details)
    return CheckResult("disk", Status.PASS, "disk.ok", free_gb, "GB", details)


def _mountpoint(folder: Path) -> str:
    best = ""
    resolved = str(folder.resolve())
    for part in psutil.disk_partitions(all=True):
        mount = part.mountpoint
        if (resolved == mount or resolved.startswith(mount.rstrip(os.sep) + os.sep)) and len(
            mount
        ) > len(best):
            best = mount
    return best or os.path.splitdrive(resolved)[0] or os.sep
