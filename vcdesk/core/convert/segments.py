"""Resumable transcodes: the pictures are encoded in segments, so a stop loses one segment.

The input is cut at keyframes of its first video stream into segments of a few minutes
(`cut_points`: packet flags from ffprobe, or ffmpeg's framecrc listing where there is no
ffprobe; nothing is decoded). Each segment's pictures are encoded into a file of their own
(`segment_argv`): `-ss START` before `-i` seeks to the keyframe, where the decoder needs
nothing from before it, and ffmpeg's exact seek drops nothing from a keyframe on; `-t`,
counted from the segment's first picture, ends it just before the next cut's keyframe; and
`-fps_mode passthrough` keeps every frame's own time (MP4's default constant rate moves
frames onto a grid, which can carry one across a cut). So every input frame lands in
exactly one segment, and the concat demuxer joins the segments by stream copy, each placed
at its cut's time (the list's `duration` lines), not where the previous file's last frame
happens to end. The list names the segments relative to itself, so the work folder's name,
whatever it holds, never has to survive the list's quoting.

Sound is NOT encoded per segment. AAC puts ~1024 samples of encoder priming at the start of
every encode and pads its last frame to a whole 1024-sample frame: joined per segment, every
join has a short gap or an overlap, which a steady tone turns into a click, and the sound
drifts against the pictures by up to a frame per join. Instead all non-picture streams
(sound, text subtitles) are made in ONE pass over the whole input (`rest_argv`): that takes
seconds even for an hour, because no pictures are decoded. The join (`join_argv`) then muxes
the joined pictures with that file, copying both, into the final MP4 (faststart).

Nothing half-written ever carries a finished name: each piece is written under a hidden
".part" name (names.temp_path, which the queue's clean-up and the meeting archive already
treat as partial), synced, and renamed only when ffmpeg exited 0. A resume (`SegmentWork.
open` on the same work folder) removes leftover ".part" files and encodes only what has no
finished file (`SegmentWork.pending`). The cuts are stored in the work folder, so a resume
cuts the same way; a changed input starts over. Everything here runs processes and waits:
call it from a worker, never the UI thread.

Remux (copied pictures) is one fast pass and does not come here: see `applies`.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import psutil

from vcdesk.core.convert.names import is_temp_name, safe_stem, temp_path
from vcdesk.core.convert.presets import Plan, build_argv
from vcdesk.core.convert.probe import find_ffprobe
from vcdesk.core.convert.url import file_url
from vcdesk.core.lifeline import adopt, child_options

__all__ = [
    "SEGMENT_SECONDS_ENV",
    "SEGMENT_TARGET_S",
    "OnStart",
    "Segment",
    "SegmentError",
    "SegmentWork",
    "applies",
    "choose_cuts",
    "concat_list",
    "concat_quote",
    "cut_points",
    "encode",
    "in_segments",
    "is_work_folder",
    "join_argv",
    "rest_argv",
    "segment_argv",
    "target_s",
    "work_folder",
]

SEGMENT_TARGET_S = 180.0
# Tests set a few seconds here, so that a short clip is cut into several segments.
SEGMENT_SECONDS_ENV = "VCDESK_SEGMENT_SECONDS"
# Reading every packet header of the video stream (no decoding): I/O bound, as probe's scan.
# Counted only while the scan runs: a meeting's suspension does not use it up.
CUT_TIMEOUT_S = 600.0
_CUT_TICK_S = 0.5  # how often a running scan's clock looks whether it is suspended
MANIFEST = "segments.json"
REST_NAME = "rest.mp4"
LIST_NAME = "list.txt"
_MANIFEST_VERSION = 1
_STDERR_KEEP = 4000
# Shorter than any frame interval (2000 fps), longer than ffmpeg's timestamp rounding.
_END_MARGIN_S = 0.0005
_NOPTS = -(2**63)  # AV_NOPTS_VALUE, as framecrc prints a packet without a time


_Times = tuple[list[float], float, float]
# Given a helper process as soon as it runs, so its owner can lower, suspend or kill it.
OnStart = Callable[[subprocess.Popen[bytes]], None]


class SegmentError(RuntimeError):
    """An ffmpeg step of a segmented transcode failed; `detail` is its stderr's tail."""

    def __init__(self, step: str, returncode: int, detail: str) -> None:
        super().__init__(f"{step}: ffmpeg exited {returncode}: {detail.strip()[-300:]}")
        self.step = step
        self.returncode = returncode
        self.detail = detail


