"""Hardware H.264 encoders (issue 17): the detection runs for real against this machine's
ffmpeg (which lists VAAPI, Quick Sync and NVENC but has no device for any), and a stand-in
ffmpeg that claims a working hardware encoder and then fails mid-job drives the real queue
engine into its software fallback."""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from tests.fixtures.queue import Recorder, decodes_cleanly, engines, finished, recording, wait_for
from vcdesk.core.convert import hardware
from vcdesk.core.convert.presets import allows_hardware, build_argv, plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.jobs import JobState

__all__ = ["engines"]  # fixtures used here

Make = Callable[..., tuple[Engine, Recorder]]
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the stand-in ffmpeg is a script"
)

FALLBACK = "converting again with the software encoder"

# A stand-in ffmpeg: everything goes to the real one, except that FAKE is listed by
# -encoders, passes the one-frame test, and in a real job reports some progress, leaves a
# partial output and fails as a driver would. Each call's argv is appended to LOG.
STAND_IN = """#!{python}
import json, os, subprocess, sys, time
REAL, FAKE, LOG = {real!r}, {fake!r}, {log!r}
args = sys.argv[1:]
with open(LOG, "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
if "-encoders" in args:
    out = subprocess.run([REAL, *args], capture_output=True, text=True, check=True).stdout
    if " " + FAKE + " " not in out:
        out += " V....D " + FAKE + "           stand-in hardware encoder (codec h264)\\n"
    sys.stdout.write(out)
    sys.exit(0)
if FAKE in args and "lavfi" in args:
    sys.exit(0)
if FAKE in args:
    for us in (300000, 600000):
        print("out_time_us=%d\\nspeed=2x\\nprogress=continue" % us, flush=True)
        time.sleep(0.2)
    with open(args[-1].removeprefix("file:"), "wb") as partial:
        partial.write(bytes(4096))
    sys.stderr.write("[%s @ 0x55d0c0ffee00] Failed to end picture encode issue: 24 "
                     "(internal encoding error).\\n" % FAKE)
    sys.exit(1)
os.execv(REAL, [REAL, *args])
"""


def stand_in(folder: Path) -> tuple[Path, Path, str]:
    """(the stand-in ffmpeg, its call log, the encoder it fakes)."""
    folder.mkdir(parents=True, exist_ok=True)
    fake = hardware.candidates()[0]
    log = folder / "calls.jsonl"
    script = folder / "ffmpeg"
    script.write_text(
        STAND_IN.format(python=sys.executable, real=find_ffmpeg(), fake=fake, log=str(log))
    )
    script.chmod(0o755)
    real_probe = shutil.which("ffprobe")
    if real_probe:  # probed as with the real one: ffprobe is looked for beside ffmpeg
        (folder / "ffprobe").symlink_to(real_probe)
    return script, log, fake


def calls(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines()]


def test_detection_on_this_machines_ffmpeg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    ffmpeg = find_ffmpeg()
    cache = hardware.cache_file(tmp_path)
    runs: list[list[str]] = []
    real_run = hardware._run

    def counted(argv: list[str]) -> subprocess.CompletedProcess[str]:
        runs.append(list(argv))
        return real_run(argv)

    monkeypatch.setattr(hardware, "_run", counted)
    hardware.clear_memory()
    caplog.set_level(logging.INFO, logger="vcdesk.core.convert.hardware")

    found = hardware.detect(ffmpeg, cache)

    listed = [c for c in hardware.candidates() if c in hardware.listed_encoders(ffmpeg)]
    tried = [a[a.index("-c:0") + 1] for a in runs if "lavfi" in a]
    if found.encoder is None:
        # Each listed candidate was tried and says why it cannot be used.
        assert tried == listed
        if listed:
            assert [r.partition(":")[0] for r in found.reasons] == listed
            assert all(r.partition(": ")[2] for r in found.reasons), found.reasons
        else:
            assert found.reasons == ("none_listed",)
        assert "no hardware H.264 encoder" in caplog.text
    else:
        assert tried == listed[: listed.index(found.encoder) + 1]
    if not Path("/dev/dri").exists() and not shutil.which("nvidia-smi"):
        assert found.encoder is None  # this project's machines: no device for any of them
    entry = json.loads(cache.read_text())["builds"][found.build]
    assert (entry["encoder"], tuple(entry["reasons"])) == (found.encoder, found.reasons)
    assert found.build.startswith(str(Path(ffmpeg).resolve()) + "|")

    # The same build again: from memory, no ffmpeg at all.
    runs.clear()
    assert hardware.detect(ffmpeg, cache) == found
    assert runs == []
    # A new start (memory gone): from the file; only `-version`, to know the build.
    hardware.clear_memory()
    assert hardware.detect(ffmpeg, cache) == found
    assert [a[1:] for a in runs] == [["-version"]]


