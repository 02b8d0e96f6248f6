"""Presets on real recordings: what is copied, what is transcoded, what the output holds.

"Copied" is proven by packet checksums (ffmpeg's framemd5 of the stream's packets), not
by timing alone: a re-encode cannot give the same bytes.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from vcdesk.core.convert.presets import (
    PRESETS,
    Plan,
    build_argv,
    estimate_output_bytes,
    plan,
)
from vcdesk.core.convert.probe import MediaInfo, StreamInfo, find_ffprobe, probe
from vcdesk.core.convert.verify import verify
from vcdesk.core.ffmpeg import find_ffmpeg

FFMPEG = find_ffmpeg()
SMALL = {"seconds": 3, "size": (640, 360)}


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("presets")
    return {
        "mp4": make_video(d / "zoom.mp4", seconds=3),  # 1280x720 h264 + aac
        "mkv_pcm": make_video(d / "obs.mkv", acodec=["-c:a", "pcm_s16le"], **SMALL),
        "webm": make_video(
            d / "meet.webm",
            fps=25,
            vcodec=["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"],
            acodec=["-c:a", "libopus"],
            **SMALL,
        ),
        "1080p": make_video(d / "hall.mp4", seconds=2, size=(1920, 1080)),
        "small": make_video(d / "small.mp4", seconds=2, size=(640, 360)),
    }


def convert(
    src: Path, out_dir: Path, preset: str, threads: int | None = 2
) -> tuple[Plan, Path, float]:
    info = probe(src)
    p = plan(info, preset)
    dst = out_dir / f"{src.stem}-{preset}.part"
    start = time.monotonic()
    result = subprocess.run(
        build_argv(FFMPEG, src, dst, p, threads), capture_output=True, text=True, timeout=120
    )
    elapsed = time.monotonic() - start
    assert result.returncode == 0 and result.stderr == "", result.stderr
    verify(dst, info, p)
    return p, dst, elapsed


def packet_hashes(path: Path, spec: str) -> list[str]:
    argv = [FFMPEG, "-v", "error", "-nostdin", "-i", str(path), "-map", spec, "-c", "copy"]
    argv += ["-f", "framemd5", "-"]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=60).stdout
    return [line.rsplit(",", 1)[1].strip() for line in out.splitlines() if not line.startswith("#")]


def ffprobe_json(path: Path) -> dict[str, object]:
    ffprobe = find_ffprobe(FFMPEG)
    if ffprobe is None:
        pytest.skip("this check reads ffprobe's JSON; the ffmpeg in use has no ffprobe")
    argv = [ffprobe, "-v", "error", "-of", "json", "-show_format"]
    argv += ["-show_streams", str(path)]
    return json.loads(subprocess.run(argv, capture_output=True, check=True, timeout=60).stdout)  # type: ignore[no-any-return]


# ---- real conversions ----------------------------------------------------------------------


def test_remux_copies_every_stream(media: dict[str, Path], tmp_path: Path) -> None:
    src = media["mp4"]
    p, out, elapsed = convert(src, tmp_path, "remux")
    assert [s.action for s in p.streams] == ["copy", "copy"] and p.copy_only
    assert [(s.kind, s.codec) for s in probe(out).streams] == [
        (s.kind, s.codec) for s in probe(src).streams
    ]
    assert packet_hashes(out, "0:v") == packet_hashes(src, "0:v")
    assert packet_hashes(out, "0:a") == packet_hashes(src, "0:a")
    # Copying 3 s of 720p is a fraction of a second; 5 s is room for a busy machine.
    assert elapsed < 5, elapsed


def test_remux_output_is_faststart(media: dict[str, Path], tmp_path: Path) -> None:
    _, out, _ = convert(media["mp4"], tmp_path, "remux")
    head = out.read_bytes()[:4096]
    assert head.find(b"moov") != -1 and (
        head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat")
    )


def test_pcm_in_mkv_copies_video_and_encodes_sound(media: dict[str, Path], tmp_path: Path) -> None:
    src = media["mkv_pcm"]
    p, out, _ = convert(src, tmp_path, "remux")
    assert [(s.kind, s.action, s.encoder) for s in p.streams] == [
        ("video", "copy", None),
        ("audio", "transcode", "aac"),
    ]
    info = probe(out)
    assert [(s.kind, s.codec) for s in info.streams] == [("video", "h264"), ("audio", "aac")]
    assert packet_hashes(out, "0:v") == packet_hashes(src, "0:v")
    assert p.suffix == ".mp4" and info.format_name.startswith("mov,mp4")


def test_vp9_and_opus_remux(media: dict[str, Path], tmp_path: Path) -> None:
    p, out, _ = convert(media["webm"], tmp_path, "remux")
    assert [(s.action, s.encoder) for s in p.streams] == [("transcode", "libx264"), ("copy", None)]
    assert [s.codec for s in probe(out).streams] == ["h264", "opus"]


def test_h264_720p_scales_1080p_down(media: dict[str, Path], tmp_path: Path) -> None:
    p, out, _ = convert(media["1080p"], tmp_path, "h264-720p")
    assert p.streams[0].size == (1280, 720)
    video = probe(out).video[0]
    assert (video.codec, video.width, video.height) == ("h264", 1280, 720)
    stream = ffprobe_json(out)["streams"][0]  # type: ignore[index]
    assert stream["pix_fmt"] == "yuv420p"  # type: ignore[index]


def test_h264_720p_leaves_small_picture_alone(media: dict[str, Path], tmp_path: Path) -> None:
    p, out, _ = convert(media["small"], tmp_path, "h264-720p")
    assert p.streams[0].action == "transcode" and p.streams[0].filter is None
    video = probe(out).video[0]
    assert (video.width, video.height) == (640, 360)
    # aac from the source is kept as it is: the preset promises AAC sound, it has it.
    assert [s.action for s in p.streams] == ["transcode", "copy"]


def test_audio_only_gives_m4a_without_picture(media: dict[str, Path], tmp_path: Path) -> None:
    p, out, _ = convert(media["mkv_pcm"], tmp_path, "audio-only")
    assert p.suffix == ".m4a" and p.container == "ipod" and p.expected == ("audio",)
    assert [s.reason for s in p.dropped] == ["the audio-only preset keeps sound only"]
    info = probe(out)
    assert [(s.kind, s.codec) for s in info.streams] == [("audio", "aac")]
    tags = ffprobe_json(out)["format"]["tags"]  # type: ignore[index]
    assert tags["major_brand"].strip() == "M4A"  # type: ignore[index]


@pytest.mark.parametrize(
    ("name", "preset"),
    [("mp4", "remux"), ("mkv_pcm", "remux"), ("small", "h264-720p"), ("mkv_pcm", "audio-only")],
)
def test_estimate_covers_the_real_size(
    media: dict[str, Path], tmp_path: Path, name: str, preset: str
) -> None:
    info = probe(media[name])
    p, out, _ = convert(media[name], tmp_path, preset)
    estimate = estimate_output_bytes(info, p)
    actual = out.stat().st_size
    # The model covers the size without the fixed 1 MiB of slack, and is not absurdly high.
    assert actual <= estimate - (1 << 20) and estimate <= 4 * actual + (2 << 20), (actual, estimate)


def test_threads_cap_is_passed(media: dict[str, Path], tmp_path: Path) -> None:
    info = probe(media["small"])
    argv = build_argv(FFMPEG, media["small"], tmp_path / "x.part", plan(info, "h264-720p"), 1)
    assert argv.count("-threads") == 2  # decoder (before -i) and encoder (after)
    assert argv[argv.index("-filter_threads") + 1] == "1"
    no_cap = build_argv(FFMPEG, media["small"], tmp_path / "x.part", plan(info, "h264-720p"), None)
    assert "-threads" not in no_cap


def test_never_overwrites(media: dict[str, Path], tmp_path: Path) -> None:
    dst = tmp_path / "taken.part"
    dst.write_bytes(b"someone else's file")
    info = probe(media["small"])
    result = subprocess.run(
        build_argv(FFMPEG, media["small"], dst, plan(info, "remux")),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "already exists" in result.stderr
    assert dst.read_bytes() == b"someone else's file"


# ---- plans for streams that are awkward to record here --------------------------------------


def media_info(*streams: StreamInfo) -> MediaInfo:
    return MediaInfo(Path("/x/rec.mkv"), 10_000_000, "matroska,webm", 60.0, streams)


def test_plan_per_codec() -> None:
    info = media_info(
        StreamInfo(0, "video", "hevc", 3840, 2160, 30.0),
        StreamInfo(1, "audio", "flac", sample_rate=96000, channels=2),
        StreamInfo(2, "audio", "vorbis", sample_rate=192000, channels=6),
        StreamInfo(3, "subtitle", "subrip"),
        StreamInfo(4, "subtitle", "hdmv_pgs_subtitle"),
        StreamInfo(5, "data", "bin_data"),
        StreamInfo(6, "attachment", "ttf"),
        StreamInfo(7, "video", "mjpeg", 600, 600, attached_pic=True),
        StreamInfo(8, "audio", "mp3", sample_rate=44100, channels=2),
    )
    p = plan(info, "remux")
    got = [(s.index, s.action, s.encoder) for s in p.streams]
    assert got == [
        (0, "copy", None),
        (1, "transcode", "aac"),
        (2, "transcode", "aac"),
        (3, "transcode", "mov_text"),
        (4, "drop", None),
        (5, "drop", None),
        (6, "drop", None),
        (7, "drop", None),
        (8, "copy", None),
    ]
    assert p.expected == ("video", "audio", "audio", "subtitle", "audio")
    assert p.streams[2].sample_rate == 48000 and p.streams[1].sample_rate is None
    assert p.streams[2].bit_rate == 384_000
    assert all(s.reason for s in p.dropped)
    argv = build_argv("ffmpeg", Path("/in/a.mkv"), Path("/out/.a.part"), p)
    assert argv[argv.index("-tag:0") + 1] == "hvc1"
    assert [argv[i + 1] for i, a in enumerate(argv) if a == "-map"] == [
        "0:0",
        "0:1",
        "0:2",
        "0:3",
        "0:8",
    ]
    assert argv[argv.index("-c:4") + 1] == "copy"  # output #4 is input #8 (mp3)

    big = plan(info, "h264-1080p")
    assert big.streams[0].size == (1920, 1080) and big.streams[0].encoder == "libx264"
    assert big.streams[8].encoder == "aac"  # the H.264 presets give AAC sound


def test_plan_portrait_and_odd_sizes() -> None:
    portrait = media_info(StreamInfo(0, "video", "h264", 1080, 1920, 30.0))
    assert plan(portrait, "h264-720p").streams[0].size == (720, 1280)
    odd = media_info(StreamInfo(0, "video", "vp8", 853, 481, 30.0))
    assert plan(odd, "remux").streams[0].size == (852, 480)
    wide = media_info(StreamInfo(0, "video", "h264", 2560, 1080, 30.0))
    assert plan(wide, "h264-720p").streams[0].size == (1280, 540)


def test_audio_only_without_sound_is_refused() -> None:
    from vcdesk.core.convert.errors import MediaError

    with pytest.raises(MediaError) as caught:
        plan(media_info(StreamInfo(0, "video", "h264", 640, 360, 30.0)), "audio-only")
    assert caught.value.code == "no_audio"


def test_unknown_preset() -> None:
    with pytest.raises(ValueError, match="unknown preset"):
        plan(media_info(StreamInfo(0, "audio", "aac", sample_rate=48000, channels=1)), "gif")
    assert PRESETS == ("remux", "h264-720p", "h264-1080p", "audio-only")


def test_argv_shape() -> None:
    p = plan(media_info(StreamInfo(0, "audio", "aac", sample_rate=48000, channels=1)), "audio-only")
    argv = build_argv("/usr/bin/ffmpeg", Path("rel/-y.mkv"), Path("/o/.x.part"), p, threads=2)
    joined = " ".join(argv)
    for flags in (
        "-hide_banner -nostdin -v error -progress pipe:1 -nostats",
        "-movflags +faststart",
        "-f ipod file:/o/.x.part",
    ):
        assert flags in joined
    assert "-n" in argv and "-y" not in argv
    src = argv[argv.index("-i") + 1]
    assert src.startswith("file:/") and src.endswith("/rel/-y.mkv")
    assert argv[-1] == "file:/o/.x.part"
