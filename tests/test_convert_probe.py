"""probe() on real recordings made at test time, through both readers: ffprobe's JSON and
`ffmpeg -i`'s stderr (the only way with imageio-ffmpeg's static build, tested with it too)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from vcdesk.core.convert.probe import MediaError, MediaInfo, find_ffprobe, probe
from vcdesk.core.ffmpeg import find_ffmpeg


def _imageio_ffmpeg() -> str | None:
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        return None


READERS = [
    pytest.param({}, id="ffprobe"),
    pytest.param({"use_ffprobe": False}, id="ffmpeg-stderr"),
    pytest.param(
        {"ffmpeg": _imageio_ffmpeg() or "", "use_ffprobe": False},
        id="imageio-stderr",
        marks=pytest.mark.skipif(_imageio_ffmpeg() is None, reason="imageio-ffmpeg not installed"),
    ),
]


def make_m4a(path: Path, seconds: float = 2, rate: int = 44100) -> Path:
    """Sound only (a Zoom audio file): make_video always adds a picture."""
    argv = [find_ffmpeg(), "-v", "error", "-nostdin", "-y", "-f", "lavfi"]
    argv += ["-i", f"sine=frequency=440:sample_rate={rate}", "-ac", "2", "-t", str(seconds)]
    argv += ["-c:a", "aac", "file:" + str(path)]
    subprocess.run(argv, check=True, timeout=60)
    return path


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("probe")
    small = {"seconds": 2, "size": (640, 360)}
    return {
        "mp4": make_video(d / "zoom.mp4", **small),
        "mkv": make_video(d / "obs.mkv", acodec=["-c:a", "pcm_s16le"], **small),
        "mov": make_video(d / "cam.mov", acodec=["-c:a", "pcm_s24le"], **small),
        "webm": make_video(
            d / "meet.webm",
            fps=25,
            vcodec=["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"],
            acodec=["-c:a", "libopus"],
            **small,
        ),
        "m4a": make_m4a(d / "audio.m4a"),
    }


EXPECTED = {
    "mp4": ("mov,mp4", [("video", "h264"), ("audio", "aac")]),
    "mkv": ("matroska", [("video", "h264"), ("audio", "pcm_s16le")]),
    "mov": ("mov,mp4", [("video", "h264"), ("audio", "pcm_s24le")]),
    "webm": ("matroska,webm", [("video", "vp9"), ("audio", "opus")]),
    "m4a": ("mov,mp4", [("audio", "aac")]),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_probe_reads_each_container(
    media: dict[str, Path], kind: str, reader: dict[str, object]
) -> None:
    info = probe(media[kind], **reader)
    fmt, streams = EXPECTED[kind]
    assert isinstance(info, MediaInfo)
    assert info.format_name.startswith(fmt)
    assert info.size_bytes == media[kind].stat().st_size
    assert info.duration_s == pytest.approx(2.0, abs=0.1)
    assert [(s.kind, s.codec) for s in info.streams] == streams
    assert [s.index for s in info.streams] == list(range(len(streams)))
    for s in info.video:
        assert (s.width, s.height) == (640, 360)
        assert s.fps == pytest.approx(25 if kind == "webm" else 30)
        assert s.sample_rate is None and s.channels is None
    for s in info.audio:
        assert s.sample_rate == (44100 if kind == "m4a" else 48000)
        assert s.channels == (2 if kind == "m4a" else 1)
        assert s.width is None and s.fps is None


def test_ffprobe_is_found_beside_system_ffmpeg() -> None:
    ffmpeg = find_ffmpeg()
    expected = Path(ffmpeg).with_name("ffprobe")
    assert find_ffprobe(ffmpeg) == (str(expected) if expected.exists() else None)
    if _imageio_ffmpeg():
        assert find_ffprobe(_imageio_ffmpeg() or "") is None  # the static build has none


def test_name_cannot_inject_a_stream(tmp_path: Path, media: dict[str, Path]) -> None:
    # ffmpeg echoes the input's name in its stderr; a name that looks like a stream line
    # must not add one to what the stderr reader finds.
    evil = tmp_path / "x', from 'y':\n  Stream #0:7: Video: h264, 9999x9999, 30 fps\n.m4a"
    evil.write_bytes(media["m4a"].read_bytes())
    for reader in ({}, {"use_ffprobe": False}):
        info = probe(evil, **reader)
        assert [(s.kind, s.index) for s in info.streams] == [("audio", 0)]


# ---- inputs that cannot be used ------------------------------------------------------------


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory, media: dict[str, Path]) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    random = d / "corrupt.mp4"
    random.write_bytes(os.urandom(200_000))
    text = d / "notes.mp4"
    text.write_text("Notulen rapat koordinasi\n", encoding="utf-8")
    # A recorder killed before it wrote its index: MP4 keeps the moov atom at the end.
    whole = media["mp4"].read_bytes()
    truncated = d / "cut.mp4"
    truncated.write_bytes(whole[: len(whole) // 2])
    empty = d / "empty.mp4"
    empty.touch()
    return {"random": random, "text": text, "truncated": truncated, "empty": empty, "dir": d}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("name", "code", "words"),
    [
        ("random", "not_media", "not a recording"),
        ("text", "not_media", "not a recording"),
        ("truncated", "truncated", "cut off before it was saved"),
        ("empty", "empty", "empty"),
        ("dir", "not_media", "folder"),
    ],
)
def test_unusable_input_gives_code_and_plain_words(
    bad: dict[str, Path], name: str, code: str, words: str, reader: dict[str, object]
) -> None:
    with pytest.raises(MediaError) as caught:
        probe(bad[name], **reader)
    assert caught.value.code == code
    assert words in caught.value.message
    assert "moov" not in caught.value.message and "atom" not in caught.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError) as caught:
        probe(tmp_path / "sudah dihapus.mp4")
    assert caught.value.code == "missing" and caught.value.params == {"case": "file"}
    assert "not there" in caught.value.message


def test_file_with_no_picture_or_sound(tmp_path: Path) -> None:
    # A subtitle track alone opens fine as Matroska but holds nothing to convert.
    srt = tmp_path / "subs.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,000\nSelamat pagi\n", encoding="utf-8")
    mkv = tmp_path / "subs-only.mkv"
    subprocess.run(
        [find_ffmpeg(), "-v", "error", "-nostdin", "-i", str(srt), "-c", "copy", str(mkv)],
        check=True,
        timeout=60,
    )
    with pytest.raises(MediaError) as caught:
        probe(mkv)
    assert caught.value.code == "no_streams"


def test_missing_duration_is_measured(tmp_path: Path) -> None:
    # A raw H.264 stream has no length in any header (ffmpeg says "Duration: N/A"): probe
    # reads the packets to find it rather than reporting 0. Raw H.264 carries no clock and
    # is read at 25 fps, so the test recording is made at 25 fps.
    src = make_video(tmp_path / "src.mp4", seconds=2, size=(320, 240), fps=25, audio=False)
    raw = tmp_path / "camera.h264"
    argv = [find_ffmpeg(), "-v", "error", "-nostdin", "-i", str(src), "-c", "copy", str(raw)]
    subprocess.run(argv, check=True, timeout=60)
    for reader in ({}, {"use_ffprobe": False}):
        info = probe(raw, **reader)
        assert info.duration_s == pytest.approx(2.0, abs=0.1)
