"""Segmented transcodes on real ffmpeg: a moving picture and a steady 1 kHz tone, cut into
~10 s segments at keyframes, joined without re-encoding; a crash loses one segment only."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from vcdesk.core.convert.names import temp_path
from vcdesk.core.convert.presets import Plan, plan
from vcdesk.core.convert.probe import MediaInfo, find_ffprobe, probe
from vcdesk.core.convert.segments import (
    Segment,
    SegmentError,
    SegmentWork,
    _keyframes_ffmpeg,
    _keyframes_ffprobe,
    applies,
    choose_cuts,
    concat_list,
    concat_quote,
    cut_points,
    encode,
    run_ffmpeg,
    segment_argv,
    work_folder,
)
from vcdesk.core.convert.url import file_url
from vcdesk.core.convert.verify import verify
from vcdesk.core.ffmpeg import find_ffmpeg

FFMPEG = find_ffmpeg()
FFPROBE = find_ffprobe(FFMPEG)
pytestmark = pytest.mark.skipif(FFPROBE is None, reason="needs ffprobe beside ffmpeg")

SECONDS = 40
FPS = 30
RATE = 48000
TONE_HZ = 1000.0
JOINS = (10.0, 20.0, 30.0)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 s: testsrc2 (moving) at 30 fps with a keyframe every 2 s exactly, and a 1 kHz tone
    as PCM, so the H.264 preset encodes both."""
    path = tmp_path_factory.mktemp("segments") / "rapat.mkv"
    subprocess.run(
        [
            FFMPEG,
            "-v",
            "error",
            "-nostdin",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size=640x360:rate={FPS}",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={TONE_HZ:g}:sample_rate={RATE}",
            "-t",
            str(SECONDS),
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            "-g",
            "60",
            "-sc_threshold",
            "0",
            "-c:a",
            "pcm_s16le",
            str(path),
        ],
        check=True,
        timeout=120,
    )
    return path


@pytest.fixture(scope="module")
def ts(source: Path) -> Path:
    """The same as MPEG-TS: its clock starts at 1.4 s and the sound starts ~10 ms before the
    pictures, so the pictures' first frame is not at the file's start."""
    path = source.with_suffix(".ts")
    subprocess.run(
        [
            FFMPEG,
            "-v",
            "error",
            "-nostdin",
            "-i",
            file_url(source),
            "-c:v",
            "copy",
            "-c:a",
            "mp2",
            "-f",
            "mpegts",
            file_url(path),
        ],
        check=True,
        timeout=60,
    )
    return path


class Counting:
    """run_ffmpeg, recording each step's name; fails at `fail_at` after writing a partial."""

    def __init__(self, fail_at: str | None = None) -> None:
        self.steps: list[str] = []
        self.fail_at = fail_at

    def __call__(self, argv: list[str], step: str) -> None:
        self.steps.append(step)
        if step == self.fail_at:
            out = Path(argv[-1].removeprefix("file:"))
            out.write_bytes(b"\0" * 1000)  # ffmpeg's first bytes, then the power went
            raise SegmentError(step, -9, "killed")
        run_ffmpeg(argv, step)