@dataclass(frozen=True)
class Segment:
    index: int
    start: float  # seconds from the file's start: a keyframe (the first: the video's start)
    end: float | None  # the next cut; None: to the end of the input

    @property
    def name(self) -> str:
        return f"seg-{self.index:04d}.mp4"


def applies(plan: Plan) -> bool:
    """Segments pay off only when pictures are encoded; a copy (remux) stays one pass."""
    return any(s.kind == "video" and s.action == "transcode" for s in plan.kept)


def target_s() -> float:
    """How long a segment is: SEGMENT_TARGET_S, or $VCDESK_SEGMENT_SECONDS in tests."""
    try:
        value = float(os.environ.get(SEGMENT_SECONDS_ENV, ""))
    except ValueError:
        return SEGMENT_TARGET_S
    return value if value > 0 else SEGMENT_TARGET_S


def in_segments(the_plan: Plan, duration_s: float) -> bool:
    """Whether a conversion goes through segments: it encodes pictures, and the file is
    longer than one segment (a shorter one gains nothing from it and stays one pass)."""
    return applies(the_plan) and duration_s > target_s()


def work_folder(target: Path) -> Path:
    """The hidden work folder beside target; named like a partial so nothing takes it for a
    recording (and the meeting archive skips it)."""
    return target.with_name(f".{safe_stem(target.stem)}.segments.part")


def is_work_folder(folder: Path) -> bool:
    """Named as work_folder names one: what the queue may remove as a job's work."""
    return folder.name.startswith(".") and folder.name.endswith(".segments.part")


# --- where to cut -----------------------------------------------------------------------


def cut_points(
    ffmpeg: str,
    src: Path,
    target_s: float = SEGMENT_TARGET_S,
    timeout_s: float = CUT_TIMEOUT_S,
    on_start: OnStart | None = None,
) -> list[float]:
    """Keyframe times (seconds from the file's start) of src's first video stream at which
    to start segments of about target_s each; the first is where the pictures start (0
    unless the sound starts first, as in MPEG-TS). `ffmpeg`: ffmpeg's path (its
    ffprobe beside it is used when there is one) or ffprobe's. `on_start` gets each listing
    process as it starts (the queue suspends it in a meeting and kills it on a cancel: a
    killed one raises SegmentError); `timeout_s` counts only the time it was not suspended.

    Packet flags, not `-skip_frame nokey` decoding: the container's index and packet headers
    say which packets are keyframes, so nothing is decoded (an hour reads in seconds).
    """
    ffprobe = ffmpeg if "ffprobe" in Path(ffmpeg).name else find_ffprobe(ffmpeg)
    if ffprobe is not None:
        keyframes, start, end = _keyframes_ffprobe(ffprobe, src, timeout_s, on_start)
    else:
        keyframes, start, end = _keyframes_ffmpeg(ffmpeg, src, timeout_s, on_start)
    return choose_cuts(keyframes, end, target_s, start)


