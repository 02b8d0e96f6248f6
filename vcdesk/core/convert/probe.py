"""What a recording holds: container, duration and streams.

ffprobe is used when it sits beside ffmpeg (system installs: its JSON is the stable
interface). imageio-ffmpeg's static build has no ffprobe, so there the same facts are read
from `ffmpeg -hide_banner -i FILE`'s stderr; both readers are tested against real files.
PyAV would give a typed API, but it adds a ~60 MB dependency with its own copy of ffmpeg's
libraries, so the probe would no longer see the file the way the converting ffmpeg does.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from vcdesk.core.convert.errors import MediaError
from vcdesk.core.convert.progress import ProgressParser
from vcdesk.core.convert.reasons import plain_reason
from vcdesk.core.convert.url import file_url
from vcdesk.core.ffmpeg import find_ffmpeg
from vcdesk.core.lifeline import child_options

__all__ = ["KINDS", "MediaError", "MediaInfo", "StreamInfo", "find_ffprobe", "probe"]

KINDS = ("video", "audio", "subtitle", "data", "attachment")
PROBE_TIMEOUT_S = 60.0
# Reading every packet of a recording whose header lacks a duration: I/O bound.
SCAN_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class StreamInfo:
    index: int
    kind: str  # one of KINDS
    codec: str  # ffmpeg's codec name: "h264", "pcm_s16le", "none" when unknown
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    sample_rate: int | None = None
    channels: int | None = None
    bit_rate: int | None = None  # bits/s when the container says
    attached_pic: bool = False  # cover art shown as a video stream; not picture content


@dataclass(frozen=True)
class MediaInfo:
    path: Path
    size_bytes: int
    format_name: str
    duration_s: float  # 0.0 only when even reading every packet found no timestamps
    streams: tuple[StreamInfo, ...]

    def of_kind(self, kind: str) -> tuple[StreamInfo, ...]:
        return tuple(
            s for s in self.streams if s.kind == kind and not (kind == "video" and s.attached_pic)
        )

    @property
    def video(self) -> tuple[StreamInfo, ...]:
        return self.of_kind("video")

    @property
    def audio(self) -> tuple[StreamInfo, ...]:
        return self.of_kind("audio")


def find_ffprobe(ffmpeg: str) -> str | None:
    exe = Path(ffmpeg)
    candidate = exe.with_name(exe.name.replace("ffmpeg", "ffprobe", 1))
    if candidate != exe and candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    return None


def probe(path: Path, *, ffmpeg: str | None = None, use_ffprobe: bool | None = None) -> MediaInfo:
    """Read a recording's facts; raise MediaError with its Reason when it cannot be used.

    `use_ffprobe`: None picks ffprobe when found beside ffmpeg; False forces the stderr reader.
    """
    ffmpeg = ffmpeg or find_ffmpeg()
    path = Path(os.path.abspath(path))
    size = _check_file(path)
    ffprobe = find_ffprobe(ffmpeg) if use_ffprobe is not False else None
    if use_ffprobe and ffprobe is None:
        raise MediaError("unreadable", case="no_ffprobe", ffmpeg=ffmpeg)
    if ffprobe:
        format_name, duration, streams = _with_ffprobe(ffprobe, path)
    else:
        format_name, duration, streams = _with_ffmpeg(ffmpeg, path)
    if not any(s.kind in ("video", "audio") and not s.attached_pic for s in streams):
        raise MediaError("no_streams")
    if duration is None or duration <= 0:
        duration = _scan_duration(ffmpeg, path)
    return MediaInfo(path, size, format_name, duration, streams)


def _check_file(path: Path) -> int:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise MediaError("missing", case="file") from None
    except OSError as exc:
        raise MediaError("unreadable", case="os", detail=_os_detail(exc)) from None
    if path.is_dir():
        raise MediaError("not_media", case="folder")
    if st.st_size == 0:
        raise MediaError("empty")
    return st.st_size


def _run(argv: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(  # the caller waits for it, so it dies with us (lifeline)
            argv,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
            **child_options(),
        )
    except subprocess.TimeoutExpired:
        raise MediaError("unreadable", case="timeout", seconds=timeout) from None
    except OSError as exc:
        raise MediaError("unreadable", case="start", detail=_os_detail(exc)) from None


def _os_detail(exc: OSError) -> str:
    """The system's own words for an OS error (shown inside a translated sentence)."""
    return exc.strerror or str(exc)


