"""verify() accepts real good outputs and rejects the broken ones a conversion can leave."""

from __future__ import annotations

import resource
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from vcdesk.core.convert.presets import Plan, build_argv, plan
from vcdesk.core.convert.probe import MediaInfo, probe
from vcdesk.core.convert.progress import Progress
from vcdesk.core.convert.verify import VerifyError, verify, verify_argv
from vcdesk.core.ffmpeg import find_ffmpeg

FFMPEG = find_ffmpeg()


def run(src: Path, dst: Path, preset: str) -> tuple[MediaInfo, Plan]:
    info = probe(src)
    p = plan(info, preset)
    subprocess.run(build_argv(FFMPEG, src, dst, p), check=True, capture_output=True, timeout=120)
    return info, p


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, MediaInfo, Plan]]:
    d = tmp_path_factory.mktemp("verify")
    src = make_video(d / "rapat.mkv", seconds=4, size=(854, 480), acodec=["-c:a", "pcm_s16le"])
    short = make_video(d / "short.mkv", seconds=2, size=(320, 240), acodec=["-c:a", "pcm_s16le"])
    result = {}
    for name, source, preset in (
        ("remux", src, "remux"),
        ("transcode", src, "h264-720p"),
        ("audio", src, "audio-only"),
        ("short", short, "remux"),
    ):
        dst = d / f".{name}.part"
        info, p = run(source, dst, preset)
        result[name] = (dst, info, p)
    return result


@pytest.mark.parametrize("name", ["remux", "transcode", "audio"])
def test_good_output_passes(outputs: dict[str, tuple[Path, MediaInfo, Plan]], name: str) -> None:
    out, source, p = outputs[name]
    for full in (False, True):
        info = verify(out, source, p, full_decode=full)
        assert tuple(s.kind for s in info.streams) == p.expected
        assert info.duration_s == pytest.approx(source.duration_s, abs=0.1)


@pytest.mark.parametrize("name", ["remux", "transcode", "audio"])
@pytest.mark.parametrize("full", [False, True], ids=["keyframes", "full"])
def test_output_cut_in_half_is_rejected(
    outputs: dict[str, tuple[Path, MediaInfo, Plan]], name: str, full: bool, tmp_path: Path
) -> None:
    out, source, p = outputs[name]
    data = out.read_bytes()
    cut = tmp_path / ".cut.part"
    cut.write_bytes(data[: len(data) // 2])
    # faststart put the index first: the cut file still opens and claims the full length.
    claimed = probe(cut)
    assert claimed.duration_s == pytest.approx(source.duration_s, abs=0.1)
    with pytest.raises(VerifyError) as caught:
        verify(cut, source, p, full_decode=full)
    assert caught.value.code == "decode"
    assert "damaged" in caught.value.message


def test_output_without_index_is_rejected(
    outputs: dict[str, tuple[Path, MediaInfo, Plan]], tmp_path: Path
) -> None:
    out, source, p = outputs["remux"]
    cut = tmp_path / ".cut.part"
    cut.write_bytes(out.read_bytes()[:4096])  # a few boxes of header, no picture at all
    with pytest.raises(VerifyError) as caught:
        verify(cut, source, p)
    assert caught.value.code in ("unreadable", "decode")


def test_wrong_duration_is_rejected(outputs: dict[str, tuple[Path, MediaInfo, Plan]]) -> None:
    short_out, _, _ = outputs["short"]
    _, long_source, p = outputs["remux"]
    with pytest.raises(VerifyError) as caught:
        verify(short_out, long_source, p)
    assert caught.value.code == "duration"
    params = caught.value.params
    assert params["measured"] == pytest.approx(2.0, abs=0.1)
    assert params["expected"] == pytest.approx(4.0, abs=0.1)
    assert "2.0 s" in caught.value.message and "4.0 s" in caught.value.message


def test_missing_stream_is_rejected(outputs: dict[str, tuple[Path, MediaInfo, Plan]]) -> None:
    audio_out, source, _ = outputs["audio"]
    _, _, remux_plan = outputs["remux"]
    with pytest.raises(VerifyError) as caught:
        verify(audio_out, source, remux_plan)
    assert caught.value.code == "streams"
    assert caught.value.params == {"found": ["audio"], "wanted": ["video", "audio"]}
    assert "1 audio" in caught.value.message and "1 video, 1 audio" in caught.value.message


def test_missing_output(outputs: dict[str, tuple[Path, MediaInfo, Plan]], tmp_path: Path) -> None:
    _, source, p = outputs["remux"]
    with pytest.raises(VerifyError) as caught:
        verify(tmp_path / ".gone.part", source, p)
    assert caught.value.code == "unreadable"
    assert caught.value.params == {
        "case": "output",
        "cause": "missing",
        "cause_params": {"case": "file"},
    }
    assert caught.value.message == (
        "The converted file cannot be opened: The file is not there: it was moved, renamed or "
        "deleted"
    )


def test_copied_video_decodes_keyframes_only(tmp_path: Path) -> None:
    # The CPU time of the decoding ffmpeg, not wall time: other jobs share this machine.
    # 10 s of 720p, so decoding outweighs ffmpeg's start-up.
    src = make_video(tmp_path / "long.mp4", seconds=10, audio=False)
    out = tmp_path / ".long.part"
    _, p = run(src, out, "remux")

    def decode_cpu(full: bool) -> float:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(verify_argv(FFMPEG, out, p, full_decode=full), check=True, timeout=60)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    argv = verify_argv(FFMPEG, out, p)
    assert argv[argv.index("-skip_frame:0") + 1] == "nokey"
    assert "-skip_frame:0" not in verify_argv(FFMPEG, out, p, full_decode=True)
    quick, full = decode_cpu(False), decode_cpu(True)
    assert quick < 0.5 * full, (quick, full)


def test_callbacks_see_the_process_and_its_progress(
    outputs: dict[str, tuple[Path, MediaInfo, Plan]],
) -> None:
    out, source, p = outputs["transcode"]
    started: list[subprocess.Popen[bytes]] = []
    reports: list[Progress] = []
    verify(out, source, p, on_start=started.append, on_progress=reports.append)
    assert len(started) == 1 and started[0].returncode == 0
    assert reports and reports[-1].done and reports[-1].fraction == 1.0


def test_killed_check_says_interrupted(outputs: dict[str, tuple[Path, MediaInfo, Plan]]) -> None:
    out, source, p = outputs["transcode"]
    with pytest.raises(VerifyError) as caught:
        verify(out, source, p, on_start=lambda proc: proc.kill())
    assert caught.value.code == "interrupted"


def test_timeout(outputs: dict[str, tuple[Path, MediaInfo, Plan]]) -> None:
    out, source, p = outputs["transcode"]
    with pytest.raises(VerifyError) as caught:
        verify(out, source, p, full_decode=True, timeout_s=0.01)
    assert caught.value.code == "timeout"