def _keyframes_ffprobe(
    ffprobe: str, src: Path, timeout_s: float, on_start: OnStart | None = None
) -> _Times:
    probe_argv = [ffprobe, "-v", "error", "-select_streams", "v:0"]
    head = json.loads(
        _run_tool(
            [*probe_argv, "-show_entries", "stream=time_base:format=start_time", "-of", "json"],
            src,
            timeout_s,
            on_start=on_start,
        )
        or "{}"
    )
    streams = head.get("streams") or [{}]
    num, _, den = str(streams[0].get("time_base", "")).partition("/")
    if not num.isdigit() or not den.isdigit() or int(den) == 0:
        return [], 0.0, 0.0
    # `-ss` counts from the file's start (its earliest stream), not from timestamp zero.
    try:
        origin = float(head.get("format", {}).get("start_time", 0.0))
    except (TypeError, ValueError):
        origin = 0.0
    packets = _run_tool(
        [*probe_argv, "-show_entries", "packet=pts,flags", "-of", "csv=p=0"],
        src,
        timeout_s,
        on_start=on_start,
    )
    rows = []
    for line in packets.splitlines():
        pts, _, flags = line.partition(",")
        if pts.lstrip("-").isdigit():  # "N/A": a packet without a time cannot be a cut
            rows.append((int(pts), "K" in flags))
    return _times(rows, int(num), int(den), origin)


def _keyframes_ffmpeg(
    ffmpeg: str, src: Path, timeout_s: float, on_start: OnStart | None = None
) -> _Times:
    # No ffprobe (imageio-ffmpeg's static build): the framecrc muxer lists every packet of a
    # stream copy, already counted from the file's start; non-key packets carry "F=0x..".
    listing = _run_tool(
        [ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-i"],
        src,
        timeout_s,
        ["-map", "0:v:0", "-c", "copy", "-f", "framecrc", "-"],
        on_start,
    )
    tb_num, tb_den, rows = 0, 0, []
    for line in listing.splitlines():
        if line.startswith("#tb 0:"):
            num, _, den = line.split(":", 1)[1].strip().partition("/")
            if num.isdigit() and den.isdigit():
                tb_num, tb_den = int(num), int(den)
            continue
        fields = [f.strip() for f in line.split(",")]
        if line.startswith("#") or len(fields) < 6 or not fields[2].lstrip("-").isdigit():
            continue
        pts = int(fields[2])
        if pts != _NOPTS:
            rows.append((pts, not any(f.startswith("F=") for f in fields[6:])))
    if not tb_den:
        return [], 0.0, 0.0
    return _times(rows, tb_num, tb_den, 0.0)


def _times(rows: Sequence[tuple[int, bool]], tb_num: int, tb_den: int, origin: float) -> _Times:
    """(keyframe times, the first packet's, the last packet's), in seconds from origin.
    Exact integers first: pts_time's six printed decimals can round UP past the frame
    (1001/30000 s), and a cut after its keyframe would lose that frame."""
    times = [(pts * tb_num / tb_den - origin, key) for pts, key in rows]
    keyframes = [t for t, key in times if key]
    start = max(0.0, min((t for t, _ in times), default=0.0))
    end = max((t for t, _ in times), default=0.0)
    return keyframes, start, end


def choose_cuts(
    keyframes: Sequence[float], end: float, target_s: float, start: float = 0.0
) -> list[float]:
    """The cuts: `start` (where the pictures start) first, then each keyframe at least
    target_s after the previous cut; a last piece shorter than a third of target_s is
    joined to the one before (a 5-second segment is all overhead)."""
    cuts = [start]
    for t in sorted(set(keyframes)):
        if t - cuts[-1] >= target_s:
            cuts.append(t)
    if len(cuts) > 1 and end - cuts[-1] < target_s / 3:
        cuts.pop()
    return cuts


def _run_tool(
    argv: list[str],
    src: Path,
    timeout_s: float,
    after: Sequence[str] = (),
    on_start: OnStart | None = None,
) -> str:
    """Run one listing (ffprobe or ffmpeg) of src; its stdout. Started from the caller's
    thread, which waits for it: it dies with us (lifeline). Raises SegmentError when it
    fails or was killed, subprocess.TimeoutExpired after timeout_s of running."""
    argv = [*argv, file_url(src), *after]
    # stderr to a file: nobody reads it while the listing, megabytes for an hour, streams.
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, **child_options()
        )
        adopt(proc)
        try:
            if on_start is not None:
                on_start(proc)
            out = _collect(proc, timeout_s)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        err.seek(0)
        detail = err.read()[-_STDERR_KEEP:].decode("utf-8", "replace")
    if proc.returncode != 0:
        raise SegmentError("cut_points", proc.returncode, detail)
    return out.decode("utf-8", "replace")


