"""plain_reason() on stderr that real ffmpeg runs print when provoked here, for the system
ffmpeg and for imageio-ffmpeg's static build (its wording differs: "[in#0 @ ...]" prefixes,
"Error opening input files: ...", other exit codes)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.media import make_video
from vcdesk.core.convert.reasons import Reason, last_meaningful_line, plain_reason
from vcdesk.core.ffmpeg import find_ffmpeg


def _imageio_ffmpeg() -> str | None:
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError):
        return None


BINARIES = [
    pytest.param(find_ffmpeg(), id="system"),
    pytest.param(
        _imageio_ffmpeg() or "",
        id="imageio",
        marks=pytest.mark.skipif(_imageio_ffmpeg() is None, reason="imageio-ffmpeg not installed"),
    ),
]
COMMON = ["-hide_banner", "-nostdin", "-v", "error", "-nostats"]


def ffmpeg(binary: str, *args: str, prefix: tuple[str, ...] = ()) -> tuple[str, int]:
    result = subprocess.run(
        [*prefix, binary, *COMMON, *args], capture_output=True, text=True, timeout=120
    )
    return result.stderr, result.returncode


def url(path: Path) -> str:
    return f"file:{path}"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("reasons")
    good = make_video(d / "good.mp4", seconds=2, size=(320, 240))
    pcm = make_video(d / "pcm.mkv", seconds=2, size=(320, 240), acodec=["-c:a", "pcm_s16le"])
    random = d / "random.mp4"
    random.write_bytes(os.urandom(100_000))
    data = good.read_bytes()
    cut = d / "cut.mp4"  # moov at the end: cut off before the index was written
    cut.write_bytes(data[: len(data) // 2])
    faststart = d / "faststart.mp4"
    subprocess.run(
        [
            find_ffmpeg(),
            *COMMON,
            "-i",
            url(good),
            "-c",
            "copy",
            "-movflags",
            "+faststart",
            url(faststart),
        ],
        check=True,
        timeout=60,
    )
    cut_fast = d / "cut-faststart.mp4"  # index first, data missing
    fast = faststart.read_bytes()
    cut_fast.write_bytes(fast[: len(fast) // 2])
    return {"good": good, "pcm": pcm, "random": random, "cut": cut, "cut_fast": cut_fast, "dir": d}


def out(files: dict[str, Path], name: str = "out.part") -> str:
    path = files["dir"] / name
    path.unlink(missing_ok=True)
    return url(path)


@pytest.mark.parametrize("binary", BINARIES)
class TestInput:
    def test_missing(self, binary: str, files: dict[str, Path]) -> None:
        stderr, rc = ffmpeg(binary, "-i", url(files["dir"] / "hilang.mp4"), "-f", "null", "-")
        assert "No such file or directory" in stderr
        assert plain_reason(stderr, rc).code == "missing"

    def test_random_bytes(self, binary: str, files: dict[str, Path]) -> None:
        # As probe's stderr reader runs it (default log level): the "misdetection possible"
        # warning tells random bytes from a cut recording. At -v error that warning is
        # hidden, which is why probe() also looks at the file's first box.
        argv = [binary, "-hide_banner", "-nostdin", "-i", url(files["random"])]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        stderr, rc = result.stderr, result.returncode
        assert "misdetection possible" in stderr and "moov atom not found" in stderr
        assert "Invalid data found when processing input" in stderr
        reason = plain_reason(stderr, rc)
        assert reason.code == "not_media" and "not a video or audio file" in reason.message

    def test_cut_before_index(self, binary: str, files: dict[str, Path]) -> None:
        stderr, rc = ffmpeg(binary, "-i", url(files["cut"]), "-f", "null", "-")
        assert "moov atom not found" in stderr
        reason = plain_reason(stderr, rc)
        assert reason.code == "truncated" and "cut off before it was saved" in reason.message

    def test_cut_after_index(self, binary: str, files: dict[str, Path]) -> None:
        stderr, rc = ffmpeg(binary, "-xerror", "-i", url(files["cut_fast"]), "-f", "null", "-")
        assert rc != 0 and "corrupt input packet" in stderr
        assert plain_reason(stderr, rc).code == "corrupt"

    def test_permission(self, binary: str, files: dict[str, Path]) -> None:
        locked = files["dir"] / "locked.mp4"
        shutil.copy(files["good"], locked)
        locked.chmod(0)
        prefix: tuple[str, ...] = ()
        if os.geteuid() == 0:
            # root reads any file: run as nobody to meet the refusal a user would.
            if shutil.which("setpriv") is None:
                pytest.skip("needs setpriv (util-linux) to drop root")
            locked.parent.chmod(0o755)
            prefix = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
        try:
            stderr, rc = ffmpeg(binary, "-i", url(locked), "-f", "null", "-", prefix=prefix)
        finally:
            locked.chmod(0o644)
        assert "Permission denied" in stderr
        reason = plain_reason(stderr, rc)
        assert reason.code == "permission" and "permissions" in reason.message


@pytest.mark.parametrize("binary", BINARIES)
class TestOutput:
    def test_disk_full_at_header(self, binary: str, files: dict[str, Path]) -> None:
        # /dev/full answers every write with ENOSPC.
        args = ["-y", "-i", url(files["good"]), "-c", "copy", "-f", "mp4", "file:/dev/full"]
        stderr, rc = ffmpeg(binary, *args)
        assert "No space left on device" in stderr
        assert plain_reason(stderr, rc).code == "disk_full"

    def test_exists(self, binary: str, files: dict[str, Path]) -> None:
        args = ["-n", "-i", url(files["good"]), "-c", "copy", "-f", "mp4", url(files["good"])]
        stderr, rc = ffmpeg(binary, *args)
        # ffmpeg 9 exits 0 here: the exit code alone does not say the file was written.
        assert "already exists" in stderr
        assert plain_reason(stderr, rc).code == "exists"

    def test_no_streams(self, binary: str, files: dict[str, Path]) -> None:
        args = ["-i", url(files["good"]), "-vn", "-an", "-sn", "-dn", "-f", "mp4", out(files)]
        stderr, rc = ffmpeg(binary, *args)
        assert "does not contain any stream" in stderr
        assert plain_reason(stderr, rc).code == "no_streams"

    def test_codec_the_container_cannot_hold(self, binary: str, files: dict[str, Path]) -> None:
        args = ["-i", url(files["pcm"]), "-map", "0", "-c", "copy", "-f", "ipod", out(files)]
        stderr, rc = ffmpeg(binary, *args)
        assert "Could not find tag for codec pcm_s16le" in stderr
        assert plain_reason(stderr, rc).code == "unsupported"

    def test_encoder_missing(self, binary: str, files: dict[str, Path]) -> None:
        args = ["-i", url(files["good"]), "-c:v", "libnotthere", "-f", "mp4", out(files)]
        stderr, rc = ffmpeg(binary, *args)
        assert "Unknown encoder 'libnotthere'" in stderr
        assert plain_reason(stderr, rc).code == "encoder_missing"

    def test_unknown_keeps_ffmpegs_own_line(self, binary: str, files: dict[str, Path]) -> None:
        args = ["-i", url(files["good"]), "-filter:v", "nosuchfilter", "-f", "mp4", out(files)]
        stderr, rc = ffmpeg(binary, *args)
        reason = plain_reason(stderr, rc)
        # ffmpeg's own words are a value, shown inside the translated sentence
        assert reason == Reason("unknown", detail="No such filter: 'nosuchfilter'"), stderr
        assert reason.message == "ffmpeg stopped: No such filter: 'nosuchfilter'"

    @pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
    def test_interrupted(self, binary: str, files: dict[str, Path], sig: signal.Signals) -> None:
        argv = [binary, *COMMON, "-re", "-i", url(files["good"]), "-c:v", "libx264"]
        argv += ["-f", "mp4", out(files)]
        proc = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True)
        time.sleep(0.5)
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=30)
        assert plain_reason(stderr, proc.returncode).code == "interrupted", (
            proc.returncode,
            stderr,
        )


@pytest.fixture(scope="module")
def small_disks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A 1 MiB tmpfs and a read-only one (mounting needs root, as on CI)."""
    base = tmp_path_factory.mktemp("disks")
    full, ro = base / "full", base / "ro"
    full.mkdir()
    ro.mkdir()
    mounted: list[Path] = []
    for path, opts in ((full, "size=1m"), (ro, "size=1m,ro")):
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            for done in mounted:
                subprocess.run(["umount", str(done)], check=False)
            pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
        mounted.append(path)
    yield full, ro
    for path in mounted:
        subprocess.run(["umount", str(path)], check=False)


