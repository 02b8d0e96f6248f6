"""Camera check: open the room's camera, sample its picture, judge it against the profile.

Frame rate: for a live device or stream, frames are counted over wall time after a short
warm-up (the first frames arrive in a burst from buffers); a video file decodes as fast as
the machine can, so its container's nominal rate is used instead (details "fps_source").
Picture thresholds and the measurements behind them: vcdesk.core.devices.video.

Codes (status) and their detail keys; every judged result also carries the keys of
`_measured` (width, height, fps, fps_source, frames, sample_s, luma, luma_max, contrast,
sharpness, max_diff, problems, backend, ended_early) and source, kind, min_width, min_height,
min_fps:
    camera.ok (pass)                  source, width, height, fps
    camera.too_small (fail)           source, width, height, min_width, min_height
    camera.slow (fail)                source, fps, min_fps, fps_source
    camera.black (fail)               source, luma_max, black_luma
    camera.frozen (fail)              source, frames, sample_s, max_diff
    camera.covered (fail)             source, luma, contrast, sharpness, min_sharpness
    camera.blurred (warn)             source, sharpness, min_sharpness
    camera.no_device (fail/skip)      source, kind, reason, available, node (Linux)
    camera.file_missing (fail/skip)   source, kind, reason, path
    camera.unreachable (fail/skip)    source, kind, reason
    camera.cannot_open (fail)         source, kind, reason, node (Linux devices)
    camera.busy (fail)                source, kind, reason, node (Linux)
    camera.timeout (fail)             source, kind, reason, timeout_s
    cancelled (skip)
The not-found codes skip instead of failing where the profile marks the camera optional
(details "optional": true); a camera that is there but busy or broken still fails.
"""

from __future__ import annotations

import statistics
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
    SourceKind,
    frame_stats,
    open_capture,
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
    threshold = (
        f">= {section.min_width}x{section.min_height}, >= {section.min_fps:g} fps, "
        "a live, sharp picture"
    )
    base: dict[str, Any] = {
        "min_width": section.min_width,
        "min_height": section.min_height,
        "min_fps": section.min_fps,
    }
    try:
        capture = _open(section, cancel)
    except OpenCancelled:
        return _cancelled(threshold)
    except CameraError as exc:
        return _open_failure(section, exc, threshold, base)
    try:
        sampler = _sample_live if capture.source.live else _sample_file
        sample = sampler(capture, section, cancel)
    finally:
        capture.release()
    if sample is None:
        return _cancelled(threshold)
    return _judge(section, capture, sample, threshold, base)


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
        "source": capture.source.label,
        "kind": capture.source.kind.value,
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
    section: Camera,
    capture: Capture,
    sample: _Sample,
    threshold: str,
    base: dict[str, Any],
) -> CheckResult:
    d = {**base, **_measured(capture, sample)}
    problems = _problems(section, sample, d)
    d["problems"] = problems
    who = d["source"]
    size = f"{d['width']}x{d['height']}"
    need = f"{section.min_width}x{section.min_height}"
    fps_text = "unknown" if sample.fps is None else f"{sample.fps:.1f}"
    value = d["fps"]

    def result(status: Status, code: str, message: str, **extra: Any) -> CheckResult:
        d.update(extra)
        return CheckResult("camera", status, message, code, value, "fps", threshold, d)

    if not problems:
        origin = " (the file's nominal rate)" if sample.fps_source == "file" else ""
        return result(Status.PASS, "camera.ok", f"{who} gives {size} at {fps_text} fps{origin}.")
    first = problems[0]
    if first == "black":
        return result(
            Status.FAIL,
            "camera.black",
            f"{who} gives a black picture (brightness at most {d['luma_max']:g} of 255; "
            f"{BLACK_LUMA:g} or more expected): open the lens cover or privacy shutter, "
            "check the room's light and the camera's cable.",
            black_luma=BLACK_LUMA,
        )
    if first == "frozen":
        return result(
            Status.FAIL,
            "camera.frozen",
            f"{who} shows a frozen picture: {d['frames']} frames over {d['sample_s']:g} s "
            "were identical. The camera or its driver has stopped: unplug it, plug it in "
            "again, or restart the camera.",
        )
    if first == "too_small":
        return result(
            Status.FAIL,
            "camera.too_small",
            f"{who} gives {size}; this room needs {need}: check the cable, the port or the "
            "camera's settings.",
        )
    if first == "slow":
        if sample.fps_source == "file":
            text = f"{who} runs at {fps_text} fps; this room needs {section.min_fps:g} fps."
        else:
            text = (
                f"{who} gives {fps_text} fps; this room needs {section.min_fps:g} fps: "
                "close other programs using the camera, add light (cameras slow down in the "
                "dark), or use a USB 3 port or a faster network."
            )
        return result(Status.FAIL, "camera.slow", text)
    if first == "covered":
        return result(
            Status.FAIL,
            "camera.covered",
            f"{who} gives a dark picture with no detail (brightness {d['luma']:g} of 255, "
            f"sharpness {d['sharpness']:g}; {BLUR_SHARPNESS:g} or more expected): the lens "
            "may be covered or dirty. Uncover and clean it.",
            min_sharpness=BLUR_SHARPNESS,
        )
    return result(
        Status.WARN,
        "camera.blurred",
        f"{who} gives a very blurred picture (sharpness {d['sharpness']:g}; "
        f"{BLUR_SHARPNESS:g} or more expected): focus the camera, clean the lens, or point "
        "it at the room.",
        min_sharpness=BLUR_SHARPNESS,
    )