def _collect(proc: subprocess.Popen[bytes], timeout_s: float) -> bytes:
    """proc's whole stdout once it ends. Its clock runs only while proc is not suspended,
    so a scan held through a two-hour meeting is not taken for a hung one."""
    left = timeout_s
    while True:
        began, ran = time.monotonic(), not _suspended(proc.pid)
        try:  # returns the moment proc ends; retried after a timeout without losing output
            out, _ = proc.communicate(timeout=max(0.01, min(_CUT_TICK_S, left)))
            return out
        except subprocess.TimeoutExpired:
            pass
        # Counted when it ran from the tick's start to its end: a tick held in part is not
        # (errs by a tick per hold, towards waiting longer, never towards a false timeout).
        if ran and not _suspended(proc.pid):
            left -= time.monotonic() - began
        if left <= 0:
            raise subprocess.TimeoutExpired(proc.args, timeout_s)


def _suspended(pid: int) -> bool:
    # Windows reports a suspended process as running: there the clock never stops.
    try:
        status: str = psutil.Process(pid).status()
    except psutil.Error:
        return False
    return bool(status == psutil.STATUS_STOPPED)


# --- the ffmpeg steps -------------------------------------------------------------------


def _seconds(t: float) -> str:
    # Rounded DOWN to the microsecond (ffmpeg's time unit), so a cut never falls after its
    # keyframe; the 1 ns allowance absorbs float error in an exact value such as 2.002.
    return f"{math.floor(t * 1_000_000 + 1e-3) / 1_000_000:.6f}"


def _only(plan: Plan, video: bool) -> Plan:
    streams = tuple(
        s if (s.kind == "video") == video or s.action == "drop" else replace(s, action="drop")
        for s in plan.streams
    )
    return replace(plan, container="mp4", suffix=".mp4", streams=streams)


def segment_argv(
    ffmpeg: str,
    src: Path,
    dst: Path,
    plan: Plan,
    segment: Segment,
    threads: int | None = None,
    encoder: str | None = None,
) -> list[str]:
    """ffmpeg argv encoding the pictures of [segment.start, segment.end) into dst (MP4, no
    sound), with the plan's encoder options (presets.build_argv, so hardware encoders and
    scaling work as in one pass)."""
    argv = build_argv(ffmpeg, src, dst, _only(plan, video=True), threads, encoder)
    at_input = argv.index("-i")
    seek = ["-ss", _seconds(segment.start)] if segment.start > 0 else []
    argv[at_input:at_input] = seek
    at_output = len(argv) - 3  # before "-f", container, output
    # Frames keep their own times: MP4's default (constant rate) moves frames onto a 1/fps
    # grid, which can shift one across a cut; a segment's frames are the input's, unchanged.
    options = ["-fps_mode:v", "passthrough"]
    if segment.end is not None:
        # Output -t counts from the segment's first picture (its keyframe, or the video's
        # start) and drops frames at or after it: the next keyframe starts the next piece.
        # The margin absorbs rounding; the frame before the next keyframe is a whole frame
        # interval earlier, far more than the margin.
        length = segment.end - segment.start - _END_MARGIN_S
        options += ["-t", f"{length:.6f}"]
    argv[at_output:at_output] = options
    return argv


def rest_argv(
    ffmpeg: str, src: Path, dst: Path, plan: Plan, threads: int | None = None
) -> list[str] | None:
    """ffmpeg argv writing all of the plan's non-picture streams in one pass into dst (MP4);
    None when the plan keeps none."""
    rest = _only(plan, video=False)
    return build_argv(ffmpeg, src, dst, rest, threads) if rest.kept else None