@pytest.mark.parametrize("binary", BINARIES)
def test_disk_fills_mid_write(binary: str, small_disks: tuple[Path, Path]) -> None:
    full, _ = small_disks
    target = full / "out.part"
    target.unlink(missing_ok=True)
    # Lossless 720p: several MiB, so the 1 MiB disk fills after writing has begun.
    args = ["-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=30", "-t", "2"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "0"]
    stderr, rc = ffmpeg(binary, *args, "-f", "mp4", url(target))
    target.unlink(missing_ok=True)
    assert rc != 0 and "No space left on device" in stderr
    assert plain_reason(stderr, rc).code == "disk_full"


@pytest.mark.parametrize("binary", BINARIES)
def test_read_only_disk(
    binary: str, files: dict[str, Path], small_disks: tuple[Path, Path]
) -> None:
    _, ro = small_disks
    stderr, rc = ffmpeg(binary, "-i", url(files["good"]), "-c", "copy", "-f", "mp4", url(ro / "x"))
    assert "Read-only file system" in stderr
    assert plain_reason(stderr, rc).code == "read_only"


def test_last_meaningful_line_skips_wrap_up_lines() -> None:
    stderr = (
        "[out#0/mp4 @ 0x55fdfc6c5b00] Error muxing a packet\n"
        "[vost#0:0/libx264 @ 0x55e1e4b64600] Something specific went wrong\n"
        "    Last message repeated 6 times\n"
        "[out#0/mp4 @ 0x55fdfc6c5b00] Task finished with error code: -5 (I/O error)\n"
        "Error initializing output stream 0:1 -- \n"
        "Conversion failed!\n"
    )
    assert last_meaningful_line(stderr) == "Something specific went wrong"
    reason = plain_reason("", 1)
    assert reason == Reason("unknown", case="exit", returncode=1)
    assert reason.message == "ffmpeg stopped with exit code 1 and gave no reason"