def frames(path: Path) -> int:
    out = subprocess.run(
        [
            FFPROBE or "ffprobe",
            "-v",
            "error",
            "-select_streams",
            "v:0",
            "-count_packets",
            "-show_entries",
            "stream=nb_read_packets",
            "-of",
            "csv=p=0",
            file_url(path),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return int(out.stdout.strip())


def tone(path: Path) -> np.ndarray:
    """The output's sound, decoded to mono 16-bit samples at 48 kHz."""
    raw = subprocess.run(
        [
            FFMPEG,
            "-v",
            "error",
            "-nostdin",
            "-i",
            file_url(path),
            "-map",
            "0:a",
            "-ac",
            "1",
            "-ar",
            str(RATE),
            "-f",
            "s16le",
            "-c:a",
            "pcm_s16le",
            "-",
        ],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.float64)


def deviation_at_joins(samples: np.ndarray, joins: tuple[float, ...]) -> tuple[float, float]:
    """(largest |sample - fitted 1 kHz sine| within 30 ms of any join, the tone's amplitude).

    One sine (amplitude, phase) is fitted to the whole sound: a gap, a click, a repeated or
    lost AAC frame, or a drift at a join all leave a residual there as large as the tone."""
    n = np.arange(len(samples))
    w = 2 * np.pi * TONE_HZ / RATE
    basis = np.stack([np.cos(w * n), np.sin(w * n)], axis=1)
    body = slice(RATE // 10, len(samples) - RATE // 10)  # the encoder's first/last frames
    coef, *_ = np.linalg.lstsq(basis[body], samples[body], rcond=None)
    residual = np.abs(samples - basis @ coef)
    amplitude = float(np.hypot(*coef))
    near = max(
        float(residual[int((t - 0.03) * RATE) : int((t + 0.03) * RATE)].max()) for t in joins
    )
    return near, amplitude


def check_output(out: Path, info: MediaInfo, p: Plan) -> float:
    """The same verification as a one-pass conversion, plus the exact checks; returns the
    audio's largest deviation at the joins relative to the tone's amplitude."""
    verify(out, info, p, ffmpeg=FFMPEG, full_decode=True)  # streams, duration, clean decode
    got = probe(out, ffmpeg=FFMPEG)
    assert [s.kind for s in got.streams] == ["video", "audio"]
    assert abs(got.duration_s - info.duration_s) <= 1 / FPS
    assert abs(frames(out) - SECONDS * FPS) <= 1
    near, amplitude = deviation_at_joins(tone(out), JOINS)
    assert amplitude > 1000  # the tone is there (lavfi's sine: 1/8 of full scale)
    assert near < 0.05 * amplitude, (near, amplitude)
    return near / amplitude


def test_cuts_fall_on_keyframes_about_target_apart(source: Path, ts: Path) -> None:
    assert cut_points(FFMPEG, source, target_s=10) == [0.0, 10.0, 20.0, 30.0]
    assert cut_points(FFMPEG, source, target_s=9) == [0.0, 10.0, 20.0, 30.0]  # keyframes: 2 s
    assert cut_points(FFMPEG, source, target_s=180) == [0.0]
    for src in (source, ts):
        by_ffprobe = _keyframes_ffprobe(FFPROBE or "", src, 60)
        # Without ffprobe (imageio-ffmpeg's build) ffmpeg's framecrc listing finds the same
        # keyframes; it may count from the video's own start (TS: 10 ms after the sound),
        # which moves every cut alike and so still gives every frame to one segment.
        by_ffmpeg = _keyframes_ffmpeg(FFMPEG, src, 60)
        shift = by_ffprobe[1] - by_ffmpeg[1]
        assert 0 <= shift < 0.1
        assert by_ffmpeg[0] == pytest.approx([t - shift for t in by_ffprobe[0]], abs=1e-6)
        assert by_ffprobe[0][:3] == pytest.approx([0.0, 2.0, 4.0], abs=0.05)
        assert cut_points(FFMPEG, src, target_s=10) == pytest.approx([0, 10, 20, 30], abs=0.05)


def test_a_short_last_piece_joins_the_one_before() -> None:
    assert choose_cuts([0, 2, 4, 6, 8, 10], end=10.5, target_s=4) == [0.0, 4, 8]
    assert choose_cuts([0, 2, 4, 6, 8, 10], end=10.4, target_s=3) == [0.0, 4, 8]
    assert choose_cuts([], end=0.0, target_s=180) == [0.0]


def test_segments_join_to_the_whole_recording(source: Path, tmp_path: Path) -> None:
    assert FFPROBE is not None
    info = probe(source, ffmpeg=FFMPEG)
    p = plan(info, "h264-720p")
    assert applies(p) and not applies(plan(info, "remux"))
    work = SegmentWork.open(tmp_path / "work", source, FFMPEG, target_s=10)
    assert [s.start for s in work.pending()] == [0.0, 10.0, 20.0, 30.0]
    run = Counting()
    out = tmp_path / ".rapat.part"
    encode(work, FFMPEG, source, out, p, run=run)
    assert run.steps == ["rest", "segment 0", "segment 1", "segment 2", "segment 3", "join"]
    assert len(work.done_segments()) == 4 and not work.pending()
    assert not [f for f in work.folder.iterdir() if f.name.endswith(".part")]
    print(f"max deviation at joins: {check_output(out, info, p):.4f} of the tone's amplitude")
    work.discard()
    assert not work.folder.exists()


def test_pictures_starting_after_the_sound_join_whole(ts: Path, tmp_path: Path) -> None:
    # Found in review: MP4's constant-rate default snapped the first segment's last frame
    # onto the next cut and the join held it twice (a decode error at the join).
    info = probe(ts, ffmpeg=FFMPEG)
    p = plan(info, "h264-720p")
    work = SegmentWork.open(tmp_path / "work", ts, FFMPEG, target_s=10)
    assert len(work.segments) == 4 and work.cuts[0] > 0
    out = tmp_path / ".rapat.part"
    encode(work, FFMPEG, ts, out, p)
    verify(out, info, p, ffmpeg=FFMPEG, full_decode=True)
    assert abs(frames(out) - SECONDS * FPS) <= 1
    assert abs(probe(out, ffmpeg=FFMPEG).duration_s - info.duration_s) <= 1 / FPS


def test_the_audio_check_sees_a_gap() -> None:
    # A check that passes anything proves nothing: 10 ms of silence at a join must show.
    n = np.arange(SECONDS * RATE)
    samples = 4096 * np.sin(2 * np.pi * TONE_HZ * n / RATE + 0.3)
    near, amplitude = deviation_at_joins(samples, JOINS)
    assert near < 0.001 * amplitude
    samples[20 * RATE : 20 * RATE + 480] = 0
    near, amplitude = deviation_at_joins(samples, JOINS)
    assert near > 0.5 * amplitude


def test_a_crash_loses_only_the_segment_under_way(source: Path, tmp_path: Path) -> None:
    assert FFPROBE is not None
    info = probe(source, ffmpeg=FFMPEG)
    p = plan(info, "h264-720p")
    folder = tmp_path / "work"
    out = tmp_path / ".rapat.part"
    first = Counting(fail_at="segment 2")
    with pytest.raises(SegmentError):
        encode(
            SegmentWork.open(folder, source, FFMPEG, target_s=10), FFMPEG, source, out, p, run=first
        )
    assert first.steps == ["rest", "segment 0", "segment 1", "segment 2"]
    assert not out.exists()
    # A killed process runs no clean-up: its partial segment stays behind.
    leftover = temp_path(folder / "seg-0002.mp4")
    leftover.write_bytes(b"\0" * 1000)

    work = SegmentWork.open(folder, source, FFMPEG, target_s=10)
    assert not leftover.exists()
    assert [s.index for s in work.done_segments()] == [0, 1]
    again = Counting()
    encode(work, FFMPEG, source, out, p, run=again)
    assert again.steps == ["segment 2", "segment 3", "join"]
    check_output(out, info, p)


def test_a_changed_input_starts_over(source: Path, tmp_path: Path) -> None:
    assert FFPROBE is not None
    copy = tmp_path / "rapat.mkv"
    shutil.copyfile(source, copy)
    folder = tmp_path / "work"
    work = SegmentWork.open(folder, copy, FFMPEG, target_s=10)
    (folder / work.segments[0].name).write_bytes(b"old")
    assert [s.index for s in SegmentWork.open(folder, copy, FFMPEG, 10).done_segments()] == [0]
    os.utime(copy, ns=(0, 10**18))
    assert SegmentWork.open(folder, copy, FFMPEG, target_s=10).done_segments() == []


def test_hostile_names_pass_through(source: Path, tmp_path: Path) -> None:
    assert FFPROBE is not None
    room = tmp_path / "it's\n-dir"
    room.mkdir()
    src = room / "-rapat 'kecil'\nbaru.mkv"
    # 20 s of the source, stream-copied: two segments are enough here.
    subprocess.run(
        [
            FFMPEG,
            "-v",
            "error",
            "-nostdin",
            "-i",
            file_url(source),
            "-t",
            "20",
            "-c",
            "copy",
            "-f",
            "matroska",
            file_url(src),
        ],
        check=True,
        timeout=60,
    )
    info = probe(src, ffmpeg=FFMPEG)
    p = plan(info, "h264-720p")
    target = room / "-rapat 'kecil'\nbaru.mp4"
    work = SegmentWork.open(work_folder(target), src, FFMPEG, target_s=10)
    assert work.folder.parent == room and "\n" not in work.folder.name
    out = temp_path(target)
    encode(work, FFMPEG, src, out, p)
    got = probe(out, ffmpeg=FFMPEG)
    assert [s.kind for s in got.streams] == ["video", "audio"]
    assert abs(got.duration_s - info.duration_s) <= 1 / FPS
    assert abs(frames(out) - 20 * FPS) <= 1


def test_concat_quoting_holds_a_quote_and_refuses_a_line_break(
    source: Path, tmp_path: Path
) -> None:
    seg = tmp_path / "it's -a.mp4"
    argv = segment_argv(FFMPEG, source, seg, plan(probe(source), "h264-720p"), Segment(0, 0, 2))
    subprocess.run(argv, check=True, capture_output=True, timeout=60)
    listing = tmp_path / "list.txt"
    listing.write_text(f"ffconcat version 1.0\nfile {concat_quote(seg.name)}\n", encoding="utf-8")
    joined = tmp_path / "joined.mp4"
    subprocess.run(
        [
            FFMPEG,
            "-v",
            "error",
            "-nostdin",
            "-f",
            "concat",
            "-safe",
            "0",
            "-i",
            file_url(listing),
            "-c",
            "copy",
            file_url(joined),
        ],
        check=True,
        timeout=60,
    )
    assert frames(joined) == 2 * FPS
    with pytest.raises(ValueError):
        concat_quote("a\nb.mp4")
    assert "duration 2.000000" in concat_list([Segment(0, 0.0, 2.0), Segment(1, 2.0, None)])
