"""Live camera picture and microphone level, for the Checklist page.

Each stream runs on a plain Python thread of its own: opening a camera or a microphone can
block for seconds inside OpenCV or a sound driver, so the UI thread never does it. Opening
goes through the same core code as the one-shot checks (vcdesk.core.devices).

Everything a worker reports travels to the UI thread through one queued internal signal
tagged with the run it belongs to; a report from a run that has since been stopped is
dropped there. So once `stop()` has returned, no frame or level of the old run shows up,
even if its thread is still finishing a driver call. Pictures are handed over "latest
wins": if the UI is busy, older frames are replaced rather than queued, so a slow UI costs
frames, never memory.

`stop()` waits at most JOIN_S for the worker to let go of the device. A worker stuck in a
driver call is left to finish (it releases the device itself); the next `start()` waits on
its own thread for that one to end before opening the device again.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import math
import sys
import threading
import time
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

from vcdesk.core.devices import audio
from vcdesk.core.devices.video import (
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
    open_capture,
    redact_url,
)
from vcdesk.core.profile.model import Camera, Microphone

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 640  # frames wider than this are scaled down before they leave the worker
PREVIEW_FPS = 15.0  # pictures handed to the UI per second, at most
INFO_EVERY_S = 1.0  # how often size and measured rate are reported
RATE_WINDOW_S = 2.0  # the measured rate is taken over this much recent time
WARMUP_S = 0.5  # frames of a live source are counted from this long after it opened
READ_TIMEOUT_S = 2.0  # a live stream silent this long counts as ended
RETRY_S = 3.0  # after a failure, try the device again this often (it may be plugged in)
JOIN_S = 1.0  # stop() waits this long for a worker to release its device
LEVEL_BLOCK_S = 0.05  # one level per 50 ms block: 20 a second
LEVEL_STALL_S = 2.0  # no block for this long: the microphone stopped delivering
CLIP_DBFS = 20.0 * math.log10(audio.CLIP_LEVEL)  # a peak at or above this is a clipped sample


class _DeviceStream(QObject):
    """Thread handling shared by the camera preview and the level monitor."""

    error = Signal(str)  # what went wrong and what to do; the worker retries by itself
    absent = Signal(str)  # an optional device is not there: said calmly, not as an error

    # (run, kind, payload) from a worker thread; queued to this object's (UI) thread.
    _report = Signal(int, str, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._run = 0  # which start() the current worker belongs to
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._previous: threading.Thread | None = None  # a stopped worker still finishing
        self._section: Any = None
        self._report.connect(self._relay, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """A worker has been started and not stopped (it may still be opening)."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def section(self) -> Any:
        """The profile section the running worker was started for; None when stopped."""
        return self._section if self.running else None

    @property
    def worker_alive(self) -> bool:
        """Any worker thread of this stream, a stopped one still finishing included."""
        return any(t is not None and t.is_alive() for t in (self._thread, self._previous))

    def stop(self, timeout: float = JOIN_S, wait: bool = True) -> bool:
        """Stop and release the device; True if it was released within `timeout`. With
        `wait=False` it returns at once (the UI thread's way): `wait_released` or the next
        start waits for the release instead."""
        self._run += 1  # reports of the stopped run are dropped from now on
        self._stop.set()
        thread, self._thread = self._thread, None
        self._section = None
        if thread is None:
            return True
        if not wait:
            self._previous = thread
            return not thread.is_alive()
        thread.join(timeout)
        if thread.is_alive():
            log.warning("%s still busy in a driver call; left to release it", self._name)
            self._previous = thread
            return False
        return True

    def wait_released(self, timeout: float = JOIN_S) -> bool:
        """Block until a stopped worker has let go of its device (any thread but the UI's)."""
        previous = self._previous
        if previous is None:
            return True
        previous.join(timeout)
        return not previous.is_alive()

    def _launch(self, section: Any, target: Any) -> None:
        if self.running and section == self._section:
            return
        self.stop(wait=False)  # the new worker waits for the old one's release itself
        self._run += 1
        self._stop = threading.Event()
        self._section = section
        previous, self._previous = self._previous, None
        self._thread = threading.Thread(
            target=self._guarded,
            args=(target, self._run, section, self._stop, previous),
            name=self._name,
            daemon=True,
        )
        self._thread.start()

    def _guarded(
        self,
        target: Any,
        run: int,
        section: Any,
        stop: threading.Event,
        previous: threading.Thread | None,
    ) -> None:
        # The device may still be held by a worker that was stopped but is finishing.
        while previous is not None and previous.is_alive() and not stop.is_set():
            previous.join(0.1)
        if stop.is_set():
            return
        try:
            target(run, section, stop)
        except Exception:  # a worker never dies silently: the operator sees something
            if stop.is_set():
                return  # stopped meanwhile; the page (even the console) may be gone
            log.exception("%s failed", self._name)
            with contextlib.suppress(RuntimeError):
                message = self.tr("The live view stopped because of an internal error.")
                self._send(run, "error", message)

    def _send(self, run: int, kind: str, payload: object = None) -> None:
        # RuntimeError: the console closed while this worker was finishing.
        with contextlib.suppress(RuntimeError):
            self._report.emit(run, kind, payload)

    @Slot(int, str, object)
    def _relay(self, run: int, kind: str, payload: object) -> None:
        if run != self._run:
            return  # from a run that has been stopped since
        if kind == "error":
            self.error.emit(str(payload))
        elif kind == "absent":
            self.absent.emit(str(payload))
        else:
            self._deliver(kind, payload)

    def _deliver(self, kind: str, payload: object) -> None:
        raise NotImplementedError


