"""Microphones through PortAudio (sounddevice): finding one, recording a moment from it, and a
live level meter. The one-shot check and the meter open devices through the same code.

PortAudio reads its device list once, when it is initialised (sounddevice does that at
import). A sound server started later, or a USB microphone plugged in after launch, stays
invisible until PortAudio is initialised again: `refresh_devices()` is the one place that
does it. `find_input_device` calls it once on a miss, and never while a stream is open
(terminating PortAudio would cut that stream off).

Every driver call that could block (listing devices when given a timeout, opening, stopping
and closing a stream) runs on a daemon thread the caller only waits on with a timeout: a
wedged sound server or driver costs a stalled thread, never a hung check or GUI.

Levels are in dBFS with full scale = 1.0 and RMS taken plainly, so a sine of amplitude 0.5
reads -9.0 dBFS RMS and -6.0 dBFS peak (no +3 dB "AES17" sine correction). Digital silence
is -inf; callers that serialise a level must floor it themselves.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

import numpy as np
from numpy.typing import NDArray

log = logging.getLogger(__name__)

CLIP_LEVEL = 0.999
"""A sample at or above this share of full scale counts as clipped: converters saturate at
32767/32768 (0.99997), and resampling a clipped signal leaves it only near full scale."""

START_TIMEOUT_S = 3.0  # opening a stream and its first block; PulseAudio wakes in < 2 s
CLOSE_WAIT_S = 1.0  # how long to wait for a stream to close before leaving it to its thread
_POLL_S = 0.05

# PortAudio's PaErrorCode for a sample rate the device will not take.
_PA_INVALID_SAMPLE_RATE = -9997


class AudioError(Exception):
    """A microphone problem a technician can act on; `code` and `details` name it."""

    code = "audio_error"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.details: dict[str, Any] = details


class NoAudioBackend(AudioError):
    """PortAudio itself is missing or would not start: no device can be opened at all."""

    code = "no_backend"


class NoInputDevices(AudioError):
    """The sound system lists no input device whatsoever."""

    code = "no_devices"


class DeviceNotFound(AudioError):
    """Nothing matches the index or name asked for; details["available"] lists inputs."""

    code = "not_found"


class NotAnInputDevice(AudioError):
    """The index names a device with no inputs (a loudspeaker, say)."""

    code = "not_input"


class DeviceUnavailable(AudioError):
    """The device exists but will not open: busy, unplugged meanwhile, or refused."""

    code = "unavailable"


class DeviceStalled(AudioError):
    """The device did not open, or stopped delivering sound, within the time allowed."""

    code = "stalled"


class RecordingCancelled(AudioError):
    code = "cancelled"


class Cancel(Protocol):
    """What `record` needs of a cancel token (vcdesk.core.checks.result.CancelToken fits)."""

    @property
    def cancelled(self) -> bool: ...


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    hostapi: str
    default_samplerate: float
    max_input_channels: int


class Recording(NamedTuple):
    samples: NDArray[np.float32]  # mono, full scale = 1.0
    samplerate: int  # what the device really gave, which may differ from what was asked


@dataclass
class _Handoff:
    """A value produced on a worker thread; whoever gives up waiting leaves it to be
    cleaned up by the worker when (if ever) the driver call returns."""

    done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    abandoned: bool = False
    value: Any = None
    error: BaseException | None = None


# --- levels ----------------------------------------------------------------------------------


def rms_dbfs(samples: NDArray[Any]) -> float:
    """RMS level in dBFS; -inf for digital silence or no samples."""
    if samples.size == 0:
        return -math.inf
    mean_square = float(np.mean(np.square(samples, dtype=np.float64)))
    return 10.0 * math.log10(mean_square) if mean_square > 0 else -math.inf


def peak_dbfs(samples: NDArray[Any]) -> float:
    """Highest absolute sample in dBFS; -inf for digital silence or no samples."""
    if samples.size == 0:
        return -math.inf
    peak = float(np.max(np.abs(samples)))
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def clipping_pct(samples: NDArray[Any], level: float = CLIP_LEVEL) -> float:
    """Share of samples (percent) at or above `level` of full scale, either polarity."""
    if samples.size == 0:
        return 0.0
    return 100.0 * float(np.count_nonzero(np.abs(samples) >= level)) / samples.size


# --- PortAudio and its device list -----------------------------------------------------------

_state_lock = threading.Lock()
_open_streams = 0  # streams opening or open: PortAudio must not be re-initialised under them


def _sounddevice() -> Any:
    """sounddevice, imported on first use: importing it loads PortAudio, which may be absent."""
    try:
        import sounddevice
    except OSError as exc:  # "PortAudio library not found"
        raise NoAudioBackend(
            "The PortAudio sound library is not installed", error=str(exc)
        ) from exc
    except Exception as exc:  # PortAudioError from Pa_Initialize at import
        raise NoAudioBackend("The PortAudio sound library would not start", error=str(exc)) from exc
    return sounddevice


def open_stream_count() -> int:
    """Streams opening or open, abandoned ones included until their driver call returns."""
    return _open_streams  # no lock: a refresh may hold it for as long as a driver blocks


def refresh_devices() -> bool:
    """Re-initialise PortAudio so it lists devices (and sound servers) that appeared since it
    started. Returns False, changing nothing, while any stream is open."""
    sd = _sounddevice()
    with _state_lock:  # held throughout, so no stream opens on a half-initialised PortAudio
        if _open_streams:
            return False
        sd._terminate()
        try:
            sd._initialize()
        except sd.PortAudioError as exc:
            raise NoAudioBackend("PortAudio would not start again", error=str(exc)) from exc
    return True


def _input_device(info: dict[str, Any], hostapis: Any) -> InputDevice:
    return InputDevice(
        index=int(info["index"]),
        name=str(info["name"]),
        hostapi=str(hostapis[info["hostapi"]]["name"]),
        default_samplerate=float(info["default_samplerate"]),
        max_input_channels=int(info["max_input_channels"]),
    )


def find_input_device(spec: int | str | None, timeout: float | None = None) -> InputDevice:
    """None: the system's default input; int: that device index (it must have inputs);
    str: the input whose name equals it, else the first whose name contains it (case
    ignored). Raises an AudioError subclass naming what exists when nothing fits.

    Listing devices asks every sound server and driver, and a wedged one blocks that for
    minutes; with `timeout` the caller gets DeviceStalled (stage "list") instead."""
    device: InputDevice = _within(timeout, lambda: _find_or_refresh(spec))
    return device


def list_input_devices(timeout: float | None = None) -> list[InputDevice]:
    """Every sound input there is now, for a person to choose from. PortAudio's list is read
    again first (a microphone plugged in since vcdesk started shows up) unless a stream is
    open, when the list as it stands is given. Nothing is opened. `timeout`: as for
    find_input_device."""

    def listing() -> list[InputDevice]:
        refresh_devices()
        return _inputs(_sounddevice())[1]

    devices: list[InputDevice] = _within(timeout, listing)
    return devices


def _within(timeout: float | None, work: Callable[[], Any]) -> Any:
    """`work()` on a thread of its own, given up (DeviceStalled, stage "list") after
    `timeout` seconds: a wedged sound server must not hold its caller for minutes."""
    if timeout is None:
        return work()
    handoff = _Handoff()

    def run() -> None:
        try:
            handoff.value = work()
        except BaseException as exc:
            handoff.error = exc
        handoff.done.set()

    threading.Thread(target=run, name="list-audio-devices", daemon=True).start()
    if not handoff.done.wait(timeout):
        raise DeviceStalled(
            f"The sound system did not list its devices within {timeout:.1f} s",
            timeout_s=round(timeout, 1),
            stage="list",
        )
    if handoff.error is not None:
        raise handoff.error
    return handoff.value


def _inputs(sd: Any) -> tuple[list[Any], list[InputDevice]]:
    """(every device PortAudio lists, the input devices among them)."""
    hostapis = sd.query_hostapis()
    infos = list(sd.query_devices())
    return infos, [_input_device(i, hostapis) for i in infos if i["max_input_channels"] > 0]


def _find_or_refresh(spec: int | str | None) -> InputDevice:
    try:
        return _find(spec)
    except (DeviceNotFound, NoInputDevices):
        if not refresh_devices():
            raise
        return _find(spec)


def _find(spec: int | str | None) -> InputDevice:
    sd = _sounddevice()
    hostapis = sd.query_hostapis()
    infos, inputs = _inputs(sd)
    if not inputs:
        raise NoInputDevices("This computer has no sound input device")
    if spec is None:
        try:
            default = sd.query_devices(kind="input")
        except sd.PortAudioError as exc:
            raise DeviceNotFound(
                "There is no default input device", spec=None, available=_names(inputs)
            ) from exc
        return _input_device(default, hostapis)
    if isinstance(spec, int):
        if not 0 <= spec < len(infos):
            raise DeviceNotFound(f"There is no device {spec}", spec=spec, available=_names(inputs))
        info = infos[spec]
        if info["max_input_channels"] <= 0:
            raise NotAnInputDevice(
                f"Device {spec} ({info['name']}) has no inputs",
                spec=spec,
                name=str(info["name"]),
                available=_names(inputs),
            )
        return _input_device(info, hostapis)
    return pick_by_name(spec, inputs)


def pick_by_name(spec: str, inputs: list[InputDevice]) -> InputDevice:
    """An exact (case-insensitive) name wins over a substring match: a profile naming
    "USB Mic" must not get "USB Mic 2" just because it is listed first."""
    wanted = spec.strip().casefold()
    for device in inputs:
        if device.name.casefold() == wanted:
            return device
    for device in inputs:
        if wanted and wanted in device.name.casefold():
            return device
    raise DeviceNotFound(f"No input device matches {spec!r}", spec=spec, available=_names(inputs))


def _names(inputs: list[InputDevice]) -> list[str]:
    return [device.name for device in inputs]


def audio_error_from(exc: Exception, device: InputDevice) -> AudioError:
    """Turn a sounddevice.PortAudioError from opening `device` into a typed AudioError."""
    args: tuple[Any, ...] = exc.args
    text = str(args[0]) if args else str(exc)
    code = args[1] if len(args) > 1 and isinstance(args[1], int) else None
    extra: Any = args[2] if len(args) > 2 else None
    host_text = str(extra[2]) if isinstance(extra, tuple) and len(extra) == 3 else ""
    error = f"{text}: {host_text}" if host_text else text
    details = {"device": device.name, "index": device.index, "error": error, "pa_code": code}
    # Busy (paDeviceUnavailable, or the host's EBUSY), unplugged since it was listed
    # (paInvalidDevice) or refusing the format: the device is there but cannot be used now.
    return DeviceUnavailable(f"{device.name} could not be opened: {error}", **details)


# --- streams ---------------------------------------------------------------------------------

BlockCallback = Callable[[NDArray[np.float32]], None]


def _release_stream() -> None:
    global _open_streams
    with _state_lock:
        _open_streams -= 1


def _open_blocking(
    device: InputDevice, samplerate: int, on_block: BlockCallback, blocksize: int
) -> Any:
    """Open and start a mono float32 stream; falls back to the device's own rate when the
    one asked for is refused. Blocks for as long as the driver does."""
    sd = _sounddevice()

    def callback(indata: Any, frames: int, time_info: Any, status: Any) -> None:
        on_block(indata[:, 0])

    def open_at(rate: float) -> Any:
        return sd.InputStream(
            device=device.index,
            samplerate=rate,
            channels=1,
            dtype="float32",
            blocksize=blocksize,
            callback=callback,
        )

    try:
        try:
            stream = open_at(samplerate)
        except sd.PortAudioError as exc:
            refused_rate = len(exc.args) > 1 and exc.args[1] == _PA_INVALID_SAMPLE_RATE
            if not refused_rate or samplerate == device.default_samplerate:
                raise
            log.info(
                "%s refused %d Hz; using its default %g Hz",
                device.name,
                samplerate,
                device.default_samplerate,
            )
            stream = open_at(device.default_samplerate)
        stream.start()
    except sd.PortAudioError as exc:
        raise audio_error_from(exc, device) from exc
    return stream


def _close_blocking(stream: Any) -> None:
    try:
        stream.abort(ignore_errors=True)
        stream.close(ignore_errors=True)
    except Exception:
        log.warning("closing an input stream failed", exc_info=True)
    finally:
        _release_stream()


def _close_soon(stream: Any, wait_s: float = CLOSE_WAIT_S) -> None:
    """Close on a daemon thread; wait a little so the device is free again on return."""
    closer = threading.Thread(target=_close_blocking, args=(stream,), daemon=True)
    closer.start()
    closer.join(wait_s)
    if closer.is_alive():
        log.warning("input stream did not close within %.1f s; left to close on its own", wait_s)


def open_input_stream(
    device: InputDevice,
    samplerate: int,
    on_block: BlockCallback,
    *,
    blocksize: int = 0,
    timeout: float = START_TIMEOUT_S,
    cancel: Cancel | None = None,
) -> tuple[Any, int]:
    """Open and start a stream calling `on_block(mono_samples)` from PortAudio's thread.
    Returns (stream, real samplerate); close it with `close_input_stream`. Raises
    DeviceStalled when the driver has not answered within `timeout`."""
    handoff = _Handoff()

    def work() -> None:
        global _open_streams
        # Counted here, not by the caller: the lock is held while PortAudio re-initialises,
        # which a wedged sound server can stretch out, and only this thread may wait on it.
        with _state_lock:
            _open_streams += 1
        try:
            handoff.value = _open_blocking(device, samplerate, on_block, blocksize)
        except BaseException as exc:
            handoff.error = exc
            _release_stream()
        with handoff.lock:
            handoff.done.set()
            orphan = handoff.abandoned
        if orphan and handoff.value is not None:
            _close_blocking(handoff.value)

    threading.Thread(target=work, name=f"open-audio-{device.index}", daemon=True).start()
    give_up = time.monotonic() + timeout
    while not handoff.done.wait(_POLL_S):
        cancelled = cancel is not None and cancel.cancelled
        if cancelled or time.monotonic() >= give_up:
            with handoff.lock:
                if not handoff.done.is_set():
                    handoff.abandoned = True
                    if cancelled:
                        raise RecordingCancelled("Cancelled while opening the microphone")
                    raise DeviceStalled(
                        f"{device.name} did not open within {timeout:.1f} s",
                        device=device.name,
                        index=device.index,
                        timeout_s=round(timeout, 1),
                        stage="open",
                    )
            break
    if handoff.error is not None:
        raise handoff.error
    stream = handoff.value
    return stream, round(float(stream.samplerate))


def close_input_stream(stream: Any) -> None:
    _close_soon(stream)


def record(
    device: InputDevice,
    seconds: float,
    samplerate: int,
    cancel: Cancel | None = None,
    *,
    start_timeout: float = START_TIMEOUT_S,
) -> Recording:
    """Record `seconds` of mono sound. Stops early with RecordingCancelled when `cancel` is
    set, and with DeviceStalled when the device opens or starts delivering too slowly
    (`start_timeout`), or stops delivering before the end."""
    blocks: list[NDArray[np.float32]] = []
    got = [0]
    wanted = [0]  # frames; known only once the device has told its real rate
    first = threading.Event()
    full = threading.Event()

    def on_block(samples: NDArray[np.float32]) -> None:
        if full.is_set():
            return
        blocks.append(samples.copy())
        got[0] += len(samples)
        first.set()
        if wanted[0] and got[0] >= wanted[0]:
            full.set()

    began = time.monotonic()
    stream, rate = open_input_stream(
        device, samplerate, on_block, timeout=start_timeout, cancel=cancel
    )
    try:
        wanted[0] = max(1, math.ceil(seconds * rate))
        if got[0] >= wanted[0]:
            full.set()
        first_by = began + start_timeout
        full_by = time.monotonic() + seconds + start_timeout
        while not full.wait(_POLL_S):
            now = time.monotonic()
            if cancel is not None and cancel.cancelled:
                raise RecordingCancelled("Cancelled while recording")
            if (not first.is_set() and now >= first_by) or now >= full_by:
                raise DeviceStalled(
                    f"{device.name} delivered {got[0]} of {wanted[0]} samples in time",
                    device=device.name,
                    index=device.index,
                    frames=got[0],
                    wanted_frames=wanted[0],
                    timeout_s=round(start_timeout, 1),
                    stage="record",
                )
    finally:
        _close_soon(stream)
    samples = np.concatenate(blocks)[: wanted[0]].astype(np.float32, copy=False)
    return Recording(samples, rate)


class LevelMeter:
    """A live level meter: `on_level(rms_dbfs, peak_dbfs)` once per block, called from
    PortAudio's thread (a GUI adapter re-posts it to its own thread). Peak hold and ballistics
    belong to the consumer. Levels may be -inf (digital silence)."""

    def __init__(
        self,
        device: InputDevice,
        on_level: Callable[[float, float], None],
        samplerate: int = 48000,
        block_seconds: float = 0.05,
    ) -> None:
        self.device = device
        self.samplerate = samplerate
        self._on_level = on_level
        self._block_seconds = block_seconds
        self._stream: Any = None
        self._active = threading.Event()  # blocks arriving outside start..stop are dropped
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        return self._stream is not None

    def start(self, timeout: float = START_TIMEOUT_S) -> int:
        """Open the device; returns the sample rate it really gives. Raises AudioError."""
        with self._lock:
            if self._stream is not None:
                return self.samplerate
            # The block size needs a rate before the device has told its own; ask for the
            # wanted one, and a refused rate only shortens or lengthens blocks a little.
            blocksize = max(64, int(self.samplerate * self._block_seconds))
            self._active.set()
            try:
                self._stream, self.samplerate = open_input_stream(
                    self.device, self.samplerate, self._block, blocksize=blocksize, timeout=timeout
                )
            except BaseException:
                self._active.clear()
                raise
            return self.samplerate

    def stop(self) -> None:
        with self._lock:
            self._active.clear()
            stream, self._stream = self._stream, None
        if stream is not None:
            _close_soon(stream)

    def _block(self, samples: NDArray[np.float32]) -> None:
        if not self._active.is_set():
            return  # a block already in flight when stop() was called
        try:
            self._on_level(rms_dbfs(samples), peak_dbfs(samples))
        except Exception:  # an exception would abort PortAudio's stream
            log.exception("level meter callback failed")
