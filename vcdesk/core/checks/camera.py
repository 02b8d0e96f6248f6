"""Camera check: open the room's camera, sample its picture, judge it against the profile.

Frame rate: for a live device or stream, frames are counted over wall time after a short
warm-up (the first frames arrive in a burst from buffers); a video file decodes as fast as
the machine can, so its container's nominal rate is used instead (details "fps_source").
Picture thresholds and the measurements behind them: vcdesk.core.devices.video.

The result holds codes and values, never words (vcdesk.core.words.checks words them). The
camera is named by values, not a phrase: "source_kind" ("device", "file" or "stream") and
"source", its raw name: the device's name, index or node path, the file's absolute path, or
the stream's URL without its password; for a device, "named" (found by its name) and, where
known, its "node" (/dev/video0).

Codes (status) and their detail keys; every result but "cancelled" carries source_kind,
source and the room's limits min_width, min_height, min_fps, and every judged result also
the keys of `_measured` (width, height, fps, fps_source, frames, sample_s, luma, luma_max,
contrast, sharpness, max_diff, problems, backend, ended_early):
    camera.ok (pass)                  source, width, height, fps
    camera.too_small (fail)           source, width, height, min_width, min_height
    camera.slow (fail)                source, fps, min_fps, fps_source
    camera.black (fail)               source, luma_max, black_luma
    camera.frozen (fail)              source, frames, sample_s, max_diff
    camera.covered (fail)             source, luma, contrast, sharpness, min_sharpness
    camera.blurred (warn)             source, sharpness, min_sharpness
    camera.no_device (fail/skip)      source, reason, available, node (Linux)
    camera.file_missing (fail/skip)   source, reason, path
    camera.unreachable (fail/skip)    source, reason
    camera.cannot_open (fail)         source, reason, node (Linux devices)
    camera.busy (fail)                source, reason, node (Linux)
    camera.timeout (fail)             source, reason, timeout_s
    cancelled (skip)                  min_width, min_height, min_fps
`reason` is a value shown inside the sentence, never the sentence: the device layer's own
short reason ("no such device", "connection refused", worded by the catalogue) or an OS
error text (shown as it came).
The not-found codes skip instead of failing where the profile marks the camera optional
(details "optional": true); a camera that is there but busy or broken still fails.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.devices.video import (
    BLACK_LUMA,
    BLUR_SHARPNESS,
    DARK_LUMA,
    FLAT_CONTRAST,
    FROZEN_DIFF,
    CameraBusy,
    CameraError,
    CameraNotFound,
    CameraTimeout,
    Capture,
    Frame,
    OpenCancelled,
    Request,
    Source,
    SourceKind,
    frame_stats,
    open_capture,
    redact_url,
)
from vcdesk.core.profile.model import Camera

CODES = (
    "camera.ok",
    "camera.too_small",
    "camera.slow",
    "camera.black",
    "camera.frozen",
    "camera.covered",
    "camera.blurred",
    "camera.no_device",
    "camera.file_missing",
    "camera.unreachable",
    "camera.cannot_open",
    "camera.busy",
    "camera.timeout",
    "cancelled",
)

# Frames read in the first moments come in a burst (what the driver or FFmpeg's probing
# buffered): not the camera's rate. Skip at least this many frames and this long...
WARMUP_FRAMES = 3
WARMUP_S = 0.5
WARMUP_MAX_S = 2.0  # ...but do not keep waiting on a very slow camera
MAX_FILE_FRAMES = 300
_MARGIN_S = 0.5  # finish sampling this long before the runner's deadline

# Order of importance when a picture has several problems: the first is reported.
_ORDER = ("black", "frozen", "too_small", "slow", "covered", "blurred")
# Frame timing jitter: a 25 fps camera counted over 2 s reads 24.9-25.1, and must not fail a
# 25 fps room. A camera that really falls short is off by a frame a second or more (4 %).
FPS_TOLERANCE = 0.02


@dataclass
class _Sample:
    fps: float | None
    fps_source: str  # "measured" (wall clock) or "file" (container's nominal rate)
    frames: int = 0
    seconds: float = 0.0
    luma: list[float] = field(default_factory=list)
    contrast: list[float] = field(default_factory=list)
    sharpness: list[float] = field(default_factory=list)
    diffs: list[float] = field(default_factory=list)
    ended: bool = False  # the source stopped giving frames before the sample was complete
    previous: Frame | None = None

    def add(self, frame: Frame) -> None:
        stats, self.previous = frame_stats(frame, self.previous)
        self.frames += 1
        self.luma.append(stats.luma)
        self.contrast.append(stats.contrast)
        self.sharpness.append(stats.sharpness)
        if stats.diff is not None:
            self.diffs.append(stats.diff)


def run(section: Camera, cancel: CancelToken) -> CheckResult:
    limits: dict[str, Any] = {
        "min_width": section.min_width,
        "min_height": section.min_height,
        "min_fps": section.min_fps,
    }
    try:
        capture = _open(section, cancel)
    except OpenCancelled:
        return _cancelled(limits)
    except CameraError as exc:
        return _open_failure(section, exc, limits)
    try:
        sampler = _sample_live if capture.source.live else _sample_file
        sample = sampler(capture, section, cancel)
    finally:
        capture.release()
    if sample is None:
        return _cancelled(limits)
    return _judge(section, capture, sample, limits)


def _which(source: Source | None, section: Camera) -> dict[str, Any]:
    """Which camera, as values: its kind and raw name (see the module's docstring)."""
    if source is None:
        return {"source_kind": "device", "source": str(section.source), "named": False}
    if source.kind is SourceKind.FILE:
        return {"source_kind": "file", "source": str(source.target)}
    if source.kind is SourceKind.URL:
        return {"source_kind": "stream", "source": redact_url(str(source.target))}
    d: dict[str, Any] = {
        "source_kind": "device",
        "source": source.name or str(source.target),
        "named": bool(source.name),
    }
    if isinstance(source.target, int) and sys.platform.startswith("linux"):
        d["node"] = f"/dev/video{source.target}"  # as video.resolve_source opens it
    return d


def _open(section: Camera, cancel: CancelToken) -> Capture:
    # Leave time for sampling: opening may use what the runner allots to it, no more.
    timeout = cancel.remaining(section.open_timeout_s)
    if timeout <= 0:
        raise OpenCancelled(None, "no time left", "cancelled")
    return open_capture(
        section.source,
        timeout,
        request=Request(section.min_width, section.min_height, section.min_fps),
        read_timeout_s=min(timeout, 3.0),
        cancelled=lambda: cancel.cancelled,
    )


def _window(section: Camera, cancel: CancelToken) -> float:
    return max(0.0, min(section.sample_seconds, cancel.remaining(1e9) - _MARGIN_S))


def _sample_live(capture: Capture, section: Camera, cancel: CancelToken) -> _Sample | None:
    sample = _Sample(None, "measured")
    sample.add(capture.first_frame)
    opened = start = time.monotonic()  # `start`: when the last frame before the count came
    while True:
        waited = time.monotonic() - opened
        if waited >= WARMUP_MAX_S or (sample.frames >= WARMUP_FRAMES and waited >= WARMUP_S):
            break
        frame = capture.read()
        start = time.monotonic()
        if cancel.cancelled:
            return None
        if frame is None:
            sample.ended = True
            break
        sample.add(frame)
    window = _window(section, cancel)
    last = start
    counted = 0
    while not sample.ended and time.monotonic() - start < window:
        frame = capture.read()
        now = time.monotonic()
        if cancel.cancelled:
            return None
        if frame is None:
            sample.ended = True
            break
        counted += 1
        last = now
        sample.add(frame)
    elapsed = last - start
    sample.seconds = round(elapsed, 2)
    # `counted` frames came in the `elapsed` seconds after the last uncounted one.
    sample.fps = counted / elapsed if counted and elapsed > 0 else 0.0
    return sample


def _sample_file(capture: Capture, section: Camera, cancel: CancelToken) -> _Sample | None:
    sample = _Sample(capture.nominal_fps, "file")
    sample.add(capture.first_frame)
    wanted = min(MAX_FILE_FRAMES, max(2, round(section.sample_seconds * (sample.fps or 25.0))))
    start = time.monotonic()
    window = _window(section, cancel)
    while sample.frames < wanted and time.monotonic() - start < window:
        if cancel.cancelled:
            return None
        frame = capture.read()
        if frame is None:
            sample.ended = True
            break
        sample.add(frame)
    sample.seconds = round(sample.frames / sample.fps, 2) if sample.fps else 0.0
    return sample


def _measured(capture: Capture, sample: _Sample) -> dict[str, Any]:
    width, height = capture.size
    return {
        "backend": capture.backend,
        "width": width,
        "height": height,
        "fps": None if sample.fps is None else round(sample.fps, 1),
        "fps_source": sample.fps_source,
        "frames": sample.frames,
        "sample_s": sample.seconds,
        "ended_early": sample.ended,
        "luma": round(statistics.fmean(sample.luma), 1),
        "luma_max": round(max(sample.luma), 1),
        "contrast": round(statistics.median(sample.contrast), 1),
        "sharpness": round(statistics.median(sample.sharpness), 2),
        "max_diff": round(max(sample.diffs), 3) if sample.diffs else None,
    }


def _problems(section: Camera, sample: _Sample, d: dict[str, Any]) -> list[str]:
    found = set()
    if d["luma_max"] < BLACK_LUMA:
        found.add("black")
    if len(sample.diffs) >= 2 and max(sample.diffs) < FROZEN_DIFF:
        found.add("frozen")
    if d["width"] < section.min_width or d["height"] < section.min_height:
        found.add("too_small")
    if sample.fps is not None and sample.fps < section.min_fps * (1 - FPS_TOLERANCE):
        found.add("slow")
    if d["sharpness"] < BLUR_SHARPNESS:
        dark_or_flat = d["luma"] < DARK_LUMA or d["contrast"] < FLAT_CONTRAST
        found.add("covered" if dark_or_flat else "blurred")
    return [p for p in _ORDER if p in found]


def _judge(
    section: Camera, capture: Capture, sample: _Sample, limits: dict[str, Any]
) -> CheckResult:
    d = {**limits, **_which(capture.source, section), **_measured(capture, sample)}
    problems = _problems(section, sample, d)
    d["problems"] = problems

    def result(status: Status, code: str, **extra: Any) -> CheckResult:
        d.update(extra)
        return CheckResult("camera", status, code, d["fps"], "fps", details=d)

    if not problems:
        return result(Status.PASS, "camera.ok")
    first = problems[0]
    if first == "black":
        return result(Status.FAIL, "camera.black", black_luma=BLACK_LUMA)
    if first in ("frozen", "too_small", "slow"):
        return result(Status.FAIL, f"camera.{first}")
    if first == "covered":
        return result(Status.FAIL, "camera.covered", min_sharpness=BLUR_SHARPNESS)
    return result(Status.WARN, "camera.blurred", min_sharpness=BLUR_SHARPNESS)


def _open_failure(section: Camera, exc: CameraError, limits: dict[str, Any]) -> CheckResult:
    source = exc.source
    kind = source.kind if source is not None else SourceKind.DEVICE
    d: dict[str, Any] = {**limits, **_which(source, section), "reason": exc.reason}
    d.update(exc.extra)
    status = Status.FAIL

    def result(code: str) -> CheckResult:
        return CheckResult("camera", status, code, None, "fps", details=d)

    if isinstance(exc, CameraNotFound):
        if section.optional:
            status = Status.SKIP
            d["optional"] = True
        if kind is SourceKind.FILE:
            d["path"] = str(source.target) if source is not None else ""
            return result("camera.file_missing")
        if kind is SourceKind.URL:
            return result("camera.unreachable")
        d.setdefault("available", [])
        return result("camera.no_device")
    if isinstance(exc, CameraBusy):
        return result("camera.busy")
    if isinstance(exc, CameraTimeout):
        d.setdefault("timeout_s", round(section.open_timeout_s, 1))
        return result("camera.timeout")
    return result("camera.cannot_open")


def _cancelled(limits: dict[str, Any]) -> CheckResult:
    return CheckResult("camera", Status.SKIP, "cancelled", None, "fps", details=dict(limits))
