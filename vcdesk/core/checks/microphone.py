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

Codes and their detail keys (besides those listed, every outcome that reached the device
carries `device`, `index`, `hostapi`):
- microphone.ok / microphone.samplerate_differs (warn) / microphone.silent /
  microphone.clipping: rms_dbfs, peak_dbfs, clipping_pct, digital_silence,
  level_floor_dbfs, samplerate, requested_samplerate, seconds, min_level_dbfs,
  max_clipping_pct
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
- cancelled (skip): none
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
    threshold = f">= {section.min_level_dbfs:g} dBFS"
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
            return _fail(
                "microphone.stalled",
                "The microphone did not deliver its sound before the check's time limit: "
                "replug it or restart the computer's sound system.",
                threshold,
                {"timeout_s": None, "stage": "deadline"},
            )
        return CheckResult("microphone", Status.SKIP, "Cancelled.", "cancelled")
    except audio.AudioError as exc:
        return _device_problem(exc, section, threshold)
    return _judge(section, device, recording, threshold)


def _judge(
    section: Microphone,
    device: audio.InputDevice,
    recording: audio.Recording,
    threshold: str,
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
        "min_level_dbfs": section.min_level_dbfs,
        "max_clipping_pct": section.max_clipping_pct,
    }
    name = device.name
    value = round(level, 1)

    def result(status: Status, code: str, message: str) -> CheckResult:
        return CheckResult("microphone", status, message, code, value, "dBFS", threshold, details)

    # A level at the floor is silence even where the room's minimum is the floor itself.
    if rms < section.min_level_dbfs or level <= LEVEL_FLOOR_DBFS:
        heard = (
            "nothing at all (every sample is zero)"
            if details["digital_silence"]
            else f"only {level:.1f} dBFS"
        )
        return result(
            Status.FAIL,
            "microphone.silent",
            f"The microphone {name} hears {heard}; this room needs at least "
            f"{section.min_level_dbfs:g} dBFS. Speak into the microphone; is it muted or the "
            "wrong device?",
        )
    if clipped > section.max_clipping_pct:
        return result(
            Status.FAIL,
            "microphone.clipping",
            f"The microphone {name} is clipping: {clipped:.1f} % of samples are at full scale "
            f"(peak {details['peak_dbfs']:.1f} dBFS); this room allows "
            f"{section.max_clipping_pct:g} %. Turn the microphone's input gain down, or move "
            "it away from the loudspeakers.",
        )
    if recording.samplerate != section.samplerate:
        return result(
            Status.WARN,
            "microphone.samplerate_differs",
            f"The microphone {name} works ({level:.1f} dBFS) but records at "
            f"{recording.samplerate} Hz, not the {section.samplerate} Hz this room asks for: "
            "set its sample rate in the computer's sound settings.",
        )
    return result(
        Status.PASS,
        "microphone.ok",
        f"The microphone {name} hears {level:.1f} dBFS (peak {details['peak_dbfs']:.1f} dBFS) "
        f"at {recording.samplerate} Hz.",
    )


def _device_problem(exc: audio.AudioError, section: Microphone, threshold: str) -> CheckResult:
    details = dict(exc.details)
    code = f"microphone.{exc.code}"
    if section.optional and isinstance(exc, _ABSENT):
        return CheckResult(
            "microphone",
            Status.SKIP,
            f"No microphone found ({exc}); it is optional in this room, so it is not checked.",
            "microphone.absent",
            None,
            "dBFS",
            threshold,
            {"cause": code, **details},
        )
    available = ", ".join(details.get("available", ())) or "none"
    device = details.get("device", "")
    messages = {
        "microphone.not_found": (
            (
                "This computer has no default microphone"
                if details.get("spec") is None
                else f"No microphone matches {details.get('spec')!r}"
            )
            + f". Microphones on this computer: {available}. Plug the microphone in, or "
            "correct microphone.device in the room profile."
        ),
        "microphone.not_input": (
            f"Device {details.get('spec')} ({details.get('name')}) is not a microphone: it has "
            f"no inputs. Microphones on this computer: {available}. Correct "
            "microphone.device in the room profile."
        ),
        "microphone.no_devices": (
            "This computer has no microphone or other sound input at all: plug the "
            "microphone in, and check that the computer's sound system is running."
        ),
        "microphone.no_backend": (
            f"No microphone can be opened: the PortAudio sound library is missing or broken "
            f"({details.get('error')}). Install it (Debian/Ubuntu: apt-get install "
            "libportaudio2) or reinstall vcdesk."
        ),
        "microphone.unavailable": (
            f"The microphone {device} cannot be opened ({details.get('error')}). Close other "
            "programs that may be using it (another meeting app?), or replug it."
        ),
        "microphone.stalled": (
            "The computer's sound system did not answer within "
            f"{details.get('timeout_s')} s when asked for its devices: restart the sound "
            "system, or the computer."
            if details.get("stage") == "list"
            else f"The microphone {device} did not deliver sound within "
            f"{details.get('timeout_s')} s: replug it or restart the computer's sound system."
        ),
    }
    message = messages.get(code, f"The microphone could not be checked: {exc}.")
    return _fail(code, message, threshold, details)


def _fail(code: str, message: str, threshold: str, details: dict[str, Any]) -> CheckResult:
    return CheckResult("microphone", Status.FAIL, message, code, None, "dBFS", threshold, details)


def _about(device: audio.InputDevice) -> dict[str, Any]:
    return {"device": device.name, "index": device.index, "hostapi": device.hostapi}


def _past_deadline(cancel: CancelToken) -> bool:
    return cancel.deadline is not None and time.monotonic() >= cancel.deadline