def test_argv_for_a_hardware_encoder(tmp_path: Path) -> None:
    src = recording(tmp_path / "rapat.mp4", seconds=1, size=(1920, 1080))
    info = probe(src)
    hd = plan(info, "h264-720p")
    argv = build_argv("ffmpeg", src, tmp_path / "x.part", hd, 2, "h264_vaapi")
    assert argv.index("-vaapi_device") < argv.index("-i")
    assert argv[argv.index("-c:0") + 1] == "h264_vaapi"
    assert argv[argv.index("-filter:0") + 1] == "scale=1280:720,format=nv12,hwupload"
    assert argv[argv.index("-qp:0") + 1] == "23"
    assert "libx264" not in argv and argv[argv.index("-c:1") + 1] == "copy"  # AAC already
    nvenc = build_argv("ffmpeg", src, tmp_path / "x.part", hd, None, "h264_nvenc")
    assert nvenc[nvenc.index("-cq:0") + 1] == "23" and "-vaapi_device" not in nvenc
    # Remux copies; its transcodes (a VP8 picture) stay with x264 all the same.
    for preset in ("remux", "audio-only"):
        copied = plan(info, preset)
        assert not allows_hardware(copied)
        assert build_argv("ffmpeg", src, tmp_path / "x.part", copied, None, "h264_vaapi") == (
            build_argv("ffmpeg", src, tmp_path / "x.part", copied)
        )
    vp8 = make_video(tmp_path / "rapat.mkv", 1, (320, 240), audio=False, vcodec=["-c:v", "libvpx"])
    vp8_info = probe(vp8)
    remuxed = plan(vp8_info, "remux")
    assert any(s.action == "transcode" and s.kind == "video" for s in remuxed.streams)
    assert not allows_hardware(remuxed)
    assert "h264_vaapi" not in build_argv(
        "ffmpeg", vp8, tmp_path / "y.part", remuxed, None, "h264_vaapi"
    )


def test_software_chosen_on_this_machine_and_logged(
    engines: Make, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="vcdesk")
    src = recording(tmp_path / "rapat.mp4", seconds=2, size=(640, 360))
    engine, _ = engines(hardware="auto", preset="h264-720p")
    (job,) = engine.add([src])
    row = wait_for(finished(engine, job), 60)
    assert row.state is JobState.DONE, row.error
    found = hardware.detect(engine.ffmpeg, hardware.cache_file(tmp_path))
    if found.encoder is not None:
        pytest.skip(f"this machine has a hardware encoder: {found.encoder}")
    assert f"job #{job.id}: software encoder, no hardware one ({found.why()})" in caplog.text
    assert f"job #{job.id}: pictures encoded by libx264" in caplog.text
    assert FALLBACK not in caplog.text


@linux_only
def test_hardware_failure_mid_job_falls_back_to_software(
    engines: Make, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="vcdesk")
    ffmpeg, log, fake = stand_in(tmp_path / "bin")
    src = recording(tmp_path / "in" / "rapat.mp4", seconds=3, size=(640, 360))
    engine, _ = engines(ffmpeg=str(ffmpeg), hardware="auto", preset="h264-720p")
    (job,) = engine.add([src])
    row = wait_for(finished(engine, job), 90)

    assert row.state is JobState.DONE, row.error
    out = Path(row.output or "")
    assert out.parent == engine.output_dir and sorted(p.name for p in out.parent.iterdir()) == [
        "rapat.mp4"
    ]  # the hardware run's partial is gone
    assert probe(out).video[0].codec == "h264" and abs(probe(out).duration_s - 3) < 0.5
    assert decodes_cleanly(out)
    # The hardware encoder was chosen (its one-frame test passed), ran, failed; x264 redid it.
    runs = [a for a in calls(log) if "-c:0" in a and "lavfi" not in a]
    assert [a[a.index("-c:0") + 1] for a in runs] == [fake, "libx264"]
    assert caplog.text.count(FALLBACK) == 1
    assert f"job #{job.id}: hardware encoder {fake} failed (" in caplog.text
    assert "internal encoding error" in caplog.text
    # The failure is remembered for this ffmpeg build, and said once.
    marked = f"{fake} failed during job #{job.id}: "
    assert caplog.text.count("software from now on for this ffmpeg") == 1
    assert marked + "Failed to end picture encode" in caplog.text
    cache = hardware.cache_file(tmp_path)  # the data folder: beside the queue's database
    (entry,) = json.loads(cache.read_text())["builds"].values()
    assert entry["encoder"] is None and entry["reasons"][0].startswith(marked)
    retest = datetime.fromisoformat(entry["retest_after"]).timestamp()
    assert abs(retest - time.time() - hardware.RETEST_AFTER_S) < 120

    # A second job goes straight to software: the stand-in never sees the fake encoder again,
    # nor a new detection.
    seen = len(calls(log))
    (again,) = engine.add([src])
    assert wait_for(finished(engine, again), 90).state is JobState.DONE
    later = calls(log)[seen:]
    assert later and not any(fake in a or "-encoders" in a for a in later)
    assert [a[a.index("-c:0") + 1] for a in later if "-c:0" in a] == ["libx264"]
    assert f"job #{again.id}: software encoder, no hardware one ({marked}" in caplog.text
    assert caplog.text.count("software from now on for this ffmpeg") == 1


