"""Opening a camera (device index or name, video file, stream URL) through OpenCV, and
per-frame picture statistics. Shared by the one-shot camera check and the live preview.

Opening runs on a worker thread with a deadline: a dead RTSP camera or a wedged driver can
block inside OpenCV for a long time, so the caller stops waiting and the thread is
abandoned (it releases the capture itself if it ever finishes).

Picture thresholds, measured on ffmpeg-generated 1280x720 sources (grey frame scaled to
640 px wide, where every statistic below is taken):

    source                              mean luma  contrast  sharpness  frame-to-frame
    testsrc2                               127.5       64     468-487     2.0-2.5
    testsrc2 640x480                       127.0       65     601-644     2.4-2.9
    testsrc2 darkened (eq=brightness=-0.4)  66.6       31     135-158     1.0-1.1
    testsrc2 boxblur=3:1                   127.4       63    16.5-17.6    1.7-2.1
    testsrc2 boxblur=5:2                   127.3       63     3.5-3.9     1.4-1.7
    testsrc2 boxblur=20:5                  126.7       57     1.8-1.9     0.41-0.55
    boxblur=20:5, brightness -0.45, noise=3 49.1       28     1.4-2.1     0.29-0.37
    color=black                              0.0        0       0           0
    one testsrc2 frame repeated (h264)     127.5       64     469-482     0-0.04

Sensor noise raises the Laplacian variance (the same covered picture with noise=8 measured
54-85), so a covered lens on a very noisy sensor is caught as dark rather than as blurred.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import functools
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import cv2
import numpy as np
import numpy.typing as npt

Frame = npt.NDArray[Any]  # BGR or grey uint8 images, as OpenCV returns them

# --- picture thresholds (0-255 luma; see the table above) --------------------------------
BLACK_LUMA = 16.0  # every sampled frame darker than this: no picture (cap, shutter, signal)
DARK_LUMA = 60.0  # a blurred picture darker than this looks covered rather than defocused
FLAT_CONTRAST = 10.0  # luma standard deviation below this: a flat, featureless picture
BLUR_SHARPNESS = 10.0  # variance of the Laplacian below this: very blurred or covered
FROZEN_DIFF = 0.15  # mean absolute difference below this: the same frame again
STATS_WIDTH = 640  # statistics are taken on a grey copy this wide, whatever the camera gives

URL_SCHEMES = {"http": 80, "https": 443, "rtsp": 554, "rtsps": 322}
VIDEO_SUFFIXES = {
    ".mp4", ".mkv", ".avi", ".mov", ".webm", ".m4v", ".mjpg", ".mjpeg", ".mpg", ".mpeg",
    ".ts", ".flv", ".wmv", ".y4m", ".3gp",
}  # fmt: skip


class SourceKind(enum.StrEnum):
    DEVICE = "device"
    FILE = "file"
    URL = "url"


@dataclass(frozen=True)
class Source:
    """A resolved camera source. `label` is safe to show and log (no URL password)."""

    kind: SourceKind
    target: int | str  # device index or node path, absolute file path, or URL
    label: str
    name: str = ""  # the device name asked for, when opened by name

    @property
    def live(self) -> bool:
        return self.kind is not SourceKind.FILE


# --- errors --------------------------------------------------------------------------------


class CameraError(Exception):
    code = "error"

    def __init__(self, source: Source | None, message: str, reason: str = "", **extra: Any):
        super().__init__(message)
        self.source = source
        self.reason = reason
        self.extra = extra


class CameraNotFound(CameraError):
    """No such device, file or host (connection refused, unknown host name)."""

    code = "not_found"


class CameraCannotOpen(CameraError):
    """It is there, but OpenCV cannot open it or it gives no picture."""

    code = "cannot_open"


class CameraBusy(CameraError):
    """The device exists but another program holds it."""

    code = "busy"


class CameraTimeout(CameraError):
    code = "timeout"


class OpenCancelled(CameraError):
    code = "cancelled"


# --- resolving a source --------------------------------------------------------------------


def redact_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, f"***@{host}", parts.path, parts.query, ""))


def resolve_source(
    source: int | str,
    *,
    sysfs: Path = Path("/sys/class/video4linux"),
    dev: Path = Path("/dev"),
    timeout_s: float = 10.0,
) -> Source:
    """Tell what `source` names. Raises CameraNotFound for a missing file or unknown name.

    `sysfs` and `dev` exist so tests can point name lookup at a prepared tree."""
    if isinstance(source, int):
        return _index_source(source, dev)
    text = source.strip()
    if text.isdigit():
        return _index_source(int(text), dev)
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme in URL_SCHEMES:
        return Source(SourceKind.URL, text, f"The camera stream {redact_url(text)}")
    if sys.platform.startswith("linux") and text.startswith("/dev/"):
        return Source(SourceKind.DEVICE, text, f"Camera {text}")  # opened (or not) later
    path = Path(os.path.expanduser(text))
    if path.exists():
        if sys.platform.startswith("linux") and path.is_char_device():
            return Source(SourceKind.DEVICE, str(path), f"Camera {path}")
        resolved = path.resolve()
        return Source(SourceKind.FILE, str(resolved), f"The video file {resolved}")
    looks_like_path = any(sep in text for sep in ("/", "\\")) or path.suffix.lower() in (
        VIDEO_SUFFIXES
    )
    if looks_like_path:
        absolute = path.absolute()
        raise CameraNotFound(
            Source(SourceKind.FILE, str(absolute), f"The video file {absolute}"),
            f"The video file {absolute} was not found",
            "file not found",
        )
    return _named_source(text, sysfs, dev, timeout_s)


def _index_source(index: int, dev: Path) -> Source:
    if sys.platform.startswith("linux"):
        node = dev / f"video{index}"
        return Source(SourceKind.DEVICE, index, f"Camera {index} ({node})")
    return Source(SourceKind.DEVICE, index, f"Camera {index}")


def list_device_names(
    sysfs: Path = Path("/sys/class/video4linux"), timeout_s: float = 10.0
) -> list[tuple[int, str]]:
    """(index, name) of the video devices the system lists, capture nodes first."""
    if sys.platform == "win32":
        return list(enumerate(_dshow_video_names(timeout_s)))
    found: list[tuple[int, int, str]] = []
    with contextlib.suppress(OSError):
        for entry in sysfs.iterdir():
            match = re.fullmatch(r"video(\d+)", entry.name)
            if not match:
                continue
            try:
                name = (entry / "name").read_text(errors="replace").strip()
            except OSError:
                continue
            # A UVC camera shows several nodes with one name; node index 0 is the picture.
            try:
                node_index = int((entry / "index").read_text().strip())
            except (OSError, ValueError):
                node_index = 0
            found.append((node_index, int(match[1]), name))
    return [(number, name) for _, number, name in sorted(found)]


def _named_source(name: str, sysfs: Path, dev: Path, timeout_s: float) -> Source:
    devices = list_device_names(sysfs, timeout_s)
    wanted = name.casefold()
    exact = [d for d in devices if d[1].casefold() == wanted]
    partial = [d for d in devices if wanted in d[1].casefold()]
    if not (exact or partial):
        raise CameraNotFound(
            Source(SourceKind.DEVICE, name, f'Camera "{name}"', name),
            f'No camera named "{name}" was found',
            "no such name",
            available=sorted({d[1] for d in devices}),
        )
    index, full_name = (exact or partial)[0]
    if sys.platform.startswith("linux"):
        label = f'Camera "{full_name}" ({dev / f"video{index}"})'
    else:
        label = f'Camera "{full_name}"'
    return Source(SourceKind.DEVICE, index, label, full_name)


_DSHOW_MODERN = re.compile(r'^\[dshow @ [^\]]*\]\s+"(?P<name>.*)"\s+\((?P<types>[^)]*)\)\s*$')
_DSHOW_OLD = re.compile(r'^\[dshow @ [^\]]*\]\s{1,2}"(?P<name>.*)"\s*$')


def parse_dshow_listing(text: str) -> list[str]:
    """Video device names from `ffmpeg -list_devices true -f dshow -i dummy`, in DirectShow's
    order, which is also the index order of OpenCV's DSHOW backend. Understands both shapes
    libavdevice/dshow.c prints: `"Name" (video)` (ffmpeg 5+) and the older
    "DirectShow video devices" section of bare `"Name"` lines."""
    names: list[str] = []
    section = ""
    for line in text.splitlines():
        if "DirectShow video devices" in line:
            section = "video"
            continue
        if "DirectShow audio devices" in line:
            section = "audio"
            continue
        if "Alternative name" in line:
            continue
        modern = _DSHOW_MODERN.match(line)
        if modern:
            if "video" in modern["types"].split(", "):
                names.append(modern["name"])
            continue
        old = _DSHOW_OLD.match(line)
        if old and section == "video":
            names.append(old["name"])
    return names


def _dshow_video_names(timeout_s: float) -> list[str]:
    from vcdesk.core.ffmpeg import FfmpegMissing, find_ffmpeg

    try:
        argv = [find_ffmpeg(), "-hide_banner", "-list_devices", "true", "-f", "dshow"]
        done = subprocess.run(
            [*argv, "-i", "dummy"],
            capture_output=True,
            text=True,
            timeout=max(0.5, timeout_s),
            check=False,
        )
    except (FfmpegMissing, OSError, subprocess.TimeoutExpired):
        return []
    return parse_dshow_listing(done.stderr)


# --- opening -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    """What a device is asked for; the driver may give less (that is what the check judges)."""

    width: int
    height: int
    fps: float


class Capture:
    """An opened source that has already given its first frame. Release it when done."""

    def __init__(self, cap: cv2.VideoCapture, source: Source, first_frame: Frame) -> None:
        self.cap = cap
        self.source = source
        self.first_frame = first_frame
        self.backend = _backend_name(cap)
        fps = float(cap.get(cv2.CAP_PROP_FPS))
        self.nominal_fps = fps if 0 < fps < 1000 else None  # containers may report 0 or NaN
        self._lock = threading.Lock()
        self._released = False

    @property
    def size(self) -> tuple[int, int]:
        height, width = self.first_frame.shape[:2]
        return int(width), int(height)

    def read(self) -> Frame | None:
        if self._released:
            return None
        ok, frame = self.cap.read()
        return frame if ok and frame is not None and frame.size else None

    def release(self) -> None:
        with self._lock:
            if self._released:
                return
            self._released = True
        self.cap.release()

    def __enter__(self) -> Capture:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def open_capture(
    source: int | str,
    timeout_s: float,
    *,
    request: Request | None = None,
    read_timeout_s: float | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Capture:
    """Open `source` and read its first frame within `timeout_s`, or raise a CameraError.

    `request` asks a device (not a file or stream) for a size and frame rate; `cancelled`
    is polled while waiting so a cancelled check stops waiting at once."""
    _quiet_opencv()
    resolved = resolve_source(source, timeout_s=timeout_s)
    attempt = _Attempt(resolved, timeout_s, request, read_timeout_s or timeout_s)
    worker = threading.Thread(target=attempt.run, name="camera-open", daemon=True)
    worker.start()
    give_up = time.monotonic() + timeout_s
    while worker.is_alive() and time.monotonic() < give_up:
        if cancelled is not None and cancelled():
            break
        worker.join(min(0.05, max(0.0, give_up - time.monotonic())))
    with attempt.lock:
        if attempt.result is not None:
            return attempt.result
        if attempt.error is not None:
            raise attempt.error
        attempt.abandoned = True
    if cancelled is not None and cancelled():
        raise OpenCancelled(resolved, "Cancelled while opening the camera", "cancelled")
    raise CameraTimeout(
        resolved,
        f"{resolved.label} did not give a picture within {timeout_s:.1f} s",
        "no answer",
        timeout_s=round(timeout_s, 1),
    )


@dataclass
class _Attempt:
    source: Source
    timeout_s: float
    request: Request | None
    read_timeout_s: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    abandoned: bool = False
    result: Capture | None = None
    error: CameraError | None = None

    def run(self) -> None:
        try:
            capture = _open_now(self.source, self.timeout_s, self.request, self.read_timeout_s)
        except CameraError as exc:
            with self.lock:
                self.error = exc
            return
        except Exception as exc:  # an OpenCV surprise is still an answer about the camera
            with self.lock:
                self.error = CameraCannotOpen(
                    self.source, f"{self.source.label} could not be opened", repr(exc)
                )
            return
        with self.lock:
            if not self.abandoned:
                self.result = capture
                return
        capture.release()  # nobody is waiting for it any more


def _open_now(
    source: Source, timeout_s: float, request: Request | None, read_timeout_s: float
) -> Capture:
    began = time.monotonic()
    if source.kind is SourceKind.URL:
        _probe_host(source, timeout_s)
        cap = cv2.VideoCapture(
            str(source.target),
            cv2.CAP_FFMPEG,
            [
                cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
                max(1, int(timeout_s * 1000)),
                cv2.CAP_PROP_READ_TIMEOUT_MSEC,
                max(1, int(read_timeout_s * 1000)),
            ],
        )
    elif source.kind is SourceKind.FILE:
        # An absolute path: FFmpeg cannot mistake "name:with-colon.mp4" for a protocol.
        cap = cv2.VideoCapture(str(source.target), cv2.CAP_FFMPEG)
    else:
        cap = _open_device(source)
    try:
        if not cap.isOpened():
            raise _why_not_opened(source, time.monotonic() - began, timeout_s)
        if source.kind is SourceKind.DEVICE:
            _ask_device(cap, request, read_timeout_s)
        ok, frame = cap.read()
        if not ok or frame is None or not frame.size:
            raise _why_no_frame(source, time.monotonic() - began, timeout_s)
        return Capture(cap, source, frame)
    except BaseException:
        cap.release()
        raise


def _probe_host(source: Source, timeout_s: float) -> None:
    """A refused or unresolvable stream fails at once, with the reason, instead of as an
    anonymous "cannot open" from OpenCV."""
    parts = urlsplit(str(source.target))
    host = parts.hostname
    try:
        port = parts.port or URL_SCHEMES[parts.scheme.lower()]
    except ValueError as exc:
        raise CameraNotFound(source, f"{source.label} has an invalid port", "invalid port") from exc
    if not host:
        raise CameraNotFound(source, f"{source.label} names no host", "no host in the URL")
    try:
        with socket.create_connection((host, port), timeout=max(0.1, timeout_s)):
            pass
    except socket.gaierror as exc:
        raise CameraNotFound(source, f"{source.label}: host not found", "host not found") from exc
    except ConnectionRefusedError as exc:
        raise CameraNotFound(
            source, f"{source.label} refused the connection", "connection refused"
        ) from exc
    except TimeoutError as exc:
        raise CameraTimeout(
            source,
            f"{source.label} did not answer within {timeout_s:.1f} s",
            "no answer",
            timeout_s=round(timeout_s, 1),
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        message = f"{source.label} cannot be reached ({reason})"
        raise CameraNotFound(source, message, reason) from exc


def _open_device(source: Source) -> cv2.VideoCapture:
    target = source.target
    if sys.platform.startswith("linux"):
        node = f"/dev/video{target}" if isinstance(target, int) else str(target)
        if not os.path.exists(node):
            raise CameraNotFound(
                source, f"{source.label}: there is no {node}", "no such device", node=node
            )
        return cv2.VideoCapture(node, cv2.CAP_V4L2)
    index = int(target)
    if sys.platform == "win32":
        # DirectShow opens in well under a second where Media Foundation can take many.
        return cv2.VideoCapture(index, cv2.CAP_DSHOW)
    return cv2.VideoCapture(index, cv2.CAP_ANY)


def _ask_device(cap: cv2.VideoCapture, request: Request | None, read_timeout_s: float) -> None:
    # Setters a backend does not support return False; nothing to do about that here.
    if request is not None:
        # Most USB cameras give 720p and up at full rate only as MJPG; raw YUYV drops to 10 fps.
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, request.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, request.height)
        cap.set(cv2.CAP_PROP_FPS, request.fps)
    cap.set(cv2.CAP_PROP_READ_TIMEOUT_MSEC, max(1, int(read_timeout_s * 1000)))


def _why_not_opened(source: Source, elapsed: float, timeout_s: float) -> CameraError:
    if source.kind is SourceKind.URL and elapsed >= 0.9 * timeout_s:
        return CameraTimeout(
            source,
            f"{source.label} did not give a picture within {timeout_s:.1f} s",
            "no answer",
            timeout_s=round(timeout_s, 1),
        )
    if source.kind is SourceKind.DEVICE:
        node = _device_node(source)
        if node is None:
            return CameraNotFound(source, f"{source.label} was not found", "no such device")
        problem = _node_problem(node)
        if problem in (errno.EACCES, errno.EPERM):
            return CameraCannotOpen(
                source,
                f"{source.label} cannot be opened: permission denied",
                "permission denied",
                node=node,
            )
        if problem in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
            return CameraNotFound(
                source, f"{source.label}: there is no {node}", "no such device", node=node
            )
        if problem not in (0, errno.EBUSY):
            reason = os.strerror(problem)
            return CameraCannotOpen(
                source, f"{source.label} cannot be opened: {reason}", reason, node=node
            )
        # The node opens but streaming does not start: V4L2 answers EBUSY to a second
        # program asking for buffers, and OpenCV reports that only as "can't open".
        return CameraBusy(
            source, f"{source.label} is in use by another program", "device busy", node=node
        )
    if source.kind is SourceKind.FILE:
        return CameraCannotOpen(
            source, f"{source.label} is not a video OpenCV can read", "not a readable video"
        )
    return CameraCannotOpen(
        source, f"{source.label} answered but gave no video", "no video at that address"
    )


def _why_no_frame(source: Source, elapsed: float, timeout_s: float) -> CameraError:
    if source.kind is SourceKind.DEVICE:
        # Opened but silent: on Windows a camera held by another program behaves this way.
        return CameraBusy(
            source, f"{source.label} opens but gives no picture", "no frames", node=None
        )
    if source.kind is SourceKind.URL and elapsed >= 0.9 * timeout_s:
        return CameraTimeout(
            source,
            f"{source.label} did not give a picture within {timeout_s:.1f} s",
            "no answer",
            timeout_s=round(timeout_s, 1),
        )
    return CameraCannotOpen(source, f"{source.label} gives no picture", "no frames")


def _device_node(source: Source) -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    target = source.target
    return f"/dev/video{target}" if isinstance(target, int) else str(target)


def _node_problem(node: str) -> int:
    """errno of opening the device node ourselves, 0 if it opens."""
    try:
        fd = os.open(node, os.O_RDWR | os.O_NONBLOCK)
    except OSError as exc:
        return exc.errno or errno.EIO
    os.close(fd)
    return 0


def _backend_name(cap: cv2.VideoCapture) -> str:
    try:
        return str(cap.getBackendName())
    except cv2.error:
        return ""


@functools.cache
def _quiet_opencv() -> None:
    # OpenCV logs every failed open to stderr; the caller's result already says it better.
    with contextlib.suppress(AttributeError, cv2.error):
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


# --- picture statistics --------------------------------------------------------------------


def grey_thumbnail(frame: Frame) -> Frame:
    """The frame in grey, scaled down to STATS_WIDTH wide (thresholds are measured there)."""
    grey = frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    height, width = grey.shape[:2]
    if width > STATS_WIDTH:
        size = (STATS_WIDTH, max(1, round(height * STATS_WIDTH / width)))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(grey, dtype=np.uint8)


def mean_luma(grey: Frame) -> float:
    return float(np.mean(grey))


def contrast(grey: Frame) -> float:
    return float(np.std(grey))


def sharpness(grey: Frame) -> float:
    """Variance of the Laplacian: high for fine detail, near zero for blur or a flat field."""
    lap = cv2.Laplacian(grey, cv2.CV_32F)
    return float(np.var(lap))


def mean_abs_diff(a: Frame, b: Frame) -> float:
    if a.shape != b.shape:
        return float("inf")
    return float(np.mean(cv2.absdiff(a, b)))


def same_picture(a: Frame, b: Frame, eps: float = FROZEN_DIFF) -> bool:
    return mean_abs_diff(a, b) < eps


@dataclass(frozen=True)
class FrameStats:
    luma: float
    contrast: float
    sharpness: float
    diff: float | None  # to the previous frame; None for the first

    @property
    def black(self) -> bool:
        return self.luma < BLACK_LUMA

    @property
    def blurred(self) -> bool:
        return self.sharpness < BLUR_SHARPNESS

    @property
    def covered(self) -> bool:
        return self.blurred and (self.luma < DARK_LUMA or self.contrast < FLAT_CONTRAST)

    @property
    def repeated(self) -> bool:
        return self.diff is not None and self.diff < FROZEN_DIFF


def frame_stats(frame: Frame, previous: Frame | None = None) -> tuple[FrameStats, Frame]:
    """Statistics of `frame` and its grey thumbnail (pass that as `previous` next time)."""
    grey = grey_thumbnail(frame)
    diff = mean_abs_diff(grey, previous) if previous is not None else None
    return FrameStats(mean_luma(grey), contrast(grey), sharpness(grey), diff), grey
