"""The catalogue's words for check results (vcdesk.core.words.checks): every code a check can
give has a translatable template, each template fills in its values, a result's `message` is
English for JSON and the log whatever the console speaks, and under the Indonesian
translation the console's words are Indonesian."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
import string
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_check_system import outside
from vcdesk.core import words
from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import CHECK_IDS
from vcdesk.core.words import checks
from vcdesk.i18n import HERE
from vcdesk.ui import jobs_model
from vcdesk.ui.pages.profile_fields import _Decimal

CHECK_MODULES = ("camera", "microphone", "system", "power", "network")
_IDS = "|".join(CHECK_IDS)
_CODE = re.compile(rf"^(?:cancelled|(?:{_IDS})\.[a-z_]+)$")
_DOC_LINE = re.compile(rf"^[\s-]*((?:{_IDS})\.[a-z_]+)\b", re.MULTILINE)


def codes_of(name: str) -> set[str]:
    """The codes a check module can give: its CODES, every string literal in it that is a
    code, and the codes its docstring lists line by line."""
    module = importlib.import_module(f"vcdesk.core.checks.{name}")
    source = inspect.getsource(module)
    codes = set(getattr(module, "CODES", ()))
    codes |= {
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and _CODE.match(node.value)
    }
    codes |= set(_DOC_LINE.findall(module.__doc__ or ""))
    return codes


def all_codes() -> set[str]:
    codes = set().union(*(codes_of(name) for name in CHECK_MODULES))
    # what the runner gives for any check: late, or crashed
    codes |= {
        f"{check_id}.{what}" for check_id in CHECK_IDS for what in ("timeout", "internal_error")
    }
    return codes


def test_the_code_lists_are_read() -> None:
    assert {"camera.busy", "microphone.absent", "cpu.busy", "disk.unwritable"} <= all_codes()
    assert {"power.nut_data_stale", "network.server_reset", "network.host_dns"} <= all_codes()
    assert len(codes_of("power")) >= 31 and len(codes_of("network")) >= 21


@pytest.mark.parametrize("name", CHECK_MODULES)
def test_every_code_of_every_check_has_words(name: str) -> None:
    missing = sorted(code for code in codes_of(name) if not checks.has_words(code))
    assert missing == [], f"add a template to vcdesk/core/words/checks.py for: {missing}"


# --- a representative result of each code ----------------------------------------------------

CAM = {"source": "Camera 0 (/dev/video0)", "kind": "device", "min_width": 1280,
       "min_height": 720, "min_fps": 25.0}  # fmt: skip
PICTURE = {**CAM, "backend": "V4L2", "width": 1280, "height": 720, "fps": 29.8,
           "fps_source": "measured", "frames": 60, "sample_s": 2.0, "ended_early": False,
           "luma": 112.3, "luma_max": 140.2, "contrast": 40.1, "sharpness": 85.5,
           "max_diff": 4.2, "problems": []}  # fmt: skip
MIC = {"device": "USB Audio Mic", "index": 3, "hostapi": "ALSA", "rms_dbfs": -31.2,
       "peak_dbfs": -8.4, "clipping_pct": 0.0, "digital_silence": False,
       "level_floor_dbfs": -120.0, "samplerate": 48000, "requested_samplerate": 48000,
       "seconds": 1.5, "min_level_dbfs": -50.0, "max_clipping_pct": 1.0}  # fmt: skip
DISK = {"folder": "/srv/rekaman", "min_free_gb": 20.0, "free_gb": 153.2, "total_gb": 480.0,
        "hours_left": 170.2, "bitrate_mbps": 2.0, "drive": "/srv"}  # fmt: skip
BATTERY = {"plugged": True, "charge_pct": 87.0, "runtime_min": 134.0, "min_charge_pct": 50.0,
           "min_runtime_min": 10.0}  # fmt: skip
NUT = {"host": "ups.local", "port": 3493, "ups": "rapat1", "target": "rapat1@ups.local:3493",
       "timeout_s": 3.0}  # fmt: skip
UPS = {**NUT, "status": "OL", "flags": ["OL"], "charge_pct": 100.0, "runtime_min": 30.0,
       "min_charge_pct": 50.0, "min_runtime_min": 10.0, "model": "Acme Smart-UPS 1500",
       "ups_mfr": "Acme", "ups_model": "Smart-UPS 1500", "device_model": None,
       "problems": []}  # fmt: skip
NET = {"min_download_mbps": 10.0, "min_upload_mbps": 5.0, "max_latency_ms": 150.0,
       "max_jitter_ms": 30.0, "streams": 3, "test_seconds": 5.0,
       "overhead_factor": 1.06}  # fmt: skip
SERVER = {"url": "http://speed.kominfo.test/", "where": "speed.kominfo.test:80",
          "phase": "download", "error": "timed out"}  # fmt: skip


def ups(status: str, **values: Any) -> dict[str, Any]:
    return {**UPS, "status": status, "flags": status.split(), **values}


# (code, details, texts the words must show): several rows where a code has variants
SAMPLES: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
    ("cancelled", {}, ()),
    ("camera.ok", PICTURE, ("1280x720", "29.8", "/dev/video0")),
    ("camera.ok", {**PICTURE, "fps_source": "file", "source": "The video file /v/a.mp4"},
     ("/v/a.mp4", "29.8")),
    ("camera.ok", {**PICTURE, "fps": None}, ("1280x720",)),
    ("camera.too_small", {**PICTURE, "width": 640, "height": 480}, ("640x480", "1280x720")),
    ("camera.slow", {**PICTURE, "fps": 9.5}, ("9.5", "25")),
    ("camera.slow", {**PICTURE, "fps": 9.5, "fps_source": "file"}, ("9.5", "25")),
    ("camera.black", {**PICTURE, "luma_max": 3.1, "black_luma": 16.0}, ("3.1", "16", "255")),
    ("camera.frozen", {**PICTURE, "frames": 48, "sample_s": 2.0, "max_diff": 0.01},
     ("48", "2 ")),
    ("camera.covered", {**PICTURE, "luma": 12.5, "sharpness": 2.1, "min_sharpness": 10.0},
     ("12.5", "2.1", "10")),
    ("camera.blurred", {**PICTURE, "sharpness": 6.4, "min_sharpness": 10.0}, ("6.4", "10")),
    ("camera.no_device", {**CAM, "source": 'Camera "Logi C920"', "reason": "no such name",
                          "available": ["Integrated Camera", "OBS Virtual"]},
     ("Logi C920", "no such name", "Integrated Camera, OBS Virtual")),
    ("camera.no_device", {**CAM, "reason": "no such device", "available": [],
                          "optional": True}, ("/dev/video0", "no such device")),
    ("camera.file_missing", {**CAM, "source": "The video file /v/uji.mp4", "kind": "file",
                             "reason": "file not found", "path": "/v/uji.mp4"}, ("/v/uji.mp4",)),
    ("camera.unreachable", {**CAM, "source": "The camera stream rtsp://10.0.0.9:554/live",
                            "kind": "url", "reason": "connection refused"},
     ("rtsp://10.0.0.9:554/live", "connection refused")),
    ("camera.cannot_open", {**CAM, "reason": "permission denied", "node": "/dev/video0"},
     ("permission denied",)),
    ("camera.busy", {**CAM, "reason": "device busy", "node": "/dev/video0"}, ("/dev/video0",)),
    ("camera.timeout", {**CAM, "reason": "timeout", "timeout_s": 8.0}, ("8 ",)),
    ("camera.timeout", {"timeout_s": 14.0}, ("14 ",)),  # the runner's
    ("microphone.ok", MIC, ("USB Audio Mic", "-31.2", "-8.4", "48000")),
    ("microphone.samplerate_differs", {**MIC, "samplerate": 44100}, ("44100", "48000")),
    ("microphone.silent", {**MIC, "rms_dbfs": -63.0}, ("-63.0", "-50")),
    ("microphone.silent", {**MIC, "rms_dbfs": -120.0, "digital_silence": True}, ("-50",)),
    ("microphone.clipping", {**MIC, "clipping_pct": 4.25, "peak_dbfs": 0.0}, ("4.2", "0.0", "1")),
    ("microphone.not_found", {"spec": None, "available": ["HDA Intel PCH: ALC3246"]},
     ("HDA Intel PCH: ALC3246",)),
    ("microphone.not_found", {"spec": "Jabra", "available": []}, ("Jabra",)),
    ("microphone.not_input", {"spec": 4, "name": "HDMI Output", "available": ["USB Mic"]},
     ("4", "HDMI Output", "USB Mic")),
    ("microphone.no_devices", {}, ()),
    ("microphone.no_backend", {"error": "libportaudio.so.2: not found"}, ("libportaudio.so.2",)),
    ("microphone.unavailable", {"device": "USB Mic", "index": 2, "error": "Device busy",
                                "pa_code": -9985}, ("USB Mic", "Device busy")),
    ("microphone.stalled", {"timeout_s": 5.0, "stage": "list"}, ("5 ",)),
    ("microphone.stalled", {"timeout_s": 5.0, "stage": "record", "device": "USB Mic",
                            "index": 2, "frames": 0, "wanted_frames": 72000}, ("USB Mic", "5 ")),
    ("microphone.stalled", {"timeout_s": None, "stage": "deadline"}, ()),
    ("microphone.absent", {"cause": "microphone.not_found", "spec": "Jabra",
                           "available": ["USB Mic"]}, ("Jabra", "USB Mic")),
    ("microphone.absent", {"cause": "microphone.not_found", "spec": None, "available": []}, ()),
    ("microphone.absent", {"cause": "microphone.not_input", "spec": 4, "name": "HDMI",
                           "available": []}, ("HDMI",)),
    ("microphone.absent", {"cause": "microphone.no_devices"}, ()),
    ("cpu.ok", {"percent": 23.4, "max_percent": 80.0, "cores": 4, "top": []}, ("23",)),
    ("cpu.busy", {"percent": 100.0, "competing_percent": 88.5, "background_percent": 11.5,
                  "max_percent": 80.0, "cores": 2,
                  "top": [{"name": "chrome", "pid": 7, "percent": 60.2}],
                  "background_top": [{"name": "ffmpeg", "pid": 41, "percent": 11.5}]},
     ("88", "80", "chrome (60.2 %)", "12", "ffmpeg (11.5 %)")),
    ("cpu.busy", {"percent": 96.0, "max_percent": 80.0, "cores": 4,
                  "top": [{"name": "ffmpeg", "pid": 41, "percent": 180.5},
                          {"name": "chrome", "pid": 7, "percent": 12.0}]},
     ("96", "80", "ffmpeg (180.5 %)", "chrome (12 %)")),
    ("cpu.background", {"percent": 100.0, "competing_percent": 4.2, "background_percent": 95.8,
                        "max_percent": 80.0, "cores": 2, "top": [],
                        "background_top": [{"name": "ffmpeg", "pid": 41, "percent": 95.1}]},
     ("100", "96", "4", "80", "ffmpeg (95.1 %)")),
    ("memory.ok", {"free_mb": 3412, "total_mb": 8000, "min_free_mb": 1024}, ("3,412",)),
    ("memory.low", {"free_mb": 412, "total_mb": 8000, "min_free_mb": 1024}, ("412", "1,024")),
    ("memory.low", {"free_mb": 412, "total_mb": 8000, "min_free_mb": 1024,
                    "top": [{"name": "chrome", "pid": 7, "mb": 2310},
                            {"name": "Zoom", "pid": 9, "mb": 812}]},
     ("412", "1,024", "chrome (2,310 MB)", "Zoom (812 MB)")),
    ("disk.ok", DISK, ("153.2", "170.2", "2 ")),
    ("disk.low", {**DISK, "free_gb": 8.5, "hours_left": 9.4}, ("/srv/rekaman", "8.5", "9.4", "20")),
    ("disk.missing", {"folder": "/srv/rekaman", "min_free_gb": 20.0}, ("/srv/rekaman",)),
    ("disk.unwritable", {"folder": "/srv/rekaman", "min_free_gb": 20.0,
                         "error": "Read-only file system"}, ("/srv/rekaman", "Read-only")),
    ("power.none", {}, ()),
    ("power.battery_missing", {"min_charge_pct": 50.0, "min_runtime_min": 10.0}, ()),
    ("power.battery_ok", BATTERY, ("87",)),
    ("power.battery_charging_low", {**BATTERY, "charge_pct": 31.0}, ("31", "50")),
    ("power.battery_on_battery", {**BATTERY, "plugged": False}, ("87", "134")),
    ("power.battery_on_battery", {**BATTERY, "plugged": False, "runtime_min": None}, ("87",)),
    ("power.battery_plug_unknown", {**BATTERY, "plugged": None}, ("87", "134")),
    ("power.battery_plug_unknown", {**BATTERY, "plugged": None, "runtime_min": None}, ("87",)),
    ("power.battery_low", {**BATTERY, "plugged": False, "charge_pct": 22.0}, ("22", "134", "50")),
    ("power.battery_low", {**BATTERY, "plugged": False, "charge_pct": 22.0, "runtime_min": None},
     ("22", "50")),
    ("power.battery_runtime_low", {**BATTERY, "plugged": False, "runtime_min": 6.0},
     ("6 ", "10 ")),
    ("power.nut_refused", NUT, ("ups.local:3493",)),
    ("power.nut_dns", {**NUT, "error": "Name or service not known"},
     ("ups.local", "Name or service not known")),
    ("power.nut_unreachable", {**NUT, "error": "No route to host"},
     ("ups.local:3493", "No route to host")),
    ("power.nut_timeout", {**NUT, "stage": "lookup"}, ("ups.local", "3 ")),
    ("power.nut_timeout", {**NUT, "stage": "connect"}, ("ups.local:3493", "3 ", "3493")),
    ("power.nut_timeout", {**NUT, "stage": "read"}, ("ups.local:3493", "3 ")),
    ("power.nut_closed", NUT, ("ups.local:3493",)),
    ("power.nut_protocol", {**NUT, "line": "SSH-2.0-OpenSSH_9.2"}, ("ups.local:3493",)),
    ("power.nut_unknown_ups", {**NUT, "nut_error": "UNKNOWN-UPS", "line": "ERR UNKNOWN-UPS",
                               "known_ups": ["ups1", "ups2"]}, ("rapat1", "ups1, ups2")),
    ("power.nut_unknown_ups", {**NUT, "nut_error": "UNKNOWN-UPS", "line": "ERR UNKNOWN-UPS",
                               "known_ups": []}, ("rapat1",)),
    ("power.nut_access_denied", {**NUT, "nut_error": "ACCESS-DENIED",
                                 "line": "ERR ACCESS-DENIED"}, ("ACCESS-DENIED",)),
    ("power.nut_access_denied", {**NUT, "username": "monuser", "nut_error": "ACCESS-DENIED",
                                 "line": "ERR ACCESS-DENIED"}, ("monuser", "rapat1")),
    ("power.nut_login_incomplete", {**NUT, "nut_error": "USERNAME-REQUIRED", "line": "ERR"},
     ("USERNAME-REQUIRED", "power.nut.username")),
    ("power.nut_login_incomplete", {**NUT, "username": "mon", "nut_error": "PASSWORD-REQUIRED",
                                    "line": "ERR"}, ("PASSWORD-REQUIRED", "power.nut.password")),
    ("power.nut_bad_credentials", {**NUT, "nut_error": "INVALID-USERNAME", "line": "ERR"},
     ("INVALID-USERNAME",)),
    ("power.nut_bad_credentials", {**NUT, "nut_error": "INVALID-PASSWORD", "line": "ERR"},
     ("INVALID-PASSWORD",)),
    ("power.nut_driver_not_connected", {**NUT, "nut_error": "DRIVER-NOT-CONNECTED",
                                        "line": "ERR"}, ("nut-driver@rapat1",)),
    ("power.nut_data_stale", {**NUT, "nut_error": "DATA-STALE", "line": "ERR"},
     ("rapat1", "DATA-STALE")),
    ("power.nut_error", {**NUT, "nut_error": "FEATURE-NOT-SUPPORTED", "line": "ERR"},
     ("FEATURE-NOT-SUPPORTED", "rapat1")),
    ("power.nut_error", {**NUT, "nut_error": "", "line": "ERR"}, ("rapat1",)),
    ("power.ups_ok", UPS, ("Acme Smart-UPS 1500", "rapat1@ups.local:3493", "100", "30")),
    ("power.ups_ok", {**UPS, "model": None, "charge_pct": None, "runtime_min": None},
     ("rapat1@ups.local:3493",)),
    ("power.ups_attention", ups("OL RB", attention=["RB"]), ("OL RB",)),
    ("power.ups_status_unknown", ups("WAIT"), ("WAIT",)),
    ("power.ups_status_unknown", ups(""), ("Acme",)),
    ("power.ups_charging_low", ups("OL CHRG", charge_pct=35.0), ("35", "50")),
    ("power.ups_on_battery", ups("OB DISCHRG", charge_pct=80.0, runtime_min=21.0),
     ("OB DISCHRG", "80", "21")),
    ("power.ups_charge_low", ups("OB", charge_pct=35.0), ("35", "50", "OB")),
    ("power.ups_charge_low", ups("OL", charge_pct=35.0), ("35", "50", "OL")),
    ("power.ups_runtime_low", ups("OB", runtime_min=4.0), ("4 ", "10 ", "OB")),
    ("power.ups_runtime_low", ups("OL CHRG", runtime_min=4.0), ("4 ", "10 ")),
    ("power.ups_short_for_meeting",
     ups("OL", runtime_min=30.0, meeting_title="Rapat Pimpinan",
         meeting_end="2025-03-04T16:00:00+08:00", meeting_zone="WITA", meeting_left_min=120.0,
         needed_min=130.0),
     ("30 ", "“Rapat Pimpinan”", "16:00 WITA", "130 ", "power cut")),
    ("power.ups_off", ups("OFF"), ("OFF",)),
    ("power.ups_low_battery", ups("OB LB", charge_pct=9.0, runtime_min=2.0), ("OB LB", "9", "2")),
    ("power.ups_shutdown", ups("FSD OB LB", charge_pct=None, runtime_min=None), ("FSD OB LB",)),
    ("network.ok", {**NET, "url": SERVER["url"], "download_mbps": 87.31, "upload_mbps": 12.0,
                    "latency_ms": 13.2, "jitter_ms": 1.25,
                    "hosts": [{"name": "zoom.us:443", "host": "zoom.us", "port": 443,
                               "latency_ms": 24.4, "jitter_ms": 1.0, "samples": 5}]},
     ("87.3", "12.0", "13.2", "1.2", "zoom.us:443", "24.4")),
    ("network.ok", {**NET, "hosts": [{"name": "zoom.us:443", "latency_ms": 24.4}]},
     ("zoom.us:443", "24.4")),
    ("network.nothing_to_test", {}, ()),
    ("network.cancelled", {}, ()),
    ("network.timeout", {}, ()),
    ("network.timeout", {"timeout_s": 18.0}, ("18 ",)),  # the runner's
    ("network.bad_url", {"url": "http://:80/", "error": "not an http:// URL"},
     ("http://:80/", "not an http:// URL")),
    ("network.host_dns", {"host": "vc.prov.test", "port": 443, "error": "Name not known"},
     ("vc.prov.test", "443", "Name not known")),
    ("network.host_refused", {"host": "10.1.1.5", "port": 8443}, ("10.1.1.5:8443", "8443")),
    ("network.host_unreachable", {"host": "fd00::5", "port": 443, "error": "No route"},
     ("[fd00::5]:443", "No route")),
    ("network.host_latency_high", {"host": "zoom.us", "port": 443, "latency_ms": 412.0,
                                   "max_latency_ms": 150.0}, ("zoom.us:443", "412", "150")),
    ("network.host_jitter_high", {"host": "zoom.us", "port": 443, "jitter_ms": 48.2,
                                  "max_jitter_ms": 30.0}, ("zoom.us:443", "48.2", "30")),
    ("network.server_dns", {"url": SERVER["url"], "host": "speed.kominfo.test",
                            "error": "Name not known"}, ("speed.kominfo.test", "Name not known")),
    ("network.server_refused", {"url": SERVER["url"], "where": "speed.kominfo.test:80"},
     ("speed.kominfo.test:80",)),
    ("network.server_unreachable", SERVER, ("speed.kominfo.test:80", "timed out")),
    ("network.server_timeout", {**SERVER, "phase": "ping"}, ("speed.kominfo.test:80",)),
    ("network.server_http_error", {**SERVER, "error": "HTTP 502 Bad Gateway", "status": 502},
     ("HTTP 502 Bad Gateway",)),
    ("network.server_reset", {**SERVER, "phase": "upload", "error": "Connection reset"},
     ("Connection reset",)),
    ("network.server_error", {**SERVER, "phase": "connect", "error": "TLS handshake failed"},
     ("TLS handshake failed",)),
    ("network.download_slow", {"download_mbps": 4.2, "min_download_mbps": 10.0}, ("4.2", "10")),
    ("network.upload_slow", {"upload_mbps": 1.5, "min_upload_mbps": 5.0}, ("1.5", "5")),
    ("network.latency_high", {"latency_ms": 320.0, "max_latency_ms": 150.0}, ("320", "150")),
    ("network.jitter_high", {"jitter_ms": 41.5, "max_jitter_ms": 30.0}, ("41.5", "30")),
    # the network check's own reasons (a cause, with its figure) are worded, not shown raw
    ("network.bad_url", {"url": "http://x:99999/", "error": "Port out of range 0-65535",
                         "cause": "bad_port"}, ("http://x:99999/", "(its port number is not")),
    ("network.host_unreachable", {"host": "10.1.1.9", "port": 443, "error": "no answer in time",
                                  "cause": "late"}, ("10.1.1.9:443", "(no answer in time)")),
    ("network.server_timeout", {**SERVER, "error": "the server sent nothing for 0.8 s",
                                "cause": "server_silent", "wait_s": 0.8}, ("nothing for 0.8 s",)),
    ("network.server_dns", {"url": SERVER["url"], "host": "speed.kominfo.test",
                            "error": "no answer from the name server within 3.0 s",
                            "cause": "name_server_silent", "wait_s": 3.0},
     ("name server within 3.0 s",)),
    *(
        (f"{check_id}.timeout", {"timeout_s": 9.0}, ("9 ",))
        for check_id in CHECK_IDS
        if check_id not in ("camera", "network")
    ),
    *(
        (f"{check_id}.internal_error", {"error": "ZeroDivisionError: division by zero"},
         ("ZeroDivisionError",))
        for check_id in CHECK_IDS
    ),
]  # fmt: skip

SENTINEL = "the words an old record was stored with"


def result_for(code: str, details: dict[str, Any]) -> CheckResult:
    """A result as history reads an old record: with the words it was stored with, which
    show only where the catalogue cannot word the code."""
    check_id = code.partition(".")[0] if code != "cancelled" else "camera"
    status = Status.PASS if code.endswith(".ok") else Status.FAIL
    return CheckResult(check_id, status, code, details=details, recorded={"message": SENTINEL})


def test_every_code_has_a_representative_sample() -> None:
    missing = sorted(all_codes() - {code for code, _, _ in SAMPLES})
    assert missing == [], f"add a sample to SAMPLES for: {missing}"


@pytest.mark.parametrize(
    ("code", "details", "shows"),
    SAMPLES,
    ids=[f"{code}-{n}" for n, (code, _, _) in enumerate(SAMPLES)],
)
def test_templates_fill_in_their_values(
    code: str, details: dict[str, Any], shows: tuple[str, ...]
) -> None:
    result = result_for(code, details)
    text = checks.message(result)
    assert text != SENTINEL, f"{code}: the template did not fit its details"
    assert text.strip() and "{" not in text and "}" not in text, text
    assert not re.search(r"%\d|%n|%L\d", text), text
    assert "None" not in text, text
    for value in shows:
        assert value in text, (value, text)
    assert result.message == text  # the result's own message: the same English words


def test_a_code_without_words_shows_its_recorded_words_else_the_code() -> None:
    assert checks.message(result_for("camera.new_outcome", {})) == SENTINEL
    bare = CheckResult("camera", Status.FAIL, "camera.new_outcome")
    assert checks.message(bare) == "camera.new_outcome" == bare.message
    # a known code whose details are not as expected never shows blank either
    assert checks.message(result_for("disk.low", {"folder": "/x"})) == SENTINEL
    assert CheckResult("disk", Status.FAIL, "disk.low", details={"folder": "/x"}).message == (
        "disk.low"
    )
    assert checks.message(dataclasses.replace(bare, recorded={"message": ""})) == bare.code
    # nor does a network result one of whose problems cannot be worded
    problems: list[dict[str, Any]] = [
        {"code": "network.host_refused", "host": "10.1.1.5", "port": 8443},
        {"code": "network.new_problem"},
    ]
    net = result_for("network.host_refused", {**NET, **problems[0], "problems": problems})
    assert checks.message(net) == SENTINEL
    assert dataclasses.replace(net, recorded={}).message == "network.host_refused"


def test_recorded_words_give_way_to_the_catalogue() -> None:
    old = {"message": "Disk has 153.2 GB free.", "threshold": ">= 20 GB free"}
    result = CheckResult("disk", Status.PASS, "disk.ok", 153.2, "GB", DISK, recorded=old)
    assert result.message != old["message"] and "153.2 GB" in result.message
    assert result.threshold == checks.required(result) == "≥ 20 GB free"
    # an old record whose details lack the limits keeps its stored requirement
    bare = dataclasses.replace(result, details={})
    assert checks.required(bare) == bare.threshold == ">= 20 GB free"
    assert checks.required(dataclasses.replace(bare, recorded={})) == "–"


def _causes() -> set[str]:
    """The causes the network check and its speed test client can give (their `cause=`
    arguments, and BadUrl's first)."""
    found: set[str] = set()
    for name in ("network", "speedtest"):
        module = importlib.import_module(f"vcdesk.core.checks.{name}")
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.keyword) and node.arg == "cause":
                value = node.value
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "BadUrl":
                value = node.args[0]
            else:
                continue
            if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value:
                found.add(value.value)
    return found