def _fail(stderr: str, returncode: int, path: Path) -> MediaError:
    reason = plain_reason(stderr, returncode)
    if reason.code == "truncated" and not _looks_like_mp4(path):
        # ffmpeg picked the MP4 reader from the name alone: random bytes named .mp4 also
        # lack a moov atom, but they never were a recording.
        reason = plain_reason("Invalid data found when processing input", returncode)
    if reason.code == "unknown":
        if "detail" in reason.params:
            return MediaError("unreadable", case="ffmpeg", detail=reason.params["detail"])
        return MediaError("unreadable", case="exit", returncode=returncode)
    return MediaError(reason.code, **reason.params)


def _looks_like_mp4(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError:
        return False
    return head[4:8] in _MP4_FIRST_BOXES


_MP4_FIRST_BOXES = {b"ftyp", b"mdat", b"moov", b"free", b"skip", b"wide", b"pnot"}


def _text(raw: bytes, url: str) -> str:
    # The name is replaced before splitting into lines, so a file named with a newline
    # and "Stream #0:9: Video: ..." cannot add a stream.
    return raw.replace(os.fsencode(url), b"<input>").decode("utf-8", "replace")


# ---- ffprobe ---------------------------------------------------------------------------


def _with_ffprobe(ffprobe: str, path: Path) -> tuple[str, float | None, tuple[StreamInfo, ...]]:
    url = file_url(path)
    argv = [ffprobe, "-v", "error", "-hide_banner", "-of", "json"]
    argv += ["-show_format", "-show_streams", url]
    result = _run(argv, PROBE_TIMEOUT_S)
    stderr = _text(result.stderr, url)
    if result.returncode != 0:
        raise _fail(stderr, result.returncode, path)
    try:
        data = json.loads(result.stdout.decode("utf-8", "replace"))
    except ValueError:
        raise MediaError("unreadable", case="json") from None
    fmt: dict[str, Any] = data.get("format") or {}
    streams = tuple(_stream_from_json(s) for s in data.get("streams") or ())
    return str(fmt.get("format_name", "")), _float(fmt.get("duration")), streams


def _stream_from_json(s: dict[str, Any]) -> StreamInfo:
    kind = str(s.get("codec_type", "data"))
    kind = kind if kind in KINDS else "data"
    info = StreamInfo(
        index=int(s.get("index", 0)),
        kind=kind,
        codec=str(s.get("codec_name") or "none"),
        bit_rate=_int(s.get("bit_rate")),
        attached_pic=bool((s.get("disposition") or {}).get("attached_pic")),
    )
    if kind == "video":
        fps = _ratio(s.get("avg_frame_rate")) or _ratio(s.get("r_frame_rate"))
        return replace(info, width=_int(s.get("width")), height=_int(s.get("height")), fps=fps)
    if kind == "audio":
        return replace(
            info, sample_rate=_int(s.get("sample_rate")), channels=_int(s.get("channels"))
        )
    return info


# ---- ffmpeg -i -------------------------------------------------------------------------

_INPUT = re.compile(r"^Input #0, (?P<fmt>.+?), from '<input>':")
_DURATION = re.compile(r"^Duration: (?:(?P<h>\d+):(?P<m>\d\d):(?P<s>\d\d(?:\.\d+)?)|N/A)")
_STREAM = re.compile(
    r"^Stream #0:(?P<index>\d+)(?:\[0x[0-9a-fA-F]+\])?(?:\([^)]*\))?: "
    r"(?P<kind>Video|Audio|Subtitle|Data|Attachment): (?P<codec>[^\s,]+)(?P<rest>.*)$"
)
_SIZE = re.compile(r"(?<![\w.])(\d{2,5})x(\d{2,5})(?!\w)")
_FPS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(k?) (fps|tbr)\b")
_AUDIO = re.compile(r"(\d+) Hz, ([^,]+)")
_KBPS = re.compile(r"(?<![\w.])(\d+) kb/s")
_LAYOUT_CHANNELS = {
    "mono": 1,
    "stereo": 2,
    "downmix": 2,
    "quad": 4,
    "hexagonal": 6,
    "octagonal": 8,
    "hexadecagonal": 16,
}


def _with_ffmpeg(ffmpeg: str, path: Path) -> tuple[str, float | None, tuple[StreamInfo, ...]]:
    url = file_url(path)
    result = _run([ffmpeg, "-hide_banner", "-nostdin", "-i", url], PROBE_TIMEOUT_S)
    stderr = _text(result.stderr, url)
    # Without an output ffmpeg always exits non-zero; the Input line means it read the file.
    try:
        return parse_ffmpeg_info(stderr)
    except ValueError:
        raise _fail(stderr, result.returncode, path) from None


def parse_ffmpeg_info(stderr: str) -> tuple[str, float | None, tuple[StreamInfo, ...]]:
    """Facts from `ffmpeg -i <input>` stderr (the input's name already replaced).

    Raises ValueError when ffmpeg did not open the input at all.
    """
    format_name: str | None = None
    duration: float | None = None
    streams: list[StreamInfo] = []
    for raw in stderr.splitlines():
        line = raw.strip()
        if format_name is None:
            match = _INPUT.match(line)
            if match:
                format_name = match["fmt"]
            continue
        match = _DURATION.match(line)
        if match:
            if match["h"] is not None:
                duration = int(match["h"]) * 3600 + int(match["m"]) * 60 + float(match["s"])
            continue
        match = _STREAM.match(line)
        if match:
            streams.append(_stream_from_line(match))
    if format_name is None:
        raise ValueError("no input was opened")
    return format_name, duration, tuple(streams)


def _stream_from_line(match: re.Match[str]) -> StreamInfo:
    kind = match["kind"].lower()
    rest = match["rest"]
    kbps = _KBPS.search(rest)
    info = StreamInfo(
        index=int(match["index"]),
        kind=kind,
        codec=match["codec"],
        bit_rate=int(kbps[1]) * 1000 if kbps else None,
        attached_pic="(attached pic)" in rest,
    )
    if kind == "video":
        size = _SIZE.search(rest)
        fps = _FPS.search(rest)
        return replace(
            info,
            width=int(size[1]) if size else None,
            height=int(size[2]) if size else None,
            fps=float(fps[1]) * (1000 if fps[2] else 1) if fps else None,
        )
    if kind == "audio":
        audio = _AUDIO.search(rest)
        if audio:
            return replace(info, sample_rate=int(audio[1]), channels=_channels(audio[2]))
    return info


def _channels(layout: str) -> int | None:
    layout = layout.strip()
    counted = re.fullmatch(r"(\d+) channels.*", layout)
    if counted:
        return int(counted[1])
    named = _LAYOUT_CHANNELS.get(layout.split("(")[0])
    if named:
        return named
    numbered = re.match(r"(\d+)\.(\d+)", layout)  # 5.1, 7.1(wide), 22.2
    return int(numbered[1]) + int(numbered[2]) if numbered else None


# ---- helpers ---------------------------------------------------------------------------


def _scan_duration(ffmpeg: str, path: Path) -> float:
    # Recorders killed mid-write (OBS .mkv) leave no duration in the header; the last
    # packet's time is the real length and reading packets without decoding is quick.
    url = file_url(path)
    argv = [ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-nostats"]
    argv += ["-progress", "pipe:1", "-i", url, "-map", "0", "-c", "copy", "-f", "null", "-"]
    result = _run(argv, SCAN_TIMEOUT_S)
    parser = ProgressParser(0.0)
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        parser.feed(line)
    return parser.last.out_time_s if parser.last else 0.0


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _ratio(value: Any) -> float | None:
    try:
        num, _, den = str(value).partition("/")
        ratio = float(num) / float(den or 1)
    except (ValueError, ZeroDivisionError):
        return None
    return ratio if ratio > 0 else None
