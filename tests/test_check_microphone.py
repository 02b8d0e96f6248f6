"""The microphone check and its device code, against a real PulseAudio null sink
(tests/fixtures/pulse.py): silence, a tone of known level and an overdriven tone are played
into the sink and recorded through its monitor by PortAudio, as on a room PC."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.fixtures.pulse import PulseServer, Tone
from vcdesk.core.checks import microphone
from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import ChecklistRun
from vcdesk.core.devices import audio
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Microphone

ROOT = Path(__file__).resolve().parent.parent
RATE = 48000


def check(**fields: Any) -> CheckResult:
    fields = {"device": "pulse", "record_seconds": 1.0, **fields}
    result = microphone.run(Microphone(**fields), CancelToken(time.monotonic() + 20))
    # Whatever the outcome, the result must serialise as strict JSON (no -inf, no NaN).
    json.dumps(result.to_json(), allow_nan=False)
    assert result.code in microphone.CODES
    return result


def sine(amplitude: float, seconds: float = 1.0, freq: float = 440) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


# --- level functions, on signals of known level -----------------------------------------


def test_levels_of_a_sine_of_known_amplitude() -> None:
    samples = sine(0.5)
    assert audio.rms_dbfs(samples) == pytest.approx(20 * math.log10(0.5 / math.sqrt(2)), abs=0.01)
    assert audio.rms_dbfs(samples) == pytest.approx(-9.03, abs=0.01)
    assert audio.peak_dbfs(samples) == pytest.approx(-6.02, abs=0.01)
    assert audio.clipping_pct(samples) == 0.0


def test_levels_of_digital_silence_and_of_nothing() -> None:
    for samples in (np.zeros(RATE, dtype=np.float32), np.zeros(0, dtype=np.float32)):
        assert audio.rms_dbfs(samples) == -math.inf
        assert audio.peak_dbfs(samples) == -math.inf
        assert audio.clipping_pct(samples) == 0.0
    # A faint but real signal stays finite, far below any room's threshold.
    assert audio.rms_dbfs(sine(1e-6)) == pytest.approx(-123.0, abs=0.1)


def test_clipping_share_of_a_clipped_sine_and_a_square() -> None:
    # 1.5 x full scale clipped to +-1: |1.5 sin| >= 0.999 for 1 - (2/pi) asin(0.999/1.5).
    clipped = np.clip(sine(1.5), -1.0, 1.0)
    expected = 100 * (1 - 2 / math.pi * math.asin(0.999 / 1.5))
    assert audio.clipping_pct(clipped) == pytest.approx(expected, abs=0.5)
    assert audio.peak_dbfs(clipped) == pytest.approx(0.0, abs=0.001)
    square = np.where(sine(1.0) >= 0, 1.0, -1.0).astype(np.float32)
    assert audio.clipping_pct(square) == 100.0
    assert audio.clipping_pct(sine(0.99)) == 0.0


def test_name_matching_prefers_an_exact_name() -> None:
    inputs = [
        audio.InputDevice(0, "USB Mic 2", "ALSA", 48000.0, 1),
        audio.InputDevice(1, "USB Mic", "ALSA", 48000.0, 1),
        audio.InputDevice(2, "Webcam C920: USB Audio", "ALSA", 32000.0, 2),
    ]
    assert audio.pick_by_name("usb mic", inputs).index == 1
    assert audio.pick_by_name("c920", inputs).index == 2
    assert audio.pick_by_name("USB", inputs).index == 0  # no exact match: first that contains
    with pytest.raises(audio.DeviceNotFound) as caught:
        audio.pick_by_name("Jabra", inputs)
    assert caught.value.details["available"] == ["USB Mic 2", "USB Mic", "Webcam C920: USB Audio"]


def test_portaudio_open_errors_become_typed() -> None:
    # A device held by another program cannot be made with PulseAudio (it shares devices),
    # so the errors PortAudio raises for one are built here, as sounddevice builds them.
    import sounddevice as sd

    device = audio.InputDevice(3, "USB Mic", "ALSA", 48000.0, 1)
    busy = sd.PortAudioError("Error opening InputStream: Device unavailable", -9985)
    host = sd.PortAudioError(
        "Error opening InputStream: Unanticipated host error",
        -9999,
        (0, -16, "Device or resource busy"),
    )
    gone = sd.PortAudioError("Error opening InputStream: Invalid device", -9996)
    assert isinstance(audio.audio_error_from(busy, device), audio.DeviceUnavailable)
    mapped = audio.audio_error_from(host, device)
    assert isinstance(mapped, audio.DeviceUnavailable) and mapped.code == "unavailable"
    assert "Device or resource busy" in mapped.details["error"]
    assert isinstance(audio.audio_error_from(gone, device), audio.DeviceUnavailable)
    result = microphone._device_problem(mapped, Microphone())
    assert result.status is Status.FAIL and result.code == "microphone.unavailable"
    assert result.details["device"] == "USB Mic" and result.details["min_level_dbfs"] == -50
    assert "Device or resource busy" in result.details["error"]
    assert result.message.startswith("The microphone USB Mic cannot be opened (")
    assert "Device or resource busy" in result.message
    assert result.threshold == "≥ -50 dBFS"


# --- the check against the PulseAudio null sink -----------------------------------------


def test_silence_fails(pulse: PulseServer) -> None:
    result = check()
    assert result.status is Status.FAIL and result.code == "microphone.silent"
    assert result.details["digital_silence"] is True
    assert result.value == microphone.LEVEL_FLOOR_DBFS == result.details["level_floor_dbfs"]
    assert result.details["peak_dbfs"] == microphone.LEVEL_FLOOR_DBFS
    assert result.unit == "dBFS" and result.threshold == "≥ -50 dBFS"
    assert result.details["min_level_dbfs"] == -50
    assert "The microphone pulse hears nothing at all" in result.message
    assert "at least -50 dBFS" in result.message
    assert "is it muted, or is it the wrong device?" in result.message


def test_tone_at_half_scale_passes_at_minus_9_dbfs(
    pulse: PulseServer, tone: Callable[..., Tone]
) -> None:
    with tone(volume=0.5):
        result = check()
    assert result.status is Status.PASS, result.message
    assert result.code == "microphone.ok"
    assert result.value == pytest.approx(-9.0, abs=1.0)
    assert result.details["peak_dbfs"] == pytest.approx(-6.0, abs=1.0)
    assert result.details["clipping_pct"] == 0
    assert result.details["digital_silence"] is False
    assert result.details["samplerate"] == 48000 == result.details["requested_samplerate"]
    assert result.details["seconds"] == pytest.approx(1.0, abs=0.01)
    assert result.details["device"] == "pulse"
    assert result.message.startswith(f"The microphone pulse hears {result.value:.1f} dBFS (peak")
    assert "48000 Hz" in result.message


def test_quiet_tone_below_the_room_minimum_fails(
    pulse: PulseServer, tone: Callable[..., Tone]
) -> None:
    with tone(volume=0.01):  # -43 dBFS RMS
        result = check(min_level_dbfs=-30)
    assert result.status is Status.FAIL and result.code == "microphone.silent"
    assert result.value == pytest.approx(-43.0, abs=1.0)
    assert result.details["digital_silence"] is False
    assert result.details["min_level_dbfs"] == -30
    assert f"hears only {result.value:.1f} dBFS" in result.message
    assert "this room needs at least -30 dBFS" in result.message
    assert result.threshold == "≥ -30 dBFS"


def test_overdriven_tone_reports_clipping(
    pulse: PulseServer, overdriven_tone: Callable[..., Tone]
) -> None:
    with overdriven_tone():
        result = check()
    assert result.status is Status.FAIL and result.code == "microphone.clipping"
    assert result.details["clipping_pct"] > 30  # measured about 60 %
    assert result.details["peak_dbfs"] >= -0.1
    assert result.details["max_clipping_pct"] == 1
    assert "The microphone pulse is clipping" in result.message
    assert f"{result.details['clipping_pct']:.1f} % of samples" in result.message
    assert "allows 1 %" in result.message and "input gain down" in result.message


def test_samplerate_actually_given_is_reported(
    pulse: PulseServer, tone: Callable[..., Tone]
) -> None:
    device = audio.find_input_device("pulse")
    # PulseAudio refuses rates above 384 kHz; the device then records at its own rate.
    samples, rate = audio.record(device, 0.3, 400_000)
    assert rate == device.default_samplerate == 44100
    assert len(samples) == math.ceil(0.3 * rate)
    with tone(volume=0.5):
        at_44k = check(samplerate=44100)
        # The schema caps rates at 384 kHz, which PulseAudio accepts; a rate it refuses can
        # only be asked for by bypassing validation.
        refused = microphone.run(
            Microphone.model_construct(device="pulse", record_seconds=0.5, samplerate=400_000),
            CancelToken(time.monotonic() + 20),
        )
    assert at_44k.status is Status.PASS and at_44k.details["samplerate"] == 44100
    assert refused.status is Status.WARN and refused.code == "microphone.samplerate_differs"
    assert refused.details["samplerate"] == 44100
    assert refused.details["requested_samplerate"] == 400_000
    assert "records at 44100 Hz, not the 400000 Hz" in refused.message


def test_name_that_matches_nothing_fails_listing_devices(pulse: PulseServer) -> None:
    result = check(device="Jabra Speak 410")
    assert result.status is Status.FAIL and result.code == "microphone.not_found"
    assert "pulse" in result.details["available"]
    assert "default" in result.details["available"]
    assert result.details["spec"] == "Jabra Speak 410"
    assert "No microphone matches “Jabra Speak 410”" in result.message
    assert "Microphones on this computer: " in result.message and "pulse" in result.message


def test_index_beyond_the_device_list_fails(pulse: PulseServer) -> None:
    result = check(device=99)
    assert result.status is Status.FAIL and result.code == "microphone.not_found"
    assert "pulse" in result.details["available"]


def test_optional_and_missing_skips(pulse: PulseServer) -> None:
    result = check(device="Jabra Speak 410", optional=True)
    assert result.status is Status.SKIP and result.code == "microphone.absent"
    assert result.details["cause"] == "microphone.not_found"
    assert "“Jabra Speak 410”" in result.message and "optional" in result.message
    assert result.threshold == "≥ -50 dBFS"
    # Optional only excuses absence: a present microphone is still judged.
    assert check(optional=True).code == "microphone.silent"


def test_default_device_and_case_insensitive_names(pulse: PulseServer) -> None:
    assert audio.find_input_device(None).name == "default"
    assert audio.find_input_device("PULSE").name == "pulse"
    assert audio.find_input_device("ulse").name == "pulse"


def test_the_inputs_are_listed_for_a_person_to_choose(pulse: PulseServer) -> None:
    """What the Room profiles page offers: every input, each one findable by its name."""
    names = [device.name for device in audio.list_input_devices(timeout=10)]
    assert "pulse" in names and "default" in names
    assert all(audio.find_input_device(name).name == name for name in names)


def test_cancel_mid_record_returns_promptly(pulse: PulseServer) -> None:
    token = CancelToken(time.monotonic() + 30)
    box: list[CheckResult] = []
    worker = threading.Thread(
        target=lambda: box.append(
            microphone.run(Microphone(device="pulse", record_seconds=10), token)
        )
    )
    worker.start()
    time.sleep(0.5)
    cancelled_at = time.monotonic()
    token.cancel()
    worker.join(5)
    assert not worker.is_alive()
    assert time.monotonic() - cancelled_at < 1.5
    assert box[0].status is Status.SKIP and box[0].code == "cancelled"
    assert box[0].message == "Cancelled." and box[0].threshold == "≥ -50 dBFS"


def test_wedged_sound_server_fails_instead_of_hanging(pulse: PulseServer) -> None:
    audio.find_input_device("pulse")  # listed while the server answered
    os.kill(pulse.pid, signal.SIGSTOP)  # the server stops answering: opening the device blocks
    try:
        began = time.monotonic()
        result = check(record_seconds=0.5)
        took = time.monotonic() - began
    finally:
        os.kill(pulse.pid, signal.SIGCONT)
    assert result.status is Status.FAIL and result.code == "microphone.stalled"
    assert result.details["stage"] == "open" and result.details["device"] == "pulse"
    assert "The microphone pulse did not deliver sound within" in result.message
    assert took < audio.START_TIMEOUT_S + 2
    # The abandoned stream is closed once the server answers again; the device works on.
    give_up = time.monotonic() + 10
    while audio.open_stream_count() and time.monotonic() < give_up:
        time.sleep(0.05)
    assert audio.open_stream_count() == 0
    assert check(record_seconds=0.3).code == "microphone.silent"


def test_level_meter_reports_blocks_and_stops(
    pulse: PulseServer, tone: Callable[..., Tone]
) -> None:
    levels: list[tuple[float, float]] = []
    meter = audio.LevelMeter(audio.find_input_device("pulse"), lambda r, p: levels.append((r, p)))
    with tone(volume=0.5):
        assert meter.start() == 48000
        try:
            assert audio.refresh_devices() is False  # never under an open stream
            time.sleep(0.6)
        finally:
            meter.stop()
    assert not meter.running
    count = len(levels)
    assert count >= 5  # 50 ms blocks
    time.sleep(0.2)
    assert len(levels) == count
    steady = levels[2:]
    assert np.median([rms for rms, _ in steady]) == pytest.approx(-9.0, abs=1.0)
    assert np.median([peak for _, peak in steady]) == pytest.approx(-6.0, abs=1.0)
    assert audio.refresh_devices() is True


def test_once_through_the_runner(
    pulse: PulseServer, tone: Callable[..., Tone], tmp_path: Path
) -> None:
    path = tmp_path / "room.yaml"
    path.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Uji\n"
        "microphone:\n  device: pulse\n  record_seconds: 1.5\n  min_level_dbfs: -40\n",
        encoding="utf-8",
    )
    profile = load_profile(path)
    with tone(volume=0.5):
        began = time.monotonic()
        [result] = ChecklistRun(profile, only=["microphone"]).start().wait()
        wall = time.monotonic() - began
    assert result.status is Status.PASS, result.message
    assert result.value == pytest.approx(-9.0, abs=1.0)
    assert result.threshold == "≥ -40 dBFS"
    assert 1.5 <= result.duration_s < 4.5 and wall < 5
    print(f"microphone check through the runner: {result.duration_s:.2f} s")


# --- machines without the device or without a sound system (own processes) -----------------

CHILD = textwrap.dedent(
    """
    import json, sys, time
    {prelude}
    from vcdesk.core.checks import microphone
    from vcdesk.core.checks.result import CancelToken
    from vcdesk.core.profile.model import Microphone
    device = {device}
    result = microphone.run(Microphone(device=device, record_seconds=0.3),
                            CancelToken(time.monotonic() + 20))
    print(json.dumps(result.to_json(), allow_nan=False), flush=True)
    {epilogue}
    """
)


def run_child(
    env: dict[str, str], device: str = "None", prelude: str = "", exit_hard: bool = False
) -> dict[str, Any]:
    epilogue = "import os; os._exit(0)" if exit_hard else ""
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(prelude=prelude, device=device, epilogue=epilogue)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_index_that_is_not_an_input_fails(pulse: PulseServer, tmp_path: Path) -> None:
    # A playback-only ALSA device (asym with no capture side), given to a child process
    # through its own ALSA user config so this process's device list is left alone.
    (tmp_path / "alsa").mkdir()
    (tmp_path / "alsa" / "asoundrc").write_text(
        'pcm.vcdesk_speaker {\n  type asym\n  playback.pcm "pulse"\n}\n', encoding="utf-8"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path)}
    find_it = (
        "import sounddevice as sd\n"
        "SPEAKER = next(d['index'] for d in sd.query_devices() if d['name'] == 'vcdesk_speaker')"
    )
    result = run_child(env, device="SPEAKER", prelude=find_it)
    assert result["status"] == "fail" and result["code"] == "microphone.not_input"
    assert result["details"]["name"] == "vcdesk_speaker"
    assert "pulse" in result["details"]["available"]
    assert "vcdesk_speaker" not in result["details"]["available"]
    assert "is not a microphone" in result["message"] and "vcdesk_speaker" in result["message"]


def test_no_sound_system_at_all_fails(tmp_path: Path) -> None:
    if Path("/dev/snd").exists():
        pytest.skip("this machine has a sound card: a computer without any input cannot be made")
    env = {k: v for k, v in os.environ.items() if k != "PULSE_SERVER"}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # no PulseAudio server there
    env["PULSE_SERVER"] = f"unix:{tmp_path / 'no-server'}"
    result = run_child(env)
    assert result["status"] == "fail" and result["code"] == "microphone.no_devices"
    assert "no microphone or other sound input at all" in result["message"]


def test_sound_server_wedged_while_listing_devices_fails(pulse: PulseServer) -> None:
    # A fresh process lists devices (PortAudio asks the server) while the server is paused:
    # that blocks for minutes inside PortAudio, so it must end as "stalled" in seconds. The
    # child leaves with os._exit: its listing thread is still stuck in PortAudio.
    os.kill(pulse.pid, signal.SIGSTOP)
    try:
        began = time.monotonic()
        result = run_child(dict(os.environ), device="'pulse'", exit_hard=True)
        took = time.monotonic() - began
    finally:
        os.kill(pulse.pid, signal.SIGCONT)
    assert result["status"] == "fail" and result["code"] == "microphone.stalled"
    assert result["details"]["stage"] == "list"
    assert "did not answer" in result["message"]
    assert took < audio.START_TIMEOUT_S + 10  # the child's own start-up included


def test_portaudio_library_missing_fails() -> None:
    # Uninstalling libportaudio2 cannot be done for one test: the child hides it from
    # ctypes, which is how sounddevice looks for it.
    hide = (
        "import ctypes.util\n"
        "_find = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda n: None if 'portaudio' in n else _find(n)"
    )
    result = run_child(dict(os.environ), device="'pulse'", prelude=hide)
    assert result["status"] == "fail" and result["code"] == "microphone.no_backend"
    assert "PortAudio library not found" in result["details"]["error"]
    assert "libportaudio2" in result["message"]
