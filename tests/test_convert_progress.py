"""ProgressParser on `-progress pipe:1` output captured from a real ffmpeg run, and on the
edge cases real runs produce only sometimes (N/A, negative start times, padded speed)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from vcdesk.core.convert.presets import build_argv, plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.convert.progress import Progress, ProgressParser
from vcdesk.core.ffmpeg import find_ffmpeg


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> tuple[float, list[str]]:
    """(source duration, every stdout line) of a real transcode, read as it arrived."""
    d = tmp_path_factory.mktemp("progress")
    src = make_video(d / "rapat.mp4", seconds=4, size=(640, 360))
    info = probe(src)
    argv = build_argv(find_ffmpeg(), src, d / "out.part", plan(info, "h264-720p"), threads=1)
    argv.insert(argv.index("-progress"), "-stats_period")  # several blocks from a short run
    argv.insert(argv.index("-progress"), "0.1")
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    lines = list(proc.stdout)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    return info.duration_s, lines


def test_real_output_is_monotonic_and_reaches_one(captured: tuple[float, list[str]]) -> None:
    duration, lines = captured
    parser = ProgressParser(duration)
    reports = [r for r in (parser.feed(line) for line in lines) if r is not None]
    assert len(reports) >= 3, lines
    fractions = [r.fraction for r in reports]
    assert fractions == sorted(fractions)
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert any(0.0 < f < 1.0 for f in fractions)  # blocks mid-run, not only the last
    assert [r.done for r in reports] == [False] * (len(reports) - 1) + [True]
    last = reports[-1]
    assert last.fraction == 1.0 and last.eta_s == 0.0
    assert last.out_time_s == pytest.approx(duration, abs=0.2)
    assert last.out_size_bytes and last.out_size_bytes > 0
    assert any(r.speed and r.speed > 0 for r in reports)
    mid = [r for r in reports if not r.done and r.speed]
    for r in mid:
        assert r.eta_s == pytest.approx((duration - r.out_time_s) / (r.speed or 1), rel=1e-6)


def test_out_time_ms_is_microseconds() -> None:
    parser = ProgressParser(10.0)
    feed(parser, "out_time_ms=2500000", "speed=2x", "progress=continue")
    assert parser.last is not None
    assert parser.last.out_time_s == pytest.approx(2.5)
    assert parser.last.fraction == pytest.approx(0.25)
    assert parser.last.eta_s == pytest.approx(3.75)


def test_na_and_negative_early_values() -> None:
    parser = ProgressParser(8.0)
    first = feed(
        parser,
        "frame=0",
        "bitrate=N/A",
        "total_size=N/A",
        "out_time_us=N/A",
        "out_time_ms=N/A",
        "out_time=N/A",
        "speed=N/A",
        "progress=continue",
    )
    assert first == Progress(0.0, 0.0, None, None, False, None)
    # Before the first packet ffmpeg 5 prints AV_NOPTS_VALUE as the time.
    second = feed(
        parser,
        "out_time_us=-9223372036854775807",
        "out_time_ms=-9223372036854775807",
        "out_time=-2562047:47:16.854775",
        "speed=N/A",
        "progress=continue",
    )
    assert second is not None and second.fraction == 0.0 and second.speed is None


def test_padded_speed_and_time_only_clock() -> None:
    parser = ProgressParser(100.0)
    report = feed(parser, "out_time=00:00:50.000000", "speed= 513x", "progress=continue")
    assert report is not None
    assert report.speed == 513.0 and report.fraction == pytest.approx(0.5)


def test_fraction_never_goes_back_and_is_clamped() -> None:
    parser = ProgressParser(4.0)
    seen = [
        feed(parser, f"out_time_us={us}", "progress=continue")
        for us in (1_000_000, 3_000_000, 2_000_000, 9_000_000)
    ]
    assert [r.fraction for r in seen if r] == [0.25, 0.75, 0.75, 1.0]
    assert all(not r.done for r in seen if r)


def test_end_block_means_done_even_without_duration() -> None:
    parser = ProgressParser(0.0)  # unknown length: no fraction until the end
    mid = feed(parser, "out_time_us=1000000", "speed=1.5x", "progress=continue")
    end = feed(parser, "out_time_us=2000000", "speed=1.5x", "progress=end")
    assert mid is not None and mid.fraction == 0.0 and mid.eta_s is None
    assert end is not None and end.done and end.fraction == 1.0 and end.eta_s == 0.0


def test_lines_outside_a_block_are_ignored() -> None:
    parser = ProgressParser(4.0)
    assert parser.feed("") is None
    assert parser.feed("garbage without equals\n") is None
    assert parser.feed("out_time_us=1000000\n") is None
    report = parser.feed("progress=continue\n")
    assert report is not None and report.fraction == 0.25


def feed(parser: ProgressParser, *lines: str) -> Progress | None:
    result = None
    for line in lines:
        result = parser.feed(line + "\n")
    return result


def test_build_argv_writes_progress_to_stdout(tmp_path: Path) -> None:
    src = make_video(tmp_path / "a.mp4", seconds=1, size=(320, 240))
    argv = build_argv(find_ffmpeg(), src, tmp_path / "b.part", plan(probe(src), "remux"))
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.rstrip().endswith("progress=end")
