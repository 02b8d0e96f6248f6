"""The words of the checklist: each check's name, what it measured, what the room requires
and what its outcome means, from the result's id, code and details. A code without words
here is shown as the code itself (tests/test_wording.py fails first).

Every template is marked with QT_TRANSLATE_NOOP("checks", ...) so `lupdate` finds it, and is
translated when shown. Templates are str.format() strings filled from the result's details
(plus a few values derived here, see `_values`), their numbers written the way the UI
language writes them (vcdesk.core.words.formats); a translation keeps every {name} of its source.
tests/test_wording.py checks that every code each check module lists has words here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeGuard

from vcdesk.core.checks.result import CheckResult
from vcdesk.core.words import QT_TRANSLATE_NOOP, current, fill, number, tr
from vcdesk.core.words.meetings import flag_text
from vcdesk.core.words.schedule import problem_text

CONTEXT = "checks"
CHECK_IDS = ("camera", "microphone", "cpu", "memory", "disk", "power", "network", "licence")


def _tr(text: object) -> str:
    return tr(CONTEXT, str(text))


_NAMES = {
    "camera": QT_TRANSLATE_NOOP("checks", "Camera"),
    "microphone": QT_TRANSLATE_NOOP("checks", "Microphone"),
    "cpu": QT_TRANSLATE_NOOP("checks", "Processor"),
    "memory": QT_TRANSLATE_NOOP("checks", "Memory"),
    "disk": QT_TRANSLATE_NOOP("checks", "Recording disk"),
    "power": QT_TRANSLATE_NOOP("checks", "Power / UPS"),
    "network": QT_TRANSLATE_NOOP("checks", "Network"),
    "licence": QT_TRANSLATE_NOOP("checks", "Licence"),
}


def check_name(check_id: str) -> str:
    return _tr(_NAMES[check_id]) if check_id in _NAMES else check_id


# --- measured value and requirement --------------------------------------------------------

_UNITS = {
    "fps": QT_TRANSLATE_NOOP("checks", "fps"),
    "MB": QT_TRANSLATE_NOOP("checks", "MB"),
    "GB": QT_TRANSLATE_NOOP("checks", "GB"),
    "Mbit/s": QT_TRANSLATE_NOOP("checks", "Mbit/s"),
    "ms": QT_TRANSLATE_NOOP("checks", "ms"),
    "min": QT_TRANSLATE_NOOP("checks", "min"),
    "s": QT_TRANSLATE_NOOP("checks", "s"),
}  # "%", "dBFS" and "Hz" read the same in every language


def unit(symbol: str) -> str:
    return _tr(_UNITS[symbol]) if symbol in _UNITS else symbol


def _figure(value: float) -> str:
    """Three figures where they mean something: "23.461", "80", "29,8"."""
    if abs(value) >= 100 or float(value).is_integer():
        return number(value, ",.0f")
    return number(value, ".1f")


def _finite(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def measured(result: CheckResult) -> str:
    """What the check measured, with its unit: "1280x720, 29.8 fps", "85 %, 23 min"..."""
    d = result.details
    if result.id == "camera" and d.get("width") and d.get("height"):
        size = f"{d['width']}x{d['height']}"
        fps = d.get("fps")
        return f"{size}, {_figure(fps)} {unit('fps')}" if _finite(fps) else size
    value = result.value
    if not _finite(value):
        hosts = [h["latency_ms"] for h in d.get("hosts") or () if _finite(h.get("latency_ms"))]
        if result.id == "network" and hosts:
            return f"{_figure(max(hosts))} {unit('ms')}"
        return "–"
    assert value is not None
    if result.id == "network" and _finite(d.get("upload_mbps")):
        return f"↓ {_figure(value)} / ↑ {_figure(d['upload_mbps'])} {unit('Mbit/s')}"
    text = f"{_figure(value)} {unit(result.unit)}".strip()
    if result.id == "power" and _finite(d.get("runtime_min")):
        text += f", {d['runtime_min']:.0f} {unit('min')}"
    if result.id == "licence":  # participants of the licence's capacity: "450 / 300"
        capacity = d.get("capacity")
        return f"{_figure(value)} / {_figure(capacity)}" if _finite(capacity) else text
    return text


_REQUIRED = {
    "camera": QT_TRANSLATE_NOOP(
        "checks", "≥ {min_width}x{min_height}, ≥ {min_fps:g} fps, a live, sharp picture"
    ),
    "microphone": QT_TRANSLATE_NOOP("checks", "≥ {min_level_dbfs:g} dBFS"),
    "cpu": QT_TRANSLATE_NOOP("checks", "≤ {max_percent:g} % busy"),
    "memory": QT_TRANSLATE_NOOP("checks", "≥ {min_free_mb:,} MB free"),
    "disk": QT_TRANSLATE_NOOP("checks", "≥ {min_free_gb:g} GB free"),
    "power": QT_TRANSLATE_NOOP(
        "checks", "≥ {min_charge_pct:g} % charge, ≥ {min_runtime_min:g} min of runtime"
    ),
    "network": QT_TRANSLATE_NOOP(
        "checks",
        "≥ {min_download_mbps:g} Mbit/s down, ≥ {min_upload_mbps:g} Mbit/s up, "
        "≤ {max_latency_ms:g} ms latency, ≤ {max_jitter_ms:g} ms jitter",
    ),
    "licence": QT_TRANSLATE_NOOP("checks", "≤ {capacity:,} participants, a free host account"),
}


# power judged against a meeting (see vcdesk.core.checks.power)
_POWER_REQUIRED_MEETING = QT_TRANSLATE_NOOP(
    "checks",
    "≥ {min_charge_pct:g} % charge, ≥ {needed_min:.0f} min of runtime (to the meeting's end "
    "+ {min_runtime_min:g} min)",
)
_POWER_NO_CALENDAR = QT_TRANSLATE_NOOP(
    "checks",
    "The room's calendar could not be read, so this was judged without its meetings: "
    "{schedule_problem}.",
)


def required(result: CheckResult) -> str:
    """What the room needs, in the user's language ("–" where the details do not carry the
    limits: a skipped check, a device that was never reached)."""
    template = _REQUIRED.get(result.id)
    if result.id == "power" and _meeting(result.details):
        template = _POWER_REQUIRED_MEETING
    if template is not None:
        try:
            return fill(_tr(template), **result.details)
        except (KeyError, ValueError, IndexError, TypeError):
            pass
    return result.recorded.get("threshold") or "–"


# --- messages --------------------------------------------------------------------------

Details = Mapping[str, Any]
# A code's words: one template, or a function choosing among templates by the details.
Words = object | Callable[[Details], object]

_RUNNER_TIMEOUT = QT_TRANSLATE_NOOP(
    "checks",
    "The {check} check did not finish within {timeout_s:.0f} s: the device or the network is "
    "not answering. Check its connection and run the checklist again.",
)
_RUNNER_ERROR = QT_TRANSLATE_NOOP(
    "checks",
    "The {check} check stopped on an internal error ({error}). Please report it with the log file.",
)
_CANCELLED = QT_TRANSLATE_NOOP("checks", "Cancelled.")


def _camera(d: Details) -> dict[str, object]:
    live_or_file = {
        "camera.ok": (
            QT_TRANSLATE_NOOP("checks", "{source} gives {width}x{height} at {fps_text} fps."),
            QT_TRANSLATE_NOOP(
                "checks",
                "{source} gives {width}x{height} at {fps_text} fps (the file's nominal rate).",
            ),
        ),
        "camera.slow": (
            QT_TRANSLATE_NOOP(
                "checks",
                "{source} gives {fps_text} fps; this room needs {min_fps:g} fps: close other "
                "programs using the camera, add light (cameras slow down in the dark), or use "
                "a USB 3 port or a faster network.",
            ),
            QT_TRANSLATE_NOOP(
                "checks", "{source} runs at {fps_text} fps; this room needs {min_fps:g} fps."
            ),
        ),
    }
    from_file = d.get("fps_source") == "file"
    return {code: pair[1] if from_file else pair[0] for code, pair in live_or_file.items()}


_CAMERA_OPTIONAL = QT_TRANSLATE_NOOP(
    "checks", "This room marks the camera optional, so it was skipped."
)
_CAMERA_NOT_FOUND = ("camera.no_device", "camera.file_missing", "camera.unreachable")

# On mains, a meeting longer than the UPS would last: below the room's own minimum it fails
# (power.ups_runtime_low), above it warns (power.ups_short_for_meeting); the same words.
UPS_SHORT_FOR_MEETING = QT_TRANSLATE_NOOP(
    "checks",
    "The UPS {ups_name} would last about {runtime_min:.0f} min on battery (status "
    "{shown}), but {meeting_name} runs until {meeting_until}: a power cut now would need "
    "{needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room's "
    "{min_runtime_min:g} min). Unplug equipment the meeting does not need, let the UPS "
    "charge if it is charging, or have other power ready (a generator, a larger UPS).",
)

_WORDS: dict[str, Words] = {
    "cancelled": _CANCELLED,
    # camera
    "camera.ok": lambda d: _camera(d)["camera.ok"],
    "camera.too_small": QT_TRANSLATE_NOOP(
        "checks",
        "{source} gives {width}x{height}; this room needs {min_width}x{min_height}: check the "
        "cable, the port or the camera's settings.",
    ),
    "camera.slow": lambda d: _camera(d)["camera.slow"],
    "camera.black": QT_TRANSLATE_NOOP(
        "checks",
        "{source} gives a black picture (brightness at most {luma_max:g} of 255; "
        "{black_luma:g} or more expected): open the lens cover or privacy shutter, check the "
        "room's light and the camera's cable.",
    ),
    "camera.frozen": QT_TRANSLATE_NOOP(
        "checks",
        "{source} shows a frozen picture: {frames} frames over {sample_s:g} s were identical. "
        "The camera or its driver has stopped: unplug it and plug it in again, or restart "
        "the camera.",
    ),
    "camera.covered": QT_TRANSLATE_NOOP(
        "checks",
        "{source} gives a dark picture with no detail (brightness {luma:g} of 255, sharpness "
        "{sharpness:g}; {min_sharpness:g} or more expected): the lens may be covered or "
        "dirty. Uncover and clean it.",
    ),
    "camera.blurred": QT_TRANSLATE_NOOP(
        "checks",
        "{source} gives a very blurred picture (sharpness {sharpness:g}; {min_sharpness:g} or "
        "more expected): focus the camera, clean the lens, or point it at the room.",
    ),
    "camera.no_device": QT_TRANSLATE_NOOP(
        "checks",
        "{source} was not found ({reason}). Connect the camera, or correct camera.source in "
        "the room profile. Cameras present: {available_list}.",
    ),
    "camera.file_missing": QT_TRANSLATE_NOOP(
        "checks", "{source} does not exist: correct camera.source in the room profile."
    ),
    "camera.unreachable": QT_TRANSLATE_NOOP(
        "checks",
        "{source} cannot be reached ({reason}): check that the camera is on, its address and "
        "port, and the network.",
    ),
    "camera.cannot_open": QT_TRANSLATE_NOOP(
        "checks",
        "{source} could not be opened ({reason}): check camera.source in the room profile and "
        "that the camera works in another program.",
    ),
    "camera.busy": QT_TRANSLATE_NOOP(
        "checks",
        "{source} is there but gives no picture: another program (Zoom, Teams, OBS, a "
        "browser) is probably using it. Close that program and run the check again.",
    ),
    "camera.timeout": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "{source} did not give a picture within {timeout_s:g} s: check the camera's power "
            "and its cable or network, then run the check again.",
        )
        if "source" in d
        else _RUNNER_TIMEOUT
    ),
    # microphone
    "microphone.ok": QT_TRANSLATE_NOOP(
        "checks",
        "The microphone {device} hears {rms_dbfs:.1f} dBFS (peak {peak_dbfs:.1f} dBFS) at "
        "{samplerate} Hz.",
    ),
    "microphone.samplerate_differs": QT_TRANSLATE_NOOP(
        "checks",
        "The microphone {device} works ({rms_dbfs:.1f} dBFS) but records at {samplerate} Hz, "
        "not the {requested_samplerate} Hz this room asks for: set its sample rate in the "
        "computer's sound settings.",
    ),
    "microphone.silent": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The microphone {device} hears nothing at all (every sample is zero); this room "
            "needs at least {min_level_dbfs:g} dBFS. Speak into the microphone: is it muted, or "
            "is it the wrong device?",
        )
        if d.get("digital_silence")
        else QT_TRANSLATE_NOOP(
            "checks",
            "The microphone {device} hears only {rms_dbfs:.1f} dBFS; this room needs at least "
            "{min_level_dbfs:g} dBFS. Speak into the microphone: is it muted, or is it the "
            "wrong device?",
        )
    ),
    "microphone.clipping": QT_TRANSLATE_NOOP(
        "checks",
        "The microphone {device} is clipping: {clipping_pct:.1f} % of samples are at full "
        "scale (peak {peak_dbfs:.1f} dBFS); this room allows {max_clipping_pct:g} %. Turn the "
        "microphone's input gain down, or move it away from the loudspeakers.",
    ),
    "microphone.not_found": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "This computer has no default microphone. Microphones on this computer: "
            "{available_list}. Plug the microphone in, or correct microphone.device in the "
            "room profile.",
        )
        if d.get("spec") is None
        else QT_TRANSLATE_NOOP(
            "checks",
            "No microphone matches “{spec}”. Microphones on this computer: {available_list}. "
            "Plug the microphone in, or correct microphone.device in the room profile.",
        )
    ),
    "microphone.not_input": QT_TRANSLATE_NOOP(
        "checks",
        "Device {spec} ({name}) is not a microphone: it has no inputs. Microphones on this "
        "computer: {available_list}. Correct microphone.device in the room profile.",
    ),
    "microphone.no_devices": QT_TRANSLATE_NOOP(
        "checks",
        "This computer has no microphone or other sound input at all: plug the microphone in, "
        "and check that the computer's sound system is running.",
    ),
    "microphone.no_backend": QT_TRANSLATE_NOOP(
        "checks",
        "No microphone can be opened: the PortAudio sound library is missing or broken "
        "({error}). Install it (Debian/Ubuntu: apt-get install libportaudio2) or reinstall "
        "vcdesk.",
    ),
    "microphone.unavailable": QT_TRANSLATE_NOOP(
        "checks",
        "The microphone {device} cannot be opened ({error}). Close other programs that may be "
        "using it (another meeting app?), or unplug it and plug it in again.",
    ),
    "microphone.stalled": lambda d: {
        "list": QT_TRANSLATE_NOOP(
            "checks",
            "The computer's sound system did not answer within {timeout_s:g} s when asked for "
            "its devices: restart the sound system, or the computer.",
        ),
        "deadline": QT_TRANSLATE_NOOP(
            "checks",
            "The microphone did not deliver its sound before the check's time limit: unplug it "
            "and plug it in again, or restart the computer's sound system.",
        ),
    }.get(
        d.get("stage", ""),
        QT_TRANSLATE_NOOP(
            "checks",
            "The microphone {device} did not deliver sound within {timeout_s:g} s: unplug it "
            "and plug it in again, or restart the computer's sound system.",
        ),
    ),
    "microphone.absent": lambda d: {
        "microphone.not_found": (
            QT_TRANSLATE_NOOP(
                "checks",
                "This computer has no default microphone; the microphone is optional in this "
                "room, so it is not checked.",
            )
            if d.get("spec") is None
            else QT_TRANSLATE_NOOP(
                "checks",
                "No microphone matches “{spec}” (microphones on this computer: "
                "{available_list}); the microphone is optional in this room, so it is not "
                "checked.",
            )
        ),
        "microphone.not_input": QT_TRANSLATE_NOOP(
            "checks",
            "Device {spec} ({name}) is not a microphone; the microphone is optional in this "
            "room, so it is not checked.",
        ),
        "microphone.no_devices": QT_TRANSLATE_NOOP(
            "checks",
            "This computer has no microphone or other sound input; the microphone is optional "
            "in this room, so it is not checked.",
        ),
    }.get(
        d.get("cause", ""),
        QT_TRANSLATE_NOOP(
            "checks",
            "No microphone found; it is optional in this room, so it is not checked.",
        ),
    ),
    # the room PC
    "cpu.ok": QT_TRANSLATE_NOOP("checks", "The processor is {percent:.0f} % busy."),
    # Judged on the load that competes with the meeting; background work yields to it.
    "cpu.busy": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "Programs competing with the meeting keep the processor {competing_percent:.0f} % "
            "busy; this room allows {max_percent:g} %. Busiest: {top_names}. Close what is not "
            "needed for the meeting. Another {background_percent:.0f} % is background work "
            "that yields to the meeting ({background_names}).",
        )
        if _finite(d.get("background_percent")) and d["background_percent"] >= 1
        else QT_TRANSLATE_NOOP(
            "checks",
            "The processor is {percent:.0f} % busy; this room allows {max_percent:g} %. Busiest: "
            "{top_names}. Close what is not needed for the meeting.",
        )
    ),
    "cpu.background": QT_TRANSLATE_NOOP(
        "checks",
        "The processor is {percent:.0f} % busy, {background_percent:.0f} % of it background "
        "work that yields to the meeting ({background_names}); programs competing with the "
        "meeting use {competing_percent:.0f} %, within the {max_percent:g} % this room allows.",
    ),
    "memory.ok": QT_TRANSLATE_NOOP("checks", "{free_mb:,} MB of memory is free."),
    "memory.low": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "Only {free_mb:,} MB of memory is free; this room needs {min_free_mb:,} MB. Biggest: "
            "{top_names}. Close programs that are not needed for the meeting.",
        )
        if d.get("top")
        else QT_TRANSLATE_NOOP(
            "checks",
            "Only {free_mb:,} MB of memory is free; this room needs {min_free_mb:,} MB. Close "
            "programs that are not needed for the meeting.",
        )
    ),
    "disk.ok": QT_TRANSLATE_NOOP(
        "checks",
        "{free_gb:.1f} GB free: {hours_left:.1f} h of recording at {bitrate_mbps:g} Mbit/s.",
    ),
    "disk.low": QT_TRANSLATE_NOOP(
        "checks",
        "The drive of {folder} has {free_gb:.1f} GB free ({hours_left:.1f} h of recording at "
        "{bitrate_mbps:g} Mbit/s); this room needs {min_free_gb:g} GB. Move finished "
        "recordings to the archive.",
    ),
    "disk.missing": QT_TRANSLATE_NOOP(
        "checks",
        "The recordings folder {folder} does not exist: create it, or correct "
        "disk.recordings_dir in the room profile.",
    ),
    "disk.unwritable": QT_TRANSLATE_NOOP(
        "checks",
        "Recordings cannot be written to {folder} ({error}): check the folder's permissions, "
        "and whether the drive is read-only.",
    ),
    # power: none or the PC's own battery
    "power.none": QT_TRANSLATE_NOOP(
        "checks", "This room has no UPS configured (power.source is none)."
    ),
    "power.battery_missing": QT_TRANSLATE_NOOP(
        "checks",
        "This PC has no battery the system can read, so a power cut would switch it off: "
        "connect it to a UPS (and set power.source to nut), or use a laptop.",
    ),
    "power.battery_ok": QT_TRANSLATE_NOOP(
        "checks", "The PC is plugged in; battery at {charge_pct:.0f} %."
    ),
    "power.battery_charging_low": QT_TRANSLATE_NOOP(
        "checks",
        "The PC is plugged in but its battery is at {charge_pct:.0f} %; this room needs "
        "{min_charge_pct:g} %. A power cut now would leave little time: let it charge before "
        "the meeting, or go ahead knowing that.",
    ),
    "power.battery_on_battery": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The PC runs on its battery ({charge_pct:.0f} %, about {runtime_min:.0f} min "
            "left): plug in the charger before the meeting.",
        )
        if _finite(d.get("runtime_min"))
        else QT_TRANSLATE_NOOP(
            "checks",
            "The PC runs on its battery ({charge_pct:.0f} %): plug in the charger before the "
            "meeting.",
        )
    ),
    "power.battery_plug_unknown": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The system cannot tell whether the PC is plugged in; battery at {charge_pct:.0f} "
            "%, about {runtime_min:.0f} min left. Make sure the charger is connected.",
        )
        if _finite(d.get("runtime_min"))
        else QT_TRANSLATE_NOOP(
            "checks",
            "The system cannot tell whether the PC is plugged in; battery at {charge_pct:.0f} "
            "%. Make sure the charger is connected.",
        )
    ),
    "power.battery_low": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The PC runs on its battery at {charge_pct:.0f} %, about {runtime_min:.0f} min "
            "left; this room needs {min_charge_pct:g} %. Plug in the charger now.",
        )
        if _finite(d.get("runtime_min"))
        else QT_TRANSLATE_NOOP(
            "checks",
            "The PC runs on its battery at {charge_pct:.0f} %; this room needs "
            "{min_charge_pct:g} %. Plug in the charger now.",
        )
    ),
    "power.battery_runtime_low": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The PC runs on its battery with about {runtime_min:.0f} min left, but "
            "{meeting_name} runs until {meeting_until}: that needs {needed_min:.0f} min "
            "({meeting_left_min:.0f} min to its end + this room's {min_runtime_min:g} min). "
            "Plug in the charger now.",
        )
        if _meeting(d)
        else QT_TRANSLATE_NOOP(
            "checks",
            "The PC runs on its battery with about {runtime_min:.0f} min left; this room needs "
            "{min_runtime_min:g} min. Plug in the charger now.",
        )
    ),
    # power: reaching the UPS server (NUT)
    "power.nut_refused": QT_TRANSLATE_NOOP(
        "checks",
        "upsd on {address} refused the connection: is the NUT server running? (Debian: "
        "systemctl status nut-server) Also check power.nut.host and power.nut.port in the room "
        "profile, and the LISTEN line in upsd.conf.",
    ),
    "power.nut_dns": QT_TRANSLATE_NOOP(
        "checks",
        "The UPS server's name “{host}” cannot be resolved ({error}): correct power.nut.host "
        "in the room profile (an IP address works), or check this PC's DNS.",
    ),
    "power.nut_unreachable": QT_TRANSLATE_NOOP(
        "checks",
        "Cannot reach the UPS server at {address} ({error}): check the network cable, and "
        "power.nut.host in the room profile.",
    ),
    "power.nut_timeout": lambda d: {
        "lookup": QT_TRANSLATE_NOOP(
            "checks",
            "Looking up the UPS server's name “{host}” took more than {timeout_s:g} s: check "
            "this PC's DNS, or put the server's IP address in power.nut.host.",
        ),
        "connect": QT_TRANSLATE_NOOP(
            "checks",
            "The UPS server at {address} did not accept a connection within {timeout_s:g} s: "
            "check that it is switched on and that no firewall drops port {port}.",
        ),
    }.get(
        d.get("stage", ""),
        QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} accepted the connection but did not answer within "
            "{timeout_s:g} s: check that port {port} really is upsd, and restart the NUT "
            "server (Debian: systemctl restart nut-server).",
        ),
    ),
    "power.nut_closed": QT_TRANSLATE_NOOP(
        "checks",
        "upsd on {address} closed the connection before it answered: see upsd's log (Debian: "
        "journalctl -u nut-server); it may limit clients or be restarting.",
    ),
    "power.nut_protocol": QT_TRANSLATE_NOOP(
        "checks",
        "Something on {address} answered, but not as a NUT server would: check that "
        "power.nut.host and power.nut.port point at upsd (port 3493 by default).",
    ),
    "power.nut_unknown_ups": QT_TRANSLATE_NOOP(
        "checks",
        "upsd on {address} has no UPS named “{ups}” (it knows: {known_list}): correct "
        "power.nut.ups in the room profile to a name from ups.conf on the server.",
    ),
    "power.nut_access_denied": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} refused user “{username}” for UPS “{ups}” (ACCESS-DENIED): the "
            "password is wrong, or the user lacks 'upsmon secondary' in upsd.users. Correct "
            "power.nut.password in the room profile, or the user on the server.",
        )
        if d.get("username") is not None
        else QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} refuses this PC access (ACCESS-DENIED): set power.nut.username "
            "and power.nut.password in the room profile to a user from upsd.users.",
        )
    ),
    "power.nut_login_incomplete": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} needs a password for this login (PASSWORD-REQUIRED): add "
            "power.nut.password to the room profile, or remove power.nut.username to read the "
            "UPS without logging in.",
        )
        if d.get("nut_error") == "PASSWORD-REQUIRED"
        else QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} needs a username for this login (USERNAME-REQUIRED): add "
            "power.nut.username to the room profile, or remove power.nut.password to read the "
            "UPS without logging in.",
        )
    ),
    "power.nut_bad_credentials": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} rejected the password as malformed (INVALID-PASSWORD): check "
            "power.nut.username and power.nut.password in the room profile.",
        )
        if d.get("nut_error") == "INVALID-PASSWORD"
        else QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} rejected the username as malformed (INVALID-USERNAME): check "
            "power.nut.username and power.nut.password in the room profile.",
        )
    ),
    "power.nut_driver_not_connected": QT_TRANSLATE_NOOP(
        "checks",
        "upsd on {address} runs, but the driver for UPS “{ups}” is not connected to it "
        "(DRIVER-NOT-CONNECTED): check the UPS's USB or serial cable and start the driver "
        "(Debian: systemctl status nut-driver@{ups}; or upsdrvctl start {ups}).",
    ),
    "power.nut_data_stale": QT_TRANSLATE_NOOP(
        "checks",
        "upsd on {address} has no fresh data from UPS “{ups}” (DATA-STALE): its driver runs "
        "but has lost contact with the UPS. Check the UPS's USB or serial cable, then restart "
        "the driver (Debian: systemctl restart nut-driver@{ups}).",
    ),
    "power.nut_error": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} answered {nut_error} for UPS “{ups}”: see upsd's log (Debian: "
            "journalctl -u nut-server).",
        )
        if d.get("nut_error")
        else QT_TRANSLATE_NOOP(
            "checks",
            "upsd on {address} answered with an error for UPS “{ups}”: see upsd's log "
            "(Debian: journalctl -u nut-server).",
        )
    ),
    # power: what the UPS reports
    "power.ups_ok": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} is on mains power ({reading}), enough for {meeting_name} until "
            "{meeting_until} ({needed_min:.0f} min needed).",
        )
        if _covers(d)
        else QT_TRANSLATE_NOOP("checks", "The UPS {ups_name} is on mains power ({reading}).")
        if _reading(d)
        else QT_TRANSLATE_NOOP("checks", "The UPS {ups_name} is on mains power.")
    ),
    "power.ups_attention": QT_TRANSLATE_NOOP(
        "checks",
        "The UPS {ups_name} reports: {attention_words} (status {shown}). Have it looked at.",
    ),
    "power.ups_status_unknown": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} reports neither mains nor battery power (status {shown}): its "
            "driver is still starting. Run the check again in a few seconds.",
        )
        if "WAIT" in _flags(d)
        else QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} reports neither mains nor battery power (status {shown}): "
            "check the driver's log and the UPS's cable.",
        )
    ),
    "power.ups_charging_low": QT_TRANSLATE_NOOP(
        "checks",
        "The UPS {ups_name} is on mains power and charging, but its battery is at "
        "{charge_pct:g} %; this room needs {min_charge_pct:g} %. A power cut now would be "
        "covered for a shorter time: wait for it to charge, or go ahead knowing that.",
    ),
    "power.ups_on_battery": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} runs on battery {facts}: mains power is out. At this load it "
            "lasts through {meeting_name} until {meeting_until}: check the power supply to the "
            "UPS.",
        )
        if _covers(d)
        else QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} runs on battery {facts}: mains power is out. The meeting will "
            "stop when the battery runs down: check the power supply to the UPS.",
        )
    ),
    "power.ups_charge_low": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} battery is at {charge_pct:g} %; this room needs "
            "{min_charge_pct:g} % (status {shown}): restore mains power to the UPS.",
        )
        if "OB" in _flags(d)
        else QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} battery is at {charge_pct:g} %; this room needs "
            "{min_charge_pct:g} % (status {shown}), and it is not charging: check the UPS and "
            "its battery.",
        )
    ),
    "power.ups_runtime_low": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} runs on battery with about {runtime_min:.0f} min left (status "
            "{shown}), but {meeting_name} runs until {meeting_until}: that needs "
            "{needed_min:.0f} min ({meeting_left_min:.0f} min to its end + this room's "
            "{min_runtime_min:g} min). Restore mains power to the UPS, or unplug equipment the "
            "meeting does not need.",
        )
        if _meeting(d) and "OB" in _flags(d)
        else UPS_SHORT_FOR_MEETING
        if _meeting(d)
        else QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} would last about {runtime_min:.0f} min on battery; this room "
            "needs {min_runtime_min:g} min (status {shown}): restore mains power to the UPS, or "
            "unplug equipment the meeting does not need.",
        )
        if "OB" in _flags(d)
        else QT_TRANSLATE_NOOP(
            "checks",
            "The UPS {ups_name} would last about {runtime_min:.0f} min on battery; this room "
            "needs {min_runtime_min:g} min (status {shown}): let it charge, replace its battery "
            "if it stays low, or unplug equipment the meeting does not need.",
        )
    ),
    "power.ups_short_for_meeting": UPS_SHORT_FOR_MEETING,
    "power.ups_off": QT_TRANSLATE_NOOP(
        "checks",
        "The UPS {ups_name} has its output switched off (status {shown}): the room is not "
        "protected. Switch the UPS output on.",
    ),
    "power.ups_low_battery": QT_TRANSLATE_NOOP(
        "checks",
        "The UPS {ups_name} reports a low battery {facts}: it may switch off at any moment. "
        "Restore mains power to the UPS and let it charge.",
    ),
    "power.ups_shutdown": QT_TRANSLATE_NOOP(
        "checks",
        "The UPS {ups_name} is in forced shutdown {facts}: it will cut the power. Restore "
        "mains power and restart the UPS before the meeting.",
    ),
    # network (a failed result words each of details["problems"])
    "network.ok": lambda d: _network_ok(d),
    "network.nothing_to_test": QT_TRANSLATE_NOOP(
        "checks",
        "Nothing to test: the room profile names no speed test server (network.speedtest_url) "
        "and no hosts (network.hosts).",
    ),
    "network.cancelled": _CANCELLED,
    "network.timeout": lambda d: (
        _RUNNER_TIMEOUT
        if "timeout_s" in d
        else QT_TRANSLATE_NOOP(
            "checks",
            "The network test ran out of time: the network or the server is answering too "
            "slowly. Check the connection and run the checklist again.",
        )
    ),
    "network.bad_url": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test address {url} is not usable ({error}): correct network.speedtest_url "
        "in the room profile.",
    ),
    "network.host_dns": QT_TRANSLATE_NOOP(
        "checks",
        "Host {host} (port {port}) cannot be found: its name does not resolve ({error}). Check "
        "the name in network.hosts and this PC's DNS settings.",
    ),
    "network.host_refused": QT_TRANSLATE_NOOP(
        "checks",
        "Host {name} refused the connection: nothing is listening on port {port} there. Check "
        "that the service is running and that the port in network.hosts is right.",
    ),
    "network.host_unreachable": QT_TRANSLATE_NOOP(
        "checks",
        "Host {name} cannot be reached ({error}). Check the cable or Wi-Fi, the firewall, and "
        "the address in network.hosts.",
    ),
    "network.host_latency_high": QT_TRANSLATE_NOOP(
        "checks",
        "Latency to {name} is {latency_ms:.0f} ms; this room allows at most "
        "{max_latency_ms:g} ms. Check the connection, or other traffic on it.",
    ),
    "network.host_jitter_high": QT_TRANSLATE_NOOP(
        "checks",
        "Jitter to {name} is {jitter_ms:.1f} ms; this room allows at most {max_jitter_ms:g} "
        "ms. The connection is unsteady: check the Wi-Fi or other traffic.",
    ),
    "network.server_dns": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test server {host} cannot be found: its name does not resolve ({error}). "
        "Check network.speedtest_url and this PC's DNS settings.",
    ),
    "network.server_refused": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test server at {where} refused the connection: is the speed test service "
        "running there, and is the address in network.speedtest_url right?",
    ),
    "network.server_unreachable": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test server at {where} could not be reached during {during} ({error}). "
        "Check the cable or Wi-Fi, the firewall, and network.speedtest_url.",
    ),
    "network.server_timeout": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test server at {where} stopped answering during {during} ({error}). Check "
        "the cable or Wi-Fi, the firewall, and whether the server is overloaded.",
    ),
    "network.server_http_error": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test server answered {error} during {during}: check that "
        "network.speedtest_url points to a working LibreSpeed server.",
    ),
    "network.server_reset": QT_TRANSLATE_NOOP(
        "checks",
        "The connection to the speed test server was cut during {during} ({error}): the "
        "server, or a firewall or proxy on the way, dropped it. Run the check again; if it "
        "happens again, check the firewall and the server.",
    ),
    "network.server_error": QT_TRANSLATE_NOOP(
        "checks",
        "The speed test server's answer could not be used during {during} ({error}): check "
        "network.speedtest_url.",
    ),
    "network.download_slow": QT_TRANSLATE_NOOP(
        "checks",
        "Download is {download_mbps:.1f} Mbit/s; this room needs {min_download_mbps:g} Mbit/s. "
        "Check what else is using the connection, or ask the provider about the line.",
    ),
    "network.upload_slow": QT_TRANSLATE_NOOP(
        "checks",
        "Upload is {upload_mbps:.1f} Mbit/s; this room needs {min_upload_mbps:g} Mbit/s: "
        "others will see a poor picture. Check what else is uploading, or ask the provider.",
    ),
    "network.latency_high": QT_TRANSLATE_NOOP(
        "checks",
        "Latency to the speed test server is {latency_ms:.0f} ms; this room allows at most "
        "{max_latency_ms:g} ms: speech will lag. Check the connection and its route.",
    ),
    "network.jitter_high": QT_TRANSLATE_NOOP(
        "checks",
        "Jitter is {jitter_ms:.1f} ms; this room allows at most {max_jitter_ms:g} ms: sound "
        "will break up. Prefer a cable to Wi-Fi, and check other traffic.",
    ),
    # licence (vcdesk.core.checks.licence): the meeting on now or next
    "licence.ok": lambda d: (
        QT_TRANSLATE_NOOP(
            "checks",
            "{meeting_name} uses {licence}: {participants:,} participants within its capacity "
            "of {capacity:,}, and a host account is free.",
        )
        if _finite(d.get("participants"))
        else QT_TRANSLATE_NOOP(
            "checks",
            "{meeting_name} uses {licence} (capacity {capacity:,}), and a host account is free. "
            "Enter the expected participants on its record to check the capacity too.",
        )
    ),
    "licence.conflict": QT_TRANSLATE_NOOP(
        "checks",
        "{meeting_name}: {flags_text}. Change the licence or the time on its record, or "
        "arrange a host account with the licence's admin.",
    ),
    "licence.no_meeting": QT_TRANSLATE_NOOP(
        "checks", "No meeting is on now or starts within the hour: no licence to check."
    ),
    "licence.no_record": QT_TRANSLATE_NOOP(
        "checks", "{meeting_name} has no meeting record, so its licence is not known."
    ),
    "licence.no_licence": QT_TRANSLATE_NOOP(
        "checks",
        "{meeting_name} names no licence: set one on its record (Meetings page, or vcdesk "
        "meeting set) to check its capacity and host account.",
    ),
    "licence.no_licences": QT_TRANSLATE_NOOP(
        "checks", "This room profile lists no licences (licences or licences_file)."
    ),
    "licence.unreadable": QT_TRANSLATE_NOOP(
        "checks",
        "The meeting records could not be read ({error}), so the licence of {meeting_name} "
        "was not checked.",
    ),
}

_ATTENTION = {
    "RB": QT_TRANSLATE_NOOP("checks", "the battery needs replacing"),
    "BYPASS": QT_TRANSLATE_NOOP(
        "checks", "it is on bypass, so the battery does not protect the load"
    ),
    "OVER": QT_TRANSLATE_NOOP("checks", "it is overloaded"),
    "CAL": QT_TRANSLATE_NOOP("checks", "it is calibrating its battery"),
    "ALARM": QT_TRANSLATE_NOOP("checks", "it raises an alarm"),
    "NOCOMM": QT_TRANSLATE_NOOP("checks", "it is not communicating with its driver"),
}

_PHASES = {
    "connect": QT_TRANSLATE_NOOP("checks", "connecting"),
    "ping": QT_TRANSLATE_NOOP("checks", "the ping test"),
    "download": QT_TRANSLATE_NOOP("checks", "the download test"),
    "upload": QT_TRANSLATE_NOOP("checks", "the upload test"),
}

_NETWORK_SPEED = QT_TRANSLATE_NOOP(
    "checks",
    "Download {download_mbps:.1f} Mbit/s, upload {upload_mbps:.1f} Mbit/s, latency "
    "{latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} streams).",
)
_NETWORK_HOSTS = QT_TRANSLATE_NOOP("checks", "Reachable: {hosts_list}.")

# The network check's own reasons (details["cause"]), worded as {error} in its messages; an
# `error` without a cause is the OS's or the server's text, shown as it is.
_NETWORK_CAUSES = {
    "no_answer": QT_TRANSLATE_NOOP("checks", "no answer within {wait_s:.1f} s"),
    "name_server_silent": QT_TRANSLATE_NOOP(
        "checks", "no answer from the name server within {wait_s:.1f} s"
    ),
    "no_address": QT_TRANSLATE_NOOP("checks", "the name has no address"),
    "closed_mid_transfer": QT_TRANSLATE_NOOP(
        "checks", "the server closed the connection mid-transfer"
    ),
    "no_time_left": QT_TRANSLATE_NOOP("checks", "too little time was left to measure"),
    "server_silent": QT_TRANSLATE_NOOP("checks", "the server sent nothing for {wait_s:.1f} s"),
    "late": QT_TRANSLATE_NOOP("checks", "no answer in time"),
    "not_http": QT_TRANSLATE_NOOP("checks", "not an http:// or https:// address"),
    "bad_port": QT_TRANSLATE_NOOP("checks", "its port number is not valid"),
    "unreadable": QT_TRANSLATE_NOOP("checks", "it cannot be read as an address"),
}


def _network_ok(d: Details) -> object:
    if "download_mbps" in d and d.get("hosts"):
        return QT_TRANSLATE_NOOP(
            "checks",
            "Download {download_mbps:.1f} Mbit/s, upload {upload_mbps:.1f} Mbit/s, latency "
            "{latency_ms:.1f} ms, jitter {jitter_ms:.1f} ms ({streams} streams). Reachable: "
            "{hosts_list}.",
        )
    return _NETWORK_SPEED if "download_mbps" in d else _NETWORK_HOSTS


def has_words(code: str) -> bool:
    """True where this module words `code`."""
    check_id, _, outcome = code.partition(".")
    runner = check_id in CHECK_IDS and outcome in ("timeout", "internal_error")
    return code in _WORDS or runner


def worded_codes() -> frozenset[str]:
    return frozenset(_WORDS)


def message(result: CheckResult) -> str:
    """The result's message in the current language. A code without words, or details not
    shaped as its template expects, shows the words an old record was stored with, else
    the code itself: never a blank row (tests/test_wording.py keeps this from happening)."""
    problems = result.details.get("problems")
    if result.id == "network" and isinstance(problems, list) and problems:
        # core joins one sentence per problem; word each the same way
        parts = [
            _word(str(p.get("code", "")), p, result.id) if isinstance(p, dict) else None
            for p in problems
        ]
        if all(part is not None for part in parts):
            return " ".join(part for part in parts if part is not None)
        return _unworded(result)
    text = _word(result.code, result.details, result.id)
    return _unworded(result) if text is None else text


def _unworded(result: CheckResult) -> str:
    return result.recorded.get("message") or result.code


def _word(code: str, details: Details, check_id: str) -> str | None:
    words = _WORDS.get(code)
    if words is None:
        if code.endswith(".timeout"):
            words = _RUNNER_TIMEOUT
        elif code.endswith(".internal_error"):
            words = _RUNNER_ERROR
        else:
            return None
    try:
        template = words(details) if callable(words) else words
        text = fill(_tr(template), **_values(details, check_id))
        if code in _CAMERA_NOT_FOUND and details.get("optional"):
            text = f"{text} {_tr(_CAMERA_OPTIONAL)}"
        if check_id == "power" and details.get("schedule_problem") and not _meeting(details):
            problem = _values(details, check_id)["schedule_problem"]
            text = f"{text} {fill(_tr(_POWER_NO_CALENDAR), schedule_problem=problem)}"
    except (KeyError, ValueError, IndexError, TypeError, AttributeError):
        return None  # details not shaped as the template expects
    return text


# --- values derived from the details ----------------------------------------------------

_CAMERA_SOURCES = {
    "device": QT_TRANSLATE_NOOP("checks", "Camera {x}"),
    "file": QT_TRANSLATE_NOOP("checks", "Video file {x}"),
    "stream": QT_TRANSLATE_NOOP("checks", "Camera stream {x}"),
}


# The camera layer's own short reasons (vcdesk.core.devices.video), worded in the UI's
# language; any other reason is an OS or library text and is shown as it came.
_CAMERA_REASONS = frozenset(
    {
        QT_TRANSLATE_NOOP("checks", "file not found"),
        QT_TRANSLATE_NOOP("checks", "no such name"),
        QT_TRANSLATE_NOOP("checks", "no such device"),
        QT_TRANSLATE_NOOP("checks", "permission denied"),
        QT_TRANSLATE_NOOP("checks", "device busy"),
        QT_TRANSLATE_NOOP("checks", "no frames"),
        QT_TRANSLATE_NOOP("checks", "not a readable video"),
        QT_TRANSLATE_NOOP("checks", "no video at that address"),
        QT_TRANSLATE_NOOP("checks", "no answer"),
        QT_TRANSLATE_NOOP("checks", "connection refused"),
        QT_TRANSLATE_NOOP("checks", "host not found"),
        QT_TRANSLATE_NOOP("checks", "invalid port"),
        QT_TRANSLATE_NOOP("checks", "no host in the URL"),
    }
)


def _camera_source(d: Details) -> str:
    """The camera a result names, from its source_kind and raw source (and for a device
    `named` and `node`): "Camera 0 (/dev/video0)", "Camera “Logi C920” (/dev/video2)",
    "Video file /v/a.mp4", "Camera stream rtsp://10.0.0.9/live"."""
    raw = str(d.get("source", ""))
    kind = d.get("source_kind")
    if kind not in _CAMERA_SOURCES:
        return raw  # a record from before source_kind: core's own label, as it was stored
    name = raw
    if kind == "device":
        name = f"“{raw}”" if d.get("named") else raw
        node = d.get("node")
        if isinstance(node, str) and node and node != raw:
            name = f"{name} ({node})"
    return _tr(_CAMERA_SOURCES[str(kind)]).replace("{x}", name)


def _flags(d: Details) -> list[str]:
    flags = d.get("flags")
    if isinstance(flags, list):
        return [str(f) for f in flags]
    return str(d.get("status") or "").split()


def _meeting(d: Details) -> bool:
    """The power check judged the runtime against a meeting (its meeting_* details)."""
    return isinstance(d.get("meeting_end"), str) and _finite(d.get("needed_min"))


def _covers(d: Details) -> bool:
    """Judged against a meeting, with a runtime that lasts through it."""
    runtime = d.get("runtime_min")
    return _meeting(d) and _finite(runtime) and runtime >= d["needed_min"]


def _meeting_until(d: Details) -> str:
    """The meeting's end as "16:00 WITA" (the room's clock, as the agenda writes it), with
    the date when it ends on another day than it began."""
    end = datetime.fromisoformat(str(d["meeting_end"]))
    start = datetime.fromisoformat(str(d.get("meeting_start") or d["meeting_end"]))
    formats, zone = current().formats, str(d.get("meeting_zone") or "")
    if end.date() == start.date():
        return formats.clock(end, zone)
    return f"{formats.day(end.date())} {formats.clock(end, zone)}"


def _reading(d: Details) -> str:
    parts = []
    if _finite(d.get("charge_pct")):
        parts.append(fill(_tr(QT_TRANSLATE_NOOP("checks", "battery {charge_pct:g} %")), **d))
    if _finite(d.get("runtime_min")):
        parts.append(
            fill(_tr(QT_TRANSLATE_NOOP("checks", "about {runtime_min:.0f} min of runtime")), **d)
        )
    return ", ".join(parts)


def _listing(items: Any) -> str:
    if isinstance(items, list | tuple) and items:
        return ", ".join(str(i) for i in items)
    return _tr(QT_TRANSLATE_NOOP("checks", "none"))


def _usage(items: list[Any], check_id: str) -> str:
    """The processes a cpu or memory result names: "ffmpeg (45.2 %)", "chrome (812 MB)"."""
    shown = []
    for item in (i for i in items if isinstance(i, dict)):
        if check_id == "memory":
            shown.append(f"{item.get('name')} ({number(item.get('mb', 0), ',.0f')} {unit('MB')})")
        else:
            shown.append(f"{item.get('name')} ({number(item.get('percent', 0), 'g')} %)")
    return ", ".join(shown)


def _host_name(host: str, port: Any) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _values(d: Details, check_id: str) -> dict[str, Any]:
    values = dict(d)
    values["check"] = check_name(check_id)
    problem = d.get("schedule_problem")
    if isinstance(problem, dict):  # an older record holds English words instead
        params = {k: v for k, v in problem.items() if k != "code"}
        values["schedule_problem"] = problem_text(str(problem.get("code")), params)
    if check_id == "camera" and "source" in d:
        values["source"] = _camera_source(d)
    if check_id == "camera" and d.get("reason") in _CAMERA_REASONS:
        values["reason"] = _tr(d["reason"])
    fps = d.get("fps")
    unknown = _tr(QT_TRANSLATE_NOOP("checks", "unknown"))
    values["fps_text"] = number(fps, ".1f") if _finite(fps) else unknown
    values["available_list"] = _listing(d.get("available"))
    values["known_list"] = _listing(d.get("known_ups"))
    for key, names in (("top", "top_names"), ("background_top", "background_names")):
        if isinstance(d.get(key), list):
            values[names] = _usage(d[key], check_id) or unknown
    if check_id == "power":
        target = str(d.get("target") or "")
        values["address"] = target.partition("@")[2] or _host_name(
            str(d.get("host", "")), d.get("port", "")
        )
        model = d.get("model")
        values["ups_name"] = f"{model} ({target})" if model else target
        shown = str(d.get("status") or "").strip() or _tr(QT_TRANSLATE_NOOP("checks", "empty"))
        values["shown"] = shown
        reading = _reading(d)
        values["reading"] = reading
        status = _tr(QT_TRANSLATE_NOOP("checks", "status {shown}")).format(shown=shown)
        values["facts"] = f"({status}; {reading})" if reading else f"({status})"
        values["attention_words"] = "; ".join(
            _tr(_ATTENTION[f]) for f in _flags(d) if f in _ATTENTION
        )
        if _meeting(d):
            title = str(d.get("meeting_title") or "").strip()
            the_meeting = _tr(QT_TRANSLATE_NOOP("checks", "the meeting"))
            values["meeting_name"] = f"“{title}”" if title else the_meeting
            values["meeting_until"] = _meeting_until(d)
    if check_id == "licence":
        title = str(d.get("meeting_title") or "").strip()
        values["meeting_name"] = (
            f"“{title}”" if title else _tr(QT_TRANSLATE_NOOP("checks", "the meeting"))
        )
        flags = [f for f in d.get("flags") or () if isinstance(f, dict)]
        values["flags_text"] = "; ".join(
            flag_text(str(f.get("code")), {k: v for k, v in f.items() if k != "code"})
            for f in flags
        )
    if check_id == "network":
        if "host" in d and "port" in d and "name" not in d:
            values["name"] = _host_name(str(d["host"]), d["port"])
        phase = str(d.get("phase", ""))
        values["during"] = _tr(_PHASES[phase]) if phase in _PHASES else phase
        cause = _NETWORK_CAUSES.get(str(d.get("cause", "")))
        if cause is not None:
            values["error"] = fill(_tr(cause), **d)
        hosts = [h for h in d.get("hosts") or () if isinstance(h, dict)]
        values["hosts_list"] = ", ".join(
            f"{h.get('name')} {number(h['latency_ms'], '.1f')} {unit('ms')}"
            for h in hosts
            if _finite(h.get("latency_ms"))
        )
    return values
