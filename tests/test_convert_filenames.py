"""Awkward but real file names go through probe, plan, ffmpeg, verify and publish as just
files: spaces, Javanese script, quotes, a newline, a leading dash, a colon, a percent."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from vcdesk.core.convert.names import output_path, publish, temp_path
from vcdesk.core.convert.presets import build_argv, plan
from vcdesk.core.convert.probe import probe
from vcdesk.core.convert.verify import verify
from vcdesk.core.ffmpeg import find_ffmpeg

NAMES = [
    "rapat koordinasi pagi.mkv",
    "Rapat Pemkab Ngawi ꦱꦸꦫꦏꦂꦠ — évaluasi.mkv",
    "it's \"final\" 'v2'.mkv",
    "baris\nbaru.mkv",
    "-y.mkv",
    "-i.mkv",
    "rapat:1.mkv",
    "100% selesai %d.mkv",
]


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # PCM sound, so the run both copies (video) and encodes (audio).
    d = tmp_path_factory.mktemp("names-src")
    return make_video(d / "src.mkv", seconds=2, size=(320, 240), acodec=["-c:a", "pcm_s16le"])


@pytest.mark.parametrize("name", NAMES, ids=lambda n: n.encode("unicode_escape").decode())
@pytest.mark.parametrize("use_ffprobe", [None, False], ids=["ffprobe", "stderr"])
def test_round_trip(recording: Path, tmp_path: Path, name: str, use_ffprobe: bool | None) -> None:
    src_dir, out_dir = tmp_path / "in", tmp_path / "out dir"
    src_dir.mkdir()
    out_dir.mkdir()
    src = src_dir / name
    shutil.copy(recording, src)
    before = hashlib.sha256(src.read_bytes()).hexdigest()

    info = probe(src, use_ffprobe=use_ffprobe)
    assert info.path == src and [s.codec for s in info.streams] == ["h264", "pcm_s16le"]
    p = plan(info, "remux")
    target = output_path(out_dir, src, p.suffix)
    temp = temp_path(target)
    result = subprocess.run(
        build_argv(find_ffmpeg(), src, temp, p, threads=1),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=src_dir,  # where a relative "-y.mkv" would read as an option: none is passed
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    verify(temp, info, p)
    final = publish(temp, target)

    assert final.parent == out_dir and final.suffix == ".mp4"
    assert "\n" not in final.name and "/" not in final.name[:-4]
    assert sorted(p.name for p in out_dir.iterdir()) == [final.name]  # no .part left
    assert [s.codec for s in probe(final).streams] == ["h264", "aac"]
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before  # the original untouched
    assert sorted(p.name for p in src_dir.iterdir()) == [name]
    if "\n" not in name:
        assert final.name == Path(name).stem + ".mp4"
