"""What happens to each stream of a recording under a preset, and the ffmpeg argv for it.

A stream is copied whenever the target container can hold its codec (fast, lossless);
otherwise it is transcoded (PCM/Vorbis/FLAC sound to AAC, VP8/VP9/other pictures to H.264),
never failed. Streams MP4 cannot hold at all (bitmap subtitles, data, attachments, cover
pictures) are dropped and listed in the plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vcdesk.core.convert.errors import MediaError
from vcdesk.core.convert.probe import MediaInfo, StreamInfo
from vcdesk.core.convert.url import file_url
from vcdesk.core.words import QT_TRANSLATE_NOOP, tr


@dataclass(frozen=True)
class Preset:
    """One conversion preset: its name (as profiles, the queue and the CLI write it), its
    words for people, the picture it scales to, and how fast it runs before this PC has a
    history of its own (times real time: the schedule's estimates start from it)."""

    name: str
    label: str  # marked for translation in context "presets"; shown with preset_label()
    box: tuple[int, int] | None = None  # a transcode's largest frame; None: no scaling
    speed: float = 30.0


# The presets, declared once: the profile's schema, the CLI's choices, the estimator and the
# console's words all read this table.
CATALOGUE: tuple[Preset, ...] = (
    Preset("remux", QT_TRANSLATE_NOOP("presets", "MP4, copied (fast, same quality)")),
    Preset("h264-720p", QT_TRANSLATE_NOOP("presets", "H.264, 720p"), (1280, 720), 1.5),
    Preset("h264-1080p", QT_TRANSLATE_NOOP("presets", "H.264, 1080p"), (1920, 1080), 0.6),
    Preset("audio-only", QT_TRANSLATE_NOOP("presets", "Audio only")),
)
_CONTEXT = "presets"  # the labels' (lupdate reads the literal in QT_TRANSLATE_NOOP above)
PRESETS: tuple[str, ...] = tuple(p.name for p in CATALOGUE)
BY_NAME: dict[str, Preset] = {p.name: p for p in CATALOGUE}


def preset_label(name: str) -> str:
    """The preset's words in the current language; an unknown name as it is."""
    preset = BY_NAME.get(name)
    return tr(_CONTEXT, preset.label) if preset is not None else name


AUDIO_SUFFIX = ".m4a"  # what only the audio-only preset writes (the others: .mp4)


def preset_of_output(name: str) -> str:
    """The preset an output was made with, as far as its name tells: audio-only for an
    .m4a, else "" (every other preset writes .mp4)."""
    return "audio-only" if name.lower().endswith(AUDIO_SUFFIX) else ""


MP4_VIDEO = frozenset({"h264", "hevc", "av1", "mpeg4"})
MP4_AUDIO = frozenset({"aac", "mp3", "ac3", "eac3", "opus", "alac"})
M4A_AUDIO = frozenset({"aac", "alac"})
# Text subtitles become MP4's own text track; bitmap ones (DVD, PGS) have no MP4 form.
TEXT_SUBTITLES = frozenset({"mov_text", "subrip", "srt", "ass", "ssa", "webvtt", "text"})

X264_PRESET = "veryfast"
X264_CRF = 23
# AAC's sampling rates; anything else (e.g. 192 kHz PCM) is resampled to 48 kHz.
_AAC_RATES = frozenset(
    {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350}
)
# Estimates: x264 veryfast/crf 23 on busy pictures stays under ~0.1 bit per pixel; meeting
# content (slides, faces) is far below. Over-estimating only asks for more free space.
_X264_BITS_PER_PIXEL = 0.1
_ENCODE_MARGIN = 1.25
_COPY_MARGIN = 1.02
_CONTAINER_SLACK_BYTES = 1 << 20


@dataclass(frozen=True)
class StreamPlan:
    index: int  # the input stream's index
    kind: str
    codec_in: str
    action: str  # "copy" | "transcode" | "drop"
    encoder: str | None = None  # ffmpeg encoder when transcoding: libx264, aac, mov_text
    size: tuple[int, int] | None = None  # output picture size when it changes
    filter: str | None = None  # ffmpeg video filter that makes that size
    bit_rate: int | None = None  # audio target, bits/s
    sample_rate: int | None = None  # set when the input's cannot go into AAC
    reason: str = ""  # plain words: why transcoded or dropped


@dataclass(frozen=True)
class Plan:
    preset: str
    container: str  # ffmpeg muxer name: "mp4" or "ipod" (.m4a)
    suffix: str  # ".mp4" or ".m4a"
    streams: tuple[StreamPlan, ...]  # one per input stream, in input order

    @property
    def kept(self) -> tuple[StreamPlan, ...]:
        """The output's streams, in output order."""
        return tuple(s for s in self.streams if s.action != "drop")

    @property
    def dropped(self) -> tuple[StreamPlan, ...]:
        return tuple(s for s in self.streams if s.action == "drop")

    @property
    def expected(self) -> tuple[str, ...]:
        """Kinds of the output's streams, in output order."""
        return tuple(s.kind for s in self.kept)

    @property
    def copy_only(self) -> bool:
        return all(s.action == "copy" for s in self.kept)


def plan(info: MediaInfo, preset: str) -> Plan:
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; known: {', '.join(PRESETS)}")
    if preset == "audio-only":
        streams = tuple(_audio_only(s) for s in info.streams)
        result = Plan(preset, "ipod", AUDIO_SUFFIX, streams)
        if not result.kept:
            raise MediaError("no_audio")
        return result
    box = BY_NAME[preset].box
    result = Plan(preset, "mp4", ".mp4", tuple(_to_mp4(s, box) for s in info.streams))
    if not any(s.kind in ("video", "audio") for s in result.kept):
        raise MediaError("no_streams")
    return result


def _to_mp4(s: StreamInfo, box: tuple[int, int] | None) -> StreamPlan:
    if s.kind == "video":
        if s.attached_pic:
            return _drop(s, "a cover picture, not part of the recording")
        if box is None and s.codec in MP4_VIDEO:
            return StreamPlan(s.index, s.kind, s.codec, "copy")
        reason = (
            f"{s.codec} pictures cannot go into MP4"
            if box is None
            else "the preset re-encodes pictures as H.264"
        )
        size = _picture_size(s, box)
        if size:
            filt: str | None = f"scale={size[0]}:{size[1]}"
        elif not s.width or not s.height:
            # Size unknown to the probe: at least make the sides even for x264.
            filt = "scale=trunc(iw/2)*2:trunc(ih/2)*2"
        else:
            filt = None
        return StreamPlan(
            s.index,
            s.kind,
            s.codec,
            "transcode",
            "libx264",
            size=size,
            filter=filt,
            reason=reason,
        )
    if s.kind == "audio":
        # The H.264 presets promise AAC sound; remux keeps whatever MP4 can hold.
        if box is None:
            return _audio(s, MP4_AUDIO, f"{s.codec} sound cannot go into MP4")
        return _audio(s, frozenset({"aac"}), "the preset gives AAC sound")
    if s.kind == "subtitle":
        if s.codec == "mov_text":
            return StreamPlan(s.index, s.kind, s.codec, "copy")
        if s.codec in TEXT_SUBTITLES:
            return StreamPlan(
                s.index,
                s.kind,
                s.codec,
                "transcode",
                "mov_text",
                reason=f"{s.codec} subtitles become MP4 text subtitles",
            )
        return _drop(s, f"{s.codec} subtitles (pictures) cannot go into MP4")
    if s.kind == "attachment":
        return _drop(s, "an attached file (such as a font), which MP4 cannot hold")
    return _drop(s, f"a {s.codec} data stream, which MP4 cannot hold")


def _audio_only(s: StreamInfo) -> StreamPlan:
    if s.kind == "audio":
        return _audio(s, M4A_AUDIO, f"{s.codec} sound cannot go into M4A")
    return _drop(s, "the audio-only preset keeps sound only")


def _audio(s: StreamInfo, allowed: frozenset[str], reason: str) -> StreamPlan:
    if s.codec in allowed:
        return StreamPlan(s.index, s.kind, s.codec, "copy")
    channels = s.channels or 2
    bit_rate = (
        96_000 if channels == 1 else 128_000 if channels == 2 else min(64_000 * channels, 512_000)
    )
    rate = None if s.sample_rate is None or s.sample_rate in _AAC_RATES else 48000
    return StreamPlan(
        s.index,
        s.kind,
        s.codec,
        "transcode",
        "aac",
        bit_rate=bit_rate,
        sample_rate=rate,
        reason=reason,
    )


def _drop(s: StreamInfo, reason: str) -> StreamPlan:
    return StreamPlan(s.index, s.kind, s.codec, "drop", reason=reason)


def _picture_size(s: StreamInfo, box: tuple[int, int] | None) -> tuple[int, int] | None:
    """The output size: shrunk to fit the box (never enlarged), aspect kept, even sides."""
    if not s.width or not s.height:
        return None
    w, h = s.width, s.height
    scale = 1.0
    if box is not None:
        # A portrait recording fits a portrait box: 720p means the short side, not width.
        long_side, short_side = box
        bw, bh = (long_side, short_side) if w >= h else (short_side, long_side)
        scale = min(1.0, bw / w, bh / h)
    size = (_even(w * scale), _even(h * scale))
    return None if size == (w, h) else size


def _even(x: float) -> int:
    # x264 with 4:2:0 chroma needs even sides.
    r = round(x)
    return max(2, r - r % 2)


def allows_hardware(plan: Plan) -> bool:
    """A hardware H.264 encoder may take the plan's pictures: only an H.264 preset's
    transcode (remux and audio-only keep what they can copy; their rare transcodes stay
    with x264, whose output is known everywhere)."""
    return BY_NAME[plan.preset].box is not None and any(
        s.kind == "video" and s.action == "transcode" for s in plan.streams
    )


def build_argv(
    ffmpeg: str,
    src: Path,
    dst: Path,
    plan: Plan,
    threads: int | None = None,
    encoder: str | None = None,
) -> list[str]:
    """The full ffmpeg argv; progress goes to stdout, errors only to stderr. `encoder`: a
    hardware H.264 encoder (vcdesk.core.convert.hardware) for the transcoded pictures
    instead of libx264, when allows_hardware(plan)."""
    if encoder is not None and not allows_hardware(plan):
        encoder = None
    if encoder is not None:
        # Here, not at the top: the command line imports this module for the preset names
        # and needs none of the detection's (subprocess, ctypes) at its start.
        from vcdesk.core.convert import hardware
    argv = [ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-progress", "pipe:1", "-nostats"]
    argv.append("-n")  # dst is a fresh temp name; never clobber anything
    if threads:
        argv += ["-filter_threads", str(threads), "-threads", str(threads)]
    if encoder is not None:
        argv += hardware.global_options(encoder)
    argv += ["-i", file_url(src)]
    for s in plan.kept:
        argv += ["-map", f"0:{s.index}"]
    for out, s in enumerate(plan.kept):
        if encoder is not None and s.kind == "video" and s.encoder == "libx264":
            argv += hardware.stream_options(encoder, out, s.filter)
            continue
        argv += _stream_options(out, s)
    # A copied stream can run far ahead of one still waiting for its encoder to start.
    argv += ["-max_muxing_queue_size", "4096"]
    argv += ["-movflags", "+faststart"]
    if threads:
        argv += ["-threads", str(threads)]
    # dst ends in ".part": the muxer must be named, it cannot be guessed from the suffix.
    argv += ["-f", plan.container, file_url(dst)]
    return argv


def _stream_options(out: int, s: StreamPlan) -> list[str]:
    if s.action == "copy":
        opts = [f"-c:{out}", "copy"]
        if s.codec_in == "hevc":
            opts += [f"-tag:{out}", "hvc1"]  # the tag Apple players need to play HEVC
        return opts
    if s.encoder == "libx264":
        opts = [f"-c:{out}", "libx264", f"-preset:{out}", X264_PRESET, f"-crf:{out}", str(X264_CRF)]
        opts += [f"-pix_fmt:{out}", "yuv420p"]
        if s.filter:
            opts += [f"-filter:{out}", s.filter]
        return opts
    if s.encoder == "aac":
        opts = [f"-c:{out}", "aac"]
        if s.bit_rate:
            opts += [f"-b:{out}", str(s.bit_rate)]
        if s.sample_rate:
            opts += [f"-ar:{out}", str(s.sample_rate)]
        return opts
    return [f"-c:{out}", s.encoder or "copy"]


def estimate_output_bytes(info: MediaInfo, plan: Plan) -> int:
    """A generous guess of the output's size, for the free-space check before a job."""
    rates = _input_rates(info)
    by_index = {s.index: s for s in info.streams}
    copied = encoded = 0.0
    for s in plan.kept:
        if s.action == "copy":
            copied += rates.get(s.index, 0.0) * info.duration_s / 8
        elif s.kind == "video":
            encoded += _x264_rate(by_index[s.index], s, rates) * info.duration_s / 8
        elif s.kind == "audio":
            encoded += (s.bit_rate or 128_000) * info.duration_s / 8
    # Copied packets are known bytes (MP4 adds well under 1 %); an encoder's output is not.
    copied = min(copied, float(info.size_bytes)) * _COPY_MARGIN
    return int(copied + encoded * _ENCODE_MARGIN) + _CONTAINER_SLACK_BYTES


def _input_rates(info: MediaInfo) -> dict[int, float]:
    """Bits/s per input stream: what the container says, PCM's exact rate, a typical rate
    for other sound, and the rest of the file's bitrate for the pictures (Matroska gives no
    per-stream rates)."""
    rates: dict[int, float] = {}
    unknown: list[StreamInfo] = []
    for s in info.streams:
        rate = s.bit_rate or _pcm_rate(s)
        if rate:
            rates[s.index] = float(rate)
        elif s.kind == "video" and not s.attached_pic:
            unknown.append(s)
        elif s.kind == "audio":
            rates[s.index] = float(_typical_audio_rate(s))
    if info.duration_s > 0:
        left = max(0.0, info.size_bytes * 8 / info.duration_s - sum(rates.values()))
        for s in unknown:
            rates[s.index] = left / len(unknown)
        if not unknown and left:
            # Sound only: the file's own rate is the best guess for its streams.
            audio = [s for s in info.streams if s.kind == "audio"]
            for s in audio:
                rates[s.index] += left / len(audio)
    return rates


def _typical_audio_rate(s: StreamInfo) -> int:
    if s.codec in ("flac", "alac", "wavpack", "tta"):
        # Lossless: about 60 % of the same sound as 16-bit PCM.
        return int(0.6 * (s.sample_rate or 48000) * (s.channels or 2) * 16)
    return 192_000


def _pcm_rate(s: StreamInfo) -> int | None:
    if not s.codec.startswith("pcm_") or not s.sample_rate or not s.channels:
        return None
    digits = "".join(c for c in s.codec.split("_")[1] if c.isdigit())
    bits = int(digits) if digits else 16
    return s.sample_rate * s.channels * bits


def _x264_rate(src: StreamInfo, s: StreamPlan, rates: dict[int, float]) -> float:
    w, h = s.size or (src.width or 1920, src.height or 1080)
    model = w * h * (src.fps or 30.0) * _X264_BITS_PER_PIXEL
    source = rates.get(src.index)
    if source and src.width and src.height:
        # Re-encoding rarely needs more than the source spent on the same pixels.
        model = min(model, 1.5 * source * (w * h) / (src.width * src.height))
    return model


def describe(plan: Plan) -> Sequence[str]:
    """One line per input stream, for the job's log."""
    lines: list[str] = []
    for s in plan.streams:
        what = s.action if s.action != "transcode" else f"transcode to {s.encoder}"
        extra = f" ({s.reason})" if s.reason else ""
        lines.append(f"#{s.index} {s.kind} {s.codec_in}: {what}{extra}")
    return lines
