"""CPU, memory and disk: the room PC itself, read through psutil."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import psutil

from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.profile.model import Cpu, Disk, Memory

_TOP = 3


def run_cpu(section: Cpu, cancel: CancelToken) -> CheckResult:
    # Prime per-process counters so the same interval gives both the total and who used it.
    procs = list(psutil.process_iter(["name"]))
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.cpu_percent(None)
    psutil.cpu_percent(None)
    if cancel.wait(section.sample_seconds):
        return CheckResult("cpu", Status.SKIP, "Cancelled.", "cancelled")
    total = psutil.cpu_percent(None)
    usage = []
    for proc in procs:
        try:
            usage.append((proc.cpu_percent(None), proc.info["name"] or str(proc.pid), proc.pid))
        except psutil.Error:
            continue
    usage.sort(reverse=True)
    top = [{"name": name, "pid": pid, "percent": round(pct, 1)} for pct, name, pid in usage[:_TOP]]
    details = {
        "percent": total,
        "max_percent": section.max_percent,
        "cores": psutil.cpu_count(),
        "top": top,
    }
    threshold = f"<= {section.max_percent:g} %"
    if total > section.max_percent:
        names = ", ".join(f"{t['name']} ({t['percent']:g} %)" for t in top) or "unknown"
        return CheckResult(
            "cpu",
            Status.FAIL,
            f"The processor is {total:.0f} % busy; this room allows {section.max_percent:g} %. "
            f"Busiest: {names}. Close what is not needed for the meeting.",
            "cpu.busy",
            total,
            "%",
            threshold,
            details,
        )
    return CheckResult(
        "cpu",
        Status.PASS,
        f"The processor is {total:.0f} % busy.",
        "cpu.ok",
        total,
        "%",
        threshold,
        details,
    )


def run_memory(section: Memory, cancel: CancelToken) -> CheckResult:
    mem = psutil.virtual_memory()
    free_mb = mem.available / 2**20
    details = {
        "free_mb": round(free_mb),
        "total_mb": round(mem.total / 2**20),
        "min_free_mb": section.min_free_mb,
    }
    threshold = f">= {section.min_free_mb} MB free"
    if free_mb < section.min_free_mb:
        return CheckResult(
            "memory",
            Status.FAIL,
            f"Only {free_mb:.0f} MB of memory is free; this room needs {section.min_free_mb} MB. "
            "Close programs that are not needed for the meeting.",
            "memory.low",
            round(free_mb),
            "MB",
            threshold,
            details,
        )
    return CheckResult(
        "memory",
        Status.PASS,
        f"{free_mb:.0f} MB of memory is free.",
        "memory.ok",
        round(free_mb),
        "MB",
        threshold,
        details,
    )


def run_disk(section: Disk, cancel: CancelToken) -> CheckResult:
    folder = Path(os.path.expanduser(section.recordings_dir))
    threshold = f">= {section.min_free_gb:g} GB free"
    details: dict[str, object] = {"folder": str(folder), "min_free_gb": section.min_free_gb}
    if not folder.is_dir():
        return CheckResult(
            "disk",
            Status.FAIL,
            f"The recordings folder {folder} does not exist: create it, or correct "
            "disk.recordings_dir in the room profile.",
            "disk.missing",
            None,
            "GB",
            threshold,
            details,
        )
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        details["error"] = exc.strerror or str(exc)
        return CheckResult(
            "disk",
            Status.FAIL,
            f"Recordings cannot be written to {folder} ({details['error']}): check the "
            "folder's permissions or whether the drive is read-only.",
            "disk.unwritable",
            None,
            "GB",
            threshold,
            details,
        )
    usage = shutil.disk_usage(folder)
    free_gb = usage.free / 1e9
    hours = usage.free * 8 / (section.recording_bitrate_mbps * 1e6) / 3600
    details.update(
        free_gb=round(free_gb, 1),
        total_gb=round(usage.total / 1e9, 1),
        hours_left=round(hours, 1),
        bitrate_mbps=section.recording_bitrate_mbps,
        drive=_mountpoint(folder),
    )
    if free_gb < section.min_free_gb:
        return CheckResult(
            "disk",
            Status.FAIL,
            f"The drive of {folder} has {free_gb:.1f} GB free ({hours:.1f} h of recording at "
            f"{section.recording_bitrate_mbps:g} Mbit/s); this room needs "
            f"{section.min_free_gb:g} GB. Move finished recordings to the archive.",
            "disk.low",
            round(free_gb, 1),
            "GB",
            threshold,
            details,
        )
    return CheckResult(
        "disk",
        Status.PASS,
        f"{free_gb:.1f} GB free: {hours:.1f} h of recording at "
        f"{section.recording_bitrate_mbps:g} Mbit/s.",
        "disk.ok",
        round(free_gb, 1),
        "GB",
        threshold,
        details,
    )


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