def _open_failure(
    section: Camera, exc: CameraError, threshold: str, base: dict[str, Any]
) -> CheckResult:
    source = exc.source
    who = source.label if source is not None else f"Camera {section.source!r}"
    kind = source.kind if source is not None else SourceKind.DEVICE
    d: dict[str, Any] = {**base, "source": who, "kind": kind.value, "reason": exc.reason}
    d.update(exc.extra)
    status = Status.FAIL

    def result(code: str, message: str) -> CheckResult:
        return CheckResult("camera", status, message, code, None, "fps", threshold, d)

    if isinstance(exc, CameraNotFound):
        if section.optional:
            status = Status.SKIP
            d["optional"] = True
        skip = " This room marks the camera optional: skipped." if section.optional else ""
        if kind is SourceKind.FILE:
            d["path"] = str(source.target) if source is not None else ""
            return result(
                "camera.file_missing",
                f"{who} does not exist: correct camera.source in the room profile.{skip}",
            )
        if kind is SourceKind.URL:
            return result(
                "camera.unreachable",
                f"{who} cannot be reached ({exc.reason}): check that the camera is on, its "
                f"address and port, and the network.{skip}",
            )
        available = d.setdefault("available", [])
        present = ", ".join(available) if available else "none"
        return result(
            "camera.no_device",
            f"{who} was not found ({exc.reason}). Connect the camera, or correct "
            f"camera.source in the room profile. Cameras present: {present}.{skip}",
        )
    if isinstance(exc, CameraBusy):
        return result(
            "camera.busy",
            f"{who} is there but gives no picture: another program (Zoom, Teams, OBS, a "
            "browser) is probably using it. Close that program and run the check again.",
        )
    if isinstance(exc, CameraTimeout):
        d.setdefault("timeout_s", round(section.open_timeout_s, 1))
        return result(
            "camera.timeout",
            f"{who} did not give a picture within {d['timeout_s']:g} s: check the camera's "
            "power and cable or network, then run the check again.",
        )
    return result(
        "camera.cannot_open",
        f"{who} could not be opened ({exc.reason}): check camera.source in the room "
        "profile and that the camera works in another program.",
    )


def _cancelled(threshold: str) -> CheckResult:
    return CheckResult("camera", Status.SKIP, "Cancelled.", "cancelled", None, "fps", threshold, {})