def test_every_network_cause_has_words() -> None:
    causes = _causes()
    assert {"no_answer", "server_silent", "late", "not_http", "bad_port"} <= causes
    raw = "the English note for the log"
    for cause in sorted(causes):
        details = {"host": "10.1.1.9", "port": 443, "error": raw, "cause": cause, "wait_s": 1.5}
        text = checks.message(result_for("network.host_unreachable", details))
        assert text != SENTINEL and raw not in text, (cause, text)
        assert "10.1.1.9:443" in text and "()" not in text, (cause, text)
    # an error without a cause is the OS's own text, shown as it is
    details = {"host": "10.1.1.9", "port": 443, "error": "No route to host"}
    assert "(No route to host)" in checks.message(result_for("network.host_unreachable", details))


def test_a_failed_network_words_every_problem() -> None:
    problems = [
        {"code": "network.host_refused", "host": "10.1.1.5", "port": 8443},
        {"code": "network.download_slow", "download_mbps": 4.2, "min_download_mbps": 10.0},
    ]
    result = CheckResult(
        "network", Status.FAIL, "network.host_refused", 4.2, "Mbit/s",
        {**NET, **problems[0], "problems": problems},
    )  # fmt: skip
    text = checks.message(result)
    assert "10.1.1.5:8443" in text and "4.2 Mbit/s" in text
    assert text.index("10.1.1.5:8443") < text.index("4.2 Mbit/s")  # in the order found
    assert result.threshold.startswith("≥ 10 Mbit/s down, ≥ 5 Mbit/s up")


