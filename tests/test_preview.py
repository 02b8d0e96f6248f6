"""The live camera preview and microphone level meter, against real sources: a generated
video file, the live MJPEG stream (tests/fixtures/camera_stream.py) and the PulseAudio null
sink microphone (tests/fixtures/pulse.py). Then the Checklist page that runs them only while
it is on screen and hands the devices over to the checks while a checklist runs."""

from __future__ import annotations

import argparse
import json
import math
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.fixtures.camera_stream import StreamFactory
from tests.fixtures.media import make_video
from tests.fixtures.pulse import PulseServer, Tone
from vcdesk.core.devices import audio
from vcdesk.core.profile.model import Camera, Microphone
from vcdesk.qt.preview import PREVIEW_FPS, CameraPreview, MicLevelMonitor, frame_to_image
from vcdesk.ui.app import build_window
from vcdesk.ui.main_window import MainWindow
from vcdesk.ui.widgets.camera_view import CameraView
from vcdesk.ui.widgets.level_meter import CLIP_HOLD_S, PEAK_FALL_DB_S, PEAK_HOLD_S, LevelMeter

LIVE_FPS = 25


@dataclass
class Seen:
    """Everything a preview or monitor emitted, with when."""

    frames: list[tuple[float, QSize]] = field(default_factory=list)
    infos: list[tuple[Any, ...]] = field(default_factory=list)
    levels: list[tuple[float, float, float, bool]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    def frames_since(self, t: float) -> int:
        return sum(1 for when, _ in self.frames if when >= t)


def watch(stream: CameraPreview | MicLevelMonitor) -> Seen:
    seen = Seen()
    stream.info.connect(lambda *a: seen.infos.append(a))
    stream.error.connect(seen.errors.append)
    stream.absent.connect(seen.absent.append)
    if isinstance(stream, CameraPreview):
        stream.frame.connect(lambda image: seen.frames.append((time.monotonic(), image.size())))
    else:
        stream.level.connect(lambda *a: seen.levels.append((time.monotonic(), *a)))
    return seen


@pytest.fixture
def preview() -> Iterator[CameraPreview]:
    made = CameraPreview()
    yield made
    made.stop()


@pytest.fixture
def monitor() -> Iterator[MicLevelMonitor]:
    made = MicLevelMonitor()
    yield made
    made.stop()


@pytest.fixture(scope="module")
def clip(media_dir: Path) -> Path:
    # One second long, so every test that watches it for longer sees it loop.
    return make_video(media_dir / "preview_360p.mp4", seconds=1, size=(640, 360), audio=False)


# --- camera ---------------------------------------------------------------------------------


def test_a_video_file_loops_at_its_own_rate(qtbot, preview: CameraPreview, clip: Path) -> None:  # type: ignore[no-untyped-def]
    seen = watch(preview)
    preview.start(Camera(source=str(clip)))
    qtbot.waitUntil(lambda: len(seen.infos) >= 2, timeout=5000)
    began = time.monotonic()
    qtbot.wait(2000)  # past the file's end, twice
    shown = seen.frames_since(began)
    assert seen.errors == []
    assert {size for _, size in seen.frames} == {QSize(640, 360)}
    width, height, fps = seen.infos[-1]
    assert (width, height) == (640, 360)
    assert fps == pytest.approx(30, abs=4)  # played at the file's rate, not decoded flat out
    assert 0.6 * 2 * PREVIEW_FPS <= shown <= 2 * PREVIEW_FPS + 2, shown


def test_a_live_stream_is_scaled_down_and_its_rate_measured(
    qtbot,  # type: ignore[no-untyped-def]
    preview: CameraPreview,
    camera_stream: StreamFactory,
) -> None:
    stream = camera_stream(size=(1280, 720), fps=LIVE_FPS)
    readers = stream.status()["readers"]
    seen = watch(preview)
    preview.start(Camera(source=stream.url))
    # The rate is counted after a warm-up, over a two-second window: wait for it to fill.
    qtbot.waitUntil(lambda: len(seen.infos) >= 3, timeout=8000)
    assert seen.errors == []
    assert stream.status()["readers"] == readers + 1
    assert {size for _, size in seen.frames} == {QSize(640, 360)}  # <= 640 wide, shape kept
    width, height, fps = seen.infos[-1]
    assert (width, height) == (1280, 720)
    assert fps == pytest.approx(LIVE_FPS, rel=0.2)
    print(f"preview measured {fps} fps from a {LIVE_FPS} fps stream")

    # stop() lets go of the stream at once: the thread is gone and the server sees the
    # reader leave at its next frame.
    began = time.monotonic()
    assert preview.stop() is True
    assert not preview.worker_alive and not preview.running
    while stream.status()["readers"] > readers and time.monotonic() - began < 1.0:
        time.sleep(0.02)
    assert stream.status()["readers"] == readers
    assert time.monotonic() - began < 1.0
    count = len(seen.frames)
    qtbot.wait(300)
    assert len(seen.frames) == count  # nothing of the stopped run arrives afterwards


def test_quick_stops_and_starts_still_show_pictures(
    qtbot,  # type: ignore[no-untyped-def]
    preview: CameraPreview,
    clip: Path,
) -> None:
    # As when the operator flicks between pages: a picture left behind by a stopped run
    # must not show, nor hold up the next run's pictures.
    seen = watch(preview)
    for _ in range(5):
        preview.start(Camera(source=str(clip)))
        qtbot.wait(60)
        assert preview.stop() is True
    began = time.monotonic()
    preview.start(Camera(source=str(clip)))
    qtbot.waitUntil(lambda: seen.frames_since(began) >= 5, timeout=5000)
    assert len([t for t in threading.enumerate() if t.name == "camera-preview"]) == 1


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("{tmp}/no-such-recording.mp4", ["no-such-recording.mp4", "does not exist"]),
        (7, ["Camera 7", "was not found", "camera.source"]),
        ("http://127.0.0.1:9/cam.mjpg", ["127.0.0.1:9", "cannot be reached"]),
    ],
)
def test_a_missing_camera_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    preview: CameraPreview,
    tmp_path: Path,
    source: int | str,
    words: list[str],
) -> None:
    if isinstance(source, str):
        source = source.replace("{tmp}", str(tmp_path))
    seen = watch(preview)
    preview.start(Camera(source=source))
    qtbot.waitUntil(lambda: bool(seen.errors), timeout=5000)
    for word in words:
        assert word in seen.errors[0]
    assert seen.frames == [] and seen.absent == []
    assert preview.running  # it keeps trying: the camera may be plugged in