def detect_elsewhere(ffmpeg: Path, cache: Path) -> tuple[str | None, list[str]]:
    """detect() in a new process (nothing in memory): (encoder, reasons)."""
    code = (
        "import json, sys; from pathlib import Path; from vcdesk.core.convert import hardware;"
        "d = hardware.detect(sys.argv[1], Path(sys.argv[2]));"
        "print(json.dumps([d.encoder, list(d.reasons)]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ffmpeg), str(cache)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    encoder, reasons = json.loads(out)
    return encoder, reasons


@linux_only
def test_a_failed_encoder_is_remembered_per_build_until_it_expires(tmp_path: Path) -> None:
    ffmpeg, log, fake = stand_in(tmp_path / "bin")
    cache = hardware.cache_file(tmp_path)
    hardware.clear_memory()
    assert hardware.detect(str(ffmpeg), cache).encoder == fake  # its one-frame test passes
    marked = hardware.failed(str(ffmpeg), cache, fake, "boom\nmore", job=7)
    assert marked.encoder is None and marked.reasons == (f"{fake} failed during job #7: boom",)
    assert hardware.detect(str(ffmpeg), cache) == marked  # this process: from memory
    # A second failure (another job on the same build) changes nothing.
    assert hardware.failed(str(ffmpeg), cache, fake, "again", job=8) == marked

    # A new process reads the mark from the file: only `-version`, no test, no encoder.
    seen = len(calls(log))
    assert detect_elsewhere(ffmpeg, cache) == (None, [f"{fake} failed during job #7: boom"])
    assert calls(log)[seen:] == [["-version"]]

    # The mark expired (a driver update, a week on): tested again, the encoder comes back.
    data = json.loads(cache.read_text())
    (entry,) = data["builds"].values()
    entry["retest_after"] = "2020-01-01T00:00:00+00:00"
    cache.write_text(json.dumps(data))
    seen = len(calls(log))
    assert detect_elsewhere(ffmpeg, cache) == (fake, [])
    assert any("-encoders" in a for a in calls(log)[seen:])
    assert "retest_after" not in json.loads(cache.read_text())["builds"][marked.build]

    # Marked again, then a new ffmpeg build (another file): a new key, tested at once.
    hardware.clear_memory()
    hardware.failed(str(ffmpeg), cache, fake, "boom", job=9)
    assert detect_elsewhere(ffmpeg, cache)[0] is None
    ffmpeg.write_text(ffmpeg.read_text() + "# rebuilt\n")
    seen = len(calls(log))
    assert detect_elsewhere(ffmpeg, cache) == (fake, [])
    tests = [a for a in calls(log)[seen:] if "lavfi" in a]
    assert [a[a.index("-c:0") + 1] for a in tests] == [fake]
    assert len(json.loads(cache.read_text())["builds"]) == 2  # the old build's mark kept


def test_old_cache_files_still_read(tmp_path: Path) -> None:
    """A file written before marks existed (no retest_after) reads as it always did."""
    ffmpeg = find_ffmpeg()
    hardware.clear_memory()
    found = hardware.detect(ffmpeg, None)
    cache = hardware.cache_file(tmp_path)
    entry = {"encoder": "h264_nvenc", "reasons": ["h264_vaapi: no device"], "platform": "linux"}
    cache.write_text(json.dumps({"version": 1, "builds": {found.build: entry}}))
    hardware.clear_memory()
    try:
        again = hardware.detect(ffmpeg, cache)
    finally:
        hardware.clear_memory()  # the made-up answer must not reach the other tests
    assert (again.encoder, again.reasons, again.retest_after) == (
        "h264_nvenc",
        ("h264_vaapi: no device",),
        None,
    )


@linux_only
def test_hardware_off_and_remux_never_try_it(engines: Make, tmp_path: Path) -> None:
    ffmpeg, log, fake = stand_in(tmp_path / "bin")
    src = recording(tmp_path / "in" / "rapat.mp4", seconds=2, size=(640, 360))
    engine, _ = engines(ffmpeg=str(ffmpeg), hardware="off", preset="h264-720p")
    first = engine.add([src])[0]
    assert wait_for(finished(engine, first), 60).state is JobState.DONE
    engine.reconfigure(dataclasses.replace(engine.settings, hardware="auto"))
    second = engine.add([src], preset="remux")[0]
    assert wait_for(finished(engine, second), 60).state is JobState.DONE
    seen = calls(log)
    assert seen and not any(fake in a or "-encoders" in a for a in seen)