def test_an_optional_camera_says_it_was_skipped() -> None:
    details = {**CAM, "reason": "no such device", "available": [], "optional": True}
    assert "optional" in checks.message(result_for("camera.no_device", details))
    assert "optional" not in checks.message(
        result_for("camera.no_device", {**details, "optional": False})
    )


# --- results from the real checks (what core really puts in the details) -----------------


def real_results(tmp_path: Path) -> Iterator[CheckResult]:
    from vcdesk.core.checks import camera, network, power, system
    from vcdesk.core.profile.model import Camera, Cpu, Disk, Memory, Network, Nut, Power

    def token() -> CancelToken:
        return CancelToken(deadline=time.monotonic() + 10)

    yield system.run_cpu(Cpu(sample_seconds=0.1), token())
    # Busy for sure: an idle machine reads 0.0 % over 0.2 s (this test itself sleeps). Not a
    # child of this process, which stands in for vcdesk: vcdesk's own children are background.
    spin = outside(sys.executable, "-c", "while True: pass")
    try:
        yield system.run_cpu(Cpu(max_percent=0.001, sample_seconds=0.2), token())
    finally:
        spin.kill()
    yield system.run_memory(Memory(min_free_mb=0), token())
    yield system.run_memory(Memory(min_free_mb=10_000_000), token())
    yield system.run_disk(Disk(recordings_dir=str(tmp_path), min_free_gb=0), token())
    yield system.run_disk(Disk(recordings_dir=str(tmp_path), min_free_gb=1_000_000), token())
    yield system.run_disk(Disk(recordings_dir=str(tmp_path / "nowhere")), token())
    yield power.run(Power(source="none"), token())
    yield power.run(Power(source="nut", nut=Nut(host="127.0.0.1", port=1, timeout_s=1)), token())
    yield network.run(Network(), token())
    yield network.run(Network(speedtest_url="http://:80/"), token())
    yield network.run(Network(hosts=("127.0.0.1:1",)), token())
    missing = str(tmp_path / "missing.mp4")
    yield camera.run(Camera(source=missing), token())
    yield camera.run(Camera(source=missing, optional=True), token())


