"""The microphone: record a moment from the room's input and judge its level.

The value is the RMS level in dBFS (full scale = 1.0, so a sine of amplitude 0.5 reads
-9.0). Digital silence (every sample zero) has no finite level: `value`, `rms_dbfs` and
`peak_dbfs` then hold LEVEL_FLOOR_DBFS (-120) and `digital_silence` is true, so results stay
valid JSON. Any level below the floor is reported as the floor too.

Clipping above max_clipping_pct FAILS rather than warns: the room's recording is kept as the
meeting's record, and distortion baked into it cannot be repaired afterwards, while the fix
(turn the input gain down) takes seconds before the meeting starts. A little clipping within
the limit passes, with its share in the details.

`optional` excuses only an absent microphone (no such device, no input at all): a broken
sound installation, a busy or a stalled device still fails.

A sample rate other than the profile's WARNS: the microphone works, but conferencing or
recording software may resample or pick another setting.

The result holds codes and values, never words (vcdesk.core.words.checks words them).
Codes and their detail keys (besides those listed, every result carries the room's limits
`min_level_dbfs` and `max_clipping_pct`, and every outcome that reached the device carries
`device`, `index`, `hostapi`; `error` is the sound library's own text, a value shown inside
the sentence):
- microphone.ok / microphone.samplerate_differs (warn) / microphone.silent /
  microphone.clipping: rms_dbfs, peak_dbfs, clipping_pct, digital_silence,
  level_floor_dbfs, samplerate, requested_samplerate, seconds
- microphone.not_found: spec (None: no default input), available (input device names)
- microphone.not_input: spec, name, available
- microphone.no_devices: (none)
- microphone.no_backend: error
- microphone.unavailable: device, index, error, pa_code
- microphone.stalled: timeout_s, stage: "list" (the sound system did not list its
  devices), "open" or "record" (then also device, index; and for "record" frames,
  wanted_frames), or "deadline" (the runner's time limit came first; timeout_s None)
- microphone.absent (skip; the section is optional): cause (one of the codes above for a
  missing device), plus that cause's details
- cancelled (skip): the limits only
"""

from __future__ import annotations

import math
import time
from typing import Any

from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.devices import audio
from vcdesk.core.profile.model import Microphone

LEVEL_FLOOR_DBFS = -120.0

CODES = (
    "microphone.ok",
    "microphone.samplerate_differs",
    "microphone.silent",
    "microphone.clipping",
    "microphone.not_found",
    "microphone.not_input",
    "microphone.no_devices",
    "microphone.no_backend",
    "microphone.unavailable",
    "microphone.stalled",
    "microphone.absent",
    "cancelled",
)

_ABSENT = (audio.DeviceNotFound, audio.NotAnInputDevice, audio.NoInputDevices)


def run(section: Microphone, cancel: CancelToken) -> CheckResult:
    limits = _limits(section)
    try:
        device = audio.find_input_device(
            section.device, timeout=cancel.remaining(audio.START_TIMEOUT_S)
        )
        cancel.raise_if_cancelled()
        recording = audio.record(
            device,
            section.record_seconds,
            section.samplerate,
            cancel,
            start_timeout=cancel.remaining(audio.START_TIMEOUT_S),
        )
    except audio.RecordingCancelled:
        if _past_deadline(cancel):
            return _fail("microphone.stalled", {**limits, "timeout_s": None, "stage": "deadline"})
        return CheckResult("microphone", Status.SKIP, "cancelled", None, "dBFS", details=limits)
    except audio.AudioError as exc:
        return _device_problem(exc, section)
    return _judge(section, device, recording)


def _limits(section: Microphone) -> dict[str, Any]:
    """The room's limits, in every result: what `required` words ("≥ -50 dBFS")."""
    return {
        "min_level_dbfs": section.min_level_dbfs,
        "max_clipping_pct": section.max_clipping_pct,
    }


def _judge(
    section: Microphone, device: audio.InputDevice, recording: audio.Recording
) -> CheckResult:
    rms = audio.rms_dbfs(recording.samples)
    peak = audio.peak_dbfs(recording.samples)
    clipped = audio.clipping_pct(recording.samples)
    level = max(rms, LEVEL_FLOOR_DBFS)
    details: dict[str, Any] = {
        **_about(device),
        "rms_dbfs": round(level, 1),
        "peak_dbfs": round(max(peak, LEVEL_FLOOR_DBFS), 1),
        "clipping_pct": round(clipped, 2),
        "digital_silence": rms == -math.inf,
        "level_floor_dbfs": LEVEL_FLOOR_DBFS,
        "samplerate": recording.samplerate,
        "requested_samplerate": section.samplerate,
        "seconds": round(len(recording.samples) / recording.samplerate, 2),
        **_limits(section),
    }

    def result(status: Status, code: str) -> CheckResult:
        return CheckResult("microphone", status, code, round(level, 1), "dBFS", details=details)

    # A level at the floor is silence even where the room's minimum is the floor itself.
    if rms < section.min_level_dbfs or level <= LEVEL_FLOOR_DBFS:
        return result(Status.FAIL, "microphone.silent")
    if clipped > section.max_clipping_pct:
        return result(Status.FAIL, "microphone.clipping")
    if recording.samplerate != section.samplerate:
        return result(Status.WARN, "microphone.samplerate_differs")
    return result(Status.PASS, "microphone.ok")


def _device_problem(exc: audio.AudioError, section: Microphone) -> CheckResult:
    details = {**_limits(section), **exc.details}
    code = f"microphone.{exc.code}"
    if section.optional and isinstance(exc, _ABSENT):
        return CheckResult(
            "microphone",
            Status.SKIP,
            "microphone.absent",
            None,
            "dBFS",
            details={"cause": code, **details},
        )
    return _fail(code, details)


def _fail(code: str, details: dict[str, Any]) -> CheckResult:
    return CheckResult("microphone", Status.FAIL, code, None, "dBFS", details=details)


def _about(device: audio.InputDevice) -> dict[str, Any]:
    return {"device": device.name, "index": device.index, "hostapi": device.hostapi}


def _past_deadline(cancel: CancelToken) -> bool:
    return cancel.deadline is not None and time.monotonic() >= cancel.deadline
