"""Which hardware H.264 encoder this PC's ffmpeg can use, if any.

An encoder listed by `ffmpeg -encoders` proves only that the build knows it: Debian's ffmpeg
lists VAAPI, Quick Sync and NVENC on machines with none of them. So each listed candidate
encodes one small frame, with the same options a conversion would give it; the first that
succeeds is the answer. That answer is kept per ffmpeg build (its resolved path, size, mtime
and `ffmpeg -version` line) in memory and in a small JSON file in the data folder, so the
test encodes run once per build, not once per job or per start.

An encoder can pass its one-frame test and still fail in a real job (a driver that breaks
after some minutes, a device another program holds). `failed` then marks the build as
software, in memory and in the file, so later jobs do not lose minutes on it again. The mark
lasts RETEST_AFTER_S (7 days), then the build is tested again: a fixed driver does not
change the ffmpeg build, and an operator who never heard of this file must get the hardware
back without deleting it (deleting it tests again at once). A still broken driver costs one
job's fallback a week. A new ffmpeg build is a new key and is tested at once.

The file: {"version": 1, "builds": {build: {"encoder", "reasons", "platform", "checked",
and for a mark "retest_after" (ISO time)}}}. A mark is a software answer (encoder null)
with one more key, so files without it read as before, and a vcdesk that does not know the
key reads a mark as software (never the failing encoder); hence no version change.

Called on a conversion's worker thread (it runs processes for up to a few seconds), never
on the UI thread.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vcdesk.core.convert.reasons import last_meaningful_line
from vcdesk.core.files import write_atomic
from vcdesk.core.lifeline import child_options

log = logging.getLogger(__name__)

SOFTWARE = "libx264"
CACHE_NAME = "hardware-encoders.json"
TEST_TIMEOUT_S = 8.0  # a GPU driver's first start can take a second or two
_CACHE_VERSION = 1
_CACHE_KEEP = 8  # builds remembered; an update leaves the old one's entry behind
_REASON_CHARS = 160
RETEST_AFTER_S = 7 * 24 * 3600  # a failing encoder's mark (see the module's docstring)


@dataclass(frozen=True)
class HardwareEncoder:
    """One hardware H.264 encoder and the options it gets. The quality settings aim at
    about what libx264 -crf 23 gives (each encoder's constant-quality mode at 23, or its
    0-100 scale for Media Foundation); they are not tuned per device."""

    name: str
    options: tuple[tuple[str, str], ...]  # per output stream: ("qp", "23") -> -qp:N 23
    global_options: tuple[str, ...] = ()  # before the input (a device to open)
    pix_fmt: str | None = None  # the frames it takes from system memory
    upload: str | None = None  # a filter after scaling that moves frames to the device


ENCODERS: dict[str, HardwareEncoder] = {
    e.name: e
    for e in (
        HardwareEncoder("h264_qsv", (("global_quality", "23"),), pix_fmt="nv12"),
        HardwareEncoder(
            "h264_nvenc", (("preset", "p4"), ("cq", "23"), ("b", "0")), pix_fmt="yuv420p"
        ),
        HardwareEncoder(
            "h264_amf", (("rc", "cqp"), ("qp_i", "23"), ("qp_p", "23")), pix_fmt="yuv420p"
        ),
        # hw_encoding: Windows always has a software Media Foundation encoder; only the GPU's
        # is worth choosing over x264.
        HardwareEncoder(
            "h264_mf",
            (("hw_encoding", "1"), ("rate_control", "quality"), ("quality", "60")),
            pix_fmt="nv12",
        ),
        HardwareEncoder(
            "h264_vaapi",
            (("qp", "23"),),
            global_options=("-vaapi_device", "/dev/dri/renderD128"),
            upload="format=nv12,hwupload",
        ),
    )
}

# Tried in this order; the first that encodes a frame is used.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "win32": ("h264_qsv", "h264_nvenc", "h264_amf", "h264_mf"),
    "linux": ("h264_vaapi", "h264_qsv", "h264_nvenc"),
}


def candidates(platform: str = sys.platform) -> tuple[str, ...]:
    return CANDIDATES.get("linux" if platform.startswith("linux") else platform, ())


def stream_options(encoder: str, out: int, scale: str | None) -> list[str]:
    """The output stream's encoder options; `scale` is the scaling filter, if any."""
    spec = ENCODERS[encoder]
    opts = [f"-c:{out}", encoder]
    for name, value in spec.options:
        opts += [f"-{name}:{out}", value]
    if spec.pix_fmt:
        opts += [f"-pix_fmt:{out}", spec.pix_fmt]
    chain = ",".join(f for f in (scale, spec.upload) if f)
    if chain:
        opts += [f"-filter:{out}", chain]
    return opts