def test_real_results_are_worded_from_their_details(tmp_path: Path) -> None:
    seen = set()
    for result in real_results(tmp_path):
        seen.add(result.code)
        assert not result.recorded  # a fresh result carries no words, only values
        text = checks.message(dataclasses.replace(result, recorded={"message": SENTINEL}))
        assert text != SENTINEL, f"{result.code}: {result.details}"
        assert "{" not in text and "None" not in text, text
        assert text == result.message == result.to_json()["message"]
        assert checks.measured(result)
        assert "{" not in checks.required(result)
        if result.id in ("network", "disk", "memory", "cpu"):  # their limits are in details
            assert checks.required(result) not in ("", "–"), result
    expected = {"cpu.busy", "memory.low", "disk.low", "disk.missing", "power.none",
                "network.nothing_to_test", "network.bad_url", "camera.file_missing"}  # fmt: skip
    assert expected <= seen


# --- measured and required ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("check_id", "value", "unit", "details", "shown"),
    [
        ("camera", 29.84, "fps", {"width": 1280, "height": 720, "fps": 29.84},
         "1280x720, 29.8 fps"),
        ("camera", None, "fps", {"source": "Camera 0"}, "–"),
        ("microphone", -31.24, "dBFS", {}, "-31.2 dBFS"),
        ("cpu", 23.4, "%", {}, "23.4 %"),
        ("memory", 3412, "MB", {}, "3,412 MB"),
        ("disk", 153.2, "GB", {}, "153 GB"),
        ("power", 87.0, "%", {"runtime_min": 134.0}, "87 %, 134 min"),
        ("power", None, "%", {}, "–"),
        ("network", 87.31, "Mbit/s", {"upload_mbps": 12.04}, "↓ 87.3 / ↑ 12.0 Mbit/s"),
        ("network", None, "Mbit/s", {"hosts": [{"latency_ms": 24.4}, {"latency_ms": 40.2}]},
         "40.2 ms"),
    ],
)  # fmt: skip
def test_measured_shows_value_and_unit(
    check_id: str, value: float | None, unit: str, details: dict[str, Any], shown: str
) -> None:
    result = CheckResult(check_id, Status.PASS, f"{check_id}.ok", value, unit, details)
    assert checks.measured(result) == shown


