"""ffmpeg's stderr turned into a Reason: a code, never a sentence.

The table holds fragments of lines that ffmpeg 5.1 (Debian 12) and 9.0 (imageio-ffmpeg)
really print; tests/test_convert_reasons.py provokes each one with a real run. Codes:
missing, permission, disk_full, read_only, name_too_long, truncated, not_media, no_streams,
exists, corrupt, unsupported, encoder_missing, io_error, no_memory, interrupted, unknown.
For disk_full the caller adds which disk and how much space the job needs. An unknown
failure carries ffmpeg's own last line as `detail`. The words for each are in
vcdesk.core.words.conversions.
"""

from __future__ import annotations

import re

from vcdesk.core.convert.errors import Reason

__all__ = ["Reason", "last_meaningful_line", "plain_reason"]

_CORRUPT = Reason("corrupt")
_PERMISSION = Reason("permission")
_UNSUPPORTED = Reason("unsupported")
_ENCODER_MISSING = Reason("encoder_missing")

# First match wins, so the specific causes come before the generic wrap-up lines that
# ffmpeg prints after them ("Invalid data found" follows "moov atom not found").
_TABLE: tuple[tuple[str, Reason], ...] = (
    ("no space left on device", Reason("disk_full")),
    ("disk quota exceeded", Reason("disk_full", case="quota")),
    ("permission denied", _PERMISSION),
    ("operation not permitted", _PERMISSION),
    ("read-only file system", Reason("read_only")),
    ("file name too long", Reason("name_too_long")),
    ("no such file or directory", Reason("missing")),
    ("is a directory", Reason("not_media", case="folder")),
    ("already exists", Reason("exists")),
    ("does not contain any stream", Reason("no_streams")),
    ("could not find tag for codec", _UNSUPPORTED),
    ("codec not currently supported in container", _UNSUPPORTED),
    ("unknown encoder", _ENCODER_MISSING),
    ("encoder not found", _ENCODER_MISSING),
    ("moov atom not found", Reason("truncated")),
    ("corrupt input packet", _CORRUPT),
    ("error while decoding stream", _CORRUPT),
    ("invalid nal unit size", _CORRUPT),
    ("invalid data found when processing input", Reason("not_media")),
    ("input/output error", Reason("io_error")),
    ("stale file handle", Reason("io_error", case="stale")),
    ("cannot allocate memory", Reason("no_memory")),
)

# Wrap-up lines that repeat or summarise an earlier, more telling line.
_NOISE = re.compile(
    r"^(conversion failed!?"
    r"|\s*last message repeated \d+ times?"
    r"|exiting normally.*"
    r"|error opening (input|output) files?\b.*"
    r"|error initializing output stream .*--\s*"
    r"|error muxing a packet"
    r"|task finished with error code.*"
    r"|terminating thread with return code.*"
    r"|at least one output file must be specified"
    r"|error reinitializing filters!?"
    r"|failed to inject frame into filter network.*"
    r"|error while processing the decoded data for stream.*)$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(\[[^\]]*@ ?0x[0-9a-f]+\]\s*)+", re.IGNORECASE)


def plain_reason(stderr_tail: str, returncode: int) -> Reason:
    """Why a ffmpeg/ffprobe run failed, from the end of its stderr and its exit status."""
    text = stderr_tail.lower()
    if returncode < 0 or "received signal" in text:
        return Reason("interrupted")
    for fragment, reason in _TABLE:
        if fragment in text:
            if reason.code == "truncated" and "misdetection possible" in text:
                # Random bytes and empty files also lack a moov atom, but ffmpeg only
                # guessed MP4 from the name: the file never was a recording.
                return Reason("not_media")
            return Reason(reason.code, reason.params)  # a copy: params is a plain dict
    line = last_meaningful_line(stderr_tail)
    if returncode == 255 and not line:
        # ffmpeg's exit status after SIGTERM/SIGINT; at -v error it says nothing.
        return Reason("interrupted")
    if line:
        return Reason("unknown", detail=line)
    return Reason("unknown", case="exit", returncode=returncode)


def last_meaningful_line(stderr_tail: str) -> str:
    for raw in reversed(stderr_tail.splitlines()):
        line = _PREFIX.sub("", raw.strip()).strip()
        if line and not _NOISE.match(line):
            return line
    return ""