# --- camera -------------------------------------------------------------------------------


def frame_to_image(frame: Frame, max_width: int = PREVIEW_WIDTH) -> QImage:
    """A QImage of its own (RGB32, the format painting is fastest with), at most
    `max_width` wide."""
    height, width = frame.shape[:2]
    if width > max_width:
        size = (max_width, max(1, round(height * max_width / width)))
        frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
        height, width = frame.shape[:2]
    frame = np.ascontiguousarray(frame)
    if frame.ndim == 2:
        fmt = QImage.Format.Format_Grayscale8
    elif frame.shape[2] == 4:
        fmt = QImage.Format.Format_ARGB32  # OpenCV's BGRA is ARGB32 in little-endian memory
    else:
        fmt = QImage.Format.Format_BGR888
    borrowed = QImage(frame.data, width, height, frame.strides[0], fmt)
    # The conversion makes a deep copy: `borrowed` only points into the numpy buffer,
    # which OpenCV reuses for the next frame.
    return borrowed.convertToFormat(QImage.Format.Format_RGB32)


class _Rate:
    """Frames per second over the last RATE_WINDOW_S."""

    def __init__(self) -> None:
        self.times: collections.deque[float] = collections.deque()

    def tick(self, now: float) -> None:
        self.times.append(now)
        while self.times[0] < now - RATE_WINDOW_S:
            self.times.popleft()

    @property
    def fps(self) -> float:
        if len(self.times) < 2:
            return 0.0
        span = self.times[-1] - self.times[0]
        return (len(self.times) - 1) / span if span > 0 else 0.0