def test_every_check_has_a_name_and_a_requirement() -> None:
    for check_id in CHECK_IDS:
        assert checks.check_name(check_id) != check_id
    result = CheckResult("disk", Status.PASS, "disk.ok", 1.0, "GB", {"min_free_gb": 20.0})
    assert checks.required(result) == "≥ 20 GB free" == result.threshold
    assert checks.required(dataclasses.replace(result, details={})) == "–"


# --- the translation ------------------------------------------------------------------------


def placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_indonesian_templates_keep_every_placeholder() -> None:
    for ctx in ET.parse(HERE / "vcdesk_id.ts").iter("context"):
        if ctx.findtext("name") != checks.CONTEXT:
            continue
        for msg in ctx.iter("message"):
            source, translation = msg.findtext("source") or "", msg.findtext("translation") or ""
            if translation:
                assert placeholders(translation) == placeholders(source), (source, translation)


def test_indonesian_words_write_units_and_limits_one_way() -> None:
    """One unit spelling (Mbit/s) and "≥"/"≤" everywhere, as the English writes them; no
    English loan words."""
    for ctx in ET.parse(HERE / "vcdesk_id.ts").iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.findtext("translation") or ""
            for wrong in ("Mbps", ">=", "<=", "di-resolve"):
                assert wrong not in translation, (wrong, msg.findtext("source"), translation)