def test_an_optional_camera_that_is_absent_is_said_calmly(
    qtbot,  # type: ignore[no-untyped-def]
    preview: CameraPreview,
) -> None:
    seen = watch(preview)
    preview.start(Camera(source=7, optional=True))
    qtbot.waitUntil(lambda: bool(seen.absent), timeout=5000)
    assert "optional" in seen.absent[0] and seen.errors == []


def test_frames_become_images_of_their_own() -> None:
    import numpy as np

    frame = np.zeros((720, 1280, 3), dtype=np.uint8)
    frame[:, :, 2] = 255  # red, in OpenCV's BGR order
    image = frame_to_image(frame)
    frame[:] = 0  # OpenCV reuses its buffer for the next frame: the image must not change
    assert image.size() == QSize(640, 360)
    assert image.pixelColor(10, 10).name() == "#ff0000"
    grey = frame_to_image(np.full((100, 200), 128, dtype=np.uint8))
    assert grey.size() == QSize(200, 100) and grey.pixelColor(0, 0).name() == "#808080"


# --- microphone -----------------------------------------------------------------------------


def levels_while(qtbot, seen: Seen, seconds: float) -> list[tuple[float, float, float, bool]]:  # type: ignore[no-untyped-def]
    began = time.monotonic()
    qtbot.wait(int(seconds * 1000))
    # The first blocks after a change still hold what came before it.
    return [level for level in seen.levels if level[0] >= began + 0.3]