def global_options(encoder: str | None) -> list[str]:
    return list(ENCODERS[encoder].global_options) if encoder in ENCODERS else []


@dataclass(frozen=True)
class Detection:
    """`encoder`: the hardware encoder to use, or None (software). `reasons`: why the ones
    before it (or all) were not chosen: "none_listed" when the build lists no candidate,
    else one "<encoder>: <ffmpeg's own words>" per listed candidate that failed its test."""

    encoder: str | None
    reasons: tuple[str, ...]
    build: str = ""
    # A failing encoder's mark: the Unix time after which the build is tested again.
    retest_after: float | None = None

    def expired(self, now: float | None = None) -> bool:
        return self.retest_after is not None and (now or time.time()) >= self.retest_after

    def why(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "none_listed"


def cache_file(data_dir: Path) -> Path:
    return data_dir / CACHE_NAME


_memory: dict[tuple[str, int, int], Detection] = {}
_lock = threading.Lock()  # one detection at a time: two jobs starting together share it


def clear_memory() -> None:
    """Forget the answers held in memory (the file keeps its own): for tests."""
    with _lock:
        _memory.clear()


def detect(ffmpeg: str, cache_path: Path | None) -> Detection:
    """The hardware encoder `ffmpeg` can use here, from memory, the cache file or a test."""
    try:
        quick = _quick(ffmpeg)
    except OSError as exc:
        return Detection(None, (f"ffmpeg: {exc.strerror or exc}",))
    with _lock:
        known = _memory.get(quick)
        if known is not None and not known.expired():
            return known
        try:
            build = _build(ffmpeg, quick)
        except (OSError, subprocess.TimeoutExpired) as exc:
            # Not remembered: the job fails on ffmpeg anyway, and a fixed ffmpeg gets a test.
            return Detection(None, (f"ffmpeg: {exc}",))
        found = _read_cache(cache_path, build)
        if found is not None and found.expired():
            log.info("testing the hardware encoders of %s again (%s)", ffmpeg, found.why())
            found = None
        if found is None:
            found = _test_all(ffmpeg, build)
            _write_cache(cache_path, found)
            if found.encoder:
                log.info("hardware H.264 encoder for %s: %s", ffmpeg, found.encoder)
            else:
                log.info("no hardware H.264 encoder for %s (%s)", ffmpeg, found.why())
        _memory[quick] = found
        return found


def failed(
    ffmpeg: str, cache_path: Path | None, encoder: str, reason: str, *, job: int | None = None
) -> Detection:
    """`encoder` failed in a real job (not for lack of space, not stopped): software for
    this ffmpeg build from now on, until the mark expires (RETEST_AFTER_S). Returns what
    detect() answers now. Logged once per mark; a second failure of an already marked
    build (two jobs at once) changes nothing."""
    during = f"during job #{job}" if job is not None else "during a job"
    said = f"{encoder} failed {during}: {_first_line(reason)[:_REASON_CHARS]}"
    try:
        quick = _quick(ffmpeg)
    except OSError as exc:
        log.warning("%s; not remembered: %s", said, exc.strerror or exc)
        return Detection(None, (said,))
    with _lock:
        known = _memory.get(quick)
        if known is not None and known.encoder is None and not known.expired():
            return known  # already software: marked meanwhile, or never hardware
        try:
            build = known.build if known is not None and known.build else _build(ffmpeg, quick)
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("%s; not remembered: %s", said, exc)
            return Detection(None, (said,))
        marked = Detection(None, (said,), build, time.time() + RETEST_AFTER_S)
        _memory[quick] = marked
        _write_cache(cache_path, marked)
        until = datetime.fromtimestamp(marked.retest_after or 0, UTC).isoformat(timespec="minutes")
        log.warning(
            "%s; software from now on for this ffmpeg (%s), tested again after %s",
            said,
            ffmpeg,
            until,
        )
        return marked


def _quick(ffmpeg: str) -> tuple[str, int, int]:
    """The build's key in memory: the resolved file, its size and modification time."""
    resolved = Path(ffmpeg).resolve()
    stat = resolved.stat()
    return (str(resolved), stat.st_size, stat.st_mtime_ns)


def _build(ffmpeg: str, quick: tuple[str, int, int]) -> str:
    """The build's key in the file: the quick key and `ffmpeg -version`'s first line."""
    version = _first_line(_run([ffmpeg, "-version"]).stdout)
    return f"{quick[0]}|{quick[1]}|{quick[2]}|{version}"


def _test_all(ffmpeg: str, build: str) -> Detection:
    try:
        listed = listed_encoders(ffmpeg)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Detection(None, (f"ffmpeg -encoders: {exc}",), build)
    reasons: list[str] = []
    for name in (c for c in candidates() if c in listed):
        problem = test_encode(ffmpeg, name)
        if problem is None:
            return Detection(name, tuple(reasons), build)
        reasons.append(f"{name}: {problem}")
    return Detection(None, tuple(reasons) or ("none_listed",), build)


def listed_encoders(ffmpeg: str) -> set[str]:
    # Lines look like " V....D h264_vaapi   H.264/AVC (VAAPI) (codec h264)".
    names = set()
    for line in _run([ffmpeg, "-hide_banner", "-encoders"]).stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 6 and parts[0][0] in "VAS.":
            names.add(parts[1])
    return names


def test_argv(ffmpeg: str, encoder: str) -> list[str]:
    """One small frame through the encoder, with a conversion's own options; output to null."""
    return [
        ffmpeg,
        "-hide_banner",
        "-nostdin",
        "-v",
        "error",
        *global_options(encoder),
        "-f",
        "lavfi",
        "-i",
        "color=size=320x240:rate=1",
        "-frames:v",
        "1",
        *stream_options(encoder, 0, None),
        "-f",
        "null",
        "-",
    ]


def test_encode(ffmpeg: str, encoder: str) -> str | None:
    """None when the encoder made a frame; else ffmpeg's reason, short."""
    try:
        result = _run(test_argv(ffmpeg, encoder))
    except subprocess.TimeoutExpired:
        return f"no answer within {TEST_TIMEOUT_S:g} s"
    except OSError as exc:
        return exc.strerror or str(exc)
    if result.returncode == 0:
        return None
    return _short(result.stderr) or f"exit status {result.returncode}"


def _short(stderr: str) -> str:
    """The first line that names the trouble: ffmpeg's last lines are generic ("Error
    initializing output stream ..."), its first says what the driver lacked."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    for line in lines:
        text = last_meaningful_line(line)
        if text and not text.lower().startswith("error initializing output stream"):
            return text[:_REASON_CHARS]
    return last_meaningful_line(stderr)[:_REASON_CHARS]


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _run(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing on Windows
    return subprocess.run(  # waited for here: it dies with us (lifeline)
        list(argv),
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        errors="replace",
        timeout=TEST_TIMEOUT_S,
        check=False,
        creationflags=flags,
        **child_options(),
    )


def _read_cache(path: Path | None, build: str) -> Detection | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entry = data["builds"][build]
        retest = entry.get("retest_after")  # only in a failing encoder's mark
        retest_after = datetime.fromisoformat(retest).timestamp() if retest else None
        return Detection(entry["encoder"], tuple(entry["reasons"]), build, retest_after)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if not isinstance(exc, KeyError):
            log.warning("ignoring the hardware encoder cache %s: %s", path, exc)
        return None


def _write_cache(path: Path | None, found: Detection) -> None:
    if path is None or not found.build:
        return
    try:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            builds = dict(data.get("builds", {})) if data.get("version") == _CACHE_VERSION else {}
        except (OSError, ValueError, AttributeError):
            builds = {}
        builds.pop(found.build, None)
        builds[found.build] = {
            "encoder": found.encoder,
            "reasons": list(found.reasons),
            "platform": sys.platform,
            "checked": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if found.retest_after is not None:
            retest = datetime.fromtimestamp(found.retest_after, UTC)
            builds[found.build]["retest_after"] = retest.isoformat(timespec="seconds")
        kept = dict(list(builds.items())[-_CACHE_KEEP:])
        text = json.dumps({"version": _CACHE_VERSION, "builds": kept}, indent=2)
        write_atomic(path, text + "\n")
    except OSError as exc:  # only costs a test encode at the next start
        log.warning("could not write the hardware encoder cache %s: %s", path, exc)