# `indonesian` (tests/fixtures/language.py) installs the language as the console does.


def test_numbers_are_written_the_indonesian_way(indonesian: None) -> None:
    camera = CheckResult("camera", Status.PASS, "camera.ok", 29.84, "fps", PICTURE)
    assert checks.measured(camera) == "1280x720, 29,8 fps"
    assert "29,8" in checks.message(camera) and "29.8" not in checks.message(camera)
    hosts = {**NET, "hosts": [{"name": "10.0.0.5:443", "latency_ms": 24.4}]}
    text = checks.message(result_for("network.ok", hosts))
    assert "10.0.0.5:443 24,4" in text, text  # an address is text, not a number
    assert jobs_model.format_size(1_234_567) == "1,2 MB"
    assert jobs_model.format_speed(1.5) == "1,5×"
    assert words.fill("{n:,.1f} / {port}", n=12345.67, port=3493) == "12.345,7 / 3493"
    assert words.current().formats.size(23_431_000) == "23 MB"
    field = _Decimal()  # the profile editor: as the admin types it, no thousands separator
    field.setDecimals(2)
    field.setRange(0, 100_000)
    field.setValue(1234.5)
    assert field.text() == "1234,5" and field.valueFromText("12,25") == 12.25


def test_messages_are_indonesian_under_the_indonesian_translation(indonesian: None) -> None:
    samples = {code: (details, shows) for code, details, shows in SAMPLES}
    for code, word in [
        ("camera.too_small", "kamera"),
        ("microphone.silent", "mikrofon"),
        ("disk.low", "rekaman"),
        ("power.ups_on_battery", "baterai"),
        ("network.download_slow", "ruang"),
        ("cpu.busy", "prosesor"),
    ]:
        details, shows = samples[code]
        text = checks.message(result_for(code, details))
        assert text != SENTINEL
        assert word in text.lower(), text
        assert "this room" not in text and " the " not in text, text
        for value in shows:
            # Numbers written the Indonesian way: "180.5" is "180,5" (a path keeps its dots).
            value = re.sub(r"(?<=\d)\.(?=\d)", ",", value) if "/" not in value else value
            assert value in text, (value, text)
    assert checks.check_name("power") != "Power / UPS"
    assert checks.check_name("camera") == "Kamera"