def test_level_of_a_known_tone_silence_and_clipping(
    qtbot,  # type: ignore[no-untyped-def]
    monitor: MicLevelMonitor,
    pulse: PulseServer,
    tone: Callable[..., Tone],
    overdriven_tone: Callable[..., Tone],
) -> None:
    seen = watch(monitor)
    monitor.start(Microphone(device="pulse"))
    qtbot.waitUntil(lambda: bool(seen.infos), timeout=5000)
    assert seen.infos[0] == ("pulse", 48000)

    quiet = levels_while(qtbot, seen, 0.8)
    assert quiet and all(rms < -60 for _, rms, _, _ in quiet)  # the sink gives digital silence

    with tone(volume=0.5):  # -9.0 dBFS RMS, -6.0 dBFS peak (test_check_microphone.py)
        steady = levels_while(qtbot, seen, 1.3)
    rate = len(steady) / 1.0
    assert 12 <= rate <= 30, rate  # about 20 a second
    assert statistics.median(rms for _, rms, _, _ in steady) == pytest.approx(-9.0, abs=2.0)
    assert statistics.median(peak for _, _, peak, _ in steady) == pytest.approx(-6.0, abs=2.0)
    assert not any(clipping for *_, clipping in steady)

    with overdriven_tone():
        loud = levels_while(qtbot, seen, 0.8)
    assert loud and sum(clipping for *_, clipping in loud) >= 0.8 * len(loud)
    assert seen.errors == []


def test_stopping_the_meter_releases_the_microphone(
    qtbot,  # type: ignore[no-untyped-def]
    monitor: MicLevelMonitor,
    pulse: PulseServer,
) -> None:
    seen = watch(monitor)
    monitor.start(Microphone(device="pulse"))
    qtbot.waitUntil(lambda: len(seen.levels) >= 3, timeout=5000)
    began = time.monotonic()
    assert monitor.stop() is True
    assert not monitor.worker_alive
    assert audio.open_stream_count() == 0
    assert time.monotonic() - began < 1.0
    count = len(seen.levels)
    qtbot.wait(300)
    assert len(seen.levels) == count
    # The device is free: PortAudio can even be re-initialised, which it refuses under any
    # open stream, and the meter opens it again.
    assert audio.refresh_devices() is True
    monitor.start(Microphone(device="pulse"))
    qtbot.waitUntil(lambda: len(seen.levels) >= count + 3, timeout=5000)


def test_a_missing_microphone_says_why(
    qtbot,  # type: ignore[no-untyped-def]
    monitor: MicLevelMonitor,
    pulse: PulseServer,
) -> None:
    seen = watch(monitor)
    monitor.start(Microphone(device="Jabra Speak 410"))
    qtbot.waitUntil(lambda: bool(seen.errors), timeout=8000)
    assert "Jabra Speak 410" in seen.errors[0] and "pulse" in seen.errors[0]
    assert "microphone.device" in seen.errors[0]
    monitor.start(Microphone(device="Jabra Speak 410", optional=True))
    qtbot.waitUntil(lambda: bool(seen.absent), timeout=8000)
    assert "optional" in seen.absent[0]


# --- widgets --------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_level_meter_holds_the_peak_and_the_clip_light(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    meter = LevelMeter(clock=clock)
    qtbot.addWidget(meter)
    assert meter.accessibleName() == "Microphone level"
    meter.set_level(-9.0, -6.0, False)
    assert meter.level_text() == "\u22129.0 dBFS · peak \u22126.0"
    assert meter.clip_text() == "no clip"
    clock.now += 0.5
    meter.set_level(-30.0, -25.0, False)
    assert meter.held_peak() == -6.0  # held...
    clock.now += PEAK_HOLD_S
    assert meter.held_peak() == pytest.approx(-6.0 - 0.5 * PEAK_FALL_DB_S)  # ...then falling
    meter.set_level(-1.0, 0.0, True)
    assert meter.clip_lit() and meter.clip_text() == "CLIP"
    assert "Clipping" in meter.accessibleDescription()
    clock.now += CLIP_HOLD_S - 0.1
    meter.set_level(-20.0, -15.0, False)
    assert meter.clip_lit()  # still lit, so a glance catches it
    clock.now += 0.2
    meter.set_level(-20.0, -15.0, False)
    assert not meter.clip_lit() and "Clipping" not in meter.accessibleDescription()
    meter.set_level(-math.inf, -math.inf, False)
    assert meter.level_text() == "Silence (no signal)"
    meter.resize(300, meter.sizeHint().height())
    assert not meter.grab().isNull()  # paints at every state without complaint
    meter.clear()
    assert meter.level_text() == "Level: –" and not meter.clip_lit()


