"""Is a finished output fit to replace nothing and be kept? Checked before it is renamed.

A truncated faststart MP4 still opens and still reports the full duration (its index is at
the front), so the output is read to the end with `-xerror`: ffmpeg must exit 0 with nothing
on stderr, and the time it reached must match the source's within a second.

Cost: decoding every picture is most of the time for a remux. A copied stream's packets are
the source's own bytes, so for copied video only the keyframes are decoded (this still
proves the stream's setup decodes and every packet is read: a cut file reports "corrupt
input packet"); transcoded streams and all sound are decoded in full. `full_decode=True`
decodes everything. Measured figures are in bench/convert_presets.py.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from vcdesk.core.convert.errors import MediaError, VerifyError
from vcdesk.core.convert.presets import Plan
from vcdesk.core.convert.probe import MediaInfo, probe
from vcdesk.core.convert.progress import Progress, ProgressParser
from vcdesk.core.convert.reasons import last_meaningful_line, plain_reason
from vcdesk.core.convert.url import file_url
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.lifeline import adopt, child_options

__all__ = ["DURATION_TOLERANCE_S", "VerifyError", "verify", "verify_argv"]

DURATION_TOLERANCE_S = 1.0
_STDERR_KEEP = 4000


def verify(
    output: Path,
    source: MediaInfo,
    plan: Plan,
    *,
    ffmpeg: str | None = None,
    threads: int | None = None,
    full_decode: bool = False,
    timeout_s: float | None = None,
    on_start: Callable[[subprocess.Popen[bytes]], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> MediaInfo:
    """Return the output's MediaInfo, or raise VerifyError with what is wrong with it.

    `on_start` receives the decoding ffmpeg process so the caller can lower its priority,
    suspend it in meeting mode or kill it on cancel; `on_progress` gets its progress.
    """
    ffmpeg = ffmpeg or find_ffmpeg()
    try:
        out = probe(output, ffmpeg=ffmpeg)
    except MediaError as exc:
        raise VerifyError(
            "unreadable", case="output", cause=exc.code, cause_params=exc.params
        ) from None
    kinds = tuple(s.kind for s in out.streams)
    if kinds != plan.expected:
        raise VerifyError("streams", found=list(kinds), wanted=list(plan.expected))
    _check_duration("claims", out.duration_s, source.duration_s)
    played = _read_through(
        output, source, plan, ffmpeg, threads, full_decode, timeout_s, on_start, on_progress
    )
    _check_duration("plays", played, source.duration_s)
    return out


def verify_argv(
    ffmpeg: str, output: Path, plan: Plan, threads: int | None = None, full_decode: bool = False
) -> list[str]:
    argv = [ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-xerror", "-nostats"]
    argv += ["-progress", "pipe:1"]
    if threads:
        argv += ["-threads", str(threads)]
    if not full_decode:
        for out, s in enumerate(plan.kept):
            if s.action == "copy" and s.kind == "video":
                argv += [f"-skip_frame:{out}", "nokey"]
    argv += ["-i", file_url(output), "-map", "0", "-f", "null", "-"]
    return argv


def _read_through(
    output: Path,
    source: MediaInfo,
    plan: Plan,
    ffmpeg: str,
    threads: int | None,
    full_decode: bool,
    timeout_s: float | None,
    on_start: Callable[[subprocess.Popen[bytes]], None] | None,
    on_progress: Callable[[Progress], None] | None,
) -> float:
    """Read the output to its end; return the time reached (seconds)."""
    argv = verify_argv(ffmpeg, output, plan, threads, full_decode)
    parser = ProgressParser(source.duration_s)
    # stderr goes to a file: a stream of errors must not fill a pipe nobody reads yet.
    with tempfile.TemporaryFile() as err:
        # Started from the caller's thread, which waits for it: it dies with us (lifeline).
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, **child_options()
        )
        adopt(proc)
        timed_out = threading.Event()

        def expire() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout_s, expire) if timeout_s else None
        try:
            if timer:
                timer.daemon = True
                timer.start()
            if on_start:
                on_start(proc)
            assert proc.stdout is not None
            for raw in proc.stdout:
                report = parser.feed(raw.decode("utf-8", "replace"))
                if report and on_progress:
                    on_progress(report)
            returncode = proc.wait()
        finally:
            if timer:
                timer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        stderr = err.read()[-_STDERR_KEEP:].decode("utf-8", "replace")
    if timed_out.is_set():
        raise VerifyError("timeout", seconds=timeout_s)
    stderr = stderr.replace(file_url(output), "<output>").replace(os.fspath(output), "<output>")
    if returncode != 0 or stderr.strip():
        if plain_reason(stderr, returncode).code == "interrupted":
            raise VerifyError("interrupted", case="verify")
        detail = last_meaningful_line(stderr)
        if detail:
            raise VerifyError("decode", detail=detail)
        raise VerifyError("decode", case="exit", returncode=returncode)
    return parser.last.out_time_s if parser.last else 0.0


def _check_duration(case: str, seconds: float, expected: float) -> None:
    """case: "claims" (the length the header gives) or "plays" (the time reading reached)."""
    if expected <= 0:
        return  # the source's length is unknown: nothing to compare with
    if abs(seconds - expected) > DURATION_TOLERANCE_S:
        raise VerifyError("duration", case=case, measured=seconds, expected=expected)