def test_a_results_message_stays_english_while_the_console_speaks_indonesian(
    indonesian: None,
) -> None:
    assert words.current().code == "id"
    details = {"download_mbps": 4.25, "min_download_mbps": 10.0}
    result = CheckResult("network", Status.FAIL, "network.download_slow", 4.25, "Mbit/s",
                         {**NET, **details, "problems": [{"code": "network.download_slow",
                                                          **details}]})  # fmt: skip
    # JSON, CSV and the log: English, with English numbers
    assert result.message.startswith("Download is 4.2 Mbit/s; this room needs 10 Mbit/s.")
    assert result.threshold == "≥ 10 Mbit/s down, ≥ 5 Mbit/s up, ≤ 150 ms latency, ≤ 30 ms jitter"
    assert result.to_json()["message"] == result.message
    # the console: Indonesian, with Indonesian numbers, from the same code and values
    text = checks.message(result)
    assert "unduh" in text.lower() and "4,2" in text and "ruang" in text, text
    assert "Download" not in text and "this room" not in text, text
    assert checks.required(result).startswith("unduh ≥ 10"), checks.required(result)
    # and English again where the thread asks for it, as the property does
    with words.speaking(words.ENGLISH):
        assert checks.message(result) == result.message
    assert words.current().code == "id"