def test_camera_view_keeps_the_shape_and_says_what_it_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = CameraView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    view.set_frame(image)
    view.set_info(1280, 720, 25.04)
    assert view.caption == "1280×720 · 25.0 fps"
    picture = view.picture_rect()
    assert picture.width() / picture.height() == pytest.approx(16 / 9, rel=0.01)
    assert view.accessibleName() == "Camera preview"
    view.show_message("Camera 0 was not found", CameraView.ERROR)
    assert view.image is None and view.caption == ""  # no stale picture beside an error
    assert view.accessibleDescription() == "Camera 0 was not found"
    assert not view.grab().isNull()


# --- the Checklist page ---------------------------------------------------------------------


def room(tmp_path: Path, camera: str, microphone: str = "pulse") -> Path:
    path = tmp_path / "room.yaml"
    path.write_text(
        "schema_version: 1\nroom: {name: Ruang Uji}\n"
        f"camera: {{source: {json.dumps(camera)}, min_width: 640, min_height: 360,"
        " min_fps: 20, sample_seconds: 0.5}\n"
        f"microphone: {{device: {json.dumps(microphone)}, record_seconds: 0.3}}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def window(qtbot, data_dir: Path, tmp_path: Path, clip: Path, pulse: PulseServer) -> MainWindow:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(data_dir=data_dir, console_profile=str(room(tmp_path, str(clip))))
    win = build_window(args, QApplication.instance())
    qtbot.addWidget(win)
    win.sidebar.setCurrentRow(0)
    win.show()
    yield win
    win.checklist.cancel()
    win.checklist.wait(10)
    win.close()


def live_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name in ("camera-preview", "mic-level")]


def test_page_runs_the_preview_and_hands_the_devices_to_the_checks(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    page = window.checklist_page
    qtbot.waitUntil(lambda: page.camera_view.image is not None, timeout=5000)
    qtbot.waitUntil(lambda: page.level_meter.active, timeout=5000)
    assert page.mic_status.text() == "pulse · 48 kHz"

    during: list[tuple[bool, bool, list[str]]] = []
    release = page.release_devices

    def released() -> None:  # on the checklist's thread, just before the checks start
        release()
        during.append(
            (page.camera_preview.worker_alive, page.mic_monitor.worker_alive, live_threads())
        )

    page.release_devices = released  # type: ignore[method-assign]
    with qtbot.waitSignal(window.checklist.finished, timeout=20_000) as done:
        page.run_checklist(["camera", "microphone"])
        # Told to stop at once, without the UI thread waiting for it...
        assert not page.camera_preview.running and not page.mic_monitor.running
        assert page.camera_view.image is None
        assert "Paused" in page.camera_view.message
    # ...and both devices let go, threads gone, before the checks began.
    assert during == [(False, False, [])]
    by_id = {r.id: r for r in done.args[0].results}
    assert by_id["camera"].code == "camera.ok", by_id["camera"].message
    assert by_id["microphone"].code == "microphone.silent"  # it opened the device: not busy

    # And back once the checklist is done.
    qtbot.waitUntil(lambda: page.camera_view.image is not None, timeout=5000)
    assert page.camera_preview.running and page.mic_monitor.running


def test_page_stops_the_live_view_when_not_on_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.checklist_page
    qtbot.waitUntil(lambda: page.camera_preview.running and page.mic_monitor.running)
    window.sidebar.setCurrentRow(3)  # another page
    assert not page.camera_preview.running and not page.mic_monitor.running
    # The workers end by themselves (the UI thread does not wait for them).
    qtbot.waitUntil(
        lambda: not page.camera_preview.worker_alive and not page.mic_monitor.worker_alive,
        timeout=2000,
    )
    assert live_threads() == []
    window.sidebar.setCurrentRow(0)
    assert page.camera_preview.running and page.mic_monitor.running

    window.showMinimized()
    qtbot.waitUntil(lambda: not page.camera_preview.running, timeout=2000)
    assert not page.mic_monitor.running
    qtbot.waitUntil(lambda: live_threads() == [], timeout=2000)
    window.showNormal()
    qtbot.waitUntil(lambda: page.camera_preview.running and page.mic_monitor.running)

    window.set_room(None, None)
    assert not page.camera_preview.running and page.camera_view.message == "No room chosen."