def join_argv(
    ffmpeg: str, list_file: Path, rest: Path | None, dst: Path, plan: Plan, offset: float = 0.0
) -> list[str]:
    """ffmpeg argv joining the segments named in list_file with the one-pass rest file into
    dst, all copied, streams in the plan's order (verify compares them with plan.expected).
    `offset`: where the pictures start (the first cut); the concat demuxer starts every file
    at 0, so a picture that starts after the sound is put back in its place."""
    argv = [ffmpeg, "-hide_banner", "-nostdin", "-v", "error", "-progress", "pipe:1", "-nostats"]
    argv.append("-n")
    if offset > 0:
        argv += ["-itsoffset", _seconds(offset)]
    argv += ["-f", "concat", "-safe", "0", "-i", file_url(list_file)]
    if rest is not None:
        argv += ["-i", file_url(rest)]
    video = other = 0
    for s in plan.kept:
        if s.kind == "video":
            argv += ["-map", f"0:v:{video}"]
            video += 1
        else:
            argv += ["-map", f"1:{other}"]
            other += 1
    argv += ["-c", "copy", "-max_muxing_queue_size", "4096", "-movflags", "+faststart"]
    argv += ["-f", plan.container, file_url(dst)]
    return argv


def concat_list(segments: Sequence[Segment]) -> str:
    """The concat demuxer's list: names relative to the list's own folder (so the folder's
    name, whatever it holds, never appears), quoted per its syntax, and each segment's
    length, so every segment starts exactly at its cut."""
    lines = ["ffconcat version 1.0"]
    for seg in segments:
        lines.append(f"file {concat_quote(seg.name)}")
        if seg.end is not None:
            lines.append(f"duration {seg.end - seg.start:.6f}")
    return "\n".join(lines) + "\n"


def concat_quote(name: str) -> str:
    # The list is read line by line: no quoting can carry a line break, so refuse one.
    if "\n" in name or "\r" in name:
        raise ValueError("a concat list entry cannot hold a line break")
    # Inside single quotes nothing is special but the quote itself: close, escape, reopen.
    return "'" + name.replace("'", "'\\''") + "'"


# --- the work folder --------------------------------------------------------------------


class SegmentWork:
    """A segmented transcode's work folder: its cuts, and which pieces are finished."""

    def __init__(self, folder: Path, cuts: Sequence[float]) -> None:
        self.folder = Path(folder)
        self.cuts = [float(c) for c in cuts]

    @classmethod
    def open(
        cls,
        folder: Path,
        src: Path,
        ffmpeg: str,
        target_s: float = SEGMENT_TARGET_S,
        *,
        on_start: OnStart | None = None,
    ) -> SegmentWork:
        """The work for src in folder: resumed when folder holds work for this very input
        (same size and modification time), else started afresh. Leftover partial files (a
        segment cut short by a crash) are removed either way. `on_start`: see cut_points
        (a fresh start scans the input for its keyframes)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = _stamp(src)
        stored = _read_manifest(folder / MANIFEST)
        if stored is not None and stored.get("source") == stamp:
            work = cls(folder, stored["cuts"])  # checked: a list of numbers
        else:
            _empty(folder)
            work = cls(folder, cut_points(ffmpeg, src, target_s, on_start=on_start))
            _write_atomic(
                folder / MANIFEST,
                json.dumps({"version": _MANIFEST_VERSION, "source": stamp, "cuts": work.cuts}),
            )
        work.clear_partials()
        return work

    @property
    def segments(self) -> list[Segment]:
        ends: list[float | None] = [*self.cuts[1:], None]
        return [
            Segment(i, start, end)
            for i, (start, end) in enumerate(zip(self.cuts, ends, strict=True))
        ]

    def done_segments(self) -> list[Segment]:
        """Segments whose file is complete: only a rename after ffmpeg exited 0 makes one."""
        return [s for s in self.segments if (self.folder / s.name).is_file()]

    def pending(self) -> list[Segment]:
        done = {s.index for s in self.done_segments()}
        return [s for s in self.segments if s.index not in done]

    @property
    def rest_file(self) -> Path:
        return self.folder / REST_NAME

    def clear_partials(self) -> list[Path]:
        """Remove the ".part" files a killed ffmpeg left; return them."""
        removed = []
        for path in self.folder.iterdir():
            if is_temp_name(path) and path.is_file():
                path.unlink()
                removed.append(path)
        return removed

    def write_list(self) -> Path:
        path = self.folder / LIST_NAME
        _write_atomic(path, concat_list(self.segments))
        return path

    def discard(self) -> None:
        """Remove the work folder (after the joined output is verified and published): only
        the files this module names, so a folder chosen by mistake loses nothing else."""
        if self.folder.is_dir():
            _empty(self.folder)
            with contextlib.suppress(OSError):  # something else is in it: left alone
                self.folder.rmdir()


Runner = Callable[[list[str], str], None]


def run_ffmpeg(argv: list[str], step: str) -> None:
    """Run one ffmpeg step; raise SegmentError unless it exits 0. The child dies with us."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, **child_options()
        )
        adopt(proc)
        try:
            returncode = proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        detail = err.read()[-_STDERR_KEEP:].decode("utf-8", "replace")
    if returncode != 0:
        raise SegmentError(step, returncode, detail)


