"""Child processes that die with us: an ffmpeg must not run on (and hold its partial file)
after the program that started it was killed.

Linux: the child asks for SIGKILL when its parent goes (prctl PR_SET_PDEATHSIG), between
fork and exec. The kernel sends it when the *thread* that forked the child ends, so a child
must be started from a thread that outlives it (process.py keeps long-lived spawner threads
for that). Windows: every child joins one job object whose last handle, held by this
process, kills them all when it closes, which a killed process cannot prevent. Elsewhere
(macOS) nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
_JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9  # JOBOBJECTINFOCLASS value

_job_lock = threading.Lock()
_job_handle: int | None = None
_job_failed = False


def child_options() -> dict[str, Any]:
    """Keyword arguments for subprocess.Popen that tie the child's life to this process
    (Linux); call `adopt` with the started Popen as well (Windows)."""
    if not sys.platform.startswith("linux"):
        return {}
    prctl = _linux_prctl()
    if prctl is None:
        return {}
    return {"preexec_fn": _die_with(os.getpid(), prctl)}


def adopt(popen: subprocess.Popen[Any]) -> None:
    """Put a started child into this process's kill-on-close job object (Windows only)."""
    if sys.platform != "win32":
        return
    job = _windows_job()
    if job is None:
        return
    handle = int(popen._handle)  # type: ignore[attr-defined,unused-ignore]
    if not _kernel32().AssignProcessToJobObject(job, handle):
        log.warning("could not tie process %d to vcdesk: error %d", popen.pid, _last_error())


def _linux_prctl() -> Callable[..., int] | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError) as exc:
        log.warning("child processes will not die with vcdesk: %s", exc)
        return None
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    prctl.restype = ctypes.c_int
    return prctl


def _die_with(parent: int, prctl: Callable[..., int]) -> Callable[[], None]:
    """The child's first act. preexec_fn is unsafe with threads when it takes a lock another
    thread may have held at fork (imports, logging, allocation in Python): this one only
    calls a foreign function resolved before the fork and two plain system calls."""

    def in_child() -> None:
        prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the request took hold
            os._exit(1)

    return in_child


def _kernel32() -> Any:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = ctypes.c_void_p
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, ctypes.c_wchar_p]
    kernel32.CreateJobObjectW.restype = handle
    kernel32.SetInformationJobObject.argtypes = [
        handle,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_uint32,
    ]
    kernel32.SetInformationJobObject.restype = ctypes.c_int
    kernel32.AssignProcessToJobObject.argtypes = [handle, handle]
    kernel32.AssignProcessToJobObject.restype = ctypes.c_int
    return kernel32


class _BasicLimits(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    ]


class _ExtendedLimits(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", ctypes.c_uint64 * 6),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]


def _windows_job() -> int | None:
    """This process's job object, made once; its handle is never closed by us: the system
    closes it when this process ends, however it ends, and that kills the children."""
    global _job_handle, _job_failed
    with _job_lock:
        if _job_handle is None and not _job_failed:
            _job_handle = _make_windows_job()
            _job_failed = _job_handle is None
        return _job_handle


def _make_windows_job() -> int | None:
    kernel32 = _kernel32()
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        log.warning("child processes will not die with vcdesk: error %d", _last_error())
        return None
    limits = _ExtendedLimits()
    limits.BasicLimitInformation.LimitFlags = _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    if not kernel32.SetInformationJobObject(
        job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(limits), ctypes.sizeof(limits)
    ):
        log.warning("child processes will not die with vcdesk: error %d", _last_error())
        return None
    return int(job)


def _last_error() -> int:
    return int(ctypes.get_last_error())  # type: ignore[attr-defined]