class CameraPreview(_DeviceStream):
    """`start(camera_section)` shows the room's camera; `stop()` releases it.

    frame(QImage): the latest picture, at most PREVIEW_WIDTH wide, at most PREVIEW_FPS a
    second. info(width, height, fps): the camera's own size and its measured rate, once a
    second. error(str) / absent(str): no picture, and why; the preview keeps retrying."""

    frame = Signal(QImage)
    info = Signal(int, int, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("camera-preview", parent)
        # The newest picture not yet handed to the UI, tagged with its run: a picture a
        # stopped worker left behind must neither show nor hold up the next run's notices.
        self._latest: tuple[int, QImage] | None = None
        self._latest_lock = threading.Lock()

    def start(self, section: Camera) -> None:
        self._launch(section, self._work)

    def stop(self, timeout: float = JOIN_S, wait: bool = True) -> bool:
        with self._latest_lock:
            self._latest = None
        return super().stop(timeout, wait)

    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "frame":
            with self._latest_lock:
                latest, self._latest = self._latest, None
            if latest is not None and latest[0] == self._run:
                self.frame.emit(latest[1])
        elif kind == "info" and isinstance(payload, tuple):
            width, height, fps = payload
            self.info.emit(width, height, fps)

    # -- the worker --------------------------------------------------------------------

    def _work(self, run: int, section: Camera, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                capture = open_capture(
                    section.source,
                    section.open_timeout_s,
                    request=Request(section.min_width, section.min_height, section.min_fps),
                    read_timeout_s=READ_TIMEOUT_S,
                    cancelled=stop.is_set,
                )
            except OpenCancelled:
                return
            except CameraError as exc:
                optional_and_absent = section.optional and isinstance(exc, CameraNotFound)
                kind = "absent" if optional_and_absent else "error"
                self._send(run, kind, self._problem(section, exc))
                if stop.wait(RETRY_S):
                    return
                continue
            try:
                ended = self._stream(run, capture, stop)
            finally:
                capture.release()
            if ended and capture.source.live:
                self._send(run, "error", self._ended(capture.source, section))
                if stop.wait(RETRY_S):
                    return
            # A file that cannot be rewound is opened again, so it still loops; the pause
            # keeps a file that opens but will not play from spinning a core.
            elif ended and stop.wait(0.2):
                return

    def _stream(self, run: int, capture: Capture, stop: threading.Event) -> bool:
        """Read until stopped (False) or until the source ends (True)."""
        cap = capture.cap  # grab() and retrieve(): only the frames shown are converted
        gap = 1.0 / capture.nominal_fps if capture.nominal_fps else 1.0 / 25
        post_gap = 1.0 / PREVIEW_FPS
        rate = _Rate()
        now = time.monotonic()
        # A live source's first frames come in a burst from buffers: not its rate.
        count_from = now + (WARMUP_S if capture.source.live else 0.0)
        height, width = capture.first_frame.shape[:2]
        self._post(run, capture.first_frame, stop)
        next_read = now + gap
        next_post = now + post_gap
        next_info = now + INFO_EVERY_S
        while not stop.is_set():
            if not capture.source.live:
                # A file decodes as fast as the machine can: play it at its own rate.
                delay = next_read - time.monotonic()
                if delay > 0 and stop.wait(delay):
                    break
                next_read = max(next_read + gap, time.monotonic() - gap)
            if not cap.grab():
                if capture.source.live or not _rewind(cap):
                    return True
                continue
            now = time.monotonic()
            if now >= count_from:
                rate.tick(now)
            # Half a source frame of slack, so a 30 fps source shows every other frame.
            if now >= next_post - gap / 2:
                next_post = max(next_post + post_gap, now)
                ok, frame = cap.retrieve()
                if ok and frame is not None and frame.size:
                    height, width = frame.shape[:2]
                    self._post(run, frame, stop)
            if now >= next_info:
                next_info = now + INFO_EVERY_S
                self._send(run, "info", (int(width), int(height), round(rate.fps, 1)))
        return False

    def _post(self, run: int, frame: Frame, stop: threading.Event) -> None:
        image = frame_to_image(frame)
        if stop.is_set():
            return
        with self._latest_lock:
            waiting = self._latest is not None and self._latest[0] == run
            self._latest = (run, image)
        if not waiting:  # one notice at a time: the UI takes whatever is latest
            self._send(run, "frame")

    # -- words for people --------------------------------------------------------------

    def _who(self, source: Source | None, section: Camera) -> str:
        if source is None:
            return self.tr("The camera %1").replace("%1", str(section.source))
        if source.kind is SourceKind.FILE:
            return self.tr("The video file %1").replace("%1", str(source.target))
        if source.kind is SourceKind.URL:
            return self.tr("The camera stream %1").replace("%1", redact_url(str(source.target)))
        target = source.target
        if isinstance(target, int) and sys.platform.startswith("linux"):
            target = f"{target} (/dev/video{target})"
        name = f"“{source.name}”" if source.name else str(target)
        return self.tr("Camera %1").replace("%1", name)

    def _problem(self, section: Camera, exc: CameraError) -> str:
        who = self._who(exc.source, section)
        kind = exc.source.kind if exc.source is not None else SourceKind.DEVICE
        if isinstance(exc, CameraNotFound):
            if section.optional:
                return self.tr("No camera is connected. This room marks its camera optional.")
            if kind is SourceKind.FILE:
                text = self.tr("%1 does not exist: correct camera.source in the room profile.")
            elif kind is SourceKind.URL:
                text = self.tr(
                    "%1 cannot be reached (%2): check that the camera is on, its address "
                    "and the network."
                )
            else:
                text = self.tr(
                    "%1 was not found: connect the camera, or correct camera.source in the "
                    "room profile."
                )
        elif isinstance(exc, CameraBusy):
            text = self.tr(
                "%1 is in use by another program (Zoom, Teams, OBS or a browser?): close "
                "that program. The preview tries again by itself."
            )
        elif isinstance(exc, CameraTimeout):
            text = self.tr("%1 gave no picture in time: check its power and its cable or network.")
        else:
            text = self.tr("%1 could not be opened (%2): check camera.source in the room profile.")
        return text.replace("%1", who).replace("%2", exc.reason)

    def _ended(self, source: Source, section: Camera) -> str:
        return self.tr(
            "%1 stopped giving pictures: check its cable or network. Trying again…"
        ).replace("%1", self._who(source, section))


def _rewind(cap: cv2.VideoCapture) -> bool:
    """Back to the first frame of a file, so the preview loops."""
    try:
        return bool(cap.set(cv2.CAP_PROP_POS_FRAMES, 0)) and bool(cap.grab())
    except cv2.error:
        return False


# --- microphone ---------------------------------------------------------------------------


class MicLevelMonitor(_DeviceStream):
    """`start(microphone_section)` meters the room's microphone; `stop()` releases it.

    level(rms_dbfs, peak_dbfs, clipping) about 20 times a second (levels may be -inf:
    digital silence); info(device_name, samplerate) once the device is open;
    error(str) / absent(str) when it cannot be, and the monitor keeps retrying."""

    level = Signal(float, float, bool)
    info = Signal(str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("mic-level", parent)

    def start(self, section: Microphone) -> None:
        self._launch(section, self._work)

    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "level" and isinstance(payload, tuple):
            rms, peak, clipping = payload
            self.level.emit(rms, peak, clipping)
        elif kind == "info" and isinstance(payload, tuple):
            name, rate = payload
            self.info.emit(name, rate)

    def _work(self, run: int, section: Microphone, stop: threading.Event) -> None:
        last_block = [time.monotonic()]

        def on_level(rms: float, peak: float) -> None:  # PortAudio's thread
            last_block[0] = time.monotonic()
            if not stop.is_set():
                self._send(run, "level", (rms, peak, peak >= CLIP_DBFS))

        while not stop.is_set():
            try:
                device = audio.find_input_device(section.device, timeout=audio.START_TIMEOUT_S)
                if stop.is_set():
                    return
                meter = audio.LevelMeter(device, on_level, section.samplerate, LEVEL_BLOCK_S)
                rate = meter.start(timeout=audio.START_TIMEOUT_S)
            except audio.AudioError as exc:
                absent = section.optional and isinstance(
                    exc, audio.DeviceNotFound | audio.NoInputDevices | audio.NotAnInputDevice
                )
                self._send(run, "absent" if absent else "error", self._problem(section, exc))
                if stop.wait(RETRY_S):
                    return
                continue
            try:
                self._send(run, "info", (device.name, rate))
                last_block[0] = time.monotonic()
                stalled = False
                while not stop.wait(0.2):
                    if time.monotonic() - last_block[0] > LEVEL_STALL_S:
                        stalled = True
                        break
            finally:
                meter.stop()
            if stalled:
                self._send(run, "error", self._stalled(device.name))
                if stop.wait(RETRY_S):
                    return

    def _problem(self, section: Microphone, exc: audio.AudioError) -> str:
        d = exc.details
        if section.optional and isinstance(
            exc, audio.DeviceNotFound | audio.NoInputDevices | audio.NotAnInputDevice
        ):
            return self.tr("No microphone is connected. This room marks its microphone optional.")
        if isinstance(exc, audio.NoAudioBackend):
            return self.tr(
                "The sound library (PortAudio) is missing or would not start, so no "
                "microphone can be opened: reinstall vcdesk with its sound support."
            )
        if isinstance(exc, audio.NoInputDevices):
            return self.tr("This computer has no sound input: connect a microphone.")
        if isinstance(exc, audio.DeviceNotFound):
            present = ", ".join(d.get("available") or []) or "–"
            if section.device is None:
                text = self.tr(
                    "There is no default microphone: choose one in the system's sound "
                    "settings, or name one in microphone.device. Inputs present: %2."
                )
            else:
                text = self.tr(
                    "No microphone matches “%1”: connect it, or correct microphone.device "
                    "in the room profile. Inputs present: %2."
                )
            return text.replace("%1", str(section.device)).replace("%2", present)
        if isinstance(exc, audio.NotAnInputDevice):
            return self.tr(
                "Device %1 is not a microphone: correct microphone.device in the room profile."
            ).replace("%1", str(d.get("name") or section.device))
        if isinstance(exc, audio.DeviceUnavailable):
            return self.tr(
                "%1 will not open: another program may hold it, or it was unplugged. The "
                "meter tries again by itself."
            ).replace("%1", str(d.get("device") or section.device))
        return self._stalled(str(d.get("device") or section.device or ""))

    def _stalled(self, name: str) -> str:
        return self.tr(
            "The microphone %1 does not answer: replug it or restart the computer's sound "
            "system. Trying again…"
        ).replace("%1", name)