def encode(
    work: SegmentWork,
    ffmpeg: str,
    src: Path,
    dst: Path,
    plan: Plan,
    *,
    threads: int | None = None,
    encoder: str | None = None,
    run: Runner = run_ffmpeg,
) -> None:
    """Make what is missing (the rest file, pending segments), then join into dst (a fresh
    temp name the caller verifies and publishes). `run(argv, step)` runs one ffmpeg and
    raises on failure; the queue engine passes its own (priority, meeting pause, cancel)."""
    rest: Path | None = None
    if any(s.kind != "video" for s in plan.kept):
        rest = work.rest_file
        if not rest.is_file():
            _finish(rest, partial(rest_argv, ffmpeg, src, plan=plan, threads=threads), "rest", run)
    for seg in work.pending():
        _finish(
            work.folder / seg.name,
            partial(
                segment_argv, ffmpeg, src, plan=plan, segment=seg, threads=threads, encoder=encoder
            ),
            f"segment {seg.index}",
            run,
        )
    run(join_argv(ffmpeg, work.write_list(), rest, dst, plan, work.cuts[0]), "join")


def _finish(
    final: Path, make_argv: Callable[[Path], list[str] | None], step: str, run: Runner
) -> None:
    temp = temp_path(final)
    argv = make_argv(temp)
    if argv is None:
        return
    try:
        run(argv, step)
        _sync(temp)
        os.replace(temp, final)
        _sync(final.parent)
    finally:
        if temp.exists():
            temp.unlink()


def _sync(path: Path) -> None:
    # A rename is only as durable as the data behind it: after a power cut a finished name
    # must not point at blocks that never reached the disk.
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # Windows cannot open a folder; NTFS journals the rename itself
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stamp(src: Path) -> dict[str, int]:
    st = os.stat(src)
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != _MANIFEST_VERSION:
        return None
    cuts = data.get("cuts")
    if not isinstance(cuts, list) or not cuts or not all(isinstance(c, float | int) for c in cuts):
        return None
    return data


def _write_atomic(path: Path, text: str) -> None:
    temp = temp_path(path)
    temp.write_text(text, encoding="utf-8")
    _sync(temp)
    os.replace(temp, path)


def _empty(folder: Path) -> None:
    # Only the names this module writes: a folder chosen by mistake loses nothing else.
    for path in folder.iterdir():
        ours = path.name in (MANIFEST, REST_NAME, LIST_NAME) or is_temp_name(path)
        if (ours or (path.name.startswith("seg-") and path.suffix == ".mp4")) and path.is_file():
            path.unlink()
